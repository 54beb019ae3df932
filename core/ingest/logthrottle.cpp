#include "logthrottle.h"

namespace vigie {

bool LogThrottle::admit(const QString &key, qint64 nowMs, qint64 *suppressed)
{
    if (m_entries.size() > 10000)
        m_entries.clear(); // a flood of distinct keys must not grow memory without bound
    auto it = m_entries.find(key);
    if (it != m_entries.end() && nowMs - it->lastMs < m_intervalMs) {
        ++it->suppressed;
        return false;
    }
    *suppressed = it == m_entries.end() ? 0 : it->suppressed;
    m_entries.insert(key, Entry{nowMs, 0});
    return true;
}

} // namespace vigie
