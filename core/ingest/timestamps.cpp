#include "timestamps.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>

#include <cmath>

namespace vigie {

static Result<TimeInstant> parseIsoTimestampUnchecked(QStringView text, const QTimeZone &localZone);

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

Result<TimeInstant> checked(QStringView text, Result<TimeInstant> t)
{
    if (!t)
        return t;
    for (qint64 ms : {t->ms, t->laterMs}) {
        if (auto s = checkDecodedTime(ms, text); !s)
            return s.error();
    }
    return t;
}

} // namespace

Status checkDecodedTime(qint64 ms, QStringView text)
{
    if (ms >= earliestDecodedTimeMs && ms < latestDecodedTimeMs)
        return {};
    return invalidTime(text, QStringLiteral("not between 1970 and 2100"));
}

Result<TimeInstant> parseIsoTimestamp(QStringView text, const QTimeZone &localZone)
{
    return checked(text, parseIsoTimestampUnchecked(text, localZone));
}

static Result<TimeInstant> parseIsoTimestampUnchecked(QStringView text, const QTimeZone &localZone)
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
    qint64 ms = -1;
    if (value < 1e11)
        ms = qint64(std::llround(value * 1000.0));
    else if (value < 1e14)
        ms = qint64(std::llround(value));
    else if (value < 1e17)
        ms = qint64(std::llround(value / 1000.0));
    if (ms >= 0) {
        if (ms >= latestDecodedTimeMs)
            return Error{QStringLiteral("invalidTime"),
                         QStringLiteral("%1 is not a time since the epoch between 1970 and 2100").arg(value, 0, 'g', 17)};
        return ms;
    }
    return Error{QStringLiteral("invalidTime"), QStringLiteral("%1 is too large to be a time since the epoch").arg(value)};
}

} // namespace vigie
