#pragma once

#include "coordination/collectionround.h"
#include "network/streetgraph.h"

#include <QString>
#include <QVector>

/// \file
/// \brief Generated collection rounds for a city pack that ships none.

namespace vigie {

/// \brief A container to put on a generated round.
struct RoundStop
{
    QString containerId;       ///< Asset URN.
    QString districtId;        ///< District ref it lies in; "" groups the ones in no district.
    double lon = 0;            ///< EPSG:4326 degrees.
    double lat = 0;
};

struct RoundGenerationOptions
{
    int maxStopsPerRound = 25;     ///< A district with more containers gets several rounds.
    /// Days the rounds of district k run, cycling over this list (bit sets, see RoundSchedule):
    /// by default Mon+Thu, Tue+Fri, Wed+Sat, so neighbouring districts spread over the week.
    QVector<quint8> dayPatterns{0b0001001, 0b0010010, 0b0100100};
    int startMinutes = 6 * 60;     ///< Local start time of every round.
    double minutesPerStop = 4.0;   ///< Duration = stops × this + driving at speedKmh.
    double speedKmh = 15.0;
    QString idPrefix = QStringLiteral("gen");
};

/// \brief Groups containers by district and orders each group into rounds.
///
/// Order: greedy nearest neighbour from the group's westernmost container, then 2-opt, with
/// distances along the streets when `streets` is a non-empty graph (Monaco, Montpellier),
/// in straight line otherwise (Paris: the pack has no street centrelines; the rounds say so
/// with CollectionRound::pathFollowsStreets = false). The path follows StreetGraph::path
/// between consecutive stops where a route exists, a straight leg where none does.
/// Round ids: "<idPrefix>-<district>-<n>" (n from 1), stable for the same input.
/// Deterministic. Any thread (the graph is immutable). Cost: O(stops² ) distance queries per
/// district (one Dijkstra per stop with streets).
QVector<CollectionRound> generateRounds(const QVector<RoundStop> &stops, const StreetGraphPtr &streets,
                                        const RoundGenerationOptions &options = {});

} // namespace vigie
