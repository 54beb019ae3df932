#include "assetdirectory.h"

namespace vigie {

namespace {
const QLatin1String kUrnPrefix{"urn:ngsi-ld:"};
}

QString assetUrn(AssetKind kind, const QString &city, const QString &ref)
{
    return kUrnPrefix + assetKindName(kind) + QLatin1Char(':') + city + QLatin1Char(':') + ref;
}

AssetDirectory::AssetDirectory(QVector<AssetRecord> assets, QHash<QString, ConditionPolicy> policies)
    : m_assets(std::move(assets))
    , m_policies(std::move(policies))
{
    m_index.reserve(m_assets.size());
    for (int i = 0; i < m_assets.size(); ++i)
        m_index.insert(m_assets.at(i).id, i);
}

int AssetDirectory::indexOf(const QString &entityId) const
{
    auto it = m_index.constFind(entityId);
    if (it != m_index.constEnd())
        return it.value();
    if (!entityId.startsWith(kUrnPrefix)) {
        it = m_index.constFind(kUrnPrefix + entityId);
        if (it != m_index.constEnd())
            return it.value();
    }
    return -1;
}

const ConditionPolicy &AssetDirectory::policy(int index) const
{
    auto it = m_policies.constFind(m_assets.at(index).layerId);
    return it != m_policies.constEnd() ? it.value() : m_defaultPolicy;
}

} // namespace vigie
