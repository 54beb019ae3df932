#pragma once

#include "coordination/workszone.h"
#include "maplayer.h"

#include <QPolygonF>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QVector>

#include <memory>

namespace vigie {

/// \brief One works zone ready to draw, in EPSG:3857 metres.
struct RoadworksZone
{
    QString id;                 ///< Source identifier (Paris `identifiant`, WZDx feature id).
    QVector<QPolygonF> rings;   ///< Every ring of every polygon (drawn odd-even).
    QRectF bbox;                ///< Of `rings`; computed by RoadworksLayer::setZones when empty.
    TrafficImpact impact = TrafficImpact::Unknown; ///< WorksZone::impact.
    qint64 startMs = 0;         ///< UTC ms; 0 = unknown (treated as always started).
    qint64 endMs = 0;           ///< UTC ms; 0 = open-ended.
    QString label;              ///< Street or place, for tooltips and lists.

    /// True when the zone overlaps [fromMs, toMs] (UTC ms, inclusive; fromMs == toMs: "active at").
    bool activeDuring(qint64 fromMs, qint64 toMs) const
    {
        return (startMs == 0 || startMs <= toMs) && (endMs == 0 || endMs >= fromMs);
    }
};

using RoadworksZones = std::shared_ptr<const QVector<RoadworksZone>>;

/// \brief Works zones drawn by their traffic impact, hatched, and faded when they are not
/// active during the chosen time window.
///
/// Impact is shown by both hue and hatch so it never rests on colour alone: closed is red
/// cross-hatched, dead end purple vertical lines, one way blue diagonals, restricted orange
/// opposite diagonals, unknown grey. A zone smaller than a few pixels at the current scale
/// is drawn as a road-sign triangle at its centre, so small Paris works stay visible at city
/// scale. Highlighted zones (a coordination item shown on the map) get a thick outline.
///
/// GUI thread; renders from a shared immutable copy of the zones on a render thread.
/// Role: LayerRole::Roadworks.
class RoadworksLayer final : public MapLayer
{
    Q_OBJECT
public:
    explicit RoadworksLayer(QObject *parent = nullptr);

    QRectF extent() const override { return m_extent; }
    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const override;
    QVector<LegendEntry> legend() const override;

    /// Replaces every zone (null or empty: none) and asks for a repaint.
    void setZones(RoadworksZones zones);
    RoadworksZones zones() const { return m_zones; }
    /// The time window (UTC ms, inclusive; from == to: "active at"). Zones outside it fade.
    void setTimeWindow(qint64 fromMs, qint64 toMs);
    qint64 windowFrom() const { return m_fromMs; }
    qint64 windowTo() const { return m_toMs; }
    /// Zones drawn with a highlight outline (ids of RoadworksZone::id); empty: none.
    void setHighlighted(const QSet<QString> &ids);
    /// Zones active during the current window.
    int activeCount() const;
    /// Extent (EPSG:3857) of the zones with these ids; null when none is known.
    QRectF extentOf(const QSet<QString> &ids) const;
    /// The id of the zone under `mapPoint` (EPSG:3857), within `tolerance` metres of its
    /// outline; active zones first. Empty when none.
    QString hitTest(QPointF mapPoint, double tolerance) const;

    /// Fill colour of an impact (opaque; the renderer adds transparency).
    static QColor impactColor(TrafficImpact impact);
    /// Translated name of an impact.
    static QString impactName(TrafficImpact impact);
    /// The hatched swatch of an impact, for legends and lists (logical pixels, `dpr`).
    static QImage swatch(TrafficImpact impact, bool active = true, qreal dpr = 1.0);

    /// Opacity of a zone outside the time window.
    static constexpr double kInactiveOpacity = 0.28;

private:
    RoadworksZones m_zones;
    QRectF m_extent;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QSet<QString> m_highlighted;
};

} // namespace vigie
