// The whole citizen-report loop in the main window, offscreen, on the Montpellier pack: two
// residents post a dark lamp to the Open311 endpoint (`--open311 PORT --open311-key KEY`);
// the reports reach the inbox and the map as one group of two; an intervention created from
// the group answers both; the supervisor takes it to done; GET requests/{id}.json then shows
// `closed` with the resident-facing note, for both residents.
#include "appoptions.h"
#include "interventioncontroller.h"
#include "interventiondesk.h"
#include "interventiondialog.h"
#include "interventiondock.h"
#include "io/cityloader.h"
#include "mainwindow.h"
#include "map/citymap.h"
#include "map/mapcanvas.h"
#include "map/reportlayer.h"
#include "reportdesk.h"
#include "reports/servicecatalog.h"
#include "reportsdock.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStandardItemModel>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace vigie;

namespace {

const QString kKey = QStringLiteral("loop-test-key");

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

struct Reply
{
    int status = 0;
    QByteArray body;
};

Reply call(QNetworkAccessManager &net, const QUrl &url, const QByteArray &form = {})
{
    QNetworkRequest request(url);
    QNetworkReply *reply = nullptr;
    if (form.isNull()) {
        reply = net.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = net.post(request, form);
    }
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return out;
}

} // namespace

class TestReportLoop : public QObject
{
    Q_OBJECT
private slots:
    void reportToInterventionToClosedNote();
};

