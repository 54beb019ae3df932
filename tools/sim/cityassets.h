#pragma once

#include "city/citypack.h"
#include "domain/assetkind.h"
#include "domain/result.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <limits>

namespace vigie::sim {

/// \brief One live asset the simulator animates, as read from a city-pack asset layer.
struct AssetSpec
{
    AssetKind kind = AssetKind::Streetlight;
    QString ref;              ///< ImportedFeature::ref: the entity id is assetUrn(kind, city, ref).
    double lon = 0;           ///< EPSG:4326 degrees.
    double lat = 0;
    /// Measured data of the container, when the layer carries it (Paris Trilib' columns);
    /// NaN / 0 when it does not and the model draws its own.
    double initialLevel = std::numeric_limits<double>::quiet_NaN(); ///< ratio 0–1 (fillingRate / 100)
    double fillRatePerDay = std::numeric_limits<double>::quiet_NaN(); ///< ratio per day (avgFillingRatePerDay / 100)
    int collectionsPerWeek = 0; ///< From collectFrequency "cN00" (N per week); 0 = unknown.
    /// The device the pack's devices.csv binds to the asset (normalizeDeviceId() form), or empty.
    QString deviceId;
    double containerDepthM = std::numeric_limits<double>::quiet_NaN(); ///< From devices.csv, metres; NaN = unknown.
    int district = -1;        ///< Index in CityAssets::districts of the district containing it, or -1.
    QString cabinet;          ///< Control cabinet the inventory names (refStreetlightControlCabinet or cabinet), or empty.
};

/// A district of the pack's first "districts" layer.
struct DistrictSpec
{
    QString ref;              ///< Value of the layer's id field.
    QString label;
};

/// \brief The assets of a city pack, ready for the simulator.
struct CityAssets
{
    CityPack pack;
    QVector<AssetSpec> assets; ///< Asset layers in manifest order, features in file order.
    QVector<DistrictSpec> districts; ///< The first districts layer, file order; empty if none.
    int skipped = 0;           ///< Features the importer refused (no geometry, duplicate id…).
    int unmatchedDevices = 0;  ///< devices.csv rows naming an asset that was not imported.
};

/// Where to look for a city pack given by name, in order: `citiesDir` if not empty, the
/// installed packs `<applicationDir>/../<installDataDir>` (installDataDir relative, e.g.
/// "share/vigie/cities"), then `sourceDir` (the source tree's resources/cities).
QStringList citySearchPaths(const QString &citiesDir, const QString &applicationDir,
                            const QString &installDataDir, const QString &sourceDir);

/// Imports the asset layers (role "asset") of `pack` through OGR (ogrimport::importCity),
/// reads the Trilib' fill columns where present and attaches the devices of the pack's
/// devices.csv (readPackDevices()). Slow for large packs (seconds for 30 000 lamps); any
/// thread. Errors: those of ogrimport::importCity and readPackDevices, and `noAssets` when
/// the pack has no asset layer or none of its features could be imported.
Result<CityAssets> loadCityAssets(const CityPack &pack);

/// Reads the Trilib' columns of one feature's attributes (ImportedFeature::attributes JSON)
/// into `spec`: fillingRate (%) → initialLevel, avgFillingRatePerDay (%/day) →
/// fillRatePerDay, collectFrequency "c300"/"c400" → 3 / 4 collections a week. Values may be
/// JSON numbers or numeric strings (OGR reads CSV columns as text); absent or unreadable
/// values leave the spec's field untouched.
void readTrilibAttributes(const QByteArray &attributesJson, AssetSpec *spec);

} // namespace vigie::sim
