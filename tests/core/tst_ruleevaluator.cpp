#include "alarms/alarmservice.h"
#include "alarms/ruleevaluator.h"
#include "domain/quantity.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace vigie;

// Scenarios are written as a line of steps on a clock in seconds from kT0:
//   r@60=0.9     a valid numeric reading of the rule's quantity, observed at +60 s
//   r1@60=0.9    the same for asset 1 (asset 0 when no index is given)
//   s@60=burning a text reading
//   i@60=2.5     a reading flagged InvalidReading
//   m@60         a message of another quantity (a sign of life only)
//   t@60         tick(+60 s)
// Each observation is observed (and received) at its time; observe()'s nowMs is the
// latest time seen so far, so a step back in time is an out-of-order delivery.
// The expected changes read the same way: "+600" the condition activated at +600 s,
// "-1200" it cleared at +1200 s, "+1:600" for asset 1.

namespace {

const qint64 kT0 = QDateTime::fromString(QStringLiteral("2026-03-10T08:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
constexpr qint64 kSilentAfterMs = 20 * 60 * 1000;

qint64 at(double seconds)
{
    return kT0 + qint64(std::llround(seconds * 1000));
}

AssetDirectoryPtr makeDirectory()
{
    QVector<AssetRecord> assets;
    for (int i = 0; i < 2; ++i) {
        AssetRecord r;
        r.kind = AssetKind::WasteContainer;
        r.layerId = QStringLiteral("containers");
        r.ref = QString::number(i);
        r.id = assetUrn(r.kind, QStringLiteral("montpellier"), r.ref);
        r.lat = 43.61;
        r.lon = 3.88;
        assets.append(r);
    }
    AssetRecord lamp;
    lamp.kind = AssetKind::Streetlight;
    lamp.layerId = QStringLiteral("lights");
    lamp.ref = QStringLiteral("L1");
    lamp.id = assetUrn(lamp.kind, QStringLiteral("montpellier"), lamp.ref);
    lamp.lat = 43.61; // Montpellier, Comédie
    lamp.lon = 3.88;
    assets.append(lamp);
    ConditionPolicy policy;
    policy.silentAfterMs = kSilentAfterMs;
    return std::make_shared<AssetDirectory>(assets, QHash<QString, ConditionPolicy>{{QStringLiteral("containers"), policy}});
}

AlarmRule baseRule(AlarmRuleKind kind, const QString &quantity)
{
    AlarmRule r;
    r.id = 1;
    r.key = QStringLiteral("test.rule");
    r.kind = kind;
    r.assetKind = AssetKind::WasteContainer;
    r.quantity = quantity;
    return r;
}

Observation observation(qint32 asset, const QString &quantity, qint64 t)
{
    Observation o;
    o.assetIndex = asset;
    o.quantity = quantity;
    o.observedAtMs = t;
    o.receivedAtMs = t;
    return o;
}

QString format(const ConditionChanges &changes)
{
    QStringList parts;
    for (const ConditionChange &c : changes) {
        const qint64 ms = c.atMs - kT0;
        const QString time = ms % 1000 == 0 ? QString::number(ms / 1000) : QString::number(ms / 1000.0, 'f', 3);
        parts << QString(c.active ? u'+' : u'-') + (c.assetIndex ? QString::number(c.assetIndex) + u':' : QString()) + time;
    }
    return parts.join(u' ');
}

// Runs a scenario (see the top of the file) and returns the changes, formatted.
QString run(RuleEvaluator &evaluator, const QString &quantity, const QString &steps, ConditionChanges *all = nullptr)
{
    ConditionChanges changes;
    qint64 now = kT0;
    for (const QString &step : steps.split(u' ', Qt::SkipEmptyParts)) {
        const QChar op = step.at(0);
        const int atSign = int(step.indexOf(u'@'));
        const int eq = int(step.indexOf(u'='));
        const qint32 asset = atSign > 1 ? step.mid(1, atSign - 1).toInt() : 0;
        const double seconds = step.mid(atSign + 1, eq < 0 ? -1 : eq - atSign - 1).toDouble();
        const QString arg = eq < 0 ? QString() : step.mid(eq + 1);
        const qint64 t = at(seconds);
        now = std::max(now, t);
        if (op == u't') {
            changes += evaluator.tick(t);
            continue;
        }
        Observation o = observation(asset, op == u'm' ? QString(quantity::temperature) : quantity, t);
        if (op == u's')
            o.text = arg;
        else if (op == u'm')
            o.number = 12;
        else
            o.number = arg.toDouble();
        if (op == u'i')
            o.flags = InvalidReading;
        changes += evaluator.observe({o}, now);
    }
    if (all)
        *all = changes;
    return format(changes);
}

int activations(const ConditionChanges &changes)
{
    return int(std::count_if(changes.begin(), changes.end(), [](const ConditionChange &c) { return c.active; }));
}

} // namespace

class TestRuleEvaluator : public QObject
{
    Q_OBJECT
private slots:
    void threshold_data();
    void threshold();
    void chattering_data();
    void chattering();
    void oneActivationForAnHourAboveThreshold();
    void stateCode_data();
    void stateCode();
    void communicationLoss_data();
    void communicationLoss();
    void communicationLossFromTheFleetPeriod_data();
    void communicationLossFromTheFleetPeriod();
    void batteryLow_data();
    void batteryLow();
    void rateOfChange_data();
    void rateOfChange();
    void invalidReadings_data();
    void invalidReadings();
    void dayNight_data();
    void dayNight();
    void dayNightJudgedAgainAtSunEvents();
    void perAssetRuleOverridesKindRule();
    void disabledRuleNeverFires();
    void setRulesClearsRemovedAndChangedRules();
    void restoredConditionsClear_data();
    void restoredConditionsClear();
    void detailIsPlainAndNumeric();
    void defaultRules();
    void savedStateContinuesExactly();
    void savedStateRejectsDamageAndOtherRules();
    void hundredThousandAssets();
};

// --- Threshold, deadband, delays, out of order, invalid readings ----------------------

void TestRuleEvaluator::threshold_data()
{
    QTest::addColumn<bool>("high");
    QTest::addColumn<double>("deadband");
    QTest::addColumn<qint64>("onDelayS");
    QTest::addColumn<qint64>("offDelayS");
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QString>("expected");
    // setpoint 0.8 throughout
    QTest::newRow("stays below") << true << 0.0 << qint64(0) << qint64(0) << "r@0=0.5 r@60=0.79" << "";
    QTest::newRow("crosses up") << true << 0.0 << qint64(0) << qint64(0) << "r@0=0.5 r@60=0.85" << "+60";
    QTest::newRow("at the setpoint counts") << true << 0.0 << qint64(0) << qint64(0) << "r@0=0.8" << "+0";
    QTest::newRow("crosses up and back") << true << 0.0 << qint64(0) << qint64(0) << "r@0=0.85 r@60=0.6" << "+0 -60";
    QTest::newRow("deadband holds") << true << 0.1 << qint64(0) << qint64(0) << "r@0=0.85 r@60=0.75 r@120=0.7" << "+0";
    QTest::newRow("deadband holds (low)") << false << 0.1 << qint64(0) << qint64(0) << "r@0=0.75 r@60=0.85 r@120=0.9" << "+0";
    QTest::newRow("deadband clears beyond") << true << 0.1 << qint64(0) << qint64(0) << "r@0=0.85 r@60=0.75 r@120=0.69" << "+0 -120";
    QTest::newRow("low direction") << false << 0.05 << qint64(0) << qint64(0) << "r@0=0.9 r@60=0.8 r@120=0.84 r@180=0.86" << "+60 -180";
    QTest::newRow("on-delay elapses on readings") << true << 0.0 << qint64(600) << qint64(0)
                                                  << "r@0=0.9 r@300=0.9 r@600=0.9 r@900=0.9" << "+600";
    QTest::newRow("on-delay elapses on tick") << true << 0.0 << qint64(600) << qint64(0) << "r@0=0.9 t@300 t@599 t@600" << "+600";
    QTest::newRow("on-delay restarts after a dip") << true << 0.0 << qint64(600) << qint64(0)
                                                   << "r@0=0.9 r@300=0.7 r@400=0.9 t@900 t@1000" << "+1000";
    QTest::newRow("short excursion never activates") << true << 0.0 << qint64(600) << qint64(0)
                                                     << "r@0=0.9 r@599=0.5 t@3600" << "";
    QTest::newRow("on-delay judged on observed times") << true << 0.0 << qint64(600) << qint64(0)
                                                       << "r@0=0.9 r@100=0.5 t@5000" << "";
    QTest::newRow("off-delay") << true << 0.0 << qint64(0) << qint64(300) << "r@0=0.9 r@60=0.5 t@300 t@360" << "+0 -360";
    QTest::newRow("off-delay bridges a dip") << true << 0.0 << qint64(0) << qint64(300)
                                             << "r@0=0.9 r@60=0.5 r@200=0.9 t@1000" << "+0";
    QTest::newRow("out of order reading ignored") << true << 0.0 << qint64(0) << qint64(0)
                                                  << "r@100=0.9 r@50=0.1 r@150=0.95" << "+100";
    QTest::newRow("out of order cannot raise") << true << 0.0 << qint64(0) << qint64(0) << "r@100=0.5 r@50=0.9" << "";
    QTest::newRow("invalid reading ignored") << true << 0.0 << qint64(0) << qint64(0) << "r@0=0.5 i@60=5.0 r@120=0.6" << "";
    QTest::newRow("invalid reading does not clear") << true << 0.0 << qint64(0) << qint64(0) << "r@0=0.9 i@60=0.0" << "+0";
}

void TestRuleEvaluator::threshold()
{
    QFETCH(bool, high);
    QFETCH(double, deadband);
    QFETCH(qint64, onDelayS);
    QFETCH(qint64, offDelayS);
    QFETCH(QString, steps);
    QFETCH(QString, expected);
    AlarmRule rule = baseRule(AlarmRuleKind::Threshold, quantity::fillingLevel);
    rule.setpoint = 0.8;
    rule.high = high;
    rule.deadband = deadband;
    rule.onDelayMs = onDelayS * 1000;
    rule.offDelayMs = offDelayS * 1000;
    RuleEvaluator evaluator(makeDirectory(), {rule});
    QCOMPARE(run(evaluator, quantity::fillingLevel, steps), expected);
}

void TestRuleEvaluator::chattering_data()
{
    QTest::addColumn<double>("deadband");
    QTest::addColumn<int>("expectedActivations");
    QTest::newRow("no deadband: every crossing") << 0.0 << 30;
    QTest::newRow("deadband 0.05: one activation") << 0.05 << 1;
}

void TestRuleEvaluator::chattering()
{
    QFETCH(double, deadband);
    QFETCH(int, expectedActivations);
    AlarmRule rule = baseRule(AlarmRuleKind::Threshold, quantity::fillingLevel);
    rule.setpoint = 0.8;
    rule.deadband = deadband;
    RuleEvaluator evaluator(makeDirectory(), {rule});
    // A noisy sensor around the setpoint: 0.79, 0.81, 0.78, 0.82 … every 20 s.
    QStringList steps;
    for (int i = 0; i < 60; ++i)
        steps << QStringLiteral("r@%1=%2").arg(i * 20).arg(i % 2 ? 0.8 + 0.01 * (1 + i % 3) : 0.8 - 0.01 * (1 + i % 3));
    ConditionChanges changes;
    run(evaluator, quantity::fillingLevel, steps.join(u' '), &changes);
    QCOMPARE(activations(changes), expectedActivations);
}

void TestRuleEvaluator::oneActivationForAnHourAboveThreshold()
{
    AlarmRule rule = baseRule(AlarmRuleKind::Threshold, quantity::fillingLevel);
    rule.setpoint = 0.8;
    rule.deadband = 0.1;
    rule.onDelayMs = 10 * 60 * 1000;
    RuleEvaluator evaluator(makeDirectory(), {rule});
    ConditionChanges changes;
    for (int s = 0; s < 3600; ++s) {
        changes += evaluator.observe({[&] {
                                         Observation o = observation(0, quantity::fillingLevel, at(s));
                                         o.number = 0.85 + 0.001 * (s % 7);
                                         return o;
                                     }()},
                                     at(s) + 200);
        changes += evaluator.tick(at(s) + 500);
    }
    QCOMPARE(changes.size(), 1);
    QVERIFY(changes.first().active);
    QCOMPARE(changes.first().atMs, at(600));
    QVERIFY(evaluator.isActive(0, rule.id));
}

// --- State codes --------------------------------------------------------------------------

void TestRuleEvaluator::stateCode_data()
{
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ok stays quiet") << "s@0=ok s@60=lidOpen" << "";
    QTest::newRow("burning raises once") << "s@0=ok s@60=burning s@120=burning" << "+60";
    QTest::newRow("clears on another value") << "s@0=burning s@60=ok" << "+0 -60";
    QTest::newRow("from one code to another stays active") << "s@0=dropped s@60=vandalized s@120=ok" << "+0 -120";
    QTest::newRow("late code ignored") << "s@100=ok s@50=burning" << "";
}

void TestRuleEvaluator::stateCode()
{
    QFETCH(QString, steps);
    QFETCH(QString, expected);
    AlarmRule rule = baseRule(AlarmRuleKind::StateCode, quantity::status);
    rule.codes = {QStringLiteral("burning"), QStringLiteral("dropped"), QStringLiteral("vandalized")};
    RuleEvaluator evaluator(makeDirectory(), {rule});
    QCOMPARE(run(evaluator, quantity::status, steps), expected);
}

// --- Communication loss -------------------------------------------------------------------

void TestRuleEvaluator::communicationLoss_data()
{
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QString>("expected");
    // Learned: a report every 60 s, factor 3 → silence limit 180 s after the last one.
    QTest::newRow("learned period") << "m@0 m@60 m@120 m@180 m@240 t@400 t@419 t@420 t@480 m@500" << "+420 -500";
    QTest::newRow("observations of one message are one arrival")
        << "m@0 m@0 m@60 m@60 m@120 m@120 m@180 t@359 t@361" << "+360";
    QTest::newRow("median ignores one long gap") << "m@0 m@60 m@120 m@1000 m@1060 m@1120 t@1299 t@1301" << "+1300";
    // Fallback: fewer than 3 gaps known → the layer's silentAfterMs (20 min).
    QTest::newRow("fallback to the layer policy") << "m@0 m@60 t@600 t@1259 t@1261" << "+1260";
    QTest::newRow("never heard of: no alarm") << "t@100000" << "";
    QTest::newRow("other asset heard, this one never") << "m1@0 m1@60 m1@120 m1@180 t@400" << "+1:360";
}

void TestRuleEvaluator::communicationLoss()
{
    QFETCH(QString, steps);
    QFETCH(QString, expected);
    AlarmRule rule = baseRule(AlarmRuleKind::CommunicationLoss, QString());
    rule.periodFactor = 3;
    RuleEvaluator evaluator(makeDirectory(), {rule});
    QCOMPARE(run(evaluator, quantity::fillingLevel, steps), expected);
}

// A container heard once (at 0 s) among a fleet that reports every 60 s: before it has
// learned a period of its own, its fleet's (factor 3 → 180 s) stands in for the layer's
// 20 minutes, once enough of the fleet has one.
void TestRuleEvaluator::communicationLossFromTheFleetPeriod_data()
{
    QTest::addColumn<int>("fleet");     // containers besides the one heard once
    QTest::addColumn<bool>("expectFleet");
    QTest::newRow("fleet large enough") << RuleEvaluator::kMinFleetAssets << true;
    QTest::newRow("fleet too small: the layer's silence") << RuleEvaluator::kMinFleetAssets - 1 << false;
}

void TestRuleEvaluator::communicationLossFromTheFleetPeriod()
{
    QFETCH(int, fleet);
    QFETCH(bool, expectFleet);
    QVector<AssetRecord> assets;
    for (int i = 0; i <= fleet; ++i) {
        AssetRecord r;
        r.kind = AssetKind::WasteContainer;
        r.layerId = QStringLiteral("containers");
        r.ref = QString::number(i);
        r.id = assetUrn(r.kind, QStringLiteral("montpellier"), r.ref);
        assets.append(r);
    }
    ConditionPolicy policy;
    policy.silentAfterMs = kSilentAfterMs;
    RuleEvaluator evaluator(std::make_shared<AssetDirectory>(assets, QHash<QString, ConditionPolicy>{{QStringLiteral("containers"), policy}}),
                            {baseRule(AlarmRuleKind::CommunicationLoss, QString())});
    ConditionChanges changes = evaluator.observe({observation(0, quantity::fillingLevel, at(0))}, at(0));
    // The fleet reports every 60 s from 0 to 600 s; the container heard once stays silent.
    for (int t = 0; t <= 600; t += 60) {
        Observations batch;
        for (int i = 1; i <= fleet; ++i)
            batch << observation(i, quantity::fillingLevel, at(t));
        changes += evaluator.observe(batch, at(t));
        changes += evaluator.tick(at(t + 30));
    }
    changes += evaluator.tick(at(kSilentAfterMs / 1000 + 1));
    ConditionChanges ofSilent;
    std::copy_if(changes.begin(), changes.end(), std::back_inserter(ofSilent),
                 [](const ConditionChange &c) { return c.assetIndex == 0; });
    QCOMPARE(ofSilent.size(), 1);
    QVERIFY(ofSilent.first().active);
    if (expectFleet) // known at 180 s (3 gaps each): silent since 0 + 3 × 60 s, dated then
        QCOMPARE(format(ofSilent), QStringLiteral("+180"));
    else
        QCOMPARE(format(ofSilent), QStringLiteral("+%1").arg(kSilentAfterMs / 1000));
}

// --- Battery ------------------------------------------------------------------------------

void TestRuleEvaluator::batteryLow_data()
{
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QString>("expected");
    QTest::newRow("healthy") << "r@0=0.8 r@60=0.5" << "";
    QTest::newRow("low, then replaced") << "r@0=0.5 r@60=0.14 r@120=0.16 r@180=0.19 r@240=0.95" << "+60 -240";
    QTest::newRow("noise around the setpoint") << "r@0=0.14 r@60=0.16 r@120=0.14 r@180=0.16" << "+0";
}

void TestRuleEvaluator::batteryLow()
{
    QFETCH(QString, steps);
    QFETCH(QString, expected);
    AlarmRule rule = baseRule(AlarmRuleKind::BatteryLow, QString()); // defaults to batteryLevel
    rule.setpoint = 0.15;
    rule.deadband = 0.05;
    RuleEvaluator evaluator(makeDirectory(), {rule});
    QCOMPARE(run(evaluator, quantity::batteryLevel, steps), expected);
}

// --- Rate of change -----------------------------------------------------------------------

void TestRuleEvaluator::rateOfChange_data()
{
    QTest::addColumn<QString>("steps");
    QTest::addColumn<qint64>("roundFromS");
    QTest::addColumn<qint64>("roundToS");
    QTest::addColumn<qint64>("holdS");
    QTest::addColumn<QString>("expected");
    const qint64 none = -1;
    QTest::newRow("emptied, no round known") << "r@0=0.9 r@600=0.85 r@1200=0.1 r@1800=0.12" << none << none << qint64(0) << "+1200 -1800";
    QTest::newRow("emptied during a round") << "r@0=0.9 r@600=0.85 r@1200=0.1 r@1800=0.12" << qint64(900) << qint64(1300) << qint64(0) << "";
    QTest::newRow("round elsewhere in the day") << "r@0=0.9 r@1200=0.1" << qint64(7200) << qint64(9000) << qint64(0) << "+1200";
    QTest::newRow("slow drop over hours") << "r@0=0.9 r@1800=0.7 r@3600=0.5 r@5400=0.3" << none << none << qint64(0) << "";
    QTest::newRow("drop just below the magnitude") << "r@0=0.8 r@600=0.45" << none << none << qint64(0) << "";
    QTest::newRow("drop of exactly the magnitude") << "r@0=0.9 r@600=0.5" << none << none << qint64(0) << "+600";
    QTest::newRow("the high point may be anywhere in the window")
        << "r@0=0.5 r@300=0.95 r@600=0.9 r@1500=0.5" << none << none << qint64(0) << "+1500";
    QTest::newRow("filling is not emptying") << "r@0=0.1 r@600=0.9" << none << none << qint64(0) << "";
    QTest::newRow("held for the off-delay") << "r@0=0.9 r@600=0.1 t@1199 t@1200" << none << none << qint64(600) << "+600 -1200";
    QTest::newRow("next reading ends the hold early") << "r@0=0.9 r@600=0.1 r@900=0.1 t@1200" << none << none << qint64(600)
                                                     << "+600 -900";
    QTest::newRow("counted once") << "r@0=0.9 r@600=0.1 r@1200=0.1 r@1800=0.1" << none << none << qint64(0) << "+600 -1200";
}

void TestRuleEvaluator::rateOfChange()
{
    QFETCH(QString, steps);
    QFETCH(qint64, roundFromS);
    QFETCH(qint64, roundToS);
    QFETCH(qint64, holdS);
    QFETCH(QString, expected);
    AlarmRule rule = baseRule(AlarmRuleKind::RateOfChange, quantity::fillingLevel);
    rule.setpoint = 0.4;
    rule.high = false;
    rule.windowMs = 30 * 60 * 1000;
    rule.offDelayMs = holdS * 1000;
    RuleEvaluator evaluator(makeDirectory(), {rule});
    if (roundFromS >= 0)
        evaluator.setExpectedChange(0, at(double(roundFromS)), at(double(roundToS)));
    QCOMPARE(run(evaluator, quantity::fillingLevel, steps), expected);
}

// --- Invalid readings ---------------------------------------------------------------------

void TestRuleEvaluator::invalidReadings_data()
{
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QString>("expected");
    QTest::newRow("three within the hour") << "i@0=9 i@600=9 i@1200=9 t@3599 t@3600" << "+1200 -3600";
    QTest::newRow("spread over hours") << "i@0=9 i@2000=9 i@4000=9 i@6000=9" << "";
    QTest::newRow("valid readings in between do not matter") << "i@0=9 r@300=0.5 i@600=9 r@900=0.5 i@1200=9" << "+1200";
    QTest::newRow("one message counts once") << "i@0=9 i@0=9 i@0=9" << "";
    QTest::newRow("keeps firing while they keep coming") << "i@0=9 i@600=9 i@1200=9 i@1800=9 i@2400=9 t@4000 t@6000"
                                                         << "+1200 -4800";
}

void TestRuleEvaluator::invalidReadings()
{
    QFETCH(QString, steps);
    QFETCH(QString, expected);
    AlarmRule rule = baseRule(AlarmRuleKind::InvalidReadings, QString()); // any quantity
    rule.count = 3;
    rule.windowMs = 60 * 60 * 1000;
    RuleEvaluator evaluator(makeDirectory(), {rule});
    QCOMPARE(run(evaluator, quantity::fillingLevel, steps), expected);
}

// --- Day/night lamp rule at Montpellier (43.61 N, 3.88 E) -------------------------------
//
// Sun times (tst_suntimes has the references): 2026-12-21 sunrise 07:13, sunset 16:09 UTC;
// 2026-06-21 sunrise 04:02, sunset 19:28 UTC. France is on CET (UTC+1) in December and
// CEST (UTC+2) in June, so 14:00 local is 13:00 / 12:00 UTC and 22:00 local is 21:00 /
// 20:00 UTC.

void TestRuleEvaluator::dayNight_data()
{
    QTest::addColumn<QString>("localTime");
    QTest::addColumn<int>("utcOffsetH");
    QTest::addColumn<QString>("power");
    QTest::addColumn<bool>("alarm");
    const QString winter = QStringLiteral("2026-12-21T%1:00");
    const QString summer = QStringLiteral("2026-06-21T%1:00");
    QTest::newRow("winter 14:00 on") << winter.arg(QLatin1String("14:00")) << 1 << "on" << true;
    QTest::newRow("winter 14:00 dimmed") << winter.arg(QLatin1String("14:00")) << 1 << "low" << true;
    QTest::newRow("winter 14:00 off") << winter.arg(QLatin1String("14:00")) << 1 << "off" << false;
    QTest::newRow("winter 22:00 off") << winter.arg(QLatin1String("22:00")) << 1 << "off" << true;
    QTest::newRow("winter 22:00 on") << winter.arg(QLatin1String("22:00")) << 1 << "on" << false;
    QTest::newRow("winter 22:00 booting") << winter.arg(QLatin1String("22:00")) << 1 << "bootingUp" << false;
    QTest::newRow("winter 17:15 (sunset + 6 min) off") << winter.arg(QLatin1String("17:15")) << 1 << "off" << false;
    QTest::newRow("winter 17:15 (sunset + 6 min) on") << winter.arg(QLatin1String("17:15")) << 1 << "on" << false;
    QTest::newRow("summer 14:00 on") << summer.arg(QLatin1String("14:00")) << 2 << "on" << true;
    QTest::newRow("summer 14:00 off") << summer.arg(QLatin1String("14:00")) << 2 << "off" << false;
    QTest::newRow("summer 22:00 off") << summer.arg(QLatin1String("22:00")) << 2 << "off" << true;
    QTest::newRow("summer 22:00 on") << summer.arg(QLatin1String("22:00")) << 2 << "on" << false;
    QTest::newRow("summer 06:00 (sunrise − 2 min) on") << summer.arg(QLatin1String("06:00")) << 2 << "on" << false;
}

void TestRuleEvaluator::dayNight()
{
    QFETCH(QString, localTime);
    QFETCH(int, utcOffsetH);
    QFETCH(QString, power);
    QFETCH(bool, alarm);
    AlarmRule rule = baseRule(AlarmRuleKind::DayNight, quantity::powerState);
    rule.assetKind = AssetKind::Streetlight;
    RuleEvaluator evaluator(makeDirectory(), {rule});
    // The wall-clock time read as if it were UTC, then shifted by the offset of French time.
    const QDateTime wall = QDateTime::fromString(localTime, Qt::ISODate);
    const qint64 utcMs = QDateTime(wall.date(), wall.time(), Qt::UTC).toMSecsSinceEpoch() - qint64(utcOffsetH) * 3600 * 1000;
    Observation o = observation(2, quantity::powerState, utcMs);
    o.text = power;
    ConditionChanges changes = evaluator.observe({o}, utcMs);
    changes += evaluator.tick(utcMs + 1000);
    QCOMPARE(activations(changes), alarm ? 1 : 0);
    QCOMPARE(evaluator.isActive(2, rule.id), alarm);
    if (alarm)
        QCOMPARE(changes.first().atMs, utcMs);
}

void TestRuleEvaluator::dayNightJudgedAgainAtSunEvents()
{
    AlarmRule rule = baseRule(AlarmRuleKind::DayNight, quantity::powerState);
    rule.assetKind = AssetKind::Streetlight;
    RuleEvaluator evaluator(makeDirectory(), {rule});
    const auto utc = [](const char *text) {
        return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toMSecsSinceEpoch();
    };
    // On at noon (alarm), no further message: the rule is judged again as the sun sets,
    // with the last known powerState, and clears 20 min before sunset (twilight).
    Observation o = observation(2, quantity::powerState, utc("2026-12-21T11:00:00Z"));
    o.text = QStringLiteral("on");
    ConditionChanges changes = evaluator.observe({o}, o.observedAtMs);
    QCOMPARE(format(changes).left(1), QStringLiteral("+"));
    ConditionChanges later;
    for (qint64 t = utc("2026-12-21T11:00:00Z"); t <= utc("2026-12-21T23:00:00Z"); t += 1000)
        later += evaluator.tick(t);
    QCOMPARE(later.size(), 1);
    QVERIFY(!later.first().active);
    // Sunset 16:09 UTC − 20 min ≈ 15:49 UTC, to within the reference's few minutes.
    QVERIFY2(qAbs(later.first().atMs - utc("2026-12-21T15:49:00Z")) <= 3 * 60 * 1000, qPrintable(later.first().detail));

    // Off in the afternoon (fine), no further message: an alarm once it is night, dated
    // from the start of night (sunset + 20 min ≈ 16:29 UTC, before the end of civil
    // twilight at 16:42), and it clears in the morning twilight.
    Observation off = observation(2, quantity::powerState, utc("2026-12-22T13:00:00Z"));
    off.text = QStringLiteral("off");
    changes = evaluator.observe({off}, off.observedAtMs);
    QVERIFY(changes.isEmpty());
    later.clear();
    for (qint64 t = utc("2026-12-22T13:00:00Z"); t <= utc("2026-12-23T09:00:00Z"); t += 1000)
        later += evaluator.tick(t);
    QCOMPARE(later.size(), 2);
    QVERIFY(later.at(0).active);
    QVERIFY2(qAbs(later.at(0).atMs - utc("2026-12-22T16:30:00Z")) <= 3 * 60 * 1000, qPrintable(later.at(0).detail));
    QVERIFY(!later.at(1).active);
    QVERIFY2(qAbs(later.at(1).atMs - utc("2026-12-23T06:53:00Z")) <= 3 * 60 * 1000, qPrintable(later.at(1).detail));
}

// --- Rule sets ------------------------------------------------------------------------------

void TestRuleEvaluator::perAssetRuleOverridesKindRule()
{
    AlarmRule kindRule = baseRule(AlarmRuleKind::Threshold, quantity::fillingLevel);
    kindRule.id = 10;
    kindRule.key = QStringLiteral("container.full");
    kindRule.setpoint = 0.8;
    AlarmRule own = kindRule;
    own.id = 11;
    own.assetId = makeDirectory()->at(1).id;
    own.setpoint = 0.95;
    RuleEvaluator evaluator(makeDirectory(), {kindRule, own});
    const QString changes = run(evaluator, quantity::fillingLevel, "r@0=0.9 r1@0=0.9 r1@60=0.96");
    QCOMPARE(changes, QStringLiteral("+0 +1:60"));
    QVERIFY(evaluator.isActive(0, 10));
    QVERIFY(!evaluator.isActive(0, 11));
    QVERIFY(!evaluator.isActive(1, 10));
    QVERIFY(evaluator.isActive(1, 11));

    // A disabled per-asset rule exempts its asset from the kind rule.
    own.enabled = false;
    RuleEvaluator exempt(makeDirectory(), {kindRule, own});
    QCOMPARE(run(exempt, quantity::fillingLevel, "r@0=0.9 r1@0=0.99"), QStringLiteral("+0"));
}

void TestRuleEvaluator::disabledRuleNeverFires()
{
    AlarmRule rule = baseRule(AlarmRuleKind::Threshold, quantity::fillingLevel);
    rule.setpoint = 0.8;
    rule.enabled = false;
    AlarmRule silence = baseRule(AlarmRuleKind::CommunicationLoss, QString());
    silence.id = 2;
    silence.key = QStringLiteral("test.silence");
    silence.enabled = false;
    RuleEvaluator evaluator(makeDirectory(), {rule, silence});
    QCOMPARE(run(evaluator, quantity::fillingLevel, "r@0=0.9 r@60=0.99 t@100000"), QString());
    QVERIFY(!evaluator.isActive(0, rule.id));
}

void TestRuleEvaluator::setRulesClearsRemovedAndChangedRules()
{
    AlarmRule full = baseRule(AlarmRuleKind::Threshold, quantity::fillingLevel);
    full.id = 1;
    full.setpoint = 0.8;
    AlarmRule fire = baseRule(AlarmRuleKind::StateCode, quantity::status);
    fire.id = 2;
    fire.key = QStringLiteral("test.fire");
    fire.codes = {QStringLiteral("burning")};
    AlarmRule battery = baseRule(AlarmRuleKind::BatteryLow, quantity::batteryLevel);
    battery.id = 3;
    battery.key = QStringLiteral("test.battery");
    battery.setpoint = 0.15;
    RuleEvaluator evaluator(makeDirectory(), {full, fire, battery});
    QCOMPARE(run(evaluator, quantity::fillingLevel, "r@0=0.9"), QStringLiteral("+0"));
    QCOMPARE(run(evaluator, quantity::status, "s@10=burning"), QStringLiteral("+10"));
    QCOMPARE(run(evaluator, quantity::batteryLevel, "r@20=0.1"), QStringLiteral("+20"));

    // full: setpoint changed → cleared; fire: removed → cleared; battery: only its
    // priority and texts changed → the condition stays.
    AlarmRule changed = full;
    changed.setpoint = 0.95;
    AlarmRule reworded = battery;
    reworded.priority = AlarmPriority::High;
    reworded.response = QStringLiteral("Remplacer la pile.");
    const ConditionChanges cleared = evaluator.setRules({changed, reworded}, at(100));
    QCOMPARE(format(cleared), QStringLiteral("-100 -100"));
    QCOMPARE(cleared.at(0).ruleId + cleared.at(1).ruleId, qint64(1 + 2));
    QVERIFY(!evaluator.isActive(0, 1));
    QVERIFY(!evaluator.isActive(0, 2));
    QVERIFY(evaluator.isActive(0, 3));
    QCOMPARE(evaluator.rules().size(), 2);
    // The changed rule starts afresh: 0.9 is now below its setpoint, 0.96 is above.
    QCOMPARE(run(evaluator, quantity::fillingLevel, "r@200=0.9 r@300=0.96"), QStringLiteral("+300"));
    // The kept condition still clears normally.
    QCOMPARE(run(evaluator, quantity::batteryLevel, "r@400=0.9"), QStringLiteral("-400"));
}

void TestRuleEvaluator::restoredConditionsClear_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QString>("expected");
    // Restored active at +0, as after a restart with a stored active alarm.
    QTest::newRow("threshold confirmed: no new activation") << int(AlarmRuleKind::Threshold) << "fillingLevel" << "r@60=0.9" << "";
    QTest::newRow("threshold cleared") << int(AlarmRuleKind::Threshold) << "fillingLevel" << "r@60=0.5" << "-60";
    QTest::newRow("state code cleared") << int(AlarmRuleKind::StateCode) << "status" << "s@60=ok" << "-60";
    QTest::newRow("communication loss cleared") << int(AlarmRuleKind::CommunicationLoss) << "fillingLevel" << "m@60" << "-60";
    QTest::newRow("rate of change cleared") << int(AlarmRuleKind::RateOfChange) << "fillingLevel" << "r@60=0.5" << "-60";
    QTest::newRow("invalid readings expire") << int(AlarmRuleKind::InvalidReadings) << "fillingLevel" << "t@3599 t@3600" << "-3600";
}

void TestRuleEvaluator::restoredConditionsClear()
{
    QFETCH(int, kind);
    QFETCH(QString, quantity);
    QFETCH(QString, steps);
    QFETCH(QString, expected);
    AlarmRule rule = baseRule(AlarmRuleKind(kind), quantity);
    rule.setpoint = kind == int(AlarmRuleKind::RateOfChange) ? 0.4 : 0.8;
    rule.codes = {QStringLiteral("burning")};
    rule.windowMs = 3600 * 1000;
    RuleEvaluator evaluator(makeDirectory(), {rule});
    QVERIFY(evaluator.restoreCondition(0, rule.id, at(0)));
    QVERIFY(evaluator.isActive(0, rule.id));
    QVERIFY(!evaluator.restoreCondition(2, rule.id, at(0))); // a streetlight: not this rule's kind
    QVERIFY(!evaluator.restoreCondition(0, 99, at(0)));
    QCOMPARE(run(evaluator, quantity, steps), expected);
}

void TestRuleEvaluator::detailIsPlainAndNumeric()
{
    AlarmRule rule = baseRule(AlarmRuleKind::Threshold, quantity::fillingLevel);
    rule.setpoint = 0.8;
    rule.deadband = 0.1;
    RuleEvaluator evaluator(makeDirectory(), {rule});
    ConditionChanges changes;
    run(evaluator, quantity::fillingLevel, "r@0=0.86 r@60=0.65", &changes);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).detail, QStringLiteral("fillingLevel 0.86 ≥ 0.80"));
    QCOMPARE(changes.at(0).value, 0.86);
    QCOMPARE(changes.at(1).detail, QStringLiteral("fillingLevel 0.65 < 0.70"));

    AlarmRule silence = baseRule(AlarmRuleKind::CommunicationLoss, QString());
    silence.periodFactor = 3;
    RuleEvaluator silent(makeDirectory(), {silence});
    run(silent, quantity::fillingLevel, "m@0 m@60 m@120 m@180 t@400 m@500", &changes);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).detail, QStringLiteral("no message for 180 s (3 × usual period 60 s)"));
    QCOMPARE(changes.at(0).value, 180.0);
    QCOMPARE(changes.at(1).detail, QStringLiteral("message after 320 s of silence"));

    AlarmRule emptied = baseRule(AlarmRuleKind::RateOfChange, quantity::fillingLevel);
    emptied.setpoint = 0.4;
    emptied.high = false;
    emptied.windowMs = 30 * 60 * 1000;
    RuleEvaluator rate(makeDirectory(), {emptied});
    run(rate, quantity::fillingLevel, "r@0=0.9 r@600=0.25", &changes);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).detail, QStringLiteral("fillingLevel −0.65 within 30 min"));

    AlarmRule lamp = baseRule(AlarmRuleKind::DayNight, quantity::powerState);
    lamp.assetKind = AssetKind::Streetlight;
    RuleEvaluator dayNight(makeDirectory(), {lamp});
    Observation on = observation(2, quantity::powerState, QDateTime::fromString(QStringLiteral("2026-12-21T13:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
    on.text = QStringLiteral("on");
    changes = dayNight.observe({on}, on.observedAtMs);
    QCOMPARE(changes.size(), 1);
    QVERIFY2(changes.at(0).detail.startsWith(QLatin1String("powerState on in daylight (sunrise 07:1")), qPrintable(changes.at(0).detail));
}

void TestRuleEvaluator::defaultRules()
{
    const AlarmRules rules = defaultAlarmRules();
    QStringList keys;
    for (const AlarmRule &r : rules) {
        keys << r.key;
        QVERIFY2(!r.consequence.isEmpty() && !r.response.isEmpty(), qPrintable(r.key));
        QVERIFY(r.enabled);
        QVERIFY(r.assetId.isEmpty());
    }
    for (const char *key : {"container.full", "container.fire", "container.status", "light.fault", "light.dayNight",
                            "light.commLoss", "container.commLoss", "container.batteryLow",
                            "container.emptiedOutsideRound", "light.invalidReadings", "container.invalidReadings", kCableCutRuleKey})
        QVERIFY2(keys.contains(QLatin1String(key)), key);
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());

    // The defaults work as the contract says: a container above 0.8 for 10 minutes.
    AlarmRules numbered = rules;
    for (int i = 0; i < numbered.size(); ++i)
        numbered[i].id = i + 1;
    RuleEvaluator evaluator(makeDirectory(), numbered);
    ConditionChanges changes;
    run(evaluator, quantity::fillingLevel, "r@0=0.85 t@599 t@600 r@700=0.75 r@800=0.69", &changes);
    QCOMPARE(format(changes), QStringLiteral("+600 -800"));
    const qint64 fullId = numbered.at(int(keys.indexOf(QStringLiteral("container.full")))).id;
    QCOMPARE(changes.first().ruleId, fullId);
}

// --- Scale ------------------------------------------------------------------------------------

// --- Saved state (session keyframes) --------------------------------------------------

namespace {

// 30 containers and 20 lamps across Montpellier (several sun clusters), default rules
// with a per-asset override, and a day of irregular reports: readings above and below
// the thresholds (on-delays pending at any instant), emptyings, faults, invalid readings,
// silences, day and night. Steps are one message (observe) or a tick every 60 s.
struct Day
{
    AssetDirectoryPtr directory;
    AlarmRules rules;
    struct Step
    {
        qint64 atMs;
        Observations observations; // empty: tick
    };
    QVector<Step> steps;

    Day()
    {
        QVector<AssetRecord> assets;
        for (int i = 0; i < 50; ++i) {
            AssetRecord r;
            const bool lamp = i >= 30;
            r.kind = lamp ? AssetKind::Streetlight : AssetKind::WasteContainer;
            r.layerId = lamp ? QStringLiteral("lights") : QStringLiteral("containers");
            r.ref = QString::number(i);
            r.id = assetUrn(r.kind, QStringLiteral("montpellier"), r.ref);
            r.lat = 43.55 + 0.006 * i;
            r.lon = 3.80 + 0.004 * i;
            assets.append(r);
        }
        directory = std::make_shared<AssetDirectory>(assets, QHash<QString, ConditionPolicy>{});
        rules = defaultAlarmRules();
        AlarmRule exempt = rules.first(); // container.full, stricter for one container
        exempt.assetId = assets[3].id;
        exempt.setpoint = 0.5;
        exempt.onDelayMs = 120'000;
        rules.append(exempt);
        for (int i = 0; i < rules.size(); ++i)
            rules[i].id = i + 1;

        QRandomGenerator random(20261201);
        QVector<double> fill(30, 0.2);
        for (qint64 t = kT0; t < kT0 + 24 * 3600'000; t += 60'000) {
            for (int a = 0; a < 50; ++a) {
                // ~ one message every 4 to 15 minutes, a few devices silent for hours.
                const int period = 4 + a % 12;
                if (random.bounded(period) != 0 || (a % 7 == 0 && (t - kT0) / 3600'000 % 6 == 2))
                    continue;
                const qint64 observed = t + random.bounded(60'000);
                Observations message;
                auto add = [&](const QString &quantity) -> Observation & {
                    Observation o = observation(a, quantity, observed);
                    o.receivedAtMs = observed + random.bounded(3000);
                    message.append(o);
                    return message.last();
                };
                if (a < 30) {
                    fill[a] = random.bounded(20) == 0 ? 0.05 : std::min(1.0, fill[a] + 0.01 * random.bounded(8));
                    Observation &level = add(quantity::fillingLevel);
                    level.number = std::round(fill[a] * 100) / 100;
                    if (random.bounded(25) == 0)
                        level.flags = InvalidReading;
                    if (random.bounded(10) == 0)
                        add(quantity::batteryLevel).number = 0.05 * random.bounded(8);
                    if (random.bounded(40) == 0)
                        add(quantity::status).text = random.bounded(2) ? QStringLiteral("burning") : QStringLiteral("ok");
                } else {
                    const int hour = int((observed - kT0) / 3600'000 + 8) % 24;
                    const bool night = hour < 7 || hour >= 18;
                    add(quantity::powerState).text = (night != (random.bounded(15) == 0)) ? QStringLiteral("on") : QStringLiteral("off");
                    add(quantity::status).text = random.bounded(20) == 0 ? QStringLiteral("defectiveLamp") : QStringLiteral("ok");
                    if (random.bounded(30) == 0)
                        message.last().flags = InvalidReading;
                }
                steps.append(Step{observed, message});
            }
            steps.append(Step{t + 59'999, {}});
        }
        std::stable_sort(steps.begin(), steps.end(), [](const Step &x, const Step &y) { return x.atMs < y.atMs; });
    }

    ConditionChanges run(RuleEvaluator &evaluator, int from, int to) const
    {
        ConditionChanges out;
        for (int i = from; i < to; ++i) {
            const Step &s = steps[i];
            out += s.observations.isEmpty() ? evaluator.tick(s.atMs) : evaluator.observe(s.observations, s.atMs);
        }
        return out;
    }
};

QStringList describe(const ConditionChanges &changes)
{
    QStringList out;
    for (const ConditionChange &c : changes)
        out << QStringLiteral("%1 rule %2 %3 at %4 value %5 (%6)")
                   .arg(c.assetIndex).arg(c.ruleId).arg(c.active ? u'+' : u'-').arg(c.atMs - kT0)
                   .arg(std::isnan(c.value) ? QStringLiteral("nan") : QString::number(c.value, 'g', 17), c.detail);
    return out;
}

} // namespace

void TestRuleEvaluator::savedStateContinuesExactly()
{
    const Day day;
    RuleEvaluator live(day.directory, day.rules);
    const int cuts[] = {1, int(day.steps.size()) / 5, int(day.steps.size()) / 3, int(day.steps.size()) / 2,
                        int(day.steps.size()) * 3 / 4, int(day.steps.size()) - 2};
    QVector<QByteArray> saved;
    QVector<int> changeCountAtCut;
    ConditionChanges all;
    int done = 0;
    for (const int cut : cuts) {
        all += day.run(live, done, cut);
        done = cut;
        saved << live.saveState(day.steps[cut - 1].atMs);
        changeCountAtCut << int(all.size());
    }
    all += day.run(live, done, int(day.steps.size()));
    QVERIFY2(all.size() > 300, qPrintable(QString::number(all.size()))); // the day exercises the rules
    for (const AlarmRuleKind kind : {AlarmRuleKind::Threshold, AlarmRuleKind::StateCode, AlarmRuleKind::DayNight,
                                     AlarmRuleKind::CommunicationLoss, AlarmRuleKind::RateOfChange,
                                     AlarmRuleKind::InvalidReadings, AlarmRuleKind::BatteryLow}) {
        QVERIFY2(std::any_of(all.begin(), all.end(), [&](const ConditionChange &c) {
                     return c.active && day.rules[int(c.ruleId) - 1].kind == kind;
                 }), qPrintable(alarmRuleKindKey(kind)));
    }

    for (int k = 0; k < int(std::size(cuts)); ++k) {
        RuleEvaluator replay(day.directory, day.rules);
        const Result<void> restored = replay.restoreState(saved[k], day.steps[cuts[k] - 1].atMs);
        QVERIFY2(restored.ok(), qPrintable(restored.error().message));
        const ConditionChanges got = day.run(replay, cuts[k], int(day.steps.size()));
        const ConditionChanges expected = all.mid(changeCountAtCut[k]);
        QCOMPARE(describe(got), describe(expected));
        // A new evaluator without the state differs: the test can tell.
        if (k == 2) {
            RuleEvaluator fresh(day.directory, day.rules);
            const QStringList fromNothing = describe(day.run(fresh, cuts[k], int(day.steps.size())));
            QVERIFY(fromNothing != describe(expected));
            // reset() is a new evaluator; restoring over a used one replaces its memory.
            RuleEvaluator used(day.directory, day.rules);
            day.run(used, 0, cuts[k] + 500);
            used.reset(day.steps[cuts[k] - 1].atMs);
            QCOMPARE(describe(day.run(used, cuts[k], int(day.steps.size()))), fromNothing);
            RuleEvaluator reused(day.directory, day.rules);
            day.run(reused, 0, cuts[k] + 500);
            QVERIFY(reused.restoreState(saved[k], day.steps[cuts[k] - 1].atMs).ok());
            QCOMPARE(describe(day.run(reused, cuts[k], int(day.steps.size()))), describe(expected));
        }
    }
    qInfo() << "saved state of 50 assets:" << saved[3].size() << "bytes";
}

void TestRuleEvaluator::savedStateRejectsDamageAndOtherRules()
{
    const Day day;
    RuleEvaluator live(day.directory, day.rules);
    day.run(live, 0, int(day.steps.size()) / 2);
    const qint64 now = day.steps[int(day.steps.size()) / 2].atMs;
    const QByteArray state = live.saveState(now);
    QLoggingCategory::setFilterRules(QStringLiteral("vigie.alarms.rules.warning=false"));
    const auto restoreLogging = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });

    // Every truncation, and flipped bytes: an error or a consistent state, never a crash.
    for (int n = 0; n < state.size(); ++n) {
        RuleEvaluator replay(day.directory, day.rules);
        const Result<void> r = replay.restoreState(QByteArrayView(state).first(n), now);
        QVERIFY2(!r.ok(), qPrintable(QString::number(n)));
        QVERIFY(r.error().code == QLatin1String("badEvaluatorState") || r.error().code == QLatin1String("evaluatorStateMismatch"));
        replay.tick(now + 3600'000); // usable after a failed restore
    }
    QRandomGenerator random(7);
    for (int trial = 0; trial < 2000; ++trial) {
        QByteArray damaged = state;
        damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
        RuleEvaluator replay(day.directory, day.rules);
        replay.restoreState(damaged, now);
        day.run(replay, int(day.steps.size()) / 2, int(day.steps.size()) / 2 + 200);
    }
    {
        RuleEvaluator replay(day.directory, day.rules);
        const Result<void> r = replay.restoreState(QByteArray(state + QByteArray(8, '\0')), now);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("badEvaluatorState"));
        QVERIFY(replay.saveState(now).size() < 64); // reset to a new evaluator's memory
    }
    {
        AlarmRules other = day.rules;
        other.removeLast();
        RuleEvaluator replay(day.directory, other);
        const Result<void> r = replay.restoreState(state, now);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("evaluatorStateMismatch"));
    }
    {
        QByteArray newer = state;
        newer[3] = char(99);
        RuleEvaluator replay(day.directory, day.rules);
        QCOMPARE(replay.restoreState(newer, now).error().code, QStringLiteral("unsupportedEvaluatorState"));
    }
}

void TestRuleEvaluator::hundredThousandAssets()
{
    QVector<AssetRecord> assets;
    constexpr int n = 100000;
    assets.reserve(n);
    for (int i = 0; i < n; ++i) {
        AssetRecord r;
        r.kind = i % 2 ? AssetKind::Streetlight : AssetKind::WasteContainer;
        r.ref = QString::number(i);
        r.id = assetUrn(r.kind, QStringLiteral("bench"), r.ref);
        r.lat = 43.55 + 0.0001 * (i % 1000);
        r.lon = 3.80 + 0.0002 * (i / 1000);
        assets.append(r);
    }
    AlarmRules rules = defaultAlarmRules();
    for (int i = 0; i < rules.size(); ++i)
        rules[i].id = i + 1;
    QElapsedTimer timer;
    timer.start();
    RuleEvaluator evaluator(std::make_shared<AssetDirectory>(assets), rules);
    const qint64 setupMs = timer.restart();

    // Three rounds of reports, one message per asset each, 10 min apart; ticks every
    // second in between would be 1800: run them all.
    const qint64 t0 = QDateTime::fromString(QStringLiteral("2026-12-21T10:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
    ConditionChanges changes;
    qint64 observeMs = 0;
    qint64 tickMs = 0;
    for (int round = 0; round < 3; ++round) {
        Observations batch;
        batch.reserve(n);
        const qint64 t = t0 + round * 600000;
        for (int i = 0; i < n; ++i) {
            Observation o = observation(i, i % 2 ? QString(quantity::powerState) : QString(quantity::fillingLevel), t + i % 1000);
            if (i % 2)
                o.text = i % 200 == 1 ? QStringLiteral("on") : QStringLiteral("off"); // 0.5 % lit by day
            else
                o.number = 0.5 + 0.1 * round;
            batch.append(o);
        }
        timer.restart();
        changes += evaluator.observe(batch, t + 1000);
        observeMs += timer.restart();
        for (int s = 1; s <= 600; ++s)
            changes += evaluator.tick(t + s * 1000);
        tickMs += timer.elapsed();
    }
    qInfo("100k assets: setup %lld ms, 300k observations %lld ms, 1800 ticks %lld ms, %lld changes", setupMs, observeMs,
          tickMs, qint64(changes.size()));
    // 500 lamps lit by day (after the 10 min on-delay); containers at 0.7 are below 0.8.
    QCOMPARE(activations(changes), 500);
    // Generous bounds (a shared, loaded machine): the point is no O(N) work per tick.
    QVERIFY2(tickMs < 5000, qPrintable(QString::number(tickMs)));
    QVERIFY2(observeMs < 10000, qPrintable(QString::number(observeMs)));
}

QTEST_GUILESS_MAIN(TestRuleEvaluator)
#include "tst_ruleevaluator.moc"
