#pragma once

#include "domain/result.h"
#include "payloads.h"
#include "publisher.h"

#include <QString>
#include <QVector>

#include <atomic>
#include <mutex>

struct mosquitto;
struct mosquitto_message;

namespace vigie::sim {

/// \brief The crews' field devices' MQTT client: receives their orders, sends their reports.
///
/// One libmosquitto client with a persistent session (clean session off, QoS 1), so the
/// orders Vigie publishes while the simulator is down wait at the broker for it; its client
/// id must therefore be the same from one run to the next. It subscribes `filter` after
/// every CONNACK. libmosquitto's network thread runs the callbacks, which only queue what
/// arrives; takeReceived() and publish() are called from the runner's thread. While the
/// broker is away, libmosquitto reconnects with back-off and keeps what is published for
/// then (QoS 1).
class CrewLink
{
public:
    /// `settings.qos` and `maxUnacknowledged` are not used (QoS 1, a few messages a minute).
    /// `stop` (may be null) is the flag SIGINT/SIGTERM raise.
    CrewLink(PublisherSettings settings, QString filter, const std::atomic<bool> *stop);
    ~CrewLink();
    CrewLink(const CrewLink &) = delete;
    CrewLink &operator=(const CrewLink &) = delete;

    /// Connects (retrying with back-off while the broker is not up) and starts the network
    /// thread; blocks until connected. Errors: `invalidSettings`, `mqttClient`,
    /// `interrupted` (stop flag raised).
    Status start();
    /// The messages received since the last call, in arrival order.
    QVector<WireMessage> takeReceived();
    /// Queues `message` with QoS 1. Errors: `publishFailed` (libmosquitto refused it).
    Status publish(const WireMessage &message);
    /// Gives what is queued up to `timeoutMs` to leave, disconnects and stops the network
    /// thread. Idempotent.
    void stop(int timeoutMs = 2000);

private:
    static void onConnect(mosquitto *mosq, void *self, int rc);
    static void onMessage(mosquitto *mosq, void *self, const mosquitto_message *message);
    static void onPublish(mosquitto *mosq, void *self, int mid);

    PublisherSettings m_settings;
    QString m_filter;
    const std::atomic<bool> *m_stop;
    mosquitto *m_mosq = nullptr;
    bool m_loopRunning = false;
    std::mutex m_mutex;
    QVector<WireMessage> m_received;   ///< Guarded by m_mutex, as m_unacknowledged.
    int m_unacknowledged = 0;
};

} // namespace vigie::sim
