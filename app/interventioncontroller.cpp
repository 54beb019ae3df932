#include "interventioncontroller.h"

#include "interventions/interventionservice.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace vigie {

namespace {

/// One stored change, undone by storing the previous snapshot again.
class InterventionUndoCommand final : public QUndoCommand
{
public:
    InterventionUndoCommand(InterventionController *controller, Intervention before, Intervention after, const QString &text)
        : QUndoCommand(text)
        , m_controller(controller)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }

    void undo() override
    {
        if (!stillUndoable())
            return;
        if (m_before.id == 0) { // a creation: cancelling is its undo
            m_controller->cancelCreation(m_after.id, QCoreApplication::translate("vigie::InterventionController", "Creation undone"));
            return;
        }
        m_controller->revert(m_before, text());
    }

    void redo() override
    {
        if (m_first) { // already stored when the command was pushed
            m_first = false;
            return;
        }
        if (stillUndoable())
            m_controller->revert(m_after, text());
    }

private:
    bool stillUndoable()
    {
        const Intervention now = m_controller->intervention(m_after.id);
        // The crew has everything up to dispatchedVersion: a change it has seen stays.
        if (now.id != 0 && now.dispatchedVersion < m_after.version)
            return true;
        setObsolete(true);
        emit m_controller->notice(QCoreApplication::translate("vigie::InterventionController",
                                                              "Intervention #%1 has been dispatched to its crew: "
                                                              "changes made before cannot be undone any more.")
                                      .arg(m_after.id));
        return false;
    }

    InterventionController *m_controller;
    Intervention m_before;
    Intervention m_after;
    bool m_first = true;
};

QString actionText(const InterventionChange &c)
{
    using A = InterventionChange::Action;
    const char *ctx = "vigie::InterventionController";
    switch (c.action) {
    case A::Create: return QCoreApplication::translate(ctx, "Create intervention");
    case A::Edit: return QCoreApplication::translate(ctx, "Edit intervention #%1").arg(c.interventionId);
    case A::SetStatus: return QCoreApplication::translate(ctx, "Change status of #%1").arg(c.interventionId);
    case A::Assign: return QCoreApplication::translate(ctx, "Assign #%1").arg(c.interventionId);
    case A::Unassign: return QCoreApplication::translate(ctx, "Unassign #%1").arg(c.interventionId);
    case A::AddNote:
    case A::Dispatch:
    case A::Revert: break;
    }
    return {};
}

} // namespace

InterventionController::InterventionController(QObject *parent)
    : QObject(parent)
{
    m_undo.setUndoLimit(200);
}

void InterventionController::setService(InterventionService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_cache.clear();
    m_pending.clear();
    m_undo.clear();
    if (!service) {
        emit changed({}, true);
        return;
    }
    connect(service, &InterventionService::applied, this, &InterventionController::serviceApplied);
    connect(service, &InterventionService::refused, this, &InterventionController::serviceRefused);
    connect(service, &InterventionService::interventionsChanged, this, &InterventionController::serviceChanged);
}

qint64 InterventionController::submit(InterventionChange change, Undo undo)
{
    if (!m_service)
        return 0;
    if (m_readOnly) {
        emit notice(tr("Session review is read-only: interventions cannot be changed."));
        return 0;
    }
    change.requestId = m_nextRequest++;
    change.actor = m_actor;
    if (change.action != InterventionChange::Action::Create && change.expectedVersion == 0)
        change.expectedVersion = m_cache.value(change.interventionId).version;
    m_pending.insert(change.requestId, undo);
    QMetaObject::invokeMethod(m_service, "submit", Qt::QueuedConnection, Q_ARG(vigie::InterventionChange, change));
    return change.requestId;
}

qint64 InterventionController::create(const Intervention &fields)
{
    InterventionChange c;
    c.action = InterventionChange::Action::Create;
    c.fields = fields;
    return submit(c, Undo::Push);
}

qint64 InterventionController::edit(const Intervention &fields)
{
    InterventionChange c;
    c.action = InterventionChange::Action::Edit;
    c.interventionId = fields.id;
    c.expectedVersion = fields.version;
    c.fields = fields;
    return submit(c, Undo::Push);
}

qint64 InterventionController::assign(qint64 id, const QString &crewId)
{
    InterventionChange c;
    c.action = InterventionChange::Action::Assign;
    c.interventionId = id;
    c.crewId = crewId;
    return submit(c, Undo::Push);
}

qint64 InterventionController::unassign(qint64 id)
{
    InterventionChange c;
    c.action = InterventionChange::Action::Unassign;
    c.interventionId = id;
    return submit(c, Undo::Push);
}

qint64 InterventionController::setStatus(qint64 id, InterventionStatus status, const QString &text)
{
    InterventionChange c;
    c.action = InterventionChange::Action::SetStatus;
    c.interventionId = id;
    c.status = status;
    c.text = text;
    return submit(c, Undo::Push);
}

qint64 InterventionController::addNote(qint64 id, const QString &text)
{
    InterventionChange c;
    c.action = InterventionChange::Action::AddNote;
    c.interventionId = id;
    c.text = text;
    return submit(c, Undo::No);
}

