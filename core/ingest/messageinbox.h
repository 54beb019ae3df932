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
/// Back-pressure: push() blocks while `highWater` messages, or `highWaterBytes` bytes of
/// topics and payloads (RawMessage::sizeBytes()), are pending, until the consumer has
/// drained. The byte budget matters with large payloads: 20 000 messages of 255 KB would
/// be 5 GB. A message larger than the whole byte budget is still taken when the inbox is
/// empty, so pending bytes never exceed `highWaterBytes` plus one message. For MQTT this
/// holds the network thread, so the broker keeps the surplus in the session queue (QoS 1)
/// instead of Vigie holding it in memory.
class MessageInbox
{
public:
    static constexpr qint64 defaultHighWaterBytes = 64 * 1024 * 1024;

    explicit MessageInbox(std::size_t highWater = 20000, qint64 highWaterBytes = defaultHighWaterBytes)
        : m_highWater(highWater), m_highWaterBytes(highWaterBytes) {}

    /// Called from the consumer thread's side before producers start. `wake` must be cheap
    /// and thread-safe (typically a queued QMetaObject::invokeMethod).
    void setWakeUp(std::function<void()> wake);

    /// Any thread. Moves `message` in; blocks while taking it would go above either
    /// high-water mark (unless the inbox is empty).
    void push(RawMessage &&message);

    /// Consumer thread. Takes everything pending, oldest first.
    std::vector<RawMessage> takeAll();

    /// Any thread. Number of messages pending.
    std::size_t size() const;
    /// Any thread. Bytes pending (sum of RawMessage::sizeBytes()).
    qint64 bytes() const;
    /// Any thread. The most bytes ever pending at once since construction (tests, diagnostics).
    qint64 peakBytes() const;
    qint64 highWaterBytes() const { return m_highWaterBytes; }

    /// Releases producers blocked in push() for good (shutdown); later pushes are dropped.
    void close();

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_drained;
    std::vector<RawMessage> m_pending;
    std::function<void()> m_wake;
    std::size_t m_highWater;
    qint64 m_highWaterBytes;
    qint64 m_pendingBytes = 0;
    qint64 m_peakBytes = 0;
    bool m_closed = false;
};

} // namespace vigie
