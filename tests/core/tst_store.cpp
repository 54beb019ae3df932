#include "domain/quantity.h"
#include "storage/schema.h"
#include "storage/sqlite.h"
#include "storage/store.h"
#include "storage/storewriter.h"

#include <QSignalSpy>

#include <sqlite3.h>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

ImportedCity smallCity()
{
    ImportedCity city;
    city.pack.id = QStringLiteral("testville");
    city.pack.name = QStringLiteral("Testville");
    city.pack.attribution = QStringLiteral("test");
    city.signature = QStringLiteral("sig-1");
    ImportedLayer lights;
    lights.layer.id = QStringLiteral("lights");
    lights.layer.role = LayerRole::Asset;
    lights.layer.kind = AssetKind::Streetlight;
    lights.layer.titleFr = QStringLiteral("Éclairage");
    lights.layer.policy.silentAfterMs = 123000;
    for (int i = 0; i < 3; ++i) {
        ImportedFeature f;
        f.fid = i;
        f.ref = QString::number(i);
        f.label = QStringLiteral("LANTERNE");
        f.labelLon = 3.87 + i * 0.001;
        f.labelLat = 43.61;
        f.wkb = QByteArray(21, '\0');
        f.attributes = R"({"type_lante":"LANTERNE"})";
        lights.features << f;
    }
    lights.sourceCount = 4;
    lights.issues << ImportIssue{QStringLiteral("lights"), 3, QString(), QStringLiteral("no geometry")};
    ImportedLayer districts;
    districts.layer.id = QStringLiteral("districts");
    districts.layer.role = LayerRole::Districts;
    ImportedFeature d;
    d.fid = 1;
    d.label = QStringLiteral("Centre");
    d.wkb = QByteArray(40, '\1');
    districts.features << d;
    districts.sourceCount = 1;
    city.layers << districts << lights;
    return city;
}

RawMessage raw(qint64 id, const QByteArray &payload, qint64 received)
{
    RawMessage m;
    m.id = id;
    m.topic = "vigie/testville/ngsi-ld/Streetlight";
    m.payload = payload;
    m.receivedAtMs = received;
    m.qos = 1;
    return m;
}

Observation obs(const QString &asset, const char *quantity, const char *text, qint64 observed, qint64 messageId)
{
    Observation o;
    o.assetId = asset;
    o.quantity = QLatin1String(quantity);
    o.text = QLatin1String(text);
    o.observedAtMs = observed;
    o.receivedAtMs = observed + 50;
    o.messageId = messageId;
    return o;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void migratesEmptyDatabase();
    void refusesNewerSchema();
    void cityRoundTrip();
    void writerBatchesAndReopen();
    void reimportKeepsHistory();
    void invalidReadingsClocksAndReprocessing();
    void bindingsRoundTrip();
    void quarantineListReadsNoPayload();
    void migratesObservationsToSeries();
    void stateWaitsForItsInterval();
};

void TestStore::migratesEmptyDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/vigie.sqlite")); // folders are created
    {
        auto store = Store::open(path, Store::Mode::ReadWrite);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        QCOMPARE(store->connection().pragmaInt("user_version").value(), qint64(schema::latestVersion()));
        auto mode = store->connection().prepare("PRAGMA journal_mode");
        QVERIFY(mode.ok() && mode->step().value());
        QCOMPARE(mode->text(0), QStringLiteral("wal"));
    }
    // Reopening a current database is a no-op, read-only opening works.
    QVERIFY(Store::open(path, Store::Mode::ReadWrite).ok());
    auto ro = Store::open(path, Store::Mode::ReadOnly);
    QVERIFY(ro.ok());
    QCOMPARE(ro->counts()->messages, qint64(0));
}

void TestStore::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
        QVERIFY(db.ok());
        QVERIFY(db->exec("PRAGMA user_version = 99").ok());
    }
    auto store = Store::open(path, Store::Mode::ReadWrite);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, QStringLiteral("storeTooNew"));
    QVERIFY(store.error().message.contains(QStringLiteral("99")));
}

