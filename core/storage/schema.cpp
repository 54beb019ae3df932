#include "schema.h"

#include "alarms/alarmstore.h"
#include "dispatch/coordinationoutbox.h"
#include "sqlite.h"

#include <array>

namespace vigie::schema {

namespace {

// Never edit a released migration: add a new one.
const std::array kMigrations = {
    // v1: city inventory, raw log, observations, latest state, quarantine.
    R"sql(
CREATE TABLE city (
    key   TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE layer (
    id            TEXT PRIMARY KEY,
    ordinal       INTEGER NOT NULL,
    role          TEXT NOT NULL,
    kind          TEXT,
    title_fr      TEXT,
    title_en      TEXT,
    feature_count INTEGER NOT NULL,
    source_count  INTEGER NOT NULL,
    policy        TEXT
);
CREATE TABLE asset (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    layer_id   TEXT NOT NULL REFERENCES layer(id) ON DELETE CASCADE,
    ref        TEXT NOT NULL,
    label      TEXT,
    address    TEXT,
    lon        REAL NOT NULL,
    lat        REAL NOT NULL,
    geometry   BLOB NOT NULL,
    attributes TEXT
);
CREATE INDEX asset_layer ON asset(layer_id);
CREATE TABLE feature (
    id         INTEGER PRIMARY KEY,
    layer_id   TEXT NOT NULL REFERENCES layer(id) ON DELETE CASCADE,
    fid        INTEGER NOT NULL,
    ref        TEXT,
    label      TEXT,
    geometry   BLOB NOT NULL,
    label_lon  REAL,
    label_lat  REAL,
    attributes TEXT
);
CREATE INDEX feature_layer ON feature(layer_id);
CREATE TABLE import_issue (
    layer_id TEXT NOT NULL,
    fid      INTEGER,
    ref      TEXT,
    reason   TEXT NOT NULL
);
CREATE TABLE message (
    id          INTEGER PRIMARY KEY,
    topic       TEXT NOT NULL,
    payload     BLOB NOT NULL,
    received_at INTEGER NOT NULL,
    qos         INTEGER NOT NULL,
    retain      INTEGER NOT NULL
);
CREATE INDEX message_received ON message(received_at);
CREATE TABLE observation (
    asset_id    TEXT NOT NULL,
    quantity    TEXT NOT NULL,
    observed_at INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    value_num   REAL,
    value_text  TEXT,
    unit        TEXT,
    message_id  INTEGER NOT NULL
);
CREATE INDEX observation_asset ON observation(asset_id, quantity, observed_at);
CREATE TABLE asset_state (
    asset_id    TEXT NOT NULL,
    quantity    TEXT NOT NULL,
    value_num   REAL,
    value_text  TEXT,
    unit        TEXT,
    observed_at INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    message_id  INTEGER NOT NULL,
    PRIMARY KEY (asset_id, quantity)
) WITHOUT ROWID;
CREATE TABLE asset_seen (
    asset_id      TEXT PRIMARY KEY,
    last_seen     INTEGER NOT NULL,
    last_observed INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE quarantine (
    message_id  INTEGER PRIMARY KEY REFERENCES message(id),
    reason_code TEXT NOT NULL,
    reason      TEXT NOT NULL,
    received_at INTEGER NOT NULL
);
CREATE INDEX quarantine_received ON quarantine(received_at);
)sql",
    // v2: device bindings and clocks, doubtful observations, invalid readings, quarantine by device.
    R"sql(
ALTER TABLE observation ADD COLUMN flags INTEGER NOT NULL DEFAULT 0;
ALTER TABLE asset_seen ADD COLUMN stale_mask INTEGER NOT NULL DEFAULT 0;
ALTER TABLE asset_seen ADD COLUMN last_invalid INTEGER NOT NULL DEFAULT 0;
ALTER TABLE quarantine ADD COLUMN device_id TEXT;
CREATE INDEX quarantine_device ON quarantine(device_id);
CREATE TABLE device_binding (
    device_id         TEXT PRIMARY KEY,
    asset_id          TEXT NOT NULL,
    container_depth_m REAL,
    installed_at      INTEGER NOT NULL DEFAULT 0,
    origin            TEXT NOT NULL CHECK (origin IN ('cityPack', 'operator')),
    updated_at        INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE device_clock (
    device_id    TEXT PRIMARY KEY,
    last_skew_ms INTEGER NOT NULL,
    max_skew_ms  INTEGER NOT NULL,
    flagged      INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
) WITHOUT ROWID;
)sql",
    // v3: observations name their series (asset, quantity) by an integer instead of two text
    // columns. Messages arrive in asset round-robin, so every observation lands at a random
    // place of the history index; with 45-byte URNs in it, the index outgrew the writer's page
    // cache and each commit rewrote most of it (docs/performance.md). No foreign key on
    // observation.series: it would cost a lookup per insert, and only the writer inserts.
    R"sql(
CREATE TABLE series (
    id       INTEGER PRIMARY KEY,
    asset_id TEXT NOT NULL,
    quantity TEXT NOT NULL,
    UNIQUE (asset_id, quantity)
);
INSERT INTO series(asset_id, quantity)
    SELECT DISTINCT asset_id, quantity FROM observation ORDER BY asset_id, quantity;
CREATE TABLE observation_v3 (
    series      INTEGER NOT NULL,
    observed_at INTEGER NOT NULL,
    received_at INTEGER NOT NULL,
    value_num   REAL,
    value_text  TEXT,
    unit        TEXT,
    message_id  INTEGER NOT NULL,
    flags       INTEGER NOT NULL DEFAULT 0
);
INSERT INTO observation_v3(rowid, series, observed_at, received_at, value_num, value_text, unit, message_id, flags)
    SELECT o.rowid, s.id, o.observed_at, o.received_at, o.value_num, o.value_text, o.unit, o.message_id, o.flags
    FROM observation o JOIN series s ON s.asset_id = o.asset_id AND s.quantity = o.quantity
    ORDER BY o.rowid;
DROP TABLE observation;
ALTER TABLE observation_v3 RENAME TO observation;
CREATE INDEX observation_series ON observation(series, observed_at);
)sql",
    // v4: alarms, their audit trail and their rules (core/alarms/alarmstore.cpp).
    AlarmStore::schemaSql(),
    // v5: interventions and their audit trail (core/interventions), the crew roster and
    // their vehicles' fixes (core/crews), the dispatch outbox and the crew reports already
    // applied (core/dispatch). JSON columns hold arrays of ids or the priority breakdown.
    R"sql(
CREATE TABLE intervention (
    id                 INTEGER PRIMARY KEY,
    version            INTEGER NOT NULL,
    kind               TEXT NOT NULL,
    status             TEXT NOT NULL,
    asset_ids          TEXT NOT NULL DEFAULT '[]',
    lon                REAL,
    lat                REAL,
    location           TEXT,
    description        TEXT,
    alarm_ids          TEXT NOT NULL DEFAULT '[]',
    report_ids         TEXT NOT NULL DEFAULT '[]',
    priority           TEXT,
    score              REAL,
    breakdown          TEXT,
    due_at_ms          INTEGER,
    crew_id            TEXT,
    blocked_reason     TEXT,
    created_at_ms      INTEGER NOT NULL,
    created_by         TEXT,
    updated_at_ms      INTEGER NOT NULL,
    updated_by         TEXT,
    closed_at_ms       INTEGER,
    dispatched_version INTEGER NOT NULL DEFAULT 0,
    dispatched_at_ms   INTEGER
);
CREATE INDEX intervention_status ON intervention(status);
CREATE INDEX intervention_updated ON intervention(updated_at_ms);
CREATE TABLE intervention_asset (
    intervention_id INTEGER NOT NULL,
    asset_id        TEXT NOT NULL,
    PRIMARY KEY (intervention_id, asset_id)
);
CREATE INDEX intervention_asset_asset ON intervention_asset(asset_id);
CREATE TABLE intervention_event (
    id              INTEGER PRIMARY KEY,
    intervention_id INTEGER NOT NULL,
    version         INTEGER NOT NULL,
    at_ms           INTEGER NOT NULL,
    actor           TEXT,
    action          TEXT NOT NULL,
    from_status     TEXT,
    to_status       TEXT,
    text            TEXT
);
CREATE INDEX intervention_event_intervention ON intervention_event(intervention_id);
CREATE INDEX intervention_event_at ON intervention_event(at_ms);
CREATE TABLE crew (
    id                TEXT PRIMARY KEY,
    name              TEXT NOT NULL,
    skills            TEXT NOT NULL DEFAULT '',
    shift_start_min   INTEGER NOT NULL DEFAULT 0,
    shift_end_min     INTEGER NOT NULL DEFAULT 1440,
    vehicle           TEXT,
    tracker_device_id TEXT,
    depot_lon         REAL,
    depot_lat         REAL,
    active            INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE crew_fix (
    id             INTEGER PRIMARY KEY,
    crew_id        TEXT NOT NULL,
    device_id      TEXT,
    at_ms          INTEGER NOT NULL,
    received_at_ms INTEGER NOT NULL,
    lon            REAL NOT NULL,
    lat            REAL NOT NULL,
    speed_mps      REAL,
    message_id     INTEGER
);
CREATE INDEX crew_fix_crew ON crew_fix(crew_id, at_ms);
CREATE TABLE dispatch_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    message_key     TEXT NOT NULL UNIQUE,
    intervention_id INTEGER NOT NULL,
    version         INTEGER NOT NULL,
    crew_id         TEXT NOT NULL,
    topic           TEXT NOT NULL,
    payload         BLOB NOT NULL,
    created_at_ms   INTEGER NOT NULL,
    claimed_by      TEXT,
    claimed_at_ms   INTEGER,
    sent_at_ms      INTEGER,
    acked_at_ms     INTEGER
);
CREATE INDEX dispatch_outbox_pending ON dispatch_outbox(acked_at_ms, id);
CREATE TABLE crew_status_seen (
    message_id     TEXT PRIMARY KEY,
    received_at_ms INTEGER NOT NULL
);
)sql",
    // Citizen reports (docs/reports.md): reports, groups of likely duplicates, status
    // history, Open311 API keys (SHA-256 only), and reporter contacts in a table of their
    // own, purged after the retention period.
    R"sql(
CREATE TABLE report_group (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    service_code    TEXT NOT NULL,
    asset_id        TEXT,
    lat             REAL,
    lon             REAL,
    confirmed       INTEGER NOT NULL DEFAULT 0,
    open            INTEGER NOT NULL DEFAULT 1,
    alarm_id        INTEGER,
    intervention_id INTEGER,
    created_at_ms   INTEGER NOT NULL,
    updated_at_ms   INTEGER NOT NULL
);
CREATE INDEX report_group_open ON report_group(open, service_code);
CREATE INDEX report_group_intervention ON report_group(intervention_id);
CREATE TABLE report (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    service_code       TEXT NOT NULL,
    description        TEXT,
    lat                REAL,
    lon                REAL,
    address_string     TEXT,
    media_url          TEXT,
    requested_at_ms    INTEGER NOT NULL,
    updated_at_ms      INTEGER NOT NULL,
    state              TEXT NOT NULL,
    status_notes       TEXT,
    agency_responsible TEXT,
    lang               TEXT NOT NULL DEFAULT 'fr',
    group_id           INTEGER NOT NULL REFERENCES report_group(id),
    asset_id           TEXT,
    asset_distance_m   REAL,
    alarm_id           INTEGER,
    intervention_id    INTEGER,
    source             TEXT NOT NULL,
    source_ref         TEXT
);
CREATE INDEX report_group_id ON report(group_id);
CREATE INDEX report_updated ON report(updated_at_ms);
CREATE INDEX report_requested ON report(requested_at_ms);
CREATE INDEX report_intervention ON report(intervention_id);
CREATE TABLE reporter_contact (
    report_id    INTEGER PRIMARY KEY REFERENCES report(id) ON DELETE CASCADE,
    email        TEXT,
    first_name   TEXT,
    last_name    TEXT,
    phone        TEXT,
    device_id    TEXT,
    stored_at_ms INTEGER NOT NULL
);
CREATE INDEX reporter_contact_stored ON reporter_contact(stored_at_ms);
CREATE TABLE report_event (
    report_id    INTEGER NOT NULL REFERENCES report(id) ON DELETE CASCADE,
    at_ms        INTEGER NOT NULL,
    state        TEXT NOT NULL,
    status_notes TEXT,
    actor        TEXT NOT NULL
);
CREATE INDEX report_event_report ON report_event(report_id, at_ms);
CREATE TABLE open311_api_key (
    key_sha256    TEXT PRIMARY KEY,
    label         TEXT,
    created_at_ms INTEGER NOT NULL,
    revoked       INTEGER NOT NULL DEFAULT 0
);
)sql",
    // v7: coordination messages not yet acknowledged by the broker (core/dispatch/coordinationoutbox.cpp).
    CoordinationOutbox::schemaSql(),
};

} // namespace

