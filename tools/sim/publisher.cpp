#include "publisher.h"

#include "ingest/mqttsource.h"
#include "simlog.h"

#include <mosquitto.h>

#include <chrono>
#include <thread>

namespace vigie::sim {

namespace {

constexpr std::chrono::milliseconds kWaitSlice{200};
constexpr std::chrono::seconds kWaitingNoticeEvery{10};
constexpr int kWireWindow = 200;

QString mosquittoError(int rc)
{
    return QString::fromUtf8(mosquitto_strerror(rc));
}

} // namespace

MqttPublisher::MqttPublisher(PublisherSettings settings, const std::atomic<bool> *stop)
    : m_settings(std::move(settings))
    , m_stop(stop)
{
    ensureMosquittoInitialised();
}

MqttPublisher::~MqttPublisher()
{
    stopNetwork();
    if (m_mosq)
        mosquitto_destroy(m_mosq);
}

Status MqttPublisher::start()
{
    if (m_settings.clientId.isEmpty() || m_settings.port < 1 || m_settings.port > 65535 || m_settings.qos < 0
        || m_settings.qos > 2 || m_settings.maxUnacknowledged < 1)
        return Error{QStringLiteral("invalidSettings"),
                     QStringLiteral("client id, port (1–65535), QoS (0–2) or flow-control window is invalid")};
    m_mosq = mosquitto_new(m_settings.clientId.toUtf8().constData(), true, this);
    if (!m_mosq)
        return Error{QStringLiteral("mqttClient"), QStringLiteral("libmosquitto could not create a client")};
    mosquitto_connect_callback_set(m_mosq, &MqttPublisher::onConnect);
    mosquitto_disconnect_callback_set(m_mosq, &MqttPublisher::onDisconnect);
    mosquitto_publish_callback_set(m_mosq, &MqttPublisher::onPublish);
    // QoS 1/2 messages libmosquitto keeps on the wire; the rest of the flow-control window
    // waits in its queue. Its default, 20, caps a loopback broker at about 11 000 messages a
    // second; 200 gives 25 000–34 000 (2 cores), and wider windows were no faster.
    mosquitto_int_option(m_mosq, MOSQ_OPT_SEND_MAXIMUM, kWireWindow);
    mosquitto_reconnect_delay_set(m_mosq, unsigned(m_settings.reconnectMinSeconds),
                                  unsigned(m_settings.reconnectMaxSeconds), true);
    if (const Status connected = connectFirstTime(); !connected)
        return connected;
    if (const int loop = mosquitto_loop_start(m_mosq); loop != MOSQ_ERR_SUCCESS)
        return Error{QStringLiteral("mqttClient"),
                     QStringLiteral("cannot start the MQTT network thread: %1").arg(mosquittoError(loop))};
    m_loopRunning = true;
    return {};
}

Status MqttPublisher::connectFirstTime()
{
    // libmosquitto's network thread retries lost connections, but not a first connection
    // that failed: that one is retried here, with the same back-off.
    int delaySeconds = m_settings.reconnectMinSeconds;
    for (;;) {
        const int rc = mosquitto_connect(m_mosq, m_settings.host.toUtf8().constData(), m_settings.port,
                                         m_settings.keepAliveSeconds);
        if (rc == MOSQ_ERR_SUCCESS)
            return {};
        if (rc == MOSQ_ERR_INVAL)
            return Error{QStringLiteral("invalidSettings"),
                         QStringLiteral("libmosquitto refused the broker address %1:%2").arg(m_settings.host).arg(m_settings.port)};
        qCWarning(lcSim).noquote() << QStringLiteral("mqtt://%1:%2 not reachable (%3); retrying in %4 s")
                                          .arg(m_settings.host).arg(m_settings.port).arg(mosquittoError(rc)).arg(delaySeconds);
        for (auto until = std::chrono::steady_clock::now() + std::chrono::seconds(delaySeconds);
             std::chrono::steady_clock::now() < until;) {
            if (stopRequested())
                return Error{QStringLiteral("interrupted"), QStringLiteral("stopped before the broker was reached")};
            std::this_thread::sleep_for(kWaitSlice);
        }
        delaySeconds = qMin(delaySeconds * 2, m_settings.reconnectMaxSeconds);
    }
}

bool MqttPublisher::canSend() const
{
    return m_connected && (m_settings.qos == 0 || m_unacknowledged < m_settings.maxUnacknowledged);
}

Status MqttPublisher::send(const SimMessage &message, std::chrono::steady_clock::time_point giveUpAt)
{
    std::unique_lock lock(m_mutex);
    auto noticeAt = std::chrono::steady_clock::now() + kWaitingNoticeEvery;
    while (!canSend()) {
        if (stopRequested() || std::chrono::steady_clock::now() >= giveUpAt)
            return Error{QStringLiteral("interrupted"), QStringLiteral("stopped while waiting for the broker")};
        m_changed.wait_for(lock, kWaitSlice);
        if (!m_connected && std::chrono::steady_clock::now() > noticeAt) {
            qCWarning(lcSim).noquote() << QStringLiteral("waiting for the broker mqtt://%1:%2")
                                              .arg(m_settings.host).arg(m_settings.port);
            noticeAt += kWaitingNoticeEvery;
        }
    }
    if (m_settings.qos > 0)
        ++m_unacknowledged; // before publishing: the acknowledgement may come first
    lock.unlock();

    const int rc = mosquitto_publish(m_mosq, nullptr, message.topic.constData(), int(message.payload.size()),
                                     message.payload.constData(), m_settings.qos, false);
    // MOSQ_ERR_NO_CONN: the connection dropped meanwhile; a QoS 1/2 message stays queued in
    // libmosquitto and is sent after reconnection, a QoS 0 one is lost, as QoS 0 allows.
    if (rc == MOSQ_ERR_SUCCESS || rc == MOSQ_ERR_NO_CONN)
        return {};
    if (m_settings.qos > 0) {
        lock.lock();
        --m_unacknowledged;
    }
    return Error{QStringLiteral("publishFailed"),
                 QStringLiteral("cannot publish on %1: %2").arg(QString::fromUtf8(message.topic), mosquittoError(rc))};
}

Status MqttPublisher::finish(int timeoutMs)
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return m_unacknowledged == 0; });
        qCInfo(lcSim).noquote() << QStringLiteral("%1 messages acknowledged by the broker").arg(m_acknowledged);
        if (m_unacknowledged > 0) {
            const int left = m_unacknowledged;
            lock.unlock();
            stopNetwork();
            return Error{QStringLiteral("unacknowledged"),
                         QStringLiteral("%1 message(s) were not acknowledged by the broker").arg(left)};
        }
    }
    stopNetwork();
    return {};
}

