#include "alarms/alarmkpis.h"
#include "storage/sqlite.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;

namespace {

constexpr qint64 kMin = 60 * 1000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kNow = 1'750'000'000'000; // 2025-06-15T15:06:40Z

// Schema v4's alarm tables as the engine creates them (docs/architecture.md, "Storage").
const char *const kSchema = R"(
CREATE TABLE alarm(id INTEGER PRIMARY KEY, asset_id TEXT NOT NULL, asset_index INTEGER, rule_id INTEGER, kind TEXT,
  priority TEXT, state TEXT, condition_active INTEGER, first_active_ms INTEGER, last_active_ms INTEGER,
  last_change_ms INTEGER, count INTEGER, detail TEXT, parent_id INTEGER, child_count INTEGER, shelved_until_ms INTEGER,
  shelve_reason TEXT, suppressed_by TEXT, has_intervention INTEGER);
CREATE TABLE alarm_transition(id INTEGER PRIMARY KEY, alarm_id INTEGER NOT NULL, from_state TEXT, to_state TEXT,
  at_ms INTEGER NOT NULL, actor TEXT, action TEXT, text TEXT);
CREATE TABLE alarm_rule(id INTEGER PRIMARY KEY, key TEXT, kind TEXT, asset_kind TEXT, asset_id TEXT, quantity TEXT,
  setpoint REAL, deadband REAL, high INTEGER, on_delay_ms INTEGER, off_delay_ms INTEGER, codes TEXT, period_factor REAL,
  count INTEGER, window_ms INTEGER, priority TEXT, consequence TEXT, response TEXT, enabled INTEGER);
)";

class Db
{
public:
    explicit Db(const QString &path)
    {
        auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
        QVERIFY(db);
        m_db = std::move(db.value());
        QVERIFY(m_db.exec(kSchema));
    }
    void rule(qint64 id, const char *key)
    {
        auto s = m_db.prepare("INSERT INTO alarm_rule(id, key, kind, priority, enabled) VALUES (?, ?, 'stateCode', 'medium', 1)");
        QVERIFY(s);
        s->bind(1, id);
        s->bind(2, QString::fromLatin1(key));
        QVERIFY(s->step());
    }
    void alarm(qint64 id, const char *asset, qint64 ruleId, const char *state, bool active, qint64 lastActiveMs,
               qint64 parentId = 0, const char *kind = "stateCode")
    {
        auto s = m_db.prepare("INSERT INTO alarm(id, asset_id, rule_id, kind, priority, state, condition_active,"
                              " first_active_ms, last_active_ms, parent_id) VALUES (?, ?, ?, ?, 'medium', ?, ?, ?, ?, ?)");
        QVERIFY(s);
        s->bind(1, id);
        s->bind(2, QString::fromLatin1(asset));
        s->bind(3, ruleId);
        s->bind(4, QString::fromLatin1(kind));
        s->bind(5, QString::fromLatin1(state));
        s->bind(6, qint64(active ? 1 : 0));
        s->bind(7, lastActiveMs);
        s->bind(8, lastActiveMs);
        s->bind(9, parentId);
        QVERIFY(s->step());
    }
    void transition(qint64 alarmId, qint64 atMs, const char *action = "activate")
    {
        auto s = m_db.prepare("INSERT INTO alarm_transition(alarm_id, from_state, to_state, at_ms, actor, action)"
                              " VALUES (?, 'normal', 'unack', ?, 'system', ?)");
        QVERIFY(s);
        s->bind(1, alarmId);
        s->bind(2, atMs);
        s->bind(3, QString::fromLatin1(action));
        QVERIFY(s->step());
    }

private:
    SqliteConnection m_db;
};

} // namespace

class TestAlarmKpis : public QObject
{
    Q_OBJECT
private slots:
    void figures();
    void emptyStore();
    void missingTables();
};

