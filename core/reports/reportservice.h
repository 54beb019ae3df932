#pragma once

#include "domain/assetdirectory.h"
#include "domain/result.h"
#include "interventions/interventiontypes.h"
#include "reporttypes.h"
#include "servicecatalog.h"
#include "statustemplates.h"

#include <QObject>
#include <QThread>

#include <functional>

/// \file
/// \brief The reports of the city: intake from every source, grouping decisions, links to
/// alarms and interventions, and the resident-facing status that follows them.

namespace vigie {

/// \brief What one ReportService::submitAll() did with its reports.
struct ReportBatchOutcome
{
    QString tag;         ///< The caller's, given to submitAll() (e.g. the file imported).
    int stored = 0;      ///< New reports stored.
    int grouped = 0;     ///< Of those, how many joined a group already holding a report.
    int duplicates = 0;  ///< Already stored (same source and sourceRef): skipped.
    /// Refused reports: their sourceRef and why (the error never quotes a contact).
    QVector<QPair<QString, Error>> rejected;
};

/// \brief Owns the citizen reports of the city.
///
/// Same shape as InterventionService: lives on its own thread ("vigie-reports") with its
/// own read-write SQLite connection to the city store (WAL, busy timeout 5 s). Every
/// public slot may be called from any thread through a queued connection; signals are
/// emitted on the service's thread. Reports stored by others (the Open311 endpoint on its
/// thread, another Vigie instance) are picked up by polling `updated_at_ms` every
/// `pollIntervalMs` and announced like its own.
///
/// Informing residents: connect InterventionService::interventionsChanged to
/// onInterventionsChanged(). For each intervention, its reports (linked through their group
/// or listed in Intervention::reportIds) take the state reportStateFor(status) and a
/// `status_notes` from the templates in their language; Done and Cancelled close them and
/// their group.
class ReportService : public QObject
{
    Q_OBJECT
public:
    /// `storePath`: the city's SQLite file (migrated to latestVersion()). Call start()
    /// once, from the creating thread, after connecting the signals.
    explicit ReportService(QString storePath, QObject *parent = nullptr);
    ~ReportService() override;

    /// Opens the store on the service thread, then emits reportsChanged(all open reports
    /// and those closed in the last 7 days, true) and groupsChanged(…, true), or failed().
    /// Creating thread.
    void start(AssetDirectoryPtr directory, const ServiceCatalog &catalog, const ReportSettings &settings,
               const StatusTemplates &templates = StatusTemplates::defaults());
    /// Stops the thread (blocks until it has). Idempotent.
    void stop();

    /// Polling period for reports stored by others (default 1000 ms). Before start().
    void setPollInterval(int ms) { m_pollIntervalMs = ms; }
    /// Clock (UTC ms); default the system clock. Before start(); tests.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

public slots:
    /// Stores a report from MQTT or CSV (ReportIntake::submit). Emits reportsChanged or
    /// intakeRejected(sourceRef, error) (the error never quotes the contact).
    void submit(const vigie::CitizenReport &report, const vigie::ReporterContact &contact);
    /// Stores reports from MQTT or CSV without contacts, in order (ReportIntake::submit each),
    /// then emits batchSubmitted(outcome tagged `tag`) and one reportsChanged. A report
    /// already stored (`duplicateReport`) is counted, not refused.
    void submitAll(const QVector<vigie::CitizenReport> &reports, const QString &tag = {});
    /// Marks a group's grouping as right (kept as is, no more automatic regrouping of it).
    void confirmGroup(qint64 groupId, const QString &actor);
    /// Moves one report out of its group into a new confirmed group of its own.
    void splitReport(qint64 reportId, const QString &actor);
    /// Links a group (and its reports) to an alarm and/or an intervention (0 = unchanged;
    /// -1 = unlink). Reports take the state of the intervention at once if `intervention`
    /// is given with a non-zero id.
    void linkGroup(qint64 groupId, qint64 alarmId, qint64 interventionId, const QString &actor);
    /// Updates linked reports from intervention changes (see the class comment).
    void onInterventionsChanged(const QVector<vigie::Intervention> &changed, bool all);
    void setTemplates(const vigie::StatusTemplates &templates);
    /// Deletes reporter contacts older than the retention period; emits contactsPurged(n).
    /// Also run at start() and every 6 hours.
    void purgeContacts();

signals:
    /// Reports whose stored row changed, coalesced per poll. `all`: the whole set (start).
    void reportsChanged(const QVector<vigie::CitizenReport> &changed, bool all);
    /// Groups that changed (report count, links, open/closed). `all`: the whole set.
    void groupsChanged(const QVector<vigie::ReportGroup> &changed, bool all);
    /// submit() refused a report (not for a duplicate, which is only logged).
    void intakeRejected(const QString &sourceRef, const vigie::Error &error);
    /// What submitAll() did.
    void batchSubmitted(const vigie::ReportBatchOutcome &outcome);
    void contactsPurged(int count);
    void failed(const vigie::Error &error);

private:
    QString m_storePath;
    int m_pollIntervalMs = 1000;
    std::function<qint64()> m_clock;
    QThread m_thread;
    class Worker;
    Worker *m_worker = nullptr;
};

} // namespace vigie

Q_DECLARE_METATYPE(vigie::ReportBatchOutcome)
