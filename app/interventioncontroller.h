#pragma once

#include "domain/result.h"
#include "interventions/interventiontypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUndoStack>

namespace vigie {

class InterventionService;

/// \brief The GUI side of interventions: a cache of the service's rows, the requests the
/// supervisor makes, and their undo history.
///
/// Every change goes to InterventionService (queued, its own thread) and comes back as
/// applied() or refused(); views listen to changed(), never to the service. A change the
/// supervisor made is pushed on undoStack() once stored: undoing it stores the previous
/// snapshot as a new version (InterventionChange::Revert; undoing a creation cancels it).
/// Once an intervention has been dispatched, the commands made before can no longer be
/// undone: undo says so and drops them. Notes and dispatches are never undoable (the crew
/// may already have them). GUI thread only.
class InterventionController : public QObject
{
    Q_OBJECT
public:
    explicit InterventionController(QObject *parent = nullptr);

    /// Connects to `service` (null: detached, the cache and the history are cleared).
    void setService(InterventionService *service);
    /// Name recorded as the actor of every change (appsettings::operatorName()).
    void setActor(const QString &actor) { m_actor = actor; }
    QString actor() const { return m_actor; }
    /// Review mode: every request is refused before reaching the service (returns 0 and
    /// emits notice() once per request). The list still follows the service.
    /// In read-only mode the service's own lists are ignored: the replay feeds the list.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    /// Replay: the interventions as a keyframe holds them replace the list (changed(all)).
    void replaySnapshot(const QVector<Intervention> &all);
    /// Replay: applies a recorded audit-trail event to the listed intervention (status,
    /// version, last change); an intervention created after the keyframe is listed from
    /// what the event says of it. changed() follows.
    void replayEvent(const InterventionEvent &event);
    QUndoStack *undoStack() { return &m_undo; }

    const QHash<qint64, Intervention> &interventions() const { return m_cache; }
    /// The cached intervention `id`, or one with id 0.
    Intervention intervention(qint64 id) const { return m_cache.value(id); }

    // Requests: each returns its request id (0 when there is no service). Outcome through
    // changed() and refused().
    qint64 create(const Intervention &fields);
    /// `fields.id` and `fields.version` name the intervention and the version edited.
    qint64 edit(const Intervention &fields);
    qint64 assign(qint64 id, const QString &crewId);
    qint64 unassign(qint64 id);
    qint64 setStatus(qint64 id, InterventionStatus status, const QString &text = {});
    qint64 addNote(qint64 id, const QString &text);
    qint64 dispatch(qint64 id);

    /// For InterventionUndoCommand: restores `snapshot` over the cached version.
    qint64 revert(const Intervention &snapshot, const QString &why);
    /// For InterventionUndoCommand: undoes a creation by cancelling it (not itself undoable).
    qint64 cancelCreation(qint64 id, const QString &why);
    /// The sentence for a refusal (translated), for message boxes and tests.
    static QString refusalText(const Error &error, const Intervention &current);

signals:
    /// Interventions whose version changed; `all`: the whole set (start, reload).
    void changed(const QVector<vigie::Intervention> &changed, bool all);
    /// A request was stored (the intervention as it now is).
    void applied(qint64 requestId, const vigie::Intervention &after);
    /// A request was refused; `message` is translated and names the intervention.
    void refused(qint64 requestId, const QString &message);
    /// Something the supervisor should read (undo no longer possible…), translated.
    void notice(const QString &message);

private:
    enum class Undo : quint8 { No, Push, FromHistory };
    qint64 submit(InterventionChange change, Undo undo);
    void serviceApplied(qint64 requestId, const vigie::Intervention &before, const vigie::Intervention &after);
    void serviceRefused(qint64 requestId, const vigie::Error &error, const vigie::Intervention &current);
    void serviceChanged(const QVector<vigie::Intervention> &changed, bool all);

    QPointer<InterventionService> m_service;
    QString m_actor;
    bool m_readOnly = false;
    QUndoStack m_undo;
    QHash<qint64, Intervention> m_cache;
    QHash<qint64, Undo> m_pending; ///< Request id → what to do with the undo history once applied.
    qint64 m_nextRequest = 1;
};

} // namespace vigie
