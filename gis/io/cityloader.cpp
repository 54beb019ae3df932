#include "cityloader.h"

#include "city/packdevices.h"
#include "crews/crewroster.h"

#include "crs/coordinatetransform.h"
#include "map/assetgroups.h"
#include "ogrimporter.h"
#include "wkbgeometry.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLoader, "vigie.loader")

namespace vigie {

namespace {

using Progress = std::function<void(const QString &, int)>;

Status importIfStale(Store &store, const CityPack &pack, const Progress &progress, const std::atomic<bool> *cancel,
                     LoadedCity *out)
{
    auto signature = store.citySignature();
    if (!signature)
        return signature.error();
    if (signature.value() == pack.signature())
        return {};
    QElapsedTimer clock;
    clock.start();
    const int layers = qMax(1, int(pack.layers.size()));
    auto city = ogrimport::importCity(
        pack,
        [&](int layer, qint64 done, qint64 total) {
            if (progress) {
                const double within = total > 0 ? double(done) / double(total) : 0.0;
                progress(QStringLiteral("import"), int(70.0 * (layer + within) / layers));
            }
        },
        cancel);
    if (!city)
        return city.error();
    auto devices = readPackDevices(pack);
    if (!devices)
        return devices.error();
    QVector<Crew> crews;
    if (!pack.crewsFile.isEmpty()) {
        auto read = readPackCrews(pack.crewsFile);
        if (!read)
            return read.error();
        crews = std::move(read).value();
    }
    if (progress)
        progress(QStringLiteral("store"), 72);
    if (auto s = store.replaceCity(city.value()); !s)
        return s;
    if (auto s = store.replaceCityPackBindings(devices.value()); !s)
        return s;
    if (auto s = CrewStore(store.connection()).seed(crews); !s)
        return s;
    out->imported = true;
    out->importMs = clock.elapsed();
    qCInfo(lcLoader) << "imported" << pack.id << "in" << out->importMs << "ms";
    return {};
}

Result<AssetLayerDataPtr> assetLayerData(const StoredLayer &layer, const AssetDirectory &directory,
                                         const CoordinateTransform &toMap)
{
    auto data = std::make_shared<AssetLayerData>();
    data->kind = layer.kind;
    data->firstIndex = -1;
    for (int i = 0; i < directory.size(); ++i) {
        const AssetRecord &a = directory.at(i);
        if (a.layerId != layer.id)
            continue;
        if (data->firstIndex < 0)
            data->firstIndex = i;
        double x = a.lon;
        double y = a.lat;
        if (!toMap.transform(&x, &y, 1))
            return Error{QStringLiteral("transformFailed"), QStringLiteral("asset %1 cannot be projected").arg(a.id)};
        data->positions << QPointF(x, y);
        data->extent = data->extent.isNull() ? QRectF(QPointF(x, y), QSizeF(1, 1)) : data->extent.united(QRectF(QPointF(x, y), QSizeF(1, 1)));
    }
    if (data->firstIndex < 0)
        data->firstIndex = 0;
    return AssetLayerDataPtr(data);
}

Result<VectorLayerDataPtr> vectorLayerData(Store &store, const StoredLayer &layer, const CoordinateTransform &toMap)
{
    auto features = store.features(layer.id);
    if (!features)
        return features.error();
    auto data = std::make_shared<VectorLayerData>();
    data->features.reserve(features->size());
    for (const StoredFeature &stored : features.value()) {
        auto f = featureFromWkb(stored.wkb, toMap);
        if (!f)
            continue; // the importer only stores geometries it could read; nothing to report twice
        double x = stored.labelLon;
        double y = stored.labelLat;
        if (toMap.transform(&x, &y, 1))
            f->labelPoint = QPointF(x, y);
        f->label = stored.label;
        data->extent = data->extent.isNull() ? f->bbox : data->extent.united(f->bbox);
        data->features << std::move(*f);
    }
    return VectorLayerDataPtr(data);
}

// Alarm group keys (district, street, cabinet) of every asset, from the stored context layers.
Result<AssetGroupTable> assetGroups(Store &store, const LoadedCity &city, const std::atomic<bool> *cancel)
{
    AssetGroupSources sources;
    bool haveDistricts = false;
    for (const StoredLayer &layer : city.layers) {
        const bool districts = layer.role == LayerRole::Districts && !haveDistricts;
        if (!districts && layer.role != LayerRole::Streets)
            continue;
        auto features = store.features(layer.id);
        if (!features)
            return features.error();
        auto &target = districts ? sources.districts : sources.streets;
        for (const StoredFeature &f : features.value())
            target << GroupFeature{f.label, f.wkb};
        haveDistricts = haveDistricts || districts;
    }
    auto cabinets = readAssetCabinets(city.storePath, *city.directory);
    if (!cabinets)
        return cabinets.error();
    sources.cabinets = cabinets.value();
    QVector<QPointF> points;
    points.reserve(city.directory->size());
    for (const AssetRecord &a : city.directory->assets())
        points << QPointF(a.lon, a.lat);
    return computeAssetGroups(points, sources, cancel);
}

} // namespace

Result<LoadedCity> loadCity(const CityPack &pack, const QString &storePath, const Progress &progress,
                            const std::atomic<bool> *cancel)
{
    QElapsedTimer clock;
    clock.start();
    LoadedCity out;
    out.pack = pack;
    out.storePath = storePath;
    if (progress)
        progress(QStringLiteral("open"), 0);
    auto store = Store::open(storePath, Store::Mode::ReadWrite);
    if (!store)
        return store.error();
    if (auto s = importIfStale(store.value(), pack, progress, cancel, &out); !s)
        return s.error();
    if (progress)
        progress(QStringLiteral("load"), 75);

    auto layers = store->layers();
    if (!layers)
        return layers.error();
    auto assets = store->assets();
    if (!assets)
        return assets.error();
    auto states = store->latestStates();
    if (!states)
        return states.error();
    auto lastId = store->maxMessageId();
    if (!lastId)
        return lastId.error();
    auto issues = store->importIssues();
    if (!issues)
        return issues.error();
    auto bindings = store->bindings();
    if (!bindings)
        return bindings.error();
    out.bindings = bindings.value();
    auto crews = CrewStore(store->connection()).load();
    if (!crews)
        return crews.error();
    out.crews = crews.value();
    auto quarantined = store->quarantineCount();
    if (!quarantined)
        return quarantined.error();
    out.quarantined = quarantined.value();
    out.layers = layers.value();
    out.lastMessageId = lastId.value();
    out.issues = issues.value();
    QHash<QString, ConditionPolicy> policies;
    for (const StoredLayer &l : std::as_const(out.layers))
        policies.insert(l.id, l.policy);
    auto directory = std::make_shared<AssetDirectory>(assets.value(), policies);
    out.states.resize(directory->size());
    for (int i = 0; i < directory->size(); ++i)
        out.states[i] = states->value(directory->at(i).id);
    out.directory = directory;

    auto toMap = CoordinateTransform::create(QString::fromLatin1(kWgs84), QString::fromLatin1(kWebMercator));
    if (!toMap)
        return toMap.error();
    for (int i = 0; i < out.layers.size(); ++i) {
        if (cancel && cancel->load())
            return Error{QStringLiteral("cancelled"), QStringLiteral("loading cancelled")};
        const StoredLayer &layer = out.layers.at(i);
        if (layer.role == LayerRole::Asset) {
            auto data = assetLayerData(layer, *directory, toMap.value());
            if (!data)
                return data.error();
            out.assets.insert(layer.id, data.value());
        } else {
            auto data = vectorLayerData(store.value(), layer, toMap.value());
            if (!data)
                return data.error();
            out.vectors.insert(layer.id, data.value());
        }
        if (progress)
            progress(QStringLiteral("load"), 75 + 25 * (i + 1) / qMax(1, int(out.layers.size())));
    }
    QElapsedTimer groupClock;
    groupClock.start();
    auto groups = assetGroups(store.value(), out, cancel);
    if (!groups)
        return groups.error();
    out.groups = groups.value();
    qCInfo(lcLoader) << "grouped" << out.groups.size() << "assets by district, street and cabinet in"
                     << groupClock.elapsed() << "ms";
    out.loadMs = clock.elapsed();
    qCInfo(lcLoader) << "loaded" << pack.id << directory->size() << "assets in" << out.loadMs << "ms";
    return out;
}

} // namespace vigie
