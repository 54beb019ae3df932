#include "alarmkpis.h"

#include "storage/sqlite.h"

#include <QHash>

#include <algorithm>

namespace vigie {

namespace {

// Runs `sql` binding the given integers in order and hands each row to `row`.
template<typename Row>
Status forEachRow(SqliteConnection &db, const char *sql, std::initializer_list<qint64> binds, Row &&row)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    int index = 1;
    for (qint64 v : binds)
        stmt->bind(index++, v);
    while (true) {
        auto more = stmt->step();
        if (!more)
            return more.error();
        if (!more.value())
            return {};
        row(stmt.value());
    }
}

} // namespace

Result<AlarmKpis> computeAlarmKpis(SqliteConnection &db, qint64 nowMs, const AlarmKpiSettings &settings)
{
    AlarmKpis k;
    k.nowMs = nowMs;
    k.binMs = qMax<qint64>(1, settings.binMs);
    const int bins = int(qMax<qint64>(1, (settings.periodMs + k.binMs - 1) / k.binMs));
    k.fromMs = nowMs - qint64(bins) * k.binMs;
    k.activationsPerBin.fill(0, bins);
    k.annunciatedPerBin.fill(0, bins);

    // Activations over the period, per alarm in time order: the bins, the chattering test
    // and the top 10 in one pass.
    QHash<qint64, int> perAlarm;
    qint64 currentAlarm = -1;
    std::vector<qint64> times; // of currentAlarm
    const auto closeAlarm = [&] {
        if (currentAlarm < 0)
            return;
        const std::size_t n = std::size_t(qMax(1, settings.chatterCount));
        for (std::size_t i = 0; i + n - 1 < times.size(); ++i) {
            if (times[i + n - 1] - times[i] <= settings.chatterWindowMs) {
                ++k.chattering;
                break;
            }
        }
    };
    auto status = forEachRow(
        db,
        "SELECT t.alarm_id, t.at_ms, coalesce(a.parent_id, 0), a.kind = 'group' FROM alarm_transition t"
        " JOIN alarm a ON a.id = t.alarm_id"
        " WHERE t.action = 'activate' AND t.at_ms >= ? AND t.at_ms <= ? ORDER BY t.alarm_id, t.at_ms",
        {k.fromMs, nowMs}, [&](const SqliteStatement &row) {
            const qint64 alarmId = row.int64(0);
            const qint64 at = row.int64(1);
            const bool child = row.int64(2) != 0;
            const bool parent = row.int64(3) != 0;
            const int bin = std::clamp(int((at - k.fromMs) / k.binMs), 0, bins - 1);
            if (!child)
                ++k.annunciatedPerBin[bin];
            if (parent)
                return; // a group parent stands for its children's activations, counted below
            ++k.activationsPerBin[bin];
            ++perAlarm[alarmId];
            if (alarmId != currentAlarm) {
                closeAlarm();
                currentAlarm = alarmId;
                times.clear();
            }
            times.push_back(at);
        });
    if (!status)
        return status.error();
    closeAlarm();
    for (int b = 0; b < bins; ++b) {
        k.activations += k.activationsPerBin.at(b);
        k.annunciated += k.annunciatedPerBin.at(b);
        k.peakPerBin = qMax(k.peakPerBin, k.annunciatedPerBin.at(b));
        if (k.annunciatedPerBin.at(b) > kAlarmFloodPer10Min)
            ++k.floodBins;
    }
    k.averagePerBin = double(k.annunciated) / bins;

    // The current states.
    status = forEachRow(
        db,
        "SELECT state, coalesce(condition_active, 0), coalesce(last_active_ms, 0), kind = 'group' FROM alarm"
        " WHERE state <> 'normal'",
        {}, [&](const SqliteStatement &row) {
            const QString state = row.text(0);
            const bool active = row.int64(1) != 0;
            const qint64 lastActive = row.int64(2);
            const bool parent = row.int64(3) != 0;
            if (state == QLatin1String("shelved"))
                ++k.shelved;
            else if (state == QLatin1String("suppressed"))
                ++k.suppressed;
            else if (state == QLatin1String("outOfService"))
                ++k.outOfService;
            else {
                if (state == QLatin1String("unack") || state == QLatin1String("rtnun"))
                    ++k.unacknowledged;
                if (active && !parent) {
                    ++k.standing;
                    if (nowMs - lastActive > settings.staleAfterMs)
                        ++k.stale;
                }
            }
        });
    if (!status)
        return status.error();

    // The most frequent: sort the counts, then read the few rows named.
    QVector<std::pair<qint64, int>> ranked;
    ranked.reserve(perAlarm.size());
    for (auto it = perAlarm.cbegin(); it != perAlarm.cend(); ++it)
        ranked.append({it.key(), it.value()});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    ranked.resize(qMin(int(ranked.size()), qMax(0, settings.topCount)));
    int topActivations = 0;
    for (const auto &[alarmId, count] : std::as_const(ranked)) {
        FrequentAlarm f;
        f.alarmId = alarmId;
        f.activations = count;
        topActivations += count;
        status = forEachRow(db,
                            "SELECT a.asset_id, coalesce(a.rule_id, 0), coalesce(r.key, ''), coalesce(a.kind, ''),"
                            " coalesce(a.priority, '') FROM alarm a LEFT JOIN alarm_rule r ON r.id = a.rule_id"
                            " WHERE a.id = ?",
                            {alarmId}, [&](const SqliteStatement &row) {
                                f.assetId = row.text(0);
                                f.ruleId = row.int64(1);
                                f.ruleKey = row.text(2);
                                f.kind = row.text(3);
                                f.priority = row.text(4);
                            });
        if (!status)
            return status.error();
        k.top << f;
    }
    k.topShare = k.activations > 0 ? double(topActivations) / k.activations : 0.0;
    return k;
}

Result<AlarmKpis> computeAlarmKpis(const QString &storePath, qint64 nowMs, const AlarmKpiSettings &settings)
{
    auto db = SqliteConnection::open(storePath, SqliteConnection::Mode::ReadOnly);
    if (!db)
        return db.error();
    return computeAlarmKpis(db.value(), nowMs, settings);
}

} // namespace vigie
