#include "alarmkpidock.h"
#include "storage/sqlite.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;

namespace {

constexpr qint64 kNow = 1'750'000'000'000;
constexpr qint64 kMin = 60'000;

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
INSERT INTO alarm_rule(id, key, kind) VALUES (1, 'light.fault', 'stateCode');
)";

void fill(const QString &path, int lamps)
{
    auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
    QVERIFY(db);
    QVERIFY(db->exec(kSchema));
    for (int i = 1; i <= lamps; ++i) {
        // Lamp i faults i minutes ago; lamp 1 also chatters (two more activations in 40 s).
        QVERIFY(db->exec(qPrintable(QStringLiteral(
            "INSERT INTO alarm(id, asset_id, rule_id, kind, priority, state, condition_active, last_active_ms)"
            " VALUES (%1, 'urn:ngsi-ld:Streetlight:t:%1', 1, 'stateCode', 'medium', '%2', 1, %3);"
            "INSERT INTO alarm_transition(alarm_id, at_ms, action) VALUES (%1, %3, 'activate');")
                                        .arg(i).arg(i == 2 ? QStringLiteral("shelved") : QStringLiteral("unack"))
                                        .arg(kNow - i * kMin))));
    }
    QVERIFY(db->exec(qPrintable(QStringLiteral("INSERT INTO alarm_transition(alarm_id, at_ms, action) VALUES (1, %1, 'activate'), (1, %2, 'activate')")
                                    .arg(kNow - kMin + 20'000).arg(kNow - kMin + 40'000))));
}

} // namespace

class TestAlarmKpiDock : public QObject
{
    Q_OBJECT
private slots:
    void showsFigures();
    void badStore();
};

void TestAlarmKpiDock::showsFigures()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kpi.sqlite"));
    fill(path, 12);

    AlarmKpiDock dock;
    QCOMPARE(dock.objectName(), QStringLiteral("alarmKpiDock"));
    QAbstractItemModelTester tester(dock.topTable()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dock.setClock([] { return kNow; });
    QSignalSpy refreshed(&dock, &AlarmKpiDock::refreshed);
    dock.setStorePath(path);
    dock.show(); // showing starts the periodic refresh and computes once
    QVERIFY(refreshed.wait(10'000));

    const QList<QAbstractSeries *> series = dock.chart()->series();
    QCOMPARE(series.size(), 4);
    auto *bars = qobject_cast<QBarSeries *>(series.at(0));
    QVERIFY(bars);
    QBarSet *set = bars->barSets().at(0);
    QCOMPARE(set->count(), 144);
    // The last bin is [now − 10 min, now]: lamps 1–10 (lamp 1 three times); 11 and 12 before.
    QCOMPARE(set->at(143), 12.0);
    QCOMPARE(set->at(142), 2.0);
    auto *flood = qobject_cast<QLineSeries *>(series.at(3));
    QVERIFY(flood);
    QCOMPARE(flood->at(0).y(), 10.0);
    QCOMPARE(qobject_cast<QLineSeries *>(series.at(1))->at(1).y(), 1.0);
    QCOMPARE(qobject_cast<QLineSeries *>(series.at(2))->at(1).y(), 2.0);

    QCOMPARE(dock.figure(QStringLiteral("standing"))->text(), QStringLiteral("11")); // lamp 2 is shelved
    QCOMPARE(dock.figure(QStringLiteral("shelved"))->text(), QStringLiteral("1"));
    QCOMPARE(dock.figure(QStringLiteral("chattering"))->text(), QStringLiteral("1"));
    QCOMPARE(dock.figure(QStringLiteral("peak"))->text(), QStringLiteral("12"));
    QVERIFY(dock.figure(QStringLiteral("floods"))->text().startsWith(QStringLiteral("1 ")));

    QTableWidget *top = dock.topTable();
    QCOMPARE(top->rowCount(), 10);
    QCOMPARE(top->item(0, 0)->data(Qt::DisplayRole).toInt(), 3);
    QCOMPARE(top->item(0, 1)->text(), QStringLiteral("urn:ngsi-ld:Streetlight:t:1"));
    QCOMPARE(top->item(0, 2)->text(), QStringLiteral("light.fault"));

    // On demand: a new activation shows after refresh().
    {
        auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
        QVERIFY(db);
        QVERIFY(db->exec(qPrintable(QStringLiteral("INSERT INTO alarm_transition(alarm_id, at_ms, action) VALUES (12, %1, 'activate')").arg(kNow - 1000))));
    }
    dock.refreshAction()->trigger();
    QVERIFY(refreshed.wait(10'000));
    QCOMPARE(set->at(143), 13.0);
}

void TestAlarmKpiDock::badStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("none.sqlite"));
    QVERIFY(SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite));
    AlarmKpiDock dock;
    QSignalSpy failed(&dock, &AlarmKpiDock::failed);
    dock.setStorePath(path);
    dock.show();
    QVERIFY(failed.wait(10'000));
    QCOMPARE(dock.figure(QStringLiteral("standing"))->text(), QStringLiteral("–"));
}

QTEST_MAIN(TestAlarmKpiDock)
#include "tst_alarmkpidock.moc"
