#include "crewlink.h"

#include "ingest/mqttsource.h"
#include "simlog.h"

#include <mosquitto.h>

#include <chrono>
#include <thread>

namespace vigie::sim {

namespace {

constexpr std::chrono::milliseconds kWaitSlice{100};

QString mosquittoError(int rc)
{
    return QString::fromUtf8(mosquitto_strerror(rc));
}

} // namespace

CrewLink::CrewLink(PublisherSettings settings, QString filter, const std::atomic<bool> *stop)
    : m_settings(std::move(settings))
    , m_filter(std::move(filter))
    , m_stop(stop)
{
    ensureMosquittoInitialised();
}

CrewLink::~CrewLink()
{
    stop(0);
    if (m_mosq)
        mosquitto_destroy(m_mosq);
}

Status CrewLink::start()
{
    if (m_settings.clientId.isEmpty() || m_settings.port < 1 || m_settings.port > 65535)
        return Error{QStringLiteral("invalidSettings"), QStringLiteral("the crews' client id or port (1–65535) is invalid")};
    m_mosq = mosquitto_new(m_settings.clientId.toUtf8().constData(), false, this);
    if (!m_mosq)
        return Error{QStringLiteral("mqttClient"), QStringLiteral("libmosquitto could not create the crews' client")};
    mosquitto_connect_callback_set(m_mosq, &CrewLink::onConnect);
    mosquitto_message_callback_set(m_mosq, &CrewLink::onMessage);
    mosquitto_publish_callback_set(m_mosq, &CrewLink::onPublish);
    mosquitto_reconnect_delay_set(m_mosq, unsigned(m_settings.reconnectMinSeconds), unsigned(m_settings.reconnectMaxSeconds), true);
    int delaySeconds = m_settings.reconnectMinSeconds;
    for (;;) {
        const int rc = mosquitto_connect(m_mosq, m_settings.host.toUtf8().constData(), m_settings.port, m_settings.keepAliveSeconds);
        if (rc == MOSQ_ERR_SUCCESS)
            break;
        if (rc == MOSQ_ERR_INVAL)
            return Error{QStringLiteral("invalidSettings"),
                         QStringLiteral("libmosquitto refused the broker address %1:%2").arg(m_settings.host).arg(m_settings.port)};
        qCWarning(lcSim).noquote() << QStringLiteral("crews: mqtt://%1:%2 not reachable (%3); retrying in %4 s")
                                          .arg(m_settings.host).arg(m_settings.port).arg(mosquittoError(rc)).arg(delaySeconds);
        for (auto until = std::chrono::steady_clock::now() + std::chrono::seconds(delaySeconds);
             std::chrono::steady_clock::now() < until;) {
            if (m_stop && m_stop->load())
                return Error{QStringLiteral("interrupted"), QStringLiteral("stopped before the broker was reached")};
            std::this_thread::sleep_for(kWaitSlice);
        }
        delaySeconds = std::min(delaySeconds * 2, m_settings.reconnectMaxSeconds);
    }
    if (const int loop = mosquitto_loop_start(m_mosq); loop != MOSQ_ERR_SUCCESS)
        return Error{QStringLiteral("mqttClient"), QStringLiteral("cannot start the crews' network thread: %1").arg(mosquittoError(loop))};
    m_loopRunning = true;
    return {};
}

QVector<WireMessage> CrewLink::takeReceived()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_received, {});
}

Status CrewLink::publish(const WireMessage &message)
{
    {
        std::lock_guard lock(m_mutex);
        ++m_unacknowledged; // before publishing: the acknowledgement may come first
    }
    const int rc = mosquitto_publish(m_mosq, nullptr, message.topic.constData(), int(message.payload.size()),
                                     message.payload.constData(), 1, false);
    // MOSQ_ERR_NO_CONN: libmosquitto keeps the QoS 1 message and sends it after reconnecting.
    if (rc == MOSQ_ERR_SUCCESS || rc == MOSQ_ERR_NO_CONN)
        return {};
    {
        std::lock_guard lock(m_mutex);
        --m_unacknowledged;
    }
    return Error{QStringLiteral("publishFailed"),
                 QStringLiteral("cannot publish on %1: %2").arg(QString::fromUtf8(message.topic), mosquittoError(rc))};
}

void CrewLink::stop(int timeoutMs)
{
    if (!m_loopRunning)
        return;
    for (auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
         std::chrono::steady_clock::now() < until;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_unacknowledged <= 0)
                break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    mosquitto_disconnect(m_mosq);
    mosquitto_loop_stop(m_mosq, false);
    m_loopRunning = false;
}

void CrewLink::onConnect(mosquitto *mosq, void *self, int rc)
{
    auto *link = static_cast<CrewLink *>(self);
    if (rc != 0) {
        qCWarning(lcSim).noquote() << QStringLiteral("crews: the broker refused the connection: %1")
                                          .arg(QString::fromUtf8(mosquitto_connack_string(rc)));
        return;
    }
    const int sub = mosquitto_subscribe(mosq, nullptr, link->m_filter.toUtf8().constData(), 1);
    if (sub != MOSQ_ERR_SUCCESS)
        qCWarning(lcSim).noquote() << QStringLiteral("crews: cannot subscribe to %1: %2").arg(link->m_filter, mosquittoError(sub));
    else
        qCInfo(lcSim).noquote() << QStringLiteral("crews: listening on %1 as %2").arg(link->m_filter, link->m_settings.clientId);
}

void CrewLink::onMessage(mosquitto *, void *self, const mosquitto_message *message)
{
    auto *link = static_cast<CrewLink *>(self);
    WireMessage m{QByteArray(message->topic), QByteArray(static_cast<const char *>(message->payload), message->payloadlen)};
    std::lock_guard lock(link->m_mutex);
    link->m_received << m;
}

void CrewLink::onPublish(mosquitto *, void *self, int)
{
    auto *link = static_cast<CrewLink *>(self);
    std::lock_guard lock(link->m_mutex);
    --link->m_unacknowledged;
}

} // namespace vigie::sim
