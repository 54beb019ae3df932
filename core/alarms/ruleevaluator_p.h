#pragma once

// Private to RuleEvaluator (ruleevaluator.cpp, ruleevaluatorstate.cpp): not part of the
// core API, may change with any commit.

#include "ruleevaluator.h"
#include "suntimes.h"
#include "usualperiod.h"

#include <QHash>
#include <QPair>
#include <QVector>

#include <algorithm>
#include <functional>
#include <limits>
#include <vector>

// How the evaluator is laid out (the invariants the functions below keep):
//
// - Each rule of the set in force is a Slot. A kind-wide slot keeps one CondState per
//   asset of its kind, in a flat vector indexed by the asset's position among the assets
//   of that kind (m_kindPos); a per-asset slot keeps exactly one CondState.
// - Which ruleSlots an asset runs is m_kindSlots[kind], unless the asset has per-asset rules,
//   in which case m_assetSlots holds its own list (kind-wide rules whose key it overrides
//   removed, its enabled per-asset rules added). Few assets have one, so the common path
//   is a vector lookup.
// - CondState::raw is the condition as the latest reading (or the clock) says, deadband
//   included; CondState::active is what was last reported. settle() turns a difference
//   between them into a ConditionChange once the on/off delay has elapsed, or queues a
//   timer for when it will.
// - Timers live in one binary min-heap (m_timers). A state has at most one live entry:
//   CondState::queuedDue is its due time; entries whose due no longer matches are stale and
//   skipped when popped. A timer that fires re-judges its state and queues the next one if
//   needed, so moving a deadline later (communication loss after each message) costs no
//   heap operation until the old deadline comes. Day/night timers belong to position
//   clusters, not to lamps.

namespace vigie {

namespace ruleevaluator {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 kNever = UsualPeriod::kNever;
constexpr qint32 kClusterTimer = -1;

// Quantities compared as small codes once per observation, so matching a rule is an
// integer comparison. Anything else is compared as a string (still without a copy).
enum QuantityCode : quint8 {
    QuantityOther,
    QuantityFillingLevel,
    QuantityStatus,
    QuantityPowerState,
    QuantityBatteryLevel,
    QuantityTemperature,
};

// 40 bytes. One per (asset × applicable rule).
struct CondState
{
    qint64 lastObsMs = kNever;  // newest observed time folded in (out-of-order guard)
    qint64 rawSinceMs = 0;      // when `raw` took its current value
    qint64 queuedDue = kNever;  // due time of this state's live timer, kNever = none
    // Threshold/BatteryLow: last value. StateCode: index in codes of the raising value.
    // DayNight: PowerCode. CommunicationLoss: silence (ms) at the last change.
    // RateOfChange: the change detected. InvalidReadings: readings in the window.
    double value = kNaN;
    bool raw = false;
    bool active = false;
};

static_assert(sizeof(CondState) <= 40, "one per asset × rule: keep it small");

struct Sample
{
    qint64 atMs;
    double value;
};

struct Slot
{
    AlarmRule rule;
    qint32 assetIndex = -1;   // per-asset rule: its asset (-1 when unknown or kind-wide)
    bool perAsset = false;
    bool applies = false;     // enabled, evaluable, and (per-asset) its asset exists
    QString quantityName;     // rule.quantity, or the kind's default quantity
    QuantityCode quantity = QuantityOther;
    std::vector<CondState> states;
    // RateOfChange: monotonic queue of (time, value) whose front is the window's extreme.
    // InvalidReadings: observed times of the newest ≤ count invalid readings, ascending.
    std::vector<std::vector<Sample>> history;
};

struct Cluster
{
    double lat = 0;
    double lon = 0;
    qint64 cachedDay = kNever;
    SunTimes sun;
    qint64 queuedDue = kNever;
    std::vector<qint32> members; // assets with a DayNight rule
};

struct Timer
{
    qint64 due;
    qint32 asset;   // asset index, or cluster id for kClusterTimer
    qint32 slot;    // slot index, or kClusterTimer
    // A total order, so that timers due together fire in the same order however the heap
    // was built (live, or rebuilt after a restore): replay reports what live reported.
    bool operator>(const Timer &o) const
    {
        return due != o.due ? due > o.due : slot != o.slot ? slot > o.slot : asset > o.asset;
    }
};

} // namespace ruleevaluator

struct RuleEvaluator::Private
{
    using CondState = ruleevaluator::CondState;
    using Slot = ruleevaluator::Slot;
    using Cluster = ruleevaluator::Cluster;
    using Timer = ruleevaluator::Timer;
    using QuantityCode = ruleevaluator::QuantityCode;
    static constexpr qint64 kNever = ruleevaluator::kNever;

