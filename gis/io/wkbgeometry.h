#pragma once

#include "map/vectordata.h"

#include <QByteArray>

#include <optional>

namespace vigie {

class CoordinateTransform;

/// \brief Reads an ISO WKB geometry (EPSG:4326, lon/lat) into a drawable feature projected
/// with `toMap` (normally EPSG:4326 → EPSG:3857).
///
/// Points and multi-points, (multi-)line strings, (multi-)polygons and geometry collections
/// of those. Returns nothing for an unreadable blob or coordinates that do not project.
/// Any thread (`toMap` must not be used by another thread meanwhile).
std::optional<VectorFeature> featureFromWkb(const QByteArray &wkb, const CoordinateTransform &toMap);

} // namespace vigie
