// The rules IngestPipeline applies after decoding (docs/ingest.md, "Time" and "Values"):
// bindings, distance → fillingLevel, implausible clocks, the repeated autumn hour, invalid
// readings, QoS 1 redeliveries, encoding and size limits, reprocessing.
#include "domain/assetdirectory.h"
#include "domain/quantity.h"
#include "ingest/decoderroute.h"
#include "ingest/ingestpipeline.h"
#include "ingest/lorawan/lorawanencoder.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace vigie;

namespace {

const QString kCity = QStringLiteral("testville");
const QString kLamp = assetUrn(AssetKind::Streetlight, kCity, QStringLiteral("L1"));
const QString kBin = assetUrn(AssetKind::WasteContainer, kCity, QStringLiteral("C1"));
const QString kEui = QStringLiteral("a84041000181c0de");

qint64 utc(const char *iso) { return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toMSecsSinceEpoch(); }

QByteArray lampPayload(const QString &power, const QString &when)
{
    return QStringLiteral(R"({"id":"%1","type":"Streetlight","powerState":"%2","dateObserved":"%3"})")
        .arg(kLamp, power, when).toUtf8();
}

QByteArray binFill(double fill, const QString &when)
{
    return QStringLiteral(R"({"id":"%1","type":"WasteContainer","fillingLevel":%2,"dateObserved":"%3"})")
        .arg(kBin).arg(fill).arg(when).toUtf8();
}

/// A ChirpStack v4 `up` event carrying a Milesight EM310-UDL frame.
QByteArray chirpstackUp(const QString &devEui, double distanceMm, const QString &time)
{
    lorawan::BinSensorReading r;
    r.distanceMm = distanceMm;
    r.batteryPercent = 90;
    const QByteArray frame = lorawan::encodeMilesightEm310Udl(r);
    return QStringLiteral(R"({"deduplicationId":"x","time":"%1","deviceInfo":{"tenantId":"t","tenantName":"t",
        "applicationId":"a","applicationName":"bins","deviceProfileId":"p","deviceProfileName":"Milesight EM310-UDL",
        "deviceName":"bin","devEui":"%2"},"devAddr":"00000000","adr":true,"dr":5,"fCnt":1,"fPort":85,
        "confirmed":false,"data":"%3","rxInfo":[],"txInfo":{}})")
        .arg(time, devEui, QString::fromLatin1(frame.toBase64()))
        .toUtf8();
}

class Harness
{
public:
    Harness()
    {
        QVector<AssetRecord> assets{{kLamp, AssetKind::Streetlight, QStringLiteral("lights"), QStringLiteral("L1")},
                                    {kBin, AssetKind::WasteContainer, QStringLiteral("bins"), QStringLiteral("C1")}};
        auto directory = std::make_shared<AssetDirectory>(assets);
        auto decoder = RoutingDecoder::create({{QStringLiteral("vigie/#"), QStringLiteral("fiware")},
                                               {QStringLiteral("application/+/device/+/event/+"), QStringLiteral("chirpstack")}},
                                              DecoderOptions{});
        Q_ASSERT(decoder.ok());
        inbox = std::make_shared<MessageInbox>();
        pipeline = std::make_unique<IngestPipeline>(inbox, std::move(decoder.value()), directory, QVector<AssetState>{}, 0);
        DeviceBinding b;
        b.deviceId = kEui;
        b.assetId = kBin;
        b.containerDepthM = 1.5;
        b.installedAtMs = utc("2024-01-01T00:00:00Z");
        pipeline->setBindings({b});
        QObject::connect(pipeline.get(), &IngestPipeline::batchDecoded, [this](const IngestBatch &batch) { batches << batch; });
        QObject::connect(pipeline.get(), &IngestPipeline::statsChanged, [this](const IngestStats &s) { stats = s; });
        QObject::connect(pipeline.get(), &IngestPipeline::stateChanged, [this](const StateDelta &d) {
            for (int i = 0; i < d.assetIndexes.size(); ++i)
                states[d.assetIndexes.at(i)] = d.states.at(i);
        });
    }