void TestStore::cityRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.sqlite"));
    {
        auto store = Store::open(path, Store::Mode::ReadWrite);
        QVERIFY(store.ok());
        QCOMPARE(store->citySignature().value(), QString());
        QVERIFY(store->replaceCity(smallCity()).ok());
    }
    auto store = Store::open(path, Store::Mode::ReadOnly);
    QVERIFY(store.ok());
    QCOMPARE(store->citySignature().value(), QStringLiteral("sig-1"));
    const auto layers = store->layers().value();
    QCOMPARE(layers.size(), 2);
    QCOMPARE(layers.at(0).id, QStringLiteral("districts"));
    QCOMPARE(layers.at(1).role, LayerRole::Asset);
    QCOMPARE(layers.at(1).titleFr, QStringLiteral("Éclairage"));
    QCOMPARE(layers.at(1).featureCount, qint64(3));
    QCOMPARE(layers.at(1).sourceCount, qint64(4));
    QCOMPARE(layers.at(1).policy.silentAfterMs, qint64(123000));
    const auto assets = store->assets().value();
    QCOMPARE(assets.size(), 3);
    QCOMPARE(assets.at(2).id, QStringLiteral("urn:ngsi-ld:Streetlight:testville:2"));
    QCOMPARE(assets.at(2).lon, 3.872);
    const auto features = store->features(QStringLiteral("districts")).value();
    QCOMPARE(features.size(), 1);
    QCOMPARE(features.at(0).label, QStringLiteral("Centre"));
    QCOMPARE(features.at(0).wkb, QByteArray(40, '\1'));
    QCOMPARE(store->importIssues()->size(), 1);
    QCOMPARE(store->importIssues()->at(0).reason, QStringLiteral("no geometry"));
}

void TestStore::writerBatchesAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ingest.sqlite"));
    {
        auto store = Store::open(path, Store::Mode::ReadWrite);
        QVERIFY(store.ok());
        QVERIFY(store->replaceCity(smallCity()).ok());
    }
    const QString lamp0 = QStringLiteral("urn:ngsi-ld:Streetlight:testville:0");
    StoreWriter writer(path);
    QSignalSpy committed(&writer, &StoreWriter::committed);
    QSignalSpy failed(&writer, &StoreWriter::failed);
    writer.start();
    QVERIFY(failed.isEmpty());

    IngestBatch first;
    first.messages << raw(1, R"({"id":"x"})", 1000) << raw(2, "not json", 1100);
    first.observations << obs(lamp0, "powerState", "on", 900, 1);
    first.quarantine << QuarantineEntry{2, QStringLiteral("invalidJson"), QStringLiteral("the payload is not valid JSON"), 1100};
    first.seen << AssetSeen{lamp0, 1000, 900};
    IngestBatch second;
    second.messages << raw(3, R"({"id":"y"})", 3000) << raw(4, R"({"id":"z"})", 3100);
    second.observations << obs(lamp0, "powerState", "off", 2900, 3)
                        << obs(lamp0, "powerState", "on", 500, 4); // late, older: history only
    second.seen << AssetSeen{lamp0, 3100, 2900};
    writer.write(first);
    writer.write(second);
    writer.flush();
    QCOMPARE(committed.size(), 1); // both batches in one transaction
    QCOMPARE(committed.at(0).at(0).toLongLong(), qint64(4));
    QCOMPARE(committed.at(0).at(1).toLongLong(), qint64(4));
    writer.stop();

    auto store = Store::open(path, Store::Mode::ReadOnly);
    QVERIFY(store.ok());
    const StoreCounts counts = store->counts().value();
    QCOMPARE(counts.messages, qint64(4));
    QCOMPARE(counts.observations, qint64(3));
    QCOMPARE(counts.quarantined, qint64(1));
    QCOMPARE(store->maxMessageId().value(), qint64(4));
    const auto states = store->latestStates().value();
    QCOMPARE(states.value(lamp0).powerState, QStringLiteral("off"));
    QCOMPARE(states.value(lamp0).powerStateAtMs, qint64(2900));
    QCOMPARE(states.value(lamp0).lastSeenMs, qint64(3100));
    const auto history = store->history(lamp0, QStringLiteral("powerState"), 0, 10000).value();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.first().observedAtMs, qint64(500)); // oldest first
    QCOMPARE(history.last().text, QStringLiteral("off"));
    const auto quarantined = store->quarantine().value();
    QCOMPARE(quarantined.size(), 1);
    QCOMPARE(quarantined.at(0).payload, QByteArray("not json"));
    QCOMPARE(quarantined.at(0).reasonCode, QStringLiteral("invalidJson"));
}

