#pragma once

#include <QVector>

#include <deque>
#include <optional>

namespace vigie::sim {

/// \brief Assets whose state changed and that should report it before any periodic report.
///
/// First in, first out; an asset already waiting is not queued twice (its message will say
/// its state at the time it is sent). Not thread-safe; the simulator's thread.
class ChangeQueue
{
public:
    explicit ChangeQueue(int assetCount) : m_queued(assetCount, false) {}

    /// Queues asset `index` unless it is already waiting.
    void push(int index)
    {
        if (m_queued[index])
            return;
        m_queued[index] = true;
        m_fifo.push_back(index);
    }

    /// The asset that has waited longest, removed from the queue; empty if none waits.
    std::optional<int> pop()
    {
        if (m_fifo.empty())
            return std::nullopt;
        const int index = m_fifo.front();
        m_fifo.pop_front();
        m_queued[index] = false;
        return index;
    }

    int size() const { return int(m_fifo.size()); }

private:
    std::deque<int> m_fifo;
    QVector<bool> m_queued;
};

} // namespace vigie::sim
