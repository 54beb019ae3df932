#pragma once

#include "domain/result.h"
#include "decoderroute.h"
#include "ingestsource.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <condition_variable>
#include <mutex>
#include <thread>

struct mosquitto;
struct mosquitto_message;

namespace vigie {

/// \brief One MQTT topic filter, the QoS to subscribe it with, and how its payloads read.
struct MqttSubscription
{
    QString filter;
    int qos = 1;
    QString format = QStringLiteral("fiware"); ///< See DecoderRoute.
    QString mapping;                           ///< Mapping file, for the `json` format.
    QString codec;                             ///< LoRaWAN codec, see DecoderRoute.
};

/// MQTT protocol revision spoken to the broker; the values are CONNECT's protocol level.
enum class MqttProtocol : int {
    V311 = 4, ///< MQTT 3.1.1 (OASIS 2014): every broker speaks it.
    V5 = 5,   ///< MQTT 5.0 (OASIS 2019): reason codes, session takeover reported (DISCONNECT 0x8E).
};

/// \brief Broker connection settings.
///
/// Defaults give an at-least-once, persistent session: QoS 1 and clean session off, so the
/// broker keeps what is published while Vigie is closed and delivers it on reconnection.
/// This needs a client id that is the same from one run to the next. With MQTT 5 a
/// persistent session is asked for with a Session Expiry Interval of 0xFFFFFFFF (never
/// expires, MQTT 5 §3.1.2.11.2), which is what clean session off means in 3.1.1.
///
/// `password` is a secret: it is never logged, never part of url() or a description, and
/// the app keeps it in the system keychain, never in its settings file.
struct MqttSettings
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 1883;
    QString clientId;                    ///< Required; stable across runs.
    QVector<MqttSubscription> subscriptions;
    MqttProtocol protocolVersion = MqttProtocol::V311;
    bool cleanSession = false;
    int keepAliveSeconds = 30;           ///< 5–65535 (libmosquitto refuses less than 5).
    QString username;                    ///< Empty: anonymous.
    QString password;                    ///< Secret; ignored without a user name.

    bool tls = false;                    ///< TLS to the broker (usually port 8883).
    QString caFile;                      ///< PEM CA certificate(s); empty: the system's CAs.
    QString certFile;                    ///< PEM client certificate; optional, with keyFile.
    QString keyFile;                     ///< PEM private key of certFile, unencrypted.
    /// Skips the check that the broker's certificate names `host`. Off by default: on, a
    /// man in the middle with any certificate of the CA can impersonate the broker.
    bool tlsInsecure = false;

    int connectTimeoutSeconds = 10;      ///< TCP connect, TLS handshake and CONNACK, each attempt.
    int reconnectMinSeconds = 1;         ///< First retry delay.
    int reconnectMaxSeconds = 30;        ///< Back-off ceiling.

    /// Checks what the broker would reject anyway, and that the TLS files are readable.
    /// Errors: `invalidSettings`, with a translated sentence naming the field.
    Status validate() const;
    /// "mqtt://host:port", "mqtts://" with TLS; with a user name "mqtt://user@host:port".
    /// Never contains the password.
    QString url() const;
    /// One DecoderRoute per subscription, in order.
    QVector<DecoderRoute> routes() const;
};

/// What an edit of the broker settings changed, for the audit trail (a session's
/// "settingsChange" action): {"<field>": {"from": …, "to": …}} for host, port, clientId,
/// subscriptions ("filter@qos format mapping codec"), protocol, cleanSession, keepAliveSeconds, username,
/// tls, caFile, certFile, keyFile, tlsInsecure. Never the password: only whether it changed
/// ({"passwordChanged": true}). Empty when nothing changed. Pure; any thread.
QJsonObject mqttSettingsChange(const MqttSettings &before, const MqttSettings &after);

/// Initialises libmosquitto once per process (mosquitto_lib_init). Any thread.
void ensureMosquittoInitialised();

class MqttConnection;
struct MqttFailure;

/// \brief A live MQTT source over libmosquitto (MQTT 3.1.1 or 5, plain TCP or TLS).
///
/// A thread of its own ("vigie-mqtt") drives the client (see MqttConnection): connects,
/// runs the network loop, reconnects. Every libmosquitto callback runs there. The message
/// callback copies topic, payload, QoS and the retain flag (set by the broker for messages
/// it stored as retained, which it sends when a subscription is made) into a RawMessage,
/// pushes it into the inbox and returns; nothing is decoded or stored on that thread, and
/// nothing per message reaches the GUI thread. Subscriptions are (re)made after every
/// accepted CONNACK, so they survive reconnections and broker restarts; the state becomes
/// Connected only once the broker has acknowledged every subscription.
///
/// Transient failures (connection refused, unreachable host, timeout, lost connection,
/// broker unavailable or shutting down) are retried with back-off, from
/// reconnectMinSeconds doubling up to reconnectMaxSeconds, reset after each accepted
/// CONNACK; the state is Reconnecting with the cause and the delay. Fatal failures (see
/// MqttFailure: credentials, TLS, protocol, refused subscription, session taken over)
/// stop the source: the state becomes Failed with the cause and nothing is retried until
/// open() is called again.
///
/// Two clients with the same client id make the broker close the older connection. With
/// MQTT 5 the broker says so (DISCONNECT 0x8E, `sessionTakenOver`). MQTT 3.1.1 has no
/// such message, so three connections lost less than 30 s after their CONNACK within 60 s
/// are reported as `clientIdInUse` ("another client is probably using client id X").
///
/// Create, open and close on one thread (normally the GUI thread).
class MqttSource final : public IngestSource
{
    Q_OBJECT
public:
    explicit MqttSource(MqttSettings settings, QObject *parent = nullptr);
    ~MqttSource() override;

    /// "mqtts://user@host:port (client id)": never the password.
    QString description() const override;
    /// Starts the connection thread; a Failed source can be opened again. Non-blocking
    /// (invalid settings are reported at once as Failed with `invalidSettings`).
    void open() override;
    /// Sends DISCONNECT and joins the thread: returns within about 0.6 s, or once a host
    /// name being resolved has been (the system resolver cannot be interrupted).
    void close() override;

    const MqttSettings &settings() const { return m_settings; }
    /// The last failure (fatal or transient); empty code while none. Any thread.
    Error lastFailure() const;

private:
    void run();
    bool stopping();
    /// Network thread: records a connection lost soon after its CONNACK; true when it is
    /// the third within 60 s (MQTT 3.1.1 takeover heuristic).
    bool lostSoonAfterConnack(qint64 connackAtMs);
    void reportFailure(const MqttFailure &failure, int retryInSeconds);
    void deliverMessage(const mosquitto_message *message);

    MqttSettings m_settings;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    Error m_lastFailure;                        ///< Guarded by m_mutex.
    // Network thread only:
    MqttConnection *m_connection = nullptr;
    int m_pendingSubscriptions = 0;             ///< SUBACKs still awaited.
    QHash<int, QString> m_subscriptionMids;     ///< Message id → filter.
    QVector<qint64> m_shortSessions;            ///< Times of connections lost soon after CONNACK.
};

} // namespace vigie
