#pragma once

#include "domain/result.h"

#include <QPointF>
#include <QString>

#include <memory>

namespace vigie {

/// EPSG:4326, WGS 84 geographic, used in lon/lat order (PROJ "visualization" order).
inline constexpr const char *kWgs84 = "EPSG:4326";
/// EPSG:3857, WGS 84 / Pseudo-Mercator, metres: the map's display CRS.
inline constexpr const char *kWebMercator = "EPSG:3857";

/// \brief A PROJ coordinate operation between two CRSs.
///
/// Geographic CRSs are used in longitude, latitude order whatever their official axis
/// order (proj_normalize_for_visualization), as GIS files store them. Each instance has
/// its own PROJ context, so instances may be used on different threads, but one instance
/// on one thread at a time. Move-only.
class CoordinateTransform
{
public:
    /// `source` and `target` are anything PROJ accepts ("EPSG:2154", a WKT, a PROJ string).
    /// Errors: `invalidCrs` naming the CRS PROJ refused, `noTransform`.
    static Result<CoordinateTransform> create(const QString &source, const QString &target);

    CoordinateTransform(CoordinateTransform &&) noexcept;
    CoordinateTransform &operator=(CoordinateTransform &&) noexcept;
    ~CoordinateTransform();

    /// Transforms `count` points in place (x[i], y[i]). Returns false if any point could not
    /// be transformed (it is then left as HUGE_VAL).
    bool transform(double *x, double *y, std::size_t count) const;
    /// One point. Errors: `transformFailed`.
    Result<QPointF> transform(QPointF point) const;
    /// The inverse operation, same conventions.
    Result<QPointF> inverse(QPointF point) const;

private:
    CoordinateTransform() = default;
    struct Handle;
    std::unique_ptr<Handle> m_handle;
};

} // namespace vigie
