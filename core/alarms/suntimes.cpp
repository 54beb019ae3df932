#include "suntimes.h"

#include <QMutex>

#include <libnova/solar.h>

#include <algorithm>
#include <cmath>

namespace vigie {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr double kUnixEpochJd = 2440587.5;

double julianDay(qint64 ms)
{
    return kUnixEpochJd + double(ms) / double(kDayMs);
}

qint64 msFromJulianDay(double jd)
{
    return qint64(std::llround((jd - kUnixEpochJd) * double(kDayMs)));
}

// libnova returns 0 (rises and sets), 1 (circumpolar: always above) or -1 (always below).
SunHorizonCase horizonCase(int rc)
{
    if (rc > 0)
        return SunHorizonCase::AlwaysAbove;
    if (rc < 0)
        return SunHorizonCase::AlwaysBelow;
    return SunHorizonCase::RisesAndSets;
}

// libnova's solar position code keeps file-level caches in some versions; one mutex
// keeps concurrent callers (the alarm thread, tests, a future UI readout) apart. The calls
// are rare (a few per position cluster per day), so contention is irrelevant.
QMutex &novaMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

qint64 solarDayIndex(qint64 atMs, double lonDeg)
{
    const qint64 local = atMs + qint64(std::llround(lonDeg / 360.0 * double(kDayMs)));
    return local >= 0 ? local / kDayMs : -((-local + kDayMs - 1) / kDayMs);
}

SunTimes sunTimes(double latDeg, double lonDeg, qint64 dayIndex)
{
    SunTimes t;
    t.dayStartMs = dayIndex * kDayMs - qint64(std::llround(lonDeg / 360.0 * double(kDayMs)));
    t.dayEndMs = t.dayStartMs + kDayMs;
    ln_lnlat_posn observer{lonDeg, latDeg};
    ln_rst_time standard{};
    ln_rst_time civil{};
    // libnova gives the first rise and the first set after the Julian day passed in;
    // starting from local mean midnight both fall in this solar day.
    const double jd0 = julianDay(t.dayStartMs);
    int standardRc = 0;
    int civilRc = 0;
    {
        QMutexLocker lock(&novaMutex());
        standardRc = ln_get_solar_rst_horizon(jd0, &observer, LN_SOLAR_STANDART_HORIZON, &standard);
        civilRc = ln_get_solar_rst_horizon(jd0, &observer, LN_SOLAR_CIVIL_HORIZON, &civil);
    }
    const auto clip = [&t](double jd) { return std::clamp(msFromJulianDay(jd), t.dayStartMs, t.dayEndMs); };
    t.riseSet = horizonCase(standardRc);
    if (t.riseSet == SunHorizonCase::RisesAndSets) {
        t.sunriseMs = clip(standard.rise);
        t.sunsetMs = clip(standard.set);
    }
    t.civil = horizonCase(civilRc);
    if (t.civil == SunHorizonCase::RisesAndSets) {
        t.civilDawnMs = clip(civil.rise);
        t.civilDuskMs = clip(civil.set);
    }
    return t;
}

DaylightSpan daylightAt(const SunTimes &times, qint64 atMs, qint64 toleranceMs)
{
    if (times.riseSet == SunHorizonCase::AlwaysAbove)
        return {DaylightPhase::Day, times.dayStartMs, times.dayEndMs};
    if (times.riseSet == SunHorizonCase::AlwaysBelow)
        return {DaylightPhase::Night, times.dayStartMs, times.dayEndMs};

    qint64 morningNightEnd = times.sunriseMs - toleranceMs;
    qint64 eveningNightStart = times.sunsetMs + toleranceMs;
    if (times.civil == SunHorizonCase::RisesAndSets) {
        morningNightEnd = std::max(morningNightEnd, times.civilDawnMs);
        eveningNightStart = std::min(eveningNightStart, times.civilDuskMs);
    }
    const qint64 dayFrom = times.sunriseMs + toleranceMs;
    const qint64 dayUntil = std::max(dayFrom, times.sunsetMs - toleranceMs);

    // Boundaries in time order; each segment runs from its start to the next one's.
    struct Segment
    {
        qint64 fromMs;
        DaylightPhase phase;
    };
    Segment segments[] = {
        {times.dayStartMs, DaylightPhase::Night},
        {morningNightEnd, DaylightPhase::Twilight},
        {dayFrom, DaylightPhase::Day},
        {dayUntil, DaylightPhase::Twilight},
        {eveningNightStart, DaylightPhase::Night},
    };
    constexpr int n = int(sizeof(segments) / sizeof(segments[0]));
    qint64 previous = times.dayStartMs;
    for (Segment &s : segments) {
        s.fromMs = std::clamp(s.fromMs, previous, times.dayEndMs);
        previous = s.fromMs;
    }
    for (int i = n - 1; i >= 0; --i) {
        const qint64 until = i + 1 < n ? segments[i + 1].fromMs : times.dayEndMs;
        if (segments[i].fromMs <= atMs && until > segments[i].fromMs) {
            // Merge with following empty segments so untilMs is a real change of phase.
            return {segments[i].phase, segments[i].fromMs, std::max(until, atMs + 1)};
        }
    }
    return {DaylightPhase::Night, times.dayStartMs, std::max(segments[1].fromMs, atMs + 1)};
}

} // namespace vigie
