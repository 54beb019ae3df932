#include "reportmatcher.h"

#include <cmath>

namespace vigie {

namespace {

constexpr double kEarthRadiusM = 6371008.8;
constexpr double kCellDeg = 0.001; // ~111 m of latitude; a bit less of longitude in Europe.

quint64 cellKey(AssetKind kind, qint64 cx, qint64 cy)
{
    return (quint64(kind) << 56) ^ ((quint64(cx) & 0xFFFFFFF) << 28) ^ (quint64(cy) & 0xFFFFFFF);
}

qint64 cellOf(double deg) { return qint64(std::floor(deg / kCellDeg)); }

} // namespace

double distanceM(double lat1, double lon1, double lat2, double lon2)
{
    const double rad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * rad;
    const double dLon = (lon2 - lon1) * rad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(a)));
}

AssetMatcher::AssetMatcher(AssetDirectoryPtr directory)
    : m_directory(std::move(directory))
{
    if (!m_directory)
        return;
    for (int i = 0; i < m_directory->size(); ++i) {
        const AssetRecord &a = m_directory->at(i);
        m_cells[cellKey(a.kind, cellOf(a.lon), cellOf(a.lat))].append(i);
    }
}

AssetMatcher::Match AssetMatcher::nearest(AssetKind kind, double lat, double lon, double radiusM) const
{
    Match best;
    if (!m_directory || !(lat == lat) || !(lon == lon) || radiusM <= 0)
        return best;
    const double dLatDeg = radiusM / 111000.0;
    const double cosLat = std::max(0.01, std::cos(lat * M_PI / 180.0));
    const double dLonDeg = dLatDeg / cosLat;
    const qint64 span = 50; // at most 101×101 cells: a radius of ~5 km is plenty for matching.
    const qint64 x0 = cellOf(lon - dLonDeg), x1 = std::min(cellOf(lon + dLonDeg), x0 + 2 * span);
    const qint64 y0 = cellOf(lat - dLatDeg), y1 = std::min(cellOf(lat + dLatDeg), y0 + 2 * span);
    double bestD = radiusM;
    for (qint64 x = x0; x <= x1; ++x) {
        for (qint64 y = y0; y <= y1; ++y) {
            const auto it = m_cells.constFind(cellKey(kind, x, y));
            if (it == m_cells.constEnd())
                continue;
            for (int index : it.value()) {
                const AssetRecord &a = m_directory->at(index);
                const double d = distanceM(lat, lon, a.lat, a.lon);
                if (d <= bestD && (best.index < 0 || d < best.distanceM)) {
                    best.index = index;
                    best.distanceM = d;
                    bestD = d;
                }
            }
        }
    }
    return best;
}

qint64 findGroup(const CitizenReport &report, const QVector<ReportGroup> &candidates, double groupRadiusM)
{
    if (!report.matchedAssetId.isEmpty()) {
        for (const ReportGroup &g : candidates) {
            if (g.open && g.serviceCode == report.serviceCode && g.assetId == report.matchedAssetId)
                return g.id;
        }
    }
    if (!report.hasLocation())
        return 0;
    qint64 best = 0;
    double bestD = groupRadiusM;
    for (const ReportGroup &g : candidates) {
        if (!g.open || g.serviceCode != report.serviceCode || !(g.lat == g.lat))
            continue;
        const double d = distanceM(report.lat, report.lon, g.lat, g.lon);
        if (d <= bestD) {
            bestD = d;
            best = g.id;
        }
    }
    return best;
}

} // namespace vigie
