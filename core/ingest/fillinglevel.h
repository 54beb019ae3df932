#pragma once

#include "domain/observation.h"

namespace vigie {

/// \brief The fillingLevel an ultrasonic bin-fill sensor's distance stands for.
///
/// The sensor hangs under the lid and measures down to the waste: fillingLevel =
/// (depthM − distance) / depthM, a ratio (C62). `distance` is an observation of quantity
/// `distance` in metres. The result copies its asset, times, message and flags. It is an
/// invalid reading (InvalidReading, and `*why` says why when given) if the distance is
/// invalid, longer than the container is deep (the sensor sees past the bottom: moved or
/// lid open), or gives more than `headroom` (an overfull bin reads a little above 1).
/// Pure; any thread.
Observation fillFromDistance(const Observation &distance, double depthM, double headroom, QString *why = nullptr);

} // namespace vigie
