#include "appsettings.h"

#include "appoptions.h"

#include <QRandomGenerator>
#include <QSettings>
#include <QSysInfo>

namespace vigie::appsettings {

namespace {

QString stableClientId()
{
    QSettings settings;
    QString id = settings.value(QStringLiteral("mqtt/clientId")).toString();
    if (id.isEmpty()) {
        const QString host = QSysInfo::machineHostName().left(20);
        id = QStringLiteral("vigie-%1-%2").arg(host.isEmpty() ? QStringLiteral("station") : host)
                 .arg(QRandomGenerator::global()->generate() % 100000, 5, 10, QLatin1Char('0'));
        settings.setValue(QStringLiteral("mqtt/clientId"), id);
    }
    return id;
}

} // namespace

MqttSettings broker(const QString &cityId, const AppOptions &options)
{
    QSettings settings;
    MqttSettings s;
    s.host = settings.value(QStringLiteral("mqtt/host"), s.host).toString();
    s.port = settings.value(QStringLiteral("mqtt/port"), s.port).toInt();
    const QString chosenId = settings.value(QStringLiteral("mqtt/cityClientId/") + cityId).toString();
    s.clientId = !chosenId.isEmpty() ? chosenId : stableClientId() + QLatin1Char('-') + cityId;
    s.username = settings.value(QStringLiteral("mqtt/username")).toString();
    s.protocolVersion = settings.value(QStringLiteral("mqtt/protocolVersion"), int(s.protocolVersion)).toInt() == int(MqttProtocol::V5)
                            ? MqttProtocol::V5
                            : MqttProtocol::V311;
    s.keepAliveSeconds = settings.value(QStringLiteral("mqtt/keepAlive"), s.keepAliveSeconds).toInt();
    s.cleanSession = settings.value(QStringLiteral("mqtt/cleanSession"), s.cleanSession).toBool();
    s.tls = settings.value(QStringLiteral("mqtt/tls"), false).toBool();
    s.caFile = settings.value(QStringLiteral("mqtt/caFile")).toString();
    s.certFile = settings.value(QStringLiteral("mqtt/certFile")).toString();
    s.keyFile = settings.value(QStringLiteral("mqtt/keyFile")).toString();
    s.tlsInsecure = settings.value(QStringLiteral("mqtt/tlsInsecure"), false).toBool();

    const int count = settings.beginReadArray(QStringLiteral("mqtt/subscriptions/") + cityId);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        MqttSubscription sub;
        sub.filter = settings.value(QStringLiteral("filter")).toString();
        sub.qos = settings.value(QStringLiteral("qos"), 1).toInt();
        sub.format = settings.value(QStringLiteral("format"), sub.format).toString();
        sub.mapping = settings.value(QStringLiteral("mapping")).toString();
        sub.codec = settings.value(QStringLiteral("codec")).toString();
        if (!sub.filter.isEmpty())
            s.subscriptions << sub;
    }
    settings.endArray();
    if (s.subscriptions.isEmpty()) { // what earlier versions saved: topics per city, one QoS
        const QStringList saved = settings.value(QStringLiteral("mqtt/topics/") + cityId).toStringList();
        const int qos = settings.value(QStringLiteral("mqtt/qos"), 1).toInt();
        for (const QString &t : saved.isEmpty() ? QStringList{QStringLiteral("vigie/%1/#").arg(cityId)} : saved)
            s.subscriptions << MqttSubscription{t, qos};
    }
    if (!options.topics.isEmpty()) {
        const int qos = s.subscriptions.isEmpty() ? 1 : s.subscriptions.first().qos;
        s.subscriptions.clear();
        for (MqttSubscription sub : options.topics) {
            sub.qos = qos;
            s.subscriptions << sub;
        }
    }
    if (!options.brokerHost.isEmpty())
        s.host = options.brokerHost;
    if (options.brokerPort > 0)
        s.port = options.brokerPort;
    if (!options.clientId.isEmpty())
        s.clientId = options.clientId;
    return s;
}

void saveBroker(const MqttSettings &s, const QString &cityId)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mqtt/host"), s.host);
    settings.setValue(QStringLiteral("mqtt/port"), s.port);
    settings.setValue(QStringLiteral("mqtt/username"), s.username);
    settings.remove(QStringLiteral("mqtt/password")); // secrets live in the keychain only
    settings.setValue(QStringLiteral("mqtt/protocolVersion"), int(s.protocolVersion));
    settings.setValue(QStringLiteral("mqtt/keepAlive"), s.keepAliveSeconds);
    settings.setValue(QStringLiteral("mqtt/cleanSession"), s.cleanSession);
    settings.setValue(QStringLiteral("mqtt/tls"), s.tls);
    settings.setValue(QStringLiteral("mqtt/caFile"), s.caFile);
    settings.setValue(QStringLiteral("mqtt/certFile"), s.certFile);
    settings.setValue(QStringLiteral("mqtt/keyFile"), s.keyFile);
    settings.setValue(QStringLiteral("mqtt/tlsInsecure"), s.tlsInsecure);
    // Only a client id that differs from the generated one is remembered, so the default
    // keeps following the station's generated id.
    const QString generated = stableClientId() + QLatin1Char('-') + cityId;
    if (s.clientId.isEmpty() || s.clientId == generated)
        settings.remove(QStringLiteral("mqtt/cityClientId/") + cityId);
    else
        settings.setValue(QStringLiteral("mqtt/cityClientId/") + cityId, s.clientId);

    settings.remove(QStringLiteral("mqtt/subscriptions/") + cityId);
    settings.beginWriteArray(QStringLiteral("mqtt/subscriptions/") + cityId, int(s.subscriptions.size()));
    for (int i = 0; i < s.subscriptions.size(); ++i) {
        const MqttSubscription &sub = s.subscriptions.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("filter"), sub.filter);
        settings.setValue(QStringLiteral("qos"), sub.qos);
        settings.setValue(QStringLiteral("format"), sub.format);
        settings.setValue(QStringLiteral("mapping"), sub.mapping);
        settings.setValue(QStringLiteral("codec"), sub.codec);
    }
    settings.endArray();
    // The earlier keys, for an older Vigie reading the same file.
    QStringList topics;
    for (const MqttSubscription &sub : s.subscriptions)
        topics << sub.filter;
    settings.setValue(QStringLiteral("mqtt/topics/") + cityId, topics);
    if (!s.subscriptions.isEmpty())
        settings.setValue(QStringLiteral("mqtt/qos"), s.subscriptions.first().qos);
}

QString lastCity()
{
    return QSettings().value(QStringLiteral("city"), QStringLiteral("montpellier")).toString();
}

void setLastCity(const QString &city)
{
    QSettings().setValue(QStringLiteral("city"), city);
}

QString operatorName()
{
    QString name = QSettings().value(QStringLiteral("alarms/operator")).toString().trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    return name.isEmpty() ? QStringLiteral("operator") : name;
}

} // namespace vigie::appsettings
