#include "pointindex.h"

#include <boost/geometry.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <cmath>
#include <utility>
#include <vector>

namespace vigie {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;
using BPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using Entry = std::pair<BPoint, int>;

struct PointIndex::Tree
{
    bgi::rtree<Entry, bgi::rstar<16>> rtree;
};

PointIndex::PointIndex(const QVector<QPointF> &points)
{
    std::vector<Entry> entries;
    entries.reserve(std::size_t(points.size()));
    for (int i = 0; i < points.size(); ++i)
        entries.emplace_back(BPoint(points.at(i).x(), points.at(i).y()), i);
    m_tree = std::make_unique<Tree>(Tree{bgi::rtree<Entry, bgi::rstar<16>>(entries)}); // packing constructor
}

PointIndex::~PointIndex() = default;

int PointIndex::nearest(QPointF p, double maxDistance) const
{
    std::vector<Entry> hits;
    m_tree->rtree.query(bgi::nearest(BPoint(p.x(), p.y()), 1), std::back_inserter(hits));
    if (hits.empty())
        return -1;
    const BPoint &q = hits.front().first;
    if (std::hypot(q.get<0>() - p.x(), q.get<1>() - p.y()) > maxDistance)
        return -1;
    return hits.front().second;
}

QVector<int> PointIndex::within(const QRectF &rect) const
{
    using Box = bg::model::box<BPoint>;
    const QRectF r = rect.normalized();
    std::vector<Entry> hits;
    m_tree->rtree.query(bgi::covered_by(Box(BPoint(r.left(), r.top()), BPoint(r.right(), r.bottom()))),
                        std::back_inserter(hits));
    QVector<int> out;
    out.reserve(qsizetype(hits.size()));
    for (const Entry &e : hits)
        out << e.second;
    return out;
}

} // namespace vigie