void TestReportLoop::reportToInterventionToClosedNote()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("montpellier.sqlite"));
    const QString packDir = QStringLiteral(CITIES_DIR "/montpellier");
    auto catalog = ServiceCatalog::load(QDir(packDir).filePath(QStringLiteral("services.json")));
    QVERIFY2(catalog.ok(), catalog.ok() ? "" : qPrintable(catalog.error().message));
    const auto lampService = std::find_if(catalog->services().cbegin(), catalog->services().cend(),
                                          [](const ServiceDefinition &s) { return s.assetKind == AssetKind::Streetlight; });
    QVERIFY(lampService != catalog->services().cend());

    AppOptions options;
    options.city = QStringLiteral("montpellier");
    options.database = db;
    options.language = QStringLiteral("en");
    options.offline = true;
    options.resetLayout = true;
    options.open311Port = freePort();
    options.open311Keys = {kKey};
    MainWindow window(options);
    ReportDesk *reports = window.reportDesk();
    QSignalSpy reportsReady(reports, &ReportDesk::ready);
    QSignalSpy ready(&window, &MainWindow::cityReady);
    window.show();
    window.openCity(QStringLiteral("montpellier"));
    QVERIFY(ready.wait(60000));
    QVERIFY(reportsReady.count() || reportsReady.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(reports->open311Port() == options.open311Port, 5000);

    // A lamp of the pack, and two residents 8 m apart in front of it.
    const AssetDirectory &assets = window.cityMap()->directory();
    int lamp = -1;
    for (int i = 0; i < assets.size() && lamp < 0; ++i)
        if (assets.at(i).kind == AssetKind::Streetlight)
            lamp = i;
    QVERIFY(lamp >= 0);
    const AssetRecord &record = assets.at(lamp);
    const QUrl base(QStringLiteral("http://127.0.0.1:%1/").arg(options.open311Port));
    QNetworkAccessManager net;
    QStringList ids;
    const double offsets[] = {0.00003, -0.00004};
    const char *texts[] = {"Le lampadaire devant chez moi est éteint", "<b>Rue noire</b> depuis hier"};
    for (int k = 0; k < 2; ++k) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("api_key"), kKey);
        form.addQueryItem(QStringLiteral("service_code"), lampService->code);
        form.addQueryItem(QStringLiteral("lat"), QString::number(record.lat + offsets[k], 'f', 7));
        form.addQueryItem(QStringLiteral("long"), QString::number(record.lon, 'f', 7));
        form.addQueryItem(QStringLiteral("description"), QString::fromUtf8(texts[k]));
        form.addQueryItem(QStringLiteral("email"), QStringLiteral("resident%1@example.org").arg(k));
        // The key is registered off the GUI thread at start: retry while it is not there yet.
        Reply r;
        for (int attempt = 0; attempt < 20; ++attempt) {
            r = call(net, base.resolved(QUrl(QStringLiteral("requests.json"))), form.toString(QUrl::FullyEncoded).toUtf8());
            if (r.status != 403)
                break;
            QTest::qWait(250);
        }
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonArray answer = QJsonDocument::fromJson(r.body).array();
        QVERIFY(!answer.isEmpty());
        ids << answer.at(0).toObject().value(QStringLiteral("service_request_id")).toString();
    }

    // Both reach the desk (the service polls the store the endpoint writes to), as one group
    // of two, in the inbox and on the map.
    const qint64 first = ids.at(0).toLongLong(), second = ids.at(1).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(reports->reports().contains(first) && reports->reports().contains(second), 10000);
    const qint64 groupId = reports->reports().value(first).groupId;
    QCOMPARE(reports->reports().value(second).groupId, groupId);
    QCOMPARE(reports->reports().value(first).matchedAssetId, record.id);
    QTRY_COMPARE_WITH_TIMEOUT(reports->groups().value(groupId).reportCount, 2, 5000);
    QCOMPARE(reports->groups().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(reports->layer()->pins().size(), 1, 2000);
    QCOMPARE(reports->layer()->pins().first().residents, 2);
    QTRY_COMPARE_WITH_TIMEOUT(reports->dock()->model()->rowCount(), 1, 2000);
    QCOMPARE(reports->dock()->model()->index(0, ReportsDock::Residents).data().toString(), QStringLiteral("2"));
    QCOMPARE(reports->dock()->model()->index(0, ReportsDock::Asset).data().toString().section(QStringLiteral(" – "), 0, 0), record.ref);

    // A click on the group's pin selects it in the dock and brings the dock to the front,
    // even behind the Interventions tab and with nothing selected; no asset is picked.
    window.interventionDesk()->dock()->raise();
    reports->dock()->selectGroup(0);
    QCOMPARE(reports->dock()->selectedGroupId(), qint64(0));
    QTRY_VERIFY_WITH_TIMEOUT(reports->dock()->visibleRegion().isEmpty(), 2000);
    MapCanvas *canvas = window.canvas();
    canvas->centerOn(reports->layer()->pins().first().position, 0.5);
    const QPointF tip = canvas->settings().toPixel(reports->layer()->pins().first().position);
    canvas->selectAsset(-1);
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, (tip - QPointF(0, 14)).toPoint());
    QCOMPARE(reports->dock()->selectedGroupId(), groupId);
    QTRY_VERIFY_WITH_TIMEOUT(!reports->dock()->visibleRegion().isEmpty(), 2000);
    QCOMPARE(canvas->selectedAsset(), -1);
    // Beside the pin, a click is the map's again (no group selected anew, no error).
    QCOMPARE(reports->layer()->pinAt(tip + QPointF(40, 0), canvas->settings()), qint64(0));

    // The supervisor creates the intervention from the group.
    QTimer::singleShot(300, this, [] {
        if (auto *dialog = qobject_cast<InterventionDialog *>(QApplication::activeModalWidget()))
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    reports->createIntervention(groupId);
    InterventionController *controller = window.interventionDesk()->controller();
    QTRY_VERIFY_WITH_TIMEOUT(!controller->interventions().isEmpty(), 5000);
    Intervention job = *controller->interventions().cbegin();
    QCOMPARE(job.reportIds.size(), 2);
    QCOMPARE(job.kind, lampService->interventionKind);
    QVERIFY(job.assetIds.contains(record.id));
    QTRY_COMPARE_WITH_TIMEOUT(reports->groups().value(groupId).interventionId, job.id, 5000);

    // The crew's steps, recorded by the supervisor; each reaches the residents.
    const QString crew = window.interventionDesk()->crewChoices(QPointF(record.lon, record.lat), job.kind).value(0).crewId;
    QVERIFY(!crew.isEmpty());
    auto waitFor = [&](InterventionStatus s) {
        return QTest::qWaitFor([&] { return controller->intervention(job.id).status == s; }, 1000);
    };
    // The dialog's preselected crew may be assigned meanwhile (a newer version): ask again
    // when a request was refused as a conflict.
    auto moveTo = [&](InterventionStatus s, const QString &text = {}) {
        for (int attempt = 0; attempt < 10; ++attempt) {
            if (controller->intervention(job.id).status == s)
                return true;
            if (s == InterventionStatus::Assigned)
                controller->assign(job.id, crew);
            else
                controller->setStatus(job.id, s, text);
            if (waitFor(s))
                return true;
        }
        return false;
    };
    QVERIFY(moveTo(InterventionStatus::Assigned));
    for (InterventionStatus s : {InterventionStatus::Accepted, InterventionStatus::EnRoute, InterventionStatus::OnSite})
        QVERIFY2(moveTo(s), qPrintable(interventionStatusKey(s)));
    QTRY_VERIFY_WITH_TIMEOUT(reports->reports().value(ids.at(0).toLongLong()).state == ReportState::InProgress, 5000);
    QVERIFY(moveTo(InterventionStatus::Done, QStringLiteral("Lantern replaced")));

    // Each resident sees closed, with the note.
    for (const QString &id : std::as_const(ids)) {
        QJsonObject request;
        QVERIFY(QTest::qWaitFor([&] {
            const Reply r = call(net, base.resolved(QUrl(QStringLiteral("requests/%1.json").arg(id))));
            request = QJsonDocument::fromJson(r.body).array().at(0).toObject();
            return request.value(QStringLiteral("status")).toString() == QLatin1String("closed");
        }, 10000));
        QVERIFY2(!request.value(QStringLiteral("status_notes")).toString().isEmpty(), QJsonDocument(request).toJson().constData());
        QVERIFY(!request.contains(QStringLiteral("email")));
    }
    // The pin is closed too.
    QTRY_COMPARE_WITH_TIMEOUT(reports->layer()->pins().first().stage, ReportPinStage::Closed, 5000);
}

QTEST_MAIN(TestReportLoop)
#include "tst_reportloop.moc"
