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

} // namespace vigie
