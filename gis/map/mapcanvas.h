#pragma once

#include "mapsettings.h"

#include <QElapsedTimer>
#include <QGraphicsView>
#include <QVector>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

class QGraphicsRectItem;

namespace vigie {

class AssetLayer;
class MapLayer;

namespace detail {
class CanvasMapItem;
class SelectionItem;
} // namespace detail

/// \brief The interactive map, in the style of QGIS's map canvas.
///
/// Each visible layer is rendered into its own image on a worker thread (QtConcurrent,
/// global pool) from a LayerRenderer snapshot taken on the GUI thread; the canvas composes
/// the images in layer order. While a new render runs, the previous images are drawn
/// scaled and shifted to the current view, so panning and zooming stay fluid. A layer that
/// asks for a repaint (live status changes) is re-rendered alone, at most every
/// `liveRefreshIntervalMs`; a refresh requested during its render runs once that render ends.
/// Only the selection marker is a QGraphicsItem besides the map itself.
///
/// Keys: arrows pan, + and − zoom, Home shows the whole city, Escape clears the selection.
/// Mouse: drag pans, the wheel zooms around the cursor, a click selects the nearest asset,
/// Shift+drag draws a rubber band that selects every visible asset inside it.
/// GUI thread only.
class MapCanvas : public QGraphicsView
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    /// Layers bottom to top. The canvas does not own them.
    void setLayers(const QList<MapLayer *> &layers);
    QList<MapLayer *> layers() const { return m_layers; }

    const MapSettings &settings() const { return m_settings; }
    void setSettings(const MapSettings &settings);
    /// Extent (EPSG:3857) of every layer together.
    QRectF fullExtent() const;
    void zoomToFullExtent();
    /// Zooms by `factor` (> 1 zooms in) around the centre of the view.
    void zoomBy(double factor);
    /// Centres the view on `mapPoint` (EPSG:3857), zooming in to at least `resolution` m/px.
    void centerOn(QPointF mapPoint, double resolution = 0);

    /// Directory index of the selected asset, or -1.
    int selectedAsset() const { return m_selected; }
    void selectAsset(int index);

    /// Attribution shown bottom right (the data licences require it).
    void setAttribution(const QString &text);

    int liveRefreshIntervalMs = 100;

    /// Renders every visible layer synchronously into an image of the current view
    /// (tests, screenshots, export).
    QImage renderToImage();
    /// True while any layer render runs.
    bool isRendering() const;

public slots:
    /// Re-renders every layer.
    void refresh();
    /// Re-renders one layer (coalesced with other live refreshes).
    void refreshLayer(vigie::MapLayer *layer);

signals:
    /// A click selected an asset (directory index) or cleared the selection (-1).
    void assetSelected(int index);
    /// A rubber band (Shift+drag) selected these assets (directory indexes, ascending; may
    /// be empty) inside `mapRect` (EPSG:3857).
    void assetsSelected(const QVector<qint32> &indexes, const QRectF &mapRect);
    void settingsChanged(const vigie::MapSettings &settings);
    /// A layer's new image is in place. For tests and the status bar.
    void layerRendered(const QString &layerId, qint64 milliseconds);
    /// No render is running any more.
    void renderingFinished();
    /// The pointer moved over the map (EPSG:3857).
    void pointerMoved(QPointF mapPoint);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    struct LayerImage
    {
        QImage image;
        MapSettings settings;
    };
    struct Job;

    void scheduleRender(int delayMs);
    void startRenders();
    void startRender(MapLayer *layer);
    void renderDone(MapLayer *layer, Job *finished);
    void applySettings(const MapSettings &settings, int renderDelayMs);
    int hitTest(QPointF pixel) const;
    QVector<qint32> assetsIn(const QRectF &mapRect) const;
    void updateSelectionItem();
    void drawScaleBar(QPainter *painter);

    QList<MapLayer *> m_layers;
    MapSettings m_settings;
    QHash<MapLayer *, LayerImage> m_images;
    QHash<MapLayer *, std::shared_ptr<Job>> m_jobs;
    QHash<MapLayer *, bool> m_dirty;
    QTimer m_renderTimer;
    QTimer m_liveTimer;
    QList<QPointer<MapLayer>> m_liveDirty;
    detail::CanvasMapItem *m_mapItem = nullptr;
    detail::SelectionItem *m_selectionItem = nullptr;
    int m_selected = -1;
    QString m_attribution;
    QPoint m_pressPos;
    MapSettings m_pressSettings;
    bool m_dragging = false;
    QGraphicsRectItem *m_rubberBand = nullptr; ///< Shown during a Shift+drag.

    friend class detail::CanvasMapItem;
};

} // namespace vigie
