// Crew positions through ingest: a Milesight AT101 uplink from a crew's tracker becomes a
// CrewFix (real TTN v3 and ChirpStack v4 captures), the store writes it to crew_fix, and
// IngestService hands it to the GUI thread.
#include "domain/assetdirectory.h"
#include "ingest/decoderroute.h"
#include "ingest/ingestpipeline.h"
#include "ingest/ingestservice.h"
#include "storage/sqlite.h"
#include "storage/store.h"
#include "storage/storewriter.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vigie;

namespace {

const QString kDir = QStringLiteral(TEST_DATA_DIR "/payloads/lorawan/thingsboard/AT101/");
const QString kTracker = QStringLiteral("1000000000000001"); // the vendor's anonymised DevEUI
const QString kCrew = QStringLiteral("eclairage-nord");
const QByteArray kTtnTopic = "v3/application-tts-name@ttn/devices/eui-1000000000000001/up";
const QByteArray kChirpStackTopic = "application/ca739e26/device/1000000000000001/event/up";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

qint64 utc(const char *iso) { return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toMSecsSinceEpoch(); }

/// The real uplinks name no model Vigie knows (no version_ids, ChirpStack's default
/// profile): the routes name the codec, as an operator would.
QVector<DecoderRoute> routes()
{
    return {{QStringLiteral("v3/+/devices/+/up"), QStringLiteral("ttn"), {}, QStringLiteral("milesight-at101")},
            {QStringLiteral("application/+/device/+/event/+"), QStringLiteral("chirpstack"), {}, QStringLiteral("milesight-at101")}};
}

RawMessage message(const QByteArray &topic, const QByteArray &payload, qint64 receivedAtMs, bool retain = false)
{
    RawMessage m;
    m.topic = topic;
    m.payload = payload;
    m.receivedAtMs = receivedAtMs;
    m.qos = 1;
    m.retain = retain;
    return m;
}

class Harness
{
public:
    Harness()
    {
        auto decoder = RoutingDecoder::create(routes(), DecoderOptions{});
        Q_ASSERT(decoder.ok());
        inbox = std::make_shared<MessageInbox>();
        pipeline = std::make_unique<IngestPipeline>(inbox, std::move(decoder.value()),
                                                    std::make_shared<AssetDirectory>(QVector<AssetRecord>{}),
                                                    QVector<AssetState>{}, 0);
        QObject::connect(pipeline.get(), &IngestPipeline::batchDecoded, [this](const IngestBatch &batch) { batches << batch; });
        QObject::connect(pipeline.get(), &IngestPipeline::statsChanged, [this](const IngestStats &s) { stats = s; });
    }

    IngestBatch feed(RawMessage m)
    {
        inbox->push(std::move(m));
        pipeline->publishNow();
        return batches.isEmpty() ? IngestBatch{} : batches.takeLast();
    }

    std::shared_ptr<MessageInbox> inbox;
    std::unique_ptr<IngestPipeline> pipeline;
    QVector<IngestBatch> batches;
    IngestStats stats;
};

// The TTN uplink's own time, uplink_message.received_at.
const qint64 kTtnTime = utc("2023-05-19T05:33:35.641Z");

} // namespace

class TestCrewFixes : public QObject
{
    Q_OBJECT
private slots:
    void unknownTrackerIsQuarantined();
    void trackerUplinkBecomesAFix_data();
    void trackerUplinkBecomesAFix();
    void uplinkWithoutPositionIsASignOfLife();
    void trackerIdsAreNormalised();
    void retainedCopyIsADuplicate();
    void implausibleTimeTakesReception();
    void reprocessedAfterTrackersAreSet();
    void writerStoresFixes();
    void serviceEmitsFixes();
};

void TestCrewFixes::unknownTrackerIsQuarantined()
{
    Harness h;
    const IngestBatch b = h.feed(message(kTtnTopic, readFile(kDir + "ThingsStackCommunity/uplink/payload.json"), kTtnTime + 500));
    QCOMPARE(b.quarantine.size(), 1);
    QCOMPARE(b.quarantine.first().reasonCode, QStringLiteral("unboundDevice"));
    QVERIFY(b.crewFixes.isEmpty());
}

void TestCrewFixes::trackerUplinkBecomesAFix_data()
{
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("observedAtMs");

    QTest::newRow("TTN v3 (The Things Stack Community)")
        << kTtnTopic << QStringLiteral("ThingsStackCommunity/uplink/payload.json") << kTtnTime;
    QTest::newRow("ChirpStack v4") << kChirpStackTopic << QStringLiteral("ChirpStack/uplink/payload.json")
                                   << utc("2023-05-22T07:47:05.404Z");
}

