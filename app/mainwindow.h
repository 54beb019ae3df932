#pragma once

#include "alarmmarks.h"
#include "alarms/alarmtypes.h"
#include "appoptions.h"
#include "ingest/mqttsource.h"
#include "io/cityloader.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QTreeView;

namespace vigie {

class AlarmKpiDock;
class AlarmService;
class AlarmDock;
class AlarmSound;
class BrokerSecrets;
class CityMap;
class ClientIdLock;
class CoordinationDesk;
class CoordinateTransform;
class FloodBanner;
class IngestService;
class IngestStatus;
class InterventionDesk;
class InspectorPanel;
class LayerTreeModel;
class LiveRecording;
class MapCanvas;
class QuarantinePanel;
class ReportDesk;
class ReviewController;

/// \brief Vigie's main window: the map in the centre under the alarm flood banner; layers,
/// asset inspector, alarms and quarantine in docks; broker and ingest state in the status bar.
///
/// Opening a city loads it on a worker thread (import if needed, then the cached state),
/// shows it, then starts ingest, then the alarm service (fed with ingest's observations,
/// persisting through ingest's store writer). Alarm deltas go to the alarm dock, to the
/// map's alarm marks (changed assets only) and to the flood banner; new urgent alarms to
/// the audible cue. Closing stops the alarms, then ingest after committing what was received.
/// The window layout and the last view of each city are saved between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppOptions options, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a city pack by name or folder (asynchronously).
    void openCity(const QString &city);
    MapCanvas *canvas() const { return m_canvas; }
    /// The city on display, or null while loading.
    CityMap *cityMap() const { return m_cityMap.get(); }
    IngestService *ingest() const { return m_ingest.get(); }
    /// The running alarm service, or null (no city, or ingest could not start).
    AlarmService *alarmService() const { return m_alarms.get(); }
    AlarmDock *alarmDock() const { return m_alarmDock; }
    InterventionDesk *interventionDesk() const { return m_desk; }
    CoordinationDesk *coordinationDesk() const { return m_coordination; }
    ReportDesk *reportDesk() const { return m_reports; }
    FloodBanner *floodBanner() const { return m_floodBanner; }

    /// Review mode: opens the recorded session `path` read-only, then its city into a
    /// scratch store (ReviewController), without broker, dispatcher or recorder. Errors
    /// are reported like openCity()'s (cityFailed()).
    void openSession(const QString &path);
    /// The review in progress, or null in live mode.
    ReviewController *review() const { return m_review; }
    /// Whether the live city is being recorded to a session file (never in review).
    bool isRecording() const { return m_recording != nullptr; }

signals:
    /// The city is on the map (the cached state included) and ingest has started.
    void cityReady();
    /// Opening the city failed; `message` says why.
    void cityFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildDocks();
    void cityLoaded();
    void startIngest();
    void stopIngest();
    void startAlarms();
    void stopAlarms();
    void alarmsChanged(const AlarmDelta &delta);
    void applyAlarmMarks(const AlarmMarks::Changes &changes);
    /// Centres the map on one asset (and selects it) or frames several.
    void showAssets(const QVector<qint32> &assetIndexes);
    void closeCity();
    void setConnected(bool connected);
    void editBroker();
    /// Fills in the password (session cache, else the keychain, asynchronously), then useBroker().
    void connectWithPassword(MqttSettings settings);
    void passwordArrived(const QString &key, const QString &password);
    /// Takes the client id lock, then connects; a lock held by another Vigie is reported as Failed.
    void useBroker(const MqttSettings &settings);
    void showImportReport();
    void showAbout();
    void saveView();
    void restoreView();
    void takeScreenshot();
    void pointerMoved(QPointF mapPoint);
    // Alarm KPIs and rules (kept apart from the alarm list wiring).
    void buildAlarmKpiDock();
    void addAlarmRulesAction(QMenu *menu);
    void showAlarmKpisOf(const LoadedCity *city);
    void editAlarmRules();
    void recordRulesEdit(const vigie::AlarmRules &inForce);
    // Citizen reports (kept apart from the rest of the wiring).
    void buildReportDesk();
    void startReports();
    // Review mode (kept apart from the live wiring).
    void enterReviewMode();
    /// Review mode: Session ▸ Export a time window… / Export the shift report (CSV)….
    void addSessionMenu();
    void chooseSession();
    void failOpening(const QString &message);

    AppOptions m_options;
    MapCanvas *m_canvas;
    LayerTreeModel *m_layerModel;
    QTreeView *m_layerTree;
    InspectorPanel *m_inspector;
    QuarantinePanel *m_quarantine;
    IngestStatus *m_status;
    QLabel *m_pointer;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_cityMenu = nullptr;
    QMenu *m_coordinationMenu = nullptr;
    QAction *m_connectAction = nullptr;
    QDockWidget *m_quarantineDock = nullptr;
    AlarmKpiDock *m_alarmKpiDock = nullptr;
    QAction *m_alarmRulesAction = nullptr;
    AlarmDock *m_alarmDock;
    FloodBanner *m_floodBanner;
    AlarmSound *m_sound;
    InterventionDesk *m_desk = nullptr;
    CoordinationDesk *m_coordination = nullptr;
    ReportDesk *m_reports = nullptr; ///< Citizen reports: inbox, map pins, Open311 endpoint.
    QAction *m_soundAction = nullptr;
    AlarmMarks m_alarmMarks;
    int m_floodThreshold = 0; ///< AlarmSettings::floodThreshold of the running service.
    BrokerSecrets *m_secrets;
    std::optional<MqttSettings> m_pendingBroker; ///< Waiting for its password from the keychain.
    std::shared_ptr<ClientIdLock> m_clientLock;  ///< For the client id of the current source.

    std::unique_ptr<CityMap> m_cityMap;
    std::unique_ptr<IngestService> m_ingest;
    std::unique_ptr<AlarmService> m_alarms;
    /// The rules when the operator saved an edit, until the service confirms the new ones.
    std::optional<AlarmRules> m_rulesBeforeEdit;
    std::unique_ptr<LiveRecording> m_recording; ///< Session recording of the live city (issue 7).
    std::unique_ptr<CoordinateTransform> m_toMap;
    LoadedCity m_city;
    QFutureWatcher<Result<LoadedCity>> m_loader;
    std::atomic<bool> m_cancelLoad{false};
    int m_screenshotWaitedMs = 0;
    ReviewController *m_review = nullptr;
    QMenu *m_brokerMenu = nullptr;
};

} // namespace vigie
