#include "redeliveryfilter.h"

#include <QHashFunctions>

namespace vigie {

RedeliveryFilter::RedeliveryFilter(std::size_t capacity)
    : m_capacity(capacity)
{
    if (m_capacity == 0)
        return;
    std::size_t tableSize = 16;
    while (tableSize < 2 * m_capacity)
        tableSize *= 2;
    m_mask = tableSize - 1;
    m_slots.resize(tableSize);
    m_ring.resize(m_capacity);
}

bool RedeliveryFilter::seenBefore(const QByteArray &topic, const QByteArray &payload)
{
    if (m_capacity == 0)
        return false;
    // Two independently seeded hashes: a false "duplicate" needs both to collide.
    Digest d{qHashMulti(0x5eed1u, topic, payload), qHashMulti(0xc0ffee2u, payload, topic)};
    if (d.isEmpty())
        d.a = 1;
    std::size_t i = home(d);
    for (; !m_slots[i].isEmpty(); i = (i + 1) & m_mask) {
        if (m_slots[i] == d)
            return true;
    }
    if (m_count == m_capacity) { // forget the oldest; its slot may be the free one found
        const Digest oldest = m_ring[m_oldest];
        erase(oldest);
        m_ring[m_oldest] = d;
        m_oldest = (m_oldest + 1) % m_capacity;
        for (i = home(d); !m_slots[i].isEmpty(); i = (i + 1) & m_mask) {
        }
    } else {
        m_ring[m_count++] = d;
    }
    m_slots[i] = d;
    return false;
}

void RedeliveryFilter::erase(const Digest &d)
{
    std::size_t i = home(d);
    while (!(m_slots[i] == d)) {
        if (m_slots[i].isEmpty())
            return; // not there (cannot happen: every ring entry is in the table)
        i = (i + 1) & m_mask;
    }
    // Backward-shift deletion: pull later entries of the probe run into the hole when
    // their home slot does not lie cyclically in (hole, their slot].
    std::size_t j = i;
    while (true) {
        j = (j + 1) & m_mask;
        if (m_slots[j].isEmpty())
            break;
        const std::size_t k = home(m_slots[j]);
        const bool stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
        if (!stays) {
            m_slots[i] = m_slots[j];
            i = j;
        }
    }
    m_slots[i] = Digest{};
}

} // namespace vigie
