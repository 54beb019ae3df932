#pragma once

#include "domain/result.h"
#include "decoderroute.h"
#include "ingestsource.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <atomic>

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

/// \brief Broker connection settings.
///
/// Defaults give an at-least-once, persistent session: QoS 1 and clean session off, so the
/// broker keeps what is published while Vigie is closed and delivers it on reconnection.
/// This needs a client id that is the same from one run to the next.
struct MqttSettings
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 1883;
    QString clientId;                    ///< Required; stable across runs.
    QVector<MqttSubscription> subscriptions;
    bool cleanSession = false;
    int keepAliveSeconds = 30;
    QString username;                    ///< Empty: anonymous.
    QString password;
    int reconnectMinSeconds = 1;         ///< First retry delay.
    int reconnectMaxSeconds = 30;        ///< Back-off ceiling.

    /// Checks what the broker would reject anyway. Errors: `invalidSettings`.
    Status validate() const;
    /// "mqtt://host:port".
    QString url() const;
    /// One DecoderRoute per subscription, in order.
    QVector<DecoderRoute> routes() const;
};

/// Initialises libmosquitto once per process (mosquitto_lib_init). Any thread.
void ensureMosquittoInitialised();

/// \brief A live MQTT source over libmosquitto (MQTT 3.1.1).
///
/// libmosquitto runs its own network thread (mosquitto_loop_start); every callback runs
/// there. The message callback copies topic and payload into a RawMessage, pushes it into
/// the inbox and returns; nothing is decoded or stored on that thread. Subscriptions are
/// (re)made in the connect callback, so they survive reconnections; the state becomes
/// Connected only once the broker has acknowledged every subscription (before that,
/// messages could be published that the broker would not route to Vigie). A subscription
/// the broker refuses (SUBACK 0x80, e.g. an ACL) makes the state Failed. After a lost
/// connection libmosquitto retries with back-off (mosquitto_reconnect_delay_set, growing
/// from reconnectMinSeconds to reconnectMaxSeconds). A refused CONNACK (bad credentials,
/// rejected client id) is not retried: the state becomes Failed with the broker's reason.
///
/// The first connection is retried by a connector thread of ours, with the same back-off:
/// libmosquitto 2.0's network thread never starts if the very first connect fails (it
/// waits while the client is in its "new" state), and a broker down when Vigie starts is
/// an everyday case in a control room.
class MqttSource final : public IngestSource
{
    Q_OBJECT
public:
    explicit MqttSource(MqttSettings settings, QObject *parent = nullptr);
    ~MqttSource() override;

    QString description() const override;
    void open() override;
    void close() override;

    const MqttSettings &settings() const { return m_settings; }

private:
    static void onConnect(mosquitto *mosq, void *self, int rc);
    static void onDisconnect(mosquitto *mosq, void *self, int rc);
    static void onMessage(mosquitto *mosq, void *self, const mosquitto_message *message);
    static void onSubscribe(mosquitto *mosq, void *self, int mid, int count, const int *grantedQos);

    void connectUntilUp();

    MqttSettings m_settings;
    mosquitto *m_mosq = nullptr;
    std::thread m_connector;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_loopStarted = false;
    std::atomic<int> m_pendingSubscriptions{0}; ///< SUBACKs still awaited.
    QHash<int, QString> m_subscriptionMids;     ///< Network thread only: message id → filter.
};

} // namespace vigie
