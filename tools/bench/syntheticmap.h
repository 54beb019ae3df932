#pragma once

// The map side of a benchmark's synthetic city, as loadCity() would give it to a CityMap:
// one asset layer holding every asset of the directory, positions in EPSG:3857 metres.

#include "io/cityloader.h"

#include <cmath>

namespace vigie::bench {

inline LoadedCity oneLayerCity(AssetDirectoryPtr directory, AssetGroupTable groups, AssetKind kind, const QString &layerId,
                               const QString &title)
{
    LoadedCity loaded;
    loaded.pack.id = QStringLiteral("synthetic");
    loaded.pack.name = title;
    loaded.directory = directory;
    loaded.groups = std::move(groups);
    StoredLayer layer;
    layer.id = layerId;
    layer.role = LayerRole::Asset;
    layer.kind = kind;
    layer.titleEn = title;
    layer.featureCount = directory->size();
    loaded.layers << layer;
    auto data = std::make_shared<AssetLayerData>();
    data->kind = kind;
    data->positions.reserve(directory->size());
    constexpr double earthRadiusM = 6378137.0;
    constexpr double degree = M_PI / 180.0;
    for (const AssetRecord &r : directory->assets()) {
        const QPointF p(earthRadiusM * r.lon * degree, earthRadiusM * std::log(std::tan(M_PI / 4 + r.lat * degree / 2)));
        data->positions << p;
        data->extent = data->extent.isNull() ? QRectF(p, QSizeF(1, 1)) : data->extent.united(QRectF(p, QSizeF(1, 1)));
    }
    loaded.assets.insert(layer.id, data);
    return loaded;
}

} // namespace vigie::bench
