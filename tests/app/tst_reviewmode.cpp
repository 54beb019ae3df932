// Review mode offscreen, on a small session recorded for the Montpellier pack: the session
// opens its city into a scratch store, without broker, dispatcher or recorder; editing
// commands are disabled and cannot reach the services; the banner and the timeline show
// the file, its markers and the playhead; a bad file is refused with a reason.
#include "alarmdock.h"
#include "alarmlistmodel.h"
#include "alarms/alarmservice.h"
#include "domain/quantity.h"
#include "ingest/ingestservice.h"
#include "ingest/ingestsource.h"
#include "ingest/mqttsource.h"
#include "interventioncontroller.h"
#include "interventiondesk.h"
#include "interventiondock.h"
#include "interventionmodel.h"
#include "mainwindow.h"
#include "map/citymap.h"
#include "io/cityloader.h"
#include "recording/sessionfilewriter.h"
#include "recording/sessionkeyframe.h"
#include "recording/sessionplayer.h"
#include "reviewbanner.h"
#include "reviewcontroller.h"
#include "recording/sessionreader.h"
#include "reportdesk.h"
#include "reportsdock.h"
#include "sessionexportdialog.h"
#include "storage/sqlite.h"
#include "storage/store.h"
#include "timelinebar.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace vigie;

namespace {

constexpr qint64 kStart = 1'795'000'000'000; // 2026-11-18, UTC ms

SessionRecord raw(qint64 at, const QByteArray &payload)
{
    RawMessage m;
    m.topic = "vigie/montpellier/ngsi-ld";
    m.payload = payload;
    m.qos = 1;
    m.receivedAtMs = at;
    return SessionRecord{SessionRecordType::RawMessage, at, m};
}

/// Stands for the replay source in tests that only need a few messages.
class ScriptedSource final : public IngestSource
{
public:
    QString description() const override { return QStringLiteral("scripted"); }
    void open() override { publishState(SourceState::Connected); }
    void close() override { publishState(SourceState::Idle); }
    void send(const QByteArray &payload)
    {
        RawMessage m = *raw(QDateTime::currentMSecsSinceEpoch(), payload).as<RawMessage>();
        deliver(std::move(m));
    }
};

} // namespace

class TestReviewMode : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensTheSessionReadOnly();
    void editingCannotReachTheServices();
    void interventionsFollowTheReplay();
    void seekShowsTheStateAtThePlayhead();
    void recordedReportsAreNotTaken();
    void refusesABadFile();
    void refusesTheWrongCity();

private:
    AppOptions options() const;
    bool openReview(MainWindow &window, const QString &path);
    QTemporaryDir m_dir;
    QString m_session;
};

AppOptions TestReviewMode::options() const
{
    AppOptions o;
    o.language = QStringLiteral("en");
    o.resetLayout = true;
    o.offline = true;
    return o;
}

bool TestReviewMode::openReview(MainWindow &window, const QString &path)
{
    QSignalSpy ready(&window, &MainWindow::cityReady);
    window.show();
    window.openSession(path);
    return ready.wait(60000) && window.cityMap();
}

void TestReviewMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_session = m_dir.filePath(QStringLiteral("montpellier-20261118-0000.vigiesession"));
    SessionHeader header;
    header.createdAtMs = kStart;
    header.cityId = QStringLiteral("montpellier");
    header.metadata.insert(QStringLiteral("operator"), QStringLiteral("Camille"));
    SessionFileWriter writer;
    QVERIFY(writer.create(m_session, header).ok());
    const QString bin = assetUrn(AssetKind::WasteContainer, QStringLiteral("montpellier"), QStringLiteral("1165308454"));
    QVERIFY(writer.write(raw(kStart, QStringLiteral(R"({"id": "%1", "type": "WasteContainer", "fillingLevel": 0.3})").arg(bin).toUtf8())).ok());
    AlarmTransition t;
    t.alarmId = 1;
    t.from = AlarmState::Normal;
    t.to = AlarmState::Unacknowledged;
    t.atMs = kStart + 60'000;
    t.actor = QStringLiteral("system");
    t.action = QStringLiteral("activate");
    t.text = QStringLiteral("Container full");
    QVERIFY(writer.write(SessionRecord{SessionRecordType::AlarmTransition, t.atMs, t}).ok());
    OperatorAction a;
    a.atMs = kStart + 120'000;
    a.actor = QStringLiteral("Camille");
    a.action = QStringLiteral("acknowledge");
    a.targetKind = QStringLiteral("alarm");
    a.targetId = QStringLiteral("1");
    QVERIFY(writer.write(SessionRecord{SessionRecordType::OperatorAction, a.atMs, a}).ok());
    // A resident's report that came over MQTT during the session.
    QVERIFY(writer.write(raw(kStart + 300'000, R"({"id": "sr-review-1", "type": "ServiceRequest", "service_code": "streetlight-out",
        "description": "Lampe éteinte", "location": {"type": "Point", "coordinates": [3.848513, 43.595305]}})")).ok());
    QVERIFY(writer.write(raw(kStart + 600'000, QStringLiteral(R"({"id": "%1", "type": "WasteContainer", "fillingLevel": 0.95})").arg(bin).toUtf8())).ok());
    QVERIFY(writer.close().ok());
}

void TestReviewMode::opensTheSessionReadOnly()
{
    MainWindow window(options());
    QVERIFY(openReview(window, m_session));
    ReviewController *review = window.review();
    QVERIFY(review);

    // The city of the session, in a scratch store: never the user's.
    QCOMPARE(window.cityMap()->directory().size() > 0, true);
    QVERIFY(review->storePath().startsWith(QDir::tempPath()));
    QVERIFY(QFile::exists(review->storePath()));
    QVERIFY(review->storePath() != Store::defaultPath(QStringLiteral("montpellier")));

    // No broker: no MQTT source, no dispatcher, no recorder; the broker commands are disabled.
    QVERIFY(window.ingest());
    QVERIFY(!window.isRecording());
    QVERIFY(!qobject_cast<MqttSource *>(window.ingest()->source()));
    QVERIFY(!window.interventionDesk()->isDispatching());
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("&Receive live data") || a->text() == QStringLiteral("&Settings…")) {
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
            QVERIFY(a->toolTip().contains(QStringLiteral("read-only")));
            a->trigger();
        }
    }
    QTest::qWait(200);
    QVERIFY(!qobject_cast<MqttSource *>(window.ingest()->source()));
    QVERIFY(!window.interventionDesk()->isDispatching());
    bool replayShown = false;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        replayShown |= label->text().contains(QStringLiteral("Session replay — no broker"));
    QVERIFY(replayShown);

    // Banner, title, timeline at the bottom with the session's range and markers.
    auto *banner = window.findChild<ReviewBanner *>();
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Session review — read only")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("montpellier-20261118-0000.vigiesession")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("review")));
    auto *bar = window.findChild<TimelineBar *>();
    QVERIFY(bar && bar->isVisible());
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("reviewToolBar"));
    QVERIFY(toolBar);
    QCOMPARE(window.toolBarArea(toolBar), Qt::BottomToolBarArea);
    QCOMPARE(bar->startMs(), kStart);
    QCOMPARE(bar->endMs(), kStart + 600'000);
    QCOMPARE(bar->markers().size(), 2);
    QCOMPARE(bar->timeZone().id(), QByteArrayLiteral("Europe/Paris"));

    // The playhead's time is on the banner, in the city's local time.
    emit bar->seekRequested(kStart + 120'000);
    QTRY_COMPARE_WITH_TIMEOUT(review->position(), kStart + 120'000, 10000); // once the player has sought
    QTRY_VERIFY(banner->text().contains(QStringLiteral("18/11/2026")));
}

void TestReviewMode::editingCannotReachTheServices()
{
    MainWindow window(options());
    QVERIFY(openReview(window, m_session));
    window.findChild<QAction *>(QStringLiteral("alarmSound"))->setChecked(false); // no sound device here
    AlarmDock *dock = window.alarmDock();
    const QList<QAction *> alarmCommands{dock->acknowledgeAction(), dock->acknowledgePageAction(), dock->shelveAction(),
                                         dock->unshelveAction(), dock->commentAction(), dock->removeFromServiceAction(),
                                         dock->returnToServiceAction()};
    InterventionDock *interventions = window.interventionDesk()->dock();
    const QList<QAction *> interventionCommands{interventions->newAction(), interventions->editAction(),
                                                interventions->dispatchAction(), interventions->noteAction(),
                                                interventions->undoAction(), interventions->redoAction()};
    for (QAction *a : alarmCommands + interventionCommands) {
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QVERIFY2(a->toolTip().contains(QStringLiteral("read-only")), qPrintable(a->toolTip()));
        // Their owners enable them as the selection changes: they stay disabled.
        a->setEnabled(true);
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
    }
    QAction *rules = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == QStringLiteral("Alarm &rules…"))
            rules = a;
    QVERIFY(rules && !rules->isEnabled());

    // Intervention requests are refused before the service.
    InterventionController *controller = window.interventionDesk()->controller();
    QVERIFY(controller->isReadOnly());
    QSignalSpy notice(controller, &InterventionController::notice);
    Intervention fields;
    fields.description = QStringLiteral("Replace the lamp");
    QCOMPARE(controller->create(fields), 0);
    QCOMPARE(notice.count(), 1);
    QTest::qWait(300);
    QVERIFY(controller->interventions().isEmpty());
}

void TestReviewMode::interventionsFollowTheReplay()
{
    MainWindow window(options());
    QVERIFY(openReview(window, m_session));
    InterventionController *controller = window.interventionDesk()->controller();
    InterventionModel *model = window.interventionDesk()->dock()->model();
    // After the player's first seek (it resets the list to the session's start).
    QSignalSpy sought(window.review(), &ReviewController::seekFinished);
    emit window.review()->timeline()->seekRequested(kStart);
    QVERIFY(sought.wait(15000));
    Intervention a;
    a.id = 7;
    a.version = 3;
    a.status = InterventionStatus::EnRoute;
    a.description = QStringLiteral("Lamp out, rue de la Loge");
    Intervention b = a;
    b.id = 8;
    b.status = InterventionStatus::New;
    // A keyframe's interventions, then the events recorded after it.
    controller->replaySnapshot({a, b});
    QTRY_COMPARE(model->rowCount(), 2);
    InterventionEvent onSite{7, 4, kStart + 1000, QStringLiteral("crew:van-2"), QStringLiteral("crewStatus"),
                             InterventionStatus::EnRoute, InterventionStatus::OnSite, {}};
    controller->replayEvent(onSite);
    QCOMPARE(controller->intervention(7).status, InterventionStatus::OnSite);
    QCOMPARE(controller->intervention(7).version, 4);
    InterventionEvent created{9, 1, kStart + 2000, QStringLiteral("Camille"), QStringLiteral("create"),
                              InterventionStatus::New, InterventionStatus::New, QStringLiteral("Bin on fire")};
    controller->replayEvent(created);
    QCOMPARE(controller->intervention(9).createdBy, QStringLiteral("Camille"));
    QTRY_COMPARE(model->rowCount(), 3);
    // Recent sessions: the event carries the whole intervention as the change left it.
    Intervention whole;
    whole.id = 10;
    whole.version = 1;
    whole.kind = InterventionKind::Waste;
    whole.assetIds = {QStringLiteral("urn:ngsi-ld:WasteContainer:montpellier:1165308454")};
    whole.description = QStringLiteral("Conteneur renversé");
    whole.priority = AlarmPriority::High;
    whole.createdBy = QStringLiteral("Camille");
    InterventionEvent createdWhole{10, 1, kStart + 3000, QStringLiteral("Camille"), QStringLiteral("create"),
                                   InterventionStatus::New, InterventionStatus::New, {}, whole};
    controller->replayEvent(createdWhole);
    QCOMPARE(controller->intervention(10).kind, InterventionKind::Waste);
    QCOMPARE(controller->intervention(10).assetIds, whole.assetIds);
    QCOMPARE(controller->intervention(10).priority, AlarmPriority::High);
    QTRY_COMPARE(model->rowCount(), 4);
    // The scratch store's service (empty) never replaces the replayed list.
    QTest::qWait(1000);
    QCOMPARE(controller->interventions().size(), 4);
    QVERIFY(!window.interventionDesk()->isDispatching());
}

void TestReviewMode::seekShowsTheStateAtThePlayhead()
{
    // The city's directory, to build a keyframe parallel to it.
    auto pack = CityPack::load(QStringLiteral(CITIES_DIR "/montpellier"));
    QVERIFY(pack.ok());
    auto city = loadCity(pack.value(), m_dir.filePath(QStringLiteral("directory.sqlite")));
    QVERIFY(city.ok());
    const AssetDirectory &directory = *city->directory;
    const QString bin = assetUrn(AssetKind::WasteContainer, QStringLiteral("montpellier"), QStringLiteral("1165308454"));
    const int binIndex = directory.indexOf(bin);
    int lampIndex = -1;
    for (int i = 0; i < directory.size() && lampIndex < 0; ++i)
        if (directory.at(i).kind == AssetKind::Streetlight)
            lampIndex = i;
    QVERIFY(binIndex >= 0 && lampIndex >= 0);
    const QString lamp = directory.at(lampIndex).id;

    // At the start: the bin 30 % full, an unacknowledged lamp alarm, a crew on site.
    SessionKeyframe keyframe;
    keyframe.atMs = kStart;
    keyframe.cityId = QStringLiteral("montpellier");
    keyframe.assetCount = qint32(directory.size());
    keyframe.states.resize(directory.size());
    AssetState &binState = keyframe.states[binIndex];
    binState.fillingLevel = 0.3;
    binState.fillingLevelAtMs = binState.lastSeenMs = binState.lastObservedMs = kStart - 1000;
    Alarm alarm;
    alarm.id = 41;
    alarm.assetIndex = lampIndex;
    alarm.assetId = lamp;
    alarm.ruleId = 1;
    alarm.kind = AlarmRuleKind::StateCode;
    alarm.priority = AlarmPriority::High;
    alarm.state = AlarmState::Unacknowledged;
    alarm.conditionActive = true;
    alarm.firstActiveMs = alarm.lastActiveMs = alarm.lastChangeMs = kStart - 60'000;
    alarm.count = 1;
    alarm.detail = QStringLiteral("Lamp failure");
    keyframe.alarms.alarms << alarm;
    keyframe.alarms.maxAlarmId = 41;
    Intervention job;
    job.id = 5;
    job.version = 2;
    job.status = InterventionStatus::OnSite;
    job.location = QStringLiteral("Rue de la Loge"); // not on the lamp: its alarm is not suppressed by design
    job.description = QStringLiteral("Replace the lamp");
    keyframe.interventions << job;

    const QString path = m_dir.filePath(QStringLiteral("montpellier-keyframes.vigiesession"));
    SessionHeader header;
    header.createdAtMs = kStart;
    header.cityId = QStringLiteral("montpellier");
    SessionFileWriter writer;
    QVERIFY(writer.create(path, header).ok());
    QVERIFY(writer.write(SessionRecord{SessionRecordType::Keyframe, kStart, SessionKeyframeRecord{kStart, keyframe.encode()}}).ok());
    // +5 min: Camille acknowledges; +6:40 the intervention is done; +10 min the bin is full.
    OperatorAction ack;
    ack.atMs = kStart + 300'000;
    ack.actor = QStringLiteral("Camille");
    ack.action = QStringLiteral("acknowledge");
    ack.targetKind = QStringLiteral("alarm");
    ack.targetId = QStringLiteral("41");
    QVERIFY(writer.write(SessionRecord{SessionRecordType::OperatorAction, ack.atMs, ack}).ok());
    const InterventionEvent done{5, 3, kStart + 400'000, QStringLiteral("crew:van-2"), QStringLiteral("crewStatus"),
                                 InterventionStatus::OnSite, InterventionStatus::Done, {}};
    QVERIFY(writer.write(SessionRecord{SessionRecordType::InterventionEvent, done.atMs, done}).ok());
    QVERIFY(writer.write(raw(kStart + 600'000, QStringLiteral(R"({"id": "%1", "type": "WasteContainer", "fillingLevel": 0.95})").arg(bin).toUtf8())).ok());
    QVERIFY(writer.close().ok());

    MainWindow window(options());
    window.findChild<QAction *>(QStringLiteral("alarmSound"))->setChecked(false);
    QVERIFY(openReview(window, path));
    ReviewController *review = window.review();
    QSignalSpy finished(review, &ReviewController::seekFinished);
    CityMap *map = window.cityMap();
    AlarmDock *dock = window.alarmDock();
    InterventionController *interventions = window.interventionDesk()->controller();
    const auto seekTo = [&](qint64 atMs) {
        finished.clear();
        emit review->timeline()->seekRequested(atMs);
        return finished.wait(15000) || !finished.isEmpty();
    };

    // The state at the start (the first seek is made on opening).
    QTRY_VERIFY_WITH_TIMEOUT(dock->model()->alarm(41), 15000);
    QCOMPARE(dock->model()->alarm(41)->state, AlarmState::Unacknowledged);
    // A request from the list does not reach the alarm service.
    emit dock->acknowledgeRequested({41});
    QTest::qWait(500);
    QCOMPARE(dock->model()->alarm(41)->state, AlarmState::Unacknowledged);
    QTRY_COMPARE_WITH_TIMEOUT(map->live().state(binIndex).fillingLevel, 0.3, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(interventions->intervention(5).status, InterventionStatus::OnSite, 5000);

    // After the acknowledgement and the end of the job, before the bin filled up.
    QVERIFY(seekTo(kStart + 450'000));
    QTRY_COMPARE_WITH_TIMEOUT(dock->model()->alarm(41)->state, AlarmState::Acknowledged, 5000);
    QCOMPARE(interventions->intervention(5).status, InterventionStatus::Done);
    QCOMPARE(map->live().state(binIndex).fillingLevel, 0.3);
    // Silence is judged at the playhead, not at today's date (days after the session).
    QCOMPARE(map->live().condition(binIndex), AssetCondition::Normal);
    QVERIFY(window.findChild<ReviewBanner *>()->text().contains(QStringLiteral("18/11/2026")));

    // At the end: the bin is full.
    QVERIFY(seekTo(kStart + 600'000));
    QTRY_COMPARE_WITH_TIMEOUT(map->live().state(binIndex).fillingLevel, 0.95, 5000);

    // Back before the acknowledgement: everything as it was then.
    QVERIFY(seekTo(kStart + 100'000));
    QTRY_COMPARE_WITH_TIMEOUT(map->live().state(binIndex).fillingLevel, 0.3, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(dock->model()->alarm(41)->state, AlarmState::Unacknowledged, 5000);
    QCOMPARE(interventions->intervention(5).status, InterventionStatus::OnSite);
    QCOMPARE(review->position(), kStart + 100'000);
    QVERIFY(!window.interventionDesk()->isDispatching());

    // Session ▸ Export: the dialog's window ends at the playhead, an hour long at most.
    QVERIFY(window.findChild<QAction *>(QStringLiteral("exportSessionWindow"))->isEnabled());
    QVERIFY(window.findChild<QAction *>(QStringLiteral("exportShiftReport"))->isEnabled());
    const QTimeZone paris("Europe/Paris");
    SessionExportDialog dialog(SessionExportKind::Session, kStart, kStart + 600'000, kStart + 450'000, paris);
    QCOMPARE(dialog.fromMs(), kStart);
    QCOMPARE(dialog.toMs(), kStart + 450'000);
    // The window as a smaller session: it replays the same acknowledgement.
    const QString part = m_dir.filePath(QStringLiteral("part.vigiesession"));
    QVERIFY(exportSession(SessionExportKind::Session, path, kStart + 250'000, kStart + 450'000, part, paris).result().ok());
    SessionReader exported;
    QVERIFY(exported.open(part, SessionReader::Mode::ReadOnly).ok());
    auto markers = exported.markers(exported.startMs(), exported.endMs());
    QVERIFY(markers.ok());
    QVERIFY(std::any_of(markers->cbegin(), markers->cend(), [](const SessionMarker &m) {
        return m.type == SessionRecordType::OperatorAction && m.action == QLatin1String("acknowledge");
    }));
    QVERIFY(exported.keyframeBefore(kStart + 250'000).isValid());
    // The shift report: one line per operator action, in Paris time.
    const QString csv = m_dir.filePath(QStringLiteral("actions.csv"));
    QVERIFY(exportSession(SessionExportKind::ShiftReport, path, kStart, kStart + 600'000, csv, paris).result().ok());
    QFile report(csv);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(report.readAll());
    QVERIFY2(text.contains(QStringLiteral("acknowledge")) && text.contains(QStringLiteral("+01:00")), qPrintable(text));
    // A window that ends before it starts is refused, and nothing is written.
    const QString none = m_dir.filePath(QStringLiteral("none.csv"));
    QVERIFY(!exportSession(SessionExportKind::ShiftReport, path, kStart + 500'000, kStart, none, paris).result().ok());
    QVERIFY(!QFile::exists(none));
}

void TestReviewMode::recordedReportsAreNotTaken()
{
    MainWindow window(options());
    window.findChild<QAction *>(QStringLiteral("alarmSound"))->setChecked(false);
    QVERIFY(openReview(window, m_session));
    ReviewController *review = window.review();
    QSignalSpy stats(window.ingest(), &IngestService::statsChanged);
    QSignalSpy finished(review, &ReviewController::seekFinished);
    emit review->timeline()->seekRequested(kStart + 600'000);
    QVERIFY(finished.wait(15000) || !finished.isEmpty());
    window.ingest()->publishNow();
    // Replayed as live read it: a report entity, not a sensor's message, and not quarantined…
    QTRY_VERIFY_WITH_TIMEOUT(!stats.isEmpty() && stats.last().at(0).value<IngestStats>().citizenReports >= 1, 5000);
    QCOMPARE(stats.last().at(0).value<IngestStats>().quarantined, qint64(0));
    // …but a review takes no report: no service, nothing stored, no import either.
    QVERIFY(!window.reportDesk()->isRunning());
    QVERIFY(window.reportDesk()->reports().isEmpty());
    QVERIFY(!window.reportDesk()->importAction()->isEnabled());
    auto db = SqliteConnection::open(review->storePath(), SqliteConnection::Mode::ReadOnly);
    QVERIFY(db);
    auto count = db->prepare("SELECT COUNT(*) FROM report");
    QVERIFY(count && count->step().value());
    QCOMPARE(count->int64(0), qint64(0));
}

void TestReviewMode::refusesABadFile()
{
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.vigiesession"));
    QFile f(garbage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    AppOptions o = options();
    o.screenshot = m_dir.filePath(QStringLiteral("unused.png")); // no message box in a test
    MainWindow window(o);
    QSignalSpy failed(&window, &MainWindow::cityFailed);
    window.openSession(garbage);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("garbage.vigiesession")), qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(!window.review());
    QVERIFY(!window.ingest());
}

void TestReviewMode::refusesTheWrongCity()
{
    AppOptions o = options();
    o.screenshot = m_dir.filePath(QStringLiteral("unused.png"));
    o.city = QStringLiteral("paris");
    MainWindow window(o);
    QSignalSpy failed(&window, &MainWindow::cityFailed);
    window.openSession(m_session);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("montpellier")), qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(!window.ingest());
}

QTEST_MAIN(TestReviewMode)
#include "tst_reviewmode.moc"
