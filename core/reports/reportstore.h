#pragma once

#include "domain/result.h"
#include "reporttypes.h"

#include <QString>
#include <QVector>

#include <optional>

/// \file
/// \brief The report tables of the city store: report, report_group, reporter_contact,
/// report_event, open311_api_key (one migration of core/storage/schema.cpp).

namespace vigie {

class SqliteConnection;

/// \brief Reads and writes the report tables on one connection.
///
/// Thread: the connection's (each thread opens its own; WAL). Writes do not open
/// transactions except insertReport() and purgeContacts(), which run in one
/// `BEGIN IMMEDIATE` each so a report and its contact are stored together or not at all.
/// Every function fails with `storeSql` on an SQLite error. Values are bound, never
/// spliced into SQL, whatever text residents send.
class ReportStore
{
public:
    /// `db` (schema at latestVersion()) must outlive this object.
    explicit ReportStore(SqliteConnection &db) : m_db(db) {}

    /// Stores a new report (its id is ignored), its contact (if not empty, in
    /// `reporter_contact`), and a first history entry; `report.groupId` must name an
    /// existing group (see ReportIntake). Returns the report with its id. Errors: `invalid`
    /// (no group), `storeSql`.
    Result<CitizenReport> insertReport(const CitizenReport &report, const ReporterContact &contact, const QString &actor);
    /// Replaces state, status notes, updated time, links and group of `report.id`, and
    /// appends a history entry when state or notes changed. Errors: `notFound`.
    Status updateReport(const CitizenReport &report, const QString &actor);

    Result<CitizenReport> report(qint64 id);
    /// The report that came from `source` with the reference `sourceRef` (FIWARE entity id,
    /// DansMaRue number), or null when there is none or `sourceRef` is empty.
    Result<std::optional<CitizenReport>> reportFromSource(ReportSource source, const QString &sourceRef);
    /// Reports matching `query`, newest first. Never returns contacts.
    Result<QVector<CitizenReport>> reports(const ReportQuery &query);
    /// Reports of one group, oldest first.
    Result<QVector<CitizenReport>> reportsOfGroup(qint64 groupId);
    /// Reports linked to an intervention directly or through their group.
    Result<QVector<CitizenReport>> reportsOfIntervention(qint64 interventionId);
    /// Reports changed after `sinceMs` (updated_at_ms), oldest change first: what polling reads.
    Result<QVector<CitizenReport>> changedSince(qint64 sinceMs);
    /// History of one report, oldest first.
    Result<QVector<ReportEvent>> events(qint64 reportId);

    Result<qint64> insertGroup(const ReportGroup &group);
    Status updateGroup(const ReportGroup &group);
    Result<ReportGroup> group(qint64 id);
    /// Open groups of `serviceCode`, for duplicate matching.
    Result<QVector<ReportGroup>> openGroups(const QString &serviceCode);
    /// Every open group and those updated at or after `sinceMs`.
    Result<QVector<ReportGroup>> groups(qint64 sinceMs);

    /// The contact of a report, or an empty one. Only for the data-protection officer's
    /// access and erasure requests: never shown to crews, never exported, never logged.
    Result<ReporterContact> contact(qint64 reportId);
    /// Deletes contacts stored before `nowMs - retentionDays` days; returns how many.
    Result<int> purgeContacts(qint64 nowMs, int retentionDays);

    /// Registers an Open311 API key (stored as its SHA-256, never in clear) with a label.
    Status addApiKey(const QString &key, const QString &label, qint64 nowMs);
    /// Whether `key` is registered and not revoked.
    Result<bool> isApiKeyValid(const QString &key);
    Status revokeApiKey(const QString &key);

    /// The connection it works on (for callers' transactions).
    SqliteConnection &connection() { return m_db; }

private:
    SqliteConnection &m_db;
};

} // namespace vigie
