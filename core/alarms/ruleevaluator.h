#pragma once

#include "alarmtypes.h"
#include "domain/assetdirectory.h"
#include "domain/observation.h"

/// \file
/// \brief Turns observations and the passing of time into rule conditions (ConditionChange),
/// with deadbands and on/off delays, one condition per asset × rule.
///
/// Thread: owned and called by one thread (the alarm thread); not thread-safe. Deterministic:
/// time comes only from the `nowMs` arguments (UTC ms), so tests inject the clock.

namespace vigie {

class RuleEvaluator
{
public:
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

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vigie
