#pragma once

#include <QByteArray>

#include <deque>
#include <unordered_set>

namespace vigie {

/// \brief Remembers the last `capacity` accepted messages by a 128-bit digest of topic and
/// payload, to store a QoS 1 redelivery once.
///
/// MQTT 3.1.1 §4.3.2: at-least-once delivery may hand the same PUBLISH over twice after a
/// reconnection. libmosquitto does not expose the DUP flag to the client, so a redelivery is
/// recognised by its content. Only messages whose every reading carries its own observation
/// time are filtered: the same bytes with no time in them are a new reading (a sensor
/// repeating "50 %"), not a copy. Single thread.
class RedeliveryFilter
{
public:
    explicit RedeliveryFilter(std::size_t capacity = 100000) : m_capacity(capacity) {}

    /// True if the same topic and payload were recorded before (and are still remembered);
    /// otherwise records them and returns false.
    bool seenBefore(const QByteArray &topic, const QByteArray &payload);

private:
    struct Digest
    {
        std::size_t a = 0;
        std::size_t b = 0;
        bool operator==(const Digest &) const = default;
    };
    struct DigestHash
    {
        std::size_t operator()(const Digest &d) const { return d.a ^ (d.b * 0x9e3779b97f4a7c15ULL); }
    };
    std::size_t m_capacity;
    std::unordered_set<Digest, DigestHash> m_seen;
    std::deque<Digest> m_order;
};

} // namespace vigie
