#pragma once

#include "domain/result.h"

#include <QMetaType>
#include <QString>
#include <QVector>

/// \file
/// \brief Alarm system performance figures (ISA-18.2 "monitoring and assessment"), computed
/// from the store's alarm tables (schema v4: alarm, alarm_transition, alarm_rule).
///
/// Reference figures, per operator position:
/// - EEMUA 191 (3rd ed., 2013) and ANSI/ISA-18.2-2016 §16.5 (Table 5 of the 2009 edition):
///   an average of about 1 alarm per 10 minutes is "very likely to be acceptable" (~150 a
///   day), about 2 per 10 minutes is the "maximum manageable" (~300 a day);
/// - alarm flood: more than 10 alarms in 10 minutes (ISA-18.2; the share of 10-minute periods
///   in flood should stay under about 1 %);
/// - stale alarms (active more than 24 hours): fewer than 5 on any day; chattering and
///   fleeting alarms: none (each one is a rationalisation defect to fix);
/// - the 10 most frequent alarms should carry only about 1 % to 5 % of the load.
/// Times are UTC milliseconds.

namespace vigie {

class SqliteConnection;

/// EEMUA 191 / ISA-18.2 average rate "very likely to be acceptable", alarms per 10 minutes.
inline constexpr int kAlarmRateAcceptablePer10Min = 1;
/// EEMUA 191 / ISA-18.2 "maximum manageable" average rate, alarms per 10 minutes.
inline constexpr int kAlarmRateManageablePer10Min = 2;
/// ISA-18.2 alarm flood: more than this many alarms in 10 minutes (AlarmSettings::floodThreshold).
inline constexpr int kAlarmFloodPer10Min = 10;

/// What the figures are computed over; defaults follow AlarmSettings.
struct AlarmKpiSettings
{
    qint64 periodMs = 24LL * 3600 * 1000;   ///< The rate chart and the top 10 cover [now − period, now).
    qint64 binMs = 10LL * 60 * 1000;        ///< One bar per bin (10 minutes).
    qint64 staleAfterMs = 24LL * 3600 * 1000; ///< Active longer than this = stale.
    qint64 chatterWindowMs = 60 * 1000;     ///< Chattering: ≥ chatterCount activations within this window…
    int chatterCount = 3;                   ///< …of one alarm, within the period.
    int topCount = 10;
};

/// One of the most frequent alarms over the period.
struct FrequentAlarm
{
    qint64 alarmId = 0;
    QString assetId;       ///< Asset URN, or a group key for a group parent.
    qint64 ruleId = 0;
    QString ruleKey;       ///< alarm_rule.key; empty if the rule is gone (or a group parent).
    QString kind;          ///< alarm.kind key ("stateCode"…).
    QString priority;      ///< alarm.priority key ("urgent"…).
    int activations = 0;   ///< Over the period.
};

/// \brief The alarm KPIs at one instant. Value type, safe to pass between threads.
struct AlarmKpis
{
    qint64 nowMs = 0;
    qint64 fromMs = 0;            ///< Start of the period (= start of the first bin).
    qint64 binMs = 0;
    /// Activations of every asset alarm per bin (group parents excluded), oldest first; the
    /// last bin ends at nowMs.
    QVector<int> activationsPerBin;
    /// What reached the operator's list per bin: activations of alarms that are not a group's
    /// child now (group parents and ungrouped alarms). This is the rate EEMUA 191 and
    /// ISA-18.2 judge, an operator being annunciated one parent for a grouped failure.
    QVector<int> annunciatedPerBin;
    int activations = 0;          ///< Sum of activationsPerBin.
    int annunciated = 0;          ///< Sum of annunciatedPerBin.
    double averagePerBin = 0;     ///< annunciated / number of bins.
    int peakPerBin = 0;           ///< Largest annunciatedPerBin.
    int floodBins = 0;            ///< Bins with more than kAlarmFloodPer10Min annunciated.
    int standing = 0;             ///< Active now (condition_active) and not shelved, suppressed or out of service.
    int stale = 0;                ///< Standing for more than staleAfterMs (since the latest activation).
    int chattering = 0;           ///< Alarms with ≥ chatterCount activations within chatterWindowMs during the period.
    int shelved = 0;              ///< In state "shelved" now.
    int suppressed = 0;           ///< In state "suppressed" now.
    int outOfService = 0;         ///< In state "outOfService" now.
    int unacknowledged = 0;       ///< In state "unack" or "rtnun" now.
    QVector<FrequentAlarm> top;   ///< Most activations first (ties: lower id first); at most topCount.
    double topShare = 0;          ///< Share of the period's activations (`activations`) carried by `top`, 0–1.
};

/// \brief Computes the KPIs at `nowMs` from `db` (read-only use; a connection opened by the
/// calling thread). An activation is an alarm_transition row with action "activate".
/// Any thread, one connection per thread. Errors: `storeSql` (e.g. the tables are missing).
Result<AlarmKpis> computeAlarmKpis(SqliteConnection &db, qint64 nowMs, const AlarmKpiSettings &settings = {});

/// Opens `storePath` read-only and computes the KPIs; for QtConcurrent::run.
/// Errors: `storeOpen` and those of the overload above.
Result<AlarmKpis> computeAlarmKpis(const QString &storePath, qint64 nowMs, const AlarmKpiSettings &settings = {});

} // namespace vigie

Q_DECLARE_METATYPE(vigie::AlarmKpis)
