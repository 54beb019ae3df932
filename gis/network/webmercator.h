#pragma once

#include <QPointF>

#include <algorithm>
#include <cmath>
#include <numbers>

/// \file
/// \brief EPSG:3857 (spherical Web Mercator) arithmetic for city-scale distances: closed
/// formulas, no PROJ context, any thread.
namespace vigie::webmercator {

inline constexpr double kEarthRadius = 6378137.0; ///< EPSG:3857 sphere, metres.

/// EPSG:4326 degrees → EPSG:3857 metres (latitudes clamped to ±85.06°, the projection's limit).
inline QPointF fromLonLat(double lon, double lat)
{
    constexpr double maxLat = 85.05112878;
    const double phi = std::clamp(lat, -maxLat, maxLat) * std::numbers::pi / 180.0;
    return {kEarthRadius * lon * std::numbers::pi / 180.0, kEarthRadius * std::log(std::tan(std::numbers::pi / 4 + phi / 2))};
}

/// EPSG:3857 metres → EPSG:4326 degrees (x longitude, y latitude): fromLonLat's inverse.
inline QPointF toLonLat(QPointF mercator)
{
    return {mercator.x() / kEarthRadius * 180.0 / std::numbers::pi,
            (2 * std::atan(std::exp(mercator.y() / kEarthRadius)) - std::numbers::pi / 2) * 180.0 / std::numbers::pi};
}

/// EPSG:3857 metres per true metre at map y `y`: 1 / cos(latitude) = cosh(y / R).
inline double scaleAt(double y) { return std::cosh(y / kEarthRadius); }

/// Ground distance in metres between two EPSG:3857 points, the projection's scale taken
/// at their middle latitude: within 0.5 % over a city (EPSG:3857's sphere against the
/// WGS 84 ellipsoid), which ranking and display need, not survey.
inline double distanceM(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y()) / scaleAt((a.y() + b.y()) / 2);
}

} // namespace vigie::webmercator
