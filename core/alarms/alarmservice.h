#pragma once

#include "alarmtypes.h"
#include "domain/assetdirectory.h"
#include "domain/observation.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QThread>

#include <functional>
#include <memory>

/// \file
/// \brief The alarm subsystem as the app sees it (contract shared by core and app).
///
/// Threads: AlarmService lives on the GUI thread and owns a "vigie-alarms" worker thread
/// on which rules are evaluated and the ISA-18.2 lifecycle runs (RuleEvaluator +
/// AlarmEngine + AlarmGrouper + AlarmRateMeter). Every public slot may be called from the
/// GUI thread; it only queues work. Results come back as signals on the GUI thread,
/// coalesced: alarmsChanged at most every ~100 ms. Persistence goes through the store
/// writer thread (one SQLite writer): transitions, alarms and rules are written in the
/// writer's next transaction (AlarmWrite). On start the service loads rules and the alarms
/// not in Normal from the store, so alarms survive a restart.

namespace vigie {

/// Per-asset keys alarms are grouped by (AlarmGrouper): a lighting control cabinet, a
/// street, a district. Empty = unknown. Parallel to the AssetDirectory.
struct AssetGroupKeys
{
    QString cabinet;   ///< StreetlightControlCabinet id, from the pack or refStreetlightControlCabinet.
    QString street;    ///< Street label (nearest street centreline).
    QString district;  ///< District label (containing district polygon).
};
using AssetGroupTable = QVector<AssetGroupKeys>;

/// Settings of the alarm subsystem (defaults follow EEMUA 191 / ISA-18.2 guidance).
struct AlarmSettings
{
    int floodThreshold = 10;            ///< New list entries per 10 min above which the flood banner shows (ISA-18.2: 10 / 10 min per operator).
    qint64 rateWindowMs = 10 * 60 * 1000;
    int groupMinChildren = 3;           ///< Alarms of one group key within groupWindowMs that form a parent.
    qint64 groupWindowMs = 5 * 60 * 1000;
    /// An alarm entering the list without a parent waits this long (ms) before it is shown on
    /// its own, so that alarms firing with it can be grouped first (AlarmGrouper). 0 = none.
    qint64 groupHoldMs = 2000;
    qint64 staleAfterMs = 24 * 3600 * 1000; ///< "Stale alarm": active longer than this (EEMUA 191).
    qint64 chatterWindowMs = 60 * 1000; ///< "Chattering": ≥ chatterCount activations within this window.
    int chatterCount = 3;
    QString operatorName;               ///< Who acts from this seat (audit trail).
};

/// \brief The alarm engine's state at an instant: what a session keyframe holds of alarms.
struct AlarmSnapshot
{
    AlarmRules rules;       ///< Rules in force.
    QVector<Alarm> alarms;  ///< Every alarm not in Normal (group parents and children included).
    qint64 maxAlarmId = 0;  ///< Highest alarm id given so far: new alarms are numbered after it.
    /// The rule evaluator's memory (RuleEvaluator::saveState(): pending on/off delays, usual
    /// periods, windows) for `rules`; empty when not taken (sessions before keyframe v3).
    QByteArray evaluatorState;
};

class AlarmService : public QObject
{
    Q_OBJECT
public:
    /// The service does nothing until start().
    AlarmService(AlarmSettings settings, QObject *parent = nullptr);
    ~AlarmService() override;

    /// GUI thread, before start(). Directory and group keys of the loaded city.
    void setCity(AssetDirectoryPtr directory, AssetGroupTable groups);
    /// Tests and replay: the clock the engine reads (UTC ms). Default: system clock.
    void setClock(std::function<qint64()> clock);
    /// Starts the worker thread; loads rules (seeding defaultAlarmRules() on first use) and
    /// non-normal alarms from `storePath` (opened read-only on the alarm thread); persists
    /// through `writer`, the StoreWriter (on its own thread), slot writeAlarms(AlarmWrite).
    void start(const QString &storePath, QObject *writer);
    /// Stops the worker thread after handing pending transitions to the writer: call it
    /// before the writer stops (before IngestService::stop()). Idempotent.
    void stop();

    /// The current list (every alarm not in Normal, group children included: see
    /// Alarm::parentId), as of the last alarmsChanged, in no particular order. GUI thread.
    const QVector<Alarm> &alarms() const;
    const AlarmRules &rules() const;

