#pragma once

#include "alarms/alarmtypes.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <algorithm>
#include <array>
#include <limits>
#include <optional>

/// \file
/// \brief Interventions (work orders): what a supervisor sends a crew to do, and its life.
///
/// Times are UTC milliseconds since the Unix epoch; positions EPSG:4326 degrees. Keys of
/// enums are stable strings stored in SQLite and sent over MQTT (docs/interventions.md).

namespace vigie {

/// Which service's crews can do the job. Stored and sent as its key.
enum class InterventionKind : quint8 { Lighting, Waste, Roads, Other };
QString interventionKindKey(InterventionKind kind);      ///< "lighting", "waste", "roads", "other"
bool interventionKindFromKey(const QString &key, InterventionKind *kind);
/// The kind that fits an asset kind (Streetlight → Lighting, WasteContainer → Waste).
InterventionKind interventionKindFor(AssetKind kind);

/// \brief Work-order status. Legal moves: see interventionworkflow.h.
enum class InterventionStatus : quint8 {
    New,       ///< Created, no crew yet.
    Assigned,  ///< A crew is chosen; dispatched or not (see Intervention::dispatchedVersion).
    Accepted,  ///< The crew accepted it.
    EnRoute,   ///< The crew is driving there.
    OnSite,    ///< The crew is working on it.
    Done,      ///< Finished; linked alarms are acknowledged, suppression ends.
    Cancelled, ///< Dropped by a supervisor.
    Blocked,   ///< Cannot go on (reason required): no access, missing part, works zone…
    Reopened,  ///< Done or cancelled, then opened again (needs a crew again).
};
/// "new", "assigned", "accepted", "enRoute", "onSite", "done", "cancelled", "blocked", "reopened".
QString interventionStatusKey(InterventionStatus status);
bool interventionStatusFromKey(const QString &key, InterventionStatus *status);
/// Done and Cancelled: nothing left to do.
bool isClosed(InterventionStatus status);

/// \brief One term of a priority score, with what went into it (shown next to the score).
struct PriorityTerm
{
    QString key;      ///< "alarmPriority", "openFor", "slaLeft", "repeats", "reports", "socialStakes", "night".
    double input = 0; ///< Raw input in the term's unit (hours, count, metres, 0/1…).
    QString inputText;///< The input as the supervisor reads it ("2 h 10 min", "Crèche Les Lucioles, 120 m").
    double weight = 0;///< Configured weight.
    double points = 0;///< Contribution to the score: normalised input (0–1) × weight.
};

/// \brief A score and its breakdown; score = sum of the terms' points.
struct PriorityBreakdown
{
    double score = 0;
    QVector<PriorityTerm> terms;
};

/// \brief A work order, as stored (table `intervention`) and shown.
///
/// `version` starts at 1 and grows by one with every stored change: an update names the
/// version it was made from and is refused (`conflict`) if the row moved on meanwhile.
struct Intervention
{
    qint64 id = 0;                 ///< Store row id; 0 before creation.
    int version = 0;
    InterventionKind kind = InterventionKind::Other;
    InterventionStatus status = InterventionStatus::New;
    QStringList assetIds;          ///< Asset URNs (AssetDirectory); may be empty (a place only).
    double lon = std::numeric_limits<double>::quiet_NaN(); ///< Where to go, EPSG:4326; NaN = unknown.
    double lat = std::numeric_limits<double>::quiet_NaN();
    QString location;              ///< Address or place, for the crew.
    QString description;           ///< Instructions, plain text.
    QVector<qint64> alarmIds;      ///< Alarms it answers (Alarm::id).
    QVector<qint64> reportIds;     ///< Citizen reports it answers (issue "citizen reports").
    AlarmPriority priority = AlarmPriority::Medium; ///< Sets the SLA.
    double score = 0;              ///< Priority score when last computed.
    PriorityBreakdown breakdown;   ///< Stored with the score (JSON in the row).
    qint64 dueAtMs = 0;            ///< SLA deadline; 0 = none.
    QString crewId;                ///< Crew::id; empty = none.
    QString blockedReason;         ///< Status Blocked: why.
    qint64 createdAtMs = 0;
    QString createdBy;
    qint64 updatedAtMs = 0;
    QString updatedBy;
    qint64 closedAtMs = 0;         ///< Done or cancelled; 0 while open.
    int dispatchedVersion = 0;     ///< Version last published to the crew; 0 = never dispatched.
    qint64 dispatchedAtMs = 0;

