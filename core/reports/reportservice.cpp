#include "reportservice.h"

#include "reportintake.h"
#include "reportstore.h"
#include "storage/schema.h"
#include "storage/sqlite.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

Q_LOGGING_CATEGORY(lcReports, "vigie.reports")

namespace vigie {

namespace {

constexpr qint64 kClosedKeptMs = 7 * 24 * 3600'000LL;
constexpr int kPurgeEveryMs = 6 * 3600'000;
constexpr qint64 kPollOverlapMs = 2000; ///< Re-read this far back: writers' clocks and commits interleave.

} // namespace

/// The service's thread side: owns the connection and what polling compares against.
class ReportService::Worker : public QObject
{
public:
    Worker(ReportService *service, QString storePath, int pollIntervalMs, std::function<qint64()> clock)
        : m_service(service), m_storePath(std::move(storePath)), m_pollIntervalMs(pollIntervalMs), m_clock(std::move(clock)) {}

    void open(AssetDirectoryPtr directory, ServiceCatalog catalog, ReportSettings settings, StatusTemplates templates)
    {
        auto db = SqliteConnection::open(m_storePath, SqliteConnection::Mode::ReadWrite);
        if (!db) {
            emit m_service->failed(db.error());
            return;
        }
        m_db = std::move(db).value();
        if (auto m = schema::migrate(m_db); !m) {
            emit m_service->failed(m.error());
            return;
        }
        m_store = std::make_unique<ReportStore>(m_db);
        m_templates = templates;
        m_intake = std::make_unique<ReportIntake>(std::move(catalog), AssetMatcher(std::move(directory)), settings, templates);

        const qint64 now = m_clock();
        ReportQuery q;
        q.limit = 10000;
        q.startMs = 0;
        auto reports = m_store->reports(q);
        auto groups = m_store->groups(now - kClosedKeptMs);
        if (!reports || !groups) {
            emit m_service->failed(!reports ? reports.error() : groups.error());
            return;
        }
        QVector<CitizenReport> shown;
        for (const CitizenReport &r : reports.value()) {
            m_seen.insert(r.id, r.updatedAtMs);
            m_watermark = std::max(m_watermark, r.updatedAtMs);
            if (r.isOpen() || r.updatedAtMs >= now - kClosedKeptMs)
                shown << r;
        }
        for (const ReportGroup &g : groups.value())
            m_groupSeen.insert(g.id, g.updatedAtMs);
        emit m_service->reportsChanged(shown, true);
        emit m_service->groupsChanged(groups.value(), true);
        purge();

        m_poll.setInterval(m_pollIntervalMs);
        connect(&m_poll, &QTimer::timeout, this, [this] { poll(); });
        m_poll.start();
        m_purge.setInterval(kPurgeEveryMs);
        connect(&m_purge, &QTimer::timeout, this, [this] { purge(); });
        m_purge.start();
    }

    void close()
    {
        m_poll.stop();
        m_purge.stop();
        m_intake.reset();
        m_store.reset();
        m_db = SqliteConnection();
    }

    bool ready() const { return m_store != nullptr; }

