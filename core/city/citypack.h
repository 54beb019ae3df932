#pragma once

#include "domain/assetkind.h"
#include "domain/assetstate.h"
#include "domain/result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace vigie {

/// \brief How to find point geometry in a table without a geometry column (CSV).
///
/// Either two columns (x = longitude or easting, y = latitude or northing, in the layer's
/// source CRS), or one column holding "lat, lon" in degrees, as opendata.paris.fr exports
/// `geo_point_2d`.
struct CoordinateColumns
{
    QString xField;
    QString yField;
    QString latLonField;
    bool isSet() const { return !latLonField.isEmpty() || !xField.isEmpty(); }
};

/// \brief One layer of a city pack: a file OGR reads, and what it is for.
struct PackLayer
{
    QString id;                 ///< Unique in the pack; [a-z0-9_-]+.
    QString titleFr;            ///< Defaults to the id.
    QString titleEn;
    QString file;               ///< Absolute path (the manifest gives it relative to the pack).
    QString ogrLayer;           ///< Layer name inside a multi-layer source; empty = first.
    LayerRole role = LayerRole::Asset;
    AssetKind kind = AssetKind::Streetlight; ///< Only for role Asset.
    QString idField;            ///< Field holding the inventory id; "fid" may name the OGR FID.
    QStringList labelFields;    ///< Joined with " – " to label a feature.
    QStringList addressFields;  ///< Joined with ", " to give an address.
    QString sourceCrs;          ///< PROJ string ("EPSG:2154") used when the file states none.
    QString attributeFilter;    ///< OGR SQL WHERE clause, applied when importing.
    CoordinateColumns coordinates;
    ConditionPolicy policy;     ///< Only for role Asset.

    /// Title in the language `lang` ("fr" or "en"), falling back to the other one.
    QString title(const QString &lang) const;
};

/// \brief A city described by a folder with a `manifest.json`.
///
/// Format: docs/city-packs.md. Loading reads and validates the manifest only; the layer
/// files are read by the GIS importer (vigie_gis).
struct CityPack
{
    QString id;                 ///< Short name, used in asset URNs and database file names.
    QString name;               ///< Display name.
    QString directory;          ///< Absolute path of the pack folder.
    QString timeZone = QStringLiteral("Europe/Paris"); ///< IANA id for local times.
    QString attribution;        ///< Shown on the map, required by the data licences.
    QVector<PackLayer> layers;
    /// Absolute path of the CSV binding field devices to assets (docs/city-packs.md,
    /// "Devices"); empty when the pack has none.
    QString devicesFile;
    /// Absolute path of the JSON roster of field crews (docs/interventions.md, "Crews");
    /// empty when the pack has none.
    QString crewsFile;
    /// Absolute path of the JSON list of Open311 services residents can report
    /// (docs/reports.md, ServiceCatalog); empty when the pack has none.
    QString servicesFile;

    /// The manifest format this Vigie reads; a newer one is refused.
    static constexpr int kFormatVersion = 1;

    /// Reads `<directory>/manifest.json`. Any thread.
    /// Errors: `packNotFound`, `manifestUnreadable`, `manifestSyntax` (with line and column),
    /// `manifestInvalid` (naming the field, e.g. `layers[2].role`), `layerFileMissing`.
    static Result<CityPack> load(const QString &directory);

    /// Resolves a pack given by name or by folder path. A path is used as is; a name is
    /// looked for in `searchDirs` in order. Errors: `packNotFound` listing where it looked.
    static Result<CityPack> locate(const QString &nameOrPath, const QStringList &searchDirs);

    /// Pack ids found in `searchDirs` (folders holding a manifest.json), sorted, unique.
    static QStringList available(const QStringList &searchDirs);

    /// A signature of the manifest and every layer file (path, size, modification time).
    /// Equal signatures mean the imported copy in a store is still current.
    QString signature() const;
};

} // namespace vigie