int latestVersion() { return int(kMigrations.size()); }

Status configure(SqliteConnection &db)
{
    return db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
}

Status migrate(SqliteConnection &db)
{
    if (auto wal = db.exec("PRAGMA journal_mode = WAL;"); !wal)
        return wal;
    if (auto c = configure(db); !c)
        return c;
    auto version = db.pragmaInt("user_version");
    if (!version)
        return version.error();
    if (version.value() > latestVersion())
        return Error{QStringLiteral("storeTooNew"),
                     QStringLiteral("%1 has schema version %2; this Vigie knows up to %3. Use a newer Vigie or another database.")
                         .arg(db.path()).arg(version.value()).arg(latestVersion())};
    for (int v = int(version.value()); v < latestVersion(); ++v) {
        if (auto begin = db.exec("BEGIN IMMEDIATE"); !begin)
            return begin;
        const QByteArray bump = QByteArrayLiteral("PRAGMA user_version = ") + QByteArray::number(v + 1);
        Status step = db.exec(kMigrations[std::size_t(v)]);
        if (step)
            step = db.exec(bump.constData());
        if (!step) {
            db.exec("ROLLBACK");
            return Error{step.error().code, QStringLiteral("migration to schema v%1 failed: %2").arg(v + 1).arg(step.error().message)};
        }
        if (auto commit = db.exec("COMMIT"); !commit)
            return commit;
    }
    return {};
}

} // namespace vigie::schema
