#include "coordinationtypes.h"

#include "domain/settingschange.h"

namespace vigie {

namespace {
constexpr const char *kKindKeys[kCoordinationKindCount] = {
    "roundBlocked", "suspectedCableCut", "overflowBehindWorks", "combineIntervention", "lightingForSafety"};
}

QString coordinationKindKey(CoordinationKind kind)
{
    return QString::fromLatin1(kKindKeys[int(kind)]);
}

bool coordinationKindFromKey(const QString &key, CoordinationKind *kind)
{
    for (int i = 0; i < kCoordinationKindCount; ++i) {
        if (key == QLatin1String(kKindKeys[i])) {
            *kind = CoordinationKind(i);
            return true;
        }
    }
    return false;
}

QString coordinationSeverityKey(CoordinationSeverity severity)
{
    switch (severity) {
    case CoordinationSeverity::Info: return QStringLiteral("info");
    case CoordinationSeverity::Warning: return QStringLiteral("warning");
    case CoordinationSeverity::Critical: break;
    }
    return QStringLiteral("critical");
}

bool CoordinationSettings::isEnabled(CoordinationKind kind) const
{
    switch (kind) {
    case CoordinationKind::RoundBlocked: return round.enabled;
    case CoordinationKind::SuspectedCableCut: return cableCut.enabled;
    case CoordinationKind::OverflowBehindWorks: return overflow.enabled;
    case CoordinationKind::CombineIntervention: return combine.enabled;
    case CoordinationKind::LightingForSafety: return lighting.enabled;
    }
    return false;
}

void CoordinationSettings::setEnabled(CoordinationKind kind, bool enabled)
{
    switch (kind) {
    case CoordinationKind::RoundBlocked: round.enabled = enabled; break;
    case CoordinationKind::SuspectedCableCut: cableCut.enabled = enabled; break;
    case CoordinationKind::OverflowBehindWorks: overflow.enabled = enabled; break;
    case CoordinationKind::CombineIntervention: combine.enabled = enabled; break;
    case CoordinationKind::LightingForSafety: lighting.enabled = enabled; break;
    }
}

bool CoordinationItem::operator==(const CoordinationItem &o) const
{
    const auto sameCoord = [](double a, double b) { return a == b || (a != a && b != b); };
    return key == o.key && kind == o.kind && severity == o.severity && worksId == o.worksId && roundId == o.roundId
           && interventionId == o.interventionId && assetIds == o.assetIds && assetIndexes == o.assetIndexes
           && fromMs == o.fromMs && untilMs == o.untilMs && districtId == o.districtId && sameCoord(lon, o.lon)
           && sameCoord(lat, o.lat) && summary == o.summary && suggestedAction == o.suggestedAction;
}

namespace {

QJsonObject coordinationJson(const CoordinationSettings &s)
{
    return {{QStringLiteral("horizonMs"), double(s.horizonMs)},
            {QStringLiteral("round"), QJsonObject{{QStringLiteral("enabled"), s.round.enabled},
                                                  {QStringLiteral("includeRestricting"), s.round.includeRestricting},
                                                  {QStringLiteral("containerAccessM"), s.round.containerAccessM}}},
            {QStringLiteral("cableCut"), QJsonObject{{QStringLiteral("enabled"), s.cableCut.enabled},
                                                     {QStringLiteral("minLamps"), s.cableCut.minLamps},
                                                     {QStringLiteral("distanceM"), s.cableCut.distanceM},
                                                     {QStringLiteral("afterStartMs"), double(s.cableCut.afterStartMs)},
                                                     {QStringLiteral("slackBeforeStartMs"), double(s.cableCut.slackBeforeStartMs)}}},
            {QStringLiteral("overflow"), QJsonObject{{QStringLiteral("enabled"), s.overflow.enabled},
                                                     {QStringLiteral("accessM"), s.overflow.accessM},
                                                     {QStringLiteral("blockingOnly"), s.overflow.blockingOnly}}},
            {QStringLiteral("combine"), QJsonObject{{QStringLiteral("enabled"), s.combine.enabled},
                                                    {QStringLiteral("distanceM"), s.combine.distanceM},
                                                    {QStringLiteral("slackMs"), double(s.combine.slackMs)}}},
            {QStringLiteral("lighting"), QJsonObject{{QStringLiteral("enabled"), s.lighting.enabled},
                                                     {QStringLiteral("perimeterM"), s.lighting.perimeterM},
                                                     {QStringLiteral("minLamps"), s.lighting.minLamps}}}};
}

} // namespace

QJsonObject coordinationSettingsChange(const CoordinationSettings &before, const CoordinationSettings &after)
{
    return settingsChange(coordinationJson(before), coordinationJson(after));
}

} // namespace vigie
