#pragma once

#include "city/citypack.h"
#include "fieldcrews.h"

namespace vigie::sim {

/// \brief The crews' RouteFinder for `pack`: shortest paths along the pack's streets
/// (StreetGraph over its `streets` layers, read through OGR), so simulated vans drive the
/// streets Vigie measures its suggestions on. A pack without streets, or two points the
/// network does not join, get the straight line. Loading logs what it skipped.
RouteFinder streetRoutes(const CityPack &pack);

} // namespace vigie::sim
