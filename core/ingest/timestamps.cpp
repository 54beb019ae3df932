#include "timestamps.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>

#include <cmath>

namespace vigie {

namespace {

Error invalidTime(QStringView text, const QString &why)
{
    return {QStringLiteral("invalidTime"),
            QStringLiteral("\"%1\" is not a valid ISO 8601 date-time: %2").arg(elide(text.toString(), 80), why)};
}

/// `wallMs`: the local wall-clock time written as if it were UTC. Every offset the zone uses
/// within a day of it is tried; an offset is right when the zone really has it at the instant
/// it gives. None: the wall time was skipped (spring); two: it was repeated (autumn).
Result<TimeInstant> resolveLocalTime(QStringView text, qint64 wallMs, const QTimeZone &zone)
{
    constexpr qint64 day = 24 * 3600 * 1000;
    const auto offsetAt = [&zone](qint64 utcMs) {
        return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC));
    };
    const int offsets[] = {offsetAt(wallMs - day), offsetAt(wallMs + day)};
    QVarLengthArray<qint64, 2> instants;
    for (int i = 0; i < 2; ++i) {
        if (i == 1 && offsets[1] == offsets[0])
            break;
        const qint64 utcMs = wallMs - qint64(offsets[i]) * 1000;
        if (offsetAt(utcMs) == offsets[i])
            instants << utcMs;
    }
    if (instants.isEmpty())
        return Error{QStringLiteral("nonexistentLocalTime"),
                     QStringLiteral("\"%1\" does not exist in %2: the clocks skipped this hour")
                         .arg(elide(text.toString(), 80), QString::fromUtf8(zone.id()))};
    std::sort(instants.begin(), instants.end());
    return TimeInstant{instants.front(), instants.size() == 2 ? instants.back() : 0};
}

} // namespace

Result<TimeInstant> parseIsoTimestamp(QStringView text, const QTimeZone &localZone)
{
    // date T time [.fraction] [Z | ±hh[:]mm]
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return invalidTime(text, QStringLiteral("expected YYYY-MM-DDThh:mm:ss[.fff][Z|±hh:mm]"));

    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    if (!date.isValid())
        return invalidTime(text, QStringLiteral("no such date"));
    const int hour = m.capturedView(4).toInt();
    const int minute = m.capturedView(5).toInt();
    const int second = m.capturedView(6).toInt();
    int ms = 0;
    if (m.capturedLength(7) > 0)
        ms = m.capturedView(7).left(3).toString().leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(hour, minute, qMin(second, 59), ms); // a leap second 60 reads as :59.999
    if (!time.isValid())
        return invalidTime(text, QStringLiteral("no such time of day"));

    if (m.capturedLength(8) > 0)
        return TimeInstant{QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch()};
    if (m.capturedLength(9) > 0) {
        const int sign = m.capturedView(9) == QLatin1String("-") ? -1 : 1;
        const int offHours = m.capturedView(10).toInt();
        const int offMinutes = m.capturedView(11).toInt();
        if (offHours > 18 || offMinutes > 59)
            return invalidTime(text, QStringLiteral("offset out of range"));
        const int offset = sign * (offHours * 3600 + offMinutes * 60);
        return TimeInstant{QDateTime(date, time, Qt::OffsetFromUTC, offset).toMSecsSinceEpoch()};
    }
    return resolveLocalTime(text, QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch(), localZone);
}

Result<qint64> epochToMs(double value)
{
    if (!std::isfinite(value) || value < 0)
        return Error{QStringLiteral("invalidTime"), QStringLiteral("%1 is not a time since the epoch").arg(value)};
    if (value < 1e11)
        return qint64(std::llround(value * 1000.0));
    if (value < 1e14)
        return qint64(std::llround(value));
    if (value < 1e17)
        return qint64(std::llround(value / 1000.0));
    return Error{QStringLiteral("invalidTime"), QStringLiteral("%1 is too large to be a time since the epoch").arg(value)};
}

} // namespace vigie
