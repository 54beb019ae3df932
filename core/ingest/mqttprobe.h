#pragma once

#include "mqttconnection.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace vigie {

/// \brief What the broker answered to one subscription of a connection test.
struct MqttSubscriptionCheck
{
    QString filter;
    int requestedQos = 1;
    /// SUBACK code: 0–2 granted QoS, ≥ 0x80 refused, -1 no SUBACK before the end of the test.
    int code = -1;
    int messages = 0;     ///< Messages received on this filter during the test.
    int retained = 0;     ///< Of which retained ones.
};

/// \brief The outcome of probeBroker().
struct MqttProbeReport
{
    std::optional<MqttFailure> failure;          ///< Empty: connected.
    bool sessionPresent = false;
    QVector<MqttSubscriptionCheck> subscriptions;
    qint64 elapsedMs = 0;                        ///< Until CONNACK (or the failure).

    /// Connected and every subscription granted.
    bool ok() const;
    /// Several translated lines for the settings dialog: the cause of a failure, or the
    /// connection and each subscription's answer.
    QString summary() const;
};

/// \brief Tries `settings` once, as the settings dialog's "Test connection" button does.
///
/// Blocking: run it on a worker thread. Connects with the client id `settings.clientId`
/// + "-test" and a clean session (so the station's persistent session is neither taken
/// over nor modified), subscribes to each filter, waits for the SUBACKs, then listens for
/// `listenMs` to count retained and live messages, and disconnects. Each step is bounded by
/// settings.connectTimeoutSeconds; `cancelled` (polled every 100 ms) ends the test early.
///
/// A granted subscription is not proof of delivery: Mosquitto 2.0 grants a subscription
/// its ACL denies and then delivers nothing on it (see docs/ingest.md), hence the message
/// count. Any thread; the settings are copied.
MqttProbeReport probeBroker(const MqttSettings &settings, const std::function<bool()> &cancelled, int listenMs = 1500);

} // namespace vigie
