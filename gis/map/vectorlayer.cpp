#include "vectorlayer.h"

#include <QPainter>
#include <QPainterPath>

namespace vigie {

namespace {

class VectorRenderer final : public LayerRenderer
{
public:
    VectorRenderer(VectorLayerDataPtr data, VectorStyle style) : m_data(std::move(data)), m_style(std::move(style)) {}

    void render(QPainter &painter, const MapSettings &settings, const std::atomic<bool> &cancel) override
    {
        if (m_style.minResolution > 0 && settings.resolution() > m_style.minResolution)
            return;
        const QRectF view = settings.extent();
        drawGeometry(painter, settings, view, cancel);
    }

private:
    void drawGeometry(QPainter &painter, const MapSettings &settings, const QRectF &view, const std::atomic<bool> &cancel)
    {
        painter.save();
        painter.setTransform(settings.mapToPixel(), true);
        QPen pen = m_style.pen;
        pen.setCosmetic(true);
        painter.setPen(pen);
        QVector<QPointF> points;
        int n = 0;
        for (const VectorFeature &f : m_data->features) {
            if ((++n & 511) == 0 && cancel.load())
                break;
            if (!touches(f.bbox, view))
                continue;
            switch (f.shape) {
            case VectorFeature::Shape::Line:
                for (const QPolygonF &part : f.parts)
                    painter.drawPolyline(part);
                break;
            case VectorFeature::Shape::Polygon: {
                QPainterPath path;
                path.setFillRule(Qt::OddEvenFill);
                for (const QPolygonF &ring : f.parts)
                    path.addPolygon(ring);
                painter.setBrush(m_style.brush);
                painter.drawPath(path);
                break;
            }
            case VectorFeature::Shape::Point:
                for (const QPolygonF &part : f.parts)
                    points += part;
                break;
            }
        }
        painter.restore();
        if (points.isEmpty())
            return;
        // Points keep a fixed size on screen: drawn in pixels.
        painter.setPen(QPen(m_style.pen.color().darker(140), 1));
        painter.setBrush(m_style.pen.color());
        const double half = m_style.pointSize / 2;
        for (const QPointF &p : std::as_const(points)) {
            const QPointF px = settings.toPixel(p);
            painter.drawRect(QRectF(px.x() - half, px.y() - half, m_style.pointSize, m_style.pointSize));
        }
    }

    VectorLayerDataPtr m_data;
    VectorStyle m_style;
};

QFont makeLabelFont(int pointSize, bool bold)
{
    QFont f;
    f.setPointSize(pointSize);
    f.setBold(bold);
    return f;
}

} // namespace

VectorStyle VectorStyle::forRole(LayerRole role, int rank)
{
    VectorStyle s;
    switch (role) {
    case LayerRole::Boundary:
        s.pen = QPen(QColor(0x55, 0x55, 0x55), 2.0, Qt::DashLine);
        break;
    case LayerRole::Districts:
        s.pen = rank == 0 ? QPen(QColor(0x6a, 0x51, 0xa3), 1.6) : QPen(QColor(0x9e, 0x9a, 0xc8), 0.8, Qt::DashLine);
        s.brush = rank == 0 ? QBrush(QColor(0x6a, 0x51, 0xa3, 14)) : QBrush(Qt::NoBrush);
        s.labelColor = rank == 0 ? QColor(0x4a, 0x35, 0x80) : QColor(0x6f, 0x68, 0x9c);
        s.labelFont = makeLabelFont(rank == 0 ? 10 : 8, rank == 0);
        s.labelMaxResolution = rank == 0 ? 80 : 12;
        break;
    case LayerRole::Streets:
        s.pen = rank == 0 ? QPen(QColor(0xa8, 0xa0, 0x94), 0.9) : QPen(QColor(0xe0, 0xb8, 0x4a), 1.2);
        s.labelColor = QColor(0x55, 0x50, 0x48);
        s.labelFont = makeLabelFont(7, false);
        s.labelMaxResolution = rank == 0 ? 1.6 : 0;
        break;
    case LayerRole::Roadworks:
        // Brown, not orange: orange and amber mean "full" and "nearly full" on asset markers.
        s.pen = QPen(QColor(0x8b, 0x5e, 0x3c), 1.0);
        s.brush = QBrush(QColor(0x8b, 0x5e, 0x3c, 170), Qt::BDiagPattern);
        s.pointSize = 7;
        s.labelColor = QColor(0x6b, 0x44, 0x26);
        s.labelFont = makeLabelFont(7, false);
        s.labelMaxResolution = 2.5;
        break;
    case LayerRole::PointsOfInterest:
        s.pen = QPen(QColor(0x00, 0x6d, 0x77), 1.0);
        s.pointSize = 7;
        s.labelColor = QColor(0x00, 0x4d, 0x55);
        s.labelFont = makeLabelFont(7, false);
        s.labelMaxResolution = 3;
        break;
    case LayerRole::Asset:
        s.pen = QPen(Qt::black, 1.0);
        break;
    }
    return s;
}

VectorLayer::VectorLayer(QString id, QString name, LayerRole role, VectorLayerDataPtr data, VectorStyle style,
                         QObject *parent)
    : MapLayer(std::move(id), std::move(name), role, parent)
    , m_data(std::move(data))
    , m_style(std::move(style))
{
}

std::unique_ptr<LayerRenderer> VectorLayer::createRenderer(const MapSettings &) const
{
    return std::make_unique<VectorRenderer>(m_data, m_style);
}

bool touches(const QRectF &box, const QRectF &view)
{
    return box.left() <= view.right() && box.right() >= view.left() && box.top() <= view.bottom()
           && box.bottom() >= view.top();
}

QVector<LegendEntry> VectorLayer::legend() const
{
    LegendEntry e;
    e.outline = m_style.pen.color();
    e.fill = m_style.brush.style() == Qt::NoBrush ? QColor(Qt::transparent) : m_style.brush.color();
    e.count = m_data->features.size();
    return {e};
}

} // namespace vigie
