#include "alarms/alarmengine.h"
#include "alarms/alarmservice.h"
#include "alarmtestcity.h"
#include "coordination/cablecutalarm.h"

#include <QTest>

using namespace vigie;

namespace {

constexpr qint64 kRule = 7;
constexpr qint64 kT0 = 1'700'000'000'000;

AlarmRules rules()
{
    const AlarmRule r = testLightFaultRule(kRule, AlarmPriority::High);
    AlarmRule u = r;
    u.id = kRule + 1;
    u.key = QStringLiteral("light.commLoss");
    u.kind = AlarmRuleKind::CommunicationLoss;
    u.priority = AlarmPriority::Urgent;
    return {r, u};
}

ConditionChange change(qint32 asset, bool active, qint64 at, qint64 rule = kRule)
{
    ConditionChange c;
    c.assetIndex = asset;
    c.ruleId = rule;
    c.active = active;
    c.atMs = at;
    c.detail = active ? QStringLiteral("status defectiveLamp") : QStringLiteral("status ok");
    return c;
}

AlarmState stateOf(const QString &key)
{
    AlarmState s = AlarmState::Normal;
    if (!alarmStateFromKey(key, &s))
        qFatal("unknown state key %s", qPrintable(key));
    return s;
}

} // namespace

class TestAlarmEngine : public QObject
{
    Q_OBJECT
private slots:
    void keys();
    void lifecycle_data();
    void lifecycle();
    void shelveExpiry();
    void overlappingSuppression();
    void suppressedAssetStartsSuppressed();
    void outOfService();
    void oneAlarmPerAssetAndRule();
    void idsContinueAfterStore();
    void commentsAreAudited();
    void parentFollowsChildren();
    void cableCutIsOneAlarmPerWorksZone();
    void subjectAlarmsSurviveRestore();
};

void TestAlarmEngine::keys()
{
    for (int i = 0; i < kAlarmStateCount; ++i) {
        AlarmState s = AlarmState::Normal;
        QVERIFY(alarmStateFromKey(alarmStateKey(AlarmState(i)), &s));
        QCOMPARE(int(s), i);
    }
    QCOMPARE(alarmStateKey(AlarmState::ReturnedUnacknowledged), QStringLiteral("rtnun"));
    QCOMPARE(alarmStateKey(AlarmState::OutOfService), QStringLiteral("outOfService"));
    QCOMPARE(alarmPriorityKey(AlarmPriority::Urgent), QStringLiteral("urgent"));
    QCOMPARE(alarmRuleKindKey(AlarmRuleKind::Group), QStringLiteral("group"));
    AlarmRuleKind k;
    QVERIFY(alarmRuleKindFromKey(QStringLiteral("communicationLoss"), &k));
    QCOMPARE(k, AlarmRuleKind::CommunicationLoss);
    QVERIFY(!alarmStateFromKey(QStringLiteral("bogus"), nullptr));
    QVERIFY(!alarmPriorityFromKey(QStringLiteral("Urgent"), nullptr));
}

