#pragma once

#include "domain/result.h"

#include <QStringView>
#include <QTimeZone>

namespace vigie {

/// \brief An instant read from a date-time text, in UTC milliseconds since the epoch.
///
/// A local time inside the hour repeated when summer time ends (Europe/Paris: 02:00–02:59 on
/// the last Sunday of October) names two instants: `ms` is the first one (summer time) and
/// `laterMs` the second (standard time). Which one a device meant is decided by the order of
/// its readings (IngestPipeline): the first reading not earlier than the device's previous
/// one. `laterMs` is 0 for every unambiguous text.
struct TimeInstant
{
    qint64 ms = 0;
    qint64 laterMs = 0;

    bool isAmbiguous() const { return laterMs != 0; }
};

/// Instants a decoder may return: from 1970-01-01T00:00:00Z (inclusive) to
/// 2100-01-01T00:00:00Z (exclusive), in UTC ms. Outside, a time is not a reading from a
/// device that could exist (a dead clock at 0001-01-01, a typo at 9999): it is refused with
/// `invalidTime` rather than passed on, since a negative time would read as "not given".
/// Times inside the range but before a device was installed are the pipeline's business
/// (IngestPipeline::earliestPlausibleMs: kept, flagged ClockSkewed).
constexpr qint64 earliestDecodedTimeMs = 0;
constexpr qint64 latestDecodedTimeMs = 4102444800000; // 2100-01-01T00:00:00Z, excluded

/// \brief `invalidTime` naming `text` (cut to 80 characters) unless `ms` is within
/// [earliestDecodedTimeMs, latestDecodedTimeMs). Any thread.
Status checkDecodedTime(qint64 ms, QStringView text);

/// \brief Parses an ISO 8601 / RFC 3339 date-time.
///
/// Accepts `Z`, `±hh:mm` and `±hhmm` offsets and fractional seconds of any length, down to
/// nanoseconds (truncated to milliseconds). A date-time without an offset is a local time of
/// `localZone` (the city's configured zone, Europe/Paris by default): see TimeInstant for the
/// repeated autumn hour. Any thread.
/// Errors: `invalidTime` naming the text (also outside checkDecodedTime()'s range);
/// `nonexistentLocalTime` for a local time skipped when summer time starts (Europe/Paris:
/// 02:00–02:59 on the last Sunday of March). Quoted texts are cut to 80 characters.
Result<TimeInstant> parseIsoTimestamp(QStringView text, const QTimeZone &localZone);

/// \brief Converts a number of seconds, milliseconds or microseconds since the Unix epoch
/// into milliseconds, deciding the unit by plausibility.
///
/// Rule: a value below 10^11 is seconds (up to year 5138), below 10^14 milliseconds, below
/// 10^17 microseconds; anything else, negative or not finite, is rejected, and so is a
/// result outside checkDecodedTime()'s range (e.g. 5·10^10 s, year 3554). Any thread.
/// Errors: `invalidTime`.
Result<qint64> epochToMs(double value);

} // namespace vigie
