#include "mqttsource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

#include <mosquitto.h>

#include <cerrno>
#include <cstring>
#include <mutex>

Q_LOGGING_CATEGORY(lcMqtt, "vigie.mqtt")

namespace vigie {

void ensureMosquittoInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] { mosquitto_lib_init(); });
}

Status MqttSettings::validate() const
{
    // Shown in the broker dialog: translated (core has no widgets, but it has tr()).
    auto bad = [](const char *what) {
        return Error{QStringLiteral("invalidSettings"), QCoreApplication::translate("vigie::MqttSettings", what)};
    };
    if (host.trimmed().isEmpty())
        return bad(QT_TRANSLATE_NOOP("vigie::MqttSettings", "The broker host is empty."));
    if (port < 1 || port > 65535)
        return bad(QT_TRANSLATE_NOOP("vigie::MqttSettings", "The broker port must be between 1 and 65535."));
    if (!cleanSession && clientId.isEmpty())
        return bad(QT_TRANSLATE_NOOP("vigie::MqttSettings", "A persistent session needs a client id."));
    if (clientId.toUtf8().size() > 65535)
        return bad(QT_TRANSLATE_NOOP("vigie::MqttSettings", "The client id is too long."));
    if (subscriptions.isEmpty())
        return bad(QT_TRANSLATE_NOOP("vigie::MqttSettings", "There is no topic to subscribe to."));
    for (const MqttSubscription &s : subscriptions) {
        const QByteArray filter = s.filter.toUtf8();
        if (filter.isEmpty() || mosquitto_sub_topic_check(filter.constData()) != MOSQ_ERR_SUCCESS)
            return Error{QStringLiteral("invalidSettings"),
                         QCoreApplication::translate("vigie::MqttSettings", "\"%1\" is not a valid MQTT topic filter.").arg(s.filter)};
        if (s.qos < 0 || s.qos > 2)
            return Error{QStringLiteral("invalidSettings"),
                         QCoreApplication::translate("vigie::MqttSettings", "The QoS of \"%1\" must be 0, 1 or 2.").arg(s.filter)};
    }
    if (reconnectMinSeconds < 1 || reconnectMaxSeconds < reconnectMinSeconds)
        return bad(QT_TRANSLATE_NOOP("vigie::MqttSettings", "The reconnection delays are inconsistent."));
    return {};
}

QString MqttSettings::url() const
{
    return QStringLiteral("mqtt://%1:%2").arg(host).arg(port);
}

QVector<DecoderRoute> MqttSettings::routes() const
{
    QVector<DecoderRoute> out;
    out.reserve(subscriptions.size());
    for (const MqttSubscription &s : subscriptions)
        out << DecoderRoute{s.filter, s.format, s.mapping, s.codec};
    return out;
}

MqttSource::MqttSource(MqttSettings settings, QObject *parent)
    : IngestSource(parent)
    , m_settings(std::move(settings))
{
    ensureMosquittoInitialised();
}

MqttSource::~MqttSource()
{
    close();
}

QString MqttSource::description() const
{
    return QStringLiteral("%1 (%2)").arg(m_settings.url(), m_settings.clientId);
}

void MqttSource::open()
{
    if (m_mosq)
        return;
    if (auto valid = m_settings.validate(); !valid) {
        publishState(SourceState::Failed, valid.error().message);
        return;
    }
    const QByteArray id = m_settings.clientId.toUtf8();
    m_mosq = mosquitto_new(id.isEmpty() ? nullptr : id.constData(), m_settings.cleanSession, this);
    if (!m_mosq) {
        publishState(SourceState::Failed, QStringLiteral("libmosquitto could not create a client"));
        return;
    }
    mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
    mosquitto_connect_callback_set(m_mosq, &MqttSource::onConnect);
    mosquitto_disconnect_callback_set(m_mosq, &MqttSource::onDisconnect);
    mosquitto_message_callback_set(m_mosq, &MqttSource::onMessage);
    mosquitto_subscribe_callback_set(m_mosq, &MqttSource::onSubscribe);
    mosquitto_reconnect_delay_set(m_mosq, unsigned(m_settings.reconnectMinSeconds),
                                  unsigned(m_settings.reconnectMaxSeconds), true);
    if (!m_settings.username.isEmpty()) {
        mosquitto_username_pw_set(m_mosq, m_settings.username.toUtf8().constData(),
                                  m_settings.password.isEmpty() ? nullptr : m_settings.password.toUtf8().constData());
    }

    m_stopping = false;
    m_loopStarted = false;
    publishState(SourceState::Connecting, m_settings.url());
    m_connector = std::thread([this] { connectUntilUp(); });
}

