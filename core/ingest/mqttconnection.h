#pragma once

#include "domain/result.h"
#include "mqttsource.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

struct mosquitto;
struct mosquitto_message;
struct mqtt5__property;

namespace vigie {

/// \brief Why a connection attempt or a session ended, as Vigie reports it.
///
/// Codes (stable, see docs/ingest.md "Connection and security"): fatal ones are
/// `badCredentials`, `notAuthorised`, `clientIdRejected`, `banned`, `unsupportedProtocol`,
/// `protocolError`, `tls`, `hostNotFound`, `sessionTakenOver`, `clientIdInUse`,
/// `subscriptionRefused`, `serverMoved`, `invalidSettings`; transient ones are
/// `connectionRefused`, `hostUnreachable`, `timeout`, `serverUnavailable`,
/// `connectionLost`, `network`. The message is a translated sentence for the operator.
struct MqttFailure
{
    Error error;
    /// True when trying again would fail the same way until someone changes something
    /// (credentials, certificates, protocol, the other client): the source stops retrying.
    bool fatal = false;
};

/// \brief One libmosquitto client and its connection attempts, driven by one thread.
///
/// Shared by MqttSource (which loops it forever with back-off) and probeBroker() (one
/// attempt for the settings dialog). Every function, and every handler, runs on the thread
/// that calls connect() and run(): the client is in libmosquitto's "threaded" mode but
/// without mosquitto_loop_start, so reconnecting stays in Vigie's hands: each CONNECT then
/// carries the MQTT 5 properties (Session Expiry Interval), which libmosquitto 2.0's own
/// reconnection drops, and fatal refusals are not retried.
///
/// A connection attempt is: a TCP reachability check with its own timeout that polls
/// `cancelled` every 100 ms (so a broker that drops SYNs never blocks close() for the
/// kernel's two minutes), then mosquitto_connect_bind_v5 (TCP, quick since the host just
/// answered), then the TLS handshake and CONNACK inside the network loop, bounded by
/// MqttSettings::connectTimeoutSeconds. Host name resolution (getaddrinfo) blocks for as
/// long as the system resolver takes.
class MqttConnection
{
    Q_DECLARE_TR_FUNCTIONS(vigie::MqttConnection)
public:
    /// Called on the connection's thread, from libmosquitto callbacks.
    struct Handlers
    {
        /// CONNACK accepted. `sessionPresent`: the broker resumed a persistent session.
        std::function<void(bool sessionPresent)> connected;
        /// SUBACK for message id `mid`: one code per filter (0–2 granted QoS, ≥ 0x80 refused).
        std::function<void(int mid, const QVector<int> &codes)> subscribed;
        /// A PUBLISH; the message is libmosquitto's and only valid during the call.
        std::function<void(const mosquitto_message *message)> message;
        /// The broker answered a QoS 1 publish() (PUBACK; QoS 2: PUBCOMP) with message id
        /// `mid`. `reasonCode` is the MQTT 5 reason: below 0x80 accepted (0x10: no matching
        /// subscribers), 0x80 and above refused; always 0 with MQTT 3.1.1, which has no
        /// refusal. For QoS 0, called once the message is written to the socket.
        std::function<void(int mid, int reasonCode)> published;
    };

    /// `clientId` and `cleanSession` override those of `settings` (the connection test uses
    /// a temporary id and a clean session). Creating the libmosquitto client may fail:
    /// see connect(). Any thread; then only the thread that drives it.
    MqttConnection(const MqttSettings &settings, const QString &clientId, bool cleanSession, Handlers handlers);
    ~MqttConnection();
    MqttConnection(const MqttConnection &) = delete;
    MqttConnection &operator=(const MqttConnection &) = delete;

    /// One connection attempt, blocking until CONNACK accepted (nullopt), a failure, or
    /// `cancelled()` returning true (then a transient `timeout` failure, ignored by callers
    /// that cancelled). The client, its session state and pending messages are kept between
    /// attempts.
    std::optional<MqttFailure> connect(const std::function<bool()> &cancelled);
    /// Runs the network loop until the connection ends (its failure is returned), a handler
    /// called fail() (that failure), `cancelled()` turns true or `forMs` (≥ 0) elapsed
    /// (both nullopt, still connected).
    std::optional<MqttFailure> run(const std::function<bool()> &cancelled, int forMs = -1);
    /// From a handler: ends the current connection with `failure` once the handler returns.
    void fail(MqttFailure failure);
    /// Queues SUBSCRIBE for `filter`; returns its message id, or the failure.
    Result<int> subscribe(const QString &filter, int qos);
    /// Queues PUBLISH of `payload` (bytes as they are) on `topic` with `qos` (0–2); it is
    /// written by run(). Returns its message id (1–65535), matched by Handlers::published,
    /// or the failure (`invalidSettings` for a topic with wildcards or a bad QoS,
    /// `connectionLost` when not connected). While a connection lasts libmosquitto keeps
    /// at most 20 QoS 1/2 messages unacknowledged on the wire and queues the rest; messages
    /// still unacknowledged when the connection ends are sent again after the next
    /// connect() (with the DUP flag) by this same object.
    Result<int> publish(const QByteArray &topic, const QByteArray &payload, int qos, bool retain);
    /// Sends DISCONNECT (reason 0) and gives it up to 500 ms to leave. Idempotent.
    void disconnect();

    /// Failure for a refused CONNACK (3.1.1 return code 1–5 or an MQTT 5 reason ≥ 0x80).
    static MqttFailure connackFailure(int code, MqttProtocol protocol);
    /// Failure for an MQTT 5 DISCONNECT sent by the broker (reason ≥ 0x80).
    static MqttFailure disconnectFailure(int reason, const QString &clientId);
    /// Sentence for a refused SUBACK code (0x80 in 3.1.1, an MQTT 5 reason ≥ 0x80).
    static QString subscribeRefusal(int code);

private:
    static void onConnect(mosquitto *, void *self, int rc, int flags, const struct mqtt5__property *);
    static void onDisconnect(mosquitto *, void *self, int rc, const struct mqtt5__property *);
    static void onSubscribe(mosquitto *, void *self, int mid, int count, const int *codes, const struct mqtt5__property *);
    static void onMessage(mosquitto *, void *self, const mosquitto_message *message, const struct mqtt5__property *);
    static void onPublish(mosquitto *, void *self, int mid, int reasonCode, const struct mqtt5__property *);
    static void onLog(mosquitto *, void *self, int level, const char *text);

    std::optional<MqttFailure> createClient();
    MqttFailure libraryFailure(int rc, int savedErrno) const;
    std::optional<MqttFailure> probeTcp(const std::function<bool()> &cancelled) const;
    /// One turn of the session's network loop: waits up to `timeoutMs` for the socket, reads
    /// every packet that is there, writes what is queued, keeps the session alive. Returns a
    /// libmosquitto code.
    int serviceSocket(int timeoutMs);

    MqttSettings m_settings;
    QString m_clientId;
    bool m_cleanSession;
    Handlers m_handlers;
    mosquitto *m_mosq = nullptr;
    bool m_connected = false;               ///< CONNACK accepted on the current connection.
    std::optional<MqttFailure> m_failure;   ///< Ends the current connection.
    QString m_libraryError;                 ///< Last error libmosquitto logged (OpenSSL's reason).
};

} // namespace vigie
