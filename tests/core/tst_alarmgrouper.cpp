#include "alarms/alarmgrouper.h"
#include "alarms/alarmratemeter.h"
#include "alarmtestcity.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace vigie;

namespace {

constexpr qint64 kRule = 3;
constexpr qint64 kT0 = 1'700'000'000'000;

AlarmRules rules()
{
    return {testLightFaultRule(kRule, AlarmPriority::Medium)};
}

ConditionChange fault(qint32 asset, qint64 at)
{
    ConditionChange c;
    c.assetIndex = asset;
    c.ruleId = kRule;
    c.active = true;
    c.atMs = at;
    return c;
}

/// Engine + grouper + meter driven as AlarmService drives them.
struct Rig
{
    Rig(int n, AssetGroupTable groups, AlarmSettings settings = {})
        : engine(testLights(n), QString())
        , grouper(settings, std::move(groups))
        , meter(settings.rateWindowMs, settings.floodThreshold)
    {
        engine.setRules(rules());
    }
    void step(const ConditionChanges &changes, qint64 now)
    {
        const AlarmChanges c = engine.applyConditions(changes);
        const AlarmGrouper::Outcome o = grouper.update(c.entered, engine, now);
        entries += o.newEntries;
        meter.add(now, int(o.newEntries.size()));
    }
    /// Open parents and alarms in the list on their own: what the operator's list shows.
    int listEntries() const
    {
        int n = 0;
        for (const Alarm &a : engine.alarms())
            n += AlarmEngine::inList(a.state) && a.parentId == 0 ? 1 : 0;
        return n;
    }
    AlarmEngine engine;
    AlarmGrouper grouper;
    AlarmRateMeter meter;
    QVector<qint64> entries;
};

} // namespace

class TestAlarmGrouper : public QObject
{
    Q_OBJECT
private slots:
    void cabinetFailure();
    void twoLightsStayApart();
    void laterChildrenAttachAtOnce();
    void streetWithoutCabinet();
    void floodCollapses_data();
    void floodCollapses();
    void restoredParentKeepsGrouping();
    void rateMeterWindow();
};

