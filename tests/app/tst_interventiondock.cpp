// The interventions dock and controller against a real InterventionService on a real SQLite
// file: rows follow the service, the due column turns amber then red, the status menu follows
// the workflow, undo and redo store snapshots as new versions and stop at dispatch, a
// conflict with another Vigie on the same database shows in the banner, and the work-order
// PDF has one page per intervention (plus a cover for a crew's day).
#include "interventioncontroller.h"
#include "interventiondock.h"
#include "interventionmodel.h"
#include "interventions/interventionservice.h"
#include "storage/sqlite.h"
#include "storage/store.h"
#include "workordersheet.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

Intervention lampJob(const QString &description)
{
    Intervention i;
    i.kind = InterventionKind::Lighting;
    i.priority = AlarmPriority::High;
    i.lon = 3.8767;
    i.lat = 43.6108;
    i.location = QStringLiteral("Rue de la Loge");
    i.description = description;
    i.assetIds = {QStringLiteral("urn:ngsi-ld:Streetlight:montpellier:1")};
    return i;
}

int pdfPages(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    // Page objects, not the page tree ("/Type /Pages").
    return int(QString::fromLatin1(f.readAll()).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))));
}

} // namespace

class TestInterventionDock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsFollowTheServiceAndTheDueTimeColours();
    void statusMenuFollowsTheWorkflow();
    void undoAndRedoStoreSnapshots();
    void undoStopsAtDispatch();
    void conflictWithAnotherInstanceShowsInTheBanner();
    void workOrderPdfHasOnePagePerIntervention();

private:
    /// Creates an intervention through the controller and waits until it is in the model.
    Intervention create(const Intervention &fields);
    Intervention waitForVersion(qint64 id, int version);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<InterventionService> m_service;
    std::unique_ptr<InterventionController> m_controller;
    std::unique_ptr<InterventionDock> m_dock;
};

void TestInterventionDock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("city.sqlite"));
    {
        auto store = Store::open(m_path, Store::Mode::ReadWrite);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().message));
        QVERIFY(store->connection().exec("INSERT INTO crew(id, name, skills) VALUES ('eclairage-nord', 'Éclairage Nord', 'lighting')").ok());
    }
    m_service = std::make_unique<InterventionService>(m_path);
    m_service->setPollInterval(100);
    m_controller = std::make_unique<InterventionController>();
    m_controller->setActor(QStringLiteral("alice"));
    m_controller->setService(m_service.get());
    m_dock = std::make_unique<InterventionDock>(m_controller.get());
    m_dock->show();
    QSignalSpy ready(m_controller.get(), &InterventionController::changed);
    m_service->start(nullptr, SlaPolicy{});
    QVERIFY(ready.wait(5000));
}

void TestInterventionDock::cleanup()
{
    m_dock.reset();
    m_controller.reset();
    m_service.reset();
    m_dir.reset();
}

Intervention TestInterventionDock::create(const Intervention &fields)
{
    QSignalSpy applied(m_controller.get(), &InterventionController::applied);
    const qint64 request = m_controller->create(fields);
    if (!applied.wait(5000))
        return {};
    const Intervention after = applied.at(0).at(1).value<Intervention>();
    if (applied.at(0).at(0).toLongLong() != request)
        return {};
    return after;
}

Intervention TestInterventionDock::waitForVersion(qint64 id, int version)
{
    for (int tries = 0; tries < 250 && m_controller->intervention(id).version < version; ++tries)
        QTest::qWait(20);
    return m_controller->intervention(id);
}

