#include "simlog.h"

namespace vigie::sim {

Q_LOGGING_CATEGORY(lcSim, "vigie.sim")

} // namespace vigie::sim
