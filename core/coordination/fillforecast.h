#pragma once

#include <QtGlobal>

#include <limits>

/// \file
/// \brief Linear fill forecast of a waste container: when does it reach full?

namespace vigie {

/// \brief A container's fill now and how fast it fills.
struct FillState
{
    double fillRatio = std::numeric_limits<double>::quiet_NaN();     ///< 0–1 (may exceed 1 when overfull); NaN = unknown.
    qint64 observedAtMs = 0;                                          ///< When fillRatio was read (UTC ms).
    double ratePerDay = std::numeric_limits<double>::quiet_NaN();     ///< Fill ratio gained per day (≥ 0); NaN = unknown.
};

/// \brief What the forecast says about the next collection.
struct FillForecast
{
    bool known = false;            ///< False when fill or rate is unknown.
    qint64 fullAtMs = std::numeric_limits<qint64>::max(); ///< When fill reaches `fullRatio` (UTC ms); max() = never.
    double ratioAtCollection = std::numeric_limits<double>::quiet_NaN(); ///< Expected fill at `nextCollectionMs`.
    bool overflowsBeforeCollection = false; ///< fullAtMs < nextCollectionMs.
};

/// \brief Linear forecast: fill(t) = fillRatio + ratePerDay · (t − observedAtMs) / 86 400 000.
///
/// `fullRatio` is the layer's full threshold (ConditionPolicy, e.g. 0.9). A container
/// already at or above it is "full at observedAtMs". `nextCollectionMs` = max() when the
/// container is on no round (then it overflows if it ever fills). Pure function.
FillForecast forecastFill(const FillState &state, double fullRatio, qint64 nextCollectionMs);

/// \brief Fill rate (ratio/day) from a series of readings, robust to emptying.
///
/// `timesMs` and `ratios` are parallel, time-ordered. The rate is the mean of the positive
/// slopes between consecutive readings at least one hour apart (a drop is a collection and
/// starts a new segment), weighted by duration. NaN when fewer than two usable readings.
double fillRateFromHistory(const qint64 *timesMs, const double *ratios, int count);

} // namespace vigie
