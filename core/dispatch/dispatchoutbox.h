#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QVector>

namespace vigie {

class SqliteConnection;

/// \brief One row of `dispatch_outbox` to publish.
struct OutboxRow
{
    qint64 id = 0;                 ///< Row id: the sending order.
    qint64 interventionId = 0;
    int version = 0;
    QByteArray topic;
    QByteArray payload;
};

/// \brief The dispatcher's side of `dispatch_outbox` (schema v5), for one client id.
///
/// A row is pending until `acked_at_ms` is set. Before sending, an instance claims rows
/// (`claimed_by` = its client id, `claimed_at_ms` = now) in one write transaction, so
/// several Vigie instances on one database do not send the same row: a row claimed by
/// another client less than kClaimTimeoutMs ago is left to it, and so is every row after
/// it (the outbox goes out in id order). A connected instance keeps its claims fresh with
/// refreshClaims(); the claims of one that stopped, or lost its broker, age and are taken
/// over. Times are UTC ms. Thread: the connection's.
class DispatchOutbox
{
public:
    /// `db` must outlive this object and be at schema v5 or later.
    DispatchOutbox(SqliteConnection &db, QString clientId);

    /// Claims up to `max` pending rows in id order and returns them, passing over the ids
    /// in `skip` (already in flight on this connection) and stopping at the first row
    /// another client claimed less than kClaimTimeoutMs before `nowMs`.
    /// Errors: `storeSql` (nothing claimed).
    Result<QVector<OutboxRow>> claim(int max, const QSet<qint64> &skip, qint64 nowMs);
    /// Records that `ids` were published at `nowMs`. Errors: `storeSql`.
    Status markSent(const QVector<qint64> &ids, qint64 nowMs);
    /// Records the broker's acknowledgement of row `id`. True if the row was pending (false:
    /// another instance recorded it first). Errors: `storeSql`.
    Result<bool> markAcknowledged(qint64 id, qint64 nowMs);
    /// Renews the time of this client's claims on pending rows. Errors: `storeSql`.
    Status refreshClaims(qint64 nowMs);
    /// Gives up this client's claims on pending rows, so another instance may send them at
    /// once. Errors: `storeSql`.
    Status releaseClaims();
    /// Rows not acknowledged yet, whoever claimed them. Errors: `storeSql`.
    Result<qint64> pendingCount();

    /// Age after which another client's claim may be taken over.
    static constexpr qint64 kClaimTimeoutMs = 30'000;

private:
    /// The rows claim() would take now (no write).
    Result<QVector<OutboxRow>> claimable(int max, const QSet<qint64> &skip, qint64 nowMs);

    SqliteConnection &m_db;
    QString m_clientId;
};

} // namespace vigie