void TestStore::invalidReadingsClocksAndReprocessing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    {
        auto store = Store::open(path, Store::Mode::ReadWrite);
        QVERIFY(store.ok());
        QVERIFY(store->replaceCity(smallCity()).ok());
    }
    const QString lamp0 = QStringLiteral("urn:ngsi-ld:Streetlight:testville:0");
    StoreWriter writer(path);
    writer.start();
    IngestBatch batch;
    batch.messages << raw(1, "{}", 1000) << raw(2, "{}", 2000) << raw(3, "{}", 3000);
    batch.observations << obs(lamp0, "status", "ok", 900, 1);
    Observation invalid = obs(lamp0, "status", "brokenLantern", 1900, 2);
    invalid.flags = InvalidReading;
    batch.observations << invalid;
    batch.seen << AssetSeen{lamp0, 2000, 1900, AssetState::StatusStale, 1900};
    batch.quarantine << QuarantineEntry{3, QStringLiteral("unboundDevice"), QStringLiteral("device 0011… is not bound"), 3000,
                                        QStringLiteral("0011223344556677")};
    batch.clocks << ClockSkewSample{QStringLiteral("0011223344556677"), -5000, -90000, 2, 3000};
    writer.write(batch);
    writer.flush();

    IngestBatch again; // message 3 read again and now accepted
    again.reprocess = true;
    again.messages << raw(3, "{}", 3000);
    again.observations << obs(lamp0, "status", "ok", 2950, 3);
    again.clocks << ClockSkewSample{QStringLiteral("0011223344556677"), 7000, 8000, 1, 3500};
    QSignalSpy committed(&writer, &StoreWriter::committed);
    writer.write(again);
    writer.flush();
    QCOMPARE(committed.size(), 0); // no new message was logged
    writer.stop();

    auto store = Store::open(path, Store::Mode::ReadOnly);
    QVERIFY(store.ok());
    const StoreCounts counts = store->counts().value();
    QCOMPARE(counts.messages, qint64(3));
    QCOMPARE(counts.quarantined, qint64(0));
    QCOMPARE(counts.observations, qint64(3));
    const auto history = store->history(lamp0, QStringLiteral("status"), 0, 10000).value();
    QCOMPARE(history.size(), 3);
    QVERIFY(!history.at(1).isValid());
    const AssetState state = store->latestStates().value().value(lamp0);
    QCOMPARE(state.status, QStringLiteral("ok")); // the invalid reading never became the state
    QCOMPARE(state.statusAtMs, qint64(2950));
    QCOMPARE(state.lastInvalidMs, qint64(1900));
    const auto clocks = store->deviceClocks().value();
    QCOMPARE(clocks.size(), 1);
    QCOMPARE(clocks.first().lastSkewMs, qint64(7000));
    QCOMPARE(clocks.first().maxSkewMs, qint64(-90000)); // the largest in absolute value
    QCOMPARE(clocks.first().flagged, qint64(3));
}

void TestStore::bindingsRoundTrip()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("b.sqlite")), Store::Mode::ReadWrite);
    QVERIFY(store.ok());
    DeviceBinding op;
    op.deviceId = QStringLiteral("A8-40-41-00-01-81-C0-DE");
    op.assetId = QStringLiteral("urn:ngsi-ld:WasteContainer:testville:C1");
    op.containerDepthM = 1.2;
    op.updatedAtMs = 42;
    QVERIFY(store->saveBinding(op).ok());
    DeviceBinding pack1 = op;
    pack1.assetId = QStringLiteral("urn:ngsi-ld:WasteContainer:testville:C9"); // overridden by the operator's
    DeviceBinding pack2;
    pack2.deviceId = QStringLiteral("0011223344556677");
    pack2.assetId = QStringLiteral("urn:ngsi-ld:WasteContainer:testville:C2");
    QVERIFY(store->replaceCityPackBindings({pack1, pack2}).ok());
    QVERIFY(store->replaceCityPackBindings({pack1, pack2}).ok()); // idempotent
    auto all = store->bindings().value();
    QCOMPARE(all.size(), 2);
    const DeviceBindings bindings(all);
    const DeviceBinding *kept = bindings.find(QStringLiteral("a84041000181c0de"));
    QVERIFY(kept);
    QCOMPARE(kept->assetId, op.assetId);
    QCOMPARE(kept->containerDepthM, 1.2);
    QCOMPARE(kept->origin, DeviceBinding::Origin::Operator);
    QVERIFY(std::isnan(bindings.find(QStringLiteral("0011223344556677"))->containerDepthM));
    DeviceBinding bad = pack2;
    bad.containerDepthM = 0;
    QCOMPARE(store->saveBinding(bad).error().code, QStringLiteral("invalidBinding"));
    QVERIFY(store->removeBinding(QStringLiteral("a8:40:41:00:01:81:c0:de")).ok());
    QCOMPARE(store->bindings().value().size(), 1);
}