    /// Emits reports and groups changed since the last poll, whoever changed them.
    void poll()
    {
        if (!ready())
            return;
        auto changed = m_store->changedSince(m_watermark - kPollOverlapMs);
        if (!changed) {
            emit m_service->failed(changed.error());
            return;
        }
        QVector<CitizenReport> out;
        QSet<qint64> groupIds;
        for (CitizenReport r : changed.value()) {
            m_watermark = std::max(m_watermark, r.updatedAtMs);
            const auto it = m_seen.constFind(r.id);
            if (it != m_seen.constEnd() && it.value() == r.updatedAtMs)
                continue;
            // A new report that joined a group already in work takes the work's state at once.
            const auto known = m_interventions.constFind(r.interventionId);
            if (it == m_seen.constEnd() && r.interventionId > 0 && known != m_interventions.constEnd()) {
                const QString reason = known->status == InterventionStatus::Blocked ? known->blockedReason : QString();
                applyState(r, reportStateFor(known->status), reason, r.updatedAtMs);
                if (auto s = m_store->updateReport(r, QStringLiteral("intervention:%1").arg(r.interventionId)); !s)
                    emit m_service->failed(s.error());
            }
            m_seen.insert(r.id, r.updatedAtMs);
            out << r;
            groupIds.insert(r.groupId);
        }
        if (!out.isEmpty())
            emit m_service->reportsChanged(out, false);
        auto groups = m_store->groups(m_groupWatermark - kPollOverlapMs);
        if (!groups)
            return;
        QVector<ReportGroup> gOut;
        for (const ReportGroup &g : groups.value()) {
            m_groupWatermark = std::max(m_groupWatermark, g.updatedAtMs);
            const auto it = m_groupSeen.constFind(g.id);
            if (it != m_groupSeen.constEnd() && it.value() == g.updatedAtMs && !groupIds.contains(g.id))
                continue;
            m_groupSeen.insert(g.id, g.updatedAtMs);
            gOut << g;
        }
        if (!gOut.isEmpty())
            emit m_service->groupsChanged(gOut, false);
    }

    void submit(const CitizenReport &report, const ReporterContact &contact)
    {
        if (!ready())
            return;
        auto stored = take(report, contact);
        if (!stored && stored.error().code != QLatin1String("duplicateReport"))
            emit m_service->intakeRejected(report.sourceRef, stored.error());
        poll();
    }

    void submitAll(const QVector<CitizenReport> &reports, const QString &tag)
    {
        if (!ready())
            return;
        ReportBatchOutcome outcome;
        outcome.tag = tag;
        for (const CitizenReport &report : reports) {
            auto stored = take(report, {});
            if (stored) {
                ++outcome.stored;
                auto group = m_store->group(stored->groupId);
                outcome.grouped += group && group->reportCount > 1 ? 1 : 0;
            } else if (stored.error().code == QLatin1String("duplicateReport")) {
                ++outcome.duplicates;
            } else {
                outcome.rejected.append({report.sourceRef, stored.error()});
            }
        }
        emit m_service->batchSubmitted(outcome);
        poll();
    }

    void confirmGroup(qint64 groupId)
    {
        auto g = m_store ? m_store->group(groupId) : Result<ReportGroup>(Error{QStringLiteral("notReady"), {}});
        if (!g)
            return emit m_service->failed(g.error());
        g->confirmed = true;
        g->updatedAtMs = m_clock();
        if (auto s = m_store->updateGroup(g.value()); !s)
            return emit m_service->failed(s.error());
        poll();
    }

    void splitReport(qint64 reportId, const QString &actor)
    {
        auto r = m_store ? m_store->report(reportId) : Result<CitizenReport>(Error{QStringLiteral("notReady"), {}});
        if (!r)
            return emit m_service->failed(r.error());
        const qint64 now = m_clock();
        ReportGroup g;
        g.serviceCode = r->serviceCode;
        g.assetId = r->matchedAssetId;
        g.lat = r->lat;
        g.lon = r->lon;
        g.confirmed = true;
        g.open = r->isOpen();
        g.createdAtMs = g.updatedAtMs = now;
        auto id = m_store->insertGroup(g);
        if (!id)
            return emit m_service->failed(id.error());
        const qint64 oldGroup = r->groupId;
        r->groupId = id.value();
        r->alarmId = 0;
        r->interventionId = 0;
        r->updatedAtMs = now;
        if (auto s = m_store->updateReport(r.value(), actor); !s)
            return emit m_service->failed(s.error());
        touchGroup(oldGroup, now);
        poll();
    }

