#pragma once

#include "domain/result.h"

namespace vigie {

class SqliteConnection;

/// \brief The store's schema, versioned with `PRAGMA user_version`.
///
/// Each migration runs in its own transaction together with its version bump, so a
/// database is always at one exact version. Tables (v1): city, layer, asset, feature,
/// import_issue, message, observation, asset_state, asset_seen, quarantine; (v2)
/// device_binding, device_clock; (v3) series, which observation now refers to; (v4) alarm,
/// alarm_transition, alarm_rule (AlarmStore). See docs/architecture.md for their meaning.
namespace schema {

/// The version this build creates and understands.
int latestVersion();

/// Brings `db` (opened read-write) to latestVersion(), sets WAL and foreign keys.
/// Errors: `storeTooNew` if the file was written by a newer Vigie; `storeSql`.
Status migrate(SqliteConnection &db);

/// Per-connection settings every connection applies after opening (foreign keys,
/// synchronous=NORMAL under WAL).
Status configure(SqliteConnection &db);

} // namespace schema
} // namespace vigie
