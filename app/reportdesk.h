#pragma once

#include "interventions/interventiontypes.h"
#include "io/cityloader.h"
#include "reportdesksettings.h"
#include "reports/reportimport.h"
#include "reports/reportservice.h"
#include "reports/reporttypes.h"
#include "reports/servicecatalog.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QMenu;

namespace vigie {

class AlarmDock;
class IngestService;
class InterventionDesk;
class MapCanvas;
class MapLayer;
class Open311Server;
class ReportLayer;
class ReportService;
class ReportsDock;

/// \brief Everything citizen reports need in the main window, kept out of MainWindow: the
/// ReportService and, when enabled, the Open311 endpoint on the city store; the inbox dock;
/// the map layer; and the links to alarms and interventions.
///
/// - Reports and groups come from the service (its own thread) and reach the dock and the
///   map at most every 150 ms, whatever the rate they arrive at.
/// - Creating an intervention from a group opens InterventionDesk's dialog prefilled (kind
///   from the service, the matched asset, the place, the report ids); once stored, the group
///   is linked to it, and from then on every status change of the intervention updates the
///   reports' Open311 status and notes (ReportService::onInterventionsChanged).
/// - Linking a group to an open intervention also adds its reports to the intervention
///   (so its priority score counts them); to an alarm, records the link.
/// - The crew's instructions never get the residents' text or contacts: the supervisor
///   reads the reports in the dock and writes what the crew needs.
/// GUI thread.
class ReportDesk : public QObject
{
    Q_OBJECT
public:
    ReportDesk(MapCanvas *canvas, InterventionDesk *interventions, AlarmDock *alarms, QWidget *window);
    ~ReportDesk() override;

    ReportsDock *dock() const { return m_dock; }
    ReportLayer *layer() const { return m_layer; }
    /// Layers to draw above the city's and the interventions'.
    QList<MapLayer *> layers() const;
    /// Adds the Reports menu's actions.
    void fillMenu(QMenu *menu);
    /// *Reports ▸ Import DansMaRue CSV…*: enabled while the service runs (never in review).
    QAction *importAction() const { return m_importAction; }

    /// The city on display (or none: null), for its services, assets and time zone.
    void setCity(const LoadedCity *city, const QString &lang);
    /// Citizen reports read from MQTT (IngestService::reportsReceived) go to the service
    /// from now on, and to each service start() makes; null: none (review mode). The feed
    /// must outlive its use here: set null (or stop()) before it goes.
    void setMqttFeed(IngestService *ingest);
    /// Starts the service on the city's store and, if enabled in settings, the endpoint.
    /// `port` overrides the settings' port for this run when > 0 (command line).
    void start(const QString &storePath);
    void stop();
    bool isRunning() const { return m_service != nullptr; }
    /// The Open311 port listened on, or 0 when the endpoint is off.
    quint16 open311Port() const;
    /// From now on, every open group that reaches `residents` reports and is not answered
    /// yet is answered at once as *Intervention…* then *Create and dispatch* with the
    /// suggested crew would (InterventionDesk::createAndDispatch() on proposalFor()), once
    /// per group. 0 (default): never; the supervisor decides. Command line
    /// `--dispatch-reports N`, for unattended demos and tools/acceptance/report-loop.sh.
    void setAutoDispatch(int residents) { m_autoDispatchAt = residents; }
    /// Settings in force.
    const ReportDeskSettings &settings() const { return m_settings; }
    /// The city's services (empty when the pack lists none).
    const ServiceCatalog &catalog() const { return m_catalog; }
    /// The running service, or null (stopped, review mode). Its slots may be called from
    /// any thread.
    ReportService *service() const { return m_service.get(); }
    /// Replaces the settings (saved by the caller): restarts the endpoint when it changed.
    void applySettings(const ReportDeskSettings &settings, const QStringList &newKeys = {},
                       const QStringList &revokedKeys = {});

