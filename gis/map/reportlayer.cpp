#include "reportlayer.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace vigie {

namespace {

constexpr double kBubbleW = 20.0;
constexpr double kBubbleH = 16.0;
constexpr double kTail = 6.0;

const QColor kCitizen(0xe0, 0x6a, 0x00); // orange: residents' voice, apart from alarm red and work-order violet
const QColor kInk(0x3a, 0x24, 0x00);
const QColor kFaded(0x90, 0x90, 0x90);

/// The bubble's outline with its tail tip at `tip` (the report's place), scaled by `k`.
QPainterPath bubblePath(QPointF tip, double k)
{
    const double w = kBubbleW * k, h = kBubbleH * k, tail = kTail * k;
    const QRectF box(tip.x() - w / 2, tip.y() - tail - h, w, h);
    QPainterPath body;
    body.addRoundedRect(box, 4 * k, 4 * k);
    QPainterPath tailPath;
    tailPath.moveTo(tip.x() - 4 * k, box.bottom() - 1);
    tailPath.lineTo(tip);
    tailPath.lineTo(tip.x() + 4 * k, box.bottom() - 1);
    tailPath.closeSubpath();
    return body.united(tailPath);
}

/// The category's glyph inside `box`, in `color`.
void drawGlyph(QPainter &p, const QRectF &box, ReportPinCategory category, const QColor &color)
{
    const QPointF c = box.center();
    const double u = box.height() / 8; // glyph unit
    p.save();
    p.setPen(QPen(color, std::max(1.2, 1.3 * u / 1.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    switch (category) {
    case ReportPinCategory::Lighting: // a bulb with its base
        p.drawEllipse(QPointF(c.x(), c.y() - u * 0.8), 2.2 * u, 2.2 * u);
        p.drawLine(QPointF(c.x() - u, c.y() + 2.2 * u), QPointF(c.x() + u, c.y() + 2.2 * u));
        p.drawLine(QPointF(c.x() - 0.7 * u, c.y() + 3.1 * u), QPointF(c.x() + 0.7 * u, c.y() + 3.1 * u));
        break;
    case ReportPinCategory::Waste: { // a bin: lid and tapered body
        p.drawLine(QPointF(c.x() - 2.6 * u, c.y() - 2.2 * u), QPointF(c.x() + 2.6 * u, c.y() - 2.2 * u));
        QPolygonF body{QPointF(c.x() - 2 * u, c.y() - 1.4 * u), QPointF(c.x() + 2 * u, c.y() - 1.4 * u),
                       QPointF(c.x() + 1.5 * u, c.y() + 3 * u), QPointF(c.x() - 1.5 * u, c.y() + 3 * u)};
        p.drawPolygon(body);
        break;
    }
    case ReportPinCategory::Roads: // a road in perspective with its dashed middle line
        p.drawLine(QPointF(c.x() - 1 * u, c.y() - 3 * u), QPointF(c.x() - 3 * u, c.y() + 3 * u));
        p.drawLine(QPointF(c.x() + 1 * u, c.y() - 3 * u), QPointF(c.x() + 3 * u, c.y() + 3 * u));
        p.drawLine(QPointF(c.x(), c.y() - 2.2 * u), QPointF(c.x(), c.y() - 0.8 * u));
        p.drawLine(QPointF(c.x(), c.y() + 0.8 * u), QPointF(c.x(), c.y() + 2.4 * u));
        break;
    case ReportPinCategory::Dumping: { // a heap
        QPainterPath heap;
        heap.moveTo(c.x() - 3 * u, c.y() + 2.6 * u);
        heap.quadTo(QPointF(c.x() - 2 * u, c.y() - 2.5 * u), QPointF(c.x(), c.y() - 1.2 * u));
        heap.quadTo(QPointF(c.x() + 2.2 * u, c.y() - 3 * u), QPointF(c.x() + 3 * u, c.y() + 2.6 * u));
        heap.closeSubpath();
        p.drawPath(heap);
        break;
    }
    case ReportPinCategory::Other: // three dots: "something"
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        for (int i = -1; i <= 1; ++i)
            p.drawEllipse(QPointF(c.x() + i * 2.4 * u, c.y()), 1.0 * u, 1.0 * u);
        break;
    }
    p.restore();
}

void drawBadge(QPainter &p, QPointF at, int residents, bool faded)
{
    const QString text = residents > 99 ? QStringLiteral("99+") : QString::number(residents);
    QFont font = p.font();
    font.setPixelSize(9);
    font.setBold(true);
    p.setFont(font);
    const double w = std::max(13.0, p.fontMetrics().horizontalAdvance(text) + 6.0);
    const QRectF badge(at.x() - w / 2, at.y() - 6.5, w, 13);
    p.setPen(QPen(Qt::white, 1.5));
    p.setBrush(faded ? kFaded : QColor(0xb0, 0x00, 0x20));
    p.drawRoundedRect(badge, 6.5, 6.5);
    p.setPen(Qt::white);
    p.drawText(badge, Qt::AlignCenter, text);
}

/// Closed first, then the more residents the later: busy problems are drawn on top.
void sortForDrawing(QVector<ReportPin> &pins)
{
    std::stable_sort(pins.begin(), pins.end(), [](const ReportPin &a, const ReportPin &b) {
        const bool ca = a.stage == ReportPinStage::Closed, cb = b.stage == ReportPinStage::Closed;
        return ca != cb ? ca : a.residents < b.residents;
    });
}

/// Closed pins are drawn smaller.
double scaleOf(const ReportPin &pin)
{
    return pin.stage == ReportPinStage::Closed ? 0.75 : 1.0;
}

/// One pin with its tail tip at `tip`.
void drawPin(QPainter &p, QPointF tip, const ReportPin &pin)
{
    const bool closed = pin.stage == ReportPinStage::Closed;
    const double k = scaleOf(pin);
    const QPainterPath bubble = bubblePath(tip, k);
    const QRectF box = bubble.boundingRect().adjusted(0, 0, 0, -kTail * k);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(255, 255, 255, 230), 3.5));
    p.drawPath(bubble); // halo: readable over any base map
    QColor glyph = Qt::white;
    switch (pin.stage) {
    case ReportPinStage::New:
        p.setPen(QPen(kCitizen.darker(130), 1.2));
        p.setBrush(kCitizen);
        break;
    case ReportPinStage::Confirmed:
        p.setPen(QPen(kInk, 2.4));
        p.setBrush(kCitizen);
        break;
    case ReportPinStage::InProgress:
        p.setPen(QPen(kCitizen.darker(120), 2.2));
        p.setBrush(Qt::white);
        glyph = kCitizen.darker(120);
        break;
    case ReportPinStage::Closed:
        p.setPen(QPen(kFaded, 1.2));
        p.setBrush(QColor(0xe8, 0xe8, 0xe8));
        glyph = kFaded;
        break;
    }
    p.drawPath(bubble);
    drawGlyph(p, box, pin.category, glyph);
    if (pin.residents >= 2)
        drawBadge(p, QPointF(box.right() - 1, box.top() + 1), pin.residents, closed);
}

class ReportRenderer final : public LayerRenderer
{
public:
    explicit ReportRenderer(QVector<ReportPin> pins) : m_pins(std::move(pins)) {}

    void render(QPainter &painter, const MapSettings &settings, const std::atomic<bool> &cancel) override
    {
        painter.setRenderHint(QPainter::Antialiasing);
        const double margin = 30 * settings.resolution();
        const QRectF padded = settings.extent().adjusted(-margin, -margin, margin, margin);
        sortForDrawing(m_pins);
        for (const ReportPin &pin : std::as_const(m_pins)) {
            if (cancel.load())
                return;
            if (padded.contains(pin.position))
                drawPin(painter, settings.toPixel(pin.position), pin);
        }
    }

private:
    QVector<ReportPin> m_pins;
};

} // namespace

ReportLayer::ReportLayer(QObject *parent)
    : MapLayer(QStringLiteral("reports"), tr("Citizen reports"), LayerRole::PointsOfInterest, parent)
{
}

std::unique_ptr<LayerRenderer> ReportLayer::createRenderer(const MapSettings &) const
{
    return std::make_unique<ReportRenderer>(m_pins);
}

QVector<LegendEntry> ReportLayer::legend() const
{
    auto entry = [](const QString &label, ReportPinCategory category, ReportPinStage stage, int residents = 1) {
        LegendEntry e;
        e.label = label;
        e.symbol = pinSymbol(category, stage, residents);
        return e;
    };
    return {entry(tr("New report (street light)"), ReportPinCategory::Lighting, ReportPinStage::New),
            entry(tr("Reported by 3 residents (container)"), ReportPinCategory::Waste, ReportPinStage::New, 3),
            entry(tr("Confirmed (road)"), ReportPinCategory::Roads, ReportPinStage::Confirmed),
            entry(tr("Intervention under way (dumping)"), ReportPinCategory::Dumping, ReportPinStage::InProgress),
            entry(tr("Closed"), ReportPinCategory::Other, ReportPinStage::Closed)};
}

void ReportLayer::setPins(const QVector<ReportPin> &pins)
{
    m_pins = pins;
    double left = 0, right = 0, top = 0, bottom = 0;
    for (int i = 0; i < pins.size(); ++i) {
        const QPointF p = pins.at(i).position;
        left = i ? std::min(left, p.x()) : p.x();
        right = i ? std::max(right, p.x()) : p.x();
        top = i ? std::min(top, p.y()) : p.y();
        bottom = i ? std::max(bottom, p.y()) : p.y();
    }
    m_extent = pins.isEmpty() ? QRectF() : QRectF(QPointF(left, top), QPointF(right, bottom)).adjusted(-1, -1, 1, 1);
    emit repaintRequested();
}

qint64 ReportLayer::hitTest(QPointF mapPoint, double tolerance) const
{
    qint64 best = 0;
    double bestDistance = tolerance;
    for (const ReportPin &pin : m_pins) {
        const double d = std::hypot(pin.position.x() - mapPoint.x(), pin.position.y() - mapPoint.y());
        if (d <= bestDistance) {
            best = pin.id;
            bestDistance = d;
        }
    }
    return best;
}

qint64 ReportLayer::pinAt(QPointF pixel, const MapSettings &settings) const
{
    // Same order as the renderer's: the pin drawn last is the one seen (and clicked).
    QVector<ReportPin> pins = m_pins;
    sortForDrawing(pins);
    for (auto it = pins.crbegin(); it != pins.crend(); ++it) {
        const double k = scaleOf(*it);
        const QPointF tip = settings.toPixel(it->position);
        // The bubble above its tip, with the badge's overhang and a pixel of slack.
        const QRectF box(tip.x() - kBubbleW * k / 2 - 2, tip.y() - (kTail + kBubbleH) * k - 6, kBubbleW * k + 8, (kTail + kBubbleH) * k + 7);
        if (box.contains(pixel))
            return it->id;
    }
    return 0;
}

bool ReportLayer::click(QPointF pixel, const MapSettings &settings)
{
    const qint64 id = pinAt(pixel, settings);
    if (id)
        emit pinClicked(id);
    return id != 0;
}

QImage ReportLayer::pinSymbol(ReportPinCategory category, ReportPinStage stage, int residents, qreal dpr)
{
    const QSize size(int(kBubbleW + 16), int(kBubbleH + kTail + 12));
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    ReportPin pin;
    pin.category = category;
    pin.stage = stage;
    pin.residents = residents;
    drawPin(p, QPointF(size.width() / 2.0 - 3, size.height() - 2), pin);
    return image;
}

} // namespace vigie
