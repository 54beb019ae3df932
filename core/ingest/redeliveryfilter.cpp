#include "redeliveryfilter.h"

#include <QHashFunctions>

namespace vigie {

bool RedeliveryFilter::seenBefore(const QByteArray &topic, const QByteArray &payload)
{
    // Two independently seeded hashes: a false "duplicate" needs both to collide.
    const Digest d{qHashMulti(0x5eed1u, topic, payload), qHashMulti(0xc0ffee2u, payload, topic)};
    if (!m_seen.insert(d).second)
        return true;
    m_order.push_back(d);
    if (m_order.size() > m_capacity) {
        m_seen.erase(m_order.front());
        m_order.pop_front();
    }
    return false;
}

} // namespace vigie