void TestInterventionDock::rowsFollowTheServiceAndTheDueTimeColours()
{
    const Intervention a = create(lampJob(QStringLiteral("Lampe éteinte")));
    QVERIFY(a.id > 0);
    QCOMPARE(a.version, 1);
    QCOMPARE(a.status, InterventionStatus::New);
    QCOMPARE(a.createdBy, QStringLiteral("alice"));
    QVERIFY(a.dueAtMs > a.createdAtMs); // from the SLA of its priority
    QTRY_COMPARE(m_dock->model()->rowCount(), 1);

    InterventionModel *model = m_dock->model();
    const QModelIndex due = model->indexOf(a.id, InterventionModel::Due);
    const qint64 span = a.dueAtMs - a.createdAtMs;
    model->setClock([&] { return a.createdAtMs + span / 2; });
    QCOMPARE(SlaState(due.data(InterventionModel::SlaRole).toInt()), SlaState::Ok);
    QVERIFY(!due.data(Qt::BackgroundRole).isValid());
    model->setClock([&] { return a.dueAtMs - span / 10; });
    QCOMPARE(SlaState(due.data(InterventionModel::SlaRole).toInt()), SlaState::Amber);
    QVERIFY(due.data(Qt::BackgroundRole).isValid());
    model->setClock([&] { return a.dueAtMs + 12 * 60'000; });
    QCOMPARE(SlaState(due.data(InterventionModel::SlaRole).toInt()), SlaState::Red);
    QVERIFY(due.data().toString().contains(QStringLiteral("12")));
}

void TestInterventionDock::statusMenuFollowsTheWorkflow()
{
    const Intervention a = create(lampJob(QStringLiteral("Lampe éteinte")));
    QTRY_COMPARE(m_dock->model()->rowCount(), 1);
    m_dock->selectIntervention(a.id);
    QCOMPARE(m_dock->selectedIds(), QVector<qint64>{a.id});
    auto action = [&](const char *key) { return m_dock->statusMenu()->findChild<QAction *>(QStringLiteral("status_") + QLatin1String(key)); };
    QVERIFY(action("onSite"));
    QVERIFY(!action("onSite")->isEnabled()); // new → on site is not a legal move
    QVERIFY(!action("done")->isEnabled());
    QVERIFY(action("cancelled")->isEnabled());
    QVERIFY(!m_dock->dispatchAction()->isEnabled()); // no crew yet

    m_controller->assign(a.id, QStringLiteral("eclairage-nord"));
    const Intervention assigned = waitForVersion(a.id, 2);
    QCOMPARE(assigned.status, InterventionStatus::Assigned);
    QTRY_VERIFY(action("accepted")->isEnabled());
    QVERIFY(m_dock->dispatchAction()->isEnabled());
}

void TestInterventionDock::undoAndRedoStoreSnapshots()
{
    const Intervention a = create(lampJob(QStringLiteral("avant")));
    Intervention edited = a;
    edited.description = QStringLiteral("après");
    m_controller->edit(edited);
    QCOMPARE(waitForVersion(a.id, 2).description, QStringLiteral("après"));
    QTRY_COMPARE(m_controller->undoStack()->count(), 2); // create, edit

    m_controller->undoStack()->undo();
    Intervention now = waitForVersion(a.id, 3);
    QCOMPARE(now.version, 3); // undoing stores the old snapshot as a new version
    QCOMPARE(now.description, QStringLiteral("avant"));
    m_controller->undoStack()->redo();
    now = waitForVersion(a.id, 4);
    QCOMPARE(now.description, QStringLiteral("après"));

    m_controller->undoStack()->undo(); // the edit
    waitForVersion(a.id, 5);
    m_controller->undoStack()->undo(); // the creation: cancelled
    now = waitForVersion(a.id, 6);
    QCOMPARE(now.status, InterventionStatus::Cancelled);
    m_controller->undoStack()->redo();
    now = waitForVersion(a.id, 7);
    QCOMPARE(now.status, InterventionStatus::New);
}

void TestInterventionDock::undoStopsAtDispatch()
{
    const Intervention a = create(lampJob(QStringLiteral("Lampe éteinte")));
    m_controller->assign(a.id, QStringLiteral("eclairage-nord"));
    waitForVersion(a.id, 2);
    m_controller->dispatch(a.id);
    QTRY_VERIFY(m_controller->intervention(a.id).isDispatched());
    const Intervention dispatched = m_controller->intervention(a.id);
    QSignalSpy notice(m_controller.get(), &InterventionController::notice);
    m_controller->undoStack()->undo(); // the assignment: the crew has it
    QCOMPARE(notice.size(), 1);
    QVERIFY(m_dock->bannerText().contains(QStringLiteral("#%1").arg(a.id)));
    QTest::qWait(300);
    const Intervention after = m_controller->intervention(a.id);
    QCOMPARE(after.version, dispatched.version);
    QCOMPARE(after.crewId, QStringLiteral("eclairage-nord"));
}

void TestInterventionDock::conflictWithAnotherInstanceShowsInTheBanner()
{
    const Intervention a = create(lampJob(QStringLiteral("version 1")));
    // Another Vigie on the same database (another supervisor).
    InterventionService other(m_path);
    QSignalSpy otherReady(&other, &InterventionService::interventionsChanged);
    other.start(nullptr, SlaPolicy{});
    QVERIFY(otherReady.wait(5000));
    QSignalSpy otherApplied(&other, &InterventionService::applied);
    InterventionChange theirs;
    theirs.requestId = 99;
    theirs.action = InterventionChange::Action::Edit;
    theirs.interventionId = a.id;
    theirs.expectedVersion = 1;
    theirs.actor = QStringLiteral("bob");
    theirs.fields = a;
    theirs.fields.description = QStringLiteral("par Bob");
    QMetaObject::invokeMethod(&other, "submit", Qt::QueuedConnection, Q_ARG(vigie::InterventionChange, theirs));
    QVERIFY(otherApplied.wait(5000));

    Intervention mine = a; // still version 1 here if polling has not caught up: force it
    mine.version = 1;
    mine.description = QStringLiteral("par Alice");
    QSignalSpy refused(m_controller.get(), &InterventionController::refused);
    m_controller->edit(mine);
    QVERIFY(refused.wait(5000));
    const QString text = m_dock->bannerText();
    QVERIFY2(text.contains(QStringLiteral("bob")), qPrintable(text));
    QCOMPARE(m_controller->intervention(a.id).description, QStringLiteral("par Bob"));
    other.stop();
}

void TestInterventionDock::workOrderPdfHasOnePagePerIntervention()
{
    std::vector<WorkOrderPage> pages;
    for (int k = 1; k <= 3; ++k) {
        Intervention i = lampJob(QStringLiteral("Tâche %1 <b>pas du HTML</b>").arg(k));
        i.id = k;
        pages.push_back(prepareWorkOrderPage(i, QStringLiteral("Éclairage Nord"), {QStringLiteral("1 – Lanterne – Rue de la Loge")}, {},
                                             QPointF(431'500, 5'406'000)));
    }
    const QString one = m_dir->filePath(QStringLiteral("one.pdf"));
    auto written = writeWorkOrderSheets(one, {pages.front()});
    QVERIFY(written.ok());
    QCOMPARE(written.value(), 1);
    QCOMPARE(pdfPages(one), 1);
    const QString day = m_dir->filePath(QStringLiteral("day.pdf"));
    written = writeWorkOrderSheets(day, pages, QStringLiteral("Journée — Éclairage Nord"));
    QVERIFY(written.ok());
    QCOMPARE(written.value(), 4); // a cover, then one page each
    QCOMPARE(pdfPages(day), 4);
    QVERIFY(!writeWorkOrderSheets(m_dir->filePath(QStringLiteral("no/such/dir/x.pdf")), pages).ok());
}

QTEST_MAIN(TestInterventionDock)
#include "tst_interventiondock.moc"
