#pragma once

#include "domain/assetstate.h"
#include "maplayer.h"
#include "vectordata.h"

#include <memory>

namespace vigie {

class LiveState;
class PointIndex;

/// \brief A live asset layer: one marker per asset, coloured by its current condition.
///
/// Reads conditions from the LiveState it is given (which outlives it). When conditions
/// change, CityMap calls conditionsChanged(); the layer asks for a repaint of itself only,
/// and the canvas coalesces those (at most ~10 renders per second). Rendering uses an
/// implicitly shared snapshot of the condition bytes, so the GUI thread keeps updating
/// while a render runs.
class AssetLayer final : public MapLayer
{
    Q_OBJECT
public:
    AssetLayer(QString id, QString name, AssetLayerDataPtr data, const LiveState *live, QObject *parent = nullptr);
    ~AssetLayer() override;

    AssetKind kind() const { return m_data->kind; }
    QRectF extent() const override { return m_data->extent; }
    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const override;
    QVector<LegendEntry> legend() const override;

    /// Whether directory index `index` belongs to this layer.
    bool contains(int index) const;
    /// Position (EPSG:3857) of directory index `index`; precondition: contains(index).
    QPointF position(int index) const;
    /// The directory index of the asset nearest to `mapPoint` within `tolerance` metres, or -1.
    int hitTest(QPointF mapPoint, double tolerance) const;
    /// Directory indexes of the assets inside `mapRect` (EPSG:3857), ascending.
    QVector<qint32> indexesIn(const QRectF &mapRect) const;

    /// GUI thread. Some conditions changed (directory indexes, any layer's).
    void conditionsChanged(const QVector<qint32> &indexes);

private:
    AssetLayerDataPtr m_data;
    const LiveState *m_live;
    std::unique_ptr<PointIndex> m_index;
};

} // namespace vigie
