#include "roundlayer.h"

#include <QPainter>
#include <QPainterPath>
#include <QSet>

namespace vigie {

namespace {

constexpr double kStopRadius = 7.0;
constexpr double kDotRadius = 2.5;

void drawStop(QPainter &p, QPointF at, const QColor &ink, const RoundMarker &stop, bool numbered, const QFont &font)
{
    const double r = numbered ? kStopRadius : kDotRadius;
    if (stop.overflowForecast) {
        p.setPen(QPen(QColor(255, 255, 255, 230), 5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(at, r + 3.5, r + 3.5);
        p.setPen(QPen(QColor(0xd0, 0x1c, 0x1c), 2.5));
        p.drawEllipse(at, r + 3.5, r + 3.5);
    }
    p.setPen(QPen(QColor(255, 255, 255, 230), numbered ? 2 : 1));
    p.setBrush(ink);
    p.drawEllipse(at, r, r);
    if (numbered) {
        p.setPen(Qt::white);
        p.setFont(font);
        p.drawText(QRectF(at.x() - r - 4, at.y() - r, 2 * r + 8, 2 * r), Qt::AlignCenter, QString::number(stop.order));
    }
    if (stop.overflowForecast && numbered) { // "!" tick at the top right
        const QPointF tick = at + QPointF(r + 2, -r - 2);
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(QColor(0xd0, 0x1c, 0x1c));
        p.drawEllipse(tick, 5, 5);
        p.setPen(Qt::white);
        p.drawText(QRectF(tick.x() - 5, tick.y() - 5, 10, 10), Qt::AlignCenter, QStringLiteral("!"));
    }
    if (stop.unreachable) {
        p.setPen(QPen(QColor(0x10, 0x10, 0x10), 2, Qt::SolidLine, Qt::RoundCap));
        const double c = r + 2;
        p.drawLine(at + QPointF(-c, -c), at + QPointF(c, c));
        p.drawLine(at + QPointF(-c, c), at + QPointF(c, -c));
    }
}

class RoundRenderer final : public LayerRenderer
{
public:
    RoundRenderer(RoundPaths rounds, QSet<QString> shown) : m_rounds(std::move(rounds)), m_shown(std::move(shown)) {}

    void render(QPainter &painter, const MapSettings &settings, const std::atomic<bool> &cancel) override
    {
        if (!m_rounds)
            return;
        painter.setRenderHint(QPainter::Antialiasing);
        const double margin = 20 * settings.resolution();
        const QRectF view = settings.extent().adjusted(-margin, -margin, margin, margin);
        const QTransform toPixel = settings.mapToPixel();
        const bool numbered = settings.resolution() <= RoundLayer::kNumberResolution;
        QFont font = painter.font();
        font.setPointSizeF(6.5);
        font.setBold(true);
        // Paths under every stop, so numbers are never crossed by another round's line.
        for (const RoundPath &round : *m_rounds) {
            if (cancel.load())
                return;
            if (!m_shown.isEmpty() && !m_shown.contains(round.id))
                continue;
            const QColor ink = round.color;
            for (const QPolygonF &leg : round.path) {
                // Padded: a straight horizontal or vertical leg has an empty bounding box.
                if (leg.size() < 2 || !leg.boundingRect().adjusted(-1, -1, 1, 1).intersects(view))
                    continue;
                const QPolygonF px = toPixel.map(leg);
                painter.setPen(QPen(QColor(255, 255, 255, 200), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                painter.drawPolyline(px);
                painter.setPen(QPen(ink, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                painter.drawPolyline(px);
            }
        }
        for (const RoundPath &round : *m_rounds) {
            if (cancel.load())
                return;
            if (!m_shown.isEmpty() && !m_shown.contains(round.id))
                continue;
            for (const RoundMarker &stop : round.stops)
                if (view.contains(stop.position))
                    drawStop(painter, settings.toPixel(stop.position), round.color, stop, numbered, font);
        }
    }

private:
    RoundPaths m_rounds;
    QSet<QString> m_shown;
};

} // namespace

RoundLayer::RoundLayer(QObject *parent)
    : MapLayer(QStringLiteral("coordination-rounds"), tr("Collection rounds"), LayerRole::PointsOfInterest, parent)
{
}

std::unique_ptr<LayerRenderer> RoundLayer::createRenderer(const MapSettings &) const
{
    return std::make_unique<RoundRenderer>(m_rounds, m_shown);
}

QVector<LegendEntry> RoundLayer::legend() const
{
    QVector<LegendEntry> out;
    if (m_rounds)
        for (const RoundPath &r : *m_rounds) {
            LegendEntry e;
            e.fill = r.color;
            e.outline = r.color.darker(140);
            e.label = r.name.isEmpty() ? r.id : r.name;
            e.count = int(r.stops.size());
            out << e;
        }
    LegendEntry overflow;
    overflow.fill = Qt::white;
    overflow.outline = QColor(0xd0, 0x1c, 0x1c);
    overflow.label = tr("Forecast to overflow before collection");
    if (m_rounds) {
        overflow.count = 0;
        for (const RoundPath &r : *m_rounds)
            overflow.count += int(std::count_if(r.stops.cbegin(), r.stops.cend(), [](const RoundMarker &s) { return s.overflowForecast; }));
    }
    out << overflow;
    return out;
}

void RoundLayer::setRounds(const QVector<RoundPath> &rounds)
{
    auto copy = std::make_shared<QVector<RoundPath>>(rounds);
    QRectF extent;
    auto add = [&](QPointF p) { extent = extent.isNull() ? QRectF(p, QSizeF(1, 1)) : extent.united(QRectF(p, QSizeF(1, 1))); };
    for (int i = 0; i < copy->size(); ++i) {
        RoundPath &r = (*copy)[i];
        if (!r.color.isValid())
            r.color = colorFor(i);
        for (const RoundMarker &s : std::as_const(r.stops))
            add(s.position);
        for (const QPolygonF &leg : std::as_const(r.path))
            for (QPointF p : leg)
                add(p);
    }
    m_rounds = std::move(copy);
    m_extent = extent;
    emit legendChanged();
    emit repaintRequested();
}

void RoundLayer::setShownRounds(const QSet<QString> &ids)
{
    if (ids == m_shown)
        return;
    m_shown = ids;
    emit repaintRequested();
}

QColor RoundLayer::colorFor(int index)
{
    // Tableau-like qualitative palette, away from the alarm red and the works orange.
    static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                     QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf),
                                     QColor(0xbc, 0xbd, 0x22), QColor(0x39, 0x3b, 0x79), QColor(0x00, 0x80, 0x80),
                                     QColor(0x7f, 0x7f, 0x7f)};
    constexpr int n = int(sizeof(palette) / sizeof(palette[0]));
    return palette[((index % n) + n) % n];
}

} // namespace vigie
