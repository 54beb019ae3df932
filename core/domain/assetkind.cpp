#include "assetkind.h"

#include <QStringList>

#include <array>
#include <utility>

namespace vigie {

namespace {

constexpr std::array kKinds = {
    std::pair{AssetKind::Streetlight, "Streetlight"},
    std::pair{AssetKind::WasteContainer, "WasteContainer"},
};

constexpr std::array kRoles = {
    std::pair{LayerRole::Asset, "asset"},
    std::pair{LayerRole::Streets, "streets"},
    std::pair{LayerRole::Districts, "districts"},
    std::pair{LayerRole::Roadworks, "roadworks"},
    std::pair{LayerRole::PointsOfInterest, "poi"},
    std::pair{LayerRole::Boundary, "boundary"},
};

template<typename Table, typename Enum>
QString nameOf(const Table &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Table, typename Enum>
bool valueOf(const Table &table, const QString &name, Enum *value)
{
    for (const auto &[e, n] : table) {
        if (name == QLatin1String(n)) {
            *value = e;
            return true;
        }
    }
    return false;
}

} // namespace

QString assetKindName(AssetKind kind) { return nameOf(kKinds, kind); }
bool assetKindFromName(const QString &name, AssetKind *kind) { return valueOf(kKinds, name, kind); }
QString layerRoleName(LayerRole role) { return nameOf(kRoles, role); }
bool layerRoleFromName(const QString &name, LayerRole *role) { return valueOf(kRoles, name, role); }

QString layerRoleNames()
{
    QStringList names;
    for (const auto &[e, n] : kRoles)
        names << QString::fromLatin1(n);
    return names.join(QLatin1String(", "));
}

} // namespace vigie
