#pragma once

#include <QtGlobal>

#include <limits>

namespace vigie {

/// \brief The reporting period of one device, learned from the arrival times of its
/// messages: the median of its last kGaps inter-arrival gaps.
///
/// The median ignores a few outliers (a missed message doubles one gap, a retry halves
/// one). Gaps under kMinGapMs are not gaps between reports but observations of one message
/// (or a burst) and are not learned. Arrivals older than the newest one are ignored.
/// 40 bytes; a plain value, one per asset. Times are UTC ms.
class UsualPeriod
{
public:
    static constexpr int kGaps = 7;
    static constexpr int kMinGaps = 3;
    static constexpr qint64 kMinGapMs = 1000;
    static constexpr qint64 kNever = std::numeric_limits<qint64>::min();

    /// Folds in one arrival (received time, UTC ms).
    void add(qint64 arrivedMs);
    /// Newest arrival, kNever if none.
    qint64 lastSeenMs() const { return m_lastSeenMs; }
    /// The median of the learned gaps (ms); 0 while fewer than kMinGaps are known.
    qint64 periodMs() const;
    int gapCount() const { return m_count; }
    /// Copies the learned gaps (ms), oldest first, into `out` (room for kGaps); returns
    /// gapCount(). With restored(), how a saved evaluator state keeps the period exactly.
    int gaps(quint32 *out) const;
    /// The period that has seen its newest arrival at `lastSeenMs` (kNever: none) and
    /// learned `gaps` (oldest first; only the newest kGaps are kept).
    static UsualPeriod restored(qint64 lastSeenMs, const quint32 *gaps, int count);

private:
    qint64 m_lastSeenMs = kNever;
    quint32 m_gaps[kGaps] = {};
    quint8 m_count = 0;
    quint8 m_next = 0;
};

} // namespace vigie