    AssetDirectoryPtr directory;
    AlarmRules rules;
    std::vector<Slot> ruleSlots;                        // parallel to rules
    QHash<qint64, int> slotById;
    std::vector<qint32> kindPos;                    // asset → position among its kind
    std::vector<std::vector<qint32>> kindAssets;    // kind → assets, by position
    std::vector<std::vector<int>> kindSlots;        // kind → kind-wide ruleSlots in force
    QHash<qint32, std::vector<int>> assetSlots;     // assets with per-asset rules → ruleSlots in force
    std::vector<UsualPeriod> periods;               // asset → learned reporting period
    std::vector<qint64> fleetPeriodMs;              // kind → median learned period, 0 = unknown
    qint64 nextFleetUpdateMs = kNever;
    std::vector<Cluster> clusters;
    std::vector<qint32> clusterOf;                  // asset → cluster, -1 none
    std::vector<Timer> timers;                      // min-heap on due
    QHash<qint32, QVector<QPair<qint64, qint64>>> expected;
    bool pristine = true;                           // memory as constructed: nothing to reset

    int assetCount() const { return directory ? directory->size() : 0; }
    int kindIndex(qint32 asset) const { return int(directory->at(asset).kind); }

    const std::vector<int> &slotsOf(qint32 asset) const
    {
        if (!assetSlots.isEmpty()) {
            const auto it = assetSlots.constFind(asset);
            if (it != assetSlots.constEnd())
                return *it;
        }
        static const std::vector<int> none;
        const int k = kindIndex(asset);
        return k < int(kindSlots.size()) ? kindSlots[k] : none;
    }

    qint32 assetAt(const Slot &slot, size_t pos) const
    {
        return slot.perAsset ? slot.assetIndex : kindAssets[size_t(slot.rule.assetKind)][pos];
    }
    int statePos(const Slot &slot, qint32 asset) const { return slot.perAsset ? 0 : kindPos[asset]; }
    CondState &state(int slot, qint32 asset) { return ruleSlots[slot].states[statePos(ruleSlots[slot], asset)]; }

    void push(qint64 due, qint32 asset, qint32 slot)
    {
        timers.push_back({due, asset, slot});
        std::push_heap(timers.begin(), timers.end(), std::greater<Timer>());
    }

    void schedule(CondState &s, qint64 due, qint32 asset, int slot)
    {
        if (s.queuedDue == kNever || due < s.queuedDue) {
            s.queuedDue = due;
            push(due, asset, slot);
        }
    }

    void report(int slot, qint32 asset, const CondState &s, qint64 atMs, ConditionChanges &out);
    void settle(int slot, qint32 asset, CondState &s, qint64 nowMs, ConditionChanges &out);
    void setRaw(CondState &s, bool raw, qint64 atMs)
    {
        if (s.raw != raw) {
            s.raw = raw;
            s.rawSinceMs = atMs;
        }
    }

    qint64 silenceLimit(qint32 asset, const AlarmRule &rule) const;
    void updateFleetPeriods(qint64 nowMs);
    DaylightSpan daylight(int cluster, qint64 atMs);
    bool isExpected(qint32 asset, qint64 fromMs, qint64 toMs) const;

    void apply(int slot, qint32 asset, const Observation &o, QuantityCode code, qint64 previousSeenMs,
               ConditionChanges &out);
    CondState *admit(int slot, qint32 asset, qint64 observedMs, ConditionChanges &out);
    void applyLevel(int slot, qint32 asset, const Observation &o, ConditionChanges &out);
    void applyStateCode(int slot, qint32 asset, const Observation &o, ConditionChanges &out);
    void applyDayNight(int slot, qint32 asset, const Observation &o, ConditionChanges &out);
    void applyRateOfChange(int slot, qint32 asset, const Observation &o, ConditionChanges &out);
    void applyInvalid(int slot, qint32 asset, const Observation &o, ConditionChanges &out);
    void onMessage(int slot, qint32 asset, qint64 receivedMs, qint64 previousSeenMs, ConditionChanges &out);

    void runTimers(qint64 nowMs, ConditionChanges &out);
    void onTimer(int slot, qint32 asset, CondState &s, qint64 nowMs, ConditionChanges &out);
    void onClusterTimer(int cluster, qint64 nowMs, ConditionChanges &out);

    void rebuild(qint64 nowMs, ConditionChanges &out);
    void rebuildTimers(qint64 nowMs);
    // Memory = what saveState() keeps: conditions, windows, periods, expected changes.
    void resetMemory();
    Result<void> readMemory(QByteArrayView bytes);
    QString detail(int slot, qint32 asset, const CondState &s, qint64 atMs);
};

} // namespace vigie
