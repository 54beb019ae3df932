#include "timestamps.h"

#include <QDateTime>
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
    return TimeInstant{afterEpoch(instants.front()), instants.size() == 2 ? instants.back() : 0};
}

} // namespace

qint64 afterEpoch(qint64 ms)
{
    return ms > 0 ? ms : 1;
}

Result<TimeInstant> parseIsoTimestamp(QStringView text, const QTimeZone &localZone)
{
    // date T time [.fraction] [Z | ±hh[:]mm], ASCII digits. Read by hand: every observation
    // of a message goes through here, and a regular expression and a QDateTime cost more
    // than the rest of decoding (docs/performance.md, "Decoding").
    const auto malformed = [text] {
        return invalidTime(text, QStringLiteral("expected YYYY-MM-DDThh:mm:ss[.fff][Z|±hh:mm]"));
    };
    const qsizetype n = text.size();
    const auto isDigit = [text, n](qsizetype i) { return i < n && text[i] >= u'0' && text[i] <= u'9'; };
    // The value of the `count` digits at `from`, or -1 when one is missing.
    const auto number = [&](qsizetype from, qsizetype count) {
        int v = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            if (!isDigit(i))
                return -1;
            v = v * 10 + (text[i].unicode() - u'0');
        }
        return v;
    };
    if (n < 19 || text[4] != u'-' || text[7] != u'-' || text[13] != u':' || text[16] != u':'
        || (text[10] != u'T' && text[10] != u't' && text[10] != u' '))
        return malformed();
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return malformed();
    qsizetype i = 19;
    int ms = 0;
    if (i < n && (text[i] == u'.' || text[i] == u',')) {
        const qsizetype start = ++i;
        for (; isDigit(i); ++i) {
            if (i - start < 3)
                ms = ms * 10 + (text[i].unicode() - u'0');
        }
        if (i == start)
            return malformed();
        for (qsizetype digits = i - start; digits < 3; ++digits)
            ms *= 10;
    }
    bool utc = false;
    int offset = 0; // seconds east of UTC
    if (i < n && (text[i] == u'Z' || text[i] == u'z')) {
        utc = true;
        ++i;
    } else if (i < n && (text[i] == u'+' || text[i] == u'-')) {
        const int sign = text[i] == u'-' ? -1 : 1;
        const int offHours = number(i + 1, 2);
        i += 3;
        if (i < n && text[i] == u':')
            ++i;
        const int offMinutes = number(i, 2);
        i += 2;
        if (offHours < 0 || offMinutes < 0)
            return malformed();
        if (offHours > 18 || offMinutes > 59)
            return invalidTime(text, QStringLiteral("offset out of range"));
        utc = true;
        offset = sign * (offHours * 3600 + offMinutes * 60);
    }
    if (i != n)
        return malformed();

    const QDate date(year, month, day);
    if (!date.isValid())
        return invalidTime(text, QStringLiteral("no such date"));
    const QTime time(hour, minute, qMin(second, 59), ms); // a leap second 60 reads as :59
    if (!time.isValid())
        return invalidTime(text, QStringLiteral("no such time of day"));
    constexpr qint64 unixEpochJulianDay = 2440588;
    constexpr qint64 dayMs = 24 * 3600 * 1000;
    const qint64 wallMs = (date.toJulianDay() - unixEpochJulianDay) * dayMs + time.msecsSinceStartOfDay();
    if (utc)
        return TimeInstant{afterEpoch(wallMs - qint64(offset) * 1000)};
    return resolveLocalTime(text, wallMs, localZone);
}

Result<qint64> epochToMs(double value)
{
    if (!std::isfinite(value) || value < 0)
        return Error{QStringLiteral("invalidTime"), QStringLiteral("%1 is not a time since the epoch").arg(value)};
    if (value < 1e11)
        return afterEpoch(qint64(std::llround(value * 1000.0)));
    if (value < 1e14)
        return qint64(std::llround(value));
    if (value < 1e17)
        return qint64(std::llround(value / 1000.0));
    return Error{QStringLiteral("invalidTime"), QStringLiteral("%1 is too large to be a time since the epoch").arg(value)};
}

} // namespace vigie