void TestAlarmEngine::lifecycle_data()
{
    // Steps: on/off (condition), ack, shelve, unshelve, expire, oos, ris (return to service),
    // sup/unsup (a suppression source covering the asset). `states` is the state after each
    // step; `actions` the transitions' actions, in order, "-" when a step gives none.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<QStringList>("actions");
    const auto l = [](const char *s) { return QString::fromLatin1(s).split(QLatin1Char(' ')); };
    QTest::newRow("normal → unack") << l("on") << l("unack") << l("activate");
    QTest::newRow("unack → acked") << l("on ack") << l("unack acked") << l("activate acknowledge");
    QTest::newRow("acked → normal on clear") << l("on ack off") << l("unack acked normal") << l("activate acknowledge clear");
    QTest::newRow("unack → rtnun on clear") << l("on off") << l("unack rtnun") << l("activate clear");
    QTest::newRow("rtnun → normal on ack") << l("on off ack") << l("unack rtnun normal") << l("activate clear acknowledge");
    QTest::newRow("rtnun → unack on re-activation") << l("on off on") << l("unack rtnun unack") << l("activate clear activate");
    QTest::newRow("ack of acked is no action") << l("on ack ack") << l("unack acked acked") << l("activate acknowledge -");
    QTest::newRow("shelve active, unshelve → unack") << l("on shelve unshelve") << l("unack shelved unack") << l("activate shelve unshelve");
    QTest::newRow("cleared while shelved, unshelve → normal")
        << l("on shelve off unshelve") << l("unack shelved shelved normal") << l("activate shelve clear unshelve");
    QTest::newRow("acked, shelved, expiry while active → unack")
        << l("on ack shelve expire") << l("unack acked shelved unack") << l("activate acknowledge shelve shelveExpired");
    QTest::newRow("activation while shelved is counted, state kept")
        << l("on off ack shelve on") << l("unack rtnun normal shelved shelved") << l("activate clear acknowledge shelve activate");
    QTest::newRow("out of service, cleared, returned → normal")
        << l("on oos off ris") << l("unack outOfService outOfService normal") << l("activate removeFromService clear returnToService");
    QTest::newRow("out of service active, returned → unack") << l("on oos ris") << l("unack outOfService unack")
                                                               << l("activate removeFromService returnToService");
    QTest::newRow("shelving out of service is refused") << l("on oos shelve") << l("unack outOfService outOfService")
                                                        << l("activate removeFromService -");
    QTest::newRow("suppressed, ends while active → unack") << l("on sup unsup") << l("unack suppressed unack")
                                                           << l("activate suppress unsuppress");
    QTest::newRow("suppressed, cleared, ends → normal") << l("on sup off unsup") << l("unack suppressed suppressed normal")
                                                        << l("activate suppress clear unsuppress");
    QTest::newRow("shelving outranks suppression") << l("on shelve sup unshelve unsup") << l("unack shelved shelved suppressed unack")
                                                   << l("activate shelve - unshelve unsuppress");
    QTest::newRow("out of service outranks suppression") << l("on oos sup unsup ris") << l("unack outOfService outOfService outOfService unack")
                                                         << l("activate removeFromService - - returnToService");
}

void TestAlarmEngine::lifecycle()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, states);
    QFETCH(QStringList, actions);
    QCOMPARE(states.size(), steps.size());
    QCOMPARE(actions.size(), steps.size());
    AlarmEngine engine(testLights(1), QStringLiteral("Camille"));
    engine.setRules(rules());
    qint64 id = 0;
    for (int i = 0; i < steps.size(); ++i) {
        const QString step = steps.at(i);
        const qint64 now = kT0 + i * 1000;
        const QVector<qint64> ids{id};
        AlarmChanges c;
        bool operatorAction = true;
        if (step == QLatin1String("on") || step == QLatin1String("off")) {
            c = engine.applyConditions({change(0, step == QLatin1String("on"), now)});
            operatorAction = false;
            id = engine.alarmId(0, kRule);
        } else if (step == QLatin1String("ack")) {
            c = engine.acknowledge(ids, now);
        } else if (step == QLatin1String("shelve")) {
            c = engine.shelve(ids, QStringLiteral("lamp replaced tomorrow"), now + 3'600'000, now);
        } else if (step == QLatin1String("unshelve")) {
            c = engine.unshelve(ids, now);
        } else if (step == QLatin1String("expire")) {
            c = engine.expireShelves(now + 3'600'000);
            operatorAction = false;
        } else if (step == QLatin1String("oos")) {
            c = engine.removeFromService(ids, QStringLiteral("cabinet rewired"), now);
        } else if (step == QLatin1String("ris")) {
            c = engine.returnToService(ids, now);
        } else if (step == QLatin1String("sup") || step == QLatin1String("unsup")) {
            c = engine.setSuppression(QStringLiteral("intervention"), step == QLatin1String("sup") ? QSet<qint32>{0} : QSet<qint32>{}, now);
            operatorAction = false;
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown step ") + step));
        }
        QVERIFY2(id != 0, "the first step creates the alarm");
        const Alarm *a = engine.alarm(id);
        QVERIFY(a);
        QCOMPARE(alarmStateKey(a->state), alarmStateKey(stateOf(states.at(i))));
        const QString expectedAction = actions.at(i);
        if (expectedAction == QLatin1String("-")) {
            QVERIFY2(c.transitions.isEmpty(), qPrintable(step));
            continue;
        }
        QCOMPARE(c.transitions.size(), 1);
        const AlarmTransition &t = c.transitions.constFirst();
        QCOMPARE(t.action, expectedAction);
        QCOMPARE(t.alarmId, id);
        QCOMPARE(alarmStateKey(t.to), alarmStateKey(a->state));
        QCOMPARE(t.actor, operatorAction ? QStringLiteral("Camille") : QStringLiteral("system"));
        QCOMPARE(t.atMs, step == QLatin1String("expire") ? now + 3'600'000 : now);
        QVERIFY(!c.alarms.isEmpty());
        QCOMPARE(c.alarms.constLast().state, a->state);
    }
}

