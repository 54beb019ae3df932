// Ingest hardening: memory bounded by bytes, quarantine reasons bounded in length, retained
// messages not stored again. Drives MessageInbox and IngestPipeline directly (no broker, no
// store): the pipeline runs on the test thread and a fake writer "commits" on a timer.
#include "ingest/decoderroute.h"
#include "ingest/ingestpipeline.h"
#include "ingest/messageinbox.h"

#include <QTest>
#include <QTimer>

#include <atomic>
#include <deque>
#include <thread>

using namespace vigie;

namespace {

const QString kCity = QStringLiteral("testville");

QString lampId(int i) { return assetUrn(AssetKind::Streetlight, kCity, QString::number(i)); }

AssetDirectoryPtr lamps(int n)
{
    QVector<AssetRecord> records;
    for (int i = 0; i < n; ++i)
        records << AssetRecord{lampId(i), AssetKind::Streetlight, QStringLiteral("lamps"), QString::number(i)};
    return std::make_shared<AssetDirectory>(records);
}

PayloadDecoderPtr decoder(const QString &format, const QString &codec = {})
{
    DecoderRoute route{QStringLiteral("#"), format, {}, codec};
    auto d = makeDecoder(route, DecoderOptions{});
    Q_ASSERT(d.ok());
    return std::move(d).value();
}

RawMessage message(const QByteArray &payload, bool retain = false, quint8 qos = 0)
{
    RawMessage m;
    m.topic = "vigie/testville/lamps";
    m.payload = payload;
    m.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    m.qos = qos;
    m.retain = retain;
    return m;
}

QByteArray lamp(int i, const char *power, const char *observed)
{
    if (!observed)
        return QStringLiteral(R"({"id": "%1", "type": "Streetlight", "powerState": "%2"})").arg(lampId(i), QLatin1String(power)).toUtf8();
    return QStringLiteral(R"({"id": "%1", "type": "Streetlight", "powerState": "%2", "dateObserved": "%3"})")
        .arg(lampId(i), QLatin1String(power), QLatin1String(observed))
        .toUtf8();
}

/// A pipeline on the test thread, with what it emits.
struct Harness
{
    std::shared_ptr<MessageInbox> inbox;
    IngestPipeline pipeline;
    QVector<IngestBatch> batches;
    IngestStats stats;

    Harness(PayloadDecoderPtr d, AssetDirectoryPtr directory, QVector<AssetState> states = {},
            std::shared_ptr<MessageInbox> in = std::make_shared<MessageInbox>())
        : inbox(in)
        , pipeline(in, std::move(d), std::move(directory), std::move(states), 0)
    {
        QObject::connect(&pipeline, &IngestPipeline::batchDecoded, [this](const IngestBatch &b) { batches << b; });
        QObject::connect(&pipeline, &IngestPipeline::statsChanged, [this](const IngestStats &s) { stats = s; });
    }

    /// Feeds `m` alone and returns its batch.
    IngestBatch feed(RawMessage m)
    {
        inbox->push(std::move(m));
        pipeline.publishNow();
        return batches.constLast();
    }
};

/// Returns a fixed error, whatever the message: stands for any decoder quoting a payload.
class QuotingDecoder final : public PayloadDecoder
{
public:
    QString name() const override { return QStringLiteral("quoting"); }
    Result<QVector<DecodedEntity>> decode(const RawMessage &m) override
    {
        return Error{QStringLiteral("invalidValue"), QStringLiteral("value \"%1\" is wrong").arg(QString::fromUtf8(m.payload))};
    }
};

constexpr qint64 kMiB = 1024 * 1024;

} // namespace

class TestIngestHardening : public QObject
{
    Q_OBJECT
private slots:
    void inboxBoundedByBytes();
    void inboxTakesOversizedMessageWhenEmpty();
    void pipelineBoundedByBytes();
    void quarantineReasonCapped();
    void decoderReasonsQuoteShortly_data();
    void decoderReasonsQuoteShortly();
    void retainedCopyNotStoredAgain();
    void retainedCopyAfterRestart();
};

