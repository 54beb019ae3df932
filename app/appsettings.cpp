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
    s.clientId = stableClientId() + QLatin1Char('-') + cityId;
    s.username = settings.value(QStringLiteral("mqtt/username")).toString();
    const QStringList saved = settings.value(QStringLiteral("mqtt/topics/") + cityId).toStringList();
    const QStringList topics = !options.topics.isEmpty() ? options.topics
                               : !saved.isEmpty()        ? saved
                                                         : QStringList{QStringLiteral("vigie/%1/#").arg(cityId)};
    const int qos = settings.value(QStringLiteral("mqtt/qos"), 1).toInt();
    for (const QString &t : topics)
        s.subscriptions << MqttSubscription{t, qos};
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

} // namespace vigie::appsettings
