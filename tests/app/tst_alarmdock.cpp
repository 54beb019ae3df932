// The alarm dock from the keyboard, offscreen: F4 acknowledges the selected alarms (and the
// children of a selected group), Shift+F4 the page, Enter asks the map for the asset(s);
// the shelve dialog's validation (reason required, 24 h at most, end of shift) and F6 going
// through it; comments; the selection surviving a large delta; the flood banner showing
// and hiding with the delta's flag; the urgent-alarm cue switched off, persisted and
// rate-limited.
#include "alarmdock.h"
#include "alarmfilterproxy.h"
#include "alarmlistmodel.h"
#include "alarmsound.h"
#include "alarmtestdata.h"
#include "alarmtextdialog.h"
#include "floodbanner.h"
#include "shelvedialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace vigie;
using namespace vigie::test;

namespace {

constexpr qint64 kT0 = 1'750'000'000'000;

/// Runs `fill` on the next modal dialog of type D once it is shown.
template<typename D>
void whenDialogShows(std::function<void(D *)> fill)
{
    QTimer::singleShot(0, [fill] {
        for (int tries = 0; tries < 100; ++tries) {
            if (auto *d = qobject_cast<D *>(QApplication::activeModalWidget())) {
                fill(d);
                return;
            }
            QTest::qWait(20);
        }
        QFAIL("no dialog");
    });
}

} // namespace

class TestAlarmDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void f4AcknowledgesTheSelection();
    void shiftF4AcknowledgesThePage();
    void enterShowsTheAssetOnTheMap();
    void selectionSurvivesALargeDelta();
    void shelveDialogValidates();
    void f6ShelvesThroughTheDialog();
    void commentAndOutOfServiceNeedAText();
    void floodBannerFollowsTheFlag();
    void soundIsRateLimitedAndCanBeSwitchedOff();

private:
    void select(const QVector<qint64> &ids);

    AssetGroupTable m_groups;
    AssetDirectoryPtr m_city;
    QMainWindow *m_window = nullptr;
    AlarmDock *m_dock = nullptr;
};

void TestAlarmDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VigieTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_alarmdock"));
    m_city = alarmCity(500, &m_groups);
}

