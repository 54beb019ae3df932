// Integration: citizen reports over MQTT. A real mosquitto broker, the libmosquitto source,
// the ingest pipeline (which tells FIWARE issue entities from sensor payloads), the store
// writer, and the ReportService that matches, groups and stores them, on one SQLite file.
// The payloads are the Smart Data Models IssueTracking examples (tests/data/reports, from
// ../shared/data/payloads/fiware), published as they are or with their id, service and place
// changed for a street lamp of the test city.
#include "ingest/ingestservice.h"
#include "ingest/mqttsource.h"
#include "reports/mqttreportreader.h"
#include "reports/reportservice.h"
#include "reports/reportstore.h"
#include "storage/sqlite.h"
#include "storage/store.h"

#include "lampsandbins.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace vigie;

namespace {

const QByteArray kTopic = "vigie/testville/issues/IssueReporting";

QByteArray sample(const QString &file)
{
    return test::readFile(QStringLiteral(TEST_DATA_DIR "/reports/") + file);
}

/// The Open311 service-request example, as a report of street lamp `lamp` (lon 3.88 +
/// lamp × 0.001, lat 43.61) by another resident: its own id, `dLon` degrees east of it.
QByteArray lampRequest(const QString &id, int lamp, double dLon)
{
    QJsonObject e = QJsonDocument::fromJson(sample(QStringLiteral("IssueTracking_service_requests__example.json"))).object();
    e[QStringLiteral("id")] = id;
    e[QStringLiteral("service_request_id")] = id;
    e[QStringLiteral("service_code")] = QStringLiteral("streetlight-out");
    e[QStringLiteral("status")] = QStringLiteral("open");
    e[QStringLiteral("location")] = QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                                {QStringLiteral("coordinates"), QJsonArray{3.88 + lamp * 0.001 + dLon, 43.61}}};
    return QJsonDocument(e).toJson(QJsonDocument::Compact);
}

/// The lamp-and-bin store, its Montpellier services, an IngestService on the broker and a
/// ReportService fed by it, as MainWindow wires them in live mode.
struct Fixture : test::LampsAndBinsStore
{
    ServiceCatalog catalog;
    std::unique_ptr<ReportService> reports;

    Fixture() : LampsAndBinsStore(QStringLiteral("reports.sqlite"), 0.001)
    {
        auto c = ServiceCatalog::load(QStringLiteral(CITIES_DIR "/montpellier/services.json"));
        Q_ASSERT(c.ok());
        catalog = c.value();
        reports = std::make_unique<ReportService>(path);
        reports->setPollInterval(100);
        reports->start(directory, catalog, ReportSettings{});
    }

    std::unique_ptr<IngestService> ingest(const QString &clientId, int port)
    {
        IngestConfig config;
        config.storePath = path;
        config.directory = directory;
        config.lastMessageId = Store::open(path, Store::Mode::ReadOnly)->maxMessageId().value();
        config.reports = std::make_shared<const MqttReportReader>(catalog, ReportSettings{});
        auto svc = std::make_unique<IngestService>(config);
        MqttSettings mqtt;
        mqtt.port = port;
        mqtt.clientId = clientId;
        mqtt.subscriptions = {{QStringLiteral("vigie/testville/#"), 1}};
        svc->setSource(std::make_unique<MqttSource>(mqtt));
        ReportService *service = reports.get();
        QObject::connect(
            svc.get(), &IngestService::reportsReceived, service,
            [service](const QVector<CitizenReport> &r) { service->submitAll(r, QStringLiteral("mqtt")); }, Qt::DirectConnection);
        return svc;
    }

    /// Rows of `sql` (first column as text).
    QStringList column(const char *sql) const
    {
        auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
        auto stmt = db->prepare(sql);
        QStringList out;
        while (stmt && stmt->step().value())
            out << stmt->text(0);
        return out;
    }
};

/// Waits until `spy` (ReportService::batchSubmitted) has seen `count` reports in all.
bool waitForReports(QSignalSpy &spy, int count, int timeoutMs = 10000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        int seen = 0;
        for (const QList<QVariant> &args : std::as_const(spy)) {
            const auto o = args.at(0).value<ReportBatchOutcome>();
            seen += o.stored + o.duplicates + int(o.rejected.size());
        }
        if (seen >= count)
            return true;
        spy.wait(100);
    }
    return false;
}

bool waitConnected(QSignalSpy &spy)
{
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        for (const QList<QVariant> &args : std::as_const(spy))
            if (args.at(0).value<SourceState>() == SourceState::Connected)
                return true;
        spy.wait(100);
    }
    return false;
}

int total(const QSignalSpy &spy, int ReportBatchOutcome::*field)
{
    int n = 0;
    for (const QList<QVariant> &args : spy)
        n += args.at(0).value<ReportBatchOutcome>().*field;
    return n;
}

} // namespace

class TestMqttReports : public QObject
{
    Q_OBJECT
private slots:
    void reportsArriveGroupedAndOnce();
};

