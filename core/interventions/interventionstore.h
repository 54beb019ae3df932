#pragma once

#include "domain/result.h"
#include "interventiontypes.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

/// \file
/// \brief The intervention tables of the store (schema v5): intervention,
/// intervention_asset, intervention_event, dispatch_outbox, crew_status_seen.

namespace vigie {

class SqliteConnection;

/// \brief One message for a crew, as InterventionService writes it into `dispatch_outbox`
/// and the Dispatcher publishes it.
struct OutboxMessage
{
    QString messageKey;     ///< "<id>:<version>", or "<id>:<version>:<crew>" for a crew other than the current one. Unique.
    qint64 interventionId = 0;
    int version = 0;
    QString crewId;
    QString topic;          ///< crewInterventionsTopic(prefix, crewId).
    QByteArray payload;     ///< assignmentPayload().
    qint64 createdAtMs = 0; ///< UTC ms.
};

/// \brief Reads and writes the intervention tables on one connection.
///
/// Thread: the connection's. Writes do not open transactions: InterventionService runs each
/// change in its own `BEGIN IMMEDIATE` transaction around them. Enums are stored with the
/// key functions of interventiontypes.h and alarmtypes.h; asset_ids, alarm_ids, report_ids
/// and breakdown are JSON. Every function fails with `storeSql` on an SQLite error.
class InterventionStore
{
public:
    /// `db` (schema ≥ v5) must outlive this object.
    explicit InterventionStore(SqliteConnection &db) : m_db(db) {}

    /// Open interventions and those closed at or after `closedSinceMs` (UTC ms), by id.
    Result<QVector<Intervention>> load(qint64 closedSinceMs);
    /// One intervention. Errors: `notFound`.
    Result<Intervention> loadOne(qint64 id);
    /// id → version of the interventions load() would return: what polling compares.
    Result<QHash<qint64, int>> versions(qint64 closedSinceMs);

    /// Inserts `row` (its id is ignored) with its intervention_asset rows; returns the new id.
    Result<qint64> insert(const Intervention &row);
    /// Replaces the row `row.id` if it is still at `expectedVersion`, and its
    /// intervention_asset rows. Errors: `conflict` (another version is stored, or the row is gone).
    Status update(const Intervention &row, int expectedVersion);

    Status appendEvent(const InterventionEvent &event);
    /// The audit trail of one intervention, oldest first.
    Result<QVector<InterventionEvent>> events(qint64 interventionId);

    /// Appends a message to `dispatch_outbox`. Errors: `storeSql` (also for a message key
    /// already there).
    Status enqueue(const OutboxMessage &message);
    /// Every outbox message of one intervention, oldest first (tests and diagnostics).
    Result<QVector<OutboxMessage>> outbox(qint64 interventionId);
    /// Crews that may still show the intervention as theirs: those whose latest outbox
    /// message for it, since it was last reopened, does not carry status `cancelled`. In the
    /// order they were first sent it.
    Result<QStringList> crewsHolding(qint64 interventionId);

    /// Records a crew report's messageId; false when it was already recorded (a duplicate).
    Result<bool> markCrewStatusSeen(const QString &messageId, qint64 receivedAtMs);
    /// Whether `crewId` is an active crew of the roster (table `crew`).
    Result<bool> isActiveCrew(const QString &crewId);

private:
    Status writeAssets(const Intervention &row);
    SqliteConnection &m_db;
};

} // namespace vigie
