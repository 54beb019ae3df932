#pragma once

#include "ingest/ingestsource.h"
#include "ingest/mqttsource.h"
#include "interventions/interventiontypes.h"

#include <QObject>
#include <QString>

#include <memory>

namespace vigie {

/// \brief Where and how work orders go to crews.
struct DispatchSettings
{
    MqttSettings mqtt;                 ///< Broker, TLS and credentials of ingest; `clientId` is this
                                       ///< instance's dispatch client id (persistent session).
    QString topicPrefix = QStringLiteral("vigie/crews"); ///< {prefix}/{crew}/interventions and …/status.
};

/// \brief Sends work orders to crews and receives their status over MQTT, losing nothing.
///
/// Outgoing: rows of `dispatch_outbox` (written by InterventionService in the transaction
/// that dispatches) are published in id order with QoS 1 to `{prefix}/{crew}/interventions`
/// and marked acknowledged on PUBACK; rows not acknowledged are sent again after a
/// reconnection or a restart. The payload carries `messageId` ("<intervention>:<version>")
/// and `version`, so a crew device drops what it has already seen (docs/interventions.md).
/// Incoming: a persistent QoS 1 subscription to `{prefix}/+/status`; each valid report is
/// emitted as crewStatus(), each invalid one as rejected() with its reason.
///
/// Runs its libmosquitto client on a thread of its own (like MqttSource), with its own
/// SQLite connection. Create, open and close on the GUI thread; signals arrive there.
/// In review mode Vigie never creates one: nothing can be published.
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    Dispatcher(DispatchSettings settings, QString storePath, QObject *parent = nullptr);
    ~Dispatcher() override;

    /// Starts connecting (non-blocking) and sending what the outbox holds.
    void open();
    /// Stops; blocks until the thread has ended (at most ~1 s). Idempotent.
    void close();
    SourceState state() const;
    /// Outbox rows not acknowledged yet. Any thread.
    qint64 pending() const;

public slots:
    /// The outbox has new rows (InterventionService::outboxChanged): wakes the sender.
    void outboxChanged();

signals:
    void stateChanged(vigie::SourceState state, const QString &detail);
    /// A crew's report, validated (see CrewStatusReport). Connect to
    /// InterventionService::applyCrewStatus.
    void crewStatus(const vigie::CrewStatusReport &report);
    /// A status message that could not be read: topic, reason code and sentence.
    void rejected(const QString &topic, const vigie::Error &error);
    /// An outbox row was acknowledged by the broker.
    void delivered(qint64 interventionId, int version);

private:
    class Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace vigie
