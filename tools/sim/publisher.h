#pragma once

#include "runner.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>

struct mosquitto;

namespace vigie::sim {

/// \brief Broker connection of the simulator.
struct PublisherSettings
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 1883;
    QString clientId;                ///< Required.
    int qos = 1;                     ///< 0, 1 or 2.
    int keepAliveSeconds = 30;
    int maxUnacknowledged = 2000;    ///< Flow control: send() waits beyond this many.
    int reconnectMinSeconds = 1;     ///< First retry delay…
    int reconnectMaxSeconds = 30;    ///< …doubling up to this ceiling.
};

/// \brief Publishes the simulator's messages with libmosquitto (MQTT 3.1.1, clean session).
///
/// libmosquitto runs its network thread (mosquitto_loop_start); the connect, disconnect and
/// publish callbacks run there and only update counters under a mutex. send() runs on the
/// runner's thread: it waits while the broker is away and while more than
/// maxUnacknowledged QoS 1/2 messages await their acknowledgement, then publishes. After a
/// lost connection libmosquitto reconnects with exponential back-off and resends the
/// unacknowledged messages. A raised stop flag ends any wait.
class MqttPublisher final : public MessageSink
{
public:
    /// `stop` (may be null) is the flag SIGINT/SIGTERM raise.
    MqttPublisher(PublisherSettings settings, const std::atomic<bool> *stop);
    ~MqttPublisher() override;

    /// Creates the client, connects (retrying with back-off while the broker is not up) and
    /// starts the network thread. Blocks until connected. Errors: `invalidSettings`,
    /// `mqttClient` (libmosquitto refused to start), `interrupted` (stop flag raised).
    Status start();
    Status send(const SimMessage &message, std::chrono::steady_clock::time_point giveUpAt) override;
    /// Waits for every acknowledgement (up to `timeoutMs`), disconnects and stops the
    /// network thread. Errors: `unacknowledged` with the number of messages left.
    Status finish(int timeoutMs) override;

private:
    static void onConnect(mosquitto *mosq, void *self, int rc);
    static void onDisconnect(mosquitto *mosq, void *self, int rc);
    static void onPublish(mosquitto *mosq, void *self, int mid);

    Status connectFirstTime();
    bool stopRequested() const { return m_stop && m_stop->load(); }
    bool canSend() const;
    void stopNetwork();

    PublisherSettings m_settings;
    const std::atomic<bool> *m_stop;
    mosquitto *m_mosq = nullptr;
    bool m_loopRunning = false;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_connected = false;        ///< Guarded by m_mutex, as the two below.
    int m_unacknowledged = 0;
    qint64 m_acknowledged = 0;
};

} // namespace vigie::sim
