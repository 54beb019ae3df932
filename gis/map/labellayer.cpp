#include "labellayer.h"

#include "labelplacer.h"
#include "vectorlayer.h"

#include <QPainter>

namespace vigie {

namespace {

struct Source
{
    VectorLayerDataPtr data;
    VectorStyle style;
};

class LabelRenderer final : public LayerRenderer
{
public:
    explicit LabelRenderer(QVector<Source> sources) : m_sources(std::move(sources)) {}

    void render(QPainter &painter, const MapSettings &settings, const std::atomic<bool> &cancel) override
    {
        LabelPlacer placer(painter);
        const QRectF view = settings.extent();
        for (const Source &s : std::as_const(m_sources)) {
            if (s.style.labelMaxResolution <= 0 || settings.resolution() > s.style.labelMaxResolution)
                continue;
            for (const VectorFeature &f : s.data->features) {
                if (cancel.load())
                    return;
                if (!f.label.isEmpty() && view.contains(f.labelPoint))
                    placer.place(settings.toPixel(f.labelPoint), f.label, s.style.labelFont, s.style.labelColor);
            }
        }
    }

private:
    QVector<Source> m_sources;
};

} // namespace

LabelLayer::LabelLayer(const QList<VectorLayer *> &sources, QObject *parent)
    // The role only picks legend swatches; this layer is never listed in the layer tree.
    : MapLayer(QStringLiteral("labels"), tr("Labels"), LayerRole::Districts, parent)
{
    for (VectorLayer *layer : sources) {
        m_sources << layer;
        connect(layer, &MapLayer::visibilityChanged, this, &MapLayer::repaintRequested);
    }
}

std::unique_ptr<LayerRenderer> LabelLayer::createRenderer(const MapSettings &) const
{
    QVector<Source> sources;
    for (const QPointer<VectorLayer> &layer : m_sources) {
        if (layer && layer->isVisible())
            sources << Source{layer->data(), layer->style()};
    }
    return std::make_unique<LabelRenderer>(std::move(sources));
}

} // namespace vigie