void TestAlarmDock::init()
{
    m_window = new QMainWindow;
    m_window->setCentralWidget(new QWidget);
    m_dock = new AlarmDock(m_window);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    new QAbstractItemModelTester(m_dock->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_dock);
    m_dock->setCity(m_city, m_groups);
    m_window->resize(1400, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
}

void TestAlarmDock::cleanup()
{
    delete m_window;
}

void TestAlarmDock::select(const QVector<qint64> &ids)
{
    // A closed dialog leaves no active window on the offscreen platform: shortcuts need one.
    QApplication::setActiveWindow(m_window);
    QTreeView *view = m_dock->view();
    view->setFocus();
    view->selectionModel()->clear();
    for (qint64 id : ids) {
        const QModelIndex i = m_dock->proxy()->mapFromSource(m_dock->model()->indexOf(id));
        QVERIFY(i.isValid());
        view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(i, QItemSelectionModel::NoUpdate);
    }
}

void TestAlarmDock::f4AcknowledgesTheSelection()
{
    m_dock->applyDelta(delta(QVector<Alarm>{alarm(1, 1, AlarmPriority::Urgent, AlarmState::Unacknowledged, kT0),
                                            alarm(2, 2, AlarmPriority::High, AlarmState::Acknowledged, kT0),
                                            alarm(3, 3, AlarmPriority::Low, AlarmState::ReturnedUnacknowledged, kT0)}
                             + group(100, QStringLiteral("street:Rue de la Loge"), {20, 22},
                                     {AlarmState::Unacknowledged, AlarmState::Acknowledged}, kT0)));
    QSignalSpy ack(m_dock, &AlarmDock::acknowledgeRequested);

    select({1, 2, 3});
    QVERIFY(m_dock->acknowledgeAction()->isEnabled());
    QTest::keyClick(m_dock->view(), Qt::Key_F4);
    QCOMPARE(ack.size(), 1);
    // Only what needs acknowledging, in list order (priority first).
    QCOMPARE(ack.at(0).at(0).value<QVector<qint64>>(), (QVector<qint64>{1, 3}));

    // A group parent brings its unacknowledged children.
    select({100});
    QTest::keyClick(m_dock->view(), Qt::Key_F4);
    QCOMPARE(ack.size(), 2);
    QCOMPARE(ack.at(1).at(0).value<QVector<qint64>>(), (QVector<qint64>{100, 101}));

    // Nothing to acknowledge: the action is disabled and F4 sends nothing.
    select({2});
    QVERIFY(!m_dock->acknowledgeAction()->isEnabled());
    QTest::keyClick(m_dock->view(), Qt::Key_F4);
    QCOMPARE(ack.size(), 2);

    // F4 works from elsewhere in the window too (the map has the focus in real use).
    select({3});
    m_window->centralWidget()->setFocus();
    QTest::keyClick(m_window->centralWidget(), Qt::Key_F4);
    QCOMPARE(ack.size(), 3);
    QCOMPARE(ack.at(2).at(0).value<QVector<qint64>>(), (QVector<qint64>{3}));
}

void TestAlarmDock::shiftF4AcknowledgesThePage()
{
    // More alarms than the page shows: Shift+F4 takes those on screen, not the others.
    QVector<Alarm> alarms;
    for (int i = 0; i < 300; ++i)
        alarms << alarm(i + 1, i, AlarmPriority::Medium, i % 3 == 0 ? AlarmState::Acknowledged : AlarmState::Unacknowledged, kT0 + i);
    m_dock->applyDelta(delta(alarms));
    QTreeView *view = m_dock->view();
    view->setFocus();
    QSignalSpy ack(m_dock, &AlarmDock::acknowledgeRequested);
    QTest::keyClick(view, Qt::Key_F4, Qt::ShiftModifier);
    QCOMPARE(ack.size(), 1);
    const QVector<qint64> ids = ack.at(0).at(0).value<QVector<qint64>>();
    QVERIFY(!ids.isEmpty());
    QVERIFY2(ids.size() < 200, qPrintable(QString::number(ids.size())));
    // Newest first: the page starts at alarm 300 (asset 299), and skips the acknowledged.
    QCOMPARE(ids.first(), 300);
    for (qint64 id : ids) {
        QVERIFY(m_dock->model()->alarm(id)->needsAttention());
        const QModelIndex i = m_dock->proxy()->mapFromSource(m_dock->model()->indexOf(id));
        QVERIFY(view->visualRect(i).intersects(view->viewport()->rect()));
    }
}

void TestAlarmDock::enterShowsTheAssetOnTheMap()
{
    m_dock->applyDelta(delta(QVector<Alarm>{alarm(1, 42, AlarmPriority::Urgent, AlarmState::Unacknowledged, kT0)}
                             + group(100, QStringLiteral("district:Centre"), {21, 23}, {}, kT0)));
    QSignalSpy shown(m_dock, &AlarmDock::assetsRequested);
    select({1});
    QTest::keyClick(m_dock->view(), Qt::Key_Return);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.at(0).at(0).value<QVector<qint32>>(), (QVector<qint32>{42}));
    select({100});
    QTest::keyClick(m_dock->view(), Qt::Key_Enter);
    QCOMPARE(shown.size(), 2);
    QVector<qint32> assets = shown.at(1).at(0).value<QVector<qint32>>();
    std::sort(assets.begin(), assets.end());
    QCOMPARE(assets, (QVector<qint32>{21, 23}));

    // A suspected cable cut is an alarm on a works zone, not an asset: its subject is asked for.
    Alarm cut = alarm(200, -1, AlarmPriority::High, AlarmState::Unacknowledged, kT0);
    cut.kind = AlarmRuleKind::Coordination;
    cut.assetId = QStringLiteral("worksZone:CP000617");
    m_dock->applyDelta(delta({cut}));
    QSignalSpy subject(m_dock, &AlarmDock::subjectRequested);
    select({200});
    QTest::keyClick(m_dock->view(), Qt::Key_Return);
    QCOMPARE(shown.size(), 2);
    QCOMPARE(subject.size(), 1);
    QCOMPARE(subject.at(0).at(0).toString(), QStringLiteral("worksZone:CP000617"));
}

void TestAlarmDock::selectionSurvivesALargeDelta()
{
    m_dock->applyDelta(delta({alarm(1, 1, AlarmPriority::High, AlarmState::Unacknowledged, kT0),
                              alarm(2, 2, AlarmPriority::Low, AlarmState::Unacknowledged, kT0)}));
    select({2});
    QVector<Alarm> flood;
    for (int i = 0; i < 400; ++i)
        flood << alarm(1000 + i, 100 + i, AlarmPriority::Medium, AlarmState::Unacknowledged, kT0 + i);
    QSignalSpy reset(m_dock->model(), &QAbstractItemModel::modelReset);
    m_dock->applyDelta(delta(flood));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_dock->selectedIds(), (QVector<qint64>{2}));
    QCOMPARE(m_dock->view()->currentIndex().data(AlarmListModel::AlarmIdRole).toLongLong(), 2);
}