    /// The engine's state, taken on the alarm thread after everything queued before the
    /// call (observations posted by observe(), operator actions). Blocks until it is taken.
    /// Any thread except the alarm thread (the worker never waits for another thread).
    /// Empty when not started.
    AlarmSnapshot snapshot() const;
    /// Replaces the engine's state by `snapshot` (replay: reset to a keyframe): rules (kept
    /// as they are when snapshot.rules is empty), alarms and id sequence, group parents, and
    /// the rule evaluator's memory (snapshot.evaluatorState: pending on/off delays, usual
    /// periods, windows), so that replay from the keyframe raises what live raised. Without
    /// that state, or when it does not fit the rules (logged), the active conditions are
    /// rebuilt from the alarms instead. Views get one delta with every alarm of the snapshot
    /// and, as Normal, every listed alarm not in it. Not restored: suppression sources (call
    /// setSuppression()/setInterventions() again). Nothing is written to the store. Queued
    /// after what is pending. Any thread.
    void restore(const vigie::AlarmSnapshot &snapshot);
    /// Blocks until the alarm thread has processed everything queued before the call.
    /// Any thread except the alarm thread.
    void sync() const;

public slots:
    /// New observations (one ingest drain). Connected to IngestService::observed;
    /// implicitly shared, so queuing costs no copy. Thread-safe (it only posts to the alarm
    /// thread), so it may be connected with Qt::DirectConnection from the ingest thread.
    void observe(const vigie::Observations &observations);
    /// Operator actions; `ids` are Alarm::id. Each writes an audited AlarmTransition.
    void acknowledge(const QVector<qint64> &ids);
    void shelve(const QVector<qint64> &ids, const QString &reason, qint64 untilMs);
    void unshelve(const QVector<qint64> &ids);
    void removeFromService(const QVector<qint64> &ids, const QString &reason);
    void returnToService(const QVector<qint64> &ids);
    void comment(qint64 id, const QString &text);
    /// Suppression by design, general: `source` names the reason ("intervention",
    /// "worksZone"…); the assets listed have their alarms suppressed while listed. Replaces
    /// the previous set of that source.
    void setSuppression(const QString &source, const QSet<qint32> &assetIndexes);
    /// Marks assets that have an intervention assigned (for the "handled" look).
    void setInterventions(const QSet<qint32> &assetIndexes);
    /// When assets' readings may change sharply without it being an alarm: the runs of the
    /// collection rounds emptying containers (collectionWindows()), for the RateOfChange
    /// rules (container.emptiedOutsideRound). `windows`: asset index → [fromMs, toMs] UTC ms.
    /// Replaces every expected change given before. Kept in session keyframes with the
    /// rule evaluator's memory. Any thread (it only posts to the alarm thread).
    void setExpectedChanges(const QHash<qint32, QVector<QPair<qint64, qint64>>> &windows);
    /// Replaces the rules (from the rule dialog); stored, and re-evaluated from now on.
    void setRules(const vigie::AlarmRules &rules);
    /// Conditions found by another subsystem on subjects that are not assets (the
    /// coordination engine's suspected cable cuts, subject "worksZone:<id>"), for the rule
    /// `ruleKey` (kind Coordination, e.g. kCableCutRuleKey). `active` maps every subject whose
    /// condition holds now to its detail text; it replaces the previous set of that rule
    /// (AlarmEngine::setSubjectConditions): new subjects activate, subjects left out clear.
    /// A disabled rule clears every alarm of the rule; an unknown key is logged and ignored.
    /// The alarms are persisted, audited and recorded (transitionsRecorded) like any other.
    /// Any thread (it only posts to the alarm thread); ignored before start().
    void setSubjectConditions(const QString &ruleKey, const QHash<QString, QString> &active);

signals:
    /// Coalesced (≤ 10/s). Changed alarms, full records.
    void alarmsChanged(const vigie::AlarmDelta &delta);
    /// The rules now in force (after start() and setRules()).
    void rulesChanged(const vigie::AlarmRules &rules);
    /// A new urgent alarm entered the list (the audible cue): an urgent alarm on its own, a
    /// new group parent whose priority is urgent, or an urgent alarm that joined an open
    /// parent (then `alarmId` is the child's, and the parent now shows urgent).
    void urgentRaised(qint64 alarmId);
    /// Loading or a rule save failed; `message` is operator-facing.
    void failed(const QString &message);
    /// Transitions and audited actions as the engine produced them, in order, batched with
    /// each store write (≤ 10/s). Emitted on the "vigie-alarms" thread: connect with
    /// Qt::DirectConnection to a thread-safe receiver (the session recorder), or queued.
    /// `alarms`: the latest record of each alarm changed meanwhile (shelving expiry…).
    void transitionsRecorded(const QVector<vigie::AlarmTransition> &transitions, const QVector<vigie::Alarm> &alarms);

private:
    struct Private;
    std::unique_ptr<Private> d;
    void applyDelta(const vigie::AlarmDelta &delta);
};

/// Key of the rule of the grouped suspected-cable-cut alarm (kind Coordination, one alarm
/// per works zone, subject "worksZone:<works id>").
inline constexpr char kCableCutRuleKey[] = "coordination.cableCut";

/// The rules of alarms raised by the coordination engine: coordination.cableCut (high).
/// Part of defaultAlarmRules(); added on start to a store whose rules predate them.
AlarmRules coordinationAlarmRules();

/// The rules a fresh store starts with (French consequence/response texts):
/// container.full (fillingLevel ≥ 0.8 for 10 min, cleared < 0.7, high),
/// container.status (WasteContainer.status burning → urgent; dropped/vandalized → medium),
/// light.fault (Streetlight.status defectiveLamp/columnIssue/brokenLantern, medium),
/// light.dayNight (low), *.commLoss (3 × usual period, medium), *.batteryLow (< 0.15, low),
/// container.emptiedOutsideRound (fillingLevel drop ≥ 0.4 within 30 min outside a round, low),
/// *.invalidReadings (3 within 1 h, low), coordinationAlarmRules().
AlarmRules defaultAlarmRules();

/// What an edit of the rules changed, for the audit trail (a session's "settingsChange"
/// operator action): {"changed": {"<key>[@<assetId>]": {"<field>": {"from": …, "to": …}}},
/// "added": [names], "removed": [names], "inForce": [every rule of `after`, every field]};
/// absent members mean none, and an empty object means nothing changed. Field names and
/// units are AlarmRule's (times in ms, priorities, kinds and asset kinds as their keys).
/// "inForce" lets a replay switch to the new rules where the operator did. Pure; any thread.
QJsonObject alarmRulesChange(const AlarmRules &before, const AlarmRules &after);
/// The rules in force after a change, read from alarmRulesChange()'s "inForce". Errors:
/// `noRulesInForce` (a change recorded before it was written), `badRule` (a rule whose kind,
/// asset kind or priority is unknown, or without a key). Pure; any thread.
Result<AlarmRules> alarmRulesInForce(const QJsonObject &change);

} // namespace vigie

Q_DECLARE_METATYPE(vigie::AlarmSnapshot)