void TestAlarmGrouper::cabinetFailure()
{
    AssetGroupTable groups(40);
    for (int i = 0; i < 40; ++i)
        groups[i] = {i < 20 ? QStringLiteral("C1") : QStringLiteral("C%1").arg(i), QStringLiteral("Rue %1").arg(i % 7),
                     QStringLiteral("Hôpitaux-Facultés")};
    Rig rig(40, groups);
    ConditionChanges changes;
    for (int i = 0; i < 20; ++i)
        changes << fault(i, kT0 + i * 100);
    rig.step(changes, kT0 + 2000);
    QVERIFY(rig.entries.isEmpty()); // held for the grouping decision
    QCOMPARE(rig.grouper.heldCount(), 20);
    rig.step({}, kT0 + 4000);
    QCOMPARE(rig.entries.size(), 1);
    const Alarm *p = rig.engine.alarm(rig.entries.constFirst());
    QVERIFY(p);
    QCOMPARE(p->kind, AlarmRuleKind::Group);
    QCOMPARE(p->assetId, QStringLiteral("cabinet:C1"));
    QCOMPARE(p->assetIndex, -1);
    QCOMPARE(p->childCount, 20);
    QCOMPARE(p->state, AlarmState::Unacknowledged);
    QVERIFY2(p->detail.startsWith(QLatin1String("20 light")), qPrintable(p->detail));
    QCOMPARE(rig.engine.children(p->id).size(), 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(rig.engine.alarm(rig.engine.alarmId(i, kRule))->parentId, p->id);
    QCOMPARE(rig.listEntries(), 1);
    QCOMPARE(rig.grouper.heldCount(), 0);
}

void TestAlarmGrouper::twoLightsStayApart()
{
    AssetGroupTable groups(2, AssetGroupKeys{QStringLiteral("C1"), QStringLiteral("Rue A"), QStringLiteral("Centre")});
    Rig rig(2, groups);
    rig.step({fault(0, kT0), fault(1, kT0)}, kT0);
    rig.step({}, kT0 + 2000);
    QCOMPARE(rig.entries.size(), 2);
    for (qint64 id : std::as_const(rig.entries)) {
        QCOMPARE(rig.engine.alarm(id)->kind, AlarmRuleKind::StateCode);
        QCOMPARE(rig.engine.alarm(id)->parentId, qint64(0));
    }
    QCOMPARE(rig.engine.size(), 2); // no parent was created
}

void TestAlarmGrouper::laterChildrenAttachAtOnce()
{
    AssetGroupTable groups(5, AssetGroupKeys{QStringLiteral("C1"), QStringLiteral("Rue A"), QStringLiteral("Centre")});
    Rig rig(5, groups);
    rig.step({fault(0, kT0), fault(1, kT0), fault(2, kT0)}, kT0);
    rig.step({}, kT0 + 2000);
    QCOMPARE(rig.entries.size(), 1);
    const qint64 parent = rig.entries.constFirst();
    rig.step({fault(3, kT0 + 60'000)}, kT0 + 60'000);
    const qint64 late = rig.engine.alarmId(3, kRule);
    QVERIFY(!rig.grouper.isHeld(late));
    QCOMPARE(rig.engine.alarm(late)->parentId, parent);
    QCOMPARE(rig.engine.alarm(parent)->childCount, 4);
    QCOMPARE(rig.entries.size(), 1);
}

void TestAlarmGrouper::streetWithoutCabinet()
{
    AssetGroupTable groups(4, AssetGroupKeys{QString(), QStringLiteral("Avenue de Lodève"), QStringLiteral("Cévennes")});
    Rig rig(4, groups);
    rig.step({fault(0, kT0), fault(1, kT0 + 60'000), fault(2, kT0 + 120'000)}, kT0);
    rig.step({}, kT0 + 2000);
    QCOMPARE(rig.entries.size(), 1);
    QCOMPARE(rig.engine.alarm(rig.entries.constFirst())->assetId, QStringLiteral("street:Avenue de Lodève"));
}

void TestAlarmGrouper::floodCollapses_data()
{
    QTest::addColumn<int>("faults");
    QTest::addColumn<int>("districts");
    QTest::addColumn<QString>("expectedKey");
    QTest::newRow("one district loses power") << 10'000 << 1 << QStringLiteral("district:D0");
    QTest::newRow("ten districts") << 10'000 << 10 << QStringLiteral("city:all");
    QTest::newRow("100 000 faults, 7 districts") << 100'000 << 7 << QStringLiteral("city:all");
}

void TestAlarmGrouper::floodCollapses()
{
    QFETCH(int, faults);
    QFETCH(int, districts);
    QFETCH(QString, expectedKey);
    // 20 lights per cabinet, 50 per street, districts of contiguous cabinets.
    AssetGroupTable groups(faults);
    const int perDistrict = (faults + districts - 1) / districts;
    for (int i = 0; i < faults; ++i)
        groups[i] = {QStringLiteral("C%1").arg(i / 20), QStringLiteral("S%1").arg(i / 50), QStringLiteral("D%1").arg(i / perDistrict)};
    Rig rig(faults, groups);
    QVector<int> order(faults);
    std::iota(order.begin(), order.end(), 0);
    QRandomGenerator random(42);
    std::shuffle(order.begin(), order.end(), random);
    // Every asset faults once within 60 s, evaluated in 100 ms drains.
    constexpr qint64 span = 60'000;
    constexpr qint64 drain = 100;
    QElapsedTimer timer;
    timer.start();
    qint64 longestStepNs = 0;
    int next = 0;
    for (qint64 t = 0; t <= span + 3000; t += drain) {
        ConditionChanges batch;
        while (next < faults && qint64(next) * span / faults <= t) {
            batch << fault(order.at(next), kT0 + t);
            ++next;
        }
        QElapsedTimer step;
        step.start();
        rig.step(batch, kT0 + t);
        longestStepNs = qMax(longestStepNs, step.nsecsElapsed());
    }
    qInfo("%d faults: %lld list entries, %d in the list now, %lld ms in all, longest drain %lld ms", faults,
          qint64(rig.entries.size()), rig.listEntries(), timer.elapsed(), longestStepNs / 1'000'000);
    QCOMPARE(next, faults);
    QCOMPARE(rig.grouper.heldCount(), 0);
    QVERIFY2(rig.entries.size() <= 10, qPrintable(QString::number(rig.entries.size())));
    QVERIFY(rig.listEntries() <= 10);
    QCOMPARE(rig.meter.rate(kT0 + span), int(rig.entries.size()));
    // Every fault sits under the one surviving parent of the coarsest level.
    int open = 0;
    qint64 parent = 0;
    for (const Alarm &a : rig.engine.alarms()) {
        if (a.kind == AlarmRuleKind::Group && a.state != AlarmState::Normal) {
            ++open;
            parent = a.id;
        }
    }
    QCOMPARE(open, 1);
    QCOMPARE(rig.engine.alarm(parent)->assetId, expectedKey);
    QCOMPARE(rig.engine.alarm(parent)->childCount, faults);
}

void TestAlarmGrouper::restoredParentKeepsGrouping()
{
    AssetGroupTable groups(5, AssetGroupKeys{QStringLiteral("C1"), QStringLiteral("Rue A"), QStringLiteral("Centre")});
    Rig first(5, groups);
    first.step({fault(0, kT0), fault(1, kT0), fault(2, kT0)}, kT0);
    first.step({}, kT0 + 2000);
    QCOMPARE(first.entries.size(), 1);

    Rig second(5, groups); // a restart: the engine restored from the store
    second.engine.restore(first.engine.alarms(), 0);
    second.grouper.restore(second.engine);
    second.step({fault(3, kT0 + 10'000)}, kT0 + 10'000);
    QCOMPARE(second.engine.alarm(second.engine.alarmId(3, kRule))->parentId, first.entries.constFirst());
    QVERIFY(second.entries.isEmpty());
}

void TestAlarmGrouper::rateMeterWindow()
{
    AlarmRateMeter meter(600'000, 10);
    for (int i = 0; i < 10; ++i)
        meter.add(kT0 + i * 60'000);
    QCOMPARE(meter.rate(kT0 + 540'000), 10);
    QVERIFY(!meter.isFlood(kT0 + 540'000)); // 10 in 10 min is the limit, not a flood
    meter.add(kT0 + 570'000);
    QVERIFY(meter.isFlood(kT0 + 570'000));
    QCOMPARE(meter.rate(kT0 + 599'999), 11);
    QCOMPARE(meter.rate(kT0 + 600'000), 10); // the first entry left the window
    QVERIFY(!meter.isFlood(kT0 + 600'000));
    meter.add(kT0 + 700'000, 0);
    QCOMPARE(meter.rate(kT0 + 1'170'000), 0);
}

QTEST_GUILESS_MAIN(TestAlarmGrouper)
#include "tst_alarmgrouper.moc"
