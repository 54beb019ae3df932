#include "interventionstore.h"

#include "storage/sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <cmath>

namespace vigie {

namespace {

// Column order of every SELECT; writes bind the same columns from `version` on.
constexpr const char *kColumns =
    "id, version, kind, status, asset_ids, lon, lat, location, description, alarm_ids, report_ids, priority, score, "
    "breakdown, due_at_ms, crew_id, blocked_reason, created_at_ms, created_by, updated_at_ms, updated_by, closed_at_ms, "
    "dispatched_version, dispatched_at_ms";

constexpr const char *kInsert =
    "INSERT INTO intervention(version, kind, status, asset_ids, lon, lat, location, description, alarm_ids, report_ids, "
    "priority, score, breakdown, due_at_ms, crew_id, blocked_reason, created_at_ms, created_by, updated_at_ms, updated_by, "
    "closed_at_ms, dispatched_version, dispatched_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
    "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)";

constexpr const char *kUpdate =
    "UPDATE intervention SET version = ?1, kind = ?2, status = ?3, asset_ids = ?4, lon = ?5, lat = ?6, location = ?7, "
    "description = ?8, alarm_ids = ?9, report_ids = ?10, priority = ?11, score = ?12, breakdown = ?13, due_at_ms = ?14, "
    "crew_id = ?15, blocked_reason = ?16, created_at_ms = ?17, created_by = ?18, updated_at_ms = ?19, updated_by = ?20, "
    "closed_at_ms = ?21, dispatched_version = ?22, dispatched_at_ms = ?23 WHERE id = ?24 AND version = ?25";

constexpr const char *kOpenOrClosedSince = " FROM intervention WHERE closed_at_ms IS NULL OR closed_at_ms >= ? ORDER BY id";

QByteArray compact(const QJsonArray &a) { return QJsonDocument(a).toJson(QJsonDocument::Compact); }

QByteArray stringsJson(const QStringList &list) { return compact(QJsonArray::fromStringList(list)); }

QByteArray idsJson(const QVector<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return compact(a);
}

QJsonArray jsonArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array(); // not an array (or not JSON): empty
}

QStringList stringsFromJson(const QString &text)
{
    QStringList out;
    for (const QJsonValue v : jsonArray(text)) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

QVector<qint64> idsFromJson(const QString &text)
{
    QVector<qint64> out;
    for (const QJsonValue v : jsonArray(text)) {
        if (v.isDouble())
            out.append(v.toInteger());
    }
    return out;
}

QByteArray breakdownJson(const PriorityBreakdown &b)
{
    QJsonArray terms;
    for (const PriorityTerm &t : b.terms) {
        terms.append(QJsonObject{{QStringLiteral("key"), t.key},
                                 {QStringLiteral("input"), std::isfinite(t.input) ? QJsonValue(t.input) : QJsonValue()},
                                 {QStringLiteral("inputText"), t.inputText},
                                 {QStringLiteral("weight"), t.weight},
                                 {QStringLiteral("points"), t.points}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("score"), b.score}, {QStringLiteral("terms"), terms}})
        .toJson(QJsonDocument::Compact);
}

PriorityBreakdown breakdownFromJson(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    PriorityBreakdown b;
    b.score = o.value(QStringLiteral("score")).toDouble();
    for (const QJsonValue v : o.value(QStringLiteral("terms")).toArray()) {
        const QJsonObject t = v.toObject();
        const QJsonValue input = t.value(QStringLiteral("input"));
        b.terms.append(PriorityTerm{t.value(QStringLiteral("key")).toString(),
                                    input.isDouble() ? input.toDouble() : std::numeric_limits<double>::quiet_NaN(),
                                    t.value(QStringLiteral("inputText")).toString(), t.value(QStringLiteral("weight")).toDouble(),
                                    t.value(QStringLiteral("points")).toDouble()});
    }
    return b;
}

QString nullIfEmpty(const QString &s) { return s.isEmpty() ? QString() : s; }

void bindMs(SqliteStatement &s, int index, qint64 ms)
{
    if (ms == 0)
        s.bindNull(index);
    else
        s.bind(index, ms);
}

/// Binds parameters ?1…?23 (columns version … dispatched_at_ms).
void bindRow(SqliteStatement &s, const Intervention &r)
{
    s.bind(1, r.version);
    s.bind(2, interventionKindKey(r.kind));
    s.bind(3, interventionStatusKey(r.status));
    s.bindText(4, stringsJson(r.assetIds));
    s.bind(5, r.lon);
    s.bind(6, r.lat);
    s.bind(7, r.location);
    s.bind(8, r.description);
    s.bindText(9, idsJson(r.alarmIds));
    s.bindText(10, idsJson(r.reportIds));
    s.bind(11, alarmPriorityKey(r.priority));
    s.bind(12, r.score);
    s.bindText(13, breakdownJson(r.breakdown));
    bindMs(s, 14, r.dueAtMs);
    s.bind(15, nullIfEmpty(r.crewId));
    s.bind(16, nullIfEmpty(r.blockedReason));
    s.bind(17, r.createdAtMs);
    s.bind(18, r.createdBy);
    s.bind(19, r.updatedAtMs);
    s.bind(20, r.updatedBy);
    bindMs(s, 21, r.closedAtMs);
    s.bind(22, r.dispatchedVersion);
    bindMs(s, 23, r.dispatchedAtMs);
}

Intervention readRow(const SqliteStatement &q)
{
    Intervention r;
    r.id = q.int64(0);
    r.version = int(q.int64(1));
    interventionKindFromKey(q.text(2), &r.kind);
    interventionStatusFromKey(q.text(3), &r.status);
    r.assetIds = stringsFromJson(q.text(4));
    r.lon = q.real(5);
    r.lat = q.real(6);
    r.location = q.text(7);
    r.description = q.text(8);
    r.alarmIds = idsFromJson(q.text(9));
    r.reportIds = idsFromJson(q.text(10));
    alarmPriorityFromKey(q.text(11), &r.priority);
    r.score = q.isNull(12) ? 0 : q.real(12);
    r.breakdown = breakdownFromJson(q.text(13));
    r.dueAtMs = q.int64(14);
    r.crewId = q.text(15);
    r.blockedReason = q.text(16);
    r.createdAtMs = q.int64(17);
    r.createdBy = q.text(18);
    r.updatedAtMs = q.int64(19);
    r.updatedBy = q.text(20);
    r.closedAtMs = q.int64(21);
    r.dispatchedVersion = int(q.int64(22));
    r.dispatchedAtMs = q.int64(23);
    return r;
}

} // namespace

Result<QVector<Intervention>> InterventionStore::load(qint64 closedSinceMs)
{
    const QByteArray sql = QByteArrayLiteral("SELECT ") + kColumns + kOpenOrClosedSince;
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, closedSinceMs);
    QVector<Intervention> out;
    if (Status s = stmt->forEachRow([&out](SqliteStatement &q) { out.append(readRow(q)); }); !s)
        return s.error();
    return out;
}

