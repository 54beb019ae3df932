#include "streetgraph.h"

#include "webmercator.h"

#include <QHash>
#include <QLoggingCategory>

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

Q_LOGGING_CATEGORY(lcStreetGraph, "vigie.network.streets")

namespace vigie {

namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

using BPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using NodeEntry = std::pair<BPoint, int>;
using NodeTree = bgi::rtree<NodeEntry, bgi::rstar<16>>;

struct EdgeLength
{
    double metres = 0;
};
using Graph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, EdgeLength>;

constexpr double kInfinity = std::numeric_limits<double>::infinity();

using webmercator::distanceM;
using webmercator::scaleAt;

/// Merges vertices closer than one true metre into one node, by hashing them on a grid of
/// cells at least one metre wide: a vertex's equal can only be in its cell or the 8 around it.
class NodeMerger
{
public:
    explicit NodeMerger(double cellSize) : m_cell(cellSize) {}

    int nodeFor(QPointF p)
    {
        const qint64 cx = qint64(std::floor(p.x() / m_cell));
        const qint64 cy = qint64(std::floor(p.y() / m_cell));
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                const auto range = m_cells.equal_range(key(cx + dx, cy + dy));
                for (auto it = range.first; it != range.second; ++it) {
                    if (distanceM(m_nodes.at(it.value()), p) <= 1.0)
                        return it.value();
                }
            }
        }
        const int id = int(m_nodes.size());
        m_nodes.push_back(p);
        m_cells.insert(key(cx, cy), id);
        return id;
    }

    std::vector<QPointF> takeNodes() { return std::move(m_nodes); }

private:
    static quint64 key(qint64 cx, qint64 cy) { return (quint64(cx) << 32) ^ quint64(quint32(cy)); }

    double m_cell;
    QMultiHash<quint64, int> m_cells;
    std::vector<QPointF> m_nodes;
};

} // namespace

struct StreetGraph::Data
{
    std::vector<QPointF> nodes;
    Graph graph;
    NodeTree tree;
    int edges = 0; ///< Undirected edges (each is two arcs of `graph`).

    /// Shortest distances (m) from node `source` to every node, and the predecessors.
    void dijkstra(int source, std::vector<double> *distance, std::vector<Graph::vertex_descriptor> *predecessor) const
    {
        distance->assign(nodes.size(), kInfinity);
        std::vector<Graph::vertex_descriptor> ownPredecessor;
        auto &pred = predecessor ? *predecessor : ownPredecessor;
        pred.resize(nodes.size());
        const auto index = boost::get(boost::vertex_index, graph);
        boost::dijkstra_shortest_paths(
            graph, Graph::vertex_descriptor(source),
            boost::weight_map(boost::get(&EdgeLength::metres, graph))
                .distance_inf(kInfinity)
                .distance_map(boost::make_iterator_property_map(distance->begin(), index))
                .predecessor_map(boost::make_iterator_property_map(pred.begin(), index)));
    }
};

