#include "ruleevaluator.h"
#include "ruleevaluator_p.h"

#include "suntimes.h"
#include "usualperiod.h"

#include "domain/quantity.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace vigie {

using namespace ruleevaluator;

namespace {

Q_LOGGING_CATEGORY(lcRules, "vigie.alarms.rules", QtInfoMsg)

// Communication loss never fires sooner than this after the last message, however fast
// the device reports (ingest batches, tick granularity).
constexpr qint64 kMinSilenceMs = 10'000;
constexpr qint64 kExpectedKeepMs = qint64(7) * 24 * 3600 * 1000;
// Floating-point slack where a bound is computed (0.8 − 0.1 is not 0.7 in binary, nor is
// 0.9 − 0.5 equal to 0.4): "clears beyond 0.7" must not clear at a reading of 0.7.
constexpr double kEpsilon = 1e-9;
// Position clusters for the sun: 0.1° cells (≤ 11 km; sunrise moves < 30 s across one).
constexpr double kClusterCellsPerDegree = 10.0;

QuantityCode quantityCode(const QString &name)
{
    if (name == quantity::fillingLevel)
        return QuantityFillingLevel;
    if (name == quantity::status)
        return QuantityStatus;
    if (name == quantity::powerState)
        return QuantityPowerState;
    if (name == quantity::batteryLevel)
        return QuantityBatteryLevel;
    if (name == quantity::temperature)
        return QuantityTemperature;
    return QuantityOther;
}

// Streetlight.powerState as the day/night rule sees it.
enum PowerCode : int { PowerUnknown = 0, PowerLit = 1, PowerDark = 2, PowerOther = 3 };

PowerCode powerCode(const QString &text)
{
    if (text == QLatin1String("on") || text == QLatin1String("low"))
        return PowerLit;
    if (text == QLatin1String("off"))
        return PowerDark;
    return PowerOther;
}

QString number(double v)
{
    return QString::number(v, 'f', 2);
}

QString seconds(qint64 ms)
{
    return QString::number((ms + 500) / 1000) + QLatin1String(" s");
}

QString minutes(qint64 ms)
{
    return QString::number((ms + 30000) / 60000) + QLatin1String(" min");
}

QString utcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("HH:mm"));
}

// The rule fields that decide a condition. Priority, key-independent texts and the store
// id do not: editing them keeps the conditions in force.
bool sameEvaluation(const AlarmRule &a, const AlarmRule &b)
{
    return a.key == b.key && a.kind == b.kind && a.assetKind == b.assetKind && a.assetId == b.assetId
        && a.quantity == b.quantity && a.setpoint == b.setpoint && a.deadband == b.deadband && a.high == b.high
        && a.onDelayMs == b.onDelayMs && a.offDelayMs == b.offDelayMs && a.codes == b.codes
        && a.periodFactor == b.periodFactor && a.count == b.count && a.windowMs == b.windowMs
        && a.enabled == b.enabled;
}

bool sameRule(const AlarmRule &a, const AlarmRule &b)
{
    if (a.id != 0 || b.id != 0)
        return a.id == b.id;
    return a.key == b.key && a.assetKind == b.assetKind && a.assetId == b.assetId;
}

} // namespace

// ---------------------------------------------------------------------------------------
// Reporting

void RuleEvaluator::Private::report(int slot, qint32 asset, const CondState &s, qint64 atMs, ConditionChanges &out)
{
    const AlarmRule &rule = ruleSlots[slot].rule;
    ConditionChange c;
    c.assetIndex = asset;
    c.ruleId = rule.id;
    c.active = s.active;
    c.atMs = atMs;
    switch (rule.kind) {
    case AlarmRuleKind::Threshold:
    case AlarmRuleKind::BatteryLow:
        c.value = s.value;
        break;
    case AlarmRuleKind::CommunicationLoss:
        c.value = s.value / 1000.0; // seconds of silence
        break;
    case AlarmRuleKind::RateOfChange:
    case AlarmRuleKind::InvalidReadings:
        c.value = s.active ? s.value : kNaN;
        break;
    default:
        c.value = kNaN;
        break;
    }
    c.detail = detail(slot, asset, s, atMs);
    out.append(std::move(c));
}