void TestStore::reimportKeepsHistory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("re.sqlite"));
    auto store = Store::open(path, Store::Mode::ReadWrite);
    QVERIFY(store.ok());
    QVERIFY(store->replaceCity(smallCity()).ok());
    {
        StoreWriter writer(path);
        writer.start();
        IngestBatch b;
        b.messages << raw(1, "{}", 1000);
        b.observations << obs(QStringLiteral("urn:ngsi-ld:Streetlight:testville:1"), "status", "brokenLantern", 900, 1);
        writer.write(b);
        writer.stop();
    }
    ImportedCity again = smallCity();
    again.signature = QStringLiteral("sig-2");
    QVERIFY(store->replaceCity(again).ok());
    QCOMPARE(store->citySignature().value(), QStringLiteral("sig-2"));
    QCOMPARE(store->latestStates()->value(QStringLiteral("urn:ngsi-ld:Streetlight:testville:1")).status,
             QStringLiteral("brokenLantern"));
    QCOMPARE(store->assets()->size(), 3);
}

namespace {

/// Pages the connection had to read from the file since the last call (SQLite's own count).
int pagesRead(Store &store)
{
    int current = 0;
    int highwater = 0;
    sqlite3_db_status(store.connection().handle(), SQLITE_DBSTATUS_CACHE_MISS, &current, &highwater, 1);
    return current;
}

} // namespace

// The quarantine list must not read payload blobs: with large payloads the old query read
// every one of them (2 GB for 500 messages of 4 MB).
void TestStore::quarantineListReadsNoPayload()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.sqlite"));
    {
        StoreWriter writer(path);
        writer.start();
        IngestBatch batch;
        for (qint64 id = 1; id <= 12; ++id) {
            batch.messages << raw(id, QByteArray(1 << 20, char('a' + id)), 1000 + id);
            const QString device = id <= 8 ? QStringLiteral("a84041000181c0de") : QString();
            batch.quarantine << QuarantineEntry{id, id % 3 == 0 ? QStringLiteral("invalidJson") : QStringLiteral("unboundDevice"),
                                                QStringLiteral("reason %1").arg(id), 1000 + id, device};
        }
        writer.write(batch);
        writer.stop();
    }
    auto store = Store::open(path, Store::Mode::ReadOnly);
    QVERIFY(store.ok());
    pagesRead(store.value());

    const auto list = store->quarantineList(500);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 12);
    QCOMPARE(list->first().messageId, qint64(12)); // newest first
    QCOMPARE(list->first().payloadBytes, qint64(1 << 20));
    QCOMPARE(list->first().reasonCode, QStringLiteral("invalidJson"));
    QCOMPARE(list->first().topic, QStringLiteral("vigie/testville/ngsi-ld/Streetlight"));
    QCOMPARE(list->first().receivedAtMs, qint64(1012));
    QVERIFY(list->first().deviceId.isEmpty());
    QCOMPARE(list->last().deviceId, QStringLiteral("a84041000181c0de"));
    const int listPages = pagesRead(store.value());
    QVERIFY2(listPages < 40, qPrintable(QString::number(listPages))); // 12 MB of payload is ~3000 pages

    // The old query, for comparison: it reads every blob.
    QVERIFY(store->quarantine(500).ok());
    QVERIFY(pagesRead(store.value()) > 2000);

    QCOMPARE(store->quarantineList(3)->size(), 3);
    const auto unbound = store->quarantineList(500, {QStringLiteral("unboundDevice"), {}}).value();
    QCOMPARE(unbound.size(), 8); // 1 2 4 5 7 8 10 11
    const auto device = store->quarantineList(500, {{}, QStringLiteral("a84041000181c0de")}).value();
    QCOMPARE(device.size(), 8);
    const auto noDevice = store->quarantineList(500, {QStringLiteral("invalidJson"), QStringLiteral("")}).value();
    QCOMPARE(noDevice.size(), 2); // 9 12
    QCOMPARE(noDevice.first().messageId, qint64(12));
    QCOMPARE(store->quarantineIds({QStringLiteral("unboundDevice"), QStringLiteral("a84041000181c0de")}).value(),
             (QVector<qint64>{1, 2, 4, 5, 7, 8})); // oldest first
    QCOMPARE(store->quarantineIds({}).value().size(), 12);

    // Reprocessing reads the messages themselves, each one once.
    const auto messages = store->messages({9, 2, 5, 2, 99}).value();
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(0).id, qint64(2));
    QCOMPARE(messages.at(1).id, qint64(5));
    QCOMPARE(messages.at(2).id, qint64(9));
    QCOMPARE(messages.at(2).payload, QByteArray(1 << 20, char('a' + 9)));
    QCOMPARE(messages.at(1).receivedAtMs, qint64(1005));
    QVERIFY(store->quarantineIds({QStringLiteral("nothing"), {}}).value().isEmpty());
}

