#include "mqttconnection.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>

#include <mosquitto.h>
#include <mqtt_protocol.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcMqtt)

namespace vigie {

namespace {

MqttFailure failure(const char *code, const QString &message, bool fatal)
{
    return MqttFailure{Error{QString::fromLatin1(code), message}, fatal};
}

/// Closes a file descriptor when leaving scope.
struct FdGuard
{
    int fd = -1;
    ~FdGuard()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

MqttConnection::MqttConnection(const MqttSettings &settings, const QString &clientId, bool cleanSession,
                               Handlers handlers)
    : m_settings(settings)
    , m_clientId(clientId)
    , m_cleanSession(cleanSession)
    , m_handlers(std::move(handlers))
{
    ensureMosquittoInitialised();
}

MqttConnection::~MqttConnection()
{
    if (m_mosq)
        mosquitto_destroy(m_mosq);
}

std::optional<MqttFailure> MqttConnection::createClient()
{
    const QByteArray id = m_clientId.toUtf8();
    m_mosq = mosquitto_new(id.isEmpty() ? nullptr : id.constData(), m_cleanSession, this);
    if (!m_mosq)
        return failure("invalidSettings", tr("libmosquitto could not create a client (%1).").arg(QString::fromLocal8Bit(std::strerror(errno))), true);
    mosquitto_threaded_set(m_mosq, true);
    mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION,
                         m_settings.protocolVersion == MqttProtocol::V5 ? MQTT_PROTOCOL_V5 : MQTT_PROTOCOL_V311);
    mosquitto_connect_v5_callback_set(m_mosq, &MqttConnection::onConnect);
    mosquitto_disconnect_v5_callback_set(m_mosq, &MqttConnection::onDisconnect);
    mosquitto_subscribe_v5_callback_set(m_mosq, &MqttConnection::onSubscribe);
    mosquitto_message_v5_callback_set(m_mosq, &MqttConnection::onMessage);
    mosquitto_publish_v5_callback_set(m_mosq, &MqttConnection::onPublish);
    if (!m_settings.username.isEmpty()) {
        const QByteArray user = m_settings.username.toUtf8();
        const QByteArray password = m_settings.password.toUtf8();
        mosquitto_username_pw_set(m_mosq, user.constData(), password.isEmpty() ? nullptr : password.constData());
    }
    if (m_settings.tls) {
        const QByteArray ca = m_settings.caFile.toLocal8Bit();
        const QByteArray cert = m_settings.certFile.toLocal8Bit();
        const QByteArray key = m_settings.keyFile.toLocal8Bit();
        if (ca.isEmpty())
            mosquitto_int_option(m_mosq, MOSQ_OPT_TLS_USE_OS_CERTS, 1);
        // mosquitto_tls_set needs a CA file or path; with the system's CAs, their folder.
        const int rc = mosquitto_tls_set(m_mosq, ca.isEmpty() ? nullptr : ca.constData(),
                                         ca.isEmpty() ? "/etc/ssl/certs" : nullptr,
                                         cert.isEmpty() ? nullptr : cert.constData(),
                                         key.isEmpty() ? nullptr : key.constData(), nullptr);
        if (rc != MOSQ_ERR_SUCCESS)
            return failure("tls", tr("The TLS files cannot be used: %1.").arg(QString::fromUtf8(mosquitto_strerror(rc))), true);
        mosquitto_tls_insecure_set(m_mosq, m_settings.tlsInsecure);
    }
    return std::nullopt;
}

std::optional<MqttFailure> MqttConnection::probeTcp(const std::function<bool()> &cancelled) const
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const QByteArray host = m_settings.host.toUtf8();
    const QByteArray port = QByteArray::number(m_settings.port);
    const int gai = ::getaddrinfo(host.constData(), port.constData(), &hints, &found);
    if (gai == EAI_NONAME)
        return failure("hostNotFound", tr("The broker host name \"%1\" does not exist.").arg(m_settings.host), true);
    if (gai != 0)
        return failure("network", tr("The broker host name \"%1\" cannot be resolved now: %2.")
                                      .arg(m_settings.host, QString::fromLocal8Bit(gai_strerror(gai))), false);
    std::unique_ptr<addrinfo, decltype(&::freeaddrinfo)> list(found, &::freeaddrinfo);
    const QDeadlineTimer deadline(std::chrono::seconds(m_settings.connectTimeoutSeconds));
    int lastErrno = ETIMEDOUT;
    for (addrinfo *a = found; a; a = a->ai_next) {
        FdGuard sock{::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol)};
        if (sock.fd < 0) {
            lastErrno = errno;
            continue;
        }
        if (::connect(sock.fd, a->ai_addr, a->ai_addrlen) == 0)
            return std::nullopt;
        if (errno != EINPROGRESS) {
            lastErrno = errno;
            continue;
        }
        while (true) {
            if (cancelled())
                return failure("timeout", tr("Cancelled."), false);
            pollfd p{sock.fd, POLLOUT, 0};
            const int ready = ::poll(&p, 1, int(std::min<qint64>(100, deadline.remainingTime())));
            if (ready > 0) {
                int error = 0;
                socklen_t length = sizeof error;
                ::getsockopt(sock.fd, SOL_SOCKET, SO_ERROR, &error, &length);
                if (error == 0)
                    return std::nullopt;
                lastErrno = error;
                break;
            }
            if (deadline.hasExpired()) {
                lastErrno = ETIMEDOUT;
                break;
            }
        }
    }
    const QString where = QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
    switch (lastErrno) {
    case ECONNREFUSED:
        return failure("connectionRefused", tr("Nothing accepts connections on %1 (connection refused): is the broker running, is the port right?").arg(where), false);
    case EHOSTUNREACH:
    case ENETUNREACH:
    case ENETDOWN:
        return failure("hostUnreachable", tr("%1 cannot be reached (%2).").arg(where, QString::fromLocal8Bit(std::strerror(lastErrno))), false);
    case ETIMEDOUT:
        return failure("timeout", tr("%1 did not answer within %2 s (a firewall, or a wrong address?).").arg(where).arg(m_settings.connectTimeoutSeconds), false);
    default:
        return failure("network", tr("Cannot connect to %1: %2.").arg(where, QString::fromLocal8Bit(std::strerror(lastErrno))), false);
    }
}