void TestIngestHardening::inboxBoundedByBytes()
{
    // 200 payloads of 255 KB (50 MB) through an inbox of 4 MiB: the producer blocks.
    MessageInbox inbox(20000, 4 * kMiB);
    const QByteArray payload(255 * 1024, 'x');
    std::thread producer([&] {
        for (int i = 0; i < 200; ++i)
            inbox.push(message(payload));
    });
    int taken = 0;
    while (taken < 200) {
        QTest::qSleep(2);
        taken += int(inbox.takeAll().size());
        QVERIFY(inbox.bytes() <= 4 * kMiB);
    }
    producer.join();
    QCOMPARE(taken, 200);
    QVERIFY2(inbox.peakBytes() <= 4 * kMiB, qPrintable(QString::number(inbox.peakBytes())));
    QVERIFY(inbox.peakBytes() > 3 * kMiB); // it did fill up to its budget
}

void TestIngestHardening::inboxTakesOversizedMessageWhenEmpty()
{
    MessageInbox inbox(20000, 1000);
    inbox.push(message(QByteArray(5000, 'x'))); // would deadlock if refused while empty
    QCOMPARE(inbox.size(), std::size_t(1));
    QCOMPARE(inbox.takeAll().size(), std::size_t(1));
    QCOMPARE(inbox.bytes(), qint64(0));
}

void TestIngestHardening::pipelineBoundedByBytes()
{
    // 300 messages of 255 KB (75 MB); inbox 4 MiB, uncommitted 8 MiB; the writer commits one
    // batch every 10 ms. With the count limits alone (20 000 / 50 000) all 75 MB are held.
    constexpr int total = 300;
    auto inbox = std::make_shared<MessageInbox>(20000, 4 * kMiB);
    auto uncommitted = std::make_shared<std::atomic<qint64>>(0);
    auto uncommittedBytes = std::make_shared<std::atomic<qint64>>(0);
    IngestPipeline pipeline(inbox, decoder(QStringLiteral("fiware")), lamps(1), {}, 0, uncommitted);
    pipeline.setUncommittedBytes(uncommittedBytes);
    pipeline.maxUncommittedBytes = 8 * kMiB;
    pipeline.start();
    inbox->setWakeUp([&pipeline] { QMetaObject::invokeMethod(&pipeline, &IngestPipeline::drain, Qt::QueuedConnection); });

    std::deque<std::pair<qint64, qint64>> queued; // (messages, bytes) per batch, oldest first
    qint64 peak = 0;
    int received = 0;
    connect(&pipeline, &IngestPipeline::batchDecoded, this, [&](const IngestBatch &b) {
        qint64 bytes = 0;
        for (const RawMessage &m : b.messages)
            bytes += m.sizeBytes();
        queued.emplace_back(b.messages.size(), bytes);
        received += int(b.messages.size());
        peak = std::max(peak, uncommittedBytes->load());
    });
    QTimer writer;
    connect(&writer, &QTimer::timeout, this, [&] {
        if (queued.empty())
            return;
        uncommitted->fetch_sub(queued.front().first);
        uncommittedBytes->fetch_sub(queued.front().second);
        queued.pop_front();
    });
    writer.start(10);

    const QByteArray pad(255 * 1024 - 200, 'p');
    std::thread producer([&] {
        for (int i = 0; i < total; ++i)
            inbox->push(message(R"({"id": ")" + lampId(0).toUtf8() + R"(", "type": "Streetlight", "powerState": "on", "note": ")" + pad + "\"}"));
    });
    QTRY_COMPARE_WITH_TIMEOUT(received, total, 30000);
    producer.join();
    pipeline.shutdown();

    QVERIFY2(inbox->peakBytes() <= inbox->highWaterBytes(), qPrintable(QString::number(inbox->peakBytes())));
    // Documented bound: maxUncommittedBytes, overshot at most by what arrived during a drain.
    QVERIFY2(peak <= pipeline.maxUncommittedBytes + inbox->highWaterBytes(), qPrintable(QString::number(peak)));
    QVERIFY2(peak <= 12 * kMiB, qPrintable(QString::number(peak)));
}

