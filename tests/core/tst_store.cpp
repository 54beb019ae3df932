#include "domain/quantity.h"
#include "storage/schema.h"
#include "storage/sqlite.h"
#include "storage/store.h"
#include "storage/storewriter.h"

#include <QSignalSpy>
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
