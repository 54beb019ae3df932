#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QPair>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVector>

/// \file
/// \brief Waste collection rounds: ordered containers, a weekly schedule in the city's time
/// zone, and the path the vehicle drives.

namespace vigie {

/// \brief When a round runs: days of the week and a start time, local to the city.
///
/// `daysOfWeek` is a bit set, bit (d − 1) for ISO day d (Monday = 1 … Sunday = 7).
/// Local times follow the city's zone across DST changes (a round at 06:00 runs at 06:00 on
/// the wall clock in winter and summer; a start inside the spring gap moves forward by the
/// gap, one in the repeated autumn hour uses its first occurrence).
struct RoundSchedule
{
    quint8 daysOfWeek = 0;     ///< Bit (isoDay − 1); 0 = never runs.
    int startMinutes = 6 * 60; ///< Local start, minutes after midnight, 0–1439.
    int durationMinutes = 180; ///< How long the round takes, > 0.

    bool runsOn(int isoDay) const { return isoDay >= 1 && isoDay <= 7 && (daysOfWeek >> (isoDay - 1)) & 1; }
    bool operator==(const RoundSchedule &) const = default;
    /// "Mon,Wed,Fri" style list of the days (English three-letter ISO names).
    QString daysText() const;
    /// Parses "Mon,Wed,Fri", "1,3,5" or "mon-fri" (case-insensitive); false if malformed.
    static bool parseDays(const QString &text, quint8 *days);
};

/// \brief One run of a round: [startMs, endMs) in UTC ms.
struct RoundOccurrence
{
    qint64 startMs = 0;
    qint64 endMs = 0;
};

/// \brief An ordered list of containers collected together, on a schedule.
///
/// `containerIds` are asset URNs (AssetDirectory ids), in collection order. `path` is the
/// driven line through them in EPSG:4326 (x = lon, y = lat), street-following when it was
/// generated on a street graph, straight legs otherwise (`pathFollowsStreets` says which);
/// it may be empty (then the rules use straight legs between the containers).
struct CollectionRound
{
    QString id;
    QString label;
    QString districtId;        ///< District the round serves (pack's districts layer ref), may be empty.
    QStringList containerIds;
    RoundSchedule schedule;
    QVector<QPointF> path;     ///< EPSG:4326 lon/lat.
    bool pathFollowsStreets = false;
    double lengthM = 0;        ///< Path length, metres (0 = unknown).
};

/// The runs of `round` that overlap [fromMs, untilMs) (UTC ms), in time order, computed in
/// `zone`. Any thread.
QVector<RoundOccurrence> roundOccurrences(const RoundSchedule &schedule, const QTimeZone &zone,
                                          qint64 fromMs, qint64 untilMs);
/// Asset id → interval (UTC ms), as RuleEvaluator::setExpectedChange() takes them.
using ExpectedChanges = QHash<QString, QVector<QPair<qint64, qint64>>>;

/// When each container may be emptied by its round: for every run of `rounds` overlapping
/// [fromMs, untilMs) in `zone`, [startMs − marginMs, endMs + marginMs] for each of the run's
/// containers, in time order per container. What the alarm rule
/// container.emptiedOutsideRound takes as expected changes (AlarmService::
/// setExpectedChanges()): a container emptied then is not an alarm. Pure; any thread.
ExpectedChanges collectionWindows(const QVector<CollectionRound> &rounds, const QTimeZone &zone, qint64 fromMs,
                                  qint64 untilMs, qint64 marginMs);

/// The first run starting at or after `afterMs`; startMs = endMs = 0 when the schedule has no day.
RoundOccurrence nextRoundOccurrence(const RoundSchedule &schedule, const QTimeZone &zone, qint64 afterMs);

/// \brief Reads rounds from the documented JSON format (docs/coordination.md, "Rounds"):
///
/// ```json
/// { "formatVersion": 1, "rounds": [ { "id": "r-13-1", "label": "13e nord",
///   "district": "13", "days": "Mon,Thu", "start": "06:00", "durationMinutes": 180,
///   "containers": ["urn:ngsi-ld:WasteContainer:paris:13010-PM 001", "…"],
///   "path": [[2.3678, 48.8211], [2.3674, 48.8258]] } ] }
/// ```
/// `path` is optional. Container ids may also be the pack's refs (then `city` builds the URN
/// through assetUrn); unknown ids are kept (the engine reports them). Errors: "invalidJson",
/// "badRound" (message names the round and the field). Any thread.
Result<QVector<CollectionRound>> parseRoundsJson(const QByteArray &json, const QString &city = QString());

/// \brief Reads rounds from CSV (`;` or `,` separated, header required):
/// `round_id;label;district;days;start;duration_minutes;sequence;container_id`, one row per
/// container; rows of a round share the first six fields; `sequence` orders the containers.
/// Errors: "badCsv" (message names the line). Any thread.
Result<QVector<CollectionRound>> parseRoundsCsv(const QByteArray &csv, const QString &city = QString());

/// Writes rounds in the JSON format parseRoundsJson reads (round trip exact except doubles
/// printed with 7 decimals, ~1 cm).
QByteArray roundsToJson(const QVector<CollectionRound> &rounds);

/// Reads a rounds file, JSON or CSV by extension (".json", ".csv"). Errors: "fileUnreadable"
/// and the parsers' codes.
Result<QVector<CollectionRound>> loadRoundsFile(const QString &path, const QString &city = QString());

} // namespace vigie

Q_DECLARE_METATYPE(vigie::CollectionRound)
