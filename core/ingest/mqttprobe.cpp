#include "mqttprobe.h"

#include "decoderroute.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>

#include <mosquitto.h>

namespace vigie {

namespace {

/// Translation context of the report's sentences.
struct ProbeText
{
    Q_DECLARE_TR_FUNCTIONS(vigie::MqttProbeReport)
};

} // namespace

bool MqttProbeReport::ok() const
{
    if (failure)
        return false;
    for (const MqttSubscriptionCheck &s : subscriptions) {
        if (s.code < 0 || s.code > 2)
            return false;
    }
    return true;
}

QString MqttProbeReport::summary() const
{
    if (failure)
        return failure->error.message;
    QStringList lines;
    lines << ProbeText::tr("Connected in %1 ms.").arg(elapsedMs);
    for (const MqttSubscriptionCheck &s : subscriptions) {
        if (s.code < 0)
            lines << ProbeText::tr("%1: no answer to the subscription.").arg(s.filter);
        else if (s.code > 2)
            lines << ProbeText::tr("%1: %2.").arg(s.filter, MqttConnection::subscribeRefusal(s.code));
        else if (s.messages == 0)
            lines << ProbeText::tr("%1: granted at QoS %2; no message yet (if messages are expected, check the broker's ACL: Mosquitto grants denied subscriptions and delivers nothing).").arg(s.filter).arg(s.code);
        else
            lines << ProbeText::tr("%1: granted at QoS %2; %n message(s) received, %3 retained.", nullptr, s.messages)
                         .arg(s.filter).arg(s.code).arg(s.retained);
    }
    return lines.join(QLatin1Char('\n'));
}

MqttProbeReport probeBroker(const MqttSettings &settings, const std::function<bool()> &cancelled, int listenMs)
{
    QElapsedTimer clock;
    clock.start();
    MqttProbeReport report;
    if (auto valid = settings.validate(); !valid) {
        report.failure = MqttFailure{valid.error(), true};
        return report;
    }
    for (const MqttSubscription &s : settings.subscriptions)
        report.subscriptions << MqttSubscriptionCheck{s.filter, s.qos};
    QHash<int, QVector<int>> indexesByMid;
    int pending = 0;
    MqttConnection *connection = nullptr;

    MqttConnection::Handlers handlers;
    handlers.connected = [&](bool sessionPresent) {
        report.sessionPresent = sessionPresent;
        for (int i = 0; i < report.subscriptions.size(); ++i) {
            auto mid = connection->subscribe(report.subscriptions[i].filter, report.subscriptions[i].requestedQos);
            if (!mid) {
                connection->fail(MqttFailure{mid.error(), false});
                return;
            }
            indexesByMid[mid.value()] << i;
            ++pending;
        }
    };
    handlers.subscribed = [&](int mid, const QVector<int> &codes) {
        const QVector<int> indexes = indexesByMid.value(mid);
        for (int k = 0; k < indexes.size() && k < codes.size(); ++k)
            report.subscriptions[indexes[k]].code = codes[k];
        --pending;
    };
    handlers.message = [&](const mosquitto_message *message) {
        const QByteArrayView topic(message->topic);
        for (MqttSubscriptionCheck &s : report.subscriptions) {
            if (topicMatches(s.filter.toUtf8(), topic)) {
                ++s.messages;
                s.retained += message->retain ? 1 : 0;
            }
        }
    };

    // A distinct client id: the station's own persistent session is left alone.
    MqttConnection probe(settings, settings.clientId.isEmpty() ? QString() : settings.clientId + QStringLiteral("-test"),
                         true, std::move(handlers));
    connection = &probe;
    report.failure = probe.connect(cancelled);
    report.elapsedMs = clock.elapsed();
    if (!report.failure) {
        const QDeadlineTimer subackDeadline(std::chrono::seconds(settings.connectTimeoutSeconds));
        while (pending > 0 && !report.failure && !subackDeadline.hasExpired() && !cancelled())
            report.failure = probe.run(cancelled, 100);
        if (!report.failure)
            report.failure = probe.run(cancelled, listenMs);
        probe.disconnect();
    }
    return report;
}

} // namespace vigie
