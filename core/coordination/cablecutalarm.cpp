#include "cablecutalarm.h"

#include <QCoreApplication>

#include <algorithm>

namespace vigie {

QString worksZoneSubject(const QString &worksId)
{
    return QStringLiteral("worksZone:") + worksId;
}

CableCutAlarms cableCutAlarms(const QList<CoordinationItem> &items)
{
    CableCutAlarms out;
    for (const CoordinationItem &item : items) {
        if (item.kind != CoordinationKind::SuspectedCableCut)
            continue;
        QStringList refs;
        refs.reserve(item.assetIds.size());
        for (const QString &id : item.assetIds)
            refs << id.section(QLatin1Char(':'), -1);
        std::sort(refs.begin(), refs.end());
        const int n = int(item.assetIds.size());
        out.conditions.insert(worksZoneSubject(item.worksId),
                              QCoreApplication::translate("vigie::CableCutAlarm", "Suspected cable cut at works %1: %n lamp(s) dark (%2)",
                                                          nullptr, n)
                                  .arg(item.worksId, refs.join(QStringLiteral(", "))));
        for (qint32 index : item.assetIndexes)
            out.lamps.insert(index);
    }
    return out;
}

} // namespace vigie
