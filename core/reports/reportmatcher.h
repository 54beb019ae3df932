#pragma once

#include "domain/assetdirectory.h"
#include "reporttypes.h"

#include <QHash>
#include <QString>
#include <QVector>

/// \file
/// \brief Matching a report to an asset, and finding the group of its likely duplicates.

namespace vigie {

/// Great-circle distance in metres between two EPSG:4326 points (haversine, R = 6371008.8 m).
double distanceM(double lat1, double lon1, double lat2, double lon2);

/// \brief Nearest asset of a kind, over an AssetDirectory.
///
/// Builds a grid of ~100 m cells per asset kind once; a query looks at the cells that can
/// hold an asset within the radius. Immutable after construction; any thread may query.
class AssetMatcher
{
public:
    AssetMatcher() = default;
    explicit AssetMatcher(AssetDirectoryPtr directory);

    struct Match
    {
        int index = -1;            ///< Directory index; -1 = none within the radius.
        double distanceM = 0;
    };
    /// The asset of `kind` nearest to (lat, lon) within `radiusM` metres, or index -1.
    Match nearest(AssetKind kind, double lat, double lon, double radiusM) const;
    const AssetDirectory *directory() const { return m_directory.get(); }

private:
    AssetDirectoryPtr m_directory;
    QHash<quint64, QVector<int>> m_cells; // key: kind, cell x, cell y
};

/// \brief The open group a new report belongs to, among `candidates` (open groups of the
/// same service code): the one of the same matched asset, else the nearest whose anchor is
/// within `groupRadiusM`; 0 when none fits (the report starts a group). Pure; any thread.
qint64 findGroup(const CitizenReport &report, const QVector<ReportGroup> &candidates, double groupRadiusM);

} // namespace vigie
