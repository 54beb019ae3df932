#include "geosutil.h"

#include <QVector>

namespace vigie::geos {

Context::Context()
{
    m_handle = GEOS_init_r();
    GEOSContext_setErrorMessageHandler_r(m_handle, &Context::onError, this);
    GEOSContext_setNoticeMessageHandler_r(m_handle, &Context::onError, this);
}

Context::~Context() { GEOS_finish_r(m_handle); }

void Context::onError(const char *message, void *self)
{
    static_cast<Context *>(self)->m_lastError = QString::fromUtf8(message);
}

GeomPtr fromWkb(const Context &ctx, const QByteArray &wkb)
{
    if (wkb.isEmpty())
        return own(ctx, nullptr);
    GEOSWKBReader *reader = GEOSWKBReader_create_r(ctx);
    GEOSGeometry *g = GEOSWKBReader_read_r(ctx, reader, reinterpret_cast<const unsigned char *>(wkb.constData()),
                                           size_t(wkb.size()));
    GEOSWKBReader_destroy_r(ctx, reader);
    return own(ctx, g);
}

QByteArray toWkb(const Context &ctx, const GEOSGeometry *g)
{
    if (!g)
        return {};
    GEOSWKBWriter *writer = GEOSWKBWriter_create_r(ctx);
    GEOSWKBWriter_setOutputDimension_r(ctx, writer, 2);
    GEOSWKBWriter_setFlavor_r(ctx, writer, GEOS_WKB_ISO);
    GEOSWKBWriter_setByteOrder_r(ctx, writer, GEOS_WKB_NDR);
    size_t size = 0;
    unsigned char *buffer = GEOSWKBWriter_write_r(ctx, writer, g, &size);
    QByteArray out(reinterpret_cast<const char *>(buffer), qsizetype(size));
    GEOSFree_r(ctx, buffer);
    GEOSWKBWriter_destroy_r(ctx, writer);
    return out;
}

GeomPtr fromGeoJson(const Context &ctx, const QByteArray &json)
{
    GEOSGeoJSONReader *reader = GEOSGeoJSONReader_create_r(ctx);
    const QByteArray text = json + '\0';
    GEOSGeometry *g = GEOSGeoJSONReader_readGeometry_r(ctx, reader, text.constData());
    GEOSGeoJSONReader_destroy_r(ctx, reader);
    return own(ctx, g);
}

namespace {
int projectXY(double *x, double *y, void *userdata)
{
    const auto *frame = static_cast<const LocalFrame *>(userdata);
    const QPointF p = frame->toMetric(*x, *y);
    *x = p.x();
    *y = p.y();
    return 1;
}
} // namespace

GeomPtr toFrame(const Context &ctx, const GEOSGeometry *g, const LocalFrame &frame)
{
    if (!g)
        return own(ctx, nullptr);
    return own(ctx, GEOSGeom_transformXY_r(ctx, g, &projectXY, const_cast<LocalFrame *>(&frame)));
}

GeomPtr point(const Context &ctx, double x, double y)
{
    return own(ctx, GEOSGeom_createPointFromXY_r(ctx, x, y));
}

GeomPtr lineString(const Context &ctx, const double *xy, int pointCount)
{
    if (pointCount < 2)
        return own(ctx, nullptr);
    GEOSCoordSequence *seq = GEOSCoordSeq_copyFromBuffer_r(ctx, xy, unsigned(pointCount), 0, 0);
    return own(ctx, GEOSGeom_createLineString_r(ctx, seq));
}

bool envelope(const Context &ctx, const GEOSGeometry *g, double *minX, double *minY, double *maxX, double *maxY)
{
    if (!g || GEOSisEmpty_r(ctx, g) != 0)
        return false;
    return GEOSGeom_getXMin_r(ctx, g, minX) && GEOSGeom_getYMin_r(ctx, g, minY) && GEOSGeom_getXMax_r(ctx, g, maxX)
           && GEOSGeom_getYMax_r(ctx, g, maxY);
}

} // namespace vigie::geos