    bool isDispatched() const { return dispatchedVersion > 0; }
    bool hasLocation() const { return lon == lon && lat == lat; }
};

/// \brief One entry of an intervention's audit trail (table `intervention_event`).
struct InterventionEvent
{
    qint64 interventionId = 0;
    int version = 0;               ///< Version the change produced.
    qint64 atMs = 0;
    QString actor;                 ///< Supervisor's name, "crew:<id>", or "system".
    QString action;                ///< "create", "edit", "assign", "unassign", "status", "note",
                                   ///< "dispatch", "undo", "crewStatus".
    InterventionStatus from = InterventionStatus::New;
    InterventionStatus to = InterventionStatus::New;
    QString text;                  ///< Note, reason, or what changed.
    /// The intervention as this change left it, once committed (InterventionService::
    /// eventStored, session records); not kept in the audit table. Empty in older sessions.
    std::optional<Intervention> after;
};

/// \brief A request to change an intervention, as the GUI sends it to InterventionService.
///
/// `expectedVersion` is the version the supervisor saw (0 for Create); the change is
/// refused with `conflict` if the stored row has another one.
struct InterventionChange
{
    enum class Action : quint8 {
        Create,     ///< `fields` is the new intervention (id, version and times ignored).
        Edit,       ///< `fields` replaces kind, assets, place, description, links, priority, due time.
        SetStatus,  ///< to `status`; `text` is the reason (required for Blocked) or a note.
        Assign,     ///< crew `crewId` (status New/Reopened → Assigned; a reassignment keeps Assigned).
        Unassign,   ///< back to New (before dispatch only).
        AddNote,    ///< `text` appended to the audit trail.
        Dispatch,   ///< Publish the current version to its crew (outbox row in the same transaction).
        Revert,     ///< Undo: restore `fields` (a previous snapshot); refused once dispatched since.
    };
    qint64 requestId = 0;          ///< Chosen by the caller, echoed in applied()/refused().
    Action action = Action::Edit;
    qint64 interventionId = 0;
    int expectedVersion = 0;
    QString actor;
    InterventionStatus status = InterventionStatus::New;
    QString crewId;
    QString text;
    Intervention fields;
};

/// \brief Due time after creation, per alarm priority (SLA). Configurable in settings.
struct SlaPolicy
{
    /// Indexed by AlarmPriority (Urgent, High, Medium, Low): milliseconds.
    std::array<qint64, 4> dueAfterMs{2 * 3600'000LL, 8 * 3600'000LL, 24 * 3600'000LL, 72 * 3600'000LL};
    /// Share of the SLA left under which the countdown turns amber (red once overdue).
    double amberBelow = 0.25;
    qint64 dueAfter(AlarmPriority p) const { return dueAfterMs[std::size_t(p)]; }
};

/// Where an open intervention stands against its due time.
enum class SlaState : quint8 {
    None,  ///< Closed, or no due time.
    Ok,
    Amber, ///< Less than SlaPolicy::amberBelow of the SLA left.
    Red,   ///< Overdue.
};

/// The SLA state of `intervention` at `nowMs` (UTC ms). Any thread.
inline SlaState slaState(const Intervention &intervention, qint64 nowMs, const SlaPolicy &sla)
{
    if (isClosed(intervention.status) || intervention.dueAtMs <= 0)
        return SlaState::None;
    const qint64 left = intervention.dueAtMs - nowMs;
    if (left < 0)
        return SlaState::Red;
    const qint64 full = std::max<qint64>(1, intervention.dueAtMs - intervention.createdAtMs);
    return double(left) / double(full) < sla.amberBelow ? SlaState::Amber : SlaState::Ok;
}

/// \brief A crew's answer from the field (`vigie/crews/{crew}/status`), after validation.
struct CrewStatusReport
{
    QString messageId;             ///< Unique per report: duplicates are dropped.
    QString crewId;
    qint64 interventionId = 0;
    int version = 0;               ///< Intervention version the crew last received.
    InterventionStatus status = InterventionStatus::Accepted; ///< Accepted, EnRoute, OnSite, Done or Blocked.
    QString note;
    qint64 atMs = 0;               ///< Device time, UTC ms (received time if absent).
    qint64 receivedAtMs = 0;
};

} // namespace vigie

Q_DECLARE_METATYPE(vigie::Intervention)
Q_DECLARE_METATYPE(vigie::InterventionChange)
Q_DECLARE_METATYPE(vigie::CrewStatusReport)
Q_DECLARE_METATYPE(vigie::InterventionEvent)