void TestAlarmKpis::figures()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kpi.sqlite"));
    {
        Db db(path);
        db.rule(1, "light.fault");
        db.rule(2, "container.full");
        // 1: a lamp chattering: 3 activations within 50 s, 2 h ago (bin 132 of 0–143).
        db.alarm(1, "urn:lamp:1", 1, "unack", true, kNow - 2 * kHour + 50'000);
        for (qint64 t : {0LL, 20'000LL, 50'000LL})
            db.transition(1, kNow - 2 * kHour + t);
        // 2: 3 activations but spread (61 s apart): not chattering; active for 30 h: stale.
        db.alarm(2, "urn:bin:2", 2, "acked", true, kNow - 30 * kHour);
        for (qint64 t : {0LL, 61'000LL, 122'000LL})
            db.transition(2, kNow - 5 * kHour + t);
        db.transition(2, kNow - 5 * kHour, "acknowledge"); // not an activation
        // 3: shelved, active: not standing. 4: out of service. 5: returned, unacknowledged.
        db.alarm(3, "urn:lamp:3", 1, "shelved", true, kNow - kHour);
        db.transition(3, kNow - kHour);
        db.alarm(4, "urn:lamp:4", 1, "outOfService", false, kNow - 3 * kHour);
        db.alarm(5, "urn:lamp:5", 1, "rtnun", false, kNow - 10 * kMin);
        db.transition(5, kNow - 5 * kMin);
        // A group of 12 children under parent 100, all within one bin (1 h ago).
        db.alarm(100, "district:Centre", 0, "unack", true, kNow - kHour + 1000, 0, "group");
        db.transition(100, kNow - kHour + 1000);
        for (int c = 0; c < 12; ++c) {
            db.alarm(200 + c, "urn:lamp:child", 1, "unack", true, kNow - kHour + c * 1000, 100);
            db.transition(200 + c, kNow - kHour + c * 1000);
        }
        // Outside the period: 25 h ago; and a normal alarm.
        db.alarm(6, "urn:lamp:6", 1, "normal", false, kNow - 25 * kHour);
        db.transition(6, kNow - 25 * kHour);
    }
    auto k = computeAlarmKpis(path, kNow);
    QVERIFY2(k, qPrintable(k ? QString() : k.error().message));
    QCOMPARE(k->activationsPerBin.size(), 144);
    QCOMPARE(k->fromMs, kNow - 24 * kHour);
    QCOMPARE(k->activations, 3 + 3 + 1 + 1 + 12);
    QCOMPARE(k->annunciated, 3 + 3 + 1 + 1 + 1);       // children are not annunciated; the parent is
    QCOMPARE(k->activationsPerBin.at(143), 1);         // alarm 5, 5 min ago
    QCOMPARE(k->activationsPerBin.at(138), 13);        // alarm 3 and the 12 children, 1 h ago
    QCOMPARE(k->annunciatedPerBin.at(138), 2);         // alarm 3 and the parent
    QCOMPARE(k->annunciatedPerBin.at(132), 3);         // the chattering lamp
    QCOMPARE(k->peakPerBin, 3);
    QCOMPARE(k->floodBins, 0);
    QCOMPARE(k->averagePerBin, 9.0 / 144);
    QCOMPARE(k->chattering, 1);
    QCOMPARE(k->standing, 1 + 1 + 12);                 // 1, 2 and the children (not the parent, not shelved 3)
    QCOMPARE(k->stale, 1);                             // 2
    QCOMPARE(k->shelved, 1);
    QCOMPARE(k->outOfService, 1);
    QCOMPARE(k->suppressed, 0);
    QCOMPARE(k->unacknowledged, 1 + 1 + 1 + 12);       // 1, 5, the parent, the children
    QCOMPARE(k->top.size(), 10);
    QCOMPARE(k->top.at(0).alarmId, qint64(1));        // 3 activations, lower id before 2
    QCOMPARE(k->top.at(0).ruleKey, QStringLiteral("light.fault"));
    QCOMPARE(k->top.at(0).assetId, QStringLiteral("urn:lamp:1"));
    QCOMPARE(k->top.at(1).alarmId, qint64(2));
    QCOMPARE(k->top.at(1).ruleKey, QStringLiteral("container.full"));
    QCOMPARE(k->top.at(1).activations, 3);
    QCOMPARE(k->top.at(2).activations, 1);
    QCOMPARE(k->topShare, 14.0 / 20);

    // A flood: 11 ungrouped activations in the last bin.
    {
        auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
        QVERIFY(db);
        for (int i = 0; i < 11; ++i)
            QVERIFY(db->exec(qPrintable(QStringLiteral("INSERT INTO alarm_transition(alarm_id, at_ms, action) VALUES (5, %1, 'activate')")
                                            .arg(kNow - 60'000 + i))));
    }
    k = computeAlarmKpis(path, kNow);
    QVERIFY(k);
    QCOMPARE(k->annunciatedPerBin.at(143), 12);
    QCOMPARE(k->floodBins, 1);
    QCOMPARE(k->chattering, 2); // alarm 5 now activates 11 times within a minute
}

void TestAlarmKpis::emptyStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        Db db(path);
    }
    AlarmKpiSettings settings;
    settings.periodMs = kHour;
    auto k = computeAlarmKpis(path, kNow, settings);
    QVERIFY(k);
    QCOMPARE(k->activationsPerBin, QVector<int>(6, 0));
    QCOMPARE(k->top.size(), 0);
    QCOMPARE(k->topShare, 0.0);
}

void TestAlarmKpis::missingTables()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.sqlite"));
    QVERIFY(SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite));
    auto k = computeAlarmKpis(path, kNow);
    QVERIFY(!k);
    QCOMPARE(k.error().code, QStringLiteral("storeSql"));
}

QTEST_GUILESS_MAIN(TestAlarmKpis)
#include "tst_alarmkpis.moc"