    void linkGroup(qint64 groupId, qint64 alarmId, qint64 interventionId, const QString &actor)
    {
        auto g = m_store ? m_store->group(groupId) : Result<ReportGroup>(Error{QStringLiteral("notReady"), {}});
        if (!g)
            return emit m_service->failed(g.error());
        const qint64 now = m_clock();
        if (alarmId != 0)
            g->alarmId = alarmId < 0 ? 0 : alarmId;
        if (interventionId != 0)
            g->interventionId = interventionId < 0 ? 0 : interventionId;
        g->updatedAtMs = now;
        if (auto s = m_store->updateGroup(g.value()); !s)
            return emit m_service->failed(s.error());
        auto reports = m_store->reportsOfGroup(groupId);
        if (!reports)
            return emit m_service->failed(reports.error());
        for (CitizenReport r : reports.value()) {
            r.alarmId = g->alarmId;
            r.interventionId = g->interventionId;
            r.updatedAtMs = now;
            if (g->interventionId > 0) {
                const auto known = m_interventions.constFind(g->interventionId);
                applyState(r, known != m_interventions.constEnd() ? reportStateFor(known->status) : ReportState::Acknowledged,
                           known != m_interventions.constEnd() ? known->blockedReason : QString(), now);
            }
            if (auto s = m_store->updateReport(r, actor); !s)
                return emit m_service->failed(s.error());
        }
        poll();
    }

    void onInterventionsChanged(const QVector<Intervention> &changed)
    {
        if (!ready())
            return;
        const qint64 now = m_clock();
        for (const Intervention &iv : changed) {
            m_interventions.insert(iv.id, iv);
            // Reports named by the intervention bring their groups along.
            for (qint64 reportId : iv.reportIds) {
                auto r = m_store->report(reportId);
                if (!r)
                    continue;
                auto g = m_store->group(r->groupId);
                if (g && g->interventionId != iv.id) {
                    g->interventionId = iv.id;
                    g->updatedAtMs = now;
                    m_store->updateGroup(g.value());
                }
            }
            auto reports = m_store->reportsOfIntervention(iv.id);
            if (!reports) {
                emit m_service->failed(reports.error());
                continue;
            }
            const ReportState state = reportStateFor(iv.status);
            QSet<qint64> groups;
            for (CitizenReport r : reports.value()) {
                groups.insert(r.groupId);
                const ReportState before = r.state;
                const QString notesBefore = r.statusNotes;
                applyState(r, state, iv.status == InterventionStatus::Blocked ? iv.blockedReason : QString(), now);
                if (r.state == before && r.statusNotes == notesBefore && r.interventionId == iv.id)
                    continue;
                r.interventionId = iv.id;
                r.updatedAtMs = now;
                if (auto s = m_store->updateReport(r, QStringLiteral("intervention:%1").arg(iv.id)); !s)
                    emit m_service->failed(s.error());
            }
            for (qint64 groupId : groups) {
                auto g = m_store->group(groupId);
                if (g && g->open == isClosed(iv.status)) {
                    g->open = !isClosed(iv.status);
                    g->updatedAtMs = now;
                    m_store->updateGroup(g.value());
                }
            }
        }
        poll();
    }

    void setTemplates(const StatusTemplates &templates) { m_templates = templates; }

    void purge()
    {
        if (!ready())
            return;
        auto n = m_store->purgeContacts(m_clock(), m_intake->settings().contactRetentionDays);
        if (!n)
            return emit m_service->failed(n.error());
        if (n.value() > 0)
            qCInfo(lcReports) << "purged" << n.value() << "reporter contacts past retention";
        emit m_service->contactsPurged(n.value());
    }

private:
    /// ReportIntake::submit(), logging refusals by code and source reference only (an error
    /// names fields, never the contact's values).
    Result<CitizenReport> take(const CitizenReport &report, const ReporterContact &contact)
    {
        const QString actor = report.source == ReportSource::Csv ? QStringLiteral("csv") : QStringLiteral("mqtt");
        auto stored = m_intake->submit(*m_store, report, contact, actor, m_clock());
        if (!stored && stored.error().code == QLatin1String("duplicateReport"))
            qCDebug(lcReports) << "report already stored:" << elide(report.sourceRef, 80);
        else if (!stored)
            qCInfo(lcReports) << "report refused:" << stored.error().code << elide(report.sourceRef, 80);
        return stored;
    }