qint64 InterventionController::dispatch(qint64 id)
{
    InterventionChange c;
    c.action = InterventionChange::Action::Dispatch;
    c.interventionId = id;
    return submit(c, Undo::No);
}

qint64 InterventionController::revert(const Intervention &snapshot, const QString &why)
{
    InterventionChange c;
    c.action = InterventionChange::Action::Revert;
    c.interventionId = snapshot.id;
    c.fields = snapshot;
    c.text = why;
    return submit(c, Undo::FromHistory);
}

qint64 InterventionController::cancelCreation(qint64 id, const QString &why)
{
    InterventionChange c;
    c.action = InterventionChange::Action::SetStatus;
    c.interventionId = id;
    c.status = InterventionStatus::Cancelled;
    c.text = why;
    return submit(c, Undo::FromHistory);
}

void InterventionController::serviceApplied(qint64 requestId, const Intervention &before, const Intervention &after)
{
    const Undo undo = m_pending.take(requestId);
    m_cache.insert(after.id, after);
    if (undo == Undo::Push) {
        InterventionChange c; // only for the command's text
        c.interventionId = after.id;
        c.action = before.id == 0 ? InterventionChange::Action::Create
                   : before.status != after.status ? InterventionChange::Action::SetStatus
                   : before.crewId != after.crewId ? InterventionChange::Action::Assign
                                                   : InterventionChange::Action::Edit;
        m_undo.push(new InterventionUndoCommand(this, before, after, actionText(c)));
    }
    emit applied(requestId, after);
}

void InterventionController::serviceRefused(qint64 requestId, const Error &error, const Intervention &current)
{
    m_pending.remove(requestId);
    if (current.id != 0 && current.version >= m_cache.value(current.id).version) {
        m_cache.insert(current.id, current);
        emit changed({current}, false);
    }
    emit refused(requestId, refusalText(error, current));
}

void InterventionController::replaySnapshot(const QVector<Intervention> &all)
{
    m_cache.clear();
    for (const Intervention &i : all)
        m_cache.insert(i.id, i);
    emit changed(all, true);
}

void InterventionController::replayEvent(const InterventionEvent &event)
{
    if (event.after && event.after->id == event.interventionId) { // as the change left it
        m_cache.insert(event.interventionId, *event.after);
        emit changed({*event.after}, false);
        return;
    }
    // Sessions recorded before events carried their intervention: what the event says.
    Intervention i = m_cache.value(event.interventionId);
    if (i.id == 0) { // created after the keyframe: what the event says of it
        i.id = event.interventionId;
        i.createdAtMs = event.atMs;
        i.createdBy = event.actor;
        i.description = event.text;
    }
    i.status = event.to; // every event carries the status it left the intervention in
    if (i.status == InterventionStatus::Done || i.status == InterventionStatus::Cancelled)
        i.closedAtMs = i.closedAtMs > 0 ? i.closedAtMs : event.atMs;
    i.version = std::max(i.version, event.version);
    i.updatedAtMs = event.atMs;
    i.updatedBy = event.actor;
    m_cache.insert(i.id, i);
    emit changed({i}, false);
}

void InterventionController::serviceChanged(const QVector<Intervention> &changed, bool all)
{
    if (m_readOnly)
        return; // review: the list is the replay's, not the scratch store's
    if (all)
        m_cache.clear();
    QVector<Intervention> newer;
    for (const Intervention &i : changed) {
        if (!all && m_cache.contains(i.id) && m_cache.value(i.id).version > i.version)
            continue;
        m_cache.insert(i.id, i);
        newer << i;
    }
    emit this->changed(newer, all);
}

QString InterventionController::refusalText(const Error &error, const Intervention &current)
{
    const char *ctx = "vigie::InterventionController";
    if (error.code == QLatin1String("conflict")) {
        return QCoreApplication::translate(ctx, "Intervention #%1 was changed meanwhile by %2 (now version %3). "
                                                "Your change was not applied: look at their version, then make it again if it still applies.")
            .arg(current.id)
            .arg(current.updatedBy.isEmpty() ? QCoreApplication::translate(ctx, "someone else") : current.updatedBy)
            .arg(current.version);
    }
    if (error.code == QLatin1String("illegalTransition"))
        return QCoreApplication::translate(ctx, "This status change is not allowed: %1").arg(error.message);
    if (error.code == QLatin1String("reasonRequired"))
        return QCoreApplication::translate(ctx, "A blocked intervention needs a reason.");
    if (error.code == QLatin1String("alreadyDispatched"))
        return QCoreApplication::translate(ctx, "Intervention #%1 has already been sent to its crew: this can no longer be undone.").arg(current.id);
    if (error.code == QLatin1String("noCrew"))
        return QCoreApplication::translate(ctx, "Choose a crew before dispatching intervention #%1.").arg(current.id);
    return QCoreApplication::translate(ctx, "The change could not be stored: %1").arg(error.message);
}

} // namespace vigie
