#pragma once

#include "crews/crew.h"
#include "maplayer.h"

#include <QHash>
#include <QPointF>
#include <QVector>

namespace vigie {

/// \brief Field crews on the map: each crew's vehicle at its newest fix (else at its depot),
/// with its name, and the route of a crew sent to a job.
///
/// The symbol is a van whose look says the activity without relying on colour: filled with
/// a white status letter when on shift (teal "A" available, navy "B" busy; letters are
/// translated), hollow grey when off shift; a faded van with a dashed outline is a crew
/// placed at its depot for want of a tracker fix. Routes are dashed blue lines under the vans.
/// GUI thread; renders from a snapshot of the crews on a render thread. Role:
/// LayerRole::PointsOfInterest (like work orders, an overlay of places).
class CrewLayer final : public MapLayer
{
    Q_OBJECT
public:
    explicit CrewLayer(QObject *parent = nullptr);

    QRectF extent() const override;
    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const override;
    QVector<LegendEntry> legend() const override;

    /// Where `crewId` is drawn (EPSG:3857): its newest fix, else its depot. False if nowhere.
    bool position(const QString &crewId, QPointF *mercator) const;
    /// The id of the crew drawn nearest to `mapPoint` within `tolerance` metres, or empty.
    QString hitTest(QPointF mapPoint, double tolerance) const;

    /// The van of one activity, `atDepot` with a dashed outline, for legends and lists
    /// (logical pixels, device pixel ratio `dpr`). Any thread.
    static QImage symbol(CrewActivity activity, bool atDepot = false, qreal dpr = 1.0);
    /// Fill (or, off shift, outline) colour of an activity.
    static QColor activityColor(CrewActivity activity);

public slots:
    /// Replaces the roster. Crews not in it are not drawn (their fixes are kept).
    void setCrews(const QVector<vigie::Crew> &crews);
    /// Adds fixes: each crew keeps its newest one (by CrewFix::atMs).
    void setFixes(const vigie::CrewFixes &fixes);
    /// Replaces the activities by crew id; a crew without one is drawn available.
    void setActivities(const QHash<QString, vigie::CrewActivity> &activities);
    /// Shows the route (EPSG:3857 points, e.g. StreetGraph::path()) of a crew en route;
    /// an empty route removes it.
    void setRoute(const QString &crewId, const QVector<QPointF> &mercator);

private:
    void changed();

    QVector<Crew> m_crews;
    QHash<QString, CrewFix> m_fixes;
    QHash<QString, CrewActivity> m_activities;
    QHash<QString, QVector<QPointF>> m_routes;
};

} // namespace vigie