    void applyState(CitizenReport &r, ReportState state, const QString &reason, qint64 now)
    {
        const ServiceDefinition *s = m_intake->catalog().find(r.serviceCode);
        r.state = state;
        r.statusNotes = m_templates.render(state, r.lang, s ? s->name(r.lang) : r.serviceCode, r.addressString,
                                           QDateTime::fromMSecsSinceEpoch(now).toString(QStringLiteral("yyyy-MM-dd")), reason);
    }

    void touchGroup(qint64 groupId, qint64 now)
    {
        auto g = m_store->group(groupId);
        if (!g)
            return;
        g->updatedAtMs = now;
        if (g->reportCount == 0)
            g->open = false; // emptied by a split: nothing left to match against
        m_store->updateGroup(g.value());
    }

    ReportService *m_service;
    QString m_storePath;
    int m_pollIntervalMs;
    std::function<qint64()> m_clock;
    SqliteConnection m_db;
    std::unique_ptr<ReportStore> m_store;
    std::unique_ptr<ReportIntake> m_intake;
    StatusTemplates m_templates;
    QHash<qint64, qint64> m_seen;       // report id → updated_at_ms last emitted
    QHash<qint64, qint64> m_groupSeen;  // group id → updated_at_ms last emitted
    QHash<qint64, Intervention> m_interventions;
    qint64 m_watermark = 0;
    qint64 m_groupWatermark = 0;
    QTimer m_poll{this};  // children, so moveToThread() takes them along
    QTimer m_purge{this};
};

ReportService::ReportService(QString storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
{
    qRegisterMetaType<CitizenReport>();
    qRegisterMetaType<ReportGroup>();
    qRegisterMetaType<QVector<CitizenReport>>();
    qRegisterMetaType<QVector<ReportGroup>>();
    qRegisterMetaType<ReporterContact>();
    qRegisterMetaType<ReportBatchOutcome>();
    qRegisterMetaType<Error>();
    m_thread.setObjectName(QStringLiteral("vigie-reports"));
}

ReportService::~ReportService() { stop(); }

void ReportService::start(AssetDirectoryPtr directory, const ServiceCatalog &catalog, const ReportSettings &settings,
                          const StatusTemplates &templates)
{
    if (m_worker)
        return;
    m_worker = new Worker(this, m_storePath, m_pollIntervalMs, m_clock ? m_clock : [] { return QDateTime::currentMSecsSinceEpoch(); });
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, directory, catalog, settings, templates] { w->open(directory, catalog, settings, templates); });
}

void ReportService::stop()
{
    if (!m_worker)
        return;
    Worker *w = m_worker;
    m_worker = nullptr;
    QMetaObject::invokeMethod(w, [w] { w->close(); delete w; });
    m_thread.quit();
    m_thread.wait();
}

#define VIGIE_ON_WORKER(body) \
    do { \
        if (Worker *w = m_worker) \
            QMetaObject::invokeMethod(w, [=] { body; }); \
    } while (false)

void ReportService::submit(const CitizenReport &report, const ReporterContact &contact) { VIGIE_ON_WORKER(w->submit(report, contact)); }
void ReportService::submitAll(const QVector<CitizenReport> &reports, const QString &tag) { VIGIE_ON_WORKER(w->submitAll(reports, tag)); }
void ReportService::confirmGroup(qint64 groupId, const QString &) { VIGIE_ON_WORKER(w->confirmGroup(groupId)); }
void ReportService::splitReport(qint64 reportId, const QString &actor) { VIGIE_ON_WORKER(w->splitReport(reportId, actor)); }
void ReportService::linkGroup(qint64 groupId, qint64 alarmId, qint64 interventionId, const QString &actor)
{
    VIGIE_ON_WORKER(w->linkGroup(groupId, alarmId, interventionId, actor));
}
void ReportService::onInterventionsChanged(const QVector<Intervention> &changed, bool) { VIGIE_ON_WORKER(w->onInterventionsChanged(changed)); }
void ReportService::setTemplates(const StatusTemplates &templates) { VIGIE_ON_WORKER(w->setTemplates(templates)); }
void ReportService::purgeContacts() { VIGIE_ON_WORKER(w->purge()); }

#undef VIGIE_ON_WORKER

} // namespace vigie