    /// Feeds one message received at `receivedAtMs` and returns its batch.
    IngestBatch feed(const QByteArray &topic, const QByteArray &payload, qint64 receivedAtMs, quint8 qos = 1)
    {
        RawMessage m;
        m.topic = topic;
        m.payload = payload;
        m.receivedAtMs = receivedAtMs;
        m.qos = qos;
        inbox->push(std::move(m));
        pipeline->publishNow();
        return batches.isEmpty() ? IngestBatch{} : batches.takeLast();
    }

    std::shared_ptr<MessageInbox> inbox;
    std::unique_ptr<IngestPipeline> pipeline;
    QVector<IngestBatch> batches;
    IngestStats stats;
    QHash<int, AssetState> states;
};

const Observation *find(const IngestBatch &b, QLatin1String quantity)
{
    for (const Observation &o : b.observations) {
        if (o.quantity == quantity)
            return &o;
    }
    return nullptr;
}

QString reasonOf(const IngestBatch &b) { return b.quarantine.isEmpty() ? QString() : b.quarantine.first().reasonCode; }

} // namespace

class TestIngestPipeline : public QObject
{
    Q_OBJECT
private slots:
    void distanceBecomesFillThroughTheBinding_data();
    void distanceBecomesFillThroughTheBinding();
    void unboundDeviceIsQuarantinedWithItsId();
    void deviceIdsAreNormalised();
    void implausibleTimes_data();
    void implausibleTimes();
    void repeatedAutumnHourFollowsOrder();
    void invalidReadingKeepsLastValidValueStale();
    void olderMessageGoesToHistoryOnly();
    void redeliveryAppliedOnce();
    void untimedRepeatIsANewReading();
    void encodingAndSize_data();
    void encodingAndSize();
    void reprocessAfterBinding();
    void noRoute();
};

void TestIngestPipeline::distanceBecomesFillThroughTheBinding_data()
{
    QTest::addColumn<double>("distanceMm");
    QTest::addColumn<double>("fill");    // expected fillingLevel
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty bin") << 1500.0 << 0.0 << true;
    QTest::newRow("half") << 750.0 << 0.5 << true;
    QTest::newRow("full") << 0.0 << 1.0 << true;
    QTest::newRow("one mm left") << 1.0 << (1.5 - 0.001) / 1.5 << true;
    QTest::newRow("deeper than the bin") << 1600.0 << (1.5 - 1.6) / 1.5 << false;
    QTest::newRow("sentinel 0xFFFF") << 65535.0 << (1.5 - 65.535) / 1.5 << false;
}

void TestIngestPipeline::distanceBecomesFillThroughTheBinding()
{
    QFETCH(double, distanceMm);
    QFETCH(double, fill);
    QFETCH(bool, valid);
    Harness h;
    const qint64 received = utc("2025-06-01T10:00:05Z");
    IngestBatch b = h.feed("application/a/device/" + kEui.toLatin1() + "/event/up",
                           chirpstackUp(kEui, distanceMm, QStringLiteral("2025-06-01T10:00:00Z")), received);
    QVERIFY2(b.quarantine.isEmpty(), qPrintable(b.quarantine.isEmpty() ? QString() : b.quarantine.first().reason));
    const Observation *d = find(b, quantity::distance);
    QVERIFY(d);
    QCOMPARE(d->assetId, kBin);
    const Observation *f = find(b, quantity::fillingLevel);
    QVERIFY(f);
    QVERIFY(std::abs(f->number - fill) < 1e-9);
    QCOMPARE(f->unitCode, QString(unit::ratio));
    QCOMPARE(f->isValid(), valid);
    QCOMPARE(f->observedAtMs, utc("2025-06-01T10:00:00Z"));
    const AssetState state = h.states.value(1);
    if (valid)
        QVERIFY(std::abs(state.fillingLevel - fill) < 1e-9);
    else
        QVERIFY(std::isnan(state.fillingLevel)); // nothing valid yet: no value shown
}

void TestIngestPipeline::unboundDeviceIsQuarantinedWithItsId()
{
    Harness h;
    const QString other = QStringLiteral("0011223344556677");
    IngestBatch b = h.feed("application/a/device/" + other.toLatin1() + "/event/up",
                           chirpstackUp(other, 500, QStringLiteral("2025-06-01T10:00:00Z")), utc("2025-06-01T10:00:01Z"));
    QCOMPARE(reasonOf(b), QStringLiteral("unboundDevice"));
    QCOMPARE(b.quarantine.first().deviceId, other);
    QVERIFY(b.quarantine.first().reason.contains(other));
    QVERIFY(b.observations.isEmpty());
    QCOMPARE(b.messages.size(), 1); // logged all the same
}

