#include "crewsuggester.h"

#include "streetgraph.h"
#include "webmercator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace vigie {

namespace {

QString clock(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString kindName(InterventionKind kind)
{
    switch (kind) {
    case InterventionKind::Lighting: return QCoreApplication::translate("vigie::CrewSuggester", "lighting");
    case InterventionKind::Waste: return QCoreApplication::translate("vigie::CrewSuggester", "waste");
    case InterventionKind::Roads: return QCoreApplication::translate("vigie::CrewSuggester", "roads");
    case InterventionKind::Other: return QCoreApplication::translate("vigie::CrewSuggester", "other work");
    }
    return {};
}

QString distanceText(double metres)
{
    return metres < 1000 ? QCoreApplication::translate("vigie::CrewSuggester", "%1 m").arg(std::lround(metres / 10) * 10)
                         : QCoreApplication::translate("vigie::CrewSuggester", "%L1 km").arg(metres / 1000, 0, 'f', 1);
}

} // namespace

QString describeTravel(const CrewSuggestion &s)
{
    if (!s.hasPosition)
        return QCoreApplication::translate("vigie::CrewSuggester", "position unknown");
    if (!s.alongStreets)
        return QCoreApplication::translate("vigie::CrewSuggester", "%1 as the crow flies (no street map)").arg(distanceText(s.straightM));
    if (!std::isfinite(s.travelM))
        return QCoreApplication::translate("vigie::CrewSuggester", "no route by the streets");
    return QCoreApplication::translate("vigie::CrewSuggester", "%1 by the streets").arg(distanceText(s.travelM));
}

bool crewPosition(const Crew &crew, const QHash<QString, CrewFix> &lastFix, QPointF *mercator)
{
    if (const auto fix = lastFix.constFind(crew.id); fix != lastFix.constEnd()
        && std::isfinite(fix->lon) && std::isfinite(fix->lat)) {
        *mercator = webmercator::fromLonLat(fix->lon, fix->lat);
        return true;
    }
    if (std::isfinite(crew.depotLon) && std::isfinite(crew.depotLat)) {
        *mercator = webmercator::fromLonLat(crew.depotLon, crew.depotLat);
        return true;
    }
    return false;
}

QVector<CrewSuggestion> suggestCrews(const StreetGraph *graph, QPointF jobMercator, InterventionKind kind,
                                     const QVector<Crew> &crews, const QHash<QString, CrewFix> &lastFix,
                                     const QSet<QString> &busyCrews, int localMinuteOfDay)
{
    QVector<CrewSuggestion> out;
    out.reserve(crews.size());
    QVector<QPointF> positions;
    QVector<int> placed; // indexes into `out` of the crews with a position
    for (const Crew &crew : crews) {
        CrewSuggestion s;
        s.crewId = crew.id;
        s.skilled = crew.hasSkill(kind);
        s.onShift = crew.onShift(localMinuteOfDay);
        const bool busy = busyCrews.contains(crew.id);
        s.activity = !s.onShift ? CrewActivity::OffShift : busy ? CrewActivity::Busy : CrewActivity::Available;
        QPointF at;
        s.hasPosition = crewPosition(crew, lastFix, &at);
        QStringList why;
        if (!s.skilled)
            why << QCoreApplication::translate("vigie::CrewSuggester", "no %1 skill").arg(kindName(kind));
        if (!s.onShift)
            why << QCoreApplication::translate("vigie::CrewSuggester", "off shift (%1–%2)").arg(clock(crew.shiftStartMin), clock(crew.shiftEndMin));
        if (busy)
            why << QCoreApplication::translate("vigie::CrewSuggester", "on another intervention");
        if (!s.hasPosition)
            why << QCoreApplication::translate("vigie::CrewSuggester", "position unknown (no tracker fix, no depot)");
        s.whyNot = why.join(QLatin1String("; "));
        if (s.hasPosition) {
            s.straightM = webmercator::distanceM(jobMercator, at);
            s.travelM = s.straightM;
            positions << at;
            placed << int(out.size());
        }
        out << s;
    }
    if (graph && graph->nodeCount() > 0 && !positions.isEmpty()) {
        // The graph is undirected: from the job to every crew is from every crew to the job.
        const QVector<double> travel = graph->distancesFrom(jobMercator, positions);
        for (qsizetype i = 0; i < placed.size(); ++i) {
            CrewSuggestion &s = out[placed.at(i)];
            s.travelM = travel.at(i);
            s.alongStreets = true;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const CrewSuggestion &a, const CrewSuggestion &b) {
        if (a.isEligible() != b.isEligible())
            return a.isEligible();
        if (a.travelM != b.travelM)
            return a.travelM < b.travelM;
        if (a.straightM != b.straightM)
            return a.straightM < b.straightM;
        return a.crewId < b.crewId;
    });
    return out;
}

} // namespace vigie
