#pragma once

#include <QtGlobal>

#include <random>

/// \file
/// \brief Random streams of the simulator.
///
/// Every process of the model (lamp failures, container incidents, silences, payload noise,
/// malformed messages…) draws from its own engine, derived from the run's seed and a stream
/// number, so changing one option (say `--bad-ratio`) does not reshuffle the others. The
/// distributions are written here rather than taken from <random>, whose algorithms differ
/// between standard libraries: the same seed gives the same run everywhere.
namespace vigie::sim {

using Rng = std::mt19937_64;

/// Stream numbers, one per process of the model.
enum class Stream : quint64 {
    Lamps = 1,
    Containers,
    Silence,
    Reports,
    Malformed,
    Order,
    Devices,
};

/// A Mersenne Twister seeded from `seed` and `stream` (mixed with SplitMix64). Any thread.
Rng makeRng(quint64 seed, Stream stream);

/// Uniform in [lo, hi).
double uniform(Rng &rng, double lo, double hi);

/// Uniform integer in [0, n); n > 0.
int uniformIndex(Rng &rng, int n);

/// Normal deviate (Box–Muller) of mean `mean` and standard deviation `sigma`.
double normal(Rng &rng, double mean, double sigma);

/// Waiting time until the next event of a Poisson process of `ratePerMs` events per
/// millisecond, in milliseconds (at least 1). A rate of 0 or less never fires: returns a
/// duration beyond any simulation (about 30 000 years).
qint64 exponentialWaitMs(Rng &rng, double ratePerMs);

} // namespace vigie::sim
