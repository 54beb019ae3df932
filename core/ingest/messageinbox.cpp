#include "messageinbox.h"

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
        m_drained.wait(lock, [this] { return m_closed || m_pending.size() < m_highWater; });
        if (m_closed)
            return;
        wasEmpty = m_pending.empty();
        m_pending.push_back(std::move(message));
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
    }
    m_drained.notify_all();
    return out;
}

std::size_t MessageInbox::size() const
{
    std::lock_guard lock(m_mutex);
    return m_pending.size();
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
