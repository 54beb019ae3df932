// The operator's alarm list fed with hand-made AlarmDeltas: inserts, updates, alarms back to
// Normal leaving, group parents with their children (and children arriving first), a
// 5 000-alarm delta applied in one reset, the priority-then-newest order, every filter and
// the accent-insensitive search; the map marks derived from the same deltas. Every model
// runs under QAbstractItemModelTester.
#include "alarmfilterproxy.h"
#include "alarmlistmodel.h"
#include "alarmmarks.h"
#include "alarmtestdata.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace vigie;
using namespace vigie::test;

namespace {

constexpr qint64 kT0 = 1'750'000'000'000; // 2025-06-15

/// Alarm ids in proxy order, top level only.
QVector<qint64> order(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QVector<qint64> ids;
    for (int r = 0; r < m.rowCount(parent); ++r)
        ids << m.index(r, 0, parent).data(AlarmListModel::AlarmIdRole).toLongLong();
    return ids;
}

} // namespace

class TestAlarmListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void insertUpdateAndBackToNormal();
    void columnsSpeakTheOperatorsLanguage();
    void groupParentListsItsChildren();
    void childBeforeItsParentStaysVisible();
    void bigDeltaResetsOnceSmallOnesDoNot();
    void sortedByPriorityThenNewest();
    void filters_data();
    void filters();
    void shelvedAndOutOfServiceHiddenUnlessAsked();
    void childrenOfAMatchingGroupStayVisible();
    void mapMarksFollowHandling();

private:
    AssetGroupTable m_groups;
    AssetDirectoryPtr m_city;
    AlarmListModel *m_model = nullptr;
    AlarmFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_modelTester = nullptr;
    QAbstractItemModelTester *m_proxyTester = nullptr;
};

void TestAlarmListModel::init()
{
    m_city = alarmCity(6000, &m_groups);
    m_model = new AlarmListModel(this);
    m_model->setCity(m_city, m_groups);
    m_proxy = new AlarmFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_modelTester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_proxyTester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestAlarmListModel::cleanup()
{
    delete m_proxyTester;
    delete m_modelTester;
    delete m_proxy;
    delete m_model;
}

void TestAlarmListModel::insertUpdateAndBackToNormal()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    m_model->applyDelta(delta({alarm(1, 10, AlarmPriority::High, AlarmState::Unacknowledged, kT0),
                               alarm(2, 11, AlarmPriority::Low, AlarmState::Unacknowledged, kT0 + 1000),
                               alarm(3, 12, AlarmPriority::Medium, AlarmState::Unacknowledged, kT0 + 2000)}));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(inserted.size(), 1); // one block
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->attentionCount(), 3);
    QCOMPARE(m_model->urgentAttentionCount(), 0);

    // A repeat: same alarm, new count; no new row (ISA-18.2: one alarm per condition).
    Alarm repeat = alarm(2, 11, AlarmPriority::Low, AlarmState::Acknowledged, kT0 + 5000);
    repeat.count = 4;
    m_model->applyDelta(delta({repeat}));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(changed.size(), 1);
    const QModelIndex row = m_model->indexOf(2, AlarmListModel::Count);
    QCOMPARE(row.data().toInt(), 4);
    QCOMPARE(row.siblingAtColumn(AlarmListModel::State).data().toString(), QStringLiteral("Acknowledged"));
    QCOMPARE(m_model->attentionCount(), 2); // acknowledged: listed, no longer to acknowledge

    // Back to Normal: the row leaves; the others keep their ids and rows stay consistent.
    Alarm cleared = alarm(1, 10, AlarmPriority::High, AlarmState::Normal, kT0);
    m_model->applyDelta(delta({cleared}));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(removed.size(), 1);
    QVERIFY(!m_model->alarm(1));
    QCOMPARE(m_model->attentionCount(), 1);
    QCOMPARE(m_model->indexOf(3).data(AlarmListModel::AlarmIdRole).toLongLong(), 3);
    QCOMPARE(m_model->indexOf(2).data(AlarmListModel::AlarmIdRole).toLongLong(), 2);
    // A Normal alarm never listed changes nothing.
    m_model->applyDelta(delta({alarm(99, 13, AlarmPriority::High, AlarmState::Normal, kT0)}));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(reset.size(), 0);
}

