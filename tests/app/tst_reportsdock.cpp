// The citizen reports inbox: groups with their number of residents, matched asset and
// distance; scopes; residents' text shown as plain text whatever it holds; the proposal for
// an intervention from a group, created through the intervention dialog against a real
// InterventionService, answers the group's reports and quotes none of the residents' words.
#include "interventioncontroller.h"
#include "interventiondesk.h"
#include "interventiondialog.h"
#include "interventions/interventionservice.h"
#include "map/mapcanvas.h"
#include "map/reportlayer.h"
#include "reportdesk.h"
#include "reportdesksettings.h"
#include "reportsdock.h"
#include "io/cityloader.h"
#include "storage/store.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QFile>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace vigie;

namespace {

const QString kLamp = QStringLiteral("urn:ngsi-ld:Streetlight:montpellier:100");
const QString kHostile = QStringLiteral("<b>Lampe</b> éteinte <a href=\"http://evil.example/\">cliquez</a> "
                                        "<img src=x onerror=alert(1)> '); DROP TABLE report;--");

ServiceCatalog catalog()
{
    ServiceDefinition lamp;
    lamp.code = QStringLiteral("streetlight-out");
    lamp.nameFr = QStringLiteral("Lampadaire éteint");
    lamp.nameEn = QStringLiteral("Street light out");
    lamp.group = QStringLiteral("lighting");
    lamp.assetKind = AssetKind::Streetlight;
    lamp.interventionKind = InterventionKind::Lighting;
    ServiceDefinition dumping;
    dumping.code = QStringLiteral("illegal-dumping");
    dumping.nameFr = QStringLiteral("Dépôt sauvage");
    dumping.nameEn = QStringLiteral("Illegal dumping");
    dumping.group = QStringLiteral("cleanliness");
    return ServiceCatalog({lamp, dumping});
}

AssetDirectoryPtr directory()
{
    AssetRecord r;
    r.id = kLamp;
    r.kind = AssetKind::Streetlight;
    r.layerId = QStringLiteral("eclairage");
    r.ref = QStringLiteral("100");
    r.label = QStringLiteral("Lanterne LED");
    r.address = QStringLiteral("Rue de la Loge");
    r.lon = 3.8767;
    r.lat = 43.6108;
    return std::make_shared<const AssetDirectory>(QVector<AssetRecord>{r});
}

CitizenReport report(qint64 id, qint64 group, const QString &text, double distance, qint64 at)
{
    CitizenReport r;
    r.id = id;
    r.groupId = group;
    r.serviceCode = QStringLiteral("streetlight-out");
    r.description = text;
    r.lat = 43.6108;
    r.lon = 3.8767;
    r.addressString = QStringLiteral("12 rue de la Loge");
    r.requestedAtMs = at;
    r.updatedAtMs = at;
    r.matchedAssetId = kLamp;
    r.matchedDistanceM = distance;
    return r;
}

ReportGroup group(qint64 id, const QString &code, int count, const QString &asset = {})
{
    ReportGroup g;
    g.id = id;
    g.serviceCode = code;
    g.assetId = asset;
    g.lat = 43.6108;
    g.lon = 3.8767;
    g.reportCount = count;
    g.createdAtMs = g.updatedAtMs = 1'764'522'000'000 + id;
    return g;
}

/// Groups 1 (three residents, the lamp) and 2 (one report of dumping, nothing matched).
void fill(QHash<qint64, ReportGroup> *groups, QHash<qint64, CitizenReport> *reports)
{
    const qint64 t = 1'764'522'000'000;
    groups->insert(1, group(1, QStringLiteral("streetlight-out"), 3, kLamp));
    ReportGroup dumping = group(2, QStringLiteral("illegal-dumping"), 1);
    groups->insert(2, dumping);
    reports->insert(11, report(11, 1, QStringLiteral("Le lampadaire ne s'allume plus"), 5, t));
    reports->insert(12, report(12, 1, kHostile, 12, t + 60'000));
    reports->insert(13, report(13, 1, QStringLiteral("Rue noire depuis hier soir"), 20, t + 120'000));
    CitizenReport d = report(21, 2, QStringLiteral("Matelas sur le trottoir"), 0, t);
    d.serviceCode = QStringLiteral("illegal-dumping");
    d.matchedAssetId.clear();
    d.matchedDistanceM = std::numeric_limits<double>::quiet_NaN();
    reports->insert(21, d);
}

QString cellText(const QStandardItemModel *m, int row, int column, const QModelIndex &parent = {})
{
    return m->index(row, column, parent).data(Qt::DisplayRole).toString();
}

} // namespace

class TestReportsDock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsGroupsWithResidentsAssetAndDistance();
    void scopesFollowTheGroupState();
    void hostileTextStaysPlain();
    void interventionFromAGroupAnswersItsReports();
    void importsDansMaRueOnceWithAccents();
    void settingsChangeNamesFieldsNotKeys();

private:
    QHash<qint64, ReportGroup> m_groups;
    QHash<qint64, CitizenReport> m_reports;
};

void TestReportsDock::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    fill(&m_groups, &m_reports);
}

void TestReportsDock::showsGroupsWithResidentsAssetAndDistance()
{
    ReportsDock dock;
    dock.setContext(catalog(), directory(), QStringLiteral("en"));
    dock.setReports(m_groups, m_reports);
    QStandardItemModel *m = dock.model();
    QCOMPARE(m->rowCount(), 2);
    // The busiest problem first.
    QCOMPARE(cellText(m, 0, ReportsDock::Problem), QStringLiteral("Street light out"));
    QCOMPARE(cellText(m, 0, ReportsDock::Residents), QStringLiteral("3"));
    QCOMPARE(cellText(m, 0, ReportsDock::Asset), QStringLiteral("100 – Lanterne LED"));
    QCOMPARE(cellText(m, 0, ReportsDock::Distance), QStringLiteral("5–20 m"));
    QCOMPARE(cellText(m, 0, ReportsDock::State), QStringLiteral("New"));
    QCOMPARE(cellText(m, 0, ReportsDock::Place), QStringLiteral("12 rue de la Loge"));
    const QModelIndex first = m->index(0, 0);
    QCOMPARE(m->rowCount(first), 3);
    QCOMPARE(cellText(m, 0, ReportsDock::Problem, first), QStringLiteral("#11 Le lampadaire ne s'allume plus"));
    QCOMPARE(cellText(m, 2, ReportsDock::Distance, first), QStringLiteral("20 m"));
    QCOMPARE(cellText(m, 1, ReportsDock::Problem), QStringLiteral("Illegal dumping"));
    QCOMPARE(cellText(m, 1, ReportsDock::Residents), QStringLiteral("1"));
    QCOMPARE(cellText(m, 1, ReportsDock::Asset), QStringLiteral("none within reach"));

    // Selection: a group, then one of its reports; actions follow.
    dock.selectGroup(1);
    QCOMPARE(dock.selectedGroupId(), qint64(1));
    QCOMPARE(dock.selectedReportId(), qint64(0));
    QVERIFY(dock.confirmAction()->isEnabled());
    QVERIFY(dock.createAction()->isEnabled());
    QVERIFY(!dock.splitAction()->isEnabled()); // split takes a report
    QVERIFY(dock.detailText().contains(QStringLiteral("3 resident(s) reported it")));
    dock.view()->setCurrentIndex(m->index(1, 0, m->index(0, 0)));
    QCOMPARE(dock.selectedReportId(), qint64(12));
    QVERIFY(dock.splitAction()->isEnabled());
    QSignalSpy split(&dock, &ReportsDock::splitRequested);
    dock.splitAction()->trigger();
    QCOMPARE(split.size(), 1);
    QCOMPARE(split.at(0).at(0).toLongLong(), qint64(12));

    // An update keeps the selection.
    QHash<qint64, ReportGroup> groups = m_groups;
    groups[1].reportCount = 4;
    dock.setReports(groups, m_reports);
    QCOMPARE(dock.selectedReportId(), qint64(12));
    QCOMPARE(cellText(m, 0, ReportsDock::Residents), QStringLiteral("4"));
}

void TestReportsDock::scopesFollowTheGroupState()
{
    ReportsDock dock;
    dock.setContext(catalog(), directory(), QStringLiteral("en"));
    QHash<qint64, ReportGroup> groups = m_groups;
    groups[1].confirmed = true;
    groups[2].open = false;
    dock.setReports(groups, m_reports);
    QCOMPARE(dock.model()->rowCount(), 0); // the inbox holds new groups only
    dock.setScope(ReportsDock::Open);
    QCOMPARE(dock.model()->rowCount(), 1);
    QCOMPARE(cellText(dock.model(), 0, ReportsDock::State), QStringLiteral("Confirmed"));
    dock.setScope(ReportsDock::Closed);
    QCOMPARE(dock.model()->rowCount(), 1);
    QCOMPARE(cellText(dock.model(), 0, ReportsDock::State), QStringLiteral("Closed"));
    dock.setScope(ReportsDock::All);
    QCOMPARE(dock.model()->rowCount(), 2);
    // Linked: the state says to what.
    groups[1].interventionId = 7;
    dock.setInterventionText([](qint64 id) { return QStringLiteral("Intervention #%1 · On site").arg(id); });
    dock.setReports(groups, m_reports);
    dock.selectGroup(1);
    QCOMPARE(cellText(dock.model(), dock.view()->currentIndex().row(), ReportsDock::State),
             QStringLiteral("Confirmed · Intervention #7 · On site"));
    QVERIFY(!dock.createAction()->isEnabled()); // one intervention per group
}

void TestReportsDock::hostileTextStaysPlain()
{
    ReportsDock dock;
    dock.setContext(catalog(), directory(), QStringLiteral("en"));
    dock.setReports(m_groups, m_reports);
    dock.resize(900, 400);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QStandardItemModel *m = dock.model();
    const QModelIndex hostile = m->index(1, 0, m->index(0, 0));
    QCOMPARE(hostile.data(ReportsDock::ReportIdRole).toLongLong(), qint64(12));
    // The cell holds the words as written, on one line, and no tooltip (tooltips guess markup).
    QVERIFY(hostile.data(Qt::DisplayRole).toString().contains(QStringLiteral("<b>Lampe</b>")));
    QVERIFY(!hostile.data(Qt::ToolTipRole).isValid());
    // The tree paints with the plain delegate: no rich-text delegate anywhere.
    QCOMPARE(QString::fromLatin1(dock.view()->itemDelegate()->metaObject()->className()), QStringLiteral("QStyledItemDelegate"));
    for (int c = 0; c < ReportsDock::ColumnCount; ++c)
        QVERIFY(!dock.view()->itemDelegateForColumn(c));
    // The detail pane shows the whole text literally.
    dock.view()->setCurrentIndex(hostile);
    auto *detail = dock.findChild<QLabel *>(QStringLiteral("reportDetail"));
    QVERIFY(detail);
    QCOMPARE(detail->textFormat(), Qt::PlainText);
    QVERIFY(!detail->openExternalLinks());
    QVERIFY(detail->text().contains(kHostile));
    QVERIFY(detail->text().contains(QStringLiteral("href=\"http://evil.example/\"")));
    // Every label of the dock is plain text (the banner too).
    dock.showBanner(kHostile);
    QCOMPARE(dock.bannerText(), kHostile);
    for (QLabel *label : dock.findChildren<QLabel *>())
        if (label->text().contains(QLatin1Char('<')))
            QCOMPARE(label->textFormat(), Qt::PlainText);
}

void TestReportsDock::interventionFromAGroupAnswersItsReports()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.sqlite"));
    QVERIFY(Store::open(path, Store::Mode::ReadWrite).ok());
    QMainWindow window;
    auto *canvas = new MapCanvas(&window);
    window.setCentralWidget(canvas);
    InterventionDesk interventions(canvas, nullptr, &window);
    ReportDesk reports(canvas, &interventions, nullptr, &window);
    interventions.controller()->setActor(QStringLiteral("alice"));
    QSignalSpy started(interventions.controller(), &InterventionController::changed);
    interventions.start(path, nullptr, nullptr);
    QVERIFY(started.wait(5000));

    // A city-less desk: the group's own position and the catalog from the test.
    LoadedCity city;
    city.directory = directory();
    reports.setCity(nullptr, QStringLiteral("en"));
    reports.groupsChanged(QVector<ReportGroup>(m_groups.cbegin(), m_groups.cend()), true);
    reports.reportsChanged(QVector<CitizenReport>(m_reports.cbegin(), m_reports.cend()), true);
    const Intervention proposal = reports.proposalFor(1);
    QCOMPARE(proposal.reportIds, (QVector<qint64>{11, 12, 13}));
    QVERIFY(proposal.hasLocation());
    QVERIFY(proposal.description.contains(QStringLiteral("3 resident(s)")));
    QVERIFY(proposal.description.contains(QStringLiteral("#11, #12, #13")));
    for (const CitizenReport &r : std::as_const(m_reports)) // the crew reads no resident's words
        QVERIFY(!proposal.description.contains(r.description.left(12)));
    // The layer shows the group with its badge.
    QCOMPARE(reports.layer()->pins().size(), 0); // coalesced: not yet
    QTRY_COMPARE(reports.layer()->pins().size(), 2);
    const auto pin = std::find_if(reports.layer()->pins().cbegin(), reports.layer()->pins().cend(), [](const ReportPin &p) { return p.id == 1; });
    QCOMPARE(pin->residents, 3);
    QCOMPARE(pin->stage, ReportPinStage::New);

    // Create: the dialog opens prefilled; accepting it stores the intervention with the reports.
    bool dialogSeen = false;
    QTimer::singleShot(200, this, [&] {
        auto *dialog = qobject_cast<InterventionDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogSeen = true;
        auto *reportsLabel = dialog->findChild<QLabel *>(QStringLiteral("reports"));
        QVERIFY(reportsLabel && reportsLabel->text().startsWith(QStringLiteral("3 citizen report(s)")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QSignalSpy changed(interventions.controller(), &InterventionController::changed);
    reports.createIntervention(1);
    QVERIFY(dialogSeen);
    QTRY_VERIFY_WITH_TIMEOUT(!interventions.controller()->interventions().isEmpty(), 5000);
    const Intervention stored = *interventions.controller()->interventions().cbegin();
    QCOMPARE(stored.reportIds, (QVector<qint64>{11, 12, 13}));
    QCOMPARE(stored.kind, InterventionKind::Other); // no catalog here: the supervisor picks the service
    // Its priority counts the three residents.
    const auto reportsTerm = std::find_if(stored.breakdown.terms.cbegin(), stored.breakdown.terms.cend(),
                                          [](const PriorityTerm &t) { return t.key == QLatin1String("reports"); });
    QVERIFY(reportsTerm != stored.breakdown.terms.cend());
    QCOMPARE(reportsTerm->input, 3.0);
    interventions.stop();
}

void TestReportsDock::importsDansMaRueOnceWithAccents()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paris.sqlite"));
    QVERIFY(Store::open(path, Store::Mode::ReadWrite).ok());
    QMainWindow window;
    auto *canvas = new MapCanvas(&window);
    window.setCentralWidget(canvas);
    ReportDesk reports(canvas, nullptr, nullptr, &window);
    QVERIFY(!reports.importAction()->isEnabled()); // no service yet
    LoadedCity city; // Paris' services; no assets needed (graffiti and dumping are places)
    city.pack.directory = QStringLiteral(CITIES_DIR "/paris");
    city.directory = std::make_shared<AssetDirectory>(QVector<AssetRecord>{});
    reports.setCity(&city, QStringLiteral("fr"));
    QSignalSpy ready(&reports, &ReportDesk::ready);
    reports.start(path);
    QVERIFY(ready.wait(5000));
    QVERIFY(reports.importAction()->isEnabled());

    // The real sample of ../shared/data/paris (a copy in tests/data/reports).
    const QString sample = QStringLiteral(TEST_DATA_DIR "/reports/dansmarue_sample_2017-10.csv");
    QSignalSpy imported(&reports, &ReportDesk::dansMaRueImported);
    reports.importDansMaRue(sample);
    QVERIFY(imported.wait(10000));
    auto outcome = imported.last().at(1).value<ReportBatchOutcome>();
    QCOMPARE(outcome.stored, 9);
    QCOMPARE(outcome.duplicates, 0);
    QVERIFY(outcome.rejected.isEmpty());
    QVERIFY2(imported.last().at(2).toString().startsWith(QStringLiteral("9 report(s) imported from dansmarue_sample_2017-10.csv.")),
             qPrintable(imported.last().at(2).toString()));
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("dansMaRueSummary"));
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->textFormat(), Qt::PlainText);
    box->close();
    QTRY_COMPARE_WITH_TIMEOUT(reports.reports().size(), 9, 5000);
    QStringList addresses;
    for (const CitizenReport &r : reports.reports())
        addresses << r.addressString;
    QVERIFY2(addresses.contains(QStringLiteral("2 rue aimé lavy, 75018 PARIS")), qPrintable(addresses.join(QLatin1Char('|'))));
    QVERIFY(addresses.contains(QStringLiteral("18 place des cinq martyrs du lycée buffon, 75014 PARIS")));
    QTRY_COMPARE_WITH_TIMEOUT(reports.layer()->pins().size(), reports.groups().size(), 2000);

    // The same file again: nothing twice.
    reports.importDansMaRue(sample);
    QVERIFY(imported.wait(10000));
    outcome = imported.last().at(1).value<ReportBatchOutcome>();
    QCOMPARE(outcome.stored, 0);
    QCOMPARE(outcome.duplicates, 9);

    // A file with a row placed nowhere and one of a type Paris does not handle: each is
    // refused with its reason, the others are taken, one of them next to an earlier report.
    QFile in(sample);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll() + '\n'; // the export ends without one
    text += "Objets abandonnés;Autres objets encombrants abandonnés;3 rue basfroi, 75011 PARIS;75011;Paris 11;11;2017-10-31;2017;10;20001.0;S;x;BASTILLE;1;;\n";
    text += "Fontaines;Fuite;4 rue basfroi, 75011 PARIS;75011;Paris 11;11;2017-10-31;2017;10;20002.0;S;x;BASTILLE;2;;48.8539,2.3802\n";
    text += "Graffitis, tags, affiches et autocollants;Graffitis sur mur, façade sur rue, pont;8 rue basfroi, 75011 PARIS;75011;Paris 11;11;2017-10-31;2017;10;20003.0;S;x;BASTILLE;3;;48.85393,2.38021\n";
    QFile out(dir.filePath(QStringLiteral("later.csv")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    reports.importDansMaRue(out.fileName());
    QVERIFY(imported.wait(10000));
    outcome = imported.last().at(1).value<ReportBatchOutcome>();
    QCOMPARE(outcome.stored, 1);
    QCOMPARE(outcome.grouped, 1);
    QCOMPARE(outcome.duplicates, 9);
    QCOMPARE(outcome.rejected.size(), 1);
    QCOMPARE(outcome.rejected.first().first, QStringLiteral("S20002"));
    QCOMPARE(outcome.rejected.first().second.code, QStringLiteral("unknownService"));
    const QString summary = imported.last().at(2).toString();
    QVERIFY2(summary.contains(QStringLiteral("2 row(s) refused:")) && summary.contains(QStringLiteral("line 11: "))
                 && summary.contains(QStringLiteral("S20002: ")),
             qPrintable(summary));
    reports.stop();
    QVERIFY(!reports.importAction()->isEnabled());
}

QTEST_MAIN(TestReportsDock)
void TestReportsDock::settingsChangeNamesFieldsNotKeys()
{
    const ReportDeskSettings before;
    QVERIFY(reportSettingsChange(before, before, 0, 0).isEmpty());
    ReportDeskSettings after = before;
    after.core.matchRadiusM = 45;
    after.open311Enabled = true;
    after.templates.setText(ReportState::Resolved, QStringLiteral("fr"), QStringLiteral("Réparé, merci !"));
    const QJsonObject change = reportSettingsChange(before, after, 2, 1);
    QCOMPARE(change.keys(), (QStringList{QStringLiteral("apiKeysAdded"), QStringLiteral("apiKeysRevoked"), QStringLiteral("core.matchRadiusM"),
                                         QStringLiteral("open311Enabled"), QStringLiteral("templates.fr.resolved")}));
    QCOMPARE(change.value(QStringLiteral("apiKeysAdded")).toInt(), 2);
    QCOMPARE(change.value(QStringLiteral("templates.fr.resolved")).toObject().value(QStringLiteral("to")).toString(),
             QStringLiteral("Réparé, merci !"));
}

#include "tst_reportsdock.moc"
