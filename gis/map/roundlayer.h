#pragma once

#include "maplayer.h"

#include <QColor>
#include <QPointF>
#include <QPolygonF>
#include <QSet>
#include <QString>
#include <QVector>

#include <memory>

namespace vigie {

/// \brief One stop of a collection round: a container, in collection order.
struct RoundMarker
{
    qint32 assetIndex = -1;      ///< AssetDirectory index of the container.
    QPointF position;            ///< EPSG:3857 metres.
    int order = 0;               ///< 1-based collection order, drawn in the marker.
    bool overflowForecast = false; ///< Forecast to overflow before its collection.
    bool unreachable = false;    ///< Behind an active works zone (a coordination item).
};

/// \brief One collection round ready to draw.
struct RoundPath
{
    QString id;
    QString name;
    QColor color;                ///< Invalid: RoundLayer::colorFor(index in the list).
    QVector<QPolygonF> path;     ///< Along the streets, EPSG:3857 metres; one polyline per leg.
    QVector<RoundMarker> stops;
};

using RoundPaths = std::shared_ptr<const QVector<RoundPath>>;

/// \brief Collection rounds: each round's path along the streets in its colour, and its
/// containers numbered in collection order. A container forecast to overflow before its
/// collection has a red ring and an exclamation tick; an unreachable one is crossed, so the
/// states never rest on colour alone. Numbers are drawn only when zoomed in enough for them
/// to be read (below `kNumberResolution` m/px); paths and dots are always drawn.
///
/// GUI thread; renders from a shared immutable copy on a render thread. Role:
/// LayerRole::PointsOfInterest (an overlay like crews and work orders).
class RoundLayer final : public MapLayer
{
    Q_OBJECT
public:
    explicit RoundLayer(QObject *parent = nullptr);

    QRectF extent() const override { return m_extent; }
    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const override;
    QVector<LegendEntry> legend() const override;

    /// Replaces every round (null: none); rounds without a colour get colorFor(their index).
    void setRounds(const QVector<RoundPath> &rounds);
    RoundPaths rounds() const { return m_rounds; }
    /// Draws only these rounds (ids); empty: all.
    void setShownRounds(const QSet<QString> &ids);

    /// A distinct colour for round number `index` (a qualitative palette, cycled).
    static QColor colorFor(int index);
    /// Numbers are drawn at this resolution (m/px) or finer.
    static constexpr double kNumberResolution = 6.0;

private:
    RoundPaths m_rounds;
    QSet<QString> m_shown;
    QRectF m_extent;
};

} // namespace vigie
