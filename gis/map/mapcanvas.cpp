#include "mapcanvas.h"

#include "assetlayer.h"
#include "maplayer.h"
#include "symbology.h"

#include <QFutureWatcher>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcCanvas, "vigie.canvas")

namespace vigie {

namespace {

constexpr double kWheelStep = 1.25;   // zoom factor per wheel notch
constexpr int kClickSlop = 4;         // pixels a press may move and still be a click
constexpr int kPickTolerance = 8;     // pixels around a marker that select it
constexpr double kEarthRadius = 6378137.0;

QImage renderLayer(const std::shared_ptr<LayerRenderer> &renderer, const MapSettings &settings,
                   const std::shared_ptr<std::atomic<bool>> &cancel)
{
    const QSize pixels = (QSizeF(settings.outputSize()) * settings.devicePixelRatio()).toSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(settings.devicePixelRatio());
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    renderer->render(painter, settings, *cancel);
    return image;
}

/// Draws `image` (rendered for `from`) where it belongs in the view `to`.
void drawResampled(QPainter *painter, const QImage &image, const MapSettings &from, const MapSettings &to)
{
    if (from == to) {
        painter->drawImage(QPointF(0, 0), image);
        return;
    }
    const double scale = from.resolution() / to.resolution();
    const QPointF at = to.toPixel(from.toMap(QPointF(0, 0)));
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->translate(at);
    painter->scale(scale, scale);
    painter->drawImage(QPointF(0, 0), image);
    painter->restore();
}

} // namespace

namespace detail {

/// The composed map: every layer's latest image, in layer order.
class CanvasMapItem final : public QGraphicsItem
{
public:
    explicit CanvasMapItem(MapCanvas *canvas) : m_canvas(canvas) {}
    void setSize(QSizeF size)
    {
        prepareGeometryChange();
        m_size = size;
    }
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_size); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->fillRect(boundingRect(), symbology::background());
        for (MapLayer *layer : std::as_const(m_canvas->m_layers)) {
            if (!layer->isVisible())
                continue;
            auto it = m_canvas->m_images.constFind(layer);
            if (it != m_canvas->m_images.constEnd())
                drawResampled(painter, it->image, it->settings, m_canvas->m_settings);
        }
    }

private:
    MapCanvas *m_canvas;
    QSizeF m_size;
};

/// A ring around the selected asset.
class SelectionItem final : public QGraphicsItem
{
public:
    QRectF boundingRect() const override { return QRectF(-16, -16, 32, 32); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(QColor(255, 255, 255, 230), 5));
        painter->drawEllipse(QPointF(0, 0), 11, 11);
        painter->setPen(QPen(QColor(0x00, 0x6e, 0xd6), 2.5));
        painter->drawEllipse(QPointF(0, 0), 11, 11);
    }
};

} // namespace detail

struct MapCanvas::Job
{
    std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
    MapSettings settings;
    QFutureWatcher<QImage> watcher;
    QElapsedTimer clock;
};

MapCanvas::MapCanvas(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setBackgroundBrush(symbology::background());

    m_mapItem = new detail::CanvasMapItem(this);
    scene()->addItem(m_mapItem);
    m_selectionItem = new detail::SelectionItem;
    m_selectionItem->setZValue(10);
    m_selectionItem->setVisible(false);
    scene()->addItem(m_selectionItem);
    m_rubberBand = new QGraphicsRectItem;
    m_rubberBand->setPen(QPen(QColor(0x00, 0x6e, 0xd6), 1.5, Qt::DashLine));
    m_rubberBand->setBrush(QColor(0x00, 0x6e, 0xd6, 40));
    m_rubberBand->setZValue(11);
    m_rubberBand->setVisible(false);
    scene()->addItem(m_rubberBand);

    m_renderTimer.setSingleShot(true);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::startRenders);
    m_liveTimer.setSingleShot(true);
    connect(&m_liveTimer, &QTimer::timeout, this, [this] {
        for (const QPointer<MapLayer> &layer : std::as_const(m_liveDirty)) {
            if (layer)
                m_dirty[layer] = true;
        }
        m_liveDirty.clear();
        startRenders();
    });
}

MapCanvas::~MapCanvas()
{
    for (const auto &job : std::as_const(m_jobs)) {
        job->cancel->store(true);
        job->watcher.waitForFinished();
    }
}

