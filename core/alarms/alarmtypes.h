#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include "domain/assetkind.h"

/// \file
/// \brief The alarm vocabulary shared by the rule evaluator, the alarm engine, the store and
/// the views. Terms follow ANSI/ISA-18.2-2016 (IEC 62682): alarm states, shelving,
/// suppressed by design, out of service, rationalisation (priority, consequence, response).
/// Times are UTC milliseconds since the Unix epoch; 0 means "never / not set".

namespace vigie {

/// ISA-18.2 alarm priority. Lower value = more important (sort order).
enum class AlarmPriority : quint8 { Urgent = 0, High = 1, Medium = 2, Low = 3 };
inline constexpr int kAlarmPriorityCount = 4;

/// \brief ISA-18.2 alarm states (ISA-18.2-2016 §5.8, figure "alarm state transition
/// diagram"). One alarm (one asset × one rule) is in exactly one of them.
enum class AlarmState : quint8 {
    Normal = 0,           ///< A: process normal, acknowledged.
    Unacknowledged = 1,   ///< B: active, not yet acknowledged ("UNACK").
    Acknowledged = 2,     ///< C: active, acknowledged ("ACKED").
    ReturnedUnacknowledged = 3, ///< D: returned to normal, not yet acknowledged ("RTNUN").
    Shelved = 4,          ///< E: shelved by an operator, with a reason and an expiry.
    SuppressedByDesign = 5, ///< F: a condition says the alarm is expected (e.g. open intervention).
    OutOfService = 6,     ///< G: removed from service (maintenance), by an operator.
};
inline constexpr int kAlarmStateCount = 7;

/// Stable lower-case names stored in SQLite and used in logs ("normal", "unack", "acked",
/// "rtnun", "shelved", "suppressed", "outOfService").
QString alarmStateKey(AlarmState state);
bool alarmStateFromKey(const QString &key, AlarmState *state);
/// "urgent", "high", "medium", "low".
QString alarmPriorityKey(AlarmPriority priority);
bool alarmPriorityFromKey(const QString &key, AlarmPriority *priority);

/// \brief What a rule watches. See AlarmRule for the parameters each kind uses.
enum class AlarmRuleKind : quint8 {
    Threshold = 0,        ///< numeric quantity above (or below) a setpoint, deadband, on/off delays
    StateCode = 1,        ///< text quantity takes one of `codes` (Streetlight.status defectiveLamp…)
    DayNight = 2,         ///< lamp on in daylight or off at night (sun at the asset's position)
    CommunicationLoss = 3,///< no message for `periodFactor` × the device's usual period
    BatteryLow = 4,       ///< batteryLevel (ratio 0–1) below setpoint
    RateOfChange = 5,     ///< quantity drops/rises by more than `setpoint` within `windowMs`
                          ///< (a container emptied outside a collection round)
    InvalidReadings = 6,  ///< `count` readings flagged InvalidReading within `windowMs`
    Group = 7,            ///< not a rule of its own: the parent alarm of a group (AlarmGrouper)
    Coordination = 8,     ///< raised by the coordination engine on a subject that is not an
                          ///< asset (a works zone with a suspected cable cut), through
                          ///< AlarmService::setSubjectConditions(); never evaluated on readings
};
inline constexpr int kAlarmRuleKindCount = 9;
/// "threshold", "stateCode", "dayNight", "communicationLoss", "batteryLow", "rateOfChange",
/// "invalidReadings", "group", "coordination".
QString alarmRuleKindKey(AlarmRuleKind kind);
bool alarmRuleKindFromKey(const QString &key, AlarmRuleKind *kind);

/// \brief One alarm rule, rationalised as ISA-18.2 asks: priority, consequence of not
/// acting, and the operator's response.
///
/// A rule applies to every asset of `assetKind`, or to one asset when `assetId` is set; a
/// per-asset rule with the same `key` replaces the kind-wide one for that asset.
/// Stored in SQLite (table alarm_rule); edited in the app's rule dialog.
struct AlarmRule
{
    qint64 id = 0;                 ///< Store row id; 0 = not stored yet.
    QString key;                   ///< Stable name, e.g. "container.full"; unique per (assetKind, assetId).
    AlarmRuleKind kind = AlarmRuleKind::Threshold;
    AssetKind assetKind = AssetKind::WasteContainer;
    QString assetId;               ///< Empty = every asset of assetKind; else one asset URN.
    QString quantity;              ///< Smart Data Models attribute (quantity.h); kind-dependent.
    double setpoint = 0;           ///< Threshold/BatteryLow: in the quantity's unit (fill ratio 0–1). RateOfChange: magnitude of change.
    double deadband = 0;           ///< Threshold: clears only beyond setpoint ∓ deadband (same unit).
    bool high = true;              ///< Threshold: true = alarm above setpoint, false = below. RateOfChange: true = rise.
    qint64 onDelayMs = 0;          ///< Condition must hold this long before the alarm activates.
    qint64 offDelayMs = 0;         ///< Condition must be clear this long before it returns to normal.
    QStringList codes;             ///< StateCode: values that raise the alarm.
    double periodFactor = 3;       ///< CommunicationLoss: silence > factor × usual period.
    int count = 3;                 ///< InvalidReadings: readings needed within windowMs.
    qint64 windowMs = 0;           ///< RateOfChange / InvalidReadings window.
    AlarmPriority priority = AlarmPriority::Medium;
    QString consequence;           ///< What happens if nobody acts (operator-facing, French first).
    QString response;              ///< What the operator should do.
    bool enabled = true;
};
using AlarmRules = QVector<AlarmRule>;

/// \brief A rule's condition turning on or off for one asset, after on/off delays.
/// Produced by RuleEvaluator, consumed by AlarmEngine.
struct ConditionChange
{
    qint32 assetIndex = -1;  ///< AssetDirectory index.
    qint64 ruleId = 0;       ///< AlarmRule::id.
    bool active = false;     ///< true: the condition is now present; false: it cleared.
    qint64 atMs = 0;         ///< When it happened (observed time, or the clock for timed rules).
    double value = 0;        ///< The value that triggered it (NaN when not numeric).
    QString detail;          ///< Short operator-facing text, e.g. "fillingLevel 0.86 ≥ 0.80".
};
using ConditionChanges = QVector<ConditionChange>;

/// \brief One alarm: one asset × one rule (or one group parent, or one subject × one
/// Coordination rule: then `assetIndex` is −1 and `assetId` the subject, e.g.
/// "worksZone:CP000617"). Repeats update `count` and
/// `lastActiveMs`, never create a new alarm (ISA-18.2: one alarm per condition).
struct Alarm
{
    qint64 id = 0;               ///< Store row id, stable across restarts.
    qint32 assetIndex = -1;      ///< AssetDirectory index; -1 for a group parent or a subject alarm.
    QString assetId;             ///< Asset URN; for a group parent, the group key (e.g. "district:Hôpitaux-Facultés");
                                 ///< for a subject alarm (kind Coordination), the subject ("worksZone:CP000617").
    qint64 ruleId = 0;           ///< AlarmRule::id; 0 for a group parent.
    AlarmRuleKind kind = AlarmRuleKind::Threshold;
    AlarmPriority priority = AlarmPriority::Medium;
    AlarmState state = AlarmState::Normal;
    bool conditionActive = false;  ///< The underlying condition, whatever the state (shelved alarms keep tracking it).
    qint64 firstActiveMs = 0;    ///< First activation ever.
    qint64 lastActiveMs = 0;     ///< Latest activation.
    qint64 lastChangeMs = 0;     ///< Latest state transition.
    int count = 0;               ///< Activations since the alarm was created.
    QString detail;              ///< Latest ConditionChange::detail.
    qint64 parentId = 0;         ///< Group parent's id, 0 = not grouped.
    int childCount = 0;          ///< For a group parent: children attached.
    qint64 shelvedUntilMs = 0;   ///< State Shelved: automatic unshelve time.
    QString shelveReason;
    QString suppressedBy;        ///< State SuppressedByDesign: the suppression source(s), e.g. "intervention".
    bool hasIntervention = false;///< An intervention is assigned (issue "interventions"); for the "handled" look.
    bool isActive() const { return conditionActive; }
    /// Raised on a subject outside the asset directory (kind Coordination).
    bool isSubjectAlarm() const { return kind == AlarmRuleKind::Coordination; }
    /// Needs the operator: unacknowledged (active or returned), not shelved/suppressed/out of service.
    bool needsAttention() const { return state == AlarmState::Unacknowledged || state == AlarmState::ReturnedUnacknowledged; }
    /// Handled: acknowledged with an intervention assigned, or suppressed by design, or shelved.
    bool isHandled() const
    {
        return (state == AlarmState::Acknowledged && hasIntervention) || state == AlarmState::SuppressedByDesign
            || state == AlarmState::Shelved;
    }
};

/// \brief One stored state transition or operator action (the audit trail).
struct AlarmTransition
{
    qint64 alarmId = 0;
    AlarmState from = AlarmState::Normal;
    AlarmState to = AlarmState::Normal;
    qint64 atMs = 0;
    QString actor;     ///< "system" for automatic transitions, else the operator's name.
    QString action;    ///< "activate", "clear", "acknowledge", "shelve", "unshelve", "shelveExpired",
                       ///< "suppress", "unsuppress", "removeFromService", "returnToService", "comment", "group".
    QString text;      ///< Reason, comment, or condition detail.
};

/// \brief What changed in the alarm table since the last delta; sent to views at most every
/// ~100 ms. `alarms` holds the full current record of each changed alarm (including those
/// that went back to Normal, which views drop from the list).
struct AlarmDelta
{
    QVector<Alarm> alarms;
    bool flood = false;          ///< The flood banner should show.
    int rateLast10Min = 0;       ///< New operator-list entries in the last 10 minutes.
    bool isEmpty() const { return alarms.isEmpty(); }
};

/// \brief What the store writes for alarms in the writer's next transaction.
struct AlarmWrite
{
    QVector<Alarm> alarms;              ///< Upserts (id set by the engine, from a store sequence).
    QVector<AlarmTransition> transitions;
    /// When `replaceRules`: the table alarm_rule becomes exactly `rules` (ids kept; rules
    /// with id 0 are refused by the service before they get here). Added for AlarmService
    /// (first start seeding defaultAlarmRules(), setRules()).
    AlarmRules rules;
    bool replaceRules = false;
    bool isEmpty() const { return alarms.isEmpty() && transitions.isEmpty() && !replaceRules; }
};

} // namespace vigie

Q_DECLARE_METATYPE(vigie::Alarm)
Q_DECLARE_METATYPE(vigie::AlarmDelta)
Q_DECLARE_METATYPE(vigie::AlarmWrite)
Q_DECLARE_METATYPE(vigie::AlarmRules)
Q_DECLARE_METATYPE(vigie::AlarmTransition)
