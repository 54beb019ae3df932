#pragma once

#include "coordinationtypes.h"

#include <QHash>
#include <QSet>
#include <QString>

/// \file
/// \brief From the coordination engine's suspected cable cuts to the grouped alarm
/// (AlarmService rule kCableCutRuleKey, one alarm per works zone) and the suppression by
/// design of the lamps' own alarms (source coordinationSuppressionSource()).

namespace vigie {

/// The alarm subject of a works zone: "worksZone:<worksId>" (Alarm::assetId).
QString worksZoneSubject(const QString &worksId);

/// \brief What the alarm subsystem is told of the current SuspectedCableCut items.
struct CableCutAlarms
{
    /// Subject → detail, for AlarmService::setSubjectConditions(kCableCutRuleKey, …). The
    /// detail names the works, counts the dark lamps and lists their refs (last URN part).
    QHash<QString, QString> conditions;
    /// Every lamp of those items (AssetDirectory indexes), for
    /// AlarmService::setSuppression(coordinationSuppressionSource(), …).
    QSet<qint32> lamps;
    bool operator==(const CableCutAlarms &) const = default;
};

/// The alarms of `items` (items of other kinds are skipped). Detail texts are translated
/// (context "vigie::CableCutAlarm"). Any thread.
CableCutAlarms cableCutAlarms(const QList<CoordinationItem> &items);

} // namespace vigie
