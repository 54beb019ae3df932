#include "alarmstore.h"

#include "storage/sqlite.h"

namespace vigie {

const char *AlarmStore::schemaSql()
{
    // The KPI dock reads these tables: add columns, never rename or drop one.
    return R"sql(
CREATE TABLE alarm (
    id               INTEGER PRIMARY KEY,
    asset_id         TEXT NOT NULL,
    asset_index      INTEGER,
    rule_id          INTEGER,
    kind             TEXT,
    priority         TEXT,
    state            TEXT,
    condition_active INTEGER,
    first_active_ms  INTEGER,
    last_active_ms   INTEGER,
    last_change_ms   INTEGER,
    count            INTEGER,
    detail           TEXT,
    parent_id        INTEGER,
    child_count      INTEGER,
    shelved_until_ms INTEGER,
    shelve_reason    TEXT,
    suppressed_by    TEXT,
    has_intervention INTEGER
);
CREATE INDEX alarm_state ON alarm(state);
CREATE TABLE alarm_transition (
    id         INTEGER PRIMARY KEY,
    alarm_id   INTEGER NOT NULL,
    from_state TEXT,
    to_state   TEXT,
    at_ms      INTEGER NOT NULL,
    actor      TEXT,
    action     TEXT,
    text       TEXT
);
CREATE INDEX alarm_transition_at ON alarm_transition(at_ms);
CREATE INDEX alarm_transition_alarm ON alarm_transition(alarm_id);
CREATE TABLE alarm_rule (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL,
    kind          TEXT,
    asset_kind    TEXT,
    asset_id      TEXT NOT NULL DEFAULT '',
    quantity      TEXT,
    setpoint      REAL,
    deadband      REAL,
    high          INTEGER,
    on_delay_ms   INTEGER,
    off_delay_ms  INTEGER,
    codes         TEXT,
    period_factor REAL,
    count         INTEGER,
    window_ms     INTEGER,
    priority      TEXT,
    consequence   TEXT,
    response      TEXT,
    enabled       INTEGER,
    UNIQUE (asset_kind, asset_id, key)
);
)sql";
}

struct AlarmStore::Statements
{
    SqliteStatement alarm;
    SqliteStatement transition;
    SqliteStatement rule;
};

AlarmStore::AlarmStore(SqliteConnection &db)
    : m_db(db)
{
}

AlarmStore::~AlarmStore() = default;

namespace {

constexpr const char *kAlarmColumns =
    "id, asset_id, asset_index, rule_id, kind, priority, state, condition_active, first_active_ms, last_active_ms, "
    "last_change_ms, count, detail, parent_id, child_count, shelved_until_ms, shelve_reason, suppressed_by, has_intervention";

constexpr const char *kRuleColumns =
    "id, key, kind, asset_kind, asset_id, quantity, setpoint, deadband, high, on_delay_ms, off_delay_ms, codes, "
    "period_factor, count, window_ms, priority, consequence, response, enabled";

Result<qint64> single(SqliteConnection &db, const char *sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return row.value() ? stmt->int64(0) : qint64(0);
}

} // namespace

Status AlarmStore::prepare()
{
    if (m_sql)
        return {};
    const QByteArray alarmSql = QByteArrayLiteral("INSERT OR REPLACE INTO alarm(") + kAlarmColumns
                                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    const QByteArray ruleSql = QByteArrayLiteral("INSERT INTO alarm_rule(") + kRuleColumns
                               + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    auto alarm = m_db.prepare(alarmSql.constData());
    auto transition = m_db.prepare(
        "INSERT INTO alarm_transition(alarm_id, from_state, to_state, at_ms, actor, action, text) VALUES (?,?,?,?,?,?,?)");
    auto rule = m_db.prepare(ruleSql.constData());
    for (auto *s : {&alarm, &transition, &rule}) {
        if (!*s)
            return s->error();
    }
    m_sql.reset(new Statements{std::move(alarm).value(), std::move(transition).value(), std::move(rule).value()});
    return {};
}

Status AlarmStore::write(const AlarmWrite &w)
{
    if (auto s = prepare(); !s)
        return s;
    SqliteStatement &a = m_sql->alarm;
    for (const Alarm &x : w.alarms) {
        a.bind(1, x.id);
        a.bind(2, x.assetId.isNull() ? QStringLiteral("") : x.assetId);
        a.bind(3, qint64(x.assetIndex));
        a.bind(4, x.ruleId);
        a.bind(5, alarmRuleKindKey(x.kind));
        a.bind(6, alarmPriorityKey(x.priority));
        a.bind(7, alarmStateKey(x.state));
        a.bind(8, int(x.conditionActive));
        a.bind(9, x.firstActiveMs);
        a.bind(10, x.lastActiveMs);
        a.bind(11, x.lastChangeMs);
        a.bind(12, x.count);
        a.bind(13, x.detail);
        a.bind(14, x.parentId);
        a.bind(15, x.childCount);
        a.bind(16, x.shelvedUntilMs);
        a.bind(17, x.shelveReason);
        a.bind(18, x.suppressedBy);
        a.bind(19, int(x.hasIntervention));
        if (auto s = a.run(); !s)
            return s;
    }
    SqliteStatement &t = m_sql->transition;
    for (const AlarmTransition &x : w.transitions) {
        t.bind(1, x.alarmId);
        t.bind(2, alarmStateKey(x.from));
        t.bind(3, alarmStateKey(x.to));
        t.bind(4, x.atMs);
        t.bind(5, x.actor);
        t.bind(6, x.action);
        t.bind(7, x.text);
        if (auto s = t.run(); !s)
            return s;
    }
    if (!w.replaceRules)
        return {};
    if (auto s = m_db.exec("DELETE FROM alarm_rule"); !s)
        return s;
    SqliteStatement &r = m_sql->rule;
    for (const AlarmRule &x : w.rules) {
        r.bind(1, x.id);
        r.bind(2, x.key);
        r.bind(3, alarmRuleKindKey(x.kind));
        r.bind(4, assetKindName(x.assetKind));
        r.bind(5, x.assetId.isNull() ? QStringLiteral("") : x.assetId);
        r.bind(6, x.quantity);
        r.bind(7, x.setpoint);
        r.bind(8, x.deadband);
        r.bind(9, int(x.high));
        r.bind(10, x.onDelayMs);
        r.bind(11, x.offDelayMs);
        r.bind(12, x.codes.join(QLatin1Char(',')));
        r.bind(13, x.periodFactor);
        r.bind(14, x.count);
        r.bind(15, x.windowMs);
        r.bind(16, alarmPriorityKey(x.priority));
        r.bind(17, x.consequence);
        r.bind(18, x.response);
        r.bind(19, int(x.enabled));
        if (auto s = r.run(); !s)
            return s;
    }
    return {};
}

