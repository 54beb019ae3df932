#include "usualperiod.h"

#include <algorithm>

namespace vigie {

void UsualPeriod::add(qint64 arrivedMs)
{
    if (m_lastSeenMs == kNever) {
        m_lastSeenMs = arrivedMs;
        return;
    }
    if (arrivedMs <= m_lastSeenMs)
        return;
    const qint64 gap = arrivedMs - m_lastSeenMs;
    m_lastSeenMs = arrivedMs;
    if (gap < kMinGapMs)
        return;
    m_gaps[m_next] = quint32(std::min<qint64>(gap, std::numeric_limits<quint32>::max()));
    m_next = quint8((m_next + 1) % kGaps);
    m_count = quint8(std::min(kGaps, m_count + 1));
}

qint64 UsualPeriod::periodMs() const
{
    if (m_count < kMinGaps)
        return 0;
    quint32 gaps[kGaps];
    std::copy(m_gaps, m_gaps + m_count, gaps);
    quint32 *middle = gaps + m_count / 2;
    std::nth_element(gaps, middle, gaps + m_count);
    return qint64(*middle);
}

int UsualPeriod::gaps(quint32 *out) const
{
    // Before the ring is full, the gaps sit at 0..m_count−1 and m_next == m_count.
    const int oldest = m_count < kGaps ? 0 : m_next;
    for (int i = 0; i < m_count; ++i)
        out[i] = m_gaps[(oldest + i) % kGaps];
    return m_count;
}

UsualPeriod UsualPeriod::restored(qint64 lastSeenMs, const quint32 *gaps, int count)
{
    UsualPeriod p;
    p.m_lastSeenMs = lastSeenMs;
    const int first = std::max(0, count - kGaps);
    for (int i = first; i < count; ++i)
        p.m_gaps[i - first] = gaps[i];
    p.m_count = quint8(count - first);
    p.m_next = quint8(p.m_count % kGaps);
    return p;
}

} // namespace vigie