void TestAlarmListModel::columnsSpeakTheOperatorsLanguage()
{
    Alarm urgent = alarm(1, 4, AlarmPriority::Urgent, AlarmState::Unacknowledged, kT0);
    Alarm acked = alarm(2, 5, AlarmPriority::Urgent, AlarmState::Acknowledged, kT0);
    Alarm rtn = alarm(3, 6, AlarmPriority::Low, AlarmState::ReturnedUnacknowledged, kT0);
    Alarm shelved = alarm(4, 7, AlarmPriority::Low, AlarmState::Shelved, kT0);
    m_model->applyDelta(delta({urgent, acked, rtn, shelved}));

    const QModelIndex u = m_model->indexOf(1);
    QCOMPARE(u.siblingAtColumn(AlarmListModel::Priority).data().toString(), QStringLiteral("Urgent"));
    QCOMPARE(u.siblingAtColumn(AlarmListModel::State).data().toString(), QStringLiteral("Unacknowledged"));
    QCOMPARE(u.siblingAtColumn(AlarmListModel::Asset).data().toString(), QStringLiteral("Asset 4 — 4 rue de la Loge"));
    QCOMPARE(u.siblingAtColumn(AlarmListModel::AssetKindColumn).data().toString(), QStringLiteral("Street light"));
    QCOMPARE(u.siblingAtColumn(AlarmListModel::District).data().toString(), QStringLiteral("Hôpitaux-Facultés"));
    QVERIFY(u.siblingAtColumn(AlarmListModel::Condition).data().toString().contains(QStringLiteral("0.86")));
    // Local time, to the second.
    QCOMPARE(u.siblingAtColumn(AlarmListModel::LastActive).data().toString(),
             QDateTime::fromMSecsSinceEpoch(kT0).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(m_model->indexOf(3, AlarmListModel::State).data().toString(), QStringLiteral("Returned to normal, unacknowledged"));

    // Unacknowledged rows are bold; acknowledged ones are not; shelved ones are italic.
    QVERIFY(u.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(m_model->indexOf(3).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!m_model->indexOf(2).data(Qt::FontRole).isValid());
    QVERIFY(m_model->indexOf(4).data(Qt::FontRole).value<QFont>().italic());

    // Not colour alone: each priority has its own shape, and an urgent active
    // unacknowledged alarm its own symbol, distinct from an acknowledged urgent one.
    const auto image = [](const QModelIndex &i) { return i.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage(); };
    QVERIFY(image(u) != image(m_model->indexOf(2)));
    QVERIFY(image(m_model->indexOf(3)) != image(m_model->indexOf(4)));
    QVERIFY(AlarmListModel::priorityIcon(AlarmPriority::Urgent, true, true).pixmap(16, 16).toImage()
            != AlarmListModel::priorityIcon(AlarmPriority::Urgent, true, false).pixmap(16, 16).toImage());
    QVERIFY(AlarmListModel::priorityIcon(AlarmPriority::High, true, false).pixmap(16, 16).toImage()
            != AlarmListModel::priorityIcon(AlarmPriority::Medium, true, false).pixmap(16, 16).toImage());

    // Consequence and response of the rule in the tooltip.
    AlarmRule rule;
    rule.id = 1;
    rule.consequence = QStringLiteral("Débordement sur la voie publique");
    rule.response = QStringLiteral("Programmer une collecte");
    m_model->setRules({rule});
    const QString tip = u.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Débordement")) && tip.contains(QStringLiteral("Programmer une collecte")), qPrintable(tip));
}

void TestAlarmListModel::groupParentListsItsChildren()
{
    Alarm parent = groupParent(100, QStringLiteral("district:Centre"), 4, AlarmPriority::High, kT0);
    QVector<Alarm> alarms{parent};
    for (int k = 0; k < 4; ++k) {
        Alarm c = alarm(101 + k, 1 + 2 * k, AlarmPriority::Medium, AlarmState::Unacknowledged, kT0 + k);
        c.kind = AlarmRuleKind::CommunicationLoss;
        c.parentId = 100;
        alarms << c;
    }
    alarms << alarm(200, 50, AlarmPriority::Low, AlarmState::Unacknowledged, kT0);
    m_model->applyDelta(delta(alarms));

    // The list holds the parent and the ungrouped alarm; the children are one level down.
    QCOMPARE(m_model->rowCount(), 2);
    const QModelIndex p = m_model->indexOf(100);
    QVERIFY(p.isValid());
    QCOMPARE(m_model->rowCount(p), 4);
    QCOMPARE(p.siblingAtColumn(AlarmListModel::Asset).data().toString(), QStringLiteral("District Centre (4 alarm(s))"));
    QCOMPARE(p.siblingAtColumn(AlarmListModel::Count).data().toInt(), 4);
    QCOMPARE(p.siblingAtColumn(AlarmListModel::District).data().toString(), QStringLiteral("Centre"));
    QCOMPARE(m_model->indexOf(102).parent(), p);
    QCOMPARE(m_model->childrenOf(100).size(), 4);

    // A child changes (row operation, no reset), another goes back to Normal.
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    Alarm acked = alarms.at(2);
    acked.state = AlarmState::Acknowledged;
    Alarm normal = alarms.at(3);
    normal.state = AlarmState::Normal;
    m_model->applyDelta(delta({acked, normal}));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowCount(p), 3);
    QCOMPARE(m_model->indexOf(102, AlarmListModel::State).data().toString(), QStringLiteral("Acknowledged"));
    QVERIFY(!m_model->indexOf(103).isValid());
    // A new child joins the group.
    Alarm late = alarm(105, 31, AlarmPriority::Medium, AlarmState::Unacknowledged, kT0 + 9);
    late.parentId = 100;
    m_model->applyDelta(delta({late}));
    QCOMPARE(m_model->rowCount(p), 4);
    QCOMPARE(m_model->indexOf(105).parent(), m_model->indexOf(100));

    // The parent goes back to Normal: its children still active come to the top level.
    Alarm gone = parent;
    gone.state = AlarmState::Normal;
    m_model->applyDelta(delta({gone}));
    QVERIFY(!m_model->indexOf(100).isValid());
    QCOMPARE(m_model->rowCount(), 5);
    QVERIFY(!m_model->indexOf(101).parent().isValid());
}

void TestAlarmListModel::childBeforeItsParentStaysVisible()
{
    Alarm child = alarm(7, 3, AlarmPriority::Medium, AlarmState::Unacknowledged, kT0);
    child.parentId = 50;
    m_model->applyDelta(delta({child}));
    QCOMPARE(m_model->rowCount(), 1); // listed, not lost, while its parent is unknown
    m_model->applyDelta(delta({groupParent(50, QStringLiteral("cabinet:C12"), 1, AlarmPriority::Medium, kT0)}));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->indexOf(7).parent(), m_model->indexOf(50));
    QCOMPARE(m_model->indexOf(50, AlarmListModel::Asset).data().toString(), QStringLiteral("Control cabinet C12 (1 alarm(s))"));
}

