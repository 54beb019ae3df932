#include "messageinbox.h"

#include <algorithm>

namespace vigie {

void MessageInbox::setWakeUp(std::function<void()> wake)
{
    std::lock_guard lock(m_mutex);
    m_wake = std::move(wake);
}

void MessageInbox::push(RawMessage &&message)
{
    bool wasEmpty = false;
    std::function<void()> wake;
    {
        std::unique_lock lock(m_mutex);
        const qint64 size = message.sizeBytes();
        m_drained.wait(lock, [this, size] {
            return m_closed || m_pending.empty()
                || (m_pending.size() < m_highWater && m_pendingBytes + size <= m_highWaterBytes);
        });
        if (m_closed)
            return;
        wasEmpty = m_pending.empty();
        m_pending.push_back(std::move(message));
        m_pendingBytes += size;
        m_peakBytes = std::max(m_peakBytes, m_pendingBytes);
        if (wasEmpty)
            wake = m_wake;
    }
    if (wake)
        wake();
}

std::vector<RawMessage> MessageInbox::takeAll()
{
    std::vector<RawMessage> out;
    {
        std::lock_guard lock(m_mutex);
        out.swap(m_pending);
        m_pendingBytes = 0;
    }
    m_drained.notify_all();
    return out;
}

std::size_t MessageInbox::size() const
{
    std::lock_guard lock(m_mutex);
    return m_pending.size();
}

qint64 MessageInbox::bytes() const
{
    std::lock_guard lock(m_mutex);
    return m_pendingBytes;
}

qint64 MessageInbox::peakBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_peakBytes;
}

void MessageInbox::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_drained.notify_all();
}

} // namespace vigie
