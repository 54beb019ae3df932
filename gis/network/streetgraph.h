#pragma once

#include "map/vectordata.h"

#include <QPointF>
#include <QVector>

#include <limits>
#include <memory>

namespace vigie {

/// \brief The pack's street network as a graph, for travel distances along streets.
///
/// Built from the line features of the `streets` layers (EPSG:3857, as LoadedCity holds
/// them): every vertex is a node, vertices within 1 m of each other are one node (so lines
/// meeting at an intersection connect), every segment is an undirected edge weighted by its
/// true length in metres (EPSG:3857 length × cos(latitude) at the segment's middle).
/// Immutable once built; any thread may query it concurrently.
///
/// Shortest paths: Dijkstra (Boost.Graph) over a compressed sparse row graph. A point off
/// the network joins it at the nearest node (R-tree), and that straight leg is counted.
class StreetGraph
{
public:
    /// Builds from `streets` (several layers allowed). Features that are not lines, and
    /// degenerate segments, are skipped. Errors: none; an empty graph answers "no route".
    static std::shared_ptr<const StreetGraph> build(const QVector<VectorLayerDataPtr> &streets);

    int nodeCount() const;
    int edgeCount() const;

    /// Nearest node to `mercator` (EPSG:3857) and the distance to it in metres; -1 if empty.
    int nearestNode(QPointF mercator, double *distanceM = nullptr) const;

    /// \brief Travel distances from one point to many, in metres, along the streets.
    ///
    /// One Dijkstra from `from`; each result is leg-to-network + network path + leg-from-
    /// network, or +infinity when the two points are in unconnected parts of the network.
    /// Points are EPSG:3857.
    QVector<double> distancesFrom(QPointF from, const QVector<QPointF> &to) const;

    /// The path from `from` to `to` as EPSG:3857 points (both ends included) and its length
    /// in metres; empty path and +infinity when unreachable.
    QVector<QPointF> path(QPointF from, QPointF to, double *lengthM = nullptr) const;

private:
    StreetGraph() = default;
    struct Data;
    std::shared_ptr<const Data> m_data;
};

using StreetGraphPtr = std::shared_ptr<const StreetGraph>;

} // namespace vigie
