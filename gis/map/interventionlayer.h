#pragma once

#include "interventions/interventiontypes.h"
#include "maplayer.h"

#include <QPointF>
#include <QVector>

namespace vigie {

/// \brief One open intervention on the map.
struct InterventionMarker
{
    qint64 id = 0;
    QPointF position;              ///< EPSG:3857 metres.
    InterventionStatus status = InterventionStatus::New;
    SlaState sla = SlaState::None;
    QString label;                 ///< Short text under the pin ("#42").
};

/// \brief Open interventions as work pins: the shape says the stage (hollow: waiting for a
/// crew; filled: a crew has it; crossed: blocked), the ring the SLA (amber, red when
/// overdue), so state never rests on colour alone.
///
/// GUI thread; renders from a copy of the markers on a render thread.
class InterventionLayer : public MapLayer
{
    Q_OBJECT
public:
    explicit InterventionLayer(QObject *parent = nullptr);

    QRectF extent() const override { return m_extent; }
    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const override;
    QVector<LegendEntry> legend() const override;

    /// Replaces every marker and asks for a repaint.
    void setMarkers(const QVector<InterventionMarker> &markers);
    const QVector<InterventionMarker> &markers() const { return m_markers; }
    /// The id of the marker nearest to `mapPoint` within `tolerance` metres, or 0.
    qint64 hitTest(QPointF mapPoint, double tolerance) const;

    /// The pin of one marker, for legends and lists (logical pixels, device pixel ratio `dpr`).
    static QImage pinSymbol(InterventionStatus status, SlaState sla, qreal dpr = 1.0);

private:
    QVector<InterventionMarker> m_markers;
    QRectF m_extent;
};

} // namespace vigie
