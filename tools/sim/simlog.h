#pragma once

#include <QLoggingCategory>

namespace vigie::sim {

/// Logging category of the simulator: "vigie.sim".
Q_DECLARE_LOGGING_CATEGORY(lcSim)

} // namespace vigie::sim