std::optional<MqttFailure> MqttConnection::connect(const std::function<bool()> &cancelled)
{
    if (!m_mosq) {
        if (auto created = createClient())
            return created;
    }
    m_connected = false;
    m_failure.reset();
    m_libraryError.clear();
    // libmosquitto formats a log line (vsnprintf into a fresh buffer) for every packet when
    // a log callback is set; Vigie only wants the errors of the connection and TLS
    // handshake, so the callback is on while connecting and off once CONNACK is in.
    mosquitto_log_callback_set(m_mosq, &MqttConnection::onLog);
    if (auto unreachable = probeTcp(cancelled))
        return unreachable;

    mosquitto_property *properties = nullptr;
    if (m_settings.protocolVersion == MqttProtocol::V5 && !m_cleanSession) // MQTT 5 §3.1.2.11.2
        mosquitto_property_add_int32(&properties, MQTT_PROP_SESSION_EXPIRY_INTERVAL, 0xFFFFFFFFu);
    const QByteArray host = m_settings.host.toUtf8();
    const int rc = mosquitto_connect_bind_v5(m_mosq, host.constData(), m_settings.port, m_settings.keepAliveSeconds,
                                             nullptr, properties);
    const int savedErrno = errno;
    mosquitto_property_free_all(&properties);
    if (rc != MOSQ_ERR_SUCCESS)
        return libraryFailure(rc, savedErrno);

    // TLS handshake and CONNACK happen in the loop (libmosquitto makes the socket
    // non-blocking once TCP is up).
    const QDeadlineTimer deadline(std::chrono::seconds(m_settings.connectTimeoutSeconds));
    while (!m_connected) {
        if (cancelled())
            return failure("timeout", tr("Cancelled."), false);
        const int loop = mosquitto_loop(m_mosq, 100, 1);
        const int loopErrno = errno;
        if (m_failure)
            return m_failure;
        if (loop == MOSQ_ERR_CONN_LOST && !m_settings.tls)
            return failure("connectionLost", tr("The broker closed the connection without answering CONNECT: does this port expect TLS, is it an MQTT port?"), false);
        if (loop != MOSQ_ERR_SUCCESS)
            return libraryFailure(loop, loopErrno);
        if (!m_connected && deadline.hasExpired()) {
            mosquitto_disconnect(m_mosq);
            return failure("timeout",
                           m_settings.tls
                               ? tr("The broker accepted the connection but did not complete the TLS handshake and answer CONNECT within %1 s (is it a TLS port?).").arg(m_settings.connectTimeoutSeconds)
                               : tr("The broker accepted the connection but did not answer CONNECT within %1 s (is it an MQTT port, or does it expect TLS?).").arg(m_settings.connectTimeoutSeconds),
                           false);
        }
    }
    return std::nullopt;
}