void RuleEvaluator::Private::settle(int slot, qint32 asset, CondState &s, qint64 nowMs, ConditionChanges &out)
{
    if (s.raw == s.active)
        return;
    const AlarmRule &rule = ruleSlots[slot].rule;
    // A rate of change is an event: it has no on-delay, and its "off delay" is how long
    // the event holds (handled where it is detected), not a delay before clearing.
    qint64 delay = 0;
    if (rule.kind != AlarmRuleKind::RateOfChange)
        delay = std::max<qint64>(0, s.raw ? rule.onDelayMs : rule.offDelayMs);
    const qint64 due = s.rawSinceMs + delay;
    if (due <= nowMs) {
        s.active = s.raw;
        report(slot, asset, s, due, out);
    } else {
        schedule(s, due, asset, slot);
    }
}

QString RuleEvaluator::Private::detail(int slot, qint32 asset, const CondState &s, qint64 atMs)
{
    const AlarmRule &rule = ruleSlots[slot].rule;
    const QString &q = ruleSlots[slot].quantityName;
    switch (rule.kind) {
    case AlarmRuleKind::Threshold:
        if (rule.high)
            return s.active ? q + u' ' + number(s.value) + QStringLiteral(" ≥ ") + number(rule.setpoint)
                            : q + u' ' + number(s.value) + QStringLiteral(" < ") + number(rule.setpoint - rule.deadband);
        return s.active ? q + u' ' + number(s.value) + QStringLiteral(" ≤ ") + number(rule.setpoint)
                        : q + u' ' + number(s.value) + QStringLiteral(" > ") + number(rule.setpoint + rule.deadband);
    case AlarmRuleKind::BatteryLow: {
        return s.active ? q + u' ' + number(s.value) + QStringLiteral(" < ") + number(rule.setpoint)
                        : q + u' ' + number(s.value) + QStringLiteral(" > ") + number(rule.setpoint + rule.deadband);
    }
    case AlarmRuleKind::StateCode: {
        const int index = std::isnan(s.value) ? -1 : int(s.value);
        const QString code = index >= 0 && index < rule.codes.size() ? rule.codes.at(index) : QString();
        if (s.active)
            return q + u' ' + code;
        return q + QStringLiteral(" no longer ") + code;
    }
    case AlarmRuleKind::DayNight: {
        const int cluster = size_t(asset) < clusterOf.size() ? clusterOf[size_t(asset)] : -1;
        const QString power = int(s.value) == PowerLit ? QStringLiteral("powerState on")
            : int(s.value) == PowerDark                 ? QStringLiteral("powerState off")
                                                        : QStringLiteral("powerState other");
        if (cluster < 0)
            return power;
        const DaylightSpan span = daylight(cluster, atMs);
        const SunTimes &sun = clusters[cluster].sun;
        const QString when = span.phase == DaylightPhase::Day ? QStringLiteral(" in daylight")
            : span.phase == DaylightPhase::Night              ? QStringLiteral(" at night")
                                                              : QStringLiteral(" in twilight");
        if (sun.riseSet != SunHorizonCase::RisesAndSets)
            return power + when;
        return power + when + QStringLiteral(" (sunrise ") + utcTime(sun.sunriseMs) + QStringLiteral(", sunset ")
            + utcTime(sun.sunsetMs) + QStringLiteral(" UTC)");
    }
    case AlarmRuleKind::CommunicationLoss: {
        if (!s.active)
            return QStringLiteral("message after ") + seconds(qint64(s.value)) + QStringLiteral(" of silence");
        const qint64 period = periods[asset].periodMs();
        if (period > 0)
            return QStringLiteral("no message for ") + seconds(qint64(s.value)) + QStringLiteral(" (") + QString::number(rule.periodFactor)
                + QStringLiteral(" × usual period ") + seconds(period) + u')';
        return QStringLiteral("no message for ") + seconds(qint64(s.value)) + QStringLiteral(" (default limit, period not learned yet)");
    }
    case AlarmRuleKind::RateOfChange:
        if (s.active)
            return q + u' ' + (rule.high ? QStringLiteral("+") : QStringLiteral("−")) + number(s.value)
                + QStringLiteral(" within ") + minutes(rule.windowMs);
        return q + QStringLiteral(" no change ≥ ") + number(rule.setpoint) + QStringLiteral(" within ") + minutes(rule.windowMs);
    case AlarmRuleKind::InvalidReadings:
        if (s.active)
            return QString::number(rule.count) + QStringLiteral(" invalid readings within ") + minutes(rule.windowMs);
        return QStringLiteral("fewer than ") + QString::number(rule.count) + QStringLiteral(" invalid readings within ")
            + minutes(rule.windowMs);
    case AlarmRuleKind::Group:
    case AlarmRuleKind::Coordination:
        break;
    }
    return QString();
}

// ---------------------------------------------------------------------------------------
// Helpers

