#pragma once

#include "alarms/alarmservice.h"
#include "city/citypack.h"
#include "city/importedcity.h"
#include "crews/crew.h"
#include "domain/assetdirectory.h"
#include "domain/result.h"
#include "map/vectordata.h"
#include "storage/store.h"

#include <QHash>
#include <QMetaType>

#include <atomic>
#include <functional>

namespace vigie {

/// \brief Everything the app needs to show a city and start ingest, read off the store.
struct LoadedCity
{
    CityPack pack;
    QString storePath;
    AssetDirectoryPtr directory;
    QVector<AssetState> states;         ///< Parallel to directory: the cached last known city.
    qint64 lastMessageId = 0;
    QVector<DeviceBinding> bindings;    ///< Device → asset, the pack's and the operator's.
    QVector<Crew> crews;                ///< Active crews (table `crew`, seeded from the pack's crews.json).
    QVector<StoredLayer> layers;        ///< Manifest order.
    QHash<QString, VectorLayerDataPtr> vectors; ///< Context layers by id, EPSG:3857.
    QHash<QString, AssetLayerDataPtr> assets;   ///< Asset layers by id, EPSG:3857.
    AssetGroupTable groups;             ///< Parallel to directory: district, street, cabinet (computeAssetGroups).
    QVector<ImportIssue> issues;        ///< From the (last) import.
    qint64 quarantined = 0;             ///< Messages in quarantine so far.
    bool imported = false;              ///< The pack was (re)imported by this load.
    qint64 importMs = 0;
    qint64 loadMs = 0;
};

/// \brief Opens a city: imports the pack into the store if the store does not hold its
/// current version, then reads inventory and cached state back, projected for the map.
///
/// Runs on a worker thread (QtConcurrent in the app); touches no GUI object. `progress`
/// receives a short English stage name and a percentage, on the calling thread.
/// Errors: those of Store::open, of the import, and `cancelled`.
Result<LoadedCity> loadCity(const CityPack &pack, const QString &storePath,
                            const std::function<void(const QString &stage, int percent)> &progress = {},
                            const std::atomic<bool> *cancel = nullptr);

} // namespace vigie

Q_DECLARE_METATYPE(vigie::LoadedCity)
