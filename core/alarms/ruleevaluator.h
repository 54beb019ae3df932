#pragma once

#include "alarmtypes.h"
#include "domain/assetdirectory.h"
#include "domain/observation.h"
#include "domain/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

/// \file
/// \brief Turns observations and the passing of time into rule conditions (ConditionChange),
/// with deadbands and on/off delays, one condition per asset × rule.
///
/// Thread: owned and called by one thread (the alarm thread); not thread-safe. Deterministic:
/// time comes only from the `nowMs` arguments (UTC ms), so tests inject the clock.
///
/// What each rule kind reads (AlarmRule fields not named are ignored):
/// - Threshold: `quantity` (numeric), `setpoint`, `high`, `deadband`, `onDelayMs`,
///   `offDelayMs`. Active when value ≥ setpoint (high) or ≤ setpoint (low); clears only
///   below setpoint − deadband (high) or above setpoint + deadband (low). Readings flagged
///   InvalidReading are ignored.
/// - StateCode: `quantity` (text, e.g. "status"), `codes`, delays. Active while the latest
///   value is one of `codes`.
/// - DayNight: Streetlight `powerState` (on/low = lit, off = dark; bootingUp and others
///   are neither). Active when lit in daylight or dark at night at the asset's position
///   (see suntimes.h, daylightAt(), 20 min tolerance); re-judged when the phase changes,
///   with the last known powerState. Delays apply.
/// - CommunicationLoss: `periodFactor`, delays. Active when the asset has been silent for
///   longer than periodFactor (at least 1) × its usual period (median of its last 7 inter-arrival
///   times, gaps under 1 s ignored; at least 10 s). Before 3 gaps of its own are known, the
///   usual period of its fleet stands in: the median of the learned periods of the assets
///   of its kind, once at least kMinFleetAssets have one (re-estimated every minute); and
///   without that, its layer's ConditionPolicy::silentAfterMs. So a device heard once, just
///   before its district lost power, is missed after about the period its fleet reports
///   at, not after the layer's generic silence. Assets never heard of never raise it.
///   Clears at the next message.
/// - BatteryLow: `quantity` (default batteryLevel, ratio 0–1), `setpoint`, `deadband`,
///   delays. Active below setpoint, clears above setpoint + deadband.
/// - RateOfChange: `quantity`, `setpoint` (magnitude), `high` (rise or drop), `windowMs`,
///   `offDelayMs`. Active at a reading that is at least `setpoint` below (drop) or above
///   (rise) a reading of the last `windowMs`, unless an expected change
///   (setExpectedChange) overlaps that interval. Clears at the next reading without such a
///   change, or `offDelayMs` after the change when that is set. `onDelayMs` is ignored.
/// - InvalidReadings: `quantity` (empty = any), `count`, `windowMs`, delays. Active while
///   at least `count` readings flagged InvalidReading (one per observed instant) fall in
///   the last `windowMs`.
/// - Group: never evaluated (the grouper makes group parents).
/// Rules are told apart by AlarmRule::id (ConditionChange::ruleId, isActive()): give each a
/// distinct non-zero id, as the store does. Disabled rules never fire. A per-asset rule
/// replaces the kind-wide rule with the same `key` for that asset, even when the per-asset
/// rule is disabled (that is how one asset is exempted). setRules() keeps the conditions of
/// rules whose evaluation is unchanged (same id, only priority or texts edited).
///
/// Out of order: an observation older than the newest one a rule has seen for that asset
/// does not change its condition (it still counts as a sign of life for communication
/// loss). Delays are judged on observed times while folding observations and on `nowMs`
/// in tick(); a delayed change carries the instant its delay elapsed as ConditionChange::atMs.
///
/// Cost (N assets, R rules of an asset's kind, T pending timers):
/// - memory: 40 bytes per (asset × applicable rule) + 40 bytes per asset for the learned
///   period, allocated as flat vectors when the rules are set; RateOfChange and
///   InvalidReadings rules add a history per asset (24 bytes empty; a monotonic queue of
///   usually one sample, resp. ≤ count times). About 30 MB for 100 000 assets (half lamps,
///   half containers) under the default rules;
/// - observe(): O(R) per observation, no allocation in the common path (quantities are
///   compared as interned codes, state codes by QString equality without copies);
/// - tick(): O(k log T) for the k timers due (delays, communication-loss deadlines,
///   windows); day/night is re-judged only when a position cluster (0.1° cell) crosses a
///   phase boundary (five times a day: dawn, day, dusk, night, local midnight), for the
///   lamps of that cluster;
/// - setRules(): O(N × R); O(R) when only texts or priorities changed.

