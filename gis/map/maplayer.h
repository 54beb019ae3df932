#pragma once

#include "domain/assetkind.h"
#include "mapsettings.h"

#include <QColor>
#include <QImage>
#include <QObject>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>

class QPainter;

namespace vigie {

/// \brief Draws one layer for one MapSettings, on a render thread.
///
/// Created on the GUI thread by MapLayer::createRenderer(), which copies (or shares
/// immutably) everything it needs, so render() touches nothing the GUI thread changes.
/// Pattern of QGIS's QgsMapLayerRenderer.
class LayerRenderer
{
public:
    virtual ~LayerRenderer() = default;
    /// Render thread. Paints in logical pixels of `settings` (the painter is already scaled
    /// for the device pixel ratio). Returns early when `cancel` becomes true.
    virtual void render(QPainter &painter, const MapSettings &settings, const std::atomic<bool> &cancel) = 0;
};

/// \brief One line of a layer's legend.
struct LegendEntry
{
    QColor fill;
    QColor outline;
    QString label;
    int count = -1; ///< Features in that class; -1 when not counted.
    QImage symbol;  ///< When set, the swatch shows this image instead of the role's shape.
};

/// \brief A layer of the map: its identity, visibility, extent and how to render it.
///
/// GUI thread only. Data changes are announced with repaintRequested(); the canvas then
/// re-renders this layer alone (other layers keep their images).
class MapLayer : public QObject
{
    Q_OBJECT
public:
    MapLayer(QString id, QString name, LayerRole role, QObject *parent = nullptr);

    QString id() const { return m_id; }
    QString name() const { return m_name; }
    LayerRole role() const { return m_role; }
    bool isVisible() const { return m_visible; }
    void setVisible(bool visible);

    /// EPSG:3857 extent of the data.
    virtual QRectF extent() const = 0;
    /// GUI thread. A renderer holding a snapshot of what to draw for `settings`.
    virtual std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const = 0;
    virtual QVector<LegendEntry> legend() const { return {}; }
    /// A click (no drag) at `pixel` of the view `settings`, offered to the visible layers
    /// from the top one down before the canvas picks an asset. Returns whether this layer
    /// took it (it then says what was clicked with a signal of its own, and no asset is
    /// picked). Default: never. GUI thread.
    virtual bool click(QPointF pixel, const MapSettings &settings)
    {
        Q_UNUSED(pixel);
        Q_UNUSED(settings);
        return false;
    }

signals:
    void repaintRequested();
    void visibilityChanged(bool visible);
    void legendChanged();

private:
    QString m_id;
    QString m_name;
    LayerRole m_role;
    bool m_visible = true;
};

} // namespace vigie