void TestAlarmEngine::shelveExpiry()
{
    AlarmEngine engine(testLights(1), QStringLiteral("Camille"));
    engine.setRules(rules());
    engine.applyConditions({change(0, true, kT0)});
    const qint64 id = engine.alarmId(0, kRule);
    QVERIFY(engine.shelve({id}, QStringLiteral("known"), kT0, kT0).transitions.isEmpty()); // expiry not in the future
    engine.shelve({id}, QStringLiteral("known"), kT0 + 60'000, kT0);
    QCOMPARE(engine.alarm(id)->state, AlarmState::Shelved);
    QCOMPARE(engine.alarm(id)->shelvedUntilMs, kT0 + 60'000);
    QCOMPARE(engine.alarm(id)->shelveReason, QStringLiteral("known"));
    QVERIFY(engine.expireShelves(kT0 + 59'999).transitions.isEmpty());
    QCOMPARE(engine.alarm(id)->state, AlarmState::Shelved);
    // The condition clears and comes back while shelved: tracked, not annunciated.
    engine.applyConditions({change(0, false, kT0 + 10'000), change(0, true, kT0 + 20'000)});
    QCOMPARE(engine.alarm(id)->state, AlarmState::Shelved);
    QCOMPARE(engine.alarm(id)->count, 2);
    QCOMPARE(engine.alarm(id)->lastActiveMs, kT0 + 20'000);
    const AlarmChanges c = engine.expireShelves(kT0 + 60'000);
    QCOMPARE(c.transitions.size(), 1);
    QCOMPARE(c.transitions.constFirst().action, QStringLiteral("shelveExpired"));
    QCOMPARE(c.transitions.constFirst().actor, QStringLiteral("system"));
    QCOMPARE(engine.alarm(id)->state, AlarmState::Unacknowledged);
    QCOMPARE(engine.alarm(id)->shelvedUntilMs, qint64(0));
    QVERIFY(engine.alarm(id)->shelveReason.isEmpty());
    QCOMPARE(c.entered, QVector<qint64>{id}); // back in the list: the grouper and the rate meter see it
}

void TestAlarmEngine::overlappingSuppression()
{
    AlarmEngine engine(testLights(2), QString());
    engine.setRules(rules());
    engine.applyConditions({change(0, true, kT0), change(1, true, kT0)});
    const qint64 a0 = engine.alarmId(0, kRule);
    const qint64 a1 = engine.alarmId(1, kRule);
    const QString intervention = QStringLiteral("intervention");
    const QString works = QStringLiteral("worksZone");

    AlarmChanges c = engine.setSuppression(intervention, {0}, kT0 + 1);
    QCOMPARE(c.transitions.size(), 1);
    QCOMPARE(c.transitions.constFirst().action, QStringLiteral("suppress"));
    QCOMPARE(engine.alarm(a0)->state, AlarmState::SuppressedByDesign);
    QCOMPARE(engine.alarm(a0)->suppressedBy, intervention);
    QCOMPARE(engine.alarm(a1)->state, AlarmState::Unacknowledged);

    c = engine.setSuppression(works, {0, 1}, kT0 + 2);
    QCOMPARE(c.transitions.size(), 1); // only asset 1 changes state
    QCOMPARE(c.transitions.constFirst().alarmId, a1);
    QCOMPARE(engine.alarm(a0)->suppressedBy, QStringLiteral("intervention,worksZone"));

    c = engine.setSuppression(intervention, {}, kT0 + 3);
    QVERIFY(c.transitions.isEmpty()); // the works zone still covers asset 0
    QCOMPARE(engine.alarm(a0)->state, AlarmState::SuppressedByDesign);
    QCOMPARE(engine.alarm(a0)->suppressedBy, works);

    engine.applyConditions({change(1, false, kT0 + 4)}); // clears while suppressed
    c = engine.setSuppression(works, {}, kT0 + 5);
    QCOMPARE(c.transitions.size(), 2);
    for (const AlarmTransition &t : c.transitions)
        QCOMPARE(t.action, QStringLiteral("unsuppress"));
    QCOMPARE(engine.alarm(a0)->state, AlarmState::Unacknowledged); // still active
    QCOMPARE(engine.alarm(a1)->state, AlarmState::Normal);          // cleared meanwhile
    QVERIFY(engine.alarm(a0)->suppressedBy.isEmpty());
}

void TestAlarmEngine::suppressedAssetStartsSuppressed()
{
    AlarmEngine engine(testLights(1), QString());
    engine.setRules(rules());
    engine.setSuppression(QStringLiteral("intervention"), {0}, kT0);
    const AlarmChanges c = engine.applyConditions({change(0, true, kT0 + 1)});
    const qint64 id = engine.alarmId(0, kRule);
    QCOMPARE(engine.alarm(id)->state, AlarmState::SuppressedByDesign);
    QVERIFY(c.entered.isEmpty());
    QCOMPARE(c.transitions.size(), 2);
    QCOMPARE(c.transitions.at(0).action, QStringLiteral("suppress"));
    QCOMPARE(c.transitions.at(1).action, QStringLiteral("activate"));
    engine.setSuppression(QStringLiteral("intervention"), {}, kT0 + 2);
    QCOMPARE(engine.alarm(id)->state, AlarmState::Unacknowledged);
}

void TestAlarmEngine::outOfService()
{
    AlarmEngine engine(testLights(1), QStringLiteral("Camille"));
    engine.setRules(rules());
    engine.applyConditions({change(0, true, kT0)});
    const qint64 id = engine.alarmId(0, kRule);
    AlarmChanges c = engine.removeFromService({id}, QStringLiteral("column replaced"), kT0 + 1);
    QCOMPARE(c.transitions.constFirst().text, QStringLiteral("column replaced"));
    QVERIFY(engine.removeFromService({id}, QString(), kT0 + 2).transitions.isEmpty()); // already out
    // Conditions keep being tracked out of service.
    engine.applyConditions({change(0, false, kT0 + 3), change(0, true, kT0 + 4), change(0, false, kT0 + 5)});
    QCOMPARE(engine.alarm(id)->state, AlarmState::OutOfService);
    QCOMPARE(engine.alarm(id)->count, 2);
    QVERIFY(!engine.alarm(id)->conditionActive);
    QVERIFY(engine.returnToService({id + 100}, kT0 + 6).isEmpty()); // unknown id
    c = engine.returnToService({id}, kT0 + 6);
    QCOMPARE(engine.alarm(id)->state, AlarmState::Normal);
    QCOMPARE(c.transitions.constFirst().actor, QStringLiteral("Camille"));
}

void TestAlarmEngine::oneAlarmPerAssetAndRule()
{
    AlarmEngine engine(testLights(2), QString());
    engine.setRules(rules());
    ConditionChanges changes;
    for (int i = 0; i < 50; ++i) {
        changes << change(0, true, kT0 + i * 10'000);
        changes << change(0, false, kT0 + i * 10'000 + 5000);
    }
    changes << change(0, true, kT0 + 1'000'000) << change(0, true, kT0 + 1'000'001); // a repeated "on"
    const AlarmChanges c = engine.applyConditions(changes);
    QCOMPARE(engine.size(), 1);
    QCOMPARE(c.alarms.size(), 1);
    const Alarm *a = engine.alarm(engine.alarmId(0, kRule));
    QCOMPARE(a->count, 51);
    QCOMPARE(a->firstActiveMs, kT0);
    QCOMPARE(a->lastActiveMs, kT0 + 1'000'000);
    QCOMPARE(a->assetId, QStringLiteral("urn:ngsi-ld:Streetlight:test:0"));
    QCOMPARE(a->priority, AlarmPriority::High);
    QCOMPARE(a->kind, AlarmRuleKind::StateCode);
    QCOMPARE(c.entered.size(), 1); // Normal → Unack once; re-activations from RTNUN are not new entries
    QCOMPARE(c.transitions.size(), 101);

    engine.applyConditions({change(0, true, kT0 + 2'000'000, kRule + 1), change(1, true, kT0 + 2'000'000)});
    QCOMPARE(engine.size(), 3);
    QCOMPARE(engine.alarm(engine.alarmId(0, kRule + 1))->priority, AlarmPriority::Urgent);
    // A condition clearing that never raised an alarm creates nothing.
    QVERIFY(engine.applyConditions({change(1, false, kT0, kRule + 1)}).isEmpty());
    QCOMPARE(engine.size(), 3);
}

void TestAlarmEngine::idsContinueAfterStore()
{
    AlarmEngine engine(testLights(3), QString());
    engine.setRules(rules());
    Alarm stored;
    stored.id = 40;
    stored.assetIndex = 1;
    stored.ruleId = kRule;
    stored.state = AlarmState::Acknowledged;
    stored.conditionActive = true;
    stored.count = 4;
    engine.restore({stored}, 41);
    engine.applyConditions({change(1, false, kT0), change(2, true, kT0)});
    QCOMPARE(engine.alarm(40)->state, AlarmState::Normal); // the restored alarm goes on
    QCOMPARE(engine.alarmId(2, kRule), qint64(42));        // new ids after the store's max
}

void TestAlarmEngine::commentsAreAudited()
{
    AlarmEngine engine(testLights(1), QStringLiteral("Camille"));
    engine.setRules(rules());
    engine.applyConditions({change(0, true, kT0)});
    const qint64 id = engine.alarmId(0, kRule);
    const AlarmChanges c = engine.comment(id, QStringLiteral("crew on site"), kT0 + 5);
    QCOMPARE(c.transitions.size(), 1);
    const AlarmTransition &t = c.transitions.constFirst();
    QCOMPARE(t.action, QStringLiteral("comment"));
    QCOMPARE(t.text, QStringLiteral("crew on site"));
    QCOMPARE(t.actor, QStringLiteral("Camille"));
    QCOMPARE(t.from, AlarmState::Unacknowledged);
    QCOMPARE(t.to, AlarmState::Unacknowledged);
    QCOMPARE(engine.alarm(id)->lastChangeMs, kT0);
}

void TestAlarmEngine::parentFollowsChildren()
{
    AlarmEngine engine(testLights(3), QStringLiteral("Camille"));
    engine.setRules(rules());
    engine.applyConditions({change(0, true, kT0), change(1, true, kT0), change(2, true, kT0, kRule + 1)});
    const QVector<qint64> kids{engine.alarmId(0, kRule), engine.alarmId(1, kRule), engine.alarmId(2, kRule + 1)};
    qint64 parent = 0;
    engine.createParent(QStringLiteral("cabinet:C1"), kT0 + 1, &parent);
    QVERIFY(parent > kids.last());
    AlarmChanges c = engine.attach(kids, parent, kT0 + 1);
    const Alarm *p = engine.alarm(parent);
    QCOMPARE(p->kind, AlarmRuleKind::Group);
    QCOMPARE(p->assetIndex, -1);
    QCOMPARE(p->childCount, 3);
    QCOMPARE(p->priority, AlarmPriority::Urgent); // the highest child priority
    QCOMPARE(p->state, AlarmState::Unacknowledged);
    QVERIFY2(p->detail.startsWith(QLatin1String("3 light")) && p->detail.endsWith(QLatin1String(", cabinet C1")), qPrintable(p->detail));
    for (qint64 k : kids)
        QCOMPARE(engine.alarm(k)->parentId, parent);

    // Acknowledging the parent acknowledges its children.
    c = engine.acknowledge({parent}, kT0 + 2);
    for (qint64 k : kids)
        QCOMPARE(engine.alarm(k)->state, AlarmState::Acknowledged);
    QCOMPARE(engine.alarm(parent)->state, AlarmState::Acknowledged);
    QCOMPARE(c.transitions.size(), 4);
    QCOMPARE(c.transitions.constLast().actor, QStringLiteral("Camille"));

    // A child re-activating after clearing annunciates the parent again.
    engine.applyConditions({change(0, false, kT0 + 3)});
    QCOMPARE(engine.alarm(parent)->state, AlarmState::Acknowledged);
    engine.applyConditions({change(0, true, kT0 + 4)});
    QCOMPARE(engine.alarm(kids.at(0))->state, AlarmState::Unacknowledged);
    QCOMPARE(engine.alarm(parent)->state, AlarmState::Unacknowledged);
    QCOMPARE(engine.alarm(kids.at(0))->parentId, parent); // stays attached, no new list entry

    // The parent returns to normal when every child has.
    engine.acknowledge({kids.at(0)}, kT0 + 5);
    engine.applyConditions({change(0, false, kT0 + 6), change(1, false, kT0 + 6)});
    QCOMPARE(engine.alarm(parent)->state, AlarmState::Acknowledged);
    c = engine.applyConditions({change(2, false, kT0 + 7, kRule + 1)});
    QCOMPARE(engine.alarm(parent)->state, AlarmState::Normal);
    QVERIFY(!engine.alarm(parent)->conditionActive);

    // A closed parent does not take its children back: they enter the list on their own.
    c = engine.applyConditions({change(1, true, kT0 + 8)});
    QCOMPARE(engine.alarm(kids.at(1))->parentId, qint64(0));
    QCOMPARE(c.entered, QVector<qint64>{kids.at(1)});
    QCOMPARE(engine.alarm(parent)->state, AlarmState::Normal);
}


namespace {

constexpr qint64 kCableCutRule = 20;

/// A SuspectedCableCut item of works `worksId` over the test lamps `lamps`.
CoordinationItem cableCut(const QString &worksId, const QVector<qint32> &lamps)
{
    CoordinationItem i;
    i.kind = CoordinationKind::SuspectedCableCut;
    i.key = QStringLiteral("suspectedCableCut|%1|").arg(worksId);
    i.worksId = worksId;
    i.assetIndexes = lamps;
    for (qint32 l : lamps)
        i.assetIds << QStringLiteral("urn:ngsi-ld:Streetlight:test:%1").arg(l);
    return i;
}

AlarmRules rulesWithCableCut()
{
    AlarmRules out = rules();
    AlarmRule r;
    r.id = kCableCutRule;
    r.key = QString::fromLatin1(kCableCutRuleKey);
    r.kind = AlarmRuleKind::Coordination;
    r.priority = AlarmPriority::High;
    out << r;
    return out;
}

/// Hands the items to the engine as the app does: suppression, then the grouped alarms.
AlarmChanges apply(AlarmEngine &engine, const QList<CoordinationItem> &items, qint64 at)
{
    const CableCutAlarms alarms = cableCutAlarms(items);
    AlarmChanges c = engine.setSuppression(coordinationSuppressionSource(), alarms.lamps, at);
    c.append(engine.setSubjectConditions(kCableCutRule, alarms.conditions, at));
    return c;
}

} // namespace

void TestAlarmEngine::cableCutIsOneAlarmPerWorksZone()
{
    AlarmEngine engine(testLights(5), QString());
    engine.setRules(rulesWithCableCut());
    engine.applyConditions({change(0, true, kT0), change(1, true, kT0), change(2, true, kT0), change(4, true, kT0)});
    const qint64 lamp0 = engine.alarmId(0, kRule);

    // Raise: one alarm for the works zone, the three lamps' alarms suppressed by design.
    AlarmChanges c = apply(engine, {cableCut(QStringLiteral("CP000617"), {0, 1, 2})}, kT0 + 10);
    const qint64 id = engine.subjectAlarmId(QStringLiteral("worksZone:CP000617"), kCableCutRule);
    QVERIFY(id != 0);
    const Alarm *a = engine.alarm(id);
    QCOMPARE(a->assetIndex, -1);
    QCOMPARE(a->assetId, QStringLiteral("worksZone:CP000617"));
    QCOMPARE(a->kind, AlarmRuleKind::Coordination);
    QCOMPARE(a->priority, AlarmPriority::High);
    QCOMPARE(a->state, AlarmState::Unacknowledged);
    // "%n lamp(s)": the plural comes from the translation, not loaded here.
    QVERIFY2(a->detail.startsWith(QStringLiteral("Suspected cable cut at works CP000617: 3 lamp")), qPrintable(a->detail));
    QVERIFY2(a->detail.endsWith(QStringLiteral(" dark (0, 1, 2)")), qPrintable(a->detail));
    QCOMPARE(c.entered, QVector<qint64>{id}); // enters the operator list
    int suppressed = 0, activated = 0;
    for (const AlarmTransition &t : c.transitions) {
        suppressed += t.action == QLatin1String("suppress");
        activated += t.action == QLatin1String("activate") && t.alarmId == id;
    }
    QCOMPARE(suppressed, 3);
    QCOMPARE(activated, 1);
    QCOMPARE(engine.alarm(lamp0)->state, AlarmState::SuppressedByDesign);
    QCOMPARE(engine.alarm(lamp0)->suppressedBy, QStringLiteral("worksZone"));
    QCOMPARE(engine.alarm(engine.alarmId(4, kRule))->state, AlarmState::Unacknowledged); // outside the works

    // The same result again changes nothing.
    QVERIFY(apply(engine, {cableCut(QStringLiteral("CP000617"), {0, 1, 2})}, kT0 + 20).isEmpty());

    // A fourth lamp goes dark: the same alarm, new detail, no transition for it; the lamp's
    // own alarm starts suppressed.
    engine.acknowledge({id}, kT0 + 25);
    engine.setSuppression(coordinationSuppressionSource(), {0, 1, 2, 3}, kT0 + 30);
    engine.applyConditions({change(3, true, kT0 + 30)});
    QCOMPARE(engine.alarm(engine.alarmId(3, kRule))->state, AlarmState::SuppressedByDesign);
    c = engine.setSubjectConditions(kCableCutRule, cableCutAlarms({cableCut(QStringLiteral("CP000617"), {0, 1, 2, 3})}).conditions,
                                    kT0 + 30);
    QCOMPARE(c.alarms.size(), 1);
    QVERIFY(c.transitions.isEmpty());
    QCOMPARE(engine.alarm(id)->state, AlarmState::Acknowledged);
    QCOMPARE(engine.alarm(id)->count, 1);
    QVERIFY(engine.alarm(id)->detail.startsWith(QStringLiteral("Suspected cable cut at works CP000617: 4 lamp")));
    QVERIFY(engine.alarm(id)->detail.endsWith(QStringLiteral(" dark (0, 1, 2, 3)")));

    // A second zone: a second alarm.
    apply(engine, {cableCut(QStringLiteral("CP000617"), {0, 1, 2, 3}), cableCut(QStringLiteral("W2"), {4})}, kT0 + 35);
    const qint64 second = engine.subjectAlarmId(QStringLiteral("worksZone:W2"), kCableCutRule);
    QVERIFY(second != 0 && second != id);
    QCOMPARE(engine.alarm(engine.alarmId(4, kRule))->state, AlarmState::SuppressedByDesign);

    // The condition ends: the zone's alarm clears (acknowledged: back to Normal), the other
    // returns unacknowledged, and the lamps' alarms leave suppression, still active.
    c = apply(engine, {}, kT0 + 40);
    QCOMPARE(engine.alarm(id)->state, AlarmState::Normal);
    QVERIFY(!engine.alarm(id)->conditionActive);
    QCOMPARE(engine.alarm(second)->state, AlarmState::ReturnedUnacknowledged);
    QCOMPARE(engine.alarm(lamp0)->state, AlarmState::Unacknowledged);
    QVERIFY(engine.alarm(lamp0)->suppressedBy.isEmpty());
    int cleared = 0, unsuppressed = 0;
    for (const AlarmTransition &t : c.transitions) {
        cleared += t.action == QLatin1String("clear");
        unsuppressed += t.action == QLatin1String("unsuppress");
    }
    QCOMPARE(cleared, 2);
    QCOMPARE(unsuppressed, 5);
    engine.acknowledge({second}, kT0 + 45);
    QCOMPARE(engine.alarm(second)->state, AlarmState::Normal);

    // Raised again: the same alarm (one per works zone and rule), counted.
    apply(engine, {cableCut(QStringLiteral("CP000617"), {0, 1, 2})}, kT0 + 50);
    QCOMPARE(engine.subjectAlarmId(QStringLiteral("worksZone:CP000617"), kCableCutRule), id);
    QCOMPARE(engine.alarm(id)->count, 2);
    QCOMPARE(engine.alarm(id)->state, AlarmState::Unacknowledged);
}

void TestAlarmEngine::subjectAlarmsSurviveRestore()
{
    AlarmEngine engine(testLights(3), QString());
    engine.setRules(rulesWithCableCut());
    engine.applyConditions({change(0, true, kT0)});
    apply(engine, {cableCut(QStringLiteral("CP1"), {0, 1, 2})}, kT0 + 1);
    const qint64 id = engine.subjectAlarmId(QStringLiteral("worksZone:CP1"), kCableCutRule);

    AlarmEngine again(testLights(3), QString());
    again.setRules(rulesWithCableCut());
    again.restore(engine.alarms(), engine.maxId());
    QCOMPARE(again.subjectAlarmId(QStringLiteral("worksZone:CP1"), kCableCutRule), id);
    QCOMPARE(again.alarmId(-1, kCableCutRule), qint64(0)); // not keyed as an asset alarm
    QCOMPARE(again.alarm(again.alarmId(0, kRule))->state, AlarmState::SuppressedByDesign);
    // The first result after the restart no longer lists the zone: it clears.
    const AlarmChanges c = apply(again, {}, kT0 + 2);
    QCOMPARE(again.alarm(id)->state, AlarmState::ReturnedUnacknowledged);
    QCOMPARE(again.alarm(again.alarmId(0, kRule))->state, AlarmState::Unacknowledged);
    QVERIFY(!c.transitions.isEmpty());
}

QTEST_GUILESS_MAIN(TestAlarmEngine)
#include "tst_alarmengine.moc"
