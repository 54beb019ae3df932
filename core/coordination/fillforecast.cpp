#include "fillforecast.h"

#include <cmath>

namespace vigie {

FillForecast forecastFill(const FillState &state, double fullRatio, qint64 nextCollectionMs)
{
    FillForecast f;
    if (!std::isfinite(state.fillRatio) || !std::isfinite(state.ratePerDay) || state.ratePerDay < 0)
        return f;
    f.known = true;
    constexpr double kDayMs = 86400000.0;
    if (state.fillRatio >= fullRatio)
        f.fullAtMs = state.observedAtMs;
    else if (state.ratePerDay > 0)
        f.fullAtMs = state.observedAtMs + std::llround((fullRatio - state.fillRatio) / state.ratePerDay * kDayMs);
    if (nextCollectionMs != std::numeric_limits<qint64>::max())
        f.ratioAtCollection = state.fillRatio + state.ratePerDay * double(nextCollectionMs - state.observedAtMs) / kDayMs;
    f.overflowsBeforeCollection = f.fullAtMs != std::numeric_limits<qint64>::max() && f.fullAtMs < nextCollectionMs;
    return f;
}

double fillRateFromHistory(const qint64 *timesMs, const double *ratios, int count)
{
    double gained = 0, days = 0;
    constexpr qint64 kHourMs = 3600000;
    int last = -1;
    for (int i = 0; i < count; ++i) {
        if (!std::isfinite(ratios[i]))
            continue;
        if (last >= 0 && timesMs[i] - timesMs[last] >= kHourMs) {
            const double delta = ratios[i] - ratios[last];
            if (delta >= 0) { // a drop is a collection: that interval says nothing about the rate
                gained += delta;
                days += double(timesMs[i] - timesMs[last]) / 86400000.0;
            }
            last = i;
        } else if (last < 0) {
            last = i;
        }
    }
    return days > 0 ? gained / days : std::nan("");
}

} // namespace vigie
