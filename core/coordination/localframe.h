#pragma once

#include <QPointF>

#include <cmath>

namespace vigie {

/// \brief A local metric plane around a city: EPSG:4326 degrees to metres and back.
///
/// Equirectangular projection on the WGS 84 authalic sphere (R = 6 371 007.2 m), true to
/// scale along the parallel `originLat`: x = R·Δλ·cos(φ0), y = R·Δφ (metres, x east,
/// y north, origin at (originLon, originLat)). It is not an EPSG CRS; it is what the
/// coordination rules measure distances in, chosen because core has no PROJ. Distance
/// error against the geodesic: below 0.1 % within 20 km of the origin at mid latitudes,
/// which is well under the rules' tolerances (metres over tens of metres). A pack that
/// needs a national CRS (e.g. EPSG:2154) can fill WorksZone::metricWkb through PROJ in gis.
/// Plain value; any thread.
class LocalFrame
{
public:
    static constexpr double kEarthRadiusM = 6371007.2;

    LocalFrame() = default;
    /// `originLon`, `originLat`: EPSG:4326 degrees, normally the city's centre.
    LocalFrame(double originLon, double originLat)
        : m_lon0(originLon), m_lat0(originLat),
          m_kx(kEarthRadiusM * std::cos(originLat * kDegToRad) * kDegToRad),
          m_ky(kEarthRadiusM * kDegToRad)
    {}

    double originLon() const { return m_lon0; }
    double originLat() const { return m_lat0; }

    /// EPSG:4326 (lon, lat) degrees → metres in this frame.
    QPointF toMetric(double lon, double lat) const { return {(lon - m_lon0) * m_kx, (lat - m_lat0) * m_ky}; }
    /// Metres in this frame → EPSG:4326 (x = lon, y = lat) degrees.
    QPointF toLonLat(QPointF metric) const { return {m_lon0 + metric.x() / m_kx, m_lat0 + metric.y() / m_ky}; }

private:
    static constexpr double kDegToRad = 3.14159265358979323846 / 180.0;
    double m_lon0 = 0;
    double m_lat0 = 0;
    double m_kx = kEarthRadiusM * kDegToRad;
    double m_ky = kEarthRadiusM * kDegToRad;
};

} // namespace vigie
