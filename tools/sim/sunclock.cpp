#include "sunclock.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace vigie::sim {

namespace {

constexpr double kMsPerDay = 86'400'000.0;
constexpr double kMsPerMinute = 60'000.0;
constexpr double kUnixEpochJulianDay = 2440587.5;
constexpr double kJ2000JulianDay = 2451545.0;

double rad(double deg) { return deg * std::numbers::pi / 180.0; }
double deg(double rad) { return rad * 180.0 / std::numbers::pi; }

/// Declination (degrees) and equation of time (minutes) at one instant.
struct SolarTerms
{
    double declinationDeg = 0;
    double equationOfTimeMin = 0;
};

// NOAA solar calculator, columns G to V of the "NOAA_Solar_Calculations_day" sheet.
SolarTerms solarTerms(qint64 utcMs)
{
    const double julianDay = double(utcMs) / kMsPerDay + kUnixEpochJulianDay;
    const double t = (julianDay - kJ2000JulianDay) / 36525.0; // Julian centuries since J2000
    const double meanLong = std::fmod(280.46646 + t * (36000.76983 + t * 0.0003032), 360.0);
    const double meanAnom = 357.52911 + t * (35999.05029 - 0.0001537 * t);
    const double eccent = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
    const double centre = std::sin(rad(meanAnom)) * (1.914602 - t * (0.004817 + 0.000014 * t))
                        + std::sin(rad(2 * meanAnom)) * (0.019993 - 0.000101 * t)
                        + std::sin(rad(3 * meanAnom)) * 0.000289;
    const double omega = 125.04 - 1934.136 * t;
    const double apparentLong = meanLong + centre - 0.00569 - 0.00478 * std::sin(rad(omega));
    const double meanObliq = 23.0 + (26.0 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60.0) / 60.0;
    const double obliq = meanObliq + 0.00256 * std::cos(rad(omega));

    SolarTerms terms;
    terms.declinationDeg = deg(std::asin(std::sin(rad(obliq)) * std::sin(rad(apparentLong))));
    const double y = std::pow(std::tan(rad(obliq / 2)), 2);
    const double l0 = rad(meanLong);
    const double m = rad(meanAnom);
    terms.equationOfTimeMin = 4 * deg(y * std::sin(2 * l0) - 2 * eccent * std::sin(m)
                                      + 4 * eccent * y * std::sin(m) * std::cos(2 * l0)
                                      - 0.5 * y * y * std::sin(4 * l0) - 1.25 * eccent * eccent * std::sin(2 * m));
    return terms;
}

qint64 midnightUtcMs(QDate date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

SunClock::SunClock(double latitudeDeg, double longitudeDeg)
    : m_lat(latitudeDeg)
    , m_lon(longitudeDeg)
{
}

double SunClock::elevation(qint64 utcMs) const
{
    const SolarTerms terms = solarTerms(utcMs);
    const double minutesOfDay = std::fmod(double(utcMs), kMsPerDay) / kMsPerMinute;
    const double trueSolarMin = minutesOfDay + terms.equationOfTimeMin + 4 * m_lon;
    const double hourAngle = trueSolarMin / 4 - 180;
    const double cosZenith = std::sin(rad(m_lat)) * std::sin(rad(terms.declinationDeg))
                           + std::cos(rad(m_lat)) * std::cos(rad(terms.declinationDeg)) * std::cos(rad(hourAngle));
    return 90.0 - deg(std::acos(std::clamp(cosZenith, -1.0, 1.0)));
}

std::optional<qint64> SunClock::crossing(QDate utcDate, double elevationDeg, SunDirection direction) const
{
    const double midnight = double(midnightUtcMs(utcDate));
    const double sign = direction == SunDirection::Rising ? -1.0 : 1.0;
    // Start from mean solar noon, then evaluate the Sun's terms at the estimate and iterate:
    // declination and equation of time move little in a few hours, so three passes converge.
    double eventMin = 720 - 4 * m_lon;
    for (int pass = 0; pass < 3; ++pass) {
        const SolarTerms terms = solarTerms(qint64(midnight + eventMin * kMsPerMinute));
        const double cosHourAngle = (std::sin(rad(elevationDeg)) - std::sin(rad(m_lat)) * std::sin(rad(terms.declinationDeg)))
                                  / (std::cos(rad(m_lat)) * std::cos(rad(terms.declinationDeg)));
        if (cosHourAngle < -1.0 || cosHourAngle > 1.0)
            return std::nullopt;
        const double noonMin = 720 - 4 * m_lon - terms.equationOfTimeMin;
        eventMin = noonMin + sign * 4 * deg(std::acos(cosHourAngle));
    }
    return qint64(std::llround(midnight + eventMin * kMsPerMinute));
}

std::optional<SunCrossing> SunClock::nextCrossing(qint64 afterMs, double elevationDeg) const
{
    const QDate first = QDateTime::fromMSecsSinceEpoch(afterMs, QTimeZone::utc()).date().addDays(-1);
    std::optional<SunCrossing> best;
    for (int day = 0; day < 370; ++day) {
        const QDate date = first.addDays(day);
        for (SunDirection direction : {SunDirection::Rising, SunDirection::Setting}) {
            const auto t = crossing(date, elevationDeg, direction);
            if (t && *t > afterMs && (!best || *t < best->utcMs))
                best = SunCrossing{*t, direction};
        }
        if (best && day >= 2)
            return best; // later days only hold later crossings
    }
    return best;
}

} // namespace vigie::sim
