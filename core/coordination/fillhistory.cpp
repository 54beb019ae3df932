#include "fillhistory.h"

#include "domain/quantity.h"
#include "storage/store.h"

#include <cmath>
#include <limits>

namespace vigie {

Result<FillHistory> FillHistory::load(Store &store, const QVector<CoordinationAsset> &assets)
{
    FillHistory out;
    const QString quantity = QString(quantity::fillingLevel);
    for (const CoordinationAsset &a : assets) {
        if (a.kind != AssetKind::WasteContainer)
            continue;
        // The newest reading first: the window ends there.
        auto newest = store.history(a.id, quantity, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), 1);
        if (!newest)
            return newest.error();
        if (newest->isEmpty())
            continue;
        const qint64 end = newest->constLast().observedAtMs;
        auto readings = store.history(a.id, quantity, end - kWindowMs, end, kMaxReadings);
        if (!readings)
            return readings.error();
        for (const Observation &o : std::as_const(readings.value())) {
            if (o.isValid())
                out.add(a.index, o.observedAtMs, o.number);
        }
    }
    return out;
}

void FillHistory::add(qint32 index, qint64 atMs, double ratio)
{
    if (!std::isfinite(ratio))
        return;
    Series &s = m_series[index];
    if (!s.timesMs.isEmpty() && atMs <= s.timesMs.constLast())
        return;
    s.timesMs.append(atMs);
    s.ratios.append(ratio);
    qsizetype drop = 0;
    while (drop < s.timesMs.size() && (s.timesMs.at(drop) < atMs - kWindowMs || s.timesMs.size() - drop > kMaxReadings))
        ++drop;
    if (drop > 0) {
        s.timesMs.remove(0, drop);
        s.ratios.remove(0, drop);
    }
}

double FillHistory::rate(qint32 index) const
{
    const auto it = m_series.constFind(index);
    if (it == m_series.cend())
        return std::nan("");
    return fillRateFromHistory(it->timesMs.constData(), it->ratios.constData(), int(it->timesMs.size()));
}

int FillHistory::size(qint32 index) const
{
    return int(m_series.value(index).timesMs.size());
}

} // namespace vigie