std::shared_ptr<const StreetGraph> StreetGraph::build(const QVector<VectorLayerDataPtr> &streets)
{
    // Cells one true metre wide at the latitude farthest from the equator.
    double maxScale = 1.0;
    for (const VectorLayerDataPtr &layer : streets) {
        if (layer && !layer->extent.isNull())
            maxScale = std::max({maxScale, scaleAt(layer->extent.top()), scaleAt(layer->extent.bottom())});
    }
    NodeMerger merger(maxScale);
    std::vector<std::pair<int, int>> segments;
    for (const VectorLayerDataPtr &layer : streets) {
        if (!layer)
            continue;
        for (const VectorFeature &f : layer->features) {
            if (f.shape != VectorFeature::Shape::Line)
                continue;
            for (const QPolygonF &line : f.parts) {
                int previous = -1;
                for (const QPointF &p : line) {
                    if (!std::isfinite(p.x()) || !std::isfinite(p.y())) {
                        previous = -1;
                        continue;
                    }
                    const int node = merger.nodeFor(p);
                    if (previous >= 0 && previous != node)
                        segments.emplace_back(std::min(previous, node), std::max(previous, node));
                    previous = node;
                }
            }
        }
    }
    std::sort(segments.begin(), segments.end());
    segments.erase(std::unique(segments.begin(), segments.end()), segments.end());

    auto data = std::make_shared<Data>();
    data->nodes = merger.takeNodes();
    data->edges = int(segments.size());
    std::vector<std::pair<std::size_t, std::size_t>> arcs;
    std::vector<EdgeLength> lengths;
    arcs.reserve(2 * segments.size());
    lengths.reserve(2 * segments.size());
    for (const auto &[a, b] : segments) {
        const double metres = distanceM(data->nodes[std::size_t(a)], data->nodes[std::size_t(b)]);
        arcs.emplace_back(a, b);
        arcs.emplace_back(b, a);
        lengths.push_back({metres});
        lengths.push_back({metres});
    }
    data->graph = Graph(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), lengths.begin(), data->nodes.size());
    std::vector<NodeEntry> entries;
    entries.reserve(data->nodes.size());
    for (std::size_t i = 0; i < data->nodes.size(); ++i)
        entries.emplace_back(BPoint(data->nodes[i].x(), data->nodes[i].y()), int(i));
    data->tree = NodeTree(entries.begin(), entries.end()); // packed (bulk-loaded)
    qCInfo(lcStreetGraph) << "street graph:" << data->nodes.size() << "nodes," << data->edges << "edges";

    std::shared_ptr<StreetGraph> graph(new StreetGraph);
    graph->m_data = std::move(data);
    return graph;
}

int StreetGraph::nodeCount() const { return m_data ? int(m_data->nodes.size()) : 0; }

int StreetGraph::edgeCount() const { return m_data ? m_data->edges : 0; }

int StreetGraph::nearestNode(QPointF mercator, double *distanceM) const
{
    if (!m_data || m_data->nodes.empty() || !std::isfinite(mercator.x()) || !std::isfinite(mercator.y())) {
        if (distanceM)
            *distanceM = kInfinity;
        return -1;
    }
    std::vector<NodeEntry> found;
    m_data->tree.query(bgi::nearest(BPoint(mercator.x(), mercator.y()), 1), std::back_inserter(found));
    const int node = found.front().second;
    if (distanceM)
        *distanceM = webmercator::distanceM(mercator, m_data->nodes[std::size_t(node)]);
    return node;
}

QVector<double> StreetGraph::distancesFrom(QPointF from, const QVector<QPointF> &to) const
{
    QVector<double> out(to.size(), kInfinity);
    double legFrom = 0;
    const int source = nearestNode(from, &legFrom);
    if (source < 0)
        return out;
    std::vector<double> distance;
    m_data->dijkstra(source, &distance, nullptr);
    for (qsizetype i = 0; i < to.size(); ++i) {
        double legTo = 0;
        const int target = nearestNode(to.at(i), &legTo);
        if (target >= 0 && std::isfinite(distance[std::size_t(target)]))
            out[i] = legFrom + distance[std::size_t(target)] + legTo;
    }
    return out;
}

QVector<QPointF> StreetGraph::path(QPointF from, QPointF to, double *lengthM) const
{
    if (lengthM)
        *lengthM = kInfinity;
    double legFrom = 0;
    double legTo = 0;
    const int source = nearestNode(from, &legFrom);
    const int target = nearestNode(to, &legTo);
    if (source < 0 || target < 0)
        return {};
    std::vector<double> distance;
    std::vector<Graph::vertex_descriptor> predecessor;
    m_data->dijkstra(source, &distance, &predecessor);
    if (!std::isfinite(distance[std::size_t(target)]))
        return {};
    QVector<QPointF> nodes;
    for (auto v = Graph::vertex_descriptor(target);; v = predecessor[v]) {
        nodes << m_data->nodes[v];
        if (v == Graph::vertex_descriptor(source) || predecessor[v] == v)
            break;
    }
    std::reverse(nodes.begin(), nodes.end());
    QVector<QPointF> points{from};
    for (const QPointF &p : std::as_const(nodes)) {
        if (p != points.constLast())
            points << p;
    }
    if (to != points.constLast())
        points << to;
    if (points.size() == 1)
        points << to; // from == to: still both ends
    if (lengthM)
        *lengthM = legFrom + distance[std::size_t(target)] + legTo;
    return points;
}

} // namespace vigie