void MapCanvas::setLayers(const QList<MapLayer *> &layers)
{
    for (MapLayer *layer : std::as_const(m_layers))
        disconnect(layer, nullptr, this, nullptr);
    for (const auto &job : std::as_const(m_jobs))
        job->cancel->store(true);
    m_jobs.clear(); // their watchers go with them: no callback for layers that may be gone
    m_layers = layers;
    m_images.clear();
    m_dirty.clear();
    for (MapLayer *layer : layers) {
        m_dirty[layer] = true;
        connect(layer, &MapLayer::repaintRequested, this, [this, layer] { refreshLayer(layer); });
        connect(layer, &MapLayer::visibilityChanged, this, [this, layer](bool visible) {
            if (visible) {
                m_dirty[layer] = true;
                scheduleRender(0);
            }
            m_mapItem->update();
        });
        connect(layer, &QObject::destroyed, this, [this, layer] {
            m_layers.removeAll(layer);
            m_images.remove(layer);
            m_dirty.remove(layer);
        });
    }
    scheduleRender(0);
    m_mapItem->update();
}

void MapCanvas::setSettings(const MapSettings &settings)
{
    applySettings(settings, 0);
}

QRectF MapCanvas::fullExtent() const
{
    QRectF extent;
    for (MapLayer *layer : m_layers)
        extent = extent.united(layer->extent());
    return extent;
}

void MapCanvas::zoomToFullExtent()
{
    const QRectF extent = fullExtent();
    if (extent.isEmpty())
        return;
    applySettings(MapSettings::fitting(extent, viewport()->size(), devicePixelRatioF()), 0);
}

void MapCanvas::zoomBy(double factor)
{
    applySettings(m_settings.zoomed(factor, QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0)), 150);
}

void MapCanvas::centerOn(QPointF mapPoint, double resolution)
{
    const double res = resolution > 0 ? std::min(resolution, m_settings.resolution()) : m_settings.resolution();
    applySettings(MapSettings(mapPoint, res, viewport()->size(), devicePixelRatioF()), 0);
}

void MapCanvas::selectAsset(int index)
{
    m_selected = index;
    updateSelectionItem();
}

void MapCanvas::setAttribution(const QString &text)
{
    m_attribution = text;
    viewport()->update();
}

void MapCanvas::refresh()
{
    for (MapLayer *layer : std::as_const(m_layers))
        m_dirty[layer] = true;
    scheduleRender(0);
}

void MapCanvas::refreshLayer(MapLayer *layer)
{
    if (!m_liveDirty.contains(layer))
        m_liveDirty << layer;
    if (!m_liveTimer.isActive())
        m_liveTimer.start(liveRefreshIntervalMs);
}

bool MapCanvas::isRendering() const
{
    return !m_jobs.isEmpty() || m_renderTimer.isActive() || m_liveTimer.isActive();
}

void MapCanvas::scheduleRender(int delayMs)
{
    if (!m_renderTimer.isActive() || m_renderTimer.remainingTime() > delayMs)
        m_renderTimer.start(delayMs);
}

void MapCanvas::startRenders()
{
    if (!m_settings.isValid())
        return;
    for (MapLayer *layer : std::as_const(m_layers)) {
        if (layer->isVisible() && m_dirty.value(layer) && !m_jobs.contains(layer))
            startRender(layer);
    }
    if (m_jobs.isEmpty())
        emit renderingFinished();
}

void MapCanvas::startRender(MapLayer *layer)
{
    m_dirty[layer] = false;
    auto job = std::make_shared<Job>();
    job->settings = m_settings;
    job->clock.start();
    std::shared_ptr<LayerRenderer> renderer = layer->createRenderer(m_settings);
    m_jobs.insert(layer, job);
    Job *raw = job.get(); // the watcher belongs to the job: capturing the shared_ptr would be a cycle
    connect(&job->watcher, &QFutureWatcherBase::finished, this, [this, layer, raw] { renderDone(layer, raw); });
    job->watcher.setFuture(QtConcurrent::run(renderLayer, renderer, job->settings, job->cancel));
}

