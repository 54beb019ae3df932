#pragma once

#include <QtGlobal>

/// \file
/// \brief Sunrise, sunset and civil twilight at a position, and whether street lighting is
/// expected on or off at an instant (the day/night lamp rule).
///
/// Computed with libnova (ln_get_solar_rst_horizon: Meeus' rise/set algorithm on the
/// VSOP87 solar position), not with hand-written astronomy. Positions are EPSG:4326 degrees
/// (east and north positive); times are UTC milliseconds since the Unix epoch.
/// Thread: any; the libnova calls are serialised internally.

namespace vigie {

/// How the sun behaves with respect to one horizon over one solar day.
enum class SunHorizonCase : quint8 {
    RisesAndSets,  ///< The usual case: a rise and a set time are given.
    AlwaysAbove,   ///< Polar day for that horizon (no rise, no set).
    AlwaysBelow,   ///< Polar night for that horizon.
};

/// \brief The sun's events of one local mean solar day at one position.
///
/// A solar day runs from local mean midnight (00:00 UT − longitude/15 h) for 24 h, so a
/// city's night is never cut by the UTC date line in the middle of its evening.
struct SunTimes
{
    qint64 dayStartMs = 0;       ///< Local mean midnight starting the day (UTC ms).
    qint64 dayEndMs = 0;         ///< dayStartMs + 24 h.
    SunHorizonCase riseSet = SunHorizonCase::RisesAndSets; ///< Standard horizon (−0.8333°: refraction and the sun's radius).
    qint64 sunriseMs = 0;        ///< When riseSet is RisesAndSets.
    qint64 sunsetMs = 0;
    SunHorizonCase civil = SunHorizonCase::RisesAndSets;   ///< Civil twilight horizon (−6°).
    qint64 civilDawnMs = 0;      ///< Morning civil twilight begins (when civil is RisesAndSets).
    qint64 civilDuskMs = 0;      ///< Evening civil twilight ends.
};

/// Index of the local mean solar day containing `atMs` at longitude `lonDeg`
/// (days since 1970-01-01, local mean time).
qint64 solarDayIndex(qint64 atMs, double lonDeg);

/// The sun's events of solar day `dayIndex` (see solarDayIndex) at (`latDeg`, `lonDeg`).
/// Accuracy: libnova's, about a minute against published almanacs.
SunTimes sunTimes(double latDeg, double lonDeg, qint64 dayIndex);

/// What street lighting should be doing.
enum class DaylightPhase : quint8 {
    Day,       ///< Lamps should be off (on or dimmed = fault).
    Twilight,  ///< Around sunrise and sunset: either state is acceptable.
    Night,     ///< Lamps should be on (off = fault).
};

/// \brief The phase at an instant and the span of time it holds over.
struct DaylightSpan
{
    DaylightPhase phase = DaylightPhase::Twilight;
    qint64 fromMs = 0;    ///< Start of the phase (clipped to the solar day).
    qint64 untilMs = 0;   ///< Next change of phase (or the end of the solar day), > atMs.
};

/// Default tolerance of the day/night lamp rule around sunrise and sunset.
inline constexpr qint64 kDaylightToleranceMs = 20 * 60 * 1000;

/// \brief The lighting phase at `atMs` (which must lie in `times`' solar day).
///
/// Day runs from sunrise + `toleranceMs` to sunset − `toleranceMs`: photocells and
/// astronomical clocks switch near sunrise/sunset, so a lamp a few minutes late is not a
/// fault. Night runs from sunset + `toleranceMs` to sunrise − `toleranceMs`, but begins no
/// later than the end of civil twilight (and ends no earlier than its start): once the sun
/// is 6° below the horizon it is dark whatever the tolerance. Between them: Twilight.
/// Polar day (sun always above the standard horizon) is Day all day; polar night is Night.
DaylightSpan daylightAt(const SunTimes &times, qint64 atMs, qint64 toleranceMs = kDaylightToleranceMs);

} // namespace vigie
