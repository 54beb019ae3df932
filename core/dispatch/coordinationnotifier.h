#pragma once

#include "coordination/coordinationtypes.h"
#include "ingest/ingestsource.h"
#include "ingest/mqttsource.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace vigie {

/// \brief Where coordination messages go.
struct CoordinationNotifySettings
{
    MqttSettings mqtt;   ///< Broker, TLS and credentials of ingest; `clientId` is this
                         ///< instance's notifier client id (its own, apart from ingest and dispatch).
    /// Topic per service; "{service}" is replaced by the service key ("waste", "lighting",
    /// "roads"…). Without wildcards. See docs/coordination.md, "Notifications".
    QString topicPattern = QStringLiteral("vigie/coordination/{service}");
    /// Roadworks received live: this filter is subscribed with QoS 1 (empty: none). Payloads
    /// are GeoJSON features (WorksFeatureDecoder).
    QString worksFilter = QStringLiteral("vigie/roadworks/#");
    /// The city's store: messages are kept in its `coordination_outbox` table until the
    /// broker acknowledges them, so those unsent at closing go out at the next open()
    /// (empty: in memory only).
    QString storePath;

    /// The topic for `service` (a key of lowercase letters, digits and '-'; anything else is
    /// replaced by '-'), e.g. "vigie/coordination/roads".
    QString topicFor(const QString &service) const;
    /// Errors: `invalidSettings` (pattern empty, with wildcards, without "{service}", or
    /// the MQTT settings' own errors).
    Status validate() const;
};

/// \brief A coordination message to another service (docs/coordination.md, "Notifications").
struct CoordinationMessage
{
    QString messageId;     ///< Unique (a UUID); receivers drop duplicates by it.
    QString city;          ///< City pack id.
    QString service;       ///< Service addressed: "waste", "lighting", "roads"…
    QString sentBy;        ///< Operator name.
    qint64 sentAtMs = 0;   ///< UTC ms.
    QString note;          ///< The operator's words; may be empty.
    CoordinationItem item;
};

/// The message as UTF-8 JSON (compact): `type` "vigie.coordination", `formatVersion` 1,
/// `messageId`, `city`, `service`, `sentBy`, `sentAt` (RFC 3339 UTC), `note`, and `item` with
/// `key`, `kind` (coordinationKindKey), `severity`, `summary`, `suggestedAction`, `from` /
/// `until` (RFC 3339 UTC, null when unknown), `district`, `worksId`, `roundId`,
/// `interventionId` (null when none), `location` {lon, lat} (EPSG:4326, null when unknown)
/// and `assets` (URNs). Any thread.
QByteArray coordinationMessageJson(const CoordinationMessage &message);
/// The service a kind is addressed to by default: "roads" for cable cuts and combined
/// works, "waste" for rounds and overflows, "lighting" for lighting for safety.
QString defaultServiceFor(CoordinationKind kind);

/// \brief Publishes coordination messages to other services over MQTT, QoS 1, off the GUI
/// thread.
///
/// notify() only queues (any thread, no I/O); a network thread of its own
/// ("vigie-notify") connects with libmosquitto through MqttConnection, publishes the queue
/// in order with QoS 1, at most 20 unacknowledged at a time, and emits delivered() on
/// PUBACK. Messages unacknowledged when the connection drops are published again (at least
/// once: the payload's `messageId` lets a receiver drop duplicates). With a `storePath`,
/// the network thread writes each queued message to the store's `coordination_outbox`
/// (CoordinationOutbox) before publishing it, deletes it once acknowledged or refused, and
/// at open() queues what a previous run left there first: messages unsent at closing (broker
/// down) survive a restart. Without it the queue lives in memory and what is still queued at
/// closing is dropped and counted in the log. A store that cannot be opened or written is
/// logged; the queue then goes on in memory.
/// Create, open and close on the GUI thread; signals arrive there.
class CoordinationNotifier : public QObject
{
    Q_OBJECT
public:
    explicit CoordinationNotifier(CoordinationNotifySettings settings, QObject *parent = nullptr);
    ~CoordinationNotifier() override;

    const CoordinationNotifySettings &settings() const { return m_settings; }
    /// Starts connecting (non-blocking). Invalid settings: stateChanged(Failed, why).
    void open();
    /// Stops; blocks until the thread has ended (at most ~1 s). Idempotent.
    void close();
    SourceState state() const;
    /// Messages queued or in flight. Any thread.
    int pending() const;
    /// Called on the network thread with a copy of each message received on
    /// settings().worksFilter; it must only hand the bytes over (post them to a worker).
    /// Set before open().
    void setWorksHandler(std::function<void(const QByteArray &topic, const QByteArray &payload)> handler);

    /// Queues `payload` (UTF-8 JSON) for `topic`; `messageId` comes back in delivered().
    /// Any thread; returns at once. Errors: `invalidSettings` (topic empty or with
    /// wildcards); the message is not queued.
    Status notify(const QString &messageId, const QString &topic, const QByteArray &payload);

signals:
    void stateChanged(vigie::SourceState state, const QString &detail);
    /// The broker acknowledged the message (PUBACK accepted).
    void delivered(const QString &messageId, const QString &topic);
    /// The broker refused it (MQTT 5 PUBACK reason ≥ 0x80); it is not sent again.
    void refused(const QString &messageId, const QString &topic, const QString &reason);

private:
    class Worker;
    CoordinationNotifySettings m_settings;
    std::unique_ptr<Worker> m_worker;
};

} // namespace vigie