std::optional<MqttFailure> MqttConnection::run(const std::function<bool()> &cancelled, int forMs)
{
    const QDeadlineTimer deadline(forMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(forMs));
    while (!cancelled() && !deadline.hasExpired()) {
        const int rc = serviceSocket(100);
        const int savedErrno = errno;
        if (m_failure)
            return m_failure;
        if (rc != MOSQ_ERR_SUCCESS)
            return libraryFailure(rc, savedErrno);
    }
    return std::nullopt;
}

int MqttConnection::serviceSocket(int timeoutMs)
{
    // mosquitto_loop() would do the same with select() on the socket and on an internal
    // socket pair, which libmosquitto writes a byte to for every packet it queues (each
    // PUBACK): one select, one write and one read of that pair per message on top of the
    // socket's own reads. Here: one poll per burst, then every packet the socket holds.
    const int sock = mosquitto_socket(m_mosq);
    if (sock < 0)
        return MOSQ_ERR_NO_CONN;
    pollfd p{sock, short(POLLIN | (mosquitto_want_write(m_mosq) ? POLLOUT : 0)), 0};
    const int ready = ::poll(&p, 1, timeoutMs);
    if (ready < 0 && errno != EINTR)
        return MOSQ_ERR_ERRNO;
    if (ready > 0 && (p.revents & (POLLIN | POLLERR | POLLHUP))) {
        // mosquitto_loop_read() reads one packet (a few recv calls) and returns; it leaves
        // errno at EAGAIN once the socket is empty. Bounded, so writes and keep-alive get
        // their turn under a flood.
        for (int packets = 0; packets < 1000 && !m_failure; ++packets) {
            errno = 0;
            const int rc = mosquitto_loop_read(m_mosq, 1);
            if (rc != MOSQ_ERR_SUCCESS)
                return rc;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
        }
    }
    if (mosquitto_want_write(m_mosq)) {
        if (const int rc = mosquitto_loop_write(m_mosq, 1); rc != MOSQ_ERR_SUCCESS)
            return rc;
    }
    return mosquitto_loop_misc(m_mosq);
}

void MqttConnection::fail(MqttFailure f)
{
    if (!m_failure)
        m_failure = std::move(f);
}

Result<int> MqttConnection::subscribe(const QString &filter, int qos)
{
    int mid = 0;
    const int rc = mosquitto_subscribe(m_mosq, &mid, filter.toUtf8().constData(), qos);
    if (rc != MOSQ_ERR_SUCCESS)
        return libraryFailure(rc, errno).error;
    return mid;
}

