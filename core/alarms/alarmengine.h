#pragma once

#include "alarmtypes.h"
#include "domain/assetdirectory.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QVector>

/// \file
/// \brief The ISA-18.2 alarm lifecycle: one Alarm per (asset, rule), its state machine,
/// operator actions and their audit trail, and the bookkeeping of group parents.
///
/// Thread: owned and called by one thread (the alarm thread); not thread-safe. Pure and
/// deterministic: time comes only from the `nowMs`/`atMs` arguments (UTC ms).

namespace vigie {

/// \brief What one AlarmEngine call changed: the full records of the alarms it touched
/// (each once, latest record), the transitions it produced (audit trail, in order) and the
/// alarms that entered the operator list without a parent (AlarmGrouper's input).
struct AlarmChanges
{
    QVector<Alarm> alarms;
    QVector<AlarmTransition> transitions;
    /// Alarms that went to Unacknowledged from a state outside the list (Normal, Shelved,
    /// SuppressedByDesign, OutOfService) and have no open parent.
    QVector<qint64> entered;
    bool isEmpty() const { return alarms.isEmpty() && transitions.isEmpty(); }
    /// Appends `other`; an alarm present in both keeps the record of `other` (newer).
    void append(const AlarmChanges &other);
};

/// \brief Runs the ISA-18.2 state machine of alarmtypes.h for every alarm.
///
/// Transitions (ISA-18.2-2016 §5.8 and alarmtypes.h):
/// - Normal → Unacknowledged on activation; Unacknowledged → Acknowledged on acknowledge;
///   Acknowledged → Normal on clear; Unacknowledged → ReturnedUnacknowledged on clear;
///   ReturnedUnacknowledged → Normal on acknowledge, → Unacknowledged on re-activation.
/// - Shelved (operator, reason, expiry), SuppressedByDesign (one or more named sources) and
///   OutOfService (operator, reason) take the alarm out of the list; it keeps tracking
///   `conditionActive`, `count` and `lastActiveMs`. Leaving them returns to the state the
///   condition implies: SuppressedByDesign if a suppression source still covers the asset,
///   else Unacknowledged when active, else Normal. OutOfService outranks Shelved, which
///   outranks SuppressedByDesign: suppression starting or ending under them only updates
///   `suppressedBy`.
/// - Every transition, every activation and clear (also while shelved, suppressed or out
///   of service: the KPIs count them) and every operator action, comments included, gives
///   one AlarmTransition with its actor ("system" or the operator's name).
///
/// Group parents (kind Group, assetIndex −1, assetId the group key) are created and filled
/// by AlarmGrouper. Their state summarises their children: Normal when every child is
/// Normal; else Unacknowledged (active) or ReturnedUnacknowledged (cleared) while a child
/// needs attention; else Acknowledged while a child's condition is active; else Normal.
/// So a new child activation under an acknowledged parent annunciates the parent again.
/// Acknowledging, shelving, unshelving, removing from or returning to service a parent does
/// the same to its children. A parent that reaches Normal is closed: its children keep
/// `parentId` as history and enter the list on their own if they activate again.
class AlarmEngine
{
    Q_DECLARE_TR_FUNCTIONS(AlarmEngine)
public:
    /// `directory` gives asset ids and kinds (may be null in tests: assetId stays empty).
    /// `operatorName` is the actor of operator actions (empty: "operator").
    AlarmEngine(AssetDirectoryPtr directory, QString operatorName);

    /// Priorities and kinds of new activations come from the rule of the change.
    void setRules(const AlarmRules &rules);

    /// Restores alarms read from the store (any states, parents included) and seeds the id
    /// sequence after `maxStoredId` (the store's max alarm id). Call before anything else.
    void restore(const QVector<Alarm> &alarms, qint64 maxStoredId);

    /// Applies rule conditions turning on or off (RuleEvaluator output), in order.
    /// The first activation of an (asset, rule) creates its alarm; later ones bump `count`
    /// and `lastActiveMs` of the same alarm. A change that repeats the current condition
    /// only updates `detail`.
    AlarmChanges applyConditions(const ConditionChanges &changes);

