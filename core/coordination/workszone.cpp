#include "workszone.h"

namespace vigie {

namespace {
struct ImpactKey { TrafficImpact impact; const char *key; };
constexpr ImpactKey kImpactKeys[] = {
    {TrafficImpact::Unknown, "unknown"},
    {TrafficImpact::BarrageTotal, "BARRAGE_TOTAL"},
    {TrafficImpact::Restreinte, "RESTREINTE"},
    {TrafficImpact::SensUnique, "SENS_UNIQUE"},
    {TrafficImpact::Impasse, "IMPASSE"},
};
struct StatusKey { WorksStatus status; const char *key; };
constexpr StatusKey kStatusKeys[] = {
    {WorksStatus::Unknown, "unknown"},     {WorksStatus::Planned, "planned"},
    {WorksStatus::Pending, "pending"},     {WorksStatus::Active, "active"},
    {WorksStatus::Completed, "completed"}, {WorksStatus::Cancelled, "cancelled"},
};
} // namespace

QString trafficImpactKey(TrafficImpact impact)
{
    for (const auto &k : kImpactKeys)
        if (k.impact == impact)
            return QString::fromLatin1(k.key);
    return QStringLiteral("unknown");
}

bool trafficImpactFromKey(const QString &key, TrafficImpact *impact)
{
    for (const auto &k : kImpactKeys) {
        if (key == QLatin1String(k.key)) {
            *impact = k.impact;
            return true;
        }
    }
    return false;
}

bool isBlocking(TrafficImpact impact)
{
    return impact == TrafficImpact::BarrageTotal || impact == TrafficImpact::Impasse;
}

QString worksStatusKey(WorksStatus status)
{
    for (const auto &k : kStatusKeys)
        if (k.status == status)
            return QString::fromLatin1(k.key);
    return QStringLiteral("unknown");
}

bool worksStatusFromKey(const QString &key, WorksStatus *status)
{
    for (const auto &k : kStatusKeys) {
        if (key == QLatin1String(k.key)) {
            *status = k.status;
            return true;
        }
    }
    return false;
}

QString worksSourceKey(WorksSource source)
{
    switch (source) {
    case WorksSource::ParisChantiers: return QStringLiteral("parisChantiers");
    case WorksSource::Wzdx: return QStringLiteral("wzdx");
    case WorksSource::Mqtt: return QStringLiteral("mqtt");
    case WorksSource::Manual: break;
    }
    return QStringLiteral("manual");
}

QVector<WorksZone> worksActiveAt(const QVector<WorksZone> &zones, qint64 atMs)
{
    QVector<WorksZone> out;
    for (const WorksZone &z : zones)
        if (z.isActiveAt(atMs))
            out.append(z);
    return out;
}

QVector<WorksZone> worksActiveIn(const QVector<WorksZone> &zones, qint64 fromMs, qint64 untilMs)
{
    QVector<WorksZone> out;
    for (const WorksZone &z : zones)
        if (z.overlaps(fromMs, untilMs))
            out.append(z);
    return out;
}

} // namespace vigie
