#include "mapsettings.h"

#include <QtMath>

#include <algorithm>

namespace vigie {

MapSettings::MapSettings(QPointF center, double resolution, QSize outputSize, qreal devicePixelRatio)
    : m_center(center)
    , m_resolution(std::clamp(resolution, kMinResolution, kMaxResolution))
    , m_size(outputSize)
    , m_dpr(devicePixelRatio)
{
}

MapSettings MapSettings::fitting(const QRectF &extent, QSize size, qreal devicePixelRatio, double margin)
{
    if (size.isEmpty() || extent.isEmpty())
        return MapSettings(extent.center(), 10.0, size, devicePixelRatio);
    const double rx = extent.width() / size.width();
    const double ry = extent.height() / size.height();
    return MapSettings(extent.center(), std::max(rx, ry) * (1.0 + 2 * margin), size, devicePixelRatio);
}

QRectF MapSettings::extent() const
{
    const double w = m_size.width() * m_resolution;
    const double h = m_size.height() * m_resolution;
    return QRectF(m_center.x() - w / 2, m_center.y() - h / 2, w, h);
}

QPointF MapSettings::toPixel(QPointF map) const
{
    return QPointF((map.x() - m_center.x()) / m_resolution + m_size.width() / 2.0,
                   (m_center.y() - map.y()) / m_resolution + m_size.height() / 2.0);
}

QPointF MapSettings::toMap(QPointF pixel) const
{
    return QPointF(m_center.x() + (pixel.x() - m_size.width() / 2.0) * m_resolution,
                   m_center.y() - (pixel.y() - m_size.height() / 2.0) * m_resolution);
}

QTransform MapSettings::mapToPixel() const
{
    const double s = 1.0 / m_resolution;
    return QTransform(s, 0, 0, -s, m_size.width() / 2.0 - m_center.x() * s, m_size.height() / 2.0 + m_center.y() * s);
}

MapSettings MapSettings::panned(QPointF pixels) const
{
    MapSettings s = *this;
    s.m_center = QPointF(m_center.x() - pixels.x() * m_resolution, m_center.y() + pixels.y() * m_resolution);
    return s;
}

MapSettings MapSettings::zoomed(double factor, QPointF anchorPixel) const
{
    const QPointF anchor = toMap(anchorPixel);
    MapSettings s = *this;
    s.m_resolution = std::clamp(m_resolution / factor, kMinResolution, kMaxResolution);
    // Keep `anchor` under `anchorPixel`.
    const QPointF moved = s.toMap(anchorPixel);
    s.m_center += anchor - moved;
    return s;
}

MapSettings MapSettings::resized(QSize size, qreal devicePixelRatio) const
{
    MapSettings s = *this;
    s.m_size = size;
    s.m_dpr = devicePixelRatio;
    return s;
}

bool MapSettings::operator==(const MapSettings &other) const
{
    return m_center == other.m_center && qFuzzyCompare(m_resolution, other.m_resolution) && m_size == other.m_size
           && qFuzzyCompare(m_dpr, other.m_dpr);
}

} // namespace vigie