Result<AlarmRules> AlarmStore::rules()
{
    const QByteArray sql = QByteArrayLiteral("SELECT ") + kRuleColumns + " FROM alarm_rule ORDER BY id";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    AlarmRules out;
    Status s = stmt->forEachRow([&out](SqliteStatement &q) {
        AlarmRule r;
        r.id = q.int64(0);
        r.key = q.text(1);
        alarmRuleKindFromKey(q.text(2), &r.kind);
        assetKindFromName(q.text(3), &r.assetKind);
        r.assetId = q.text(4);
        r.quantity = q.text(5);
        r.setpoint = q.isNull(6) ? 0 : q.real(6);
        r.deadband = q.isNull(7) ? 0 : q.real(7);
        r.high = q.int64(8) != 0;
        r.onDelayMs = q.int64(9);
        r.offDelayMs = q.int64(10);
        r.codes = q.text(11).split(QLatin1Char(','), Qt::SkipEmptyParts);
        r.periodFactor = q.isNull(12) ? r.periodFactor : q.real(12);
        r.count = int(q.int64(13));
        r.windowMs = q.int64(14);
        alarmPriorityFromKey(q.text(15), &r.priority);
        r.consequence = q.text(16);
        r.response = q.text(17);
        r.enabled = q.int64(18) != 0;
        out.append(r);
    });
    if (!s)
        return s.error();
    return out;
}

Result<QVector<Alarm>> AlarmStore::alarms(const AssetDirectory *directory)
{
    const QByteArray sql = QByteArrayLiteral("SELECT ") + kAlarmColumns
                           + " FROM alarm WHERE NOT (kind = 'group' AND state = 'normal') ORDER BY id";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    QVector<Alarm> out;
    Status s = stmt->forEachRow([&out, directory](SqliteStatement &q) {
        Alarm a;
        a.id = q.int64(0);
        a.assetId = q.text(1);
        a.assetIndex = qint32(q.int64(2));
        a.ruleId = q.int64(3);
        alarmRuleKindFromKey(q.text(4), &a.kind);
        alarmPriorityFromKey(q.text(5), &a.priority);
        alarmStateFromKey(q.text(6), &a.state);
        if (directory && a.kind != AlarmRuleKind::Group && !a.isSubjectAlarm()) {
            a.assetIndex = directory->indexOf(a.assetId);
            if (a.assetIndex < 0)
                return; // the asset left the city
        }
        a.conditionActive = q.int64(7) != 0;
        a.firstActiveMs = q.int64(8);
        a.lastActiveMs = q.int64(9);
        a.lastChangeMs = q.int64(10);
        a.count = int(q.int64(11));
        a.detail = q.text(12);
        a.parentId = q.int64(13);
        a.childCount = int(q.int64(14));
        a.shelvedUntilMs = q.int64(15);
        a.shelveReason = q.text(16);
        a.suppressedBy = q.text(17);
        a.hasIntervention = q.int64(18) != 0;
        out.append(a);
    });
    if (!s)
        return s.error();
    return out;
}

Result<qint64> AlarmStore::maxAlarmId() { return single(m_db, "SELECT MAX(id) FROM alarm"); }

Result<qint64> AlarmStore::maxRuleId() { return single(m_db, "SELECT MAX(id) FROM alarm_rule"); }

Result<QVector<AlarmTransition>> AlarmStore::transitions(qint64 alarmId, int limit)
{
    auto stmt = m_db.prepare(alarmId == 0
                                 ? "SELECT alarm_id, from_state, to_state, at_ms, actor, action, text FROM alarm_transition ORDER BY id LIMIT ?"
                                 : "SELECT alarm_id, from_state, to_state, at_ms, actor, action, text FROM alarm_transition WHERE alarm_id = ? ORDER BY id LIMIT ?");
    if (!stmt)
        return stmt.error();
    int i = 1;
    if (alarmId != 0)
        stmt->bind(i++, alarmId);
    stmt->bind(i, limit);
    QVector<AlarmTransition> out;
    Status s = stmt->forEachRow([&out](SqliteStatement &q) {
        AlarmTransition t;
        t.alarmId = q.int64(0);
        alarmStateFromKey(q.text(1), &t.from);
        alarmStateFromKey(q.text(2), &t.to);
        t.atMs = q.int64(3);
        t.actor = q.text(4);
        t.action = q.text(5);
        t.text = q.text(6);
        out.append(t);
    });
    if (!s)
        return s.error();
    return out;
}

} // namespace vigie
