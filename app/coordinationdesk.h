#pragma once

#include "coordination/cablecutalarm.h"
#include "coordination/coordinationtypes.h"
#include "coordinationworker.h"
#include "dispatch/coordinationnotifier.h"
#include "interventions/interventiontypes.h"
#include "io/cityloader.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

class QMenu;

namespace vigie {

class AlarmService;
class CityMap;
class CoordinationDock;
class CoordinationWorker;
class IngestService;
class InterventionDesk;
class MapCanvas;
class MapLayer;
class RoadworksLayer;
class RoundLayer;
struct CoordinationSnapshot;
struct DispatchSettings;

/// \brief Cross-service coordination in the main window (issue 6), kept out of MainWindow:
/// the engine on its worker thread, the roadworks and rounds layers, the coordination
/// panel, the rules dialog, combined interventions and notifications to other services.
///
/// - A city opens: its roadworks are read, rounds generated (or read), the engine
///   recomputes, all on the worker thread; the layers and the panel then show the result.
/// - Live: ingest's coalesced state deltas go straight to the worker (queued, no GUI work),
///   which applies them incrementally and sends merged deltas at most every 100 ms; works
///   received over MQTT (settings().worksFilter) are decoded on the worker as well.
/// - Time filter: the layer fades what is not active in the window; the engine evaluates
///   from the window's start. When nothing in the data is active in the default window
///   (now), the filter moves into the data's period and the panel says so.
/// - "Notify" publishes coordinationMessageJson() through CoordinationNotifier (QoS 1, its
///   own thread) to settings().topicFor(service).
/// GUI thread.
class CoordinationDesk : public QObject
{
    Q_OBJECT
public:
    CoordinationDesk(MapCanvas *canvas, InterventionDesk *interventions, QWidget *window);
    ~CoordinationDesk() override;

    CoordinationDock *dock() const { return m_dock; }
    RoadworksLayer *roadworksLayer() const { return m_roadworks; }
    RoundLayer *roundLayer() const { return m_rounds; }
    /// Layers to draw above the city's, bottom to top (works under rounds).
    QList<MapLayer *> layers() const;
    /// The city's layers (bottom to top) with this desk's inserted: the works zones above the
    /// context layers and under the assets, the rounds above the assets and under the labels.
    /// The pack's own roadworks layers are hidden (the works layer draws the same zones).
    QList<MapLayer *> arrange(const QList<MapLayer *> &cityLayers) const;
    /// Adds the Coordination menu's actions.
    void fillMenu(QMenu *menu);

    /// A city is on the map (or none: null): starts the engine's load on the worker, once
    /// the intervention desk has built the city's street graph (generated rounds follow
    /// the streets where the pack has some).
    void setCity(const LoadedCity *city, CityMap *cityMap);
    /// Live state deltas (null: none).
    void setIngest(IngestService *ingest);
    /// Live mode (started, null: none; never in review): the suspected cable cuts become one
    /// alarm per works zone (rule kCableCutRuleKey) and the lamps' own alarms are suppressed
    /// by design (source coordinationSuppressionSource()), following every result the
    /// worker publishes once the city's first result is in.
    void setAlarms(AlarmService *alarms);
    /// What was last handed to the alarm service (tests).
    const CableCutAlarms &cableCutAlarmsSent() const { return m_alarmsSent; }
    /// Connects the notifier (and the live works subscription) to the broker, or
    /// disconnects it (null).
    void setDispatch(const DispatchSettings *settings);
    /// The notifier while connected, else null (tests).
    CoordinationNotifier *notifier() const { return m_notifier.get(); }
    /// Topic pattern, saved with QSettings ("coordination/topicPattern").
    QString topicPattern() const;
    void setTopicPattern(const QString &pattern);

    /// The intervention a coordination item suggests: its assets, place, kind and text.
    Intervention interventionFor(const CoordinationItem &item) const;
    /// The message "Notify" sends for `item` to `service` (fresh message id, now).
    CoordinationMessage messageFor(const CoordinationItem &item, const QString &service) const;
    /// True once the first result for the current city is shown.
    bool isReady() const { return m_ready; }

    /// Session review (GUI thread): the panel only shows; combined interventions,
    /// notifications and rule changes are refused. Not reversible.
    void setReadOnly();

public slots:
    /// Frames and highlights the subject of a coordination alarm (Alarm::assetId of a subject
    /// alarm, "worksZone:<id>"); other subjects are ignored. GUI thread.
    void showSubject(const QString &subject);
    void showItem(const QString &key);
    void createIntervention(const QString &key);
    void notify(const QString &key, const QString &service);
    void editRules();

signals:
    /// The first result for the city is in the panel and on the map.
    void ready();
    void message(const QString &text);
    /// Posted to the worker (queued).
    void loadRequested(const vigie::CoordinationCityInput &input);
    void nowRequested(qint64 nowMs);
    void settingsRequested(const vigie::CoordinationSettings &settings);
    /// The supervisor changed the coordination rules (coordinationSettingsChange()).
    void settingsChanged(const QJsonObject &change);
    void plannedWorksRequested(const QVector<vigie::PlannedWork> &works);
    void clearRequested();

private:
    /// Centres the map on `frame` (EPSG:3857), zooming out when it is larger than the view.
    void frameOnMap(const QRectF &frame);
    void loaded(const CoordinationSnapshot &snapshot);
    void itemsChanged(const CoordinationDelta &delta);
    void timeWindowChanged(qint64 fromMs, qint64 untilMs);
    void updateStatus();
    void updatePlannedWorks();
    void updateActions();
    /// Takes the items' suspected cable cuts (replacing all when `all`) and tells the
    /// alarm service when they changed.
    void updateCableCuts(const QVector<CoordinationItem> &items, const QStringList &removed, bool all);
    void sendCableCutAlarms();
    /// The alarm rules' expected changes: the collection windows from a day ago to two days
    /// ahead (live only), refreshed every hour and when the rounds change.
    void sendCollectionWindows();

    QPointer<MapCanvas> m_canvas;
    QPointer<InterventionDesk> m_interventions;
    QWidget *m_window;
    CoordinationDock *m_dock;
    RoadworksLayer *m_roadworks;
    RoundLayer *m_rounds;
    QThread m_thread;
    CoordinationWorker *m_worker; ///< Lives on m_thread; deleted when it finishes.
    std::unique_ptr<CoordinationNotifier> m_notifier;
    const LoadedCity *m_city = nullptr;
    QPointer<CityMap> m_cityMap;
    QPointer<IngestService> m_ingest;
    QPointer<AlarmService> m_alarms;
    QHash<QString, CoordinationItem> m_cableCuts; ///< SuspectedCableCut items by key.
    CableCutAlarms m_alarmsSent;
    bool m_alarmsSynced = false; ///< m_alarmsSent reached the current alarm service.
    std::optional<CoordinationCityInput> m_waitingForStreets; ///< The load, until the street graph is built.
    bool m_haveResult = false; ///< The city's first result is in (before it, nothing is known).
    CoordinationSettings m_settings;
    QTimer m_plannedTimer;
    QTimer m_collectionTimer;
    QVector<CollectionRound> m_collectionRounds;
    QTimeZone m_zone;
    QStringList m_unplaced;
    int m_importIssues = 0;
    bool m_ready = false;
    bool m_readOnly = false; ///< Session review: no intervention, no notification, no rule change.
    bool m_autoJumped = false;
    bool m_firstSnapshot = true;
};

} // namespace vigie
