#pragma once

#include "domain/result.h"

#include <QStringView>
#include <QTimeZone>

namespace vigie {

/// \brief Parses an ISO 8601 / RFC 3339 date-time into UTC milliseconds since the epoch.
///
/// Accepts `Z`, `±hh:mm` and `±hhmm` offsets and fractional seconds of any length
/// (truncated to milliseconds). A date-time without an offset is a local time of
/// `localZone` (the city's configured zone). Any thread.
/// Errors: `invalidTime` naming the text.
Result<qint64> parseIsoTimestamp(QStringView text, const QTimeZone &localZone);

/// \brief Converts a number of seconds, milliseconds or microseconds since the Unix epoch
/// into milliseconds, deciding the unit by plausibility.
///
/// Rule: a value below 10^11 is seconds (up to year 5138), below 10^14 milliseconds, below
/// 10^17 microseconds; anything else, negative or not finite, is rejected. Any thread.
/// Errors: `invalidTime`.
Result<qint64> epochToMs(double value);

} // namespace vigie