void TestMqttReports::reportsArriveGroupedAndOnce()
{
    test::MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    Fixture fx;
    auto ingest = fx.ingest(QStringLiteral("vigie-test-reports"), broker.port());
    QSignalSpy states(ingest.get(), &IngestService::sourceStateChanged);
    QSignalSpy committed(ingest.get(), &IngestService::committed);
    QSignalSpy observed(ingest.get(), &IngestService::observed);
    QSignalSpy batches(fx.reports.get(), &ReportService::batchSubmitted);
    QVERIFY(ingest->start());
    QVERIFY(waitConnected(states));

    test::TestPublisher publisher;
    QVERIFY2(publisher.connect(broker.port(), &error), qPrintable(error));
    // The IssueReporting example in its four encodings: one entity (same id), one report.
    for (const char *file : {"IssueTracking_IssueReporting__example.json", "IssueTracking_IssueReporting__example.jsonld",
                             "IssueTracking_IssueReporting__example-normalized.json",
                             "IssueTracking_IssueReporting__example-normalized.jsonld"})
        QVERIFY(publisher.publish(kTopic, sample(QString::fromLatin1(file))));
    // Two residents report lamp 3, 2 m apart; the first one's message is retained.
    QVERIFY(publisher.publish("vigie/testville/issues/ServiceRequest", lampRequest(QStringLiteral("sr-1001"), 3, 0.00001), 1, true));
    QVERIFY(publisher.publish("vigie/testville/issues/ServiceRequest", lampRequest(QStringLiteral("sr-1002"), 3, -0.00002)));
    // QoS 1 redelivery of the second: the same entity again.
    QVERIFY(publisher.publish("vigie/testville/issues/ServiceRequest", lampRequest(QStringLiteral("sr-1002"), 3, -0.00002)));
    // The Open311 example as it is: service 234 ("Aceras") is not one of the city's.
    QVERIFY(publisher.publish("vigie/testville/issues/ServiceRequest", sample(QStringLiteral("IssueTracking_service_requests__example.json"))));
    // An issue with no service, and one placed outside the Earth.
    QVERIFY(publisher.publish(kTopic, R"({"id": "urn:ngsi-ld:IssueReporting:empty", "type": "IssueReporting", "description": "?"})"));
    QByteArray offEarth = lampRequest(QStringLiteral("sr-1003"), 3, 0);
    offEarth.replace("43.61", "143.61");
    QVERIFY(publisher.publish("vigie/testville/issues/ServiceRequest", offEarth));
    // A lamp's own reading on the same broker stays an asset observation.
    QVERIFY(publisher.publish("vigie/testville/ngsi-ld/Streetlight",
                              QStringLiteral(R"({"id": "%1", "type": "Streetlight", "powerState": "off", "dateObserved": "2024-05-01T20:00:00Z"})")
                                  .arg(test::lampId(3)).toUtf8()));
    QVERIFY(publisher.waitAcknowledged());

    // 7 report entities reach the service (4 + 3 of lamp 3), 3 are quarantined at ingest.
    QVERIFY(waitForReports(batches, 7));
    QTRY_VERIFY_WITH_TIMEOUT(!observed.isEmpty(), 5000);
    ingest->publishNow();
    QTRY_COMPARE_WITH_TIMEOUT(fx.column("SELECT COUNT(*) FROM message").value(0), QStringLiteral("11"), 5000);

    QCOMPARE(total(batches, &ReportBatchOutcome::stored), 3);
    QCOMPARE(total(batches, &ReportBatchOutcome::duplicates), 4);
    QCOMPARE(fx.column("SELECT COUNT(*) FROM report").value(0), QStringLiteral("3"));
    QCOMPARE(fx.column("SELECT source || ' ' || source_ref FROM report ORDER BY id"),
             QStringList({QStringLiteral("mqtt urn:ngsi-ld:xYBR:0102"), QStringLiteral("mqtt sr-1001"), QStringLiteral("mqtt sr-1002")}));
    // "Road Repair" is Montpellier's damaged-road (an alias); a place without coordinates.
    QCOMPARE(fx.column("SELECT service_code || ' ' || address_string FROM report WHERE source_ref = 'urn:ngsi-ld:xYBR:0102'"),
             QStringList(QStringLiteral("damaged-road Near St.Andrews Church")));
    // Both lamp reports: one group of two, matched to lamp 3.
    QCOMPARE(fx.column("SELECT COUNT(DISTINCT group_id) || ' ' || MIN(asset_id) FROM report WHERE service_code = 'streetlight-out'"),
             QStringList(QStringLiteral("1 %1").arg(test::lampId(3))));
    QCOMPARE(fx.column("SELECT COUNT(*) FROM report_group"), QStringList(QStringLiteral("2")));
    QCOMPARE(fx.column("SELECT reason_code FROM quarantine ORDER BY message_id"),
             QStringList({QStringLiteral("unknownService"), QStringLiteral("missingField"), QStringLiteral("invalidLocation")}));
    QCOMPARE(fx.column("SELECT COUNT(*) FROM observation").value(0).toInt() > 0, true);

    // Vigie subscribes again with a new session: the broker sends the retained report once
    // more. It is logged, and not a second report.
    ingest->stop();
    batches.clear();
    auto again = fx.ingest(QStringLiteral("vigie-test-reports-2"), broker.port());
    QSignalSpy batchesAgain(fx.reports.get(), &ReportService::batchSubmitted);
    QVERIFY(again->start());
    QVERIFY(waitForReports(batchesAgain, 1));
    QCOMPARE(total(batchesAgain, &ReportBatchOutcome::duplicates), 1);
    QCOMPARE(fx.column("SELECT COUNT(*) FROM report").value(0), QStringLiteral("3"));
    again->stop();
    fx.reports->stop();
}

QTEST_GUILESS_MAIN(TestMqttReports)
#include "tst_mqttreports.moc"
