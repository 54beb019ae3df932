#include "coordinationoutbox.h"

#include "storage/sqlite.h"

namespace vigie {

const char *CoordinationOutbox::schemaSql()
{
    return R"sql(
CREATE TABLE coordination_outbox (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id   TEXT NOT NULL UNIQUE,
    topic        TEXT NOT NULL,
    payload      BLOB NOT NULL,
    queued_at_ms INTEGER NOT NULL
);
)sql";
}

CoordinationOutbox::CoordinationOutbox(SqliteConnection &db)
    : m_db(db)
{
}

Result<QVector<PendingNotification>> CoordinationOutbox::pending()
{
    auto stmt = m_db.prepare("SELECT message_id, topic, payload, queued_at_ms FROM coordination_outbox ORDER BY id");
    if (!stmt)
        return stmt.error();
    QVector<PendingNotification> out;
    Status s = stmt->forEachRow([&out](SqliteStatement &q) {
        out.append(PendingNotification{q.text(0), q.text(1).toUtf8(), q.blob(2), q.int64(3)});
    });
    if (!s)
        return s.error();
    return out;
}

Status CoordinationOutbox::add(const QVector<PendingNotification> &messages)
{
    if (messages.isEmpty())
        return {};
    if (Status begin = m_db.exec("BEGIN IMMEDIATE"); !begin)
        return begin;
    auto stmt = m_db.prepare(
        "INSERT OR IGNORE INTO coordination_outbox (message_id, topic, payload, queued_at_ms) VALUES (?, ?, ?, ?)");
    Status s = stmt ? Status{} : Status(stmt.error());
    for (const PendingNotification &m : messages) {
        if (!s)
            break;
        stmt->bind(1, m.messageId);
        stmt->bindText(2, m.topic);
        stmt->bindBlob(3, m.payload);
        stmt->bind(4, m.queuedAtMs);
        s = stmt->run();
    }
    if (!s) {
        m_db.exec("ROLLBACK");
        return s;
    }
    return m_db.exec("COMMIT");
}

Status CoordinationOutbox::remove(const QString &messageId)
{
    auto stmt = m_db.prepare("DELETE FROM coordination_outbox WHERE message_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, messageId);
    return stmt->run();
}

} // namespace vigie