    /// Subject alarms (kind of the rule: Coordination): conditions another subsystem finds on
    /// subjects that are not assets, e.g. a works zone with a suspected cable cut.
    /// `active` maps each subject whose condition holds now (e.g. "worksZone:CP000617") to
    /// its detail (operator-facing). It replaces the previous set of `ruleId`, level-based:
    /// a subject newly listed activates (its alarm is created on the first activation, with
    /// assetIndex −1 and assetId the subject); a subject still listed only updates `detail`
    /// (no transition); a subject no longer listed clears (ISA-18.2: it returns to normal
    /// once acknowledged). Suppression sources and interventions do not apply to subjects.
    AlarmChanges setSubjectConditions(qint64 ruleId, const QHash<QString, QString> &active, qint64 nowMs);
    /// The alarm of (`subjectId`, `ruleId`), 0 if none.
    qint64 subjectAlarmId(const QString &subjectId, qint64 ruleId) const;

    /// Operator actions at `nowMs`. Ids not found, or in a state the action does not apply
    /// to, are skipped without a transition.
    AlarmChanges acknowledge(const QVector<qint64> &ids, qint64 nowMs);
    /// `untilMs`: automatic unshelve time (UTC ms); must be after `nowMs` (else skipped).
    AlarmChanges shelve(const QVector<qint64> &ids, const QString &reason, qint64 untilMs, qint64 nowMs);
    AlarmChanges unshelve(const QVector<qint64> &ids, qint64 nowMs);
    AlarmChanges removeFromService(const QVector<qint64> &ids, const QString &reason, qint64 nowMs);
    AlarmChanges returnToService(const QVector<qint64> &ids, qint64 nowMs);
    /// An audited comment (action "comment"), no state change.
    AlarmChanges comment(qint64 id, const QString &text, qint64 nowMs);
    /// Shelved alarms whose `shelvedUntilMs` ≤ `nowMs` return (action "shelveExpired", actor "system").
    AlarmChanges expireShelves(qint64 nowMs);

    /// Replaces the assets `source` suppresses (several sources may overlap). Alarms of
    /// newly covered assets go to SuppressedByDesign (action "suppress"); alarms no longer
    /// covered by any source return (action "unsuppress"). Alarms created later for a
    /// covered asset start suppressed.
    AlarmChanges setSuppression(const QString &source, const QSet<qint32> &assetIndexes, qint64 nowMs);
    /// Assets with an intervention assigned: sets Alarm::hasIntervention (no transition).
    AlarmChanges setInterventions(const QSet<qint32> &assetIndexes);

    /// Group parents (AlarmGrouper). Creates an open parent for `groupKey` (e.g.
    /// "district:Hôpitaux-Facultés") in Unacknowledged at `nowMs`; returns its id in `*id`.
    AlarmChanges createParent(const QString &groupKey, qint64 nowMs, qint64 *id);
    /// Attaches `children` to the open parent `parentId` (action "group"), taking them from
    /// the parent they had; a parent left without children closes (Normal, action "group").
    AlarmChanges attach(const QVector<qint64> &children, qint64 parentId, qint64 nowMs);

    /// Null if unknown. Valid until the next non-const call.
    const Alarm *alarm(qint64 id) const;
    /// The alarm of (`assetIndex`, `ruleId`), 0 if none.
    qint64 alarmId(qint32 assetIndex, qint64 ruleId) const;
    /// Children of a parent (empty for a plain alarm).
    QVector<qint64> children(qint64 parentId) const;
    /// Every alarm (tests, statistics). O(n).
    QVector<Alarm> alarms() const;
    int size() const { return int(m_alarms.size()); }
    /// Highest alarm id given or restored so far (0 if none): the id sequence's position.
    qint64 maxId() const { return m_nextId - 1; }