void TestCrewFixes::trackerUplinkBecomesAFix()
{
    QFETCH(QByteArray, topic);
    QFETCH(QString, file);
    QFETCH(qint64, observedAtMs);

    Harness h;
    h.pipeline->setTrackers({{kTracker, kCrew}});
    const qint64 received = observedAtMs + 700;
    const IngestBatch b = h.feed(message(topic, readFile(kDir + file), received));
    QVERIFY2(b.quarantine.isEmpty(), qPrintable(b.quarantine.value(0).reason));
    QCOMPARE(b.messages.size(), 1);
    QVERIFY(b.observations.isEmpty()); // a crew's vehicle is no asset
    QVERIFY(b.seen.isEmpty());
    QCOMPARE(b.crewFixes.size(), 1);
    const CrewFix &fix = b.crewFixes.first();
    QCOMPARE(fix.crewId, kCrew);
    QCOMPARE(fix.deviceId, kTracker);
    // result.json of the same capture: latitude 24.62435, longitude 118.030088.
    QVERIFY(std::abs(fix.lat - 24.62435) < 1e-9);
    QVERIFY(std::abs(fix.lon - 118.030088) < 1e-9);
    QCOMPARE(fix.atMs, observedAtMs);
    QCOMPARE(fix.receivedAtMs, received);
    QCOMPARE(fix.messageId, b.messages.first().id);
    QVERIFY(std::isnan(fix.speedMps));
    QCOMPARE(h.stats.accepted, qint64(1));
    QCOMPARE(h.stats.crewFixes, qint64(1));
    QCOMPARE(h.stats.observations, qint64(0));
}

void TestCrewFixes::uplinkWithoutPositionIsASignOfLife()
{
    // payload_1: battery, temperature, tilt and a Wi-Fi scan, no GNSS location.
    Harness h;
    h.pipeline->setTrackers({{kTracker, kCrew}});
    const IngestBatch b = h.feed(message(kTtnTopic, readFile(kDir + "ThingsStackCommunity/uplink/payload_1.json"), kTtnTime + 500));
    QVERIFY(b.quarantine.isEmpty());
    QVERIFY(b.crewFixes.isEmpty());
    QVERIFY(b.observations.isEmpty());
    QCOMPARE(h.stats.accepted, qint64(1));
}

void TestCrewFixes::trackerIdsAreNormalised()
{
    Harness h;
    h.pipeline->setTrackers({{QStringLiteral("10-00-00-00-00-00-00-01"), kCrew}});
    const IngestBatch b = h.feed(message(kTtnTopic, readFile(kDir + "ThingsStackIndustries/uplink/payload.json"),
                                         utc("2023-05-18T08:25:26.000Z")));
    QCOMPARE(b.crewFixes.size(), 1);
    QCOMPARE(b.crewFixes.first().deviceId, kTracker);
}

void TestCrewFixes::retainedCopyIsADuplicate()
{
    Harness h;
    h.pipeline->setTrackers({{kTracker, kCrew}});
    const QByteArray payload = readFile(kDir + "ThingsStackCommunity/uplink/payload.json");
    QCOMPARE(h.feed(message(kTtnTopic, payload, kTtnTime + 500)).crewFixes.size(), 1);
    // The broker's retained copy at resubscription: same fix time, nothing applied.
    const IngestBatch again = h.feed(message(kTtnTopic, payload, kTtnTime + 60000, true));
    QVERIFY(again.quarantine.isEmpty());
    QVERIFY(again.crewFixes.isEmpty());
    QCOMPARE(h.stats.duplicates, qint64(1));
    QCOMPARE(h.stats.crewFixes, qint64(1));
}

void TestCrewFixes::implausibleTimeTakesReception()
{
    // Received two years after the device says: the fix takes the reception time, and the
    // skew is recorded for the tracker.
    Harness h;
    h.pipeline->setTrackers({{kTracker, kCrew}});
    const qint64 received = utc("2025-05-19T05:33:35.000Z");
    h.pipeline->maxClockAheadMs = 5 * 60 * 1000;
    h.pipeline->earliestPlausibleMs = utc("2024-01-01T00:00:00Z");
    const IngestBatch b = h.feed(message(kTtnTopic, readFile(kDir + "ThingsStackCommunity/uplink/payload.json"), received));
    QCOMPARE(b.crewFixes.size(), 1);
    QCOMPARE(b.crewFixes.first().atMs, received);
    QCOMPARE(b.clocks.size(), 1);
    QCOMPARE(b.clocks.first().deviceId, kTracker);
    QCOMPARE(b.clocks.first().lastSkewMs, kTtnTime - received);
}

