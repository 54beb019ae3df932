#include "wkbgeometry.h"

#include "crs/coordinatetransform.h"

#include <ogr_geometry.h>

#include <memory>

namespace vigie {

namespace {

bool appendCurve(const OGRSimpleCurve &curve, const CoordinateTransform &toMap, QVector<QPolygonF> *parts)
{
    const int n = curve.getNumPoints();
    std::vector<double> x(static_cast<std::size_t>(n));
    std::vector<double> y(static_cast<std::size_t>(n));
    curve.getPoints(x.data(), sizeof(double), y.data(), sizeof(double));
    if (!toMap.transform(x.data(), y.data(), std::size_t(n)))
        return false;
    QPolygonF polygon;
    polygon.reserve(n);
    for (int i = 0; i < n; ++i)
        polygon << QPointF(x[std::size_t(i)], y[std::size_t(i)]);
    *parts << polygon;
    return true;
}

bool append(const OGRGeometry &g, const CoordinateTransform &toMap, VectorFeature *f)
{
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPoint: {
        double x = g.toPoint()->getX();
        double y = g.toPoint()->getY();
        if (!toMap.transform(&x, &y, 1))
            return false;
        if (f->parts.isEmpty())
            f->parts << QPolygonF();
        f->parts.first() << QPointF(x, y);
        f->shape = VectorFeature::Shape::Point;
        return true;
    }
    case wkbLineString:
        f->shape = VectorFeature::Shape::Line;
        return appendCurve(*g.toLineString(), toMap, &f->parts);
    case wkbPolygon:
        f->shape = VectorFeature::Shape::Polygon;
        for (const OGRLinearRing *ring : *g.toPolygon()) {
            if (!appendCurve(*ring, toMap, &f->parts))
                return false;
        }
        return true;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry *part : *g.toGeometryCollection()) {
            if (!append(*part, toMap, f))
                return false;
        }
        return true;
    default:
        return false;
    }
}

} // namespace

std::optional<VectorFeature> featureFromWkb(const QByteArray &wkb, const CoordinateTransform &toMap)
{
    OGRGeometry *raw = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &raw, wkb.size(), wkbVariantIso) != OGRERR_NONE || !raw)
        return std::nullopt;
    std::unique_ptr<OGRGeometry> geometry(raw);
    VectorFeature f;
    if (!append(*geometry, toMap, &f) || f.parts.isEmpty())
        return std::nullopt;
    for (const QPolygonF &part : std::as_const(f.parts))
        f.bbox = f.bbox.isNull() ? part.boundingRect() : f.bbox.united(part.boundingRect());
    return f;
}

} // namespace vigie