void MapCanvas::renderDone(MapLayer *layer, Job *finished)
{
    const std::shared_ptr<Job> job = m_jobs.value(layer);
    if (job.get() != finished)
        return;
    m_jobs.remove(layer);
    if (!job->cancel->load()) {
        m_images.insert(layer, LayerImage{job->watcher.result(), job->settings});
        emit layerRendered(layer->id(), job->clock.elapsed());
        qCDebug(lcCanvas) << layer->id() << "rendered in" << job->clock.elapsed() << "ms";
        m_mapItem->update();
    }
    if (m_dirty.value(layer) && !m_liveTimer.isActive())
        m_liveTimer.start(liveRefreshIntervalMs);
    if (!isRendering())
        emit renderingFinished();
}

void MapCanvas::applySettings(const MapSettings &settings, int renderDelayMs)
{
    m_settings = settings;
    for (MapLayer *layer : std::as_const(m_layers))
        m_dirty[layer] = true;
    for (const auto &job : std::as_const(m_jobs)) {
        if (job->settings != m_settings)
            job->cancel->store(true);
    }
    m_mapItem->update();
    updateSelectionItem();
    viewport()->update();
    emit settingsChanged(m_settings);
    if (renderDelayMs >= 0)
        scheduleRender(renderDelayMs);
}

QImage MapCanvas::renderToImage()
{
    const MapSettings s = m_settings;
    const QSize pixels = (QSizeF(s.outputSize()) * s.devicePixelRatio()).toSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(s.devicePixelRatio());
    image.fill(symbology::background());
    const auto noCancel = std::make_shared<std::atomic<bool>>(false);
    QPainter painter(&image);
    for (MapLayer *layer : std::as_const(m_layers)) {
        if (layer->isVisible())
            painter.drawImage(QPointF(0, 0), renderLayer(layer->createRenderer(s), s, noCancel));
    }
    return image;
}

int MapCanvas::hitTest(QPointF pixel) const
{
    const QPointF map = m_settings.toMap(pixel);
    const double tolerance = kPickTolerance * m_settings.resolution();
    for (auto it = m_layers.crbegin(); it != m_layers.crend(); ++it) {
        auto *assets = qobject_cast<AssetLayer *>(*it);
        if (!assets || !assets->isVisible())
            continue;
        const int index = assets->hitTest(map, tolerance);
        if (index >= 0)
            return index;
    }
    return -1;
}

QVector<qint32> MapCanvas::assetsIn(const QRectF &mapRect) const
{
    QVector<qint32> out;
    for (MapLayer *layer : std::as_const(m_layers)) {
        auto *assets = qobject_cast<AssetLayer *>(layer);
        if (assets && assets->isVisible())
            out += assets->indexesIn(mapRect);
    }
    std::sort(out.begin(), out.end());
    return out;
}

void MapCanvas::updateSelectionItem()
{
    for (MapLayer *layer : std::as_const(m_layers)) {
        auto *assets = qobject_cast<AssetLayer *>(layer);
        if (assets && m_selected >= 0 && assets->contains(m_selected)) {
            m_selectionItem->setPos(m_settings.toPixel(assets->position(m_selected)));
            m_selectionItem->setVisible(true);
            return;
        }
    }
    m_selectionItem->setVisible(false);
}

void MapCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    const QSize size = viewport()->size();
    scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    m_mapItem->setSize(size);
    if (!m_settings.isValid() && !fullExtent().isEmpty())
        applySettings(MapSettings::fitting(fullExtent(), size, devicePixelRatioF()), 0);
    else
        applySettings(m_settings.resized(size, devicePixelRatioF()), 80);
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0)
        return;
    applySettings(m_settings.zoomed(std::pow(kWheelStep, notches), event->position()), 150);
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPos = event->position().toPoint();
    m_pressSettings = m_settings;
    m_dragging = false;
    if (event->modifiers() & Qt::ShiftModifier) {
        m_rubberBand->setRect(QRectF(m_pressPos, QSizeF(0, 0)));
        m_rubberBand->setVisible(true);
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    emit pointerMoved(m_settings.toMap(event->position()));
    if (!(event->buttons() & Qt::LeftButton))
        return;
    if (m_rubberBand->isVisible()) {
        m_rubberBand->setRect(QRectF(m_pressPos, event->position()).normalized());
        return;
    }
    const QPoint delta = event->position().toPoint() - m_pressPos;
    if (!m_dragging && delta.manhattanLength() <= kClickSlop)
        return;
    if (!m_dragging)
        viewport()->setCursor(Qt::ClosedHandCursor);
    m_dragging = true;
    applySettings(m_pressSettings.panned(delta), -1); // render once the drag ends
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_rubberBand->isVisible()) {
        m_rubberBand->setVisible(false);
        const QRectF pixels = QRectF(m_pressPos, event->position()).normalized();
        if (pixels.width() + pixels.height() > kClickSlop) {
            const QRectF map = QRectF(m_settings.toMap(pixels.topLeft()), m_settings.toMap(pixels.bottomRight())).normalized();
            emit assetsSelected(assetsIn(map), map);
            return;
        }
    }
    if (m_dragging) {
        m_dragging = false;
        viewport()->unsetCursor();
        scheduleRender(0);
        return;
    }
    for (auto it = m_layers.crbegin(); it != m_layers.crend(); ++it) {
        if ((*it)->isVisible() && (*it)->click(event->position(), m_settings))
            return; // a report pin, say: the layer said what was clicked
    }
    const int index = hitTest(event->position());
    selectAsset(index);
    emit assetSelected(index);
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const QSize size = viewport()->size();
    switch (event->key()) {
    case Qt::Key_Left: applySettings(m_settings.panned(QPointF(size.width() / 4.0, 0)), 0); break;
    case Qt::Key_Right: applySettings(m_settings.panned(QPointF(-size.width() / 4.0, 0)), 0); break;
    case Qt::Key_Up: applySettings(m_settings.panned(QPointF(0, size.height() / 4.0)), 0); break;
    case Qt::Key_Down: applySettings(m_settings.panned(QPointF(0, -size.height() / 4.0)), 0); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(2.0); break;
    case Qt::Key_Minus: zoomBy(0.5); break;
    case Qt::Key_Home: zoomToFullExtent(); break;
    case Qt::Key_Escape:
        selectAsset(-1);
        emit assetSelected(-1);
        break;
    default: QGraphicsView::keyPressEvent(event); return;
    }
    event->accept();
}

void MapCanvas::drawForeground(QPainter *painter, const QRectF &)
{
    painter->save();
    painter->resetTransform();
    drawScaleBar(painter);
    if (!m_attribution.isEmpty()) {
        QFont font = painter->font();
        font.setPointSizeF(7.5);
        painter->setFont(font);
        const QFontMetrics fm(font);
        const QRect text = fm.boundingRect(m_attribution).adjusted(-4, -2, 4, 2);
        const QRect box(viewport()->width() - text.width() - 2, viewport()->height() - text.height() - 2,
                        text.width(), text.height());
        painter->fillRect(box, QColor(255, 255, 255, 190));
        painter->setPen(QColor(0x33, 0x33, 0x33));
        painter->drawText(box, Qt::AlignCenter, m_attribution);
    }
    painter->restore();
}

void MapCanvas::drawScaleBar(QPainter *painter)
{
    if (!m_settings.isValid())
        return;
    // Web Mercator stretches distances by 1/cos(latitude): measure on the ground at the centre.
    const double latitude = std::atan(std::sinh(m_settings.center().y() / kEarthRadius));
    const double groundPerPixel = m_settings.resolution() * std::cos(latitude);
    const double target = 110 * groundPerPixel;
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    double length = magnitude;
    for (double step : {2.0, 5.0, 10.0}) {
        if (magnitude * step <= target)
            length = magnitude * step;
    }
    const double pixels = length / groundPerPixel;
    const QString label = length >= 1000 ? tr("%1 km").arg(length / 1000) : tr("%1 m").arg(length);
    const QPointF origin(12, viewport()->height() - 14);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(255, 255, 255, 220), 5, Qt::SolidLine, Qt::FlatCap));
    painter->drawLine(origin, origin + QPointF(pixels, 0));
    painter->setPen(QPen(QColor(0x30, 0x30, 0x30), 2, Qt::SolidLine, Qt::FlatCap));
    painter->drawLine(origin, origin + QPointF(pixels, 0));
    painter->drawLine(origin, origin + QPointF(0, -6));
    painter->drawLine(origin + QPointF(pixels, 0), origin + QPointF(pixels, -6));
    painter->drawText(QRectF(origin.x(), origin.y() - 22, pixels, 16), Qt::AlignCenter, label);
}

} // namespace vigie