Result<Intervention> InterventionStore::loadOne(qint64 id)
{
    const QByteArray sql = QByteArrayLiteral("SELECT ") + kColumns + " FROM intervention WHERE id = ?";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error{QStringLiteral("notFound"), QStringLiteral("There is no intervention %1.").arg(id)};
    return readRow(stmt.value());
}

Result<QHash<qint64, int>> InterventionStore::versions(qint64 closedSinceMs)
{
    const QByteArray sql = QByteArrayLiteral("SELECT id, version") + kOpenOrClosedSince;
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    stmt->bind(1, closedSinceMs);
    QHash<qint64, int> out;
    if (Status s = stmt->forEachRow([&out](SqliteStatement &q) { out.insert(q.int64(0), int(q.int64(1))); }); !s)
        return s.error();
    return out;
}

Result<qint64> InterventionStore::insert(const Intervention &row)
{
    auto stmt = m_db.prepare(kInsert);
    if (!stmt)
        return stmt.error();
    bindRow(stmt.value(), row);
    if (Status s = stmt->run(); !s)
        return s.error();
    Intervention stored = row;
    stored.id = m_db.lastInsertRowId();
    if (Status s = writeAssets(stored); !s)
        return s.error();
    return stored.id;
}

Status InterventionStore::update(const Intervention &row, int expectedVersion)
{
    auto stmt = m_db.prepare(kUpdate);
    if (!stmt)
        return stmt.error();
    bindRow(stmt.value(), row);
    stmt->bind(24, row.id);
    stmt->bind(25, expectedVersion);
    if (Status s = stmt->run(); !s)
        return s;
    if (sqlite3_changes(m_db.handle()) == 0)
        return Error{QStringLiteral("conflict"),
                     QStringLiteral("Intervention %1 is no longer at version %2.").arg(row.id).arg(expectedVersion)};
    return writeAssets(row);
}

Status InterventionStore::writeAssets(const Intervention &row)
{
    auto clear = m_db.prepare("DELETE FROM intervention_asset WHERE intervention_id = ?");
    auto add = m_db.prepare("INSERT OR IGNORE INTO intervention_asset(intervention_id, asset_id) VALUES (?, ?)");
    if (!clear)
        return clear.error();
    if (!add)
        return add.error();
    clear->bind(1, row.id);
    if (Status s = clear->run(); !s)
        return s;
    for (const QString &asset : row.assetIds) {
        add->bind(1, row.id);
        add->bind(2, asset);
        if (Status s = add->run(); !s)
            return s;
    }
    return {};
}