Result<int> MqttConnection::publish(const QByteArray &topic, const QByteArray &payload, int qos, bool retain)
{
    if (!m_mosq || !m_connected)
        return Error{QStringLiteral("connectionLost"), tr("Not connected to the broker.")};
    int mid = 0;
    const int rc = mosquitto_publish(m_mosq, &mid, topic.constData(), int(payload.size()), payload.constData(), qos, retain);
    if (rc != MOSQ_ERR_SUCCESS)
        return libraryFailure(rc, errno).error;
    return mid;
}

void MqttConnection::disconnect()
{
    if (!m_mosq)
        return;
    if (mosquitto_disconnect(m_mosq) != MOSQ_ERR_SUCCESS)
        return; // not connected
    const QDeadlineTimer deadline(500);
    while (!deadline.hasExpired() && mosquitto_loop(m_mosq, 50, 1) == MOSQ_ERR_SUCCESS) {
    }
}

MqttFailure MqttConnection::libraryFailure(int rc, int savedErrno) const
{
    switch (rc) {
    case MOSQ_ERR_TLS:
    case MOSQ_ERR_TLS_HANDSHAKE:
    case MOSQ_ERR_OCSP:
        return failure("tls", m_libraryError.isEmpty()
                                  ? tr("The TLS connection failed (wrong CA, expired or mismatched certificate, or a non-TLS port).")
                                  : tr("The TLS connection failed: %1").arg(m_libraryError),
                       true);
    case MOSQ_ERR_ERRNO:
        if (savedErrno == ECONNREFUSED)
            return failure("connectionRefused", tr("The broker refused the connection."), false);
        if (savedErrno == ETIMEDOUT)
            return failure("timeout", tr("The connection to the broker timed out."), false);
        return failure("connectionLost", tr("The connection to the broker was lost: %1.").arg(QString::fromLocal8Bit(std::strerror(savedErrno))), false);
    case MOSQ_ERR_CONN_LOST:
    case MOSQ_ERR_NO_CONN:
        return failure("connectionLost", tr("The broker closed the connection."), false);
    case MOSQ_ERR_KEEPALIVE:
        return failure("connectionLost", tr("The broker stopped answering (no reply within the keep-alive)."), false);
    case MOSQ_ERR_EAI:
    case MOSQ_ERR_LOOKUP:
        return failure("network", tr("The broker host name \"%1\" cannot be resolved now.").arg(m_settings.host), false);
    case MOSQ_ERR_CONN_REFUSED: // a CONNACK refusal whose callback did not run: unlikely
        return failure("notAuthorised", tr("The broker refused the connection."), true);
    case MOSQ_ERR_PROTOCOL:
    case MOSQ_ERR_MALFORMED_PACKET:
        return failure("protocolError", tr("The broker broke the MQTT protocol (%1); is it an MQTT port?").arg(QString::fromUtf8(mosquitto_strerror(rc))), true);
    case MOSQ_ERR_INVAL:
    case MOSQ_ERR_NOT_SUPPORTED:
        return failure("invalidSettings", tr("libmosquitto refused the settings: %1.").arg(QString::fromUtf8(mosquitto_strerror(rc))), true);
    default:
        return failure("connectionLost", QString::fromUtf8(mosquitto_strerror(rc)), false);
    }
}

