#pragma once

#include "alarmtypes.h"
#include "domain/assetdirectory.h"
#include "domain/result.h"

#include <memory>

/// \file
/// \brief The alarm tables of the store (schema v4): alarm, alarm_transition, alarm_rule.
/// See docs/architecture.md for the columns. Other readers (the KPI dock) read them
/// directly, so their names and columns are a contract.

namespace vigie {

class SqliteConnection;

/// \brief Reads and writes the alarm tables on one connection.
///
/// Thread: the thread that owns the connection. Writing is for the StoreWriter only (one
/// writer): write() runs inside the writer's open transaction. Reading (load at start) uses
/// a read-only connection of the alarm thread. States, priorities and kinds are stored with
/// the key functions of alarmtypes.h; asset kinds with assetKindName().
class AlarmStore
{
public:
    /// The SQL of the schema v4 migration (tables and indexes), run by schema::migrate().
    static const char *schemaSql();

    /// `db` must outlive this object.
    explicit AlarmStore(SqliteConnection &db);
    ~AlarmStore();

    /// Every stored rule, by id. Errors: `storeSql`.
    Result<AlarmRules> rules();
    /// Every alarm except closed group parents (kind group in state normal), by id.
    /// `directory` (may be null) maps asset_id to the current asset index: alarms of assets
    /// no longer in the city are left out (subject alarms keep asset index −1). Errors: `storeSql`.
    Result<QVector<Alarm>> alarms(const AssetDirectory *directory);
    /// Highest alarm id ever stored (0 when none): new alarms continue after it.
    Result<qint64> maxAlarmId();
    /// Highest rule id ever stored (0 when none).
    Result<qint64> maxRuleId();
    /// The audit trail of `alarmId` (every alarm when 0), oldest first, at most `limit`.
    Result<QVector<AlarmTransition>> transitions(qint64 alarmId = 0, int limit = 100000);

    /// Upserts the alarms, appends the transitions and, when `write.replaceRules`, replaces
    /// every rule, inside the caller's open transaction. Errors: `storeSql`.
    Status write(const AlarmWrite &write);

private:
    struct Statements;
    Status prepare();
    SqliteConnection &m_db;
    std::unique_ptr<Statements> m_sql;
};

} // namespace vigie
