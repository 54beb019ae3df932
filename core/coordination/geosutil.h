#pragma once

#include "localframe.h"

#include <QByteArray>
#include <QString>

#include <geos_c.h>

#include <memory>

/// \file
/// \brief Private GEOS helpers of the coordination module (not installed, not for other
/// modules): a reentrant context, owning handles, WKB and GeoJSON reading, projection into a
/// LocalFrame. Every function takes the context it runs in; nothing is shared.

namespace vigie::geos {

/// A GEOS context handle; notices and errors are kept as the last message.
class Context
{
public:
    Context();
    ~Context();
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;
    GEOSContextHandle_t handle() const { return m_handle; }
    operator GEOSContextHandle_t() const { return m_handle; }
    QString lastError() const { return m_lastError; }

private:
    static void onError(const char *message, void *self);
    GEOSContextHandle_t m_handle = nullptr;
    QString m_lastError;
};

struct GeomDeleter
{
    GEOSContextHandle_t ctx = nullptr;
    void operator()(GEOSGeometry *g) const { if (g) GEOSGeom_destroy_r(ctx, g); }
};
using GeomPtr = std::unique_ptr<GEOSGeometry, GeomDeleter>;
inline GeomPtr own(GEOSContextHandle_t ctx, GEOSGeometry *g) { return GeomPtr(g, GeomDeleter{ctx}); }

/// Shared ownership, for values kept in implicitly shared Qt containers.
using GeomShared = std::shared_ptr<GEOSGeometry>;
inline GeomShared share(GeomPtr p)
{
    const GeomDeleter del = p.get_deleter();
    return GeomShared(p.release(), del);
}

struct PreparedDeleter
{
    GEOSContextHandle_t ctx = nullptr;
    void operator()(const GEOSPreparedGeometry *g) const { if (g) GEOSPreparedGeom_destroy_r(ctx, g); }
};
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

/// ISO WKB → geometry; null on unreadable input.
GeomPtr fromWkb(const Context &ctx, const QByteArray &wkb);
/// Geometry → ISO WKB (2D).
QByteArray toWkb(const Context &ctx, const GEOSGeometry *g);
/// GeoJSON geometry object text → geometry; null on unreadable input.
GeomPtr fromGeoJson(const Context &ctx, const QByteArray &json);
/// A copy of `g` (EPSG:4326 lon/lat) in `frame` metres.
GeomPtr toFrame(const Context &ctx, const GEOSGeometry *g, const LocalFrame &frame);
/// Point (x, y).
GeomPtr point(const Context &ctx, double x, double y);
/// LineString through `xy` (pairs); null when fewer than 2 points.
GeomPtr lineString(const Context &ctx, const double *xy, int pointCount);
/// Envelope of a geometry: false when empty.
bool envelope(const Context &ctx, const GEOSGeometry *g, double *minX, double *minY, double *maxX, double *maxY);

} // namespace vigie::geos
