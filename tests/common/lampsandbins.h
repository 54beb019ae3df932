#pragma once

// A small city for core integration tests: 10 street lamps ("0"…"9") and 10 waste containers
// ("B0"…"B9") of city "testville", written to a SQLite store at the latest schema.
#include "domain/assetdirectory.h"
#include "domain/assetkind.h"
#include "storage/store.h"

#include <QTemporaryDir>

#include <memory>

namespace vigie::test {

inline const QString kLampsAndBinsCity = QStringLiteral("testville");

inline QString lampId(int i) { return assetUrn(AssetKind::Streetlight, kLampsAndBinsCity, QString::number(i)); }
inline QString binId(int i) { return assetUrn(AssetKind::WasteContainer, kLampsAndBinsCity, QStringLiteral("B%1").arg(i)); }

/// The store (in a temporary folder, file `fileName`) and the directory Vigie builds from it.
/// Asset i of each kind stands at lon 3.88 + i × `lonStepDeg`, lat 43.61 (EPSG:4326).
struct LampsAndBinsStore
{
    QTemporaryDir dir;
    QString path;
    AssetDirectoryPtr directory;

    explicit LampsAndBinsStore(const QString &fileName, double lonStepDeg = 0.0)
    {
        path = dir.filePath(fileName);
        ImportedCity city;
        city.pack.id = kLampsAndBinsCity;
        city.pack.attribution = QStringLiteral("test");
        for (AssetKind kind : {AssetKind::Streetlight, AssetKind::WasteContainer}) {
            ImportedLayer layer;
            layer.layer.id = assetKindName(kind).toLower();
            layer.layer.role = LayerRole::Asset;
            layer.layer.kind = kind;
            for (int i = 0; i < 10; ++i) {
                ImportedFeature f;
                f.fid = i;
                f.ref = kind == AssetKind::Streetlight ? QString::number(i) : QStringLiteral("B%1").arg(i);
                f.labelLon = 3.88 + i * lonStepDeg;
                f.labelLat = 43.61;
                f.wkb = QByteArray(21, '\0');
                layer.features << f;
            }
            city.layers << layer;
        }
        auto store = Store::open(path, Store::Mode::ReadWrite);
        Q_ASSERT(store.ok());
        store->replaceCity(city);
        directory = std::make_shared<AssetDirectory>(store->assets().value());
    }
};

} // namespace vigie::test