MqttFailure MqttConnection::connackFailure(int code, MqttProtocol protocol)
{
    const QString hex = QStringLiteral("0x%1").arg(code, 2, 16, QLatin1Char('0'));
    if (protocol == MqttProtocol::V311 || code < 0x80) {
        switch (code) { // MQTT 3.1.1 §3.2.2.3
        case 1:
            return failure("unsupportedProtocol", tr("The broker does not accept this MQTT version (CONNACK 1): choose another protocol version."), true);
        case 2:
            return failure("clientIdRejected", tr("The broker rejected the client id (CONNACK 2)."), true);
        case 3:
            return failure("serverUnavailable", tr("The broker is unavailable (CONNACK 3)."), false);
        case 4:
            return failure("badCredentials", tr("Bad user name or password (CONNACK 4)."), true);
        case 5:
            return failure("notAuthorised", tr("Not authorised (CONNACK 5): the broker refused these credentials; check the user name, password and client certificate."), true);
        default:
            return failure("protocolError", tr("The broker refused the connection with an unknown code %1.").arg(code), true);
        }
    }
    switch (code) { // MQTT 5 §3.2.2.2
    case MQTT_RC_UNSUPPORTED_PROTOCOL_VERSION:
        return failure("unsupportedProtocol", tr("The broker does not support MQTT 5 (CONNACK %1): choose MQTT 3.1.1.").arg(hex), true);
    case MQTT_RC_CLIENTID_NOT_VALID:
        return failure("clientIdRejected", tr("The broker rejected the client id (CONNACK %1).").arg(hex), true);
    case MQTT_RC_BAD_USERNAME_OR_PASSWORD:
        return failure("badCredentials", tr("Bad user name or password (CONNACK %1).").arg(hex), true);
    case MQTT_RC_NOT_AUTHORIZED:
        return failure("notAuthorised", tr("Not authorised (CONNACK %1): the broker refused these credentials; check the user name, password and client certificate.").arg(hex), true);
    case MQTT_RC_BAD_AUTHENTICATION_METHOD:
        return failure("notAuthorised", tr("The broker does not accept this authentication method (CONNACK %1).").arg(hex), true);
    case MQTT_RC_BANNED:
        return failure("banned", tr("The broker has banned this client (CONNACK %1).").arg(hex), true);
    case MQTT_RC_SERVER_UNAVAILABLE:
    case MQTT_RC_SERVER_BUSY:
    case MQTT_RC_CONNECTION_RATE_EXCEEDED:
    case MQTT_RC_QUOTA_EXCEEDED:
        return failure("serverUnavailable", tr("The broker is unavailable or busy (CONNACK %1).").arg(hex), false);
    case MQTT_RC_USE_ANOTHER_SERVER:
    case MQTT_RC_SERVER_MOVED:
        return failure("serverMoved", tr("The broker says to use another server (CONNACK %1).").arg(hex), true);
    default:
        return failure("protocolError", tr("The broker refused the connection (CONNACK %1).").arg(hex), true);
    }
}

MqttFailure MqttConnection::disconnectFailure(int reason, const QString &clientId)
{
    const QString hex = QStringLiteral("0x%1").arg(reason, 2, 16, QLatin1Char('0'));
    switch (reason) { // MQTT 5 §3.14.2.1
    case MQTT_RC_SESSION_TAKEN_OVER:
        return failure("sessionTakenOver", tr("Another client connected with the same client id \"%1\" and took the session over (DISCONNECT %2): is another Vigie running with these settings? Reconnect once it is closed, or give this station its own client id.").arg(clientId, hex), true);
    case MQTT_RC_NOT_AUTHORIZED:
        return failure("notAuthorised", tr("The broker disconnected Vigie: not authorised (DISCONNECT %1).").arg(hex), true);
    case MQTT_RC_ADMINISTRATIVE_ACTION:
        return failure("banned", tr("The broker's administrator disconnected Vigie (DISCONNECT %1).").arg(hex), true);
    case MQTT_RC_USE_ANOTHER_SERVER:
    case MQTT_RC_SERVER_MOVED:
        return failure("serverMoved", tr("The broker says to use another server (DISCONNECT %1).").arg(hex), true);
    case MQTT_RC_SERVER_SHUTTING_DOWN:
        return failure("serverUnavailable", tr("The broker is shutting down (DISCONNECT %1).").arg(hex), false);
    case MQTT_RC_KEEP_ALIVE_TIMEOUT:
        return failure("connectionLost", tr("The broker closed the connection: keep-alive timeout (DISCONNECT %1).").arg(hex), false);
    default:
        return failure("connectionLost", tr("The broker closed the connection (DISCONNECT %1).").arg(hex), false);
    }
}