void TestStore::migratesObservationsToSeries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    const QString lamp = QStringLiteral("urn:ngsi-ld:Streetlight:testville:0");
    {
        // The v2 observation table as released, with a little history.
        auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
        QVERIFY(db.ok());
        QVERIFY(db->exec(R"sql(
CREATE TABLE observation (
    asset_id TEXT NOT NULL, quantity TEXT NOT NULL, observed_at INTEGER NOT NULL, received_at INTEGER NOT NULL,
    value_num REAL, value_text TEXT, unit TEXT, message_id INTEGER NOT NULL, flags INTEGER NOT NULL DEFAULT 0);
CREATE INDEX observation_asset ON observation(asset_id, quantity, observed_at);
INSERT INTO observation VALUES ('urn:ngsi-ld:Streetlight:testville:0', 'powerState', 1000, 1050, NULL, 'on', NULL, 1, 0);
INSERT INTO observation VALUES ('urn:ngsi-ld:Streetlight:testville:0', 'status', 1000, 1050, NULL, 'ok', NULL, 1, 0);
INSERT INTO observation VALUES ('urn:ngsi-ld:Streetlight:testville:0', 'powerState', 2000, 2050, NULL, 'off', NULL, 2, 0);
INSERT INTO observation VALUES ('urn:ngsi-ld:WasteContainer:testville:7', 'fillingLevel', 1500, 1550, 0.25, NULL, 'C62', 3, 1);
PRAGMA user_version = 2;
)sql").ok());
    }
    // Only the v3 step runs on this file (user_version 2): it needs nothing but observation.
    auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
    QVERIFY(db.ok());
    const Status migrated = schema::migrate(db.value());
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
    QCOMPARE(db->pragmaInt("user_version").value(), qint64(schema::latestVersion()));
    auto series = db->prepare("SELECT COUNT(*) FROM series");
    QVERIFY(series.ok() && series->step().value());
    QCOMPARE(series->int64(0), qint64(3));

    auto store = Store::open(path, Store::Mode::ReadOnly);
    QVERIFY(store.ok());
    const auto power = store->history(lamp, QStringLiteral("powerState"), 0, 10000).value();
    QCOMPARE(power.size(), 2);
    QCOMPARE(power.at(0).text, QStringLiteral("on"));
    QCOMPARE(power.at(1).text, QStringLiteral("off"));
    QCOMPARE(power.at(1).messageId, qint64(2));
    const auto fill = store->history(QStringLiteral("urn:ngsi-ld:WasteContainer:testville:7"), QStringLiteral("fillingLevel"), 0, 10000).value();
    QCOMPARE(fill.size(), 1);
    QCOMPARE(fill.at(0).number, 0.25);
    QCOMPARE(fill.at(0).unitCode, QStringLiteral("C62"));
}

void TestStore::stateWaitsForItsInterval()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.sqlite"));
    QVERIFY(Store::open(path, Store::Mode::ReadWrite).ok());
    const QString lamp = QStringLiteral("urn:ngsi-ld:Streetlight:testville:0");
    StoreWriter writer(path);
    writer.maxDelayMs = 1;
    writer.stateIntervalMs = 60000;
    QSignalSpy committed(&writer, &StoreWriter::committed);
    writer.start();
    IngestBatch b;
    b.messages << raw(1, "{}", 1000);
    b.observations << obs(lamp, "powerState", "on", 900, 1);
    b.seen << AssetSeen{lamp, 1000, 900};
    writer.write(b);
    QVERIFY(committed.wait(5000)); // the timed commit: observations now, state later

    auto store = Store::open(path, Store::Mode::ReadOnly);
    QVERIFY(store.ok());
    QCOMPARE(store->history(lamp, QStringLiteral("powerState"), 0, 10000)->size(), 1);
    QVERIFY(!store->latestStates()->contains(lamp));
    writer.flush();
    QCOMPARE(store->latestStates()->value(lamp).powerState, QStringLiteral("on"));
    QCOMPARE(store->latestStates()->value(lamp).lastSeenMs, qint64(1000));
    writer.stop();
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