namespace vigie {

class RuleEvaluator
{
public:
    /// Learned periods needed among the assets of a kind before their median stands in for
    /// the period of an asset that has not learned its own (CommunicationLoss).
    static constexpr int kMinFleetAssets = 5;
    /// How often the fleet periods are re-estimated (ms of the injected clock).
    static constexpr qint64 kFleetPeriodEveryMs = 60'000;

    RuleEvaluator(AssetDirectoryPtr directory, AlarmRules rules);
    ~RuleEvaluator();

    /// Replaces the rules; conditions of removed or changed rules are reported cleared at `nowMs`.
    ConditionChanges setRules(AlarmRules rules, qint64 nowMs);
    const AlarmRules &rules() const;

    /// Folds one drain's observations (any order; each has assetIndex set) into the
    /// conditions. Returns the changes whose on/off delay has already elapsed.
    ConditionChanges observe(const Observations &observations, qint64 nowMs);

    /// Timed conditions: on/off delays expiring, communication loss, day/night, windows.
    /// Called about once a second.
    ConditionChanges tick(qint64 nowMs);

    /// Whether the condition of (`assetIndex`, `ruleId`) is currently active (after delays).
    bool isActive(qint32 assetIndex, qint64 ruleId) const;

    /// After a restart: marks the condition of (`assetIndex`, `ruleId`) as already active
    /// since `sinceMs` (a stored alarm whose condition was active), without reporting it, so
    /// that the next reading that clears it is reported as a clear and a reading that
    /// confirms it is not reported as a new activation. InvalidReadings conditions restored
    /// so clear one window after `sinceMs` unless new invalid readings keep them.
    /// Returns false if the rule does not apply to the asset (unknown, disabled, overridden).
    bool restoreCondition(qint32 assetIndex, qint64 ruleId, qint64 sinceMs);

    /// Declares that the asset's readings may change sharply between `fromMs` and `toMs`
    /// (UTC ms), e.g. a collection round emptying a container: a RateOfChange whose change
    /// overlaps that interval does not raise. Intervals accumulate; those that ended more
    /// than 7 days before the newest `toMs` of that asset are forgotten.
    void setExpectedChange(qint32 assetIndex, qint64 fromMs, qint64 toMs);
    /// Forgets every expected change of every asset.
    void clearExpectedChanges();

    /// The evaluator's memory, for a session keyframe: every condition with its pending
    /// on/off delay, value and timer, the learned reporting periods and fleet periods, the
    /// rate-of-change and invalid-reading windows, and the expected changes. Sparse: assets
    /// never heard of and conditions never touched take no room (about 30 bytes per heard
    /// asset under the default rules). Times are kept as differences from `referenceMs`
    /// (UTC ms, e.g. the keyframe's instant). Versioned bytes ("VRE", docs/recording.md).
    /// Cost O(assets × rules); rules and directory are not included.
    QByteArray saveState(qint64 referenceMs) const;
    /// Replaces the memory by a saveState() of an evaluator with the same rules (ids and
    /// evaluation, in the same order) and an asset directory of the same size, so that the
    /// conditions that follow are exactly those the saved evaluator would have reported.
    /// Nothing is reported by the restore itself. Day/night is re-judged at the first
    /// tick() or observe() at or after `nowMs`. Errors: `badEvaluatorState` (truncated,
    /// damaged), `evaluatorStateMismatch` (other rules or directory),
    /// `unsupportedEvaluatorState` (other version); the memory is then that of a new
    /// evaluator (every condition clear), and restoreCondition() remains the fallback.
    Result<void> restoreState(QByteArrayView bytes, qint64 nowMs);
    /// Forgets everything observed: the memory of a new evaluator with the same rules
    /// (every condition clear, no period learned). Day/night is judged again from `nowMs`.
    void reset(qint64 nowMs);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vigie
