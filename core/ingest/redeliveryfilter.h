#pragma once

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace vigie {

/// \brief Remembers the last `capacity` accepted messages by a 128-bit digest of topic and
/// payload, to store a QoS 1 redelivery once.
///
/// MQTT 3.1.1 §4.3.2: at-least-once delivery may hand the same PUBLISH over twice after a
/// reconnection. libmosquitto does not expose the DUP flag to the client, so a redelivery is
/// recognised by its content. Only messages whose every reading carries its own observation
/// time are filtered: the same bytes with no time in them are a new reading (a sensor
/// repeating "50 %"), not a copy. Single thread.
///
/// Every message is looked up, so the digests live in flat arrays allocated once (an open
/// addressing table and a ring in arrival order), not in a node per message.
class RedeliveryFilter
{
public:
    explicit RedeliveryFilter(std::size_t capacity = 100000);

    /// True if the same topic and payload were recorded before (and are still remembered);
    /// otherwise records them and returns false.
    bool seenBefore(const QByteArray &topic, const QByteArray &payload);

private:
    struct Digest
    {
        std::uint64_t a = 0;
        std::uint64_t b = 0;
        bool operator==(const Digest &) const = default;
        bool isEmpty() const { return a == 0 && b == 0; } ///< A free slot; no digest is (0, 0).
    };

    std::size_t home(const Digest &d) const { return std::size_t(d.a ^ (d.b * 0x9e3779b97f4a7c15ULL)) & m_mask; }
    void erase(const Digest &d);

    std::size_t m_capacity;
    std::size_t m_mask = 0;
    std::vector<Digest> m_slots; ///< Linear probing, at most half full.
    std::vector<Digest> m_ring;  ///< The remembered digests in arrival order (capacity of them).
    std::size_t m_oldest = 0;    ///< Ring index of the oldest once full.
    std::size_t m_count = 0;
};

} // namespace vigie
