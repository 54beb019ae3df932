#pragma once

#include <QPointF>
#include <QRectF>
#include <QVector>

#include <memory>

namespace vigie {

/// \brief A static R-tree (Boost.Geometry, R*-tree) over points, for nearest-asset queries.
///
/// Built once from the positions; read-only afterwards, so any thread may query it.
class PointIndex
{
public:
    explicit PointIndex(const QVector<QPointF> &points);
    ~PointIndex();

    /// Position in the input vector of the point nearest to `p` within `maxDistance`
    /// (same units as the points), or -1.
    int nearest(QPointF p, double maxDistance) const;
    /// Positions in the input vector of the points inside `rect` (edges included), in no
    /// particular order.
    QVector<int> within(const QRectF &rect) const;

private:
    struct Tree;
    std::unique_ptr<Tree> m_tree;
};

} // namespace vigie