void TestIngestPipeline::deviceIdsAreNormalised()
{
    QCOMPARE(normalizeDeviceId(u"A8-40-41-00-01-81-C0-DE"), kEui);
    QCOMPARE(normalizeDeviceId(u" a8:40:41:00:01:81:c0:de "), kEui);
    QCOMPARE(normalizeDeviceId(u"sensor-12"), QStringLiteral("sensor-12")); // not an EUI: kept
    QCOMPARE(normalizeDeviceId(u"a84041000181c0d"), QStringLiteral("a84041000181c0d")); // 15 digits: kept
}

void TestIngestPipeline::implausibleTimes_data()
{
    QTest::addColumn<QString>("observed");
    QTest::addColumn<bool>("flagged");
    // received at 2025-06-01T10:00:00Z; the bin's device was installed on 2024-01-01.
    QTest::newRow("a second ago") << "2025-06-01T09:59:59Z" << false;
    QTest::newRow("4 min ahead (clock drift allowed)") << "2025-06-01T10:04:00Z" << false;
    QTest::newRow("6 min ahead") << "2025-06-01T10:06:00Z" << true;
    QTest::newRow("year 9999") << "9999-12-31T23:59:59Z" << true;
    QTest::newRow("before installation") << "2023-12-31T23:00:00Z" << true;
    QTest::newRow("epoch zero") << "1970-01-01T00:00:00Z" << true;
    QTest::newRow("a year old, after installation") << "2024-06-01T10:00:00Z" << false;
}

void TestIngestPipeline::implausibleTimes()
{
    QFETCH(QString, observed);
    QFETCH(bool, flagged);
    Harness h;
    const qint64 received = utc("2025-06-01T10:00:00Z");
    IngestBatch b = h.feed("application/a/device/" + kEui.toLatin1() + "/event/up", chirpstackUp(kEui, 300, observed), received);
    QVERIFY2(b.quarantine.isEmpty(), qPrintable(reasonOf(b)));
    const Observation *d = find(b, quantity::distance);
    QVERIFY(d);
    QCOMPARE(bool(d->flags & ClockSkewed), flagged);
    if (flagged) {
        QCOMPARE(d->observedAtMs, received);
        QCOMPARE(b.clocks.size(), 1);
        QCOMPARE(b.clocks.first().deviceId, kEui);
        // Instants at or before the epoch read as 1 ms (timestamps.h): the skew is within 1 ms.
        QVERIFY(qAbs(b.clocks.first().lastSkewMs - (utc(qPrintable(observed)) - received)) <= 1);
        QVERIFY(b.clocks.first().flagged >= 1);
    } else {
        QCOMPARE(d->observedAtMs, utc(qPrintable(observed)));
        QVERIFY(b.clocks.isEmpty());
    }
}

void TestIngestPipeline::repeatedAutumnHourFollowsOrder()
{
    // Europe/Paris, 2024-10-27: local 02:00–02:59 happened twice. A device reporting every
    // 20 minutes in local time: 01:50, 02:10, 02:30, 02:50, 02:10 (again), 02:30, 03:10.
    Harness h;
    const QStringList local{"2024-10-27T01:50:00", "2024-10-27T02:10:00", "2024-10-27T02:30:00", "2024-10-27T02:50:00",
                            "2024-10-27T02:10:00", "2024-10-27T02:30:00", "2024-10-27T03:10:00"};
    const QList<qint64> expected{utc("2024-10-26T23:50:00Z"), utc("2024-10-27T00:10:00Z"), utc("2024-10-27T00:30:00Z"),
                                 utc("2024-10-27T00:50:00Z"), utc("2024-10-27T01:10:00Z"), utc("2024-10-27T01:30:00Z"),
                                 utc("2024-10-27T02:10:00Z")};
    for (int i = 0; i < local.size(); ++i) {
        IngestBatch b = h.feed("vigie/testville/lights", lampPayload(i % 2 ? QStringLiteral("on") : QStringLiteral("off"), local.at(i)),
                               expected.at(i) + 1000);
        QVERIFY2(b.quarantine.isEmpty(), qPrintable(reasonOf(b)));
        QCOMPARE(find(b, quantity::powerState)->observedAtMs, expected.at(i));
    }
    IngestBatch gap = h.feed("vigie/testville/lights", lampPayload(QStringLiteral("on"), QStringLiteral("2025-03-30T02:30:00")),
                             utc("2025-03-30T01:00:00Z"));
    QCOMPARE(reasonOf(gap), QStringLiteral("nonexistentLocalTime"));
}

