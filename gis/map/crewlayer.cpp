#include "crewlayer.h"

#include "network/crewsuggester.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace vigie {

namespace {

constexpr double kBodyWidth = 24;
constexpr double kBodyHeight = 15;
constexpr double kDepotOpacity = 0.55;

QString statusLetter(CrewActivity activity)
{
    switch (activity) {
    case CrewActivity::Available: return QCoreApplication::translate("vigie::CrewLayer", "A", "crew status letter: available");
    case CrewActivity::Busy: return QCoreApplication::translate("vigie::CrewLayer", "B", "crew status letter: busy");
    case CrewActivity::OffShift: return QCoreApplication::translate("vigie::CrewLayer", "O", "crew status letter: off shift");
    }
    return {};
}

QString activityLabel(CrewActivity activity)
{
    switch (activity) {
    case CrewActivity::Available: return QCoreApplication::translate("vigie::CrewLayer", "Available");
    case CrewActivity::Busy: return QCoreApplication::translate("vigie::CrewLayer", "On an intervention");
    case CrewActivity::OffShift: return QCoreApplication::translate("vigie::CrewLayer", "Off shift");
    }
    return {};
}

/// A van centred on `at` (logical pixels): body with a cab on the right, two wheels, the
/// status letter in the body. At the depot (no fix) it is faded, with a dashed outline.
void drawVan(QPainter &p, QPointF at, CrewActivity activity, bool atDepot)
{
    p.save();
    if (atDepot)
        p.setOpacity(kDepotOpacity);
    const bool filled = activity != CrewActivity::OffShift;
    const QColor ink = CrewLayer::activityColor(activity);
    const QRectF body(at.x() - kBodyWidth / 2, at.y() - kBodyHeight / 2, kBodyWidth, kBodyHeight);
    QPainterPath van;
    van.addRoundedRect(body.adjusted(0, 0, -6, 0), 2, 2);                                    // box
    van.addRoundedRect(QRectF(body.right() - 8, body.top() + 4, 8, body.height() - 4), 2, 2); // cab
    van.setFillRule(Qt::WindingFill);
    p.setPen(QPen(QColor(255, 255, 255, 230), 4)); // halo, readable on any background
    p.setBrush(Qt::NoBrush);
    p.drawPath(van.simplified());
    p.setPen(QPen(atDepot ? QColor(0x21, 0x21, 0x21) : filled ? ink.darker(150) : ink, 1.5,
                  atDepot ? Qt::DashLine : Qt::SolidLine));
    p.setBrush(filled ? QBrush(ink) : QBrush(Qt::white));
    p.drawPath(van.simplified());
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x21, 0x21, 0x21));
    p.drawEllipse(QPointF(body.left() + 5, body.bottom() + 1), 2.5, 2.5);
    p.drawEllipse(QPointF(body.right() - 5, body.bottom() + 1), 2.5, 2.5);
    QFont font = p.font();
    font.setPixelSize(11);
    font.setBold(true);
    p.setFont(font);
    p.setPen(filled ? QColor(Qt::white) : ink);
    p.drawText(body.adjusted(0, 0, -6, 0), Qt::AlignCenter, statusLetter(activity));
    p.restore();
}

void drawName(QPainter &p, QPointF at, const QString &name)
{
    QFont font = p.font();
    font.setPixelSize(11);
    font.setBold(false);
    QPainterPath text;
    const double width = QFontMetricsF(font).horizontalAdvance(name);
    text.addText(QPointF(at.x() - width / 2, at.y() + kBodyHeight / 2 + 16), font, name);
    p.setPen(QPen(QColor(255, 255, 255, 220), 3));
    p.setBrush(Qt::NoBrush);
    p.drawPath(text);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x21, 0x21, 0x21));
    p.drawPath(text);
}

struct CrewMark
{
    QPointF position; ///< EPSG:3857.
    QString name;
    CrewActivity activity = CrewActivity::Available;
    bool atDepot = false;
};

class CrewRenderer final : public LayerRenderer
{
public:
    CrewRenderer(QVector<CrewMark> marks, QVector<QVector<QPointF>> routes)
        : m_marks(std::move(marks))
        , m_routes(std::move(routes))
    {
    }