void TestIngestHardening::quarantineReasonCapped()
{
    Harness h(std::make_unique<QuotingDecoder>(), lamps(1));
    const IngestBatch b = h.feed(message(QByteArray(100000, 'a')));
    QCOMPARE(b.quarantine.size(), 1);
    const QString reason = b.quarantine.first().reason;
    QVERIFY2(reason.size() <= 500, qPrintable(QString::number(reason.size())));
    QVERIFY(reason.endsWith(QChar(0x2026)));
    QVERIFY(reason.startsWith(QStringLiteral("value \"aaa")));
    QCOMPARE(b.quarantine.first().reasonCode, QStringLiteral("invalidValue"));
    h.pipeline.publishNow();
    QVERIFY(h.stats.lastQuarantineReason.size() <= 500);
}

void TestIngestHardening::decoderReasonsQuoteShortly_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("codec");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("code");
    const QByteArray huge(100000, 'z');
    const QByteArray hugeB64 = QByteArray(75000, '\x01').toBase64();
    QTest::newRow("fiware unknown id") << "fiware" << QString() << QByteArray(R"({"id": "urn:ngsi-ld:Streetlight:x:)" + huge + R"(", "type": "Streetlight"})") << "unknownEntity";
    QTest::newRow("fiware id without type") << "fiware" << QString() << QByteArray(R"({"id": ")" + huge + R"("})") << "missingType";
    QTest::newRow("fiware type") << "fiware" << QString() << QByteArray(R"({"id": "a", "type": ")" + huge + R"("})") << "unsupportedType";
    QTest::newRow("fiware time") << "fiware" << QString() << QByteArray(R"({"id": "a", "type": "Streetlight", "dateObserved": ")" + huge + R"("})") << "invalidTime";
    QTest::newRow("fiware fraction") << "fiware" << QString() << QByteArray(R"({"id": "a", "type": "Streetlight", "dateObserved": "2024-03-31T02:30:00.)" + QByteArray(100000, '1') + R"("})") << "nonexistentLocalTime";
    QTest::newRow("fiware enum") << "fiware" << QString() << QByteArray(R"({"id": "a", "type": "Streetlight", "powerState": ")" + huge + R"("})") << "invalidValue";
    QTest::newRow("ttn event key") << "ttn" << QString() << QByteArray(R"({"end_device_ids": {"dev_eui": "0011223344556677"}, ")" + huge + R"(": 1})") << "unsupportedEvent";
    QTest::newRow("ttn device") << "ttn" << QString() << QByteArray(R"({"end_device_ids": {"dev_eui": ")" + huge + R"("}, "uplink_message": {}})") << "invalidDevEui";
    QTest::newRow("chirpstack frame hex") << "chirpstack" << "milesight-em310-udl"
        << QByteArray(R"({"deviceInfo": {"devEui": "0011223344556677"}, "fPort": 85, "data": ")" + hugeB64 + R"("})") << "";
    QTest::newRow("chirpstack log") << "chirpstack" << QString()
        << QByteArray(R"({"deviceInfo": {"devEui": "0011223344556677"}, "level": ")" + huge.left(60000) + R"(", "code": ")" + huge.left(60000) + R"(", "description": ")" + huge.left(60000) + R"("})") << "networkLog";
}

