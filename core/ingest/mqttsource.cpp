#include "mqttsource.h"

#include "domain/settingschange.h"

#include "mqttconnection.h"

#include <QJsonArray>

#include <QCoreApplication>
#include <QFileInfo>
#include <QDateTime>
#include <QLoggingCategory>

#include <mosquitto.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <pthread.h>

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
    if (keepAliveSeconds < 5 || keepAliveSeconds > 65535)
        return bad(QT_TRANSLATE_NOOP("vigie::MqttSettings", "The keep-alive must be between 5 and 65535 seconds."));
    if (connectTimeoutSeconds < 1)
        return bad(QT_TRANSLATE_NOOP("vigie::MqttSettings", "The connection timeout must be at least one second."));
    if (protocolVersion != MqttProtocol::V311 && protocolVersion != MqttProtocol::V5)
        return bad(QT_TRANSLATE_NOOP("vigie::MqttSettings", "The MQTT version must be 3.1.1 or 5."));
    if (!password.isEmpty() && username.isEmpty())
        return bad(QT_TRANSLATE_NOOP("vigie::MqttSettings", "A password needs a user name."));
    if (tls) {
        if (certFile.isEmpty() != keyFile.isEmpty())
            return bad(QT_TRANSLATE_NOOP("vigie::MqttSettings", "A client certificate needs its private key, and the other way round."));
        for (const QString &file : {caFile, certFile, keyFile}) {
            if (!file.isEmpty() && !QFileInfo(file).isReadable())
                return Error{QStringLiteral("invalidSettings"),
                             QCoreApplication::translate("vigie::MqttSettings", "The TLS file \"%1\" cannot be read.").arg(file)};
        }
    }
    return {};
}

QJsonObject mqttSettingsChange(const MqttSettings &before, const MqttSettings &after)
{
    const auto fields = [](const MqttSettings &m) {
        QJsonArray subscriptions;
        for (const MqttSubscription &s : m.subscriptions)
            subscriptions.append(QStringLiteral("%1@%2 %3 %4 %5").arg(s.filter).arg(s.qos).arg(s.format, s.mapping, s.codec).trimmed());
        return QJsonObject{{QStringLiteral("host"), m.host},
                           {QStringLiteral("port"), m.port},
                           {QStringLiteral("clientId"), m.clientId},
                           {QStringLiteral("subscriptions"), subscriptions},
                           {QStringLiteral("protocol"), int(m.protocolVersion)},
                           {QStringLiteral("cleanSession"), m.cleanSession},
                           {QStringLiteral("keepAliveSeconds"), m.keepAliveSeconds},
                           {QStringLiteral("username"), m.username},
                           {QStringLiteral("tls"), m.tls},
                           {QStringLiteral("caFile"), m.caFile},
                           {QStringLiteral("certFile"), m.certFile},
                           {QStringLiteral("keyFile"), m.keyFile},
                           {QStringLiteral("tlsInsecure"), m.tlsInsecure}};
    };
    QJsonObject change = settingsChange(fields(before), fields(after));
    if (before.password != after.password)
        change.insert(QStringLiteral("passwordChanged"), true);
    return change;
}

QString MqttSettings::url() const
{
    // The user name is not a secret (it is in the status bar tooltip); the password is.
    const QString user = username.isEmpty() ? QString() : username + QLatin1Char('@');
    return QStringLiteral("%1://%2%3:%4").arg(tls ? QStringLiteral("mqtts") : QStringLiteral("mqtt"), user, host).arg(port);
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

Error MqttSource::lastFailure() const
{
    std::lock_guard lock(m_mutex);
    return m_lastFailure;
}

void MqttSource::open()
{
    if (m_thread.joinable()) {
        if (state() != SourceState::Failed)
            return;
        close(); // reopening after a fatal failure: the operator asked to try again
    }
    if (auto valid = m_settings.validate(); !valid) {
        {
            std::lock_guard lock(m_mutex);
            m_lastFailure = valid.error();
        }
        publishState(SourceState::Failed, valid.error().message);
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
        m_lastFailure = {};
    }
    publishState(SourceState::Connecting, m_settings.url());
    m_thread = std::thread([this] { run(); });
}

void MqttSource::close()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
    publishState(SourceState::Idle);
}

bool MqttSource::stopping()
{
    std::lock_guard lock(m_mutex);
    return m_stopping;
}