Status InterventionStore::appendEvent(const InterventionEvent &e)
{
    auto stmt = m_db.prepare("INSERT INTO intervention_event(intervention_id, version, at_ms, actor, action, from_status, "
                             "to_status, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, e.interventionId);
    stmt->bind(2, e.version);
    stmt->bind(3, e.atMs);
    stmt->bind(4, e.actor);
    stmt->bind(5, e.action);
    stmt->bind(6, interventionStatusKey(e.from));
    stmt->bind(7, interventionStatusKey(e.to));
    stmt->bind(8, e.text);
    return stmt->run();
}

Result<QVector<InterventionEvent>> InterventionStore::events(qint64 interventionId)
{
    auto stmt = m_db.prepare("SELECT intervention_id, version, at_ms, actor, action, from_status, to_status, text "
                             "FROM intervention_event WHERE intervention_id = ? ORDER BY id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, interventionId);
    QVector<InterventionEvent> out;
    Status s = stmt->forEachRow([&out](SqliteStatement &q) {
        InterventionEvent e;
        e.interventionId = q.int64(0);
        e.version = int(q.int64(1));
        e.atMs = q.int64(2);
        e.actor = q.text(3);
        e.action = q.text(4);
        interventionStatusFromKey(q.text(5), &e.from);
        interventionStatusFromKey(q.text(6), &e.to);
        e.text = q.text(7);
        out.append(e);
    });
    if (!s)
        return s.error();
    return out;
}

Status InterventionStore::enqueue(const OutboxMessage &m)
{
    auto stmt = m_db.prepare("INSERT INTO dispatch_outbox(message_key, intervention_id, version, crew_id, topic, payload, "
                             "created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, m.messageKey);
    stmt->bind(2, m.interventionId);
    stmt->bind(3, m.version);
    stmt->bind(4, m.crewId);
    stmt->bind(5, m.topic);
    stmt->bindBlob(6, m.payload);
    stmt->bind(7, m.createdAtMs);
    return stmt->run();
}

Result<QVector<OutboxMessage>> InterventionStore::outbox(qint64 interventionId)
{
    auto stmt = m_db.prepare("SELECT message_key, intervention_id, version, crew_id, topic, payload, created_at_ms "
                             "FROM dispatch_outbox WHERE intervention_id = ? ORDER BY id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, interventionId);
    QVector<OutboxMessage> out;
    Status s = stmt->forEachRow([&out](SqliteStatement &q) {
        out.append(OutboxMessage{q.text(0), q.int64(1), int(q.int64(2)), q.text(3), q.text(4), q.blob(5), q.int64(6)});
    });
    if (!s)
        return s.error();
    return out;
}

Result<QStringList> InterventionStore::crewsHolding(qint64 interventionId)
{
    // A reopened intervention starts a new cycle: what crews were sent before is finished.
    auto stmt = m_db.prepare(
        "SELECT crew_id, payload FROM dispatch_outbox WHERE intervention_id = ?1 AND version > "
        "(SELECT COALESCE(MAX(version), 0) FROM intervention_event WHERE intervention_id = ?1 AND to_status = 'reopened' "
        "AND action <> 'crewStatus') ORDER BY id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, interventionId);
    QStringList crews;
    QHash<QString, bool> holding;
    Status s = stmt->forEachRow([&](SqliteStatement &q) {
        const QString crew = q.text(0);
        const QString status = QJsonDocument::fromJson(q.blob(1)).object().value(QStringLiteral("status")).toString();
        if (!holding.contains(crew))
            crews.append(crew);
        holding.insert(crew, status != interventionStatusKey(InterventionStatus::Cancelled));
    });
    if (!s)
        return s.error();
    crews.removeIf([&holding](const QString &crew) { return !holding.value(crew); });
    return crews;
}

Result<bool> InterventionStore::markCrewStatusSeen(const QString &messageId, qint64 receivedAtMs)
{
    auto stmt = m_db.prepare("INSERT OR IGNORE INTO crew_status_seen(message_id, received_at_ms) VALUES (?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, messageId);
    stmt->bind(2, receivedAtMs);
    if (Status s = stmt->run(); !s)
        return s.error();
    return sqlite3_changes(m_db.handle()) > 0;
}

Result<bool> InterventionStore::isActiveCrew(const QString &crewId)
{
    auto stmt = m_db.prepare("SELECT 1 FROM crew WHERE id = ? AND active <> 0");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, crewId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return row.value();
}

} // namespace vigie
