#include "roadworkslayer.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace vigie {

namespace {

/// Below this size on screen (logical pixels) a zone is drawn as a sign at its centre.
constexpr double kMinZonePixels = 7.0;
constexpr double kSignSide = 11.0;

Qt::BrushStyle hatchOf(TrafficImpact impact)
{
    switch (impact) {
    case TrafficImpact::BarrageTotal: return Qt::DiagCrossPattern;
    case TrafficImpact::Impasse: return Qt::VerPattern;
    case TrafficImpact::SensUnique: return Qt::FDiagPattern;
    case TrafficImpact::Restreinte: return Qt::BDiagPattern;
    case TrafficImpact::Unknown: break;
    }
    return Qt::Dense6Pattern;
}

/// Drawing order: the more a zone blocks, the later (higher) it is drawn.
int severity(TrafficImpact impact)
{
    switch (impact) {
    case TrafficImpact::BarrageTotal: return 4;
    case TrafficImpact::Impasse: return 3;
    case TrafficImpact::SensUnique: return 2;
    case TrafficImpact::Restreinte: return 1;
    case TrafficImpact::Unknown: break;
    }
    return 0;
}

QPainterPath pixelPath(const RoadworksZone &zone, const QTransform &toPixel)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const QPolygonF &ring : zone.rings)
        path.addPolygon(toPixel.map(ring));
    return path;
}

/// A warning triangle centred on `at`, filled with the impact colour.
void drawSign(QPainter &p, QPointF at, TrafficImpact impact, bool active)
{
    const double h = kSignSide * 0.87;
    QPolygonF tri{QPointF(at.x(), at.y() - h / 2 - 1), QPointF(at.x() + kSignSide / 2, at.y() + h / 2),
                  QPointF(at.x() - kSignSide / 2, at.y() + h / 2)};
    p.setPen(QPen(QColor(255, 255, 255, active ? 230 : 120), 3));
    p.setBrush(Qt::NoBrush);
    p.drawPolygon(tri);
    const QColor ink = RoadworksLayer::impactColor(impact);
    p.setPen(QPen(ink.darker(140), 1.2));
    p.setBrush(active ? QBrush(ink) : QBrush(Qt::white));
    p.drawPolygon(tri);
}

void drawZone(QPainter &p, const RoadworksZone &zone, const MapSettings &settings, bool active, bool highlighted)
{
    const QColor ink = RoadworksLayer::impactColor(zone.impact);
    const QRectF pixelBox = settings.mapToPixel().mapRect(zone.bbox);
    p.save();
    if (!active)
        p.setOpacity(RoadworksLayer::kInactiveOpacity);
    if (pixelBox.width() < kMinZonePixels && pixelBox.height() < kMinZonePixels) {
        drawSign(p, pixelBox.center(), zone.impact, active);
    } else {
        const QPainterPath path = pixelPath(zone, settings.mapToPixel());
        QColor wash = ink;
        wash.setAlpha(active ? 70 : 30);
        p.setPen(Qt::NoPen);
        p.setBrush(wash);
        p.drawPath(path);
        p.setBrush(QBrush(ink, hatchOf(zone.impact)));
        p.drawPath(path);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(ink.darker(130), active ? 1.6 : 1.0, active ? Qt::SolidLine : Qt::DashLine));
        p.drawPath(path);
    }
    if (highlighted) {
        p.setOpacity(1.0);
        const QRectF ring = pixelBox.adjusted(-6, -6, 6, 6);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(255, 255, 255, 230), 6));
        p.drawRoundedRect(ring, 4, 4);
        p.setPen(QPen(QColor(0x10, 0x10, 0x10), 2.5, Qt::DashLine));
        p.drawRoundedRect(ring, 4, 4);
    }
    p.restore();
}

class RoadworksRenderer final : public LayerRenderer
{
public:
    RoadworksRenderer(RoadworksZones zones, qint64 fromMs, qint64 toMs, QSet<QString> highlighted)
        : m_zones(std::move(zones)), m_fromMs(fromMs), m_toMs(toMs), m_highlighted(std::move(highlighted))
    {
    }

