#pragma once

#include "crews/crew.h"
#include "interventions/interventiontypes.h"
#include "io/cityloader.h"
#include "network/streetgraph.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QMenu;

namespace vigie {

class AlarmDock;
class AlarmService;
class CityMap;
class CrewLayer;
class Dispatcher;
class IngestService;
class InterventionController;
class InterventionDock;
class InterventionLayer;
class InterventionService;
class MapCanvas;
class MapLayer;
class SocialPoiIndex;
struct DispatchSettings;

/// \brief Everything interventions need in the main window, kept out of MainWindow: the
/// controller and its dock, the service and the dispatcher, the crews and their map layer,
/// the street graph for crew suggestions, and the links to alarms.
///
/// - Creating: from the selected alarms (their assets, highest priority, details) or the
///   assets of the last rubber band on the map; the dialog shows the score breakdown and
///   the crew suggestion (eligible first, nearest by street).
/// - Alarms: assets with an intervention under way are "handled" (AlarmService::
///   setInterventions); while a crew is on site their alarms are suppressed by design
///   (source "intervention"); when an intervention is done its linked alarms needing
///   attention are acknowledged, with a comment naming it, and suppression ends.
/// - Crews: positions from ingest's tracker fixes and the roster's depots; the Crews tab
///   and the crew layer refresh every 2 s (never per message); routes of crews en route
///   are computed off the GUI thread.
/// GUI thread.
class InterventionDesk : public QObject
{
    Q_OBJECT
public:
    InterventionDesk(MapCanvas *canvas, AlarmDock *alarmDock, QWidget *window);
    ~InterventionDesk() override;

    InterventionDock *dock() const { return m_dock; }
    InterventionController *controller() const { return m_controller; }
    /// Layers to draw above the city's, bottom to top.
    QList<MapLayer *> layers() const;
    /// Adds the Interventions menu's actions.
    void fillMenu(QMenu *menu);

