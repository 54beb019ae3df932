#pragma once

#include "crews/crew.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QVector>

#include <limits>

namespace vigie {

class StreetGraph;

/// \brief One crew considered for a job, and whether it can take it.
struct CrewSuggestion
{
    QString crewId;
    CrewActivity activity = CrewActivity::Available;
    bool skilled = false;     ///< Has the job's skill (Crew::skills).
    bool onShift = false;     ///< At the given local time.
    bool hasPosition = false; ///< A fix, or a depot.
    /// Metres to the job along the streets (+infinity: no route), or the straight line when
    /// `alongStreets` is false (no street graph); +infinity without a position.
    double travelM = std::numeric_limits<double>::infinity();
    double straightM = std::numeric_limits<double>::infinity(); ///< Metres as the crow flies.
    bool alongStreets = false; ///< `travelM` follows the street graph.
    /// Translated reasons the crew cannot take the job ("; " between them); empty when it can.
    QString whyNot;

    bool isEligible() const { return whyNot.isEmpty(); }
};

/// \brief Ranks the crews for a job at `jobMercator` (EPSG:3857) of kind `kind`.
///
/// A crew is where its newest fix (`lastFix`, by crew id) puts it, else at its depot; with
/// neither it has no position. It is eligible when skilled, on shift at `localMinuteOfDay`
/// (minutes after local midnight, 0–1439), not in `busyCrews` and placed. Eligible crews come
/// first, nearest first by travel distance, then the others with their reason, also by
/// distance (ties: straight distance, then id). Travel distances come from one Dijkstra from
/// the job (StreetGraph::distancesFrom); without a graph (`graph` null or empty, e.g. a pack
/// without a streets layer) they are the straight distances and `alongStreets` is false.
/// Pure; any thread (the graph is immutable).
QVector<CrewSuggestion> suggestCrews(const StreetGraph *graph, QPointF jobMercator, InterventionKind kind,
                                     const QVector<Crew> &crews, const QHash<QString, CrewFix> &lastFix,
                                     const QSet<QString> &busyCrews, int localMinuteOfDay);

/// \brief The travel distance as the supervisor reads it, translated: "1.2 km by the
/// streets", "850 m as the crow flies (no street map)" when the pack has no streets layer,
/// "no route by the streets", "position unknown". Any thread.
QString describeTravel(const CrewSuggestion &suggestion);

/// The EPSG:3857 position of `crew`: its newest fix in `lastFix`, else its depot; false
/// when it has neither. Any thread.
bool crewPosition(const Crew &crew, const QHash<QString, CrewFix> &lastFix, QPointF *mercator);

} // namespace vigie
