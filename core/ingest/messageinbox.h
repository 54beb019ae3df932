#pragma once

#include "rawmessage.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <vector>

namespace vigie {

/// \brief The hand-off point between a source's own thread and the ingest thread.
///
/// push() is called on the producer thread (the libmosquitto network thread, the replay
/// clock) and only moves the message into a vector under a mutex. When the inbox goes from
/// empty to non-empty it calls the wake-up function once, so the consumer drains whole
/// batches instead of waking per message.
///
/// Back-pressure: above `highWater` pending messages push() blocks until the consumer has
/// drained. For MQTT this holds the network thread, so the broker keeps the surplus in the
/// session queue (QoS 1) instead of Vigie holding it in memory.
class MessageInbox
{
public:
    explicit MessageInbox(std::size_t highWater = 20000) : m_highWater(highWater) {}

    /// Called from the consumer thread's side before producers start. `wake` must be cheap
    /// and thread-safe (typically a queued QMetaObject::invokeMethod).
    void setWakeUp(std::function<void()> wake);

    /// Any thread. Moves `message` in; may block while the inbox is above the high-water mark.
    void push(RawMessage &&message);

    /// Consumer thread. Takes everything pending, oldest first.
    std::vector<RawMessage> takeAll();

    /// Any thread. Number of messages pending.
    std::size_t size() const;

    /// Releases producers blocked in push() for good (shutdown); later pushes are dropped.
    void close();

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_drained;
    std::vector<RawMessage> m_pending;
    std::function<void()> m_wake;
    std::size_t m_highWater;
    bool m_closed = false;
};

} // namespace vigie
