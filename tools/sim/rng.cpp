#include "rng.h"

#include <cmath>
#include <numbers>

namespace vigie::sim {

namespace {

constexpr qint64 kNeverMs = qint64(1) << 50;

quint64 splitMix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

/// Uniform in [0, 1) with 53 random bits.
double unit(Rng &rng) { return double(rng() >> 11) * 0x1.0p-53; }

} // namespace

Rng makeRng(quint64 seed, Stream stream)
{
    return Rng(splitMix64(splitMix64(seed) ^ quint64(stream)));
}

double uniform(Rng &rng, double lo, double hi)
{
    return lo + (hi - lo) * unit(rng);
}

int uniformIndex(Rng &rng, int n)
{
    return int(rng() % quint64(n));
}

double normal(Rng &rng, double mean, double sigma)
{
    const double u1 = 1.0 - unit(rng); // (0, 1]
    const double u2 = unit(rng);
    return mean + sigma * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

qint64 exponentialWaitMs(Rng &rng, double ratePerMs)
{
    if (!(ratePerMs > 0))
        return kNeverMs;
    const double wait = -std::log(1.0 - unit(rng)) / ratePerMs;
    return wait >= double(kNeverMs) ? kNeverMs : qMax<qint64>(1, qint64(wait));
}

} // namespace vigie::sim