    /// States in which an alarm is in the operator list.
    static bool inList(AlarmState s)
    {
        return s == AlarmState::Unacknowledged || s == AlarmState::Acknowledged || s == AlarmState::ReturnedUnacknowledged;
    }

private:
    struct Key
    {
        qint32 asset;
        qint64 rule;
        bool operator==(const Key &o) const { return asset == o.asset && rule == o.rule; }
        friend size_t qHash(const Key &k, size_t seed = 0) { return qHashMulti(seed, k.asset, k.rule); }
    };
    struct RuleInfo
    {
        AlarmRuleKind kind = AlarmRuleKind::Threshold;
        AlarmPriority priority = AlarmPriority::Medium;
    };

    /// What a child adds to its parent's Summary. Kept per child so that end() updates the
    /// summaries of the parents of the alarms a call touched, in O(touched), not O(children).
    struct Contribution
    {
        qint64 parent = 0;
        bool inList = false;
        bool attention = false;
        bool active = false;       ///< In the list and its condition active.
        qint8 assetKind = -1;      ///< AssetKind, −1 unknown.
        AlarmPriority priority = AlarmPriority::Low;
        bool operator==(const Contribution &) const = default;
    };
    struct Summary
    {
        int children = 0;
        int inList = 0;
        int attention = 0;
        int active = 0;
        int byAssetKind[2] = {};                  ///< Streetlight, WasteContainer
        int priorities[kAlarmPriorityCount] = {}; ///< By AlarmPriority
    };
    Contribution contributionOf(const Alarm &a) const;
    void updateContribution(const Alarm &a);

    void begin();
    AlarmChanges end(qint64 nowMs);
    void touch(qint64 id);
    void record(Alarm &a, AlarmState to, qint64 atMs, const QString &actor, const QString &action, const QString &text);
    /// The state an alarm leaving Shelved/OutOfService/SuppressedByDesign goes to.
    AlarmState returnState(const Alarm &a) const;
    void leaveOverlay(Alarm &a, qint64 nowMs, const QString &actor, const QString &action);
    void markParent(const Alarm &child);
    void recomputeParent(Alarm &parent, qint64 nowMs);
    /// "district Hôpitaux-Facultés" for the parent of key "district:Hôpitaux-Facultés".
    QString groupPlace(const Alarm &parent) const;
    Alarm &create(qint32 assetIndex, qint64 ruleId);
    Alarm &createForSubject(const QString &subjectId, qint64 ruleId);
    void activate(Alarm &a, const ConditionChange &c);
    void clear(Alarm &a, const ConditionChange &c);
    /// Applies `fn` to each id and, for parents, to each child first.
    template<typename Fn>
    void forEachWithChildren(const QVector<qint64> &ids, Fn fn);
    QString suppressionOf(qint32 assetIndex) const;
    void applySuppression(Alarm &a, const QString &by, qint64 nowMs);

    AssetDirectoryPtr m_directory;
    QString m_operator;
    QHash<qint64, RuleInfo> m_rules;
    QHash<qint64, Alarm> m_alarms;
    QHash<Key, qint64> m_byKey;
    QHash<qint32, QVector<qint64>> m_byAsset;
    QHash<qint64, QHash<QString, qint64>> m_bySubject; ///< rule id → subject → alarm id (subject alarms)
    QHash<qint64, QSet<qint64>> m_children;      ///< parent id → child ids (open and closed parents)
    QHash<qint64, Contribution> m_contrib;       ///< child id → its share of its parent's summary
    QHash<qint64, Summary> m_summary;            ///< parent id → its children, counted
    QSet<qint64> m_shelved;                      ///< ids in Shelved, for expiry
    QHash<QString, QSet<qint32>> m_suppression;  ///< source → assets
    QHash<qint32, QStringList> m_suppressedBy;   ///< asset → sorted sources
    QSet<qint32> m_interventions;
    qint64 m_nextId = 1;

    // Accumulated by the current call.
    QVector<qint64> m_touched;
    QSet<qint64> m_touchedSet;
    QSet<qint64> m_dirtyParents;
    QVector<AlarmTransition> m_transitions;
    QVector<qint64> m_entered;
    QString m_actor; ///< Actor of derived parent transitions during the current call.
};

} // namespace vigie