    void render(QPainter &painter, const MapSettings &settings, const std::atomic<bool> &cancel) override
    {
        if (!m_zones)
            return;
        painter.setRenderHint(QPainter::Antialiasing);
        const double margin = 10 * settings.resolution();
        const QRectF view = settings.extent().adjusted(-margin, -margin, margin, margin);
        // Faded ones first, then active ones by severity, so a closure is never hidden.
        QVector<const RoadworksZone *> inactive, active;
        for (const RoadworksZone &z : *m_zones) {
            if (!z.bbox.intersects(view) && !view.contains(z.bbox.center()))
                continue;
            (z.activeDuring(m_fromMs, m_toMs) ? active : inactive) << &z;
        }
        std::stable_sort(active.begin(), active.end(),
                         [](const RoadworksZone *a, const RoadworksZone *b) { return severity(a->impact) < severity(b->impact); });
        int n = 0;
        for (const RoadworksZone *z : std::as_const(inactive)) {
            if ((++n & 127) == 0 && cancel.load())
                return;
            drawZone(painter, *z, settings, false, m_highlighted.contains(z->id));
        }
        for (const RoadworksZone *z : std::as_const(active)) {
            if ((++n & 127) == 0 && cancel.load())
                return;
            drawZone(painter, *z, settings, true, m_highlighted.contains(z->id));
        }
    }

private:
    RoadworksZones m_zones;
    qint64 m_fromMs;
    qint64 m_toMs;
    QSet<QString> m_highlighted;
};

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

/// Distance from `p` to the zone: 0 inside, else to its nearest edge (metres).
double distanceTo(const RoadworksZone &zone, QPointF p)
{
    bool inside = false;
    double best = std::numeric_limits<double>::infinity();
    for (const QPolygonF &ring : zone.rings) {
        if (ring.containsPoint(p, Qt::OddEvenFill))
            inside = !inside;
        for (int i = 1; i < ring.size(); ++i)
            best = std::min(best, distanceToSegment(p, ring.at(i - 1), ring.at(i)));
    }
    return inside ? 0.0 : best;
}

} // namespace

RoadworksLayer::RoadworksLayer(QObject *parent)
    : MapLayer(QStringLiteral("coordination-roadworks"), tr("Roadworks by traffic impact"), LayerRole::Roadworks, parent)
{
    m_fromMs = m_toMs = QDateTime::currentMSecsSinceEpoch();
}

std::unique_ptr<LayerRenderer> RoadworksLayer::createRenderer(const MapSettings &) const
{
    return std::make_unique<RoadworksRenderer>(m_zones, m_fromMs, m_toMs, m_highlighted);
}

QVector<LegendEntry> RoadworksLayer::legend() const
{
    QVector<LegendEntry> out;
    for (TrafficImpact impact : {TrafficImpact::BarrageTotal, TrafficImpact::Impasse, TrafficImpact::SensUnique, TrafficImpact::Restreinte, TrafficImpact::Unknown}) {
        LegendEntry e;
        e.label = impactName(impact);
        e.symbol = swatch(impact);
        if (m_zones)
            e.count = int(std::count_if(m_zones->cbegin(), m_zones->cend(), [&](const RoadworksZone &z) {
                return z.impact == impact && z.activeDuring(m_fromMs, m_toMs);
            }));
        out << e;
    }
    LegendEntry faded;
    faded.label = tr("Not active at the chosen time");
    faded.symbol = swatch(TrafficImpact::Restreinte, false);
    if (m_zones)
        faded.count = int(m_zones->size()) - activeCount();
    out << faded;
    return out;
}

