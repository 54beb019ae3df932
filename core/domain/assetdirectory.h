#pragma once

#include "assetkind.h"
#include "assetstate.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <memory>

namespace vigie {

/// \brief One live asset of a city pack, as the rest of Vigie refers to it.
struct AssetRecord
{
    QString id;        ///< URN, see assetUrn().
    AssetKind kind = AssetKind::Streetlight;
    QString layerId;   ///< City-pack layer it was imported from.
    QString ref;       ///< The id the source inventory gives it (its id field, or the OGR FID).
    QString label;
    QString address;
    double lon = 0;    ///< EPSG:4326 degrees (representative point for non-point assets).
    double lat = 0;
};

/// The NGSI-LD URN Vigie gives an asset: `urn:ngsi-ld:<Kind>:<city>:<ref>`.
/// Field sources publish their entities under this id (see docs/city-packs.md).
QString assetUrn(AssetKind kind, const QString &city, const QString &ref);

/// \brief The immutable set of live assets of the loaded city, with a lookup by id.
///
/// Built once per city load and shared read-only across threads through
/// `std::shared_ptr<const AssetDirectory>`. Indexes are dense (0..size()-1) and are what
/// the map, the ingest state table and StateDelta use.
class AssetDirectory
{
public:
    AssetDirectory() = default;
    explicit AssetDirectory(QVector<AssetRecord> assets, QHash<QString, ConditionPolicy> policies = {});

    int size() const { return m_assets.size(); }
    const AssetRecord &at(int index) const { return m_assets.at(index); }
    const QVector<AssetRecord> &assets() const { return m_assets; }

    /// Index of the asset an NGSI entity id names, or -1. Accepts the URN itself and the
    /// NGSI v2 form without the `urn:ngsi-ld:` prefix.
    int indexOf(const QString &entityId) const;

    /// Condition thresholds of the asset's layer (defaults when the pack sets none).
    const ConditionPolicy &policy(int index) const;

private:
    QVector<AssetRecord> m_assets;
    QHash<QString, int> m_index;
    QHash<QString, ConditionPolicy> m_policies; // by layer id
    ConditionPolicy m_defaultPolicy;
};

using AssetDirectoryPtr = std::shared_ptr<const AssetDirectory>;

} // namespace vigie
