#include "alarmratemeter.h"

namespace vigie {

AlarmRateMeter::AlarmRateMeter(qint64 windowMs, int floodThreshold)
    : m_windowMs(windowMs)
    , m_floodThreshold(floodThreshold)
{
}

void AlarmRateMeter::add(qint64 atMs, int count)
{
    if (count <= 0)
        return;
    if (!m_entries.empty() && m_entries.back().first == atMs)
        m_entries.back().second += count;
    else
        m_entries.emplace_back(atMs, count);
    m_total += count;
}

int AlarmRateMeter::rate(qint64 nowMs)
{
    while (!m_entries.empty() && m_entries.front().first <= nowMs - m_windowMs) {
        m_total -= m_entries.front().second;
        m_entries.pop_front();
    }
    return m_total;
}

} // namespace vigie
