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
/// one. `laterMs` is 0 for every unambiguous text. `ms` is never 0, which means "no time
/// given" downstream: an instant at or before 1970-01-01T00:00:00Z (a device clock never set)
/// reads as 1 ms, which IngestPipeline flags as before the device existed.
struct TimeInstant
{
    qint64 ms = 0;
    qint64 laterMs = 0;

    bool isAmbiguous() const { return laterMs != 0; }
};

/// \brief A decoded instant as every decoder hands it on: 0 means "no time given"
/// downstream, so an instant at or before 1970-01-01T00:00:00Z (a clock never set) becomes
/// 1 ms, which IngestPipeline flags as before the device existed. Any thread.
qint64 afterEpoch(qint64 ms);


/// \brief Parses an ISO 8601 / RFC 3339 date-time.
///
/// Accepts `Z`, `±hh:mm` and `±hhmm` offsets and fractional seconds of any length, down to
/// nanoseconds (truncated to milliseconds). A date-time without an offset is a local time of
/// `localZone` (the city's configured zone, Europe/Paris by default): see TimeInstant for the
/// repeated autumn hour. Any thread.
/// Errors: `invalidTime` naming the text;
/// `nonexistentLocalTime` for a local time skipped when summer time starts (Europe/Paris:
/// 02:00–02:59 on the last Sunday of March). Quoted texts are cut to 80 characters.
Result<TimeInstant> parseIsoTimestamp(QStringView text, const QTimeZone &localZone);

/// \brief Converts a number of seconds, milliseconds or microseconds since the Unix epoch
/// into milliseconds, deciding the unit by plausibility.
///
/// Rule: a value below 10^11 is seconds (up to year 5138), below 10^14 milliseconds, below
/// 10^17 microseconds; anything else, negative or not finite, is rejected. 0 reads as 1 ms
/// (see TimeInstant: 0 means "no time given"). Any thread.
/// Errors: `invalidTime`.
Result<qint64> epochToMs(double value);

} // namespace vigie