    const QHash<qint64, ReportGroup> &groups() const { return m_groups; }
    const QHash<qint64, CitizenReport> &reports() const { return m_reports; }
    /// The intervention proposed for a group (id 0, not stored): see the class comment.
    Intervention proposalFor(qint64 groupId) const;
    /// How many of `reportIds` were filed at night at their place (priority score).
    int reportsAtNight(const QVector<qint64> &reportIds) const;

public slots:
    void createIntervention(qint64 groupId);
    void confirmGroup(qint64 groupId);
    void splitReport(qint64 reportId);
    /// Links a group to an intervention (> 0) and/or an alarm (> 0); see the class comment.
    void linkGroup(qint64 groupId, qint64 alarmId, qint64 interventionId);
    /// Selects the group in the dock and brings the dock to the front (a click on its pin).
    void selectGroup(qint64 groupId);
    /// Selects the group and centres the map on it.
    void showGroup(qint64 groupId);
    /// Reads the DansMaRue export `path` on a worker thread (readDansMaRueCsv(), the city's
    /// aliases), submits its reports (ReportService::submitAll), then shows a summary
    /// (imported, grouped, already imported, refused with their reasons) and emits
    /// dansMaRueImported(). Nothing when the service is not running.
    void importDansMaRue(const QString &path);
    void editSettings();
    /// What the service sends (connected in start()); tests may feed them directly.
    void reportsChanged(const QVector<vigie::CitizenReport> &changed, bool all);
    void groupsChanged(const QVector<vigie::ReportGroup> &changed, bool all);

signals:
    void message(const QString &text);
    /// The supervisor changed the report settings (reportSettingsChange(), never a key).
    void settingsChanged(const QJsonObject &change);
    /// The service sent its first snapshot (tests, demo).
    void ready();
    /// An import finished; `summary` is the text shown (the file could not be read: the
    /// reason, and `outcome` is empty).
    void dansMaRueImported(const QString &path, const vigie::ReportBatchOutcome &outcome, const QString &summary);

private:
    void interventionsChanged(const QVector<vigie::Intervention> &changed, bool all);
    void chooseLink(qint64 groupId);
    void chooseDansMaRueFile();
    /// setAutoDispatch(): answers the groups that reached the threshold.
    void autoDispatch();
    /// The service stored an import's reports: the summary, with the rows the reader refused.
    void batchSubmitted(const vigie::ReportBatchOutcome &outcome);
    void showImportSummary(const QString &path, const QString &text, const QStringList &refusals);
    void scheduleRefresh();
    void refresh();
    void startEndpoint();
    /// Connects the MQTT feed, if any, to the running service, if any.
    void connectFeed();
    void registerKeys(const QStringList &add, const QStringList &revoke);
    QString actor() const;
    /// Runs `call` on the service, queued (nothing when stopped).
    void post(std::function<void(ReportService *)> call);

    QPointer<MapCanvas> m_canvas;
    InterventionDesk *m_interventions;
    QPointer<AlarmDock> m_alarms;
    QWidget *m_window;
    QPointer<ReportsDock> m_dock; ///< Owned by the window (may go first at shutdown).
    ReportLayer *m_layer;
    std::unique_ptr<ReportService> m_service;
    QPointer<IngestService> m_feed;
    std::unique_ptr<Open311Server> m_server;
    const LoadedCity *m_city = nullptr;
    QString m_lang = QStringLiteral("en");
    QString m_storePath;
    ServiceCatalog m_catalog;
    ReportDeskSettings m_settings;
    QHash<qint64, ReportGroup> m_groups;
    QHash<qint64, CitizenReport> m_reports;
    int m_autoDispatchAt = 0;
    QSet<qint64> m_autoDispatched; ///< Groups answered by setAutoDispatch().
    QAction *m_importAction;
    /// Imports read and submitted, by file path: the rows the reader could not take.
    QHash<QString, QVector<CsvRowIssue>> m_imports;
    QTimer m_refresh;
    bool m_readySent = false;
};

} // namespace vigie
