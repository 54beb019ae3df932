#include "alarmtypes.h"

#include <array>

namespace vigie {

namespace {

// Stored in SQLite (alarm.state, alarm.priority, alarm.kind, alarm_rule.kind): never rename.
constexpr std::array<const char *, kAlarmStateCount> kStateKeys = {
    "normal", "unack", "acked", "rtnun", "shelved", "suppressed", "outOfService"};
constexpr std::array<const char *, kAlarmPriorityCount> kPriorityKeys = {"urgent", "high", "medium", "low"};
constexpr std::array<const char *, kAlarmRuleKindCount> kRuleKindKeys = {
    "threshold", "stateCode", "dayNight", "communicationLoss", "batteryLow", "rateOfChange", "invalidReadings", "group",
    "coordination"};

template<typename Enum, std::size_t N>
bool fromKey(const std::array<const char *, N> &keys, const QString &key, Enum *out)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i])) {
            if (out)
                *out = Enum(i);
            return true;
        }
    }
    return false;
}

template<std::size_t N>
QString toKey(const std::array<const char *, N> &keys, std::size_t index)
{
    return index < N ? QString::fromLatin1(keys[index]) : QString();
}

} // namespace

QString alarmStateKey(AlarmState state) { return toKey(kStateKeys, std::size_t(state)); }
bool alarmStateFromKey(const QString &key, AlarmState *state) { return fromKey(kStateKeys, key, state); }
QString alarmPriorityKey(AlarmPriority priority) { return toKey(kPriorityKeys, std::size_t(priority)); }
bool alarmPriorityFromKey(const QString &key, AlarmPriority *priority) { return fromKey(kPriorityKeys, key, priority); }
QString alarmRuleKindKey(AlarmRuleKind kind) { return toKey(kRuleKindKeys, std::size_t(kind)); }
bool alarmRuleKindFromKey(const QString &key, AlarmRuleKind *kind) { return fromKey(kRuleKindKeys, key, kind); }

} // namespace vigie
