#pragma once

#include "city/importedcity.h"
#include "domain/result.h"

#include <atomic>
#include <functional>

namespace vigie {

/// \brief Reads city-pack layers through GDAL/OGR and reprojects them to EPSG:4326 (PROJ).
///
/// Anything OGR reads works: GeoJSON, GeoPackage, Shapefile, CSV with coordinate columns
/// (PackLayer::coordinates). A feature that cannot be used — no geometry, a geometry OGR
/// could not read, coordinates that do not reproject, no id or a duplicate id in an asset
/// layer — becomes an ImportIssue with its reason; it never aborts the import. Any thread;
/// the calls share no state.
namespace ogrimport {

/// Reports progress: features read so far in the layer, and the layer's feature count
/// (0 if unknown). Called on the importing thread.
using Progress = std::function<void(qint64 done, qint64 total)>;

/// Imports one layer. Errors (the whole layer is unusable): `layerUnreadable` (OGR cannot
/// open the file or find the layer), `noCrs` (neither the file nor the manifest gives a
/// CRS), `invalidCrs`, `invalidFilter`, `cancelled`.
Result<ImportedLayer> importLayer(const PackLayer &layer, const Progress &progress = {},
                                  const std::atomic<bool> *cancel = nullptr);

/// Imports every layer of `pack`. A layer that cannot be read is reported as an issue
/// (fid -1) and skipped; other layers still import. `progress` gets the layer index too.
/// Errors: `cancelled`.
Result<ImportedCity> importCity(const CityPack &pack,
                                const std::function<void(int layer, qint64 done, qint64 total)> &progress = {},
                                const std::atomic<bool> *cancel = nullptr);

/// Registers the GDAL drivers once per process. Any thread.
void ensureGdalRegistered();

} // namespace ogrimport
} // namespace vigie
