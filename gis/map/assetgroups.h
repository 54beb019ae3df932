#pragma once

#include "alarms/alarmservice.h"
#include "domain/assetdirectory.h"
#include "domain/result.h"

#include <QByteArray>
#include <QPointF>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>

/// \file
/// \brief The keys alarms are grouped by (AssetGroupKeys): the district that contains an
/// asset, the nearest street within a search radius, and the asset's lighting control
/// cabinet when the inventory names one.
///
/// Geometry runs on GEOS (STRtree + prepared polygons) in metres, in the UTM zone of the
/// city (WGS 84 / UTM, EPSG:326zz or 327zz), chosen from the points' mean longitude so that
/// any pack, in France or not, gets distances within 0.1 % of the truth.

namespace vigie {

/// A context feature as the grouping reads it: ISO WKB in EPSG:4326 (lon/lat), with its label.
struct GroupFeature
{
    QString label;
    QByteArray wkb;
};

/// \brief What the group keys are computed from.
struct AssetGroupSources
{
    /// Polygons of the pack's first "districts" layer (manifest order). Empty: no district keys.
    QVector<GroupFeature> districts;
    /// Lines of the pack's "streets" layers. Empty: no street keys.
    QVector<GroupFeature> streets;
    /// Parallel to the points, or empty: each asset's StreetlightControlCabinet id as the
    /// inventory gives it (empty string = none). Never guessed.
    QVector<QString> cabinets;
    /// An asset takes the label of the nearest street no farther than this, metres.
    double streetSearchM = 30;
};

/// \brief Computes the group keys of `lonLat` (EPSG:4326 degrees, one point per asset, in
/// AssetDirectory order). An asset outside every district, or farther than streetSearchM
/// from every street, gets an empty key. Unreadable features are skipped (the importer
/// already reported them). On a boundary shared by two districts, the first in layer order wins.
///
/// Any thread (each call has its own GEOS and PROJ contexts); 30 000 assets against
/// Montpellier's 7 districts and 9 000 street segments take about 0.1 s.
/// Errors: `transformFailed` (no UTM operation), `cancelled`.
Result<AssetGroupTable> computeAssetGroups(const QVector<QPointF> &lonLat, const AssetGroupSources &sources,
                                           const std::atomic<bool> *cancel = nullptr);

/// \brief Each asset's control cabinet as the imported inventory states it (the source
/// attributes stored with the asset: the Smart Data Models Streetlight property
/// `refStreetlightControlCabinet`, else a plain `cabinet` column), parallel to `directory`; empty
/// strings where the inventory says nothing. Reads `storePath` on its own read-only
/// connection; any thread. Errors: those of SqliteConnection::open and prepare/step.
Result<QVector<QString>> readAssetCabinets(const QString &storePath, const AssetDirectory &directory);

/// \brief Point-in-district lookups for one district layer, reusable for many points
/// (the simulator stages a district's power loss with it).
///
/// Immutable after create(); one instance on one thread at a time (GEOS context). Move-only.
class DistrictIndex
{
public:
    /// `districts`: ISO WKB polygons, EPSG:4326. Unreadable ones are skipped.
    static Result<DistrictIndex> create(const QVector<GroupFeature> &districts);
    DistrictIndex(DistrictIndex &&) noexcept;
    DistrictIndex &operator=(DistrictIndex &&) noexcept;
    ~DistrictIndex();

    /// Index in `districts` of the district containing (lon, lat) in degrees, or -1.
    int districtAt(double lon, double lat) const;
    /// Number of districts that could be read.
    int size() const;

private:
    DistrictIndex();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vigie