QString MqttConnection::subscribeRefusal(int code)
{
    const QString hex = QStringLiteral("0x%1").arg(code, 2, 16, QLatin1Char('0'));
    switch (code) {
    case MQTT_RC_NOT_AUTHORIZED: return tr("not authorised (SUBACK %1)").arg(hex);
    case MQTT_RC_TOPIC_FILTER_INVALID: return tr("invalid topic filter (SUBACK %1)").arg(hex);
    case MQTT_RC_QUOTA_EXCEEDED: return tr("quota exceeded (SUBACK %1)").arg(hex);
    case MQTT_RC_SHARED_SUBS_NOT_SUPPORTED: return tr("shared subscriptions not supported (SUBACK %1)").arg(hex);
    case MQTT_RC_WILDCARD_SUBS_NOT_SUPPORTED: return tr("wildcards not supported (SUBACK %1)").arg(hex);
    default: return tr("refused (SUBACK %1)").arg(hex);
    }
}

void MqttConnection::onConnect(mosquitto *, void *self, int rc, int flags, const mosquitto_property *)
{
    auto *c = static_cast<MqttConnection *>(self);
    if (rc != 0) {
        c->fail(connackFailure(rc, c->m_settings.protocolVersion));
        return;
    }
    c->m_connected = true;
    mosquitto_log_callback_set(c->m_mosq, nullptr); // see connect()
    if (c->m_handlers.connected)
        c->m_handlers.connected(flags & 0x01);
}

void MqttConnection::onDisconnect(mosquitto *, void *self, int rc, const mosquitto_property *)
{
    // rc ≥ 0x80 is the reason of a DISCONNECT the broker sent (MQTT 5); below, a
    // libmosquitto error code (connection lost) or 0 (asked for).
    auto *c = static_cast<MqttConnection *>(self);
    c->m_connected = false;
    if (rc >= 0x80)
        c->fail(disconnectFailure(rc, c->m_clientId));
}

void MqttConnection::onSubscribe(mosquitto *, void *self, int mid, int count, const int *codes, const mosquitto_property *)
{
    auto *c = static_cast<MqttConnection *>(self);
    if (c->m_handlers.subscribed)
        c->m_handlers.subscribed(mid, QVector<int>(codes, codes + count));
}

void MqttConnection::onMessage(mosquitto *, void *self, const mosquitto_message *message, const mosquitto_property *)
{
    auto *c = static_cast<MqttConnection *>(self);
    if (c->m_handlers.message)
        c->m_handlers.message(message);
}

void MqttConnection::onPublish(mosquitto *, void *self, int mid, int reasonCode, const mosquitto_property *)
{
    auto *c = static_cast<MqttConnection *>(self);
    if (c->m_handlers.published)
        c->m_handlers.published(mid, reasonCode);
}

void MqttConnection::onLog(mosquitto *, void *self, int level, const char *text)
{
    // libmosquitto's own lines never contain the password (it logs packet types and ids).
    if (level & MOSQ_LOG_ERR) {
        auto *c = static_cast<MqttConnection *>(self);
        QString line = QString::fromUtf8(text);
        // "OpenSSL Error[0]: error:0A000086:SSL routines::certificate verify failed" → the reason.
        if (const qsizetype colon = line.lastIndexOf(QLatin1Char(':')); line.startsWith(QLatin1String("OpenSSL")) && colon > 0)
            line = line.mid(colon + 1).trimmed();
        if (c->m_libraryError.isEmpty())
            c->m_libraryError = line;
        qCInfo(lcMqtt) << "libmosquitto:" << text;
    }
}

} // namespace vigie
