#pragma once

#include "domain/assetkind.h"

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QVector>

#include <memory>

namespace vigie {

/// \brief A context feature ready to draw, in EPSG:3857 metres.
struct VectorFeature
{
    enum class Shape : quint8 { Point, Line, Polygon };
    Shape shape = Shape::Point;
    QRectF bbox;
    QVector<QPolygonF> parts; ///< Points: one part of points; lines: one polyline per part;
                              ///< polygons: every ring of every polygon (drawn odd-even).
    QPointF labelPoint;
    QString label;
};

/// \brief An immutable context layer, shared read-only with render threads.
struct VectorLayerData
{
    QVector<VectorFeature> features;
    QRectF extent;
};

/// \brief The positions of the assets of one asset layer, in EPSG:3857 metres.
///
/// The layer covers the AssetDirectory indexes [firstIndex, firstIndex + positions.size()):
/// the directory lists assets layer by layer.
struct AssetLayerData
{
    AssetKind kind = AssetKind::Streetlight;
    int firstIndex = 0;
    QVector<QPointF> positions;
    QRectF extent;
};

using VectorLayerDataPtr = std::shared_ptr<const VectorLayerData>;
using AssetLayerDataPtr = std::shared_ptr<const AssetLayerData>;

} // namespace vigie
