#pragma once

#include <QDate>
#include <QtGlobal>

#include <optional>

namespace vigie::sim {

/// Elevation of the Sun's centre at standard sunrise and sunset: −50′ (34′ of refraction
/// plus 16′ of semi-diameter), in degrees, as NOAA and the almanacs use it.
inline constexpr double kSunriseElevationDeg = -50.0 / 60.0;
/// Elevation at which street-light photocells switch (civil twilight has just begun), degrees.
inline constexpr double kPhotocellElevationDeg = -2.0;

/// Whether the Sun goes up or down through an elevation.
enum class SunDirection : quint8 { Rising, Setting };

/// \brief One passage of the Sun's centre through an elevation.
struct SunCrossing
{
    qint64 utcMs = 0;    ///< UTC milliseconds since the epoch.
    SunDirection direction = SunDirection::Rising;
};

/// \brief Position of the Sun seen from one place, after NOAA's solar calculator.
///
/// Implements the equations of the NOAA Global Monitoring Laboratory solar calculator
/// (after Jean Meeus, *Astronomical Algorithms*): mean longitude and anomaly, equation of
/// centre, apparent longitude, obliquity, declination and equation of time. Accurate to about
/// a minute for sunrise and sunset between ±72° of latitude. Elevations are geometric (no
/// refraction). Immutable; any thread.
class SunClock
{
public:
    /// `latitudeDeg` north positive, `longitudeDeg` east positive, WGS 84 degrees.
    SunClock(double latitudeDeg, double longitudeDeg);

    /// Geometric elevation of the Sun's centre above the horizon at `utcMs`, in degrees.
    double elevation(qint64 utcMs) const;

    /// When the Sun's centre crosses `elevationDeg` going `direction`, on the solar day whose
    /// local noon falls on `utcDate`. Empty when the Sun stays above or below that elevation
    /// all day (polar day or night).
    std::optional<qint64> crossing(QDate utcDate, double elevationDeg, SunDirection direction) const;

    /// The first crossing of `elevationDeg`, either way, strictly after `afterMs` (UTC ms).
    /// Looks up to a year ahead; empty if there is none (the poles).
    std::optional<SunCrossing> nextCrossing(qint64 afterMs, double elevationDeg) const;

private:
    double m_lat;
    double m_lon;
};

} // namespace vigie::sim
