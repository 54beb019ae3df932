#include "interventions/interventionservice.h"
#include "reports/open311server.h"
#include "reports/reportservice.h"
#include "reports/reportstore.h"
#include "storage/schema.h"
#include "storage/sqlite.h"
#include "storage/store.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace vigie;

namespace {

const QString kKey = QStringLiteral("loop-key");
const QString kLamp = QStringLiteral("urn:ngsi-ld:Streetlight:testville:1");

AssetDirectoryPtr city()
{
    AssetRecord r;
    r.kind = AssetKind::Streetlight;
    r.id = kLamp;
    r.layerId = QStringLiteral("lights");
    r.lat = 43.61;
    r.lon = 3.87;
    return std::make_shared<AssetDirectory>(QVector<AssetRecord>{r});
}

ServiceCatalog catalog()
{
    auto c = ServiceCatalog::load(QStringLiteral(CITIES_DIR "/montpellier/services.json"));
    return c ? c.value() : ServiceCatalog();
}

} // namespace

class TestReportService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_net;

    QString makeStore(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        {
            auto s = Store::open(path, Store::Mode::ReadWrite);
            if (!s)
                return {};
        }
        auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
        if (!db || !db->exec("INSERT INTO crew(id, name) VALUES ('eclairage-nord', 'Éclairage Nord');"))
            return {};
        ReportStore store(db.value());
        if (!store.addApiKey(kKey, QStringLiteral("loop"), 1))
            return {};
        return path;
    }

    QJsonArray http(quint16 port, const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_net.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonArray out = QJsonDocument::fromJson(reply->readAll()).array();
        reply->deleteLater();
        return out;
    }