    void render(QPainter &painter, const MapSettings &settings, const std::atomic<bool> &cancel) override
    {
        painter.setRenderHint(QPainter::Antialiasing);
        for (const QVector<QPointF> &route : std::as_const(m_routes)) {
            QPolygonF line;
            for (const QPointF &p : route)
                line << settings.toPixel(p);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(QColor(255, 255, 255, 220), 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPolyline(line);
            painter.setPen(QPen(QColor(0x15, 0x65, 0xc0), 3, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPolyline(line);
        }
        if (cancel.load())
            return;
        const double margin = 60 * settings.resolution();
        const QRectF view = settings.extent().adjusted(-margin, -margin, margin, margin);
        // Off-shift crews first: those on shift are drawn on top.
        for (const bool onShift : {false, true}) {
            for (const CrewMark &m : std::as_const(m_marks)) {
                if ((m.activity != CrewActivity::OffShift) != onShift || !view.contains(m.position))
                    continue;
                const QPointF px = settings.toPixel(m.position);
                drawVan(painter, px, m.activity, m.atDepot);
                drawName(painter, px, m.name);
            }
        }
    }

private:
    QVector<CrewMark> m_marks;
    QVector<QVector<QPointF>> m_routes;
};

} // namespace

CrewLayer::CrewLayer(QObject *parent)
    : MapLayer(QStringLiteral("crews"), tr("Crews"), LayerRole::PointsOfInterest, parent)
{
    qRegisterMetaType<vigie::CrewFixes>();
}

QColor CrewLayer::activityColor(CrewActivity activity)
{
    switch (activity) {
    case CrewActivity::Available: return QColor(0x00, 0x69, 0x5c); // teal
    case CrewActivity::Busy: return QColor(0x28, 0x35, 0x93);      // navy
    case CrewActivity::OffShift: return QColor(0x75, 0x75, 0x75);  // grey
    }
    return {};
}

QImage CrewLayer::symbol(CrewActivity activity, bool atDepot, qreal dpr)
{
    const QSize size(int(kBodyWidth) + 8, int(kBodyHeight) + 10);
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    drawVan(p, QPointF(size.width() / 2.0, size.height() / 2.0 - 2), activity, atDepot);
    return image;
}

bool CrewLayer::position(const QString &crewId, QPointF *mercator) const
{
    for (const Crew &crew : m_crews) {
        if (crew.id == crewId)
            return crewPosition(crew, m_fixes, mercator);
    }
    return false;
}

QRectF CrewLayer::extent() const
{
    QRectF extent;
    for (const Crew &crew : m_crews) {
        QPointF p;
        if (crewPosition(crew, m_fixes, &p))
            extent = extent.isNull() ? QRectF(p, QSizeF(1, 1)) : extent.united(QRectF(p, QSizeF(1, 1)));
    }
    return extent;
}

QString CrewLayer::hitTest(QPointF mapPoint, double tolerance) const
{
    QString best;
    double bestDistance = tolerance;
    for (const Crew &crew : m_crews) {
        QPointF p;
        if (!crewPosition(crew, m_fixes, &p))
            continue;
        const double d = std::hypot(p.x() - mapPoint.x(), p.y() - mapPoint.y());
        if (d <= bestDistance) {
            bestDistance = d;
            best = crew.id;
        }
    }
    return best;
}

std::unique_ptr<LayerRenderer> CrewLayer::createRenderer(const MapSettings &) const
{
    QVector<CrewMark> marks;
    for (const Crew &crew : m_crews) {
        CrewMark m;
        if (!crewPosition(crew, m_fixes, &m.position))
            continue;
        m.name = crew.name;
        m.activity = m_activities.value(crew.id, CrewActivity::Available);
        m.atDepot = !m_fixes.contains(crew.id);
        marks << m;
    }
    QVector<QVector<QPointF>> routes;
    for (const QVector<QPointF> &route : m_routes)
        routes << route;
    return std::make_unique<CrewRenderer>(std::move(marks), std::move(routes));
}

QVector<LegendEntry> CrewLayer::legend() const
{
    QVector<LegendEntry> entries;
    for (const CrewActivity activity : {CrewActivity::Available, CrewActivity::Busy, CrewActivity::OffShift}) {
        LegendEntry e;
        e.fill = activity == CrewActivity::OffShift ? QColor(Qt::white) : activityColor(activity);
        e.outline = activityColor(activity);
        e.label = activityLabel(activity);
        e.count = int(std::count_if(m_crews.begin(), m_crews.end(), [&](const Crew &c) {
            return m_activities.value(c.id, CrewActivity::Available) == activity;
        }));
        e.symbol = symbol(activity);
        entries << e;
    }
    LegendEntry depot;
    depot.fill = Qt::white;
    depot.outline = activityColor(CrewActivity::Available);
    depot.label = tr("At the depot (no tracker fix)");
    depot.symbol = symbol(CrewActivity::Available, true);
    entries << depot;
    return entries;
}

void CrewLayer::setCrews(const QVector<Crew> &crews)
{
    m_crews = crews;
    changed();
}

void CrewLayer::setFixes(const CrewFixes &fixes)
{
    bool moved = false;
    for (const CrewFix &fix : fixes) {
        if (!std::isfinite(fix.lon) || !std::isfinite(fix.lat))
            continue;
        auto held = m_fixes.find(fix.crewId);
        if (held == m_fixes.end())
            m_fixes.insert(fix.crewId, fix);
        else if (fix.atMs >= held->atMs)
            *held = fix;
        else
            continue;
        moved = true;
    }
    if (moved)
        changed();
}

void CrewLayer::setActivities(const QHash<QString, CrewActivity> &activities)
{
    m_activities = activities;
    changed();
}

void CrewLayer::setRoute(const QString &crewId, const QVector<QPointF> &mercator)
{
    if (mercator.size() < 2)
        m_routes.remove(crewId);
    else
        m_routes.insert(crewId, mercator);
    emit repaintRequested();
}

void CrewLayer::changed()
{
    emit repaintRequested();
    emit legendChanged();
}

} // namespace vigie
