#pragma once

#include <QString>

namespace vigie {

/// \brief Kinds of live assets, named after their FIWARE Smart Data Models entity type.
///
/// Sources: smart-data-models/dataModel.Streetlighting `Streetlight`,
/// smart-data-models/dataModel.WasteManagement `WasteContainer`.
enum class AssetKind : quint8 {
    Streetlight,
    WasteContainer,
};

/// The Smart Data Models type name ("Streetlight", "WasteContainer").
QString assetKindName(AssetKind kind);

/// Parses a Smart Data Models type name, case-sensitively. Returns false if unknown.
bool assetKindFromName(const QString &name, AssetKind *kind);

/// \brief What a city-pack layer is for.
///
/// Asset layers hold the live assets; the others are context drawn under them.
enum class LayerRole : quint8 {
    Asset,
    Streets,
    Districts,
    Roadworks,
    PointsOfInterest,
    Boundary,
};

/// The manifest spelling of a role ("asset", "streets", "districts", "roadworks", "poi",
/// "boundary").
QString layerRoleName(LayerRole role);
bool layerRoleFromName(const QString &name, LayerRole *role);
/// The manifest spellings, comma separated, for error messages.
QString layerRoleNames();

} // namespace vigie