void TestAlarmListModel::bigDeltaResetsOnceSmallOnesDoNot()
{
    QVector<Alarm> many;
    for (int i = 0; i < 5000; ++i)
        many << alarm(i + 1, i, AlarmPriority(i % 4), AlarmState::Unacknowledged, kT0 + i);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QElapsedTimer timer;
    timer.start();
    m_model->applyDelta(delta(many));
    const qint64 applyMs = timer.elapsed();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_model->rowCount(), 5000);
    QCOMPARE(m_proxy->rowCount(), 5000);
    QCOMPARE(m_model->attentionCount(), 5000);
    QCOMPARE(m_model->urgentAttentionCount(), 1250); // one in four is urgent
    qInfo() << "5000-alarm delta applied and sorted in" << applyMs << "ms";

    // Every one of them acknowledged at once: again one reset, not 5 000 signals.
    for (Alarm &a : many)
        a.state = AlarmState::Acknowledged;
    m_model->applyDelta(delta(many));
    QCOMPARE(reset.size(), 2);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_model->attentionCount(), 0);
    QCOMPARE(m_model->urgentAttentionCount(), 0);

    // A small delta of 150 updates and 20 new alarms: row operations, one insertion block.
    QVector<Alarm> some;
    for (int i = 0; i < 150; ++i)
        some << alarm(i + 1, i, AlarmPriority::Low, AlarmState::Unacknowledged, kT0 + 10'000 + i);
    for (int i = 0; i < 20; ++i)
        some << alarm(6000 + i, 5000 + i, AlarmPriority::Low, AlarmState::Unacknowledged, kT0 + 20'000 + i);
    m_model->applyDelta(delta(some));
    QCOMPARE(reset.size(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 5020);
    QCOMPARE(m_model->attentionCount(), 170); // 150 again unacknowledged, 20 new
    // The proxy re-sorted: the newest low alarm is first among the lows, after every urgent one.
    QCOMPARE(m_proxy->index(0, 0).data(AlarmListModel::PriorityRole).toInt(), int(AlarmPriority::Urgent));
}

void TestAlarmListModel::sortedByPriorityThenNewest()
{
    m_model->applyDelta(delta({alarm(1, 1, AlarmPriority::Low, AlarmState::Unacknowledged, kT0 + 9000),
                               alarm(2, 2, AlarmPriority::Urgent, AlarmState::Acknowledged, kT0),
                               alarm(3, 3, AlarmPriority::High, AlarmState::Unacknowledged, kT0 + 100),
                               alarm(4, 4, AlarmPriority::Urgent, AlarmState::Unacknowledged, kT0 + 500),
                               alarm(5, 5, AlarmPriority::High, AlarmState::Unacknowledged, kT0 + 200)}));
    QCOMPARE(order(*m_proxy), (QVector<qint64>{4, 2, 5, 3, 1}));
    // A reactivation moves an alarm to the top of its priority.
    m_model->applyDelta(delta({alarm(3, 3, AlarmPriority::High, AlarmState::Unacknowledged, kT0 + 20000)}));
    QCOMPARE(order(*m_proxy), (QVector<qint64>{4, 2, 3, 5, 1}));
}

void TestAlarmListModel::filters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QVector<qint64>>("expected");
    QTest::newRow("none") << QString() << QVector<qint64>{1, 2, 3, 4, 5};
    QTest::newRow("priority urgent") << QStringLiteral("priority") << QVector<qint64>{1};
    QTest::newRow("kind communication loss") << QStringLiteral("kind") << QVector<qint64>{3, 5};
    QTest::newRow("district Centre") << QStringLiteral("district") << QVector<qint64>{2, 4};
    QTest::newRow("state to acknowledge") << QStringLiteral("state") << QVector<qint64>{1, 2, 5};
    QTest::newRow("search, accents and case ignored") << QStringLiteral("search") << QVector<qint64>{1, 3};
    QTest::newRow("search, two words") << QStringLiteral("search2") << QVector<qint64>{4};
    QTest::newRow("search by asset id") << QStringLiteral("search3") << QVector<qint64>{5};
}

void TestAlarmListModel::filters()
{
    QFETCH(QString, filter);
    QFETCH(QVector<qint64>, expected);
    // Assets: 0, 2, 4 street lights in Hôpitaux-Facultés; 1, 3 containers in Centre; 9 no district.
    Alarm a1 = alarm(1, 0, AlarmPriority::Urgent, AlarmState::Unacknowledged, kT0 + 5);
    Alarm a2 = alarm(2, 1, AlarmPriority::High, AlarmState::ReturnedUnacknowledged, kT0 + 4);
    Alarm a3 = alarm(3, 2, AlarmPriority::Medium, AlarmState::Acknowledged, kT0 + 3, AlarmRuleKind::CommunicationLoss);
    Alarm a4 = alarm(4, 3, AlarmPriority::Low, AlarmState::Acknowledged, kT0 + 2, AlarmRuleKind::BatteryLow);
    a4.detail = QStringLiteral("batteryLevel 0.10 < 0.15");
    Alarm a5 = alarm(5, 9, AlarmPriority::Low, AlarmState::Unacknowledged, kT0 + 1, AlarmRuleKind::CommunicationLoss);
    m_model->applyDelta(delta({a1, a2, a3, a4, a5}));

    if (filter == QLatin1String("priority"))
        m_proxy->setPriorities(1u << int(AlarmPriority::Urgent));
    else if (filter == QLatin1String("kind"))
        m_proxy->setRuleKinds(1u << int(AlarmRuleKind::CommunicationLoss));
    else if (filter == QLatin1String("district"))
        m_proxy->setDistrict(QStringLiteral("Centre"));
    else if (filter == QLatin1String("state"))
        m_proxy->setStates((1u << int(AlarmState::Unacknowledged)) | (1u << int(AlarmState::ReturnedUnacknowledged)));
    else if (filter == QLatin1String("search"))
        m_proxy->setSearchText(QStringLiteral("  HOPITAUX  eclairage")); // "eclairage" is in no field
    else if (filter == QLatin1String("search2"))
        m_proxy->setSearchText(QStringLiteral("centre battery"));
    else if (filter == QLatin1String("search3"))
        m_proxy->setSearchText(QStringLiteral("urn:test:9"));
    if (filter == QLatin1String("search")) {
        // Every word must match: nothing has "eclairage"; with the district alone, 1 and 3.
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setSearchText(QStringLiteral("hôpitaux LIGHT"));
    }
    QCOMPARE(order(*m_proxy), expected);
    QCOMPARE(m_proxy->isFiltering(), !filter.isEmpty());
}

void TestAlarmListModel::shelvedAndOutOfServiceHiddenUnlessAsked()
{
    Alarm shelved = alarm(1, 0, AlarmPriority::High, AlarmState::Shelved, kT0);
    shelved.shelvedUntilMs = kT0 + 3600'000;
    shelved.shelveReason = QStringLiteral("Capteur en maintenance");
    m_model->applyDelta(delta({shelved, alarm(2, 1, AlarmPriority::High, AlarmState::OutOfService, kT0),
                               alarm(3, 2, AlarmPriority::High, AlarmState::SuppressedByDesign, kT0),
                               alarm(4, 3, AlarmPriority::High, AlarmState::Unacknowledged, kT0)}));
    QCOMPARE(order(*m_proxy), (QVector<qint64>{4}));
    m_proxy->setShowRemoved(true);
    QCOMPARE(m_proxy->rowCount(), 4);
    m_proxy->setShowRemoved(false);
    // Naming the state in the state filter shows them too.
    m_proxy->setStates(1u << int(AlarmState::Shelved));
    QCOMPARE(order(*m_proxy), (QVector<qint64>{1}));
    QVERIFY(m_proxy->index(0, AlarmListModel::State).data().toString().startsWith(QStringLiteral("Shelved until")));
    QVERIFY(m_proxy->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Capteur en maintenance")));
}

void TestAlarmListModel::childrenOfAMatchingGroupStayVisible()
{
    Alarm parent = groupParent(10, QStringLiteral("district:Centre"), 2, AlarmPriority::High, kT0);
    Alarm c1 = alarm(11, 1, AlarmPriority::Medium, AlarmState::Unacknowledged, kT0, AlarmRuleKind::CommunicationLoss);
    c1.parentId = 10;
    Alarm c2 = alarm(12, 3, AlarmPriority::Medium, AlarmState::Unacknowledged, kT0, AlarmRuleKind::CommunicationLoss);
    c2.parentId = 10;
    m_model->applyDelta(delta({parent, c1, c2, alarm(20, 4, AlarmPriority::Low, AlarmState::Unacknowledged, kT0)}));

    // Only groups (the flood banner's button): the parent and both children.
    m_proxy->setRuleKinds(1u << int(AlarmRuleKind::Group));
    QCOMPARE(order(*m_proxy), (QVector<qint64>{10}));
    QCOMPARE(m_proxy->rowCount(m_proxy->index(0, 0)), 2);
    // A search that matches one child only keeps its parent, and that child.
    m_proxy->setRuleKinds(AlarmFilterProxy::allKinds);
    m_proxy->setSearchText(QStringLiteral("asset 3"));
    QCOMPARE(order(*m_proxy), (QVector<qint64>{10}));
    QCOMPARE(order(*m_proxy, m_proxy->index(0, 0)), (QVector<qint64>{12}));
}

void TestAlarmListModel::mapMarksFollowHandling()
{
    AlarmMarks marks;
    Alarm unack = alarm(1, 7, AlarmPriority::High, AlarmState::Unacknowledged, kT0);
    Alarm suppressed = alarm(2, 7, AlarmPriority::Low, AlarmState::SuppressedByDesign, kT0);
    Alarm shelved = alarm(3, 8, AlarmPriority::Low, AlarmState::Shelved, kT0);
    Alarm parent = groupParent(4, QStringLiteral("district:Centre"), 0, AlarmPriority::High, kT0);
    AlarmMarks::Changes c = marks.apply(delta({unack, suppressed, shelved, parent}));
    QCOMPARE(c.assetIndexes.size(), 2); // the group parent has no asset
    QCOMPARE(marks.mark(7), AlarmMark::Unhandled); // one unhandled alarm is enough
    QCOMPARE(marks.mark(8), AlarmMark::Handled);

    // Acknowledged without an intervention is not handled yet; with one it is.
    Alarm acked = unack;
    acked.state = AlarmState::Acknowledged;
    c = marks.apply(delta({acked}));
    QVERIFY(c.isEmpty());
    QCOMPARE(marks.mark(7), AlarmMark::Unhandled);
    acked.hasIntervention = true;
    c = marks.apply(delta({acked}));
    QCOMPARE(c.assetIndexes, (QVector<qint32>{7}));
    QCOMPARE(c.marks, (QVector<AlarmMark>{AlarmMark::Handled}));

    // Back to Normal and out of service remove the mark once the asset has no other alarm.
    Alarm normal = acked;
    normal.state = AlarmState::Normal;
    c = marks.apply(delta({normal}));
    QVERIFY(c.isEmpty()); // alarm 2 (suppressed) still marks it as handled
    suppressed.state = AlarmState::OutOfService;
    c = marks.apply(delta({suppressed}));
    QCOMPARE(c.assetIndexes, (QVector<qint32>{7}));
    QCOMPARE(c.marks, (QVector<AlarmMark>{AlarmMark::None}));
    c = marks.clear();
    QCOMPARE(c.assetIndexes, (QVector<qint32>{8}));
    QCOMPARE(marks.mark(8), AlarmMark::None);
}

QTEST_MAIN(TestAlarmListModel)
#include "tst_alarmlistmodel.moc"
