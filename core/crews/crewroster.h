#pragma once

#include "crew.h"
#include "domain/result.h"

#include <QString>
#include <QVector>

namespace vigie {

class SqliteConnection;

/// \brief Reads a pack's `crews.json` (docs/interventions.md). Errors: `unreadableFile`,
/// `invalidCrews` (names the entry and field: duplicate id, bad shift, unknown skill, bad
/// DevEUI, depot outside lon/lat range). Any thread.
Result<QVector<Crew>> readPackCrews(const QString &path);

/// \brief The `crew` table (schema v5): the roster of the city.
///
/// Thread: the connection's. Seeding from the pack happens at city import: a pack crew is
/// added when no crew of its id is stored, and a stored one keeps its row whatever the pack
/// now says (it may carry the operator's edits; the table does not record which do).
class CrewStore
{
public:
    explicit CrewStore(SqliteConnection &db) : m_db(db) {}
    /// Active crews, by id order. Errors: `storeSql`.
    Result<QVector<Crew>> load() const;
    /// Upserts `crew` (the operator's edit). Errors: `storeSql`.
    Status save(const Crew &crew);
    /// Marks the crew inactive (kept for history). Errors: `storeSql`.
    Status deactivate(const QString &crewId);
    /// Inserts the pack's crews not stored yet. Errors: `storeSql`.
    Status seed(const QVector<Crew> &crews);

private:
    SqliteConnection &m_db;
};

} // namespace vigie