void TestIngestPipeline::invalidReadingKeepsLastValidValueStale()
{
    Harness h;
    const QByteArray topic = "application/a/device/" + kEui.toLatin1() + "/event/up";
    h.feed(topic, chirpstackUp(kEui, 750, QStringLiteral("2025-06-01T10:00:00Z")), utc("2025-06-01T10:00:01Z"));
    QVERIFY(std::abs(h.states.value(1).fillingLevel - 0.5) < 1e-9);
    QVERIFY(!h.states.value(1).isStale());

    IngestBatch bad = h.feed(topic, chirpstackUp(kEui, 65535, QStringLiteral("2025-06-01T10:10:00Z")), utc("2025-06-01T10:10:01Z"));
    QVERIFY(bad.quarantine.isEmpty()); // an invalid reading is history, not a refused message
    QVERIFY(!find(bad, quantity::fillingLevel)->isValid());
    AssetState s = h.states.value(1);
    QVERIFY(std::abs(s.fillingLevel - 0.5) < 1e-9); // the last valid value stays shown…
    QVERIFY(s.staleMask & AssetState::FillingLevelStale); // …marked stale
    QCOMPARE(s.lastInvalidMs, utc("2025-06-01T10:10:00Z"));
    QCOMPARE(h.stats.invalidReadings, qint64(2)); // the distance and the fill derived from it

    h.feed(topic, chirpstackUp(kEui, 300, QStringLiteral("2025-06-01T10:20:00Z")), utc("2025-06-01T10:20:01Z"));
    s = h.states.value(1);
    QVERIFY(std::abs(s.fillingLevel - 0.8) < 1e-9);
    QVERIFY(!s.isStale());
}

void TestIngestPipeline::olderMessageGoesToHistoryOnly()
{
    Harness h;
    h.feed("vigie/testville/bins", binFill(0.7, QStringLiteral("2025-06-01T10:00:00Z")), utc("2025-06-01T10:00:01Z"));
    IngestBatch late = h.feed("vigie/testville/bins", binFill(0.2, QStringLiteral("2025-06-01T09:00:00Z")), utc("2025-06-01T10:00:02Z"));
    QVERIFY(find(late, quantity::fillingLevel)); // in history
    QCOMPARE(h.states.value(1).fillingLevel, 0.7);  // not the current value
    QCOMPARE(h.states.value(1).fillingLevelAtMs, utc("2025-06-01T10:00:00Z"));
}

void TestIngestPipeline::redeliveryAppliedOnce()
{
    Harness h;
    const QByteArray payload = binFill(0.4, QStringLiteral("2025-06-01T10:00:00Z"));
    IngestBatch first = h.feed("vigie/testville/bins", payload, utc("2025-06-01T10:00:01Z"));
    IngestBatch again = h.feed("vigie/testville/bins", payload, utc("2025-06-01T10:00:09Z"));
    QCOMPARE(first.observations.size(), 1);
    QCOMPARE(again.observations.size(), 0);
    QCOMPARE(again.messages.size(), 1); // the log keeps what arrived
    QVERIFY(again.quarantine.isEmpty());
    QCOMPARE(h.stats.duplicates, qint64(1));
    // The same bytes on another topic are another message.
    IngestBatch other = h.feed("vigie/testville/other", payload, utc("2025-06-01T10:00:10Z"));
    QCOMPARE(other.observations.size(), 1);
}