void TestAlarmDock::shelveDialogValidates()
{
    const qint64 now = kT0;
    QVERIFY(!ShelveDialog::validate(QString(), now + 60'000, now).isEmpty());
    QVERIFY(!ShelveDialog::validate(QStringLiteral("   "), now + 60'000, now).isEmpty());
    QVERIFY(!ShelveDialog::validate(QStringLiteral("travaux"), now, now).isEmpty());
    QVERIFY(!ShelveDialog::validate(QStringLiteral("travaux"), now + ShelveDialog::maxShelveMs + 1, now).isEmpty());
    QVERIFY(ShelveDialog::validate(QStringLiteral("travaux"), now + ShelveDialog::maxShelveMs, now).isEmpty());

    // End of shift: the next change strictly after now, tomorrow if none is left today.
    const QDateTime at = QDateTime(QDate(2025, 6, 15), QTime(13, 10));
    QCOMPARE(ShelveDialog::endOfShift(at.toMSecsSinceEpoch(), {QStringLiteral("06:00"), QStringLiteral("14:00"), QStringLiteral("22:00")}),
             QDateTime(QDate(2025, 6, 15), QTime(14, 0)).toMSecsSinceEpoch());
    QCOMPARE(ShelveDialog::endOfShift(QDateTime(QDate(2025, 6, 15), QTime(22, 30)).toMSecsSinceEpoch(), {QStringLiteral("06:00"), QStringLiteral("22:00")}),
             QDateTime(QDate(2025, 6, 16), QTime(6, 0)).toMSecsSinceEpoch());
    QCOMPARE(ShelveDialog::endOfShift(at.toMSecsSinceEpoch(), {QStringLiteral("bad")}), 0);

    ShelveDialog dialog(2, at.toMSecsSinceEpoch(), {QStringLiteral("14:00")});
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no reason yet
    dialog.findChild<QLineEdit *>(QStringLiteral("shelveReason"))->setText(QStringLiteral("Capteur en panne, technicien prévenu"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.untilMs(), at.toMSecsSinceEpoch() + 3600'000); // 1 h by default
    dialog.setPreset(ShelveDialog::Minutes15);
    QCOMPARE(dialog.untilMs(), at.toMSecsSinceEpoch() + 15 * 60'000);
    dialog.setPreset(ShelveDialog::Hours8);
    QCOMPARE(dialog.untilMs(), at.toMSecsSinceEpoch() + 8 * 3600'000);
    dialog.setPreset(ShelveDialog::EndOfShift);
    QCOMPARE(dialog.untilMs(), QDateTime(QDate(2025, 6, 15), QTime(14, 0)).toMSecsSinceEpoch());
    // By hand: the editor keeps it within 24 hours.
    dialog.setCustomUntil(at.toMSecsSinceEpoch() + 48 * 3600'000);
    QVERIFY(dialog.untilMs() <= at.toMSecsSinceEpoch() + ShelveDialog::maxShelveMs);
    QVERIFY(ok->isEnabled());
    dialog.setCustomUntil(at.toMSecsSinceEpoch() - 3600'000);
    QVERIFY(!ok->isEnabled()); // now: not in the future
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // refused while invalid
}

void TestAlarmDock::f6ShelvesThroughTheDialog()
{
    m_dock->setClock([] { return kT0; });
    m_dock->applyDelta(delta({alarm(1, 1, AlarmPriority::High, AlarmState::Unacknowledged, kT0),
                              alarm(2, 2, AlarmPriority::High, AlarmState::Acknowledged, kT0)}));
    QSignalSpy shelve(m_dock, &AlarmDock::shelveRequested);
    select({1, 2});
    whenDialogShows<ShelveDialog>([](ShelveDialog *d) {
        d->findChild<QLineEdit *>(QStringLiteral("shelveReason"))->setText(QStringLiteral("Travaux rue de la Loge"));
        d->setPreset(ShelveDialog::Minutes15);
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QTest::keyClick(m_dock->view(), Qt::Key_F6);
    QCOMPARE(shelve.size(), 1);
    // In list order: same priority and time, the newer id first.
    QCOMPARE(shelve.at(0).at(0).value<QVector<qint64>>(), (QVector<qint64>{2, 1}));
    QCOMPARE(shelve.at(0).at(1).toString(), QStringLiteral("Travaux rue de la Loge"));
    QCOMPARE(shelve.at(0).at(2).toLongLong(), kT0 + 15 * 60'000);

    // Cancelled: nothing is sent.
    whenDialogShows<ShelveDialog>([](ShelveDialog *d) { d->reject(); });
    QApplication::setActiveWindow(m_window);
    QTest::keyClick(m_dock->view(), Qt::Key_F6);
    QCOMPARE(shelve.size(), 1);

    // Unshelve (Shift+F6) applies to shelved alarms only.
    Alarm shelved = alarm(1, 1, AlarmPriority::High, AlarmState::Shelved, kT0);
    m_dock->proxy()->setShowRemoved(true);
    m_dock->applyDelta(delta({shelved}));
    QSignalSpy unshelve(m_dock, &AlarmDock::unshelveRequested);
    select({1, 2});
    QTest::keyClick(m_dock->view(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(unshelve.size(), 1);
    QCOMPARE(unshelve.at(0).at(0).value<QVector<qint64>>(), (QVector<qint64>{1}));
}

void TestAlarmDock::commentAndOutOfServiceNeedAText()
{
    m_dock->applyDelta(delta({alarm(1, 1, AlarmPriority::High, AlarmState::Unacknowledged, kT0)}));
    QSignalSpy comment(m_dock, &AlarmDock::commentRequested);
    QSignalSpy remove(m_dock, &AlarmDock::removeFromServiceRequested);
    QSignalSpy back(m_dock, &AlarmDock::returnToServiceRequested);
    select({1});
    whenDialogShows<AlarmTextDialog>([](AlarmTextDialog *d) {
        QPushButton *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        d->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("  Appel du riverain à 14 h  "));
        QVERIFY(ok->isEnabled());
        ok->click();
    });
    QTest::keyClick(m_dock->view(), Qt::Key_F7);
    QCOMPARE(comment.size(), 1);
    QCOMPARE(comment.at(0).at(0).toLongLong(), 1);
    QCOMPARE(comment.at(0).at(1).toString(), QStringLiteral("Appel du riverain à 14 h"));

    whenDialogShows<AlarmTextDialog>([](AlarmTextDialog *d) {
        d->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Maintenance du capteur"));
        d->accept();
    });
    QApplication::setActiveWindow(m_window);
    QTest::keyClick(m_dock->view(), Qt::Key_F8);
    QCOMPARE(remove.size(), 1);
    QCOMPARE(remove.at(0).at(1).toString(), QStringLiteral("Maintenance du capteur"));

    m_dock->proxy()->setShowRemoved(true);
    m_dock->applyDelta(delta({alarm(1, 1, AlarmPriority::High, AlarmState::OutOfService, kT0)}));
    select({1});
    QTest::keyClick(m_dock->view(), Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.at(0).at(0).value<QVector<qint64>>(), (QVector<qint64>{1}));
}

void TestAlarmDock::floodBannerFollowsTheFlag()
{
    FloodBanner banner;
    QSignalSpy groups(&banner, &FloodBanner::showGroupsRequested);
    banner.show();
    banner.setFlood(false, 3, 10);
    QVERIFY(banner.isHidden());
    banner.setFlood(true, 23, 10);
    QVERIFY(banner.isVisible());
    QVERIFY2(banner.text().contains(QStringLiteral("23")) && banner.text().contains(QStringLiteral("10")), qPrintable(banner.text()));
    banner.findChild<QPushButton *>()->click();
    QCOMPARE(groups.size(), 1);
    banner.setFlood(false, 8, 10);
    QVERIFY(banner.isHidden());

    // The dock's answer: only groups, dock raised.
    m_dock->showGroups();
    QCOMPARE(m_dock->proxy()->ruleKinds(), 1u << int(AlarmRuleKind::Group));
    QVERIFY(m_dock->isVisible());
    m_dock->resetFilters();
    QCOMPARE(m_dock->proxy()->ruleKinds(), AlarmFilterProxy::allKinds);
}

void TestAlarmDock::soundIsRateLimitedAndCanBeSwitchedOff()
{
    QSettings().remove(QStringLiteral("alarms/sound"));
    qint64 now = kT0;
    int played = 0;
    {
        AlarmSound sound;
        QVERIFY(sound.isEnabled()); // on by default
        sound.setClock([&now] { return now; });
        sound.setPlayer([&played] { ++played; });
        QVERIFY(sound.cue());
        now += 1000;
        QVERIFY(!sound.cue()); // a burst sounds once
        now += AlarmSound::minIntervalMs;
        QVERIFY(sound.cue());
        QCOMPARE(played, 2);
        QSignalSpy changed(&sound, &AlarmSound::enabledChanged);
        sound.setEnabled(false);
        QCOMPARE(changed.size(), 1);
        now += AlarmSound::minIntervalMs;
        QVERIFY(!sound.cue());
        QCOMPARE(played, 2);
    }
    AlarmSound again; // the choice is kept
    QVERIFY(!again.isEnabled());
    again.setEnabled(true);
    QVERIFY(QSettings().value(QStringLiteral("alarms/sound")).toBool());
}

QTEST_MAIN(TestAlarmDock)
#include "tst_alarmdock.moc"
