#pragma once

#include "domain/assetdirectory.h"
#include "domain/result.h"
#include "interventiontypes.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace vigie {

class InterventionStore;

/// \brief Owns the interventions of the city: applies changes, stores them with their audit
/// trail, and tells views what changed.
///
/// Lives on a thread of its own ("vigie-interventions") with its own read-write SQLite
/// connection to the city store (WAL, busy timeout 5 s): interventions are a few changes a
/// minute, each one transaction checked against the row's version, so several Vigie
/// instances on one database never overwrite each other silently (`conflict`). Every
/// public slot may be called from any thread through a queued connection; signals are
/// emitted on the service's thread.
///
/// It polls the store every `pollIntervalMs` for rows another instance changed, and emits
/// them through interventionsChanged() like its own changes.
class InterventionService : public QObject
{
    Q_OBJECT
public:
    /// `storePath`: the city's SQLite file (schema ≥ v5). Call start() once, from the
    /// creating thread, after connecting the signals.
    explicit InterventionService(QString storePath, QObject *parent = nullptr);
    ~InterventionService() override;

    /// Opens the store on the service thread and loads every open intervention and those
    /// closed in the last 7 days; initial interventionsChanged(all, true) follows, or
    /// failed(). Creating thread.
    void start(AssetDirectoryPtr directory, const SlaPolicy &sla);
    /// Stops the thread (blocks until it has). Idempotent.
    void stop();

    /// Polling period for other instances' changes (default 2000 ms). Before start().
    void setPollInterval(int ms) { m_pollIntervalMs = ms; }
    /// Clock used for event times (UTC ms); default the system clock. Before start(); tests.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    /// Topic prefix of the outbox rows Dispatch writes (DispatchSettings::topicPrefix,
    /// default "vigie/crews"): `{prefix}/{crew}/interventions`. Before start().
    void setTopicPrefix(const QString &prefix) { m_topicPrefix = prefix; }

public slots:
    /// Applies one change; emits applied() or refused(). Error codes: `conflict` (the row
    /// is at another version; `current` is the stored one), `illegalTransition` (message
    /// names both statuses), `reasonRequired` (Blocked without a reason), `notFound`,
    /// `noCrew` (Dispatch without a crew), `alreadyDispatched` (Revert or Unassign after
    /// dispatch), `invalid` (no asset and no location, unknown crew…), `storeSql`.
    void submit(const vigie::InterventionChange &change);
    /// A crew's field report. Applied as a SetStatus by actor "crew:<id>" if it is legal from
    /// the current status, else stored in the audit trail only (action "crewStatus") with the
    /// reason; a messageId already seen is ignored (table crew_status_seen). Never refused
    /// for a version mismatch: the field is the truth about where the crew is.
    void applyCrewStatus(const vigie::CrewStatusReport &report);
    void setSlaPolicy(const vigie::SlaPolicy &sla);

signals:
    /// A change was stored. `before` is the previous snapshot (empty id for Create).
    void applied(qint64 requestId, const vigie::Intervention &before, const vigie::Intervention &after);
    void refused(qint64 requestId, const vigie::Error &error, const vigie::Intervention &current);
    /// Interventions whose stored version changed (own, crews' and other instances'
    /// changes), coalesced per event-loop turn. `all`: the list is the whole set (start).
    void interventionsChanged(const QVector<vigie::Intervention> &changed, bool all);
    /// A Dispatch wrote an outbox row: the dispatcher should send.
    void outboxChanged();
    void failed(const vigie::Error &error);
    /// An audit-trail entry was committed (own changes and crews' reports; not those of
    /// other instances found by polling). Emitted on the "vigie-interventions" thread, in
    /// commit order: connect with Qt::DirectConnection to a thread-safe receiver (the
    /// session recorder), or queued.
    /// An audit-trail event was committed; `event.after` holds the intervention as it left it.
    void eventStored(const vigie::InterventionEvent &event);

private:
    // Implementation detail: see interventionservice.cpp.
    QString m_storePath;
    int m_pollIntervalMs = 2000;
    std::function<qint64()> m_clock;
    QString m_topicPrefix = QStringLiteral("vigie/crews");
    QThread m_thread;
    class Worker;
    Worker *m_worker = nullptr;
};

} // namespace vigie
