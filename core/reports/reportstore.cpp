#include "reportstore.h"

#include "storage/sqlite.h"

#include <QCryptographicHash>

#include <algorithm>
#include <functional>

#include <sqlite3.h>

namespace vigie {

namespace {

constexpr const char *kReportColumns =
    "id, service_code, description, lat, lon, address_string, media_url, requested_at_ms, updated_at_ms, state, "
    "status_notes, agency_responsible, lang, group_id, asset_id, asset_distance_m, alarm_id, intervention_id, source, source_ref";

constexpr const char *kGroupColumns =
    "id, service_code, asset_id, lat, lon, confirmed, open, alarm_id, intervention_id, created_at_ms, updated_at_ms, "
    "(SELECT COUNT(*) FROM report r WHERE r.group_id = report_group.id)";

CitizenReport readReport(const SqliteStatement &s)
{
    CitizenReport r;
    r.id = s.int64(0);
    r.serviceCode = s.text(1);
    r.description = s.text(2);
    r.lat = s.real(3);
    r.lon = s.real(4);
    r.addressString = s.text(5);
    r.mediaUrl = s.text(6);
    r.requestedAtMs = s.int64(7);
    r.updatedAtMs = s.int64(8);
    reportStateFromKey(s.text(9), &r.state);
    r.statusNotes = s.text(10);
    r.agencyResponsible = s.text(11);
    r.lang = s.text(12);
    r.groupId = s.int64(13);
    r.matchedAssetId = s.text(14);
    r.matchedDistanceM = s.real(15);
    r.alarmId = s.int64(16);
    r.interventionId = s.int64(17);
    reportSourceFromKey(s.text(18), &r.source);
    r.sourceRef = s.text(19);
    return r;
}

ReportGroup readGroup(const SqliteStatement &s)
{
    ReportGroup g;
    g.id = s.int64(0);
    g.serviceCode = s.text(1);
    g.assetId = s.text(2);
    g.lat = s.real(3);
    g.lon = s.real(4);
    g.confirmed = s.int64(5) != 0;
    g.open = s.int64(6) != 0;
    g.alarmId = s.int64(7);
    g.interventionId = s.int64(8);
    g.createdAtMs = s.int64(9);
    g.updatedAtMs = s.int64(10);
    g.reportCount = int(s.int64(11));
    return g;
}

QByteArray sql(const char *head, const char *columns, const char *tail)
{
    return QByteArray(head) + columns + tail;
}

template<typename T, typename Read>
Result<QVector<T>> collect(SqliteConnection &db, const QByteArray &query, Read read, const std::function<void(SqliteStatement &)> &bind = {})
{
    auto stmt = db.prepare(query.constData());
    if (!stmt)
        return stmt.error();
    if (bind)
        bind(stmt.value());
    QVector<T> out;
    if (auto s = stmt->forEachRow([&](SqliteStatement &row) { out.append(read(row)); }); !s)
        return s.error();
    return out;
}

QString keyHash(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}


void bindId(SqliteStatement &s, int index, qint64 id)
{
    if (id > 0)
        s.bind(index, id);
    else
        s.bindNull(index);
}

Status appendEvent(SqliteConnection &db, qint64 reportId, qint64 atMs, ReportState state, const QString &notes, const QString &actor)
{
    auto stmt = db.prepare("INSERT INTO report_event(report_id, at_ms, state, status_notes, actor) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, reportId);
    stmt->bind(2, atMs);
    stmt->bind(3, reportStateKey(state));
    stmt->bind(4, notes);
    stmt->bind(5, actor);
    return stmt->run();
}

} // namespace

Result<CitizenReport> ReportStore::insertReport(const CitizenReport &report, const ReporterContact &contact, const QString &actor)
{
    if (report.groupId <= 0)
        return Error{QStringLiteral("invalid"), QStringLiteral("a report needs a group")};
    // Inside a caller's transaction (ReportIntake::submit) it joins it; else it opens one.
    const bool own = sqlite3_get_autocommit(m_db.handle()) != 0;
    if (own) {
        if (auto b = m_db.exec("BEGIN IMMEDIATE"); !b)
            return b.error();
    }
    auto fail = [&](const Error &e) -> Result<CitizenReport> {
        if (own)
            m_db.exec("ROLLBACK");
        return e;
    };
    auto stmt = m_db.prepare(
        "INSERT INTO report(service_code, description, lat, lon, address_string, media_url, requested_at_ms, updated_at_ms, "
        "state, status_notes, agency_responsible, lang, group_id, asset_id, asset_distance_m, alarm_id, intervention_id, "
        "source, source_ref) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
    if (!stmt)
        return fail(stmt.error());
    SqliteStatement &s = stmt.value();
    s.bind(1, report.serviceCode);
    s.bind(2, report.description);
    s.bind(3, report.lat);
    s.bind(4, report.lon);
    s.bind(5, report.addressString);
    s.bind(6, report.mediaUrl);
    s.bind(7, report.requestedAtMs);
    s.bind(8, report.updatedAtMs);
    s.bind(9, reportStateKey(report.state));
    s.bind(10, report.statusNotes);
    s.bind(11, report.agencyResponsible);
    s.bind(12, report.lang.isEmpty() ? QStringLiteral("fr") : report.lang);
    s.bind(13, report.groupId);
    s.bind(14, report.matchedAssetId.isEmpty() ? QString() : report.matchedAssetId);
    s.bind(15, report.matchedDistanceM);
    bindId(s, 16, report.alarmId);
    bindId(s, 17, report.interventionId);
    s.bind(18, reportSourceKey(report.source));
    s.bind(19, report.sourceRef.isEmpty() ? QString() : report.sourceRef);
    if (auto r = s.run(); !r)
        return fail(r.error());
    CitizenReport stored = report;
    stored.id = m_db.lastInsertRowId();
    if (!contact.isEmpty()) {
        auto c = m_db.prepare("INSERT INTO reporter_contact(report_id, email, first_name, last_name, phone, device_id, stored_at_ms) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        if (!c)
            return fail(c.error());
        c->bind(1, stored.id);
        c->bind(2, contact.email);
        c->bind(3, contact.firstName);
        c->bind(4, contact.lastName);
        c->bind(5, contact.phone);
        c->bind(6, contact.deviceId);
        c->bind(7, contact.storedAtMs > 0 ? contact.storedAtMs : report.updatedAtMs);
        if (auto r = c->run(); !r)
            return fail(r.error());
    }
    if (auto e = appendEvent(m_db, stored.id, stored.updatedAtMs, stored.state, stored.statusNotes, actor); !e)
        return fail(e.error());
    auto touch = m_db.prepare("UPDATE report_group SET updated_at_ms = ?1 WHERE id = ?2");
    if (!touch)
        return fail(touch.error());
    touch->bind(1, stored.updatedAtMs);
    touch->bind(2, stored.groupId);
    if (auto r = touch->run(); !r)
        return fail(r.error());
    if (own) {
        if (auto c = m_db.exec("COMMIT"); !c)
            return fail(c.error());
    }
    return stored;
}

Status ReportStore::updateReport(const CitizenReport &report, const QString &actor)
{
    auto before = this->report(report.id);
    if (!before)
        return before.error();
    auto stmt = m_db.prepare("UPDATE report SET state = ?1, status_notes = ?2, updated_at_ms = ?3, group_id = ?4, alarm_id = ?5, "
                             "intervention_id = ?6, lang = ?7 WHERE id = ?8");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, reportStateKey(report.state));
    stmt->bind(2, report.statusNotes);
    stmt->bind(3, report.updatedAtMs);
    stmt->bind(4, report.groupId);
    bindId(stmt.value(), 5, report.alarmId);
    bindId(stmt.value(), 6, report.interventionId);
    stmt->bind(7, report.lang.isEmpty() ? QStringLiteral("fr") : report.lang);
    stmt->bind(8, report.id);
    if (auto r = stmt->run(); !r)
        return r;
    if (before->state != report.state || before->statusNotes != report.statusNotes)
        return appendEvent(m_db, report.id, report.updatedAtMs, report.state, report.statusNotes, actor);
    return {};
}

Result<CitizenReport> ReportStore::report(qint64 id)
{
    auto list = collect<CitizenReport>(m_db, sql("SELECT ", kReportColumns, " FROM report WHERE id = ?1"), readReport,
                                       [id](SqliteStatement &s) { s.bind(1, id); });
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error{QStringLiteral("notFound"), QStringLiteral("no report %1").arg(id)};
    return list->first();
}

Result<std::optional<CitizenReport>> ReportStore::reportFromSource(ReportSource source, const QString &sourceRef)
{
    if (sourceRef.isEmpty())
        return std::optional<CitizenReport>();
    auto list = collect<CitizenReport>(m_db, sql("SELECT ", kReportColumns, " FROM report WHERE source = ?1 AND source_ref = ?2 LIMIT 1"),
                                       readReport, [&](SqliteStatement &s) {
                                           s.bind(1, reportSourceKey(source));
                                           s.bind(2, sourceRef);
                                       });
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<CitizenReport>() : std::optional<CitizenReport>(list->first());
}

Result<QVector<CitizenReport>> ReportStore::reports(const ReportQuery &query)
{
    QByteArray where = " WHERE 1";
    QVector<std::function<void(SqliteStatement &, int)>> binds;
    auto addList = [&](const char *column, const QStringList &values) {
        where += QByteArray(" AND ") + column + " IN (";
        for (int i = 0; i < values.size(); ++i) {
            where += (i ? ",?" : "?");
            const QString v = values.at(i);
            binds.append([v](SqliteStatement &s, int idx) { s.bind(idx, v); });
        }
        where += ")";
    };
    if (!query.serviceRequestIds.isEmpty()) {
        where += " AND id IN (";
        for (int i = 0; i < query.serviceRequestIds.size(); ++i) {
            where += (i ? ",?" : "?");
            const qint64 id = query.serviceRequestIds.at(i).toLongLong();
            binds.append([id](SqliteStatement &s, int idx) { s.bind(idx, id); });
        }
        where += ")";
    } else {
        if (!query.serviceCodes.isEmpty())
            addList("service_code", query.serviceCodes);
        if (query.startMs > 0) {
            where += " AND requested_at_ms >= ?";
            binds.append([v = query.startMs](SqliteStatement &s, int idx) { s.bind(idx, v); });
        }
        if (query.endMs > 0) {
            where += " AND requested_at_ms <= ?";
            binds.append([v = query.endMs](SqliteStatement &s, int idx) { s.bind(idx, v); });
        }
        if (query.open.has_value())
            where += *query.open ? " AND state NOT IN ('resolved','declined')" : " AND state IN ('resolved','declined')";
    }
    where += " ORDER BY requested_at_ms DESC, id DESC LIMIT ?";
    const int limit = std::clamp(query.limit, 1, 10000);
    binds.append([limit](SqliteStatement &s, int idx) { s.bind(idx, limit); });
    return collect<CitizenReport>(m_db, QByteArray("SELECT ") + kReportColumns + " FROM report" + where, readReport,
                                  [&](SqliteStatement &s) {
                                      for (int i = 0; i < binds.size(); ++i)
                                          binds[i](s, i + 1);
                                  });
}

Result<QVector<CitizenReport>> ReportStore::reportsOfGroup(qint64 groupId)
{
    return collect<CitizenReport>(m_db, sql("SELECT ", kReportColumns, " FROM report WHERE group_id = ?1 ORDER BY id"), readReport,
                                  [groupId](SqliteStatement &s) { s.bind(1, groupId); });
}

Result<QVector<CitizenReport>> ReportStore::reportsOfIntervention(qint64 interventionId)
{
    return collect<CitizenReport>(m_db,
                                  sql("SELECT ", kReportColumns,
                                      " FROM report WHERE intervention_id = ?1 OR group_id IN "
                                      "(SELECT id FROM report_group WHERE intervention_id = ?1) ORDER BY id"),
                                  readReport, [interventionId](SqliteStatement &s) { s.bind(1, interventionId); });
}

Result<QVector<CitizenReport>> ReportStore::changedSince(qint64 sinceMs)
{
    return collect<CitizenReport>(m_db, sql("SELECT ", kReportColumns, " FROM report WHERE updated_at_ms > ?1 ORDER BY updated_at_ms, id"),
                                  readReport, [sinceMs](SqliteStatement &s) { s.bind(1, sinceMs); });
}

Result<QVector<ReportEvent>> ReportStore::events(qint64 reportId)
{
    return collect<ReportEvent>(
        m_db, "SELECT report_id, at_ms, state, status_notes, actor FROM report_event WHERE report_id = ?1 ORDER BY at_ms, rowid",
        [](const SqliteStatement &s) {
            ReportEvent e;
            e.reportId = s.int64(0);
            e.atMs = s.int64(1);
            reportStateFromKey(s.text(2), &e.state);
            e.statusNotes = s.text(3);
            e.actor = s.text(4);
            return e;
        },
        [reportId](SqliteStatement &s) { s.bind(1, reportId); });
}

Result<qint64> ReportStore::insertGroup(const ReportGroup &group)
{
    auto stmt = m_db.prepare("INSERT INTO report_group(service_code, asset_id, lat, lon, confirmed, open, alarm_id, intervention_id, "
                             "created_at_ms, updated_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!stmt)
        return stmt.error();
    SqliteStatement &s = stmt.value();
    s.bind(1, group.serviceCode);
    s.bind(2, group.assetId.isEmpty() ? QString() : group.assetId);
    s.bind(3, group.lat);
    s.bind(4, group.lon);
    s.bind(5, int(group.confirmed));
    s.bind(6, int(group.open));
    bindId(s, 7, group.alarmId);
    bindId(s, 8, group.interventionId);
    s.bind(9, group.createdAtMs);
    s.bind(10, group.updatedAtMs);
    if (auto r = s.run(); !r)
        return r.error();
    return m_db.lastInsertRowId();
}

Status ReportStore::updateGroup(const ReportGroup &group)
{
    auto stmt = m_db.prepare("UPDATE report_group SET asset_id = ?1, confirmed = ?2, open = ?3, alarm_id = ?4, intervention_id = ?5, "
                             "updated_at_ms = ?6 WHERE id = ?7");
    if (!stmt)
        return stmt.error();
    SqliteStatement &s = stmt.value();
    s.bind(1, group.assetId.isEmpty() ? QString() : group.assetId);
    s.bind(2, int(group.confirmed));
    s.bind(3, int(group.open));
    bindId(s, 4, group.alarmId);
    bindId(s, 5, group.interventionId);
    s.bind(6, group.updatedAtMs);
    s.bind(7, group.id);
    return s.run();
}

Result<ReportGroup> ReportStore::group(qint64 id)
{
    auto list = collect<ReportGroup>(m_db, sql("SELECT ", kGroupColumns, " FROM report_group WHERE id = ?1"), readGroup,
                                     [id](SqliteStatement &s) { s.bind(1, id); });
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error{QStringLiteral("notFound"), QStringLiteral("no report group %1").arg(id)};
    return list->first();
}

Result<QVector<ReportGroup>> ReportStore::openGroups(const QString &serviceCode)
{
    return collect<ReportGroup>(m_db, sql("SELECT ", kGroupColumns, " FROM report_group WHERE open = 1 AND service_code = ?1 ORDER BY id"),
                                readGroup, [serviceCode](SqliteStatement &s) { s.bind(1, serviceCode); });
}

Result<QVector<ReportGroup>> ReportStore::groups(qint64 sinceMs)
{
    return collect<ReportGroup>(m_db, sql("SELECT ", kGroupColumns, " FROM report_group WHERE open = 1 OR updated_at_ms >= ?1 ORDER BY id"),
                                readGroup, [sinceMs](SqliteStatement &s) { s.bind(1, sinceMs); });
}

Result<ReporterContact> ReportStore::contact(qint64 reportId)
{
    auto list = collect<ReporterContact>(
        m_db, "SELECT email, first_name, last_name, phone, device_id, stored_at_ms FROM reporter_contact WHERE report_id = ?1",
        [](const SqliteStatement &s) {
            ReporterContact c;
            c.email = s.text(0);
            c.firstName = s.text(1);
            c.lastName = s.text(2);
            c.phone = s.text(3);
            c.deviceId = s.text(4);
            c.storedAtMs = s.int64(5);
            return c;
        },
        [reportId](SqliteStatement &s) { s.bind(1, reportId); });
    if (!list)
        return list.error();
    return list->isEmpty() ? ReporterContact{} : list->first();
}

Result<int> ReportStore::purgeContacts(qint64 nowMs, int retentionDays)
{
    const qint64 cutoff = nowMs - qint64(std::max(0, retentionDays)) * 86400'000LL;
    auto stmt = m_db.prepare("DELETE FROM reporter_contact WHERE stored_at_ms < ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, cutoff);
    if (auto r = stmt->run(); !r)
        return r.error();
    auto changes = m_db.prepare("SELECT changes()");
    if (!changes)
        return changes.error();
    auto row = changes->step();
    if (!row)
        return row.error();
    return int(changes->int64(0));
}

Status ReportStore::addApiKey(const QString &key, const QString &label, qint64 nowMs)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO open311_api_key(key_sha256, label, created_at_ms, revoked) VALUES (?1, ?2, ?3, 0)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, keyHash(key));
    stmt->bind(2, label);
    stmt->bind(3, nowMs);
    return stmt->run();
}

Result<bool> ReportStore::isApiKeyValid(const QString &key)
{
    if (key.isEmpty())
        return false;
    auto stmt = m_db.prepare("SELECT 1 FROM open311_api_key WHERE key_sha256 = ?1 AND revoked = 0");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, keyHash(key));
    return stmt->step();
}

Status ReportStore::revokeApiKey(const QString &key)
{
    auto stmt = m_db.prepare("UPDATE open311_api_key SET revoked = 1 WHERE key_sha256 = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, keyHash(key));
    return stmt->run();
}

} // namespace vigie