qint64 RuleEvaluator::Private::silenceLimit(qint32 asset, const AlarmRule &rule) const
{
    qint64 period = periods[asset].periodMs();
    if (period <= 0) {
        const size_t kind = size_t(kindIndex(asset));
        period = kind < fleetPeriodMs.size() ? fleetPeriodMs[kind] : 0;
    }
    if (period <= 0)
        return directory->policy(asset).silentAfterMs;
    return std::max(kMinSilenceMs, qint64(std::llround(std::max(1.0, rule.periodFactor) * double(period))));
}

DaylightSpan RuleEvaluator::Private::daylight(int cluster, qint64 atMs)
{
    Cluster &c = clusters[cluster];
    const qint64 day = solarDayIndex(atMs, c.lon);
    if (day != c.cachedDay) {
        c.sun = sunTimes(c.lat, c.lon, day);
        c.cachedDay = day;
    }
    return daylightAt(c.sun, atMs);
}

bool RuleEvaluator::Private::isExpected(qint32 asset, qint64 fromMs, qint64 toMs) const
{
    if (expected.isEmpty())
        return false;
    const auto it = expected.constFind(asset);
    if (it == expected.constEnd())
        return false;
    for (const auto &interval : *it) {
        if (interval.first <= toMs && interval.second >= fromMs)
            return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------
// Observations

void RuleEvaluator::Private::apply(int slot, qint32 asset, const Observation &o, QuantityCode code,
                                   qint64 previousSeenMs, ConditionChanges &out)
{
    const Slot &s = ruleSlots[slot];
    const AlarmRuleKind kind = s.rule.kind;
    if (kind == AlarmRuleKind::CommunicationLoss) {
        onMessage(slot, asset, o.receivedAtMs > 0 ? o.receivedAtMs : o.observedAtMs, previousSeenMs, out);
        return;
    }
    const bool matches = s.quantity != QuantityOther ? code == s.quantity : o.quantity == s.quantityName;
    if (kind == AlarmRuleKind::InvalidReadings) {
        if (!o.isValid() && (s.rule.quantity.isEmpty() || matches))
            applyInvalid(slot, asset, o, out);
        return;
    }
    if (!matches || !o.isValid())
        return;
    switch (kind) {
    case AlarmRuleKind::Threshold:
    case AlarmRuleKind::BatteryLow:
        applyLevel(slot, asset, o, out);
        break;
    case AlarmRuleKind::StateCode:
        applyStateCode(slot, asset, o, out);
        break;
    case AlarmRuleKind::DayNight:
        applyDayNight(slot, asset, o, out);
        break;
    case AlarmRuleKind::RateOfChange:
        applyRateOfChange(slot, asset, o, out);
        break;
    default:
        break;
    }
}

// The state a reading observed at `observedMs` updates, or null when it is older than the
// newest one folded in (out of order: it must not change the condition). A delay that
// elapsed before this reading is settled first, on observed time.
CondState *RuleEvaluator::Private::admit(int slot, qint32 asset, qint64 observedMs, ConditionChanges &out)
{
    CondState &s = state(slot, asset);
    if (observedMs < s.lastObsMs)
        return nullptr;
    settle(slot, asset, s, observedMs, out);
    s.lastObsMs = observedMs;
    return &s;
}

void RuleEvaluator::Private::applyLevel(int slot, qint32 asset, const Observation &o, ConditionChanges &out)
{
    if (!o.isNumeric() || !std::isfinite(o.number))
        return;
    CondState *found = admit(slot, asset, o.observedAtMs, out);
    if (!found)
        return;
    CondState &s = *found;
    const qint64 t = o.observedAtMs;
    s.value = o.number;
    const AlarmRule &rule = ruleSlots[slot].rule;
    const double v = o.number;
    bool raw;
    if (rule.kind == AlarmRuleKind::BatteryLow)
        raw = s.raw ? v <= rule.setpoint + rule.deadband + kEpsilon : v < rule.setpoint;
    else if (rule.high)
        raw = s.raw ? v >= rule.setpoint - rule.deadband - kEpsilon : v >= rule.setpoint;
    else
        raw = s.raw ? v <= rule.setpoint + rule.deadband + kEpsilon : v <= rule.setpoint;
    setRaw(s, raw, t);
    settle(slot, asset, s, t, out);
}

void RuleEvaluator::Private::applyStateCode(int slot, qint32 asset, const Observation &o, ConditionChanges &out)
{
    CondState *found = o.text.isEmpty() ? nullptr : admit(slot, asset, o.observedAtMs, out);
    if (!found)
        return;
    CondState &s = *found;
    const qint64 t = o.observedAtMs;
    const int index = int(ruleSlots[slot].rule.codes.indexOf(o.text));
    if (index >= 0)
        s.value = index;
    setRaw(s, index >= 0, t);
    settle(slot, asset, s, t, out);
}

void RuleEvaluator::Private::applyDayNight(int slot, qint32 asset, const Observation &o, ConditionChanges &out)
{
    const int cluster = clusterOf[asset];
    CondState *found = o.text.isEmpty() || cluster < 0 ? nullptr : admit(slot, asset, o.observedAtMs, out);
    if (!found)
        return;
    CondState &s = *found;
    const qint64 t = o.observedAtMs;
    const PowerCode power = powerCode(o.text);
    s.value = power;
    const DaylightPhase phase = daylight(cluster, t).phase;
    setRaw(s, (phase == DaylightPhase::Day && power == PowerLit) || (phase == DaylightPhase::Night && power == PowerDark), t);
    settle(slot, asset, s, t, out);
}

void RuleEvaluator::Private::applyRateOfChange(int slot, qint32 asset, const Observation &o, ConditionChanges &out)
{
    if (!o.isNumeric() || !std::isfinite(o.number))
        return;
    Slot &sl = ruleSlots[slot];
    const int pos = statePos(sl, asset);
    CondState &s = sl.states[pos];
    const qint64 t = o.observedAtMs;
    if (t < s.lastObsMs)
        return;
    s.lastObsMs = t;
    const AlarmRule &rule = sl.rule;
    const bool rise = rule.high;
    const double v = o.number;
    std::vector<Sample> &h = sl.history[pos];
    auto stale = std::find_if(h.begin(), h.end(), [&](const Sample &x) { return x.atMs >= t - rule.windowMs; });
    h.erase(h.begin(), stale);
    bool detected = false;
    if (!h.empty()) {
        const double change = rise ? v - h.front().value : h.front().value - v;
        if (change >= rule.setpoint - kEpsilon) {
            if (isExpected(asset, h.front().atMs, t)) {
                h.clear(); // accounted for by the round: later readings compare with this one
            } else {
                detected = true;
                s.value = change;
                h.clear();
            }
        }
    }
    if (detected) {
        // A second change while still active re-arms the hold but is the same condition.
        s.raw = true;
        s.rawSinceMs = t;
    } else {
        setRaw(s, false, t);
    }
    // Monotonic queue: the front stays the window's maximum (drop) or minimum (rise).
    while (!h.empty() && (rise ? h.back().value >= v : h.back().value <= v))
        h.pop_back();
    h.push_back({t, v});
    settle(slot, asset, s, t, out);
    if (s.raw && rule.offDelayMs > 0)
        schedule(s, s.rawSinceMs + rule.offDelayMs, asset, slot);
}

void RuleEvaluator::Private::applyInvalid(int slot, qint32 asset, const Observation &o, ConditionChanges &out)
{
    Slot &sl = ruleSlots[slot];
    const int pos = statePos(sl, asset);
    CondState &s = sl.states[pos];
    const AlarmRule &rule = sl.rule;
    const qint64 t = o.observedAtMs;
    std::vector<Sample> &h = sl.history[pos];
    // One per observed instant: the quantities of one message count once.
    const auto at = std::lower_bound(h.begin(), h.end(), t, [](const Sample &x, qint64 v) { return x.atMs < v; });
    if (at != h.end() && at->atMs == t)
        return;
    h.insert(at, {t, 0});
    const size_t keep = size_t(std::max(1, rule.count));
    if (h.size() > keep)
        h.erase(h.begin(), h.begin() + qsizetype(h.size() - keep));
    // Active while the newest `count` fall within one window (half-open: span < windowMs).
    if (h.size() >= keep && h.back().atMs - h.front().atMs < rule.windowMs) {
        s.value = double(h.size());
        setRaw(s, true, h.back().atMs);
    }
    settle(slot, asset, s, h.back().atMs, out);
    if (s.raw)
        schedule(s, h.front().atMs + rule.windowMs, asset, slot);
}

void RuleEvaluator::Private::onMessage(int slot, qint32 asset, qint64 receivedMs, qint64 previousSeenMs, ConditionChanges &out)
{
    CondState &s = state(slot, asset);
    if (s.raw && receivedMs >= s.rawSinceMs) {
        s.value = previousSeenMs != kNever ? double(receivedMs - previousSeenMs) : kNaN;
        setRaw(s, false, receivedMs);
        settle(slot, asset, s, receivedMs, out);
    }
    const qint64 lastSeen = periods[asset].lastSeenMs();
    if (lastSeen != kNever)
        schedule(s, lastSeen + silenceLimit(asset, ruleSlots[slot].rule), asset, slot);
}

// ---------------------------------------------------------------------------------------
// Timers

// O(assets) once a minute. When a kind's fleet period first becomes known or changes, the
// assets of that kind still without a period of their own get their silence deadline
// again (schedule() keeps the earlier one; a later one is found when the earlier fires).
void RuleEvaluator::Private::updateFleetPeriods(qint64 nowMs)
{
    if (nextFleetUpdateMs != kNever && nowMs < nextFleetUpdateMs)
        return;
    nextFleetUpdateMs = nowMs + RuleEvaluator::kFleetPeriodEveryMs;
    fleetPeriodMs.resize(kindAssets.size(), 0);
    std::vector<qint64> learned;
    for (size_t kind = 0; kind < kindAssets.size(); ++kind) {
        learned.clear();
        for (const qint32 asset : kindAssets[kind]) {
            if (const qint64 p = periods[size_t(asset)].periodMs(); p > 0)
                learned.push_back(p);
        }
        qint64 median = 0;
        if (int(learned.size()) >= RuleEvaluator::kMinFleetAssets) {
            auto middle = learned.begin() + std::ptrdiff_t(learned.size() / 2);
            std::nth_element(learned.begin(), middle, learned.end());
            median = *middle;
        }
        if (median == fleetPeriodMs[kind])
            continue;
        fleetPeriodMs[kind] = median;
        for (const qint32 asset : kindAssets[kind]) {
            const UsualPeriod &period = periods[size_t(asset)];
            if (period.periodMs() > 0 || period.lastSeenMs() == kNever)
                continue;
            for (const int slot : slotsOf(asset)) {
                const AlarmRule &rule = ruleSlots[size_t(slot)].rule;
                if (rule.kind == AlarmRuleKind::CommunicationLoss)
                    schedule(state(slot, asset), period.lastSeenMs() + silenceLimit(asset, rule), asset, slot);
            }
        }
    }
}

void RuleEvaluator::Private::runTimers(qint64 nowMs, ConditionChanges &out)
{
    updateFleetPeriods(nowMs);
    while (!timers.empty() && timers.front().due <= nowMs) {
        std::pop_heap(timers.begin(), timers.end(), std::greater<Timer>());
        const Timer t = timers.back();
        timers.pop_back();
        if (t.slot == kClusterTimer) {
            Cluster &c = clusters[t.asset];
            if (c.queuedDue != t.due)
                continue;
            c.queuedDue = kNever;
            onClusterTimer(t.asset, nowMs, out);
            continue;
        }
        CondState &s = state(t.slot, t.asset);
        if (s.queuedDue != t.due)
            continue; // superseded by an earlier entry for the same state
        s.queuedDue = kNever;
        onTimer(t.slot, t.asset, s, nowMs, out);
    }
}

void RuleEvaluator::Private::onTimer(int slot, qint32 asset, CondState &s, qint64 nowMs, ConditionChanges &out)
{
    const AlarmRule &rule = ruleSlots[slot].rule;
    switch (rule.kind) {
    case AlarmRuleKind::CommunicationLoss: {
        const qint64 lastSeen = periods[asset].lastSeenMs();
        if (lastSeen == kNever)
            break;
        const qint64 limit = silenceLimit(asset, rule);
        const qint64 due = lastSeen + limit;
        if (!s.raw && due <= nowMs) {
            s.value = double(limit);
            setRaw(s, true, due);
        } else if (!s.raw) {
            schedule(s, due, asset, slot);
        }
        break;
    }
    case AlarmRuleKind::RateOfChange:
        if (s.raw && rule.offDelayMs > 0) {
            const qint64 end = s.rawSinceMs + rule.offDelayMs;
            if (end <= nowMs)
                setRaw(s, false, end);
            else
                schedule(s, end, asset, slot);
        }
        break;
    case AlarmRuleKind::InvalidReadings: {
        const std::vector<Sample> &h = ruleSlots[slot].history[statePos(ruleSlots[slot], asset)];
        if (s.raw) {
            // Without history (a restored condition) the window counts from its start.
            const qint64 end = (h.empty() ? s.rawSinceMs : h.front().atMs) + rule.windowMs;
            if (end <= nowMs)
                setRaw(s, false, end);
            else
                schedule(s, end, asset, slot);
        }
        break;
    }
    default:
        break;
    }
    settle(slot, asset, s, nowMs, out);
}

void RuleEvaluator::Private::onClusterTimer(int cluster, qint64 nowMs, ConditionChanges &out)
{
    const DaylightSpan span = daylight(cluster, nowMs);
    for (const qint32 asset : clusters[cluster].members) {
        for (const int slot : slotsOf(asset)) {
            if (ruleSlots[slot].rule.kind != AlarmRuleKind::DayNight)
                continue;
            CondState &s = state(slot, asset);
            const int power = std::isnan(s.value) ? PowerUnknown : int(s.value);
            if (power == PowerUnknown)
                continue;
            const bool raw = (span.phase == DaylightPhase::Day && power == PowerLit)
                || (span.phase == DaylightPhase::Night && power == PowerDark);
            if (raw == s.raw)
                continue;
            const qint64 since = std::max(span.fromMs, s.lastObsMs);
            settle(slot, asset, s, since, out);
            setRaw(s, raw, since);
            settle(slot, asset, s, nowMs, out);
        }
    }
    Cluster &c = clusters[cluster];
    c.queuedDue = span.untilMs;
    push(span.untilMs, cluster, kClusterTimer);
}

// ---------------------------------------------------------------------------------------
// Rules

void RuleEvaluator::Private::rebuild(qint64 nowMs, ConditionChanges &out)
{
    const int n = assetCount();
    int kindCount = 0;
    for (int a = 0; a < n; ++a)
        kindCount = std::max(kindCount, kindIndex(a) + 1);
    for (const AlarmRule &r : std::as_const(rules))
        kindCount = std::max(kindCount, int(r.assetKind) + 1);

    kindSlots.assign(size_t(kindCount), {});
    assetSlots.clear();
    slotById.clear();
    QHash<qint32, QVector<int>> perAsset; // asset → its per-asset ruleSlots (enabled or not)
    for (int i = 0; i < int(ruleSlots.size()); ++i) {
        Slot &sl = ruleSlots[i];
        if (sl.rule.id != 0)
            slotById.insert(sl.rule.id, i);
        sl.perAsset = !sl.rule.assetId.isEmpty();
        sl.assetIndex = sl.perAsset ? qint32(directory ? directory->indexOf(sl.rule.assetId) : -1) : -1;
        // Group and Coordination alarms are raised elsewhere (the grouper, the coordination engine).
        sl.applies = sl.rule.enabled && sl.rule.kind != AlarmRuleKind::Group && sl.rule.kind != AlarmRuleKind::Coordination
                     && (!sl.perAsset || sl.assetIndex >= 0);
        sl.quantityName = sl.rule.quantity;
        if (sl.quantityName.isEmpty() && sl.rule.kind == AlarmRuleKind::BatteryLow)
            sl.quantityName = quantity::batteryLevel;
        else if (sl.quantityName.isEmpty() && sl.rule.kind == AlarmRuleKind::DayNight)
            sl.quantityName = quantity::powerState;
        else if (sl.quantityName.isEmpty() && sl.rule.kind == AlarmRuleKind::StateCode)
            sl.quantityName = quantity::status;
        sl.quantity = quantityCode(sl.quantityName);
        const size_t size = !sl.applies ? 0 : sl.perAsset ? 1 : kindAssets.size() > size_t(sl.rule.assetKind)
                ? kindAssets[size_t(sl.rule.assetKind)].size() : 0;
        sl.states.resize(size);
        const bool keepsHistory = sl.rule.kind == AlarmRuleKind::RateOfChange || sl.rule.kind == AlarmRuleKind::InvalidReadings;
        sl.history.resize(keepsHistory ? size : 0);
        if (!sl.perAsset && sl.applies)
            kindSlots[size_t(sl.rule.assetKind)].push_back(i);
        if (sl.perAsset && sl.assetIndex >= 0)
            perAsset[sl.assetIndex].append(i);
    }
    // Per-asset lists: the kind's ruleSlots minus those whose key the asset overrides, plus its
    // own enabled ones. A kind-wide state left unused by an override is reset (and
    // reported cleared if it was active).
    for (auto it = perAsset.cbegin(); it != perAsset.cend(); ++it) {
        const qint32 asset = it.key();
        const int k = kindIndex(asset);
        std::vector<int> list;
        for (const int kindSlot : kindSlots[size_t(k)]) {
            const bool overridden = std::any_of(it->cbegin(), it->cend(),
                                                [&](int own) { return ruleSlots[own].rule.key == ruleSlots[kindSlot].rule.key; });
            if (!overridden) {
                list.push_back(kindSlot);
                continue;
            }
            CondState &s = state(kindSlot, asset);
            if (s.active) {
                s.active = false;
                report(kindSlot, asset, s, nowMs, out);
            }
            s = CondState();
            if (!ruleSlots[kindSlot].history.empty())
                ruleSlots[kindSlot].history[kindPos[asset]].clear();
        }
        for (const int own : *it) {
            if (ruleSlots[own].applies)
                list.push_back(own);
        }
        assetSlots.insert(asset, std::move(list));
    }

    // Day/night clusters, for the assets that run a DayNight rule.
    clusters.clear();
    clusterOf.assign(size_t(n), -1);
    QHash<QPair<int, int>, int> cells;
    for (int a = 0; a < n; ++a) {
        const auto &list = slotsOf(a);
        if (std::none_of(list.begin(), list.end(), [&](int i) { return ruleSlots[i].rule.kind == AlarmRuleKind::DayNight; }))
            continue;
        const AssetRecord &r = directory->at(a);
        const QPair<int, int> cell(int(std::lround(r.lat * kClusterCellsPerDegree)), int(std::lround(r.lon * kClusterCellsPerDegree)));
        auto found = cells.constFind(cell);
        if (found == cells.constEnd()) {
            Cluster c;
            c.lat = cell.first / kClusterCellsPerDegree;
            c.lon = cell.second / kClusterCellsPerDegree;
            clusters.push_back(std::move(c));
            found = cells.insert(cell, int(clusters.size()) - 1);
        }
        clusterOf[size_t(a)] = *found;
        clusters[size_t(*found)].members.push_back(a);
    }

    // Slot indexes changed: the heap anew.
    rebuildTimers(nowMs);
    qCDebug(lcRules) << "rules in force:" << ruleSlots.size() << "for" << n << "assets;" << clusters.size()
                     << "sun clusters," << timers.size() << "timers";
}

// Pending state timers carry over (CondState::queuedDue), every cluster is judged at the
// next tick, and heard assets get their silence deadline.
void RuleEvaluator::Private::rebuildTimers(qint64 nowMs)
{
    timers.clear();
    for (int i = 0; i < int(ruleSlots.size()); ++i) {
        Slot &sl = ruleSlots[i];
        if (!sl.applies)
            continue;
        for (size_t p = 0; p < sl.states.size(); ++p) {
            CondState &s = sl.states[p];
            const qint32 asset = assetAt(sl, p);
            if (s.queuedDue != kNever)
                timers.push_back({s.queuedDue, asset, i});
            if (sl.rule.kind == AlarmRuleKind::CommunicationLoss && s.queuedDue == kNever
                && periods[size_t(asset)].lastSeenMs() != kNever) {
                s.queuedDue = periods[size_t(asset)].lastSeenMs() + silenceLimit(asset, sl.rule);
                timers.push_back({s.queuedDue, asset, i});
            }
        }
    }
    for (int c = 0; c < int(clusters.size()); ++c) {
        clusters[size_t(c)].queuedDue = nowMs;
        timers.push_back({nowMs, c, kClusterTimer});
    }
    std::make_heap(timers.begin(), timers.end(), std::greater<Timer>());
}

// ---------------------------------------------------------------------------------------
// Public API

RuleEvaluator::RuleEvaluator(AssetDirectoryPtr directory, AlarmRules rules)
    : d(std::make_unique<Private>())
{
    d->directory = std::move(directory);
    const int n = d->assetCount();
    d->kindPos.resize(size_t(n));
    for (int a = 0; a < n; ++a) {
        const size_t k = size_t(d->kindIndex(a));
        if (d->kindAssets.size() <= k)
            d->kindAssets.resize(k + 1);
        d->kindPos[size_t(a)] = qint32(d->kindAssets[k].size());
        d->kindAssets[k].push_back(a);
    }
    d->periods.resize(size_t(n));
    setRules(std::move(rules), 0);
}

RuleEvaluator::~RuleEvaluator() = default;

ConditionChanges RuleEvaluator::setRules(AlarmRules rules, qint64 nowMs)
{
    const bool sameOrder = rules.size() == d->rules.size()
        && std::equal(rules.cbegin(), rules.cend(), d->rules.cbegin(),
                      [](const AlarmRule &a, const AlarmRule &b) { return sameRule(a, b) && sameEvaluation(a, b); });
    if (sameOrder) { // only texts or priorities: nothing to rebuild (a replay seek does this)
        for (qsizetype i = 0; i < rules.size(); ++i)
            d->ruleSlots[size_t(i)].rule = rules.at(i);
        d->rules = std::move(rules);
        return {};
    }
    ConditionChanges out;
    std::vector<Slot> previous = std::move(d->ruleSlots);
    std::vector<bool> carried(previous.size(), false);
    d->ruleSlots.clear();
    d->ruleSlots.reserve(size_t(rules.size()));
    for (const AlarmRule &rule : std::as_const(rules)) {
        Slot slot;
        for (size_t i = 0; i < previous.size(); ++i) {
            if (!carried[i] && sameRule(previous[i].rule, rule) && sameEvaluation(previous[i].rule, rule)) {
                slot = std::move(previous[i]);
                carried[i] = true;
                break;
            }
        }
        slot.rule = rule;
        d->ruleSlots.push_back(std::move(slot));
    }
    // Conditions of rules removed or changed are reported cleared.
    for (size_t i = 0; i < previous.size(); ++i) {
        if (carried[i] || !previous[i].applies)
            continue;
        const Slot &old = previous[i];
        for (size_t p = 0; p < old.states.size(); ++p) {
            if (!old.states[p].active)
                continue;
            ConditionChange c;
            c.assetIndex = d->assetAt(old, p);
            c.ruleId = old.rule.id;
            c.active = false;
            c.atMs = nowMs;
            c.value = kNaN;
            c.detail = QStringLiteral("rule removed or changed");
            out.append(std::move(c));
        }
    }
    d->rules = std::move(rules);
    d->rebuild(nowMs, out);
    return out;
}

const AlarmRules &RuleEvaluator::rules() const
{
    return d->rules;
}

ConditionChanges RuleEvaluator::observe(const Observations &observations, qint64 nowMs)
{
    d->pristine = false;
    ConditionChanges out;
    const int n = d->assetCount();
    for (const Observation &o : observations) {
        const qint32 asset = o.assetIndex;
        if (asset < 0 || asset >= n)
            continue;
        UsualPeriod &period = d->periods[size_t(asset)];
        const qint64 previousSeen = period.lastSeenMs();
        period.add(o.receivedAtMs > 0 ? o.receivedAtMs : o.observedAtMs);
        const std::vector<int> &list = d->slotsOf(asset);
        if (list.empty())
            continue;
        const QuantityCode code = quantityCode(o.quantity);
        for (const int slot : list)
            d->apply(slot, asset, o, code, previousSeen, out);
    }
    d->runTimers(nowMs, out);
    return out;
}

ConditionChanges RuleEvaluator::tick(qint64 nowMs)
{
    d->pristine = false;
    ConditionChanges out;
    d->runTimers(nowMs, out);
    return out;
}

bool RuleEvaluator::isActive(qint32 assetIndex, qint64 ruleId) const
{
    const int slot = d->slotById.value(ruleId, -1);
    if (slot < 0 || assetIndex < 0 || assetIndex >= d->assetCount())
        return false;
    const std::vector<int> &list = d->slotsOf(assetIndex);
    if (std::find(list.begin(), list.end(), slot) == list.end())
        return false;
    const Slot &sl = d->ruleSlots[size_t(slot)];
    return sl.states[size_t(d->statePos(sl, assetIndex))].active;
}

bool RuleEvaluator::restoreCondition(qint32 assetIndex, qint64 ruleId, qint64 sinceMs)
{
    const int slot = d->slotById.value(ruleId, -1);
    if (slot < 0 || assetIndex < 0 || assetIndex >= d->assetCount())
        return false;
    const std::vector<int> &list = d->slotsOf(assetIndex);
    if (std::find(list.begin(), list.end(), slot) == list.end())
        return false;
    d->pristine = false;
    CondState &s = d->state(slot, assetIndex);
    s.raw = true;
    s.active = true;
    s.rawSinceMs = sinceMs;
    const AlarmRule &rule = d->ruleSlots[size_t(slot)].rule;
    if (rule.kind == AlarmRuleKind::InvalidReadings)
        d->schedule(s, sinceMs + rule.windowMs, assetIndex, slot);
    else if (rule.kind == AlarmRuleKind::RateOfChange && rule.offDelayMs > 0)
        d->schedule(s, sinceMs + rule.offDelayMs, assetIndex, slot);
    return true;
}

void RuleEvaluator::setExpectedChange(qint32 assetIndex, qint64 fromMs, qint64 toMs)
{
    if (assetIndex < 0 || assetIndex >= d->assetCount() || toMs < fromMs)
        return;
    d->pristine = false;
    auto &intervals = d->expected[assetIndex];
    intervals.append({fromMs, toMs});
    qint64 newest = toMs;
    for (const auto &i : std::as_const(intervals))
        newest = std::max(newest, i.second);
    intervals.removeIf([&](const QPair<qint64, qint64> &i) { return i.second < newest - kExpectedKeepMs; });
}

void RuleEvaluator::clearExpectedChanges()
{
    d->expected.clear();
}

} // namespace vigie