void TestIngestPipeline::untimedRepeatIsANewReading()
{
    Harness h;
    const QByteArray payload = QStringLiteral(R"({"id":"%1","type":"WasteContainer","fillingLevel":0.4})").arg(kBin).toUtf8();
    h.feed("vigie/testville/bins", payload, utc("2025-06-01T10:00:01Z"));
    IngestBatch again = h.feed("vigie/testville/bins", payload, utc("2025-06-01T10:05:01Z"));
    QCOMPARE(again.observations.size(), 1);
    QCOMPARE(again.observations.first().observedAtMs, utc("2025-06-01T10:05:01Z"));
    QCOMPARE(h.stats.duplicates, qint64(0));
}

void TestIngestPipeline::encodingAndSize_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("reason");
    const QByteArray good = binFill(0.4, QStringLiteral("2025-06-01T10:00:00Z"));
    QTest::newRow("latin-1 byte") << QByteArray(good).replace("WasteContainer", "WasteContainer\xe9") << "invalidEncoding";
    QTest::newRow("lone surrogate") << QByteArray(good).replace("WasteContainer", "WasteContainer\xed\xa0\x80") << "invalidEncoding";
    QTest::newRow("overlong NUL") << QByteArray(good).replace("WasteContainer", "WasteContainer\xc0\x80") << "invalidEncoding";
    QByteArray big = good;
    big.insert(1, QByteArray(" ").repeated(256 * 1024));
    QTest::newRow("257 KiB") << big << "payloadTooLarge";
    QTest::newRow("decimal comma") << QByteArray(good).replace("0.4", "\"0,4\"") << "invalidValue";
}

void TestIngestPipeline::encodingAndSize()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, reason);
    Harness h;
    IngestBatch b = h.feed("vigie/testville/bins", payload, utc("2025-06-01T10:00:01Z"));
    QCOMPARE(reasonOf(b), reason);
    QCOMPARE(b.messages.size(), 1);
    QCOMPARE(b.messages.first().payload.size(), payload.size()); // quarantined whole, not cut short
    QVERIFY(b.observations.isEmpty());
}

void TestIngestPipeline::reprocessAfterBinding()
{
    Harness h;
    const QString other = QStringLiteral("0011223344556677");
    IngestBatch refused = h.feed("application/a/device/" + other.toLatin1() + "/event/up",
                                 chirpstackUp(other, 300, QStringLiteral("2025-06-01T10:00:00Z")), utc("2025-06-01T10:00:01Z"));
    QCOMPARE(reasonOf(refused), QStringLiteral("unboundDevice"));
    const RawMessage logged = refused.messages.first();
    QCOMPARE(h.stats.quarantined, qint64(1));

    DeviceBinding b;
    b.deviceId = QStringLiteral("00-11-22-33-44-55-66-77");
    b.assetId = kBin;
    b.containerDepthM = 1.5;
    h.pipeline->updateBinding(b);
    h.pipeline->reprocess({logged});
    h.pipeline->publishNow();
    QVERIFY(!h.batches.isEmpty());
    const IngestBatch again = h.batches.takeLast();
    QVERIFY(again.reprocess);
    QVERIFY(again.quarantine.isEmpty());
    QCOMPARE(again.messages.first().id, logged.id); // the same logged message, not a new one
    QVERIFY(std::abs(find(again, quantity::fillingLevel)->number - 0.8) < 1e-9);
    QCOMPARE(h.stats.quarantined, qint64(0));
    QCOMPARE(h.stats.reprocessed, qint64(1));
    QCOMPARE(h.stats.received, qint64(1));
}

void TestIngestPipeline::noRoute()
{
    Harness h;
    IngestBatch b = h.feed("elsewhere/x", binFill(0.4, QStringLiteral("2025-06-01T10:00:00Z")), utc("2025-06-01T10:00:01Z"));
    QCOMPARE(reasonOf(b), QStringLiteral("noRoute"));
    QVERIFY(topicMatches("a/+/c", "a/b/c"));
    QVERIFY(topicMatches("a/#", "a"));
    QVERIFY(topicMatches("a/#", "a/b/c"));
    QVERIFY(!topicMatches("a/+", "a/b/c"));
    QVERIFY(!topicMatches("a/b", "a"));
    QVERIFY(!topicMatches("#", "$SYS/broker/load"));
    QVERIFY(topicMatches("+/+", "/x"));
}

QTEST_GUILESS_MAIN(TestIngestPipeline)
#include "tst_ingestpipeline.moc"
