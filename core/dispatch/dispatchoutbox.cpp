#include "dispatchoutbox.h"

#include "storage/sqlite.h"

#include <sqlite3.h>

namespace vigie {

namespace {

/// Runs `body` inside BEGIN IMMEDIATE … COMMIT, rolling back on failure.
template<typename Body>
Status inTransaction(SqliteConnection &db, Body &&body)
{
    if (auto begin = db.exec("BEGIN IMMEDIATE"); !begin)
        return begin;
    Status done = body();
    if (done)
        done = db.exec("COMMIT");
    if (!done)
        db.exec("ROLLBACK");
    return done;
}

} // namespace

DispatchOutbox::DispatchOutbox(SqliteConnection &db, QString clientId)
    : m_db(db)
    , m_clientId(std::move(clientId))
{
}

Result<QVector<OutboxRow>> DispatchOutbox::claimable(int max, const QSet<qint64> &skip, qint64 nowMs)
{
    QVector<OutboxRow> rows;
    auto select = m_db.prepare("SELECT id, intervention_id, version, topic, payload, claimed_by, claimed_at_ms "
                               "FROM dispatch_outbox WHERE acked_at_ms IS NULL ORDER BY id LIMIT ?");
    if (!select)
        return select.error();
    select->bind(1, qint64(max) + skip.size());
    while (rows.size() < max) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const qint64 id = select->int64(0);
        const QString owner = select->text(5);
        const bool freshElsewhere = !owner.isNull() && owner != m_clientId && !select->isNull(6)
            && select->int64(6) > nowMs - kClaimTimeoutMs;
        if (freshElsewhere)
            break; // another instance is sending it: what follows waits, to keep the order
        if (!skip.contains(id))
            rows << OutboxRow{id, select->int64(1), int(select->int64(2)), select->text(3).toUtf8(), select->blob(4)};
    }
    select->reset();
    return rows;
}

Result<QVector<OutboxRow>> DispatchOutbox::claim(int max, const QSet<qint64> &skip, qint64 nowMs)
{
    if (max <= 0)
        return QVector<OutboxRow>{};
    // A read first: most calls find nothing, and need no write lock for that.
    auto seen = claimable(max, skip, nowMs);
    if (!seen || seen->isEmpty())
        return seen;
    QVector<OutboxRow> claimed;
    const Status done = inTransaction(m_db, [&]() -> Status {
        auto rows = claimable(max, skip, nowMs); // again: another instance may have claimed meanwhile
        if (!rows)
            return rows.error();
        claimed = std::move(rows.value());
        auto update = m_db.prepare("UPDATE dispatch_outbox SET claimed_by = ?, claimed_at_ms = ? WHERE id = ?");
        if (!update)
            return update.error();
        for (const OutboxRow &m : std::as_const(claimed)) {
            update->bind(1, m_clientId);
            update->bind(2, nowMs);
            update->bind(3, m.id);
            if (auto ran = update->run(); !ran)
                return ran;
        }
        return {};
    });
    if (!done)
        return done.error();
    return claimed;
}

Status DispatchOutbox::markSent(const QVector<qint64> &ids, qint64 nowMs)
{
    if (ids.isEmpty())
        return {};
    return inTransaction(m_db, [&]() -> Status {
        auto update = m_db.prepare("UPDATE dispatch_outbox SET sent_at_ms = ? WHERE id = ?");
        if (!update)
            return update.error();
        for (qint64 id : ids) {
            update->bind(1, nowMs);
            update->bind(2, id);
            if (auto ran = update->run(); !ran)
                return ran;
        }
        return {};
    });
}

Result<bool> DispatchOutbox::markAcknowledged(qint64 id, qint64 nowMs)
{
    auto update = m_db.prepare("UPDATE dispatch_outbox SET acked_at_ms = ? WHERE id = ? AND acked_at_ms IS NULL");
    if (!update)
        return update.error();
    update->bind(1, nowMs);
    update->bind(2, id);
    if (auto ran = update->run(); !ran)
        return ran.error();
    return sqlite3_changes(m_db.handle()) > 0;
}

Status DispatchOutbox::refreshClaims(qint64 nowMs)
{
    auto update = m_db.prepare("UPDATE dispatch_outbox SET claimed_at_ms = ? WHERE claimed_by = ? AND acked_at_ms IS NULL");
    if (!update)
        return update.error();
    update->bind(1, nowMs);
    update->bind(2, m_clientId);
    return update->run();
}

Status DispatchOutbox::releaseClaims()
{
    auto update = m_db.prepare("UPDATE dispatch_outbox SET claimed_by = NULL, claimed_at_ms = NULL "
                               "WHERE claimed_by = ? AND acked_at_ms IS NULL");
    if (!update)
        return update.error();
    update->bind(1, m_clientId);
    return update->run();
}

Result<qint64> DispatchOutbox::pendingCount()
{
    auto count = m_db.prepare("SELECT count(*) FROM dispatch_outbox WHERE acked_at_ms IS NULL");
    if (!count)
        return count.error();
    auto row = count->step();
    if (!row)
        return row.error();
    return row.value() ? count->int64(0) : 0;
}

} // namespace vigie