void TestIngestHardening::decoderReasonsQuoteShortly()
{
    QFETCH(QString, format);
    QFETCH(QString, codec);
    QFETCH(QByteArray, payload);
    QFETCH(QString, code);
    auto d = decoder(format, codec);
    auto r = d->decode(message(payload));
    QCOMPARE(r.ok(), code == QLatin1String("unknownEntity")); // decided by the pipeline
    if (!r.ok() && !code.isEmpty())
        QCOMPARE(r.error().code, code);
    // The decoder's own message is short already: the pipeline's cap is a safety net.
    if (!r.ok())
        QVERIFY2(r.error().message.size() <= 500, qPrintable(QStringLiteral("%1 characters: %2…").arg(r.error().message.size()).arg(r.error().message.left(200))));

    // Through the pipeline (unknownEntity is decided there).
    Harness h(decoder(format, codec), lamps(1));
    const IngestBatch b = h.feed(message(payload));
    QCOMPARE(b.quarantine.size(), 1);
    if (!code.isEmpty())
        QCOMPARE(b.quarantine.first().reasonCode, code);
    QVERIFY(b.quarantine.first().reason.size() <= 500);
    QVERIFY(b.quarantine.first().deviceId.size() <= 200);
}

void TestIngestHardening::retainedCopyNotStoredAgain()
{
    Harness h(decoder(QStringLiteral("fiware")), lamps(2));
    const QByteArray first = lamp(0, "on", "2024-05-01T20:00:00Z");

    IngestBatch b = h.feed(message(first, true));
    QCOMPARE(b.observations.size(), 1); // first sight: applied
    QCOMPARE(b.quarantine.size(), 0);

    b = h.feed(message(first, true)); // the broker's copy at the next subscription
    QCOMPARE(b.messages.size(), 1);   // still logged
    QCOMPARE(b.observations.size(), 0);
    QCOMPARE(b.seen.size(), 0);
    QCOMPARE(b.quarantine.size(), 0);
    h.pipeline.publishNow();
    QCOMPARE(h.stats.duplicates, qint64(1));
    QCOMPARE(h.stats.accepted, qint64(2));

    // Older than the state: also nothing.
    b = h.feed(message(lamp(0, "off", "2024-05-01T19:00:00Z"), true));
    QCOMPARE(b.observations.size(), 0);
    // The same bytes not retained (QoS 0): a live message, applied.
    b = h.feed(message(first, false));
    QCOMPARE(b.observations.size(), 1);
    // Retained and newer: applied.
    b = h.feed(message(lamp(0, "off", "2024-05-01T21:00:00Z"), true));
    QCOMPARE(b.observations.size(), 1);
    // Retained without a time: it says nothing about when, applied (received time).
    b = h.feed(message(lamp(0, "on", nullptr), true));
    QCOMPARE(b.observations.size(), 1);
    // Retained, two entities, one of them new: applied as a whole.
    b = h.feed(message("[" + lamp(0, "on", "2024-05-01T20:30:00Z") + "," + lamp(1, "on", "2024-05-01T20:30:00Z") + "]", true));
    QCOMPARE(b.observations.size(), 2);
    h.pipeline.publishNow();
    QCOMPARE(h.stats.duplicates, qint64(2));
}

void TestIngestHardening::retainedCopyAfterRestart()
{
    // The state cached in the store at start-up, as after a restart: a fresh pipeline (its
    // QoS 1 redelivery filter empty) sees the retained copy again.
    const QByteArray retained = lamp(0, "on", "2024-05-01T20:00:00Z");
    QVector<AssetState> states(1);
    states[0].lastObservedMs = QDateTime::fromString(QStringLiteral("2024-05-01T20:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
    Harness h(decoder(QStringLiteral("fiware")), lamps(1), states);
    IngestBatch b = h.feed(message(retained, true, 1));
    QCOMPARE(b.messages.size(), 1);
    QCOMPARE(b.observations.size(), 0);
    h.pipeline.publishNow();
    QCOMPARE(h.stats.duplicates, qint64(1));
    QCOMPARE(h.stats.quarantined, qint64(0));
}

QTEST_GUILESS_MAIN(TestIngestHardening)
#include "tst_ingesthardening.moc"
