#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

/// \file
/// \brief Coordination messages not yet acknowledged by the broker, kept in the store
/// (table `coordination_outbox`, schema v7) so that they survive a restart.

namespace vigie {

class SqliteConnection;

/// \brief One coordination message waiting for the broker.
struct PendingNotification
{
    QString messageId;     ///< The payload's messageId (unique).
    QByteArray topic;
    QByteArray payload;    ///< UTF-8 JSON (coordinationMessageJson()).
    qint64 queuedAtMs = 0; ///< UTC ms.
};

/// \brief The CoordinationNotifier's side of `coordination_outbox`.
///
/// A row is written when a message is queued and deleted when the broker acknowledged or
/// refused it; what remains at start is published again, oldest first. Several instances on
/// one database would each send the rows they find (at least once: receivers drop
/// duplicates by messageId). Thread: the connection's (the notifier's network thread).
class CoordinationOutbox
{
public:
    /// The SQL of the schema v7 migration, run by schema::migrate().
    static const char *schemaSql();

    /// `db` must outlive this object and be at schema v7 or later.
    explicit CoordinationOutbox(SqliteConnection &db);

    /// Every row, oldest first. Errors: `storeSql`.
    Result<QVector<PendingNotification>> pending();
    /// Writes `messages` in one transaction; a messageId already stored is kept as it is.
    /// Errors: `storeSql` (nothing written).
    Status add(const QVector<PendingNotification> &messages);
    /// Deletes the row of `messageId` (none: no error). Errors: `storeSql`.
    Status remove(const QString &messageId);

private:
    SqliteConnection &m_db;
};

} // namespace vigie
