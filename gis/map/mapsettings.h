#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace vigie {

/// \brief Where the map looks and how large it is drawn: a view of EPSG:3857 (metres).
///
/// `resolution` is in map metres per logical (device-independent) pixel; pixel y grows
/// downwards, map y upwards. Plain value type; safe to copy to render threads.
class MapSettings
{
public:
    MapSettings() = default;
    MapSettings(QPointF center, double resolution, QSize outputSize, qreal devicePixelRatio = 1.0);

    /// The settings that show `extent` (EPSG:3857) whole in `size`, with a margin (ratio).
    static MapSettings fitting(const QRectF &extent, QSize size, qreal devicePixelRatio = 1.0, double margin = 0.04);

    QPointF center() const { return m_center; }
    double resolution() const { return m_resolution; }
    QSize outputSize() const { return m_size; }
    qreal devicePixelRatio() const { return m_dpr; }
    bool isValid() const { return m_resolution > 0 && !m_size.isEmpty(); }

    /// The visible extent in EPSG:3857 metres.
    QRectF extent() const;
    QPointF toPixel(QPointF map) const;
    QPointF toMap(QPointF pixel) const;
    /// Map → logical pixel transform, for QPainter.
    QTransform mapToPixel() const;

    /// Same view, moved by `pixels` (drag direction: content follows the mouse).
    MapSettings panned(QPointF pixels) const;
    /// Zoomed by `factor` (> 1 zooms in) keeping the map point under `anchorPixel` still.
    MapSettings zoomed(double factor, QPointF anchorPixel) const;
    MapSettings resized(QSize size, qreal devicePixelRatio) const;

    bool operator==(const MapSettings &other) const;
    bool operator!=(const MapSettings &other) const { return !(*this == other); }

    /// Limits of the zoom, metres per pixel.
    static constexpr double kMinResolution = 0.05;
    static constexpr double kMaxResolution = 2000.0;

private:
    QPointF m_center;
    double m_resolution = 0;
    QSize m_size;
    qreal m_dpr = 1.0;
};

} // namespace vigie
