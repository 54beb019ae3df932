#pragma once

// The street layer of a shipped city pack, read through OGR and projected to EPSG:3857 as
// LoadedCity holds it (without importing the pack's other layers).
#include "city/citypack.h"
#include "crs/coordinatetransform.h"
#include "io/ogrimporter.h"
#include "io/wkbgeometry.h"
#include "map/vectordata.h"

#include <QString>

#include <memory>

namespace vigie::test {

/// The features of layer `layerId` of pack `packId` (CITIES_DIR), EPSG:3857; null on error.
inline VectorLayerDataPtr packLayer(const QString &packId, const QString &layerId)
{
    auto pack = CityPack::load(QStringLiteral(CITIES_DIR "/") + packId);
    if (!pack)
        return {};
    for (const PackLayer &layer : pack->layers) {
        if (layer.id != layerId)
            continue;
        auto imported = ogrimport::importLayer(layer);
        auto toMap = CoordinateTransform::create(QString::fromLatin1(kWgs84), QString::fromLatin1(kWebMercator));
        if (!imported || !toMap)
            return {};
        auto data = std::make_shared<VectorLayerData>();
        for (const ImportedFeature &f : imported->features) {
            auto feature = featureFromWkb(f.wkb, toMap.value());
            if (!feature)
                continue;
            data->extent = data->extent.isNull() ? feature->bbox : data->extent.united(feature->bbox);
            data->features << std::move(*feature);
        }
        return data;
    }
    return {};
}

} // namespace vigie::test