void MqttPublisher::stopNetwork()
{
    if (!m_loopRunning)
        return;
    mosquitto_disconnect(m_mosq);
    mosquitto_loop_stop(m_mosq, false);
    m_loopRunning = false;
}

void MqttPublisher::onConnect(mosquitto *, void *self, int rc)
{
    auto *p = static_cast<MqttPublisher *>(self);
    if (rc != 0) {
        qCWarning(lcSim).noquote() << QStringLiteral("broker refused the connection: %1")
                                          .arg(QString::fromUtf8(mosquitto_connack_string(rc)));
        return;
    }
    qCInfo(lcSim).noquote() << QStringLiteral("connected to mqtt://%1:%2 as %3")
                                   .arg(p->m_settings.host).arg(p->m_settings.port).arg(p->m_settings.clientId);
    std::lock_guard lock(p->m_mutex);
    p->m_connected = true;
    p->m_changed.notify_all();
}

void MqttPublisher::onDisconnect(mosquitto *, void *self, int rc)
{
    auto *p = static_cast<MqttPublisher *>(self);
    if (rc != 0)
        qCWarning(lcSim).noquote() << QStringLiteral("lost the broker (%1); reconnecting").arg(mosquittoError(rc));
    std::lock_guard lock(p->m_mutex);
    p->m_connected = false;
    p->m_changed.notify_all();
}

void MqttPublisher::onPublish(mosquitto *, void *self, int)
{
    auto *p = static_cast<MqttPublisher *>(self);
    std::lock_guard lock(p->m_mutex);
    if (p->m_settings.qos > 0)
        --p->m_unacknowledged;
    ++p->m_acknowledged;
    p->m_changed.notify_all();
}

} // namespace vigie::sim