void MqttSource::reportFailure(const MqttFailure &failure, int retryInSeconds)
{
    {
        std::lock_guard lock(m_mutex);
        m_lastFailure = failure.error;
    }
    if (failure.fatal) {
        qCWarning(lcMqtt).noquote() << description() << "failed for good:" << failure.error.code << "-" << failure.error.message;
        publishState(SourceState::Failed, failure.error.message);
        return;
    }
    qCInfo(lcMqtt).noquote() << description() << failure.error.code << "-" << failure.error.message << "- retrying in" << retryInSeconds << "s";
    publishState(SourceState::Reconnecting, tr("%1 (retry in %2 s)").arg(failure.error.message).arg(retryInSeconds));
}

bool MqttSource::lostSoonAfterConnack(qint64 connackAtMs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - connackAtMs >= 30000)
        return false;
    m_shortSessions << now;
    m_shortSessions.removeIf([now](qint64 at) { return now - at > 60000; });
    return m_shortSessions.size() >= 3;
}

void MqttSource::run()
{
    pthread_setname_np(pthread_self(), "vigie-mqtt");
    qint64 connackAtMs = 0;
    MqttConnection::Handlers handlers;
    handlers.connected = [this, &connackAtMs](bool sessionPresent) {
        connackAtMs = QDateTime::currentMSecsSinceEpoch();
        qCInfo(lcMqtt).noquote() << "connected to" << description() << "- session present:" << sessionPresent << "- subscribing";
        m_pendingSubscriptions = int(m_settings.subscriptions.size());
        m_subscriptionMids.clear();
        for (const MqttSubscription &s : std::as_const(m_settings.subscriptions)) {
            auto mid = m_connection->subscribe(s.filter, s.qos);
            if (!mid) {
                m_connection->fail(MqttFailure{mid.error(), false});
                return;
            }
            m_subscriptionMids.insert(mid.value(), s.filter);
        }
    };
    handlers.subscribed = [this](int mid, const QVector<int> &codes) {
        for (int code : codes) {
            if (code >= 0x80) { // 3.1.1: 0x80 failure; MQTT 5: every reason ≥ 0x80
                const QString filter = m_subscriptionMids.value(mid);
                m_connection->fail(MqttFailure{
                    Error{QStringLiteral("subscriptionRefused"),
                          tr("The broker refused the subscription to %1: %2.").arg(filter, MqttConnection::subscribeRefusal(code))},
                    true});
                return;
            }
        }
        if (--m_pendingSubscriptions == 0) {
            {
                std::lock_guard lock(m_mutex);
                m_lastFailure = {};
            }
            publishState(SourceState::Connected, m_settings.url());
        }
    };
    handlers.message = [this](const mosquitto_message *message) { deliverMessage(message); };

    MqttConnection connection(m_settings, m_settings.clientId, m_settings.cleanSession, std::move(handlers));
    m_connection = &connection;
    m_shortSessions.clear();
    const auto cancelled = [this] { return stopping(); };
    int delay = m_settings.reconnectMinSeconds;
    while (!stopping()) {
        connackAtMs = 0;
        std::optional<MqttFailure> failure = connection.connect(cancelled);
        if (!failure)
            failure = connection.run(cancelled);
        if (stopping())
            break;
        if (!failure) // run() only returns without a failure when stopping
            continue;
        if (connackAtMs > 0) {
            delay = m_settings.reconnectMinSeconds;
            if (!failure->fatal && lostSoonAfterConnack(connackAtMs)) {
                failure = MqttFailure{Error{QStringLiteral("clientIdInUse"),
                                            tr("The broker closed the connection three times within a minute, each time "
                                               "shortly after accepting it: another client is probably using client id "
                                               "\"%1\". Close it (another Vigie?) and reconnect, or give this station "
                                               "its own client id.").arg(m_settings.clientId)},
                                      true};
            }
        }
        connection.disconnect();
        reportFailure(*failure, delay);
        if (failure->fatal) {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping; });
            break;
        }
        std::unique_lock lock(m_mutex);
        if (m_wake.wait_for(lock, std::chrono::seconds(delay), [this] { return m_stopping; }))
            break;
        lock.unlock();
        delay = std::min(delay * 2, m_settings.reconnectMaxSeconds);
    }
    connection.disconnect();
    m_connection = nullptr;
}

void MqttSource::deliverMessage(const mosquitto_message *message)
{
    RawMessage raw;
    raw.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    raw.topic = QByteArray(message->topic);
    raw.payload = QByteArray(static_cast<const char *>(message->payload), message->payloadlen);
    raw.qos = quint8(message->qos);
    raw.retain = message->retain; // set by the broker for stored retained messages only
    deliver(std::move(raw));
}

} // namespace vigie