void RoadworksLayer::setZones(RoadworksZones zones)
{
    auto copy = std::make_shared<QVector<RoadworksZone>>(zones ? *zones : QVector<RoadworksZone>{});
    QRectF extent;
    for (RoadworksZone &z : *copy) {
        if (z.bbox.isNull()) {
            QRectF box;
            for (const QPolygonF &ring : z.rings)
                box = box.isNull() ? ring.boundingRect() : box.united(ring.boundingRect());
            z.bbox = box;
        }
        extent = extent.isNull() ? z.bbox : extent.united(z.bbox);
    }
    m_zones = std::move(copy);
    m_extent = extent;
    emit legendChanged();
    emit repaintRequested();
}

void RoadworksLayer::setTimeWindow(qint64 fromMs, qint64 toMs)
{
    if (toMs < fromMs)
        std::swap(fromMs, toMs);
    if (fromMs == m_fromMs && toMs == m_toMs)
        return;
    m_fromMs = fromMs;
    m_toMs = toMs;
    emit legendChanged();
    emit repaintRequested();
}

void RoadworksLayer::setHighlighted(const QSet<QString> &ids)
{
    if (ids == m_highlighted)
        return;
    m_highlighted = ids;
    emit repaintRequested();
}

int RoadworksLayer::activeCount() const
{
    if (!m_zones)
        return 0;
    return int(std::count_if(m_zones->cbegin(), m_zones->cend(), [&](const RoadworksZone &z) { return z.activeDuring(m_fromMs, m_toMs); }));
}

QRectF RoadworksLayer::extentOf(const QSet<QString> &ids) const
{
    QRectF out;
    if (!m_zones)
        return out;
    for (const RoadworksZone &z : *m_zones)
        if (ids.contains(z.id))
            out = out.isNull() ? z.bbox : out.united(z.bbox);
    return out;
}

QString RoadworksLayer::hitTest(QPointF mapPoint, double tolerance) const
{
    if (!m_zones)
        return {};
    QString best;
    double bestDistance = tolerance;
    bool bestActive = false;
    for (const RoadworksZone &z : *m_zones) {
        if (!z.bbox.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(mapPoint))
            continue;
        const double d = distanceTo(z, mapPoint);
        const bool active = z.activeDuring(m_fromMs, m_toMs);
        if (d > tolerance || (bestActive && !active))
            continue;
        if (best.isEmpty() || (active && !bestActive) || d < bestDistance) {
            best = z.id;
            bestDistance = d;
            bestActive = active;
        }
    }
    return best;
}

QColor RoadworksLayer::impactColor(TrafficImpact impact)
{
    switch (impact) {
    case TrafficImpact::BarrageTotal: return QColor(0xc6, 0x28, 0x28);
    case TrafficImpact::Impasse: return QColor(0x7b, 0x1f, 0xa2);
    case TrafficImpact::SensUnique: return QColor(0x15, 0x65, 0xc0);
    case TrafficImpact::Restreinte: return QColor(0xef, 0x6c, 0x00);
    case TrafficImpact::Unknown: break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QString RoadworksLayer::impactName(TrafficImpact impact)
{
    switch (impact) {
    case TrafficImpact::BarrageTotal: return tr("Road closed");
    case TrafficImpact::Impasse: return tr("Dead end");
    case TrafficImpact::SensUnique: return tr("One way");
    case TrafficImpact::Restreinte: return tr("Traffic restricted");
    case TrafficImpact::Unknown: break;
    }
    return tr("Impact not stated");
}

QImage RoadworksLayer::swatch(TrafficImpact impact, bool active, qreal dpr)
{
    const QSize size(18, 14);
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    RoadworksZone z;
    z.impact = impact;
    z.rings = {QPolygonF(QRectF(1.5, 1.5, size.width() - 3, size.height() - 3))};
    z.bbox = z.rings.first().boundingRect();
    // A unit map: pixel = map coordinate with y flipped; the swatch is symmetric.
    const MapSettings identity(QPointF(size.width() / 2.0, size.height() / 2.0), 1.0, size, 1.0);
    RoadworksZone flipped = z;
    flipped.rings = {identity.mapToPixel().inverted().map(z.rings.first())};
    flipped.bbox = flipped.rings.first().boundingRect();
    drawZone(p, flipped, identity, active, false);
    return image;
}

} // namespace vigie
