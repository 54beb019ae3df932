#include "interventionlayer.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace vigie {

namespace {

constexpr double kPinRadius = 8.0;

QColor slaColor(SlaState sla)
{
    switch (sla) {
    case SlaState::Amber: return QColor(0xe6, 0x9b, 0x00);
    case SlaState::Red: return QColor(0xd0, 0x1c, 0x1c);
    case SlaState::Ok:
    case SlaState::None: break;
    }
    return QColor(0x33, 0x33, 0x33);
}

bool crewHasIt(InterventionStatus s)
{
    return s == InterventionStatus::Assigned || s == InterventionStatus::Accepted || s == InterventionStatus::EnRoute
           || s == InterventionStatus::OnSite;
}

/// A square pin with a wrench-like diagonal bar, centred on `at`.
void drawPin(QPainter &p, QPointF at, InterventionStatus status, SlaState sla)
{
    const QRectF box(at.x() - kPinRadius, at.y() - kPinRadius, 2 * kPinRadius, 2 * kPinRadius);
    const QColor ink(0x4b, 0x2e, 0x83); // violet: work orders, apart from alarm red and asset colours
    if (sla == SlaState::Amber || sla == SlaState::Red) {
        p.setPen(QPen(slaColor(sla), 4));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(box.adjusted(-3, -3, 3, 3), 4, 4);
    }
    p.setPen(QPen(QColor(255, 255, 255, 230), 4));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(box, 3, 3);
    p.setPen(QPen(ink, 2));
    p.setBrush(crewHasIt(status) ? QBrush(ink) : QBrush(Qt::white));
    p.drawRoundedRect(box, 3, 3);
    const QColor mark = crewHasIt(status) ? Qt::white : ink;
    p.setPen(QPen(mark, 2, Qt::SolidLine, Qt::RoundCap));
    if (status == InterventionStatus::Blocked) {
        p.drawLine(box.topLeft() + QPointF(4, 4), box.bottomRight() - QPointF(4, 4));
        p.drawLine(box.topRight() + QPointF(-4, 4), box.bottomLeft() + QPointF(4, -4));
    } else {
        // A spanner: a bar and a ring.
        p.drawLine(box.bottomLeft() + QPointF(4, -4), box.center() + QPointF(1, -1));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box.center() + QPointF(2, -2), 2.5, 2.5);
    }
    if (status == InterventionStatus::OnSite) { // a dot under the pin: the crew is there
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(QPointF(at.x(), at.y() + kPinRadius + 5), 2.5, 2.5);
    }
}

class InterventionRenderer final : public LayerRenderer
{
public:
    explicit InterventionRenderer(QVector<InterventionMarker> markers) : m_markers(std::move(markers)) {}

    void render(QPainter &painter, const MapSettings &settings, const std::atomic<bool> &cancel) override
    {
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF view = settings.extent();
        const double margin = 20 * settings.resolution();
        const QRectF padded = view.adjusted(-margin, -margin, margin, margin);
        QFont font = painter.font();
        font.setPointSizeF(7.5);
        font.setBold(true);
        painter.setFont(font);
        for (const InterventionMarker &m : std::as_const(m_markers)) {
            if (cancel.load())
                return;
            if (!padded.contains(m.position))
                continue;
            const QPointF px = settings.toPixel(m.position);
            drawPin(painter, px, m.status, m.sla);
            if (!m.label.isEmpty()) {
                const QRectF text(px.x() - 40, px.y() + kPinRadius + 2, 80, 14);
                painter.setPen(QPen(QColor(255, 255, 255, 220), 3));
                QPainterPath halo;
                halo.addText(text.center().x() - painter.fontMetrics().horizontalAdvance(m.label) / 2.0,
                             text.top() + painter.fontMetrics().ascent(), font, m.label);
                painter.strokePath(halo, painter.pen());
                painter.fillPath(halo, QColor(0x4b, 0x2e, 0x83));
            }
        }
    }

private:
    QVector<InterventionMarker> m_markers;
};

} // namespace

InterventionLayer::InterventionLayer(QObject *parent)
    : MapLayer(QStringLiteral("interventions"), tr("Interventions"), LayerRole::PointsOfInterest, parent)
{
}

std::unique_ptr<LayerRenderer> InterventionLayer::createRenderer(const MapSettings &) const
{
    return std::make_unique<InterventionRenderer>(m_markers);
}

QVector<LegendEntry> InterventionLayer::legend() const
{
    auto entry = [](const QString &label, InterventionStatus status, SlaState sla) {
        LegendEntry e;
        e.label = label;
        e.symbol = pinSymbol(status, sla);
        return e;
    };
    return {entry(tr("Waiting for a crew"), InterventionStatus::New, SlaState::Ok),
            entry(tr("A crew has it"), InterventionStatus::Accepted, SlaState::Ok),
            entry(tr("Blocked"), InterventionStatus::Blocked, SlaState::Ok),
            entry(tr("Due soon"), InterventionStatus::Assigned, SlaState::Amber),
            entry(tr("Overdue"), InterventionStatus::New, SlaState::Red)};
}

void InterventionLayer::setMarkers(const QVector<InterventionMarker> &markers)
{
    m_markers = markers;
    QRectF extent;
    for (const InterventionMarker &m : markers)
        extent = extent.united(QRectF(m.position, QSizeF(1, 1)));
    m_extent = extent;
    emit repaintRequested();
}

qint64 InterventionLayer::hitTest(QPointF mapPoint, double tolerance) const
{
    qint64 best = 0;
    double bestDistance = tolerance;
    for (const InterventionMarker &m : m_markers) {
        const double d = std::hypot(m.position.x() - mapPoint.x(), m.position.y() - mapPoint.y());
        if (d <= bestDistance) {
            best = m.id;
            bestDistance = d;
        }
    }
    return best;
}

QImage InterventionLayer::pinSymbol(InterventionStatus status, SlaState sla, qreal dpr)
{
    const int side = int(2 * (kPinRadius + 5));
    QImage image(QSize(side, side) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    drawPin(p, QPointF(side / 2.0, side / 2.0), status, sla);
    return image;
}

} // namespace vigie
