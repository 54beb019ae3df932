#pragma once

#include "coordinationtypes.h"
#include "domain/result.h"

#include <QHash>
#include <QVector>

/// \file
/// \brief Each container's recent fill readings, from the store then live, and the fill rate
/// they give (fillRateFromHistory): what the overflow forecast extrapolates with.

namespace vigie {

class Store;

/// \brief Fill readings per container over a rolling window, and their fill rate.
///
/// The window ends at a container's newest reading and spans kWindowMs, so a replayed or
/// old data set gives the same rate as a live one. Invalid readings (Observation flag
/// InvalidReading) and non-finite ratios are left out.
///
/// Thread: not thread-safe; one thread (the coordination worker). Reading the store is I/O:
/// never on the GUI thread.
class FillHistory
{
public:
    /// 14 days: two or more collection cycles of a weekly round, short enough to follow a
    /// seasonal change.
    static constexpr qint64 kWindowMs = 14LL * 24 * 3600 * 1000;
    /// Readings kept per container at most (the newest); a sensor reporting every 10 min
    /// over the window stays under it.
    static constexpr int kMaxReadings = 2100;

    /// Reads the fillingLevel history of every container of `assets` (others are skipped)
    /// from `store`, over the window that ends at its newest stored reading. Errors:
    /// `storeSql` (the first failing query).
    static Result<FillHistory> load(Store &store, const QVector<CoordinationAsset> &assets);

    /// Adds a reading (UTC ms, ratio 0–1) of container `index`; a reading not newer than the
    /// last one kept is ignored (out of order or repeated). Readings that fall out of the
    /// window are dropped.
    void add(qint32 index, qint64 atMs, double ratio);
    /// Fill rate of container `index` (ratio per day) from its readings in the window;
    /// NaN when they say nothing (fewer than two readings an hour apart, only drops).
    double rate(qint32 index) const;
    /// Readings kept for `index` (tests).
    int size(qint32 index) const;

private:
    struct Series
    {
        QVector<qint64> timesMs;
        QVector<double> ratios;
    };
    QHash<qint32, Series> m_series;
};

} // namespace vigie