private slots:
    /// A resident reports a dark lamp, a neighbour reports it too; the supervisor makes an
    /// intervention of the group; the crew finishes; the resident reads `closed` and the note.
    void fullLoopFromReportToClosure()
    {
        const QString path = makeStore(QStringLiteral("loop.sqlite"));
        QVERIFY(!path.isEmpty());

        Open311Server server(path);
        QVERIFY(server.start(ReportIntake(catalog(), AssetMatcher(city()), ReportSettings{}), 0));

        ReportService reports(path);
        reports.setPollInterval(50);
        QSignalSpy reportsChanged(&reports, &ReportService::reportsChanged);
        QSignalSpy groupsChanged(&reports, &ReportService::groupsChanged);
        QSignalSpy reportsFailed(&reports, &ReportService::failed);
        reports.start(city(), catalog(), ReportSettings{});
        QVERIFY(reportsChanged.wait(5000));

        InterventionService interventions(path);
        interventions.setPollInterval(100);
        connect(&interventions, &InterventionService::interventionsChanged, &reports, &ReportService::onInterventionsChanged);
        QHash<qint64, Intervention> applied;
        connect(&interventions, &InterventionService::applied, this,
                [&](qint64 requestId, const Intervention &, const Intervention &after) { applied.insert(requestId, after); });
        QSignalSpy refused(&interventions, &InterventionService::refused);
        QSignalSpy interventionsChanged(&interventions, &InterventionService::interventionsChanged);
        interventions.start(city(), SlaPolicy());
        QVERIFY(interventionsChanged.wait(5000));

        // Two residents, the same lamp.
        auto postLamp = [&](const QString &lat, const QString &email, const QString &lang) {
            const QByteArray body = "api_key=" + kKey.toUtf8() + "&service_code=streetlight-out&lat=" + lat.toUtf8()
                + "&long=3.87&description=Lampe+%C3%A9teinte&email=" + QUrl::toPercentEncoding(email) + "&lang=" + lang.toUtf8();
            return http(server.port(), "POST", QStringLiteral("/requests.json"), body).first().toObject().value("service_request_id").toString();
        };
        const QString first = postLamp(QStringLiteral("43.61001"), QStringLiteral("a@example.org"), QStringLiteral("fr"));
        const QString second = postLamp(QStringLiteral("43.60998"), QStringLiteral("b@example.org"), QStringLiteral("en"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());

        // ReportService picks them up from the store (stored by the server thread): one group of two.
        qint64 groupId = 0;
        QVERIFY(QTest::qWaitFor([&] {
            for (const QList<QVariant> &args : groupsChanged) {
                for (const ReportGroup &g : args.at(0).value<QVector<ReportGroup>>()) {
                    if (g.reportCount == 2 && g.assetId == kLamp)
                        groupId = g.id;
                }
            }
            return groupId > 0;
        }, 5000));
        QVERIFY(QTest::qWaitFor([&] {
            QSet<qint64> seen;
            for (const QList<QVariant> &args : reportsChanged) {
                for (const CitizenReport &r : args.at(0).value<QVector<CitizenReport>>())
                    if (r.groupId == groupId)
                        seen.insert(r.id);
            }
            return seen.size() == 2;
        }, 5000));

        // The supervisor makes an intervention of the group.
        qint64 request = 0;
        auto submit = [&](InterventionChange c) -> Intervention {
            c.requestId = ++request;
            c.actor = QStringLiteral("Nadia");
            interventions.submit(c);
            const qint64 id = c.requestId;
            if (!QTest::qWaitFor([&] { return applied.contains(id); }, 5000))
                return {};
            return applied.value(id);
        };
        InterventionChange create;
        create.action = InterventionChange::Action::Create;
        create.fields.kind = InterventionKind::Lighting;
        create.fields.assetIds = {kLamp};
        create.fields.lat = 43.61;
        create.fields.lon = 3.87;
        create.fields.description = QStringLiteral("Lanterne éteinte (2 signalements)");
        create.fields.reportIds = {first.toLongLong(), second.toLongLong()};
        Intervention iv = submit(create);
        QVERIFY2(iv.id > 0, "intervention not created");

        auto stateOf = [&](const QString &id) {
            return http(server.port(), "GET", QStringLiteral("/requests/%1.json").arg(id)).first().toObject();
        };
        QVERIFY(QTest::qWaitFor([&] { return stateOf(first).value("vigie_state").toString() == QLatin1String("acknowledged"); }, 5000));
        QCOMPARE(stateOf(second).value("vigie_state").toString(), QStringLiteral("acknowledged"));
        QCOMPARE(stateOf(first).value("status").toString(), QStringLiteral("open"));

        auto step = [&](InterventionChange::Action action, InterventionStatus status) {
            InterventionChange c;
            c.action = action;
            c.interventionId = iv.id;
            c.expectedVersion = iv.version;
            c.status = status;
            c.crewId = QStringLiteral("eclairage-nord");
            iv = submit(c);
            return iv.id > 0;
        };
        QVERIFY(step(InterventionChange::Action::Assign, InterventionStatus::Assigned));
        QVERIFY(QTest::qWaitFor([&] { return stateOf(first).value("vigie_state").toString() == QLatin1String("scheduled"); }, 5000));
        QVERIFY(step(InterventionChange::Action::SetStatus, InterventionStatus::EnRoute));
        QVERIFY(step(InterventionChange::Action::SetStatus, InterventionStatus::OnSite));
        QVERIFY(QTest::qWaitFor([&] { return stateOf(first).value("vigie_state").toString() == QLatin1String("inProgress"); }, 5000));
        // A third resident reports the lamp while the crew is on site: it joins the group and the work.
        const QString late = postLamp(QStringLiteral("43.61002"), QStringLiteral("l@example.org"), QStringLiteral("fr"));
        QVERIFY(QTest::qWaitFor([&] { return stateOf(late).value("vigie_state").toString() == QLatin1String("inProgress"); }, 5000));
        QVERIFY(step(InterventionChange::Action::SetStatus, InterventionStatus::Done));
        QVERIFY(QTest::qWaitFor([&] { return stateOf(late).value("status").toString() == QLatin1String("closed"); }, 5000));

        // The residents see `closed`, with the note in their language.
        QVERIFY(QTest::qWaitFor([&] { return stateOf(first).value("status").toString() == QLatin1String("closed"); }, 5000));
        const QJsonObject fr = stateOf(first), en = stateOf(second);
        QCOMPARE(fr.value("vigie_state").toString(), QStringLiteral("resolved"));
        QVERIFY2(fr.value("status_notes").toString().contains(QStringLiteral("a été traité")), qPrintable(fr.value("status_notes").toString()));
        QCOMPARE(en.value("status").toString(), QStringLiteral("closed"));
        QVERIFY2(en.value("status_notes").toString().startsWith(QStringLiteral("The problem")), qPrintable(en.value("status_notes").toString()));
        const QDateTime updated = QDateTime::fromString(fr.value("updated_datetime").toString(), Qt::ISODate);
        QVERIFY(updated >= QDateTime::fromString(fr.value("requested_datetime").toString(), Qt::ISODate));
        QCOMPARE(http(server.port(), "GET", QStringLiteral("/requests.json?status=closed")).size(), 3);
        QCOMPARE(refused.count(), 0);
        QCOMPARE(reportsFailed.count(), 0);

        // The history keeps every step; the group is closed; the next report of the lamp is a new problem.
        auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
        ReportStore store(db.value());
        QStringList states;
        for (const ReportEvent &e : store.events(first.toLongLong()).value())
            states << reportStateKey(e.state);
        QCOMPARE(states, (QStringList{"received", "acknowledged", "scheduled", "inProgress", "resolved"}));
        QVERIFY(!store.group(groupId)->open);
        const QString third = postLamp(QStringLiteral("43.61"), QStringLiteral("c@example.org"), QStringLiteral("fr"));
        QVERIFY(store.report(third.toLongLong())->groupId != groupId);

        interventions.stop();
        reports.stop();
        server.stop();
    }

    void splitConfirmAndLink()
    {
        const QString path = makeStore(QStringLiteral("groups.sqlite"));
        ReportService reports(path);
        reports.setPollInterval(50);
        QSignalSpy reportsChanged(&reports, &ReportService::reportsChanged);
        QSignalSpy rejected(&reports, &ReportService::intakeRejected);
        reports.start(city(), catalog(), ReportSettings{});
        QVERIFY(reportsChanged.wait(5000));

        CitizenReport r;
        r.serviceCode = QStringLiteral("streetlight-out");
        r.lat = 43.61;
        r.lon = 3.87;
        r.source = ReportSource::Mqtt;
        r.sourceRef = QStringLiteral("urn:ngsi-ld:IssueReporting:1");
        reports.submit(r, {});
        r.sourceRef = QStringLiteral("urn:ngsi-ld:IssueReporting:2");
        reports.submit(r, {});
        CitizenReport bad = r;
        bad.serviceCode = QStringLiteral("nope");
        reports.submit(bad, {});
        QVERIFY(rejected.wait(5000));
        QCOMPARE(rejected.first().at(1).value<Error>().code, QStringLiteral("unknownService"));

        auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
        ReportStore store(db.value());
        QVERIFY(QTest::qWaitFor([&] { auto all = store.reports(ReportQuery{}); return all && all->size() == 2; }, 5000));
        const QVector<CitizenReport> all = store.reports(ReportQuery{}).value();
        QCOMPARE(all.at(0).groupId, all.at(1).groupId);
        const qint64 group = all.at(0).groupId;

        reports.splitReport(all.at(0).id, QStringLiteral("Nadia"));
        QVERIFY(QTest::qWaitFor([&] { return store.report(all.at(0).id)->groupId != group; }, 5000));
        const qint64 own = store.report(all.at(0).id)->groupId;
        QVERIFY(store.group(own)->confirmed);
        QCOMPARE(store.group(own)->reportCount, 1);
        QCOMPARE(store.group(group)->reportCount, 1);

        reports.confirmGroup(group, QStringLiteral("Nadia"));
        QVERIFY(QTest::qWaitFor([&] { return store.group(group)->confirmed; }, 5000));

        reports.linkGroup(group, 42, 7, QStringLiteral("Nadia"));
        QVERIFY(QTest::qWaitFor([&] { return store.report(all.at(1).id)->interventionId == 7; }, 5000));
        QCOMPARE(store.report(all.at(1).id)->alarmId, 42);
        QCOMPARE(store.report(all.at(1).id)->state, ReportState::Acknowledged);
        QCOMPARE(store.group(group)->interventionId, 7);
        reports.linkGroup(group, -1, 0, QStringLiteral("Nadia"));
        QVERIFY(QTest::qWaitFor([&] { return store.report(all.at(1).id)->alarmId == 0; }, 5000));
        QCOMPARE(store.report(all.at(1).id)->interventionId, 7);
        reports.stop();
    }

    void purgesContactsAtStart()
    {
        const QString path = makeStore(QStringLiteral("purge.sqlite"));
        {
            auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
            QVERIFY(schema::configure(db.value()));
            ReportStore store(db.value());
            ReportIntake intake(catalog(), AssetMatcher(city()), ReportSettings{});
            CitizenReport r;
            r.serviceCode = QStringLiteral("damaged-road");
            r.addressString = QStringLiteral("Rue");
            ReporterContact c;
            c.email = QStringLiteral("old@example.org");
            QVERIFY(intake.submit(store, r, c, QStringLiteral("t"), 1'000'000));
        }
        ReportService reports(path);
        QSignalSpy purged(&reports, &ReportService::contactsPurged);
        reports.start(city(), catalog(), ReportSettings{});
        QVERIFY(purged.wait(5000));
        QCOMPARE(purged.first().at(0).toInt(), 1);
        reports.stop();
    }
};

QTEST_GUILESS_MAIN(TestReportService)
#include "tst_reportservice.moc"
