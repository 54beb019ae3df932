#pragma once

#include "maplayer.h"

#include <QPointer>

namespace vigie {

class VectorLayer;

/// \brief The labels of context layers, drawn above every other layer.
///
/// Not listed in the layer tree: a label shows when its layer is visible and the map is
/// zoomed in enough for that layer (VectorStyle::labelMaxResolution). Earlier sources win
/// label collisions.
class LabelLayer final : public MapLayer
{
    Q_OBJECT
public:
    /// `sources` in priority order; they must outlive this layer or be destroyed with it.
    explicit LabelLayer(const QList<VectorLayer *> &sources, QObject *parent = nullptr);

    QRectF extent() const override { return {}; }
    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const override;

private:
    QList<QPointer<VectorLayer>> m_sources;
};

} // namespace vigie