void TestCrewFixes::reprocessedAfterTrackersAreSet()
{
    Harness h;
    const IngestBatch refused = h.feed(message(kTtnTopic, readFile(kDir + "ThingsStackCommunity/uplink/payload.json"), kTtnTime + 500));
    QCOMPARE(refused.quarantine.size(), 1);
    h.pipeline->setTrackers({{kTracker, kCrew}});
    h.pipeline->reprocess({refused.messages.first()});
    h.pipeline->publishNow();
    QVERIFY(!h.batches.isEmpty());
    const IngestBatch again = h.batches.takeLast();
    QVERIFY(again.reprocess);
    QVERIFY(again.quarantine.isEmpty());
    QCOMPARE(again.crewFixes.size(), 1);
    QCOMPARE(again.crewFixes.first().messageId, refused.messages.first().id);
    QCOMPARE(h.stats.reprocessed, qint64(1));
}

void TestCrewFixes::writerStoresFixes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fixes.sqlite"));
    Harness h;
    h.pipeline->setTrackers({{kTracker, kCrew}});
    const IngestBatch b = h.feed(message(kTtnTopic, readFile(kDir + "ThingsStackCommunity/uplink/payload.json"), kTtnTime + 500));
    QCOMPARE(b.crewFixes.size(), 1);
    {
        StoreWriter writer(path);
        QSignalSpy failed(&writer, &StoreWriter::failed);
        writer.start();
        writer.write(b);
        writer.stop();
        QCOMPARE(failed.count(), 0);
    }
    auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    QVERIFY(db);
    auto rows = db->prepare("SELECT crew_id, device_id, at_ms, received_at_ms, lon, lat, speed_mps, message_id FROM crew_fix");
    QVERIFY(rows);
    int count = 0;
    QVERIFY(rows->forEachRow([&](SqliteStatement &r) {
        ++count;
        QCOMPARE(r.text(0), kCrew);
        QCOMPARE(r.text(1), kTracker);
        QCOMPARE(r.int64(2), kTtnTime);
        QCOMPARE(r.int64(3), kTtnTime + 500);
        QVERIFY(std::abs(r.real(4) - 118.030088) < 1e-9);
        QVERIFY(std::abs(r.real(5) - 24.62435) < 1e-9);
        QVERIFY(r.isNull(6));
        QCOMPARE(r.int64(7), b.messages.first().id);
    }));
    QCOMPARE(count, 1);
}

namespace {

/// Delivers fixed messages when opened, like a replay would.
class FixedSource final : public IngestSource
{
public:
    explicit FixedSource(QVector<RawMessage> messages) : m_messages(std::move(messages)) {}
    QString description() const override { return QStringLiteral("test messages"); }
    void open() override
    {
        for (RawMessage m : std::as_const(m_messages))
            deliver(std::move(m));
        publishState(SourceState::Finished);
    }
    void close() override {}

private:
    QVector<RawMessage> m_messages;
};

} // namespace

void TestCrewFixes::serviceEmitsFixes()
{
    QTemporaryDir dir;
    IngestConfig config;
    config.storePath = dir.filePath(QStringLiteral("service.sqlite"));
    config.directory = std::make_shared<AssetDirectory>(QVector<AssetRecord>{});
    config.routes = routes();
    IngestService service(config);
    // Set before start, then replaced while running (queued to the ingest thread).
    service.setTrackers({{QStringLiteral("ffffffffffffffff"), QStringLiteral("other")}});
    QSignalSpy fixes(&service, &IngestService::crewFixes);
    QSignalSpy committed(&service, &IngestService::committed);
    QVERIFY(service.start());
    service.setTrackers({{kTracker, kCrew}});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    service.setSource(std::make_unique<FixedSource>(QVector<RawMessage>{
        message(kTtnTopic, readFile(kDir + "ThingsStackCommunity/uplink/payload.json"), now)}));
    QVERIFY(fixes.wait(10000));
    const CrewFixes received = fixes.first().first().value<CrewFixes>();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().crewId, kCrew);
    QTRY_VERIFY_WITH_TIMEOUT(!committed.isEmpty(), 10000);
    service.stop();
    auto db = SqliteConnection::open(config.storePath, SqliteConnection::Mode::ReadOnly);
    QVERIFY(db);
    auto count = db->prepare("SELECT count(*) FROM crew_fix WHERE crew_id = 'eclairage-nord'");
    QVERIFY(count);
    QVERIFY(count->step().value());
    QCOMPARE(count->int64(0), qint64(1));
}

QTEST_GUILESS_MAIN(TestCrewFixes)
#include "tst_crewfixes.moc"