    /// A city is on the map (or none: null). Builds the street graph in the background.
    void setCity(const LoadedCity *city, CityMap *cityMap);
    /// Starts the service on the city's store, fed with ingest's tracker fixes.
    void start(const QString &storePath, AlarmService *alarms, IngestService *ingest);
    /// Connects the dispatcher to the broker (`settings`), or disconnects it (null: offline,
    /// broker switched off). Until then dispatched orders wait in the outbox.
    void setDispatch(const DispatchSettings *settings);
    void stop();
    bool isRunning() const { return m_service != nullptr; }
    /// Whether a Dispatcher (an MQTT connection to the crews) exists.
    bool isDispatching() const { return m_dispatcher != nullptr; }
    /// The running service (null when stopped): what the session recording listens to.
    InterventionService *service() const { return m_service.get(); }
    /// The street graph once built (null before, or when the pack has no streets).
    StreetGraphPtr streetGraph() const { return m_graph; }
    /// True from setCity() until the city's street graph is built (streetGraphReady()).
    bool streetGraphPending() const { return m_graphPending; }
    /// The crew suggestion for a job at `lonLat` (EPSG:4326) of `kind`, as shown in the dialog.
    QVector<struct CrewChoice> crewChoices(QPointF lonLat, InterventionKind kind) const;
    /// The proposal for the selected alarms, else the last map selection (id 0, not stored).
    Intervention proposal() const;
    /// \brief How many of `reportIds` (citizen reports) were filed at night at their place,
    /// for the priority score's night term. Set by the reports desk; unset counts none.
    using NightReportCounter = std::function<int(const QVector<qint64> &reportIds)>;
    void setNightReportCounter(NightReportCounter counter) { m_nightReports = std::move(counter); }
    /// The priority score of `i` as the dialog shows it (alarms, reports, places, night).
    PriorityBreakdown score(const Intervention &i) const;

public slots:
    void createFromSelection();
    /// Opens the creation dialog on `proposal` (id and version reset; creation time and SLA due
    /// time filled in when unset): from a group of citizen reports or a coordination item.
    /// False (and message()) when no intervention service runs.
    bool createFrom(const vigie::Intervention &proposal);
    /// What the creation dialog does when accepted as it opens on `proposal` with
    /// *Create and dispatch*: the same intervention (prepared as createFrom() does, scored
    /// by score()), assigned to the crew the dialog preselects (the first eligible of
    /// crewChoices(); none: created and dispatched unassigned), and dispatched, through the
    /// same requests. No dialog: for unattended runs (`--dispatch-reports`). False (and
    /// message()) when no intervention service runs.
    bool createAndDispatch(const vigie::Intervention &proposal);
    void edit(qint64 id);
    /// The map's rubber band.
    void mapSelection(const QVector<qint32> &assetIndexes);
    void crewFixes(const vigie::CrewFixes &fixes);

signals:
    /// Show these assets on the map.
    void assetsRequested(const QVector<qint32> &assetIndexes);
    void message(const QString &text);
    /// The city's street graph is built (streetGraph(); null when the pack has no streets).
    void streetGraphReady();

private:
    /// `proposal` with id and version reset, creation and SLA due times filled in.
    Intervention prepared(const Intervention &proposal) const;
    void openDialog(const Intervention &initial);
    /// Stores `edited` (created when `initial` has no id), then assigns `crew` (if it is
    /// not already `initial`'s) and dispatches, as the follow-ups of its request.
    void submit(const Intervention &initial, const Intervention &edited, const QString &crew, bool dispatch);
    void interventionsChanged(const QVector<Intervention> &changed, bool all);
    void requestApplied(qint64 requestId, const Intervention &after);
    void updateMarkers();
    void updateAlarmLinks(const QVector<Intervention> &changed);
    void refreshCrews();
    /// Routes of the crews en route, computed on a worker thread (one at a time).
    void updateRoutes();
    QHash<QString, CrewActivity> crewActivities() const;
    QStringList assetLines(const Intervention &i) const;
    void writeSheets(const QVector<qint64> &ids, const QString &dayTitle);
    void showIntervention(qint64 id);
    QVector<qint32> assetIndexes(const Intervention &i) const;

    QPointer<MapCanvas> m_canvas;
    QPointer<AlarmDock> m_alarmDock;
    QWidget *m_window;
    InterventionController *m_controller;
    InterventionDock *m_dock;
    InterventionLayer *m_interventionLayer;
    CrewLayer *m_crewLayer;
    std::unique_ptr<InterventionService> m_service;
    std::unique_ptr<Dispatcher> m_dispatcher;
    QPointer<AlarmService> m_alarms;
    QString m_storePath;
    const LoadedCity *m_city = nullptr;
    QPointer<CityMap> m_cityMap;
    QVector<Crew> m_crews;
    QHash<QString, CrewFix> m_lastFix;
    bool m_fixesChanged = false;
    StreetGraphPtr m_graph;
    bool m_graphPending = false;
    std::shared_ptr<const SocialPoiIndex> m_poi;
    /// Built off the GUI thread when a city opens: the street graph and the social places.
    struct CityNetwork
    {
        StreetGraphPtr graph;
        std::shared_ptr<const SocialPoiIndex> poi;
    };
    QFutureWatcher<CityNetwork> m_graphBuild;
    QFutureWatcher<QHash<QString, QVector<QPointF>>> m_routeBuild;
    QSet<QString> m_routed;              ///< Crews whose route is drawn.
    QVector<qint32> m_mapSelection;
    bool m_mapSelectionNewer = false;    ///< The rubber band came after the alarm selection.
    QHash<qint64, InterventionStatus> m_lastStatus;
    /// Requests whose success starts another one: after Create, assign the crew; after
    /// Assign (or an edit), dispatch.
    struct FollowUp { QString crewId; bool dispatch = false; };
    QHash<qint64, FollowUp> m_followUps;
    QTimer m_crewTimer;
    SlaPolicy m_sla;
    NightReportCounter m_nightReports;
};

} // namespace vigie
