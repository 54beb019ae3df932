#pragma once

#include "citypack.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace vigie {

/// \brief One feature read from a layer file, reprojected to EPSG:4326.
struct ImportedFeature
{
    qint64 fid = 0;           ///< OGR feature id in the source.
    QString ref;              ///< Value of the layer's id field (the FID when idField is "fid").
    QString label;
    QString address;
    QByteArray wkb;           ///< ISO WKB geometry, EPSG:4326, lon/lat axis order.
    double labelLon = 0;      ///< A point on the surface (polygons), the midpoint (lines) or the point.
    double labelLat = 0;
    QByteArray attributes;    ///< The feature's fields as a compact JSON object.
};

/// \brief A feature the importer skipped, and why.
struct ImportIssue
{
    QString layerId;
    qint64 fid = 0;
    QString ref;
    QString reason;
};

struct ImportedLayer
{
    PackLayer layer;
    QVector<ImportedFeature> features;
    QVector<ImportIssue> issues;
    qint64 sourceCount = 0;   ///< Features read from the source (imported + skipped).
};

/// \brief A whole city pack read through OGR, ready to be stored.
struct ImportedCity
{
    CityPack pack;
    QString signature;        ///< CityPack::signature() at import time.
    QVector<ImportedLayer> layers;
};

} // namespace vigie

Q_DECLARE_METATYPE(vigie::ImportedCity)