void MqttSource::connectUntilUp()
{
    int delay = m_settings.reconnectMinSeconds;
    while (true) {
        // Non-blocking TCP connect; completion and CONNACK are handled by the network thread.
        const int rc = mosquitto_connect_async(m_mosq, m_settings.host.toUtf8().constData(), m_settings.port,
                                               m_settings.keepAliveSeconds);
        const int savedErrno = errno;
        std::unique_lock lock(m_mutex);
        if (m_stopping)
            return;
        if (rc == MOSQ_ERR_SUCCESS) {
            const int loop = mosquitto_loop_start(m_mosq);
            if (loop != MOSQ_ERR_SUCCESS)
                publishState(SourceState::Failed, QString::fromUtf8(mosquitto_strerror(loop)));
            m_loopStarted = loop == MOSQ_ERR_SUCCESS;
            return;
        }
        const QString reason = rc == MOSQ_ERR_ERRNO ? QString::fromLocal8Bit(std::strerror(savedErrno))
                                                    : QString::fromUtf8(mosquitto_strerror(rc));
        qCInfo(lcMqtt) << "connection to" << m_settings.url() << "failed:" << reason << "- retrying in" << delay << "s";
        publishState(SourceState::Reconnecting, QStringLiteral("%1 (retry in %2 s)").arg(reason).arg(delay));
        if (m_wake.wait_for(lock, std::chrono::seconds(delay), [this] { return m_stopping; }))
            return;
        delay = std::min(delay * 2, m_settings.reconnectMaxSeconds);
    }
}

void MqttSource::close()
{
    if (!m_mosq)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_connector.joinable())
        m_connector.join();
    mosquitto_disconnect(m_mosq);
    if (m_loopStarted)
        mosquitto_loop_stop(m_mosq, false);
    mosquitto_destroy(m_mosq);
    m_mosq = nullptr;
    publishState(SourceState::Idle);
}

void MqttSource::onConnect(mosquitto *mosq, void *self, int rc)
{
    auto *source = static_cast<MqttSource *>(self);
    if (rc != 0) {
        // CONNACK refusals are not transient: stop the loop instead of hammering the broker.
        const QString reason = QString::fromUtf8(mosquitto_connack_string(rc));
        qCWarning(lcMqtt) << "broker refused the connection:" << reason;
        source->publishState(SourceState::Failed, reason);
        mosquitto_disconnect(mosq);
        return;
    }
    source->m_pendingSubscriptions = int(source->m_settings.subscriptions.size());
    source->m_subscriptionMids.clear();
    for (const MqttSubscription &s : std::as_const(source->m_settings.subscriptions)) {
        int mid = 0;
        const int sub = mosquitto_subscribe(mosq, &mid, s.filter.toUtf8().constData(), s.qos);
        source->m_subscriptionMids.insert(mid, s.filter);
        if (sub != MOSQ_ERR_SUCCESS) {
            qCWarning(lcMqtt) << "subscribe" << s.filter << "failed:" << mosquitto_strerror(sub);
            source->publishState(SourceState::Reconnecting, QString::fromUtf8(mosquitto_strerror(sub)));
        }
    }
    qCInfo(lcMqtt) << "connected to" << source->m_settings.url() << "- subscribing";
}

void MqttSource::onSubscribe(mosquitto *mosq, void *self, int mid, int count, const int *grantedQos)
{
    auto *source = static_cast<MqttSource *>(self);
    for (int i = 0; i < count; ++i) {
        if (grantedQos[i] > 2) { // 0x80: refused
            const QString reason = QStringLiteral("the broker refused the subscription to %1")
                                       .arg(source->m_subscriptionMids.value(mid));
            qCWarning(lcMqtt) << reason;
            source->publishState(SourceState::Failed, reason);
            mosquitto_disconnect(mosq);
            return;
        }
    }
    if (--source->m_pendingSubscriptions == 0)
        source->publishState(SourceState::Connected, source->m_settings.url());
}

void MqttSource::onDisconnect(mosquitto *, void *self, int rc)
{
    auto *source = static_cast<MqttSource *>(self);
    if (rc == 0 || source->state() == SourceState::Failed)
        return; // asked for, or after a refusal already reported
    qCInfo(lcMqtt) << "connection lost:" << mosquitto_strerror(rc);
    source->publishState(SourceState::Reconnecting, QString::fromUtf8(mosquitto_strerror(rc)));
}

void MqttSource::onMessage(mosquitto *, void *self, const mosquitto_message *message)
{
    RawMessage raw;
    raw.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    raw.topic = QByteArray(message->topic);
    raw.payload = QByteArray(static_cast<const char *>(message->payload), message->payloadlen);
    raw.qos = quint8(message->qos);
    raw.retain = message->retain;
    static_cast<MqttSource *>(self)->deliver(std::move(raw));
}

} // namespace vigie
