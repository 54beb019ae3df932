#pragma once

#include <QtGlobal>

#include <deque>

/// \file
/// \brief The alarm rate per operator over a rolling window (ISA-18.2 §16.5, EEMUA 191:
/// a flood is more than 10 new alarms in 10 minutes for one operator).

namespace vigie {

/// \brief Counts new operator-list entries (alarms entering Unacknowledged on their own,
/// and group parents) over a rolling window.
///
/// Thread: one thread (the alarm thread). Time comes only from the arguments (UTC ms);
/// entries must be added in non-decreasing time. Memory: one entry per list entry within
/// the window.
class AlarmRateMeter
{
public:
    /// `windowMs`: the rolling window (default 10 min); `floodThreshold`: flood when the
    /// count in the window is above it.
    explicit AlarmRateMeter(qint64 windowMs = 10 * 60 * 1000, int floodThreshold = 10);

    /// `count` new list entries at `atMs`.
    void add(qint64 atMs, int count = 1);
    /// Entries in (nowMs − window, nowMs]. Drops older ones.
    int rate(qint64 nowMs);
    /// rate(nowMs) > floodThreshold.
    bool isFlood(qint64 nowMs) { return rate(nowMs) > m_floodThreshold; }
    qint64 windowMs() const { return m_windowMs; }

private:
    qint64 m_windowMs;
    int m_floodThreshold;
    std::deque<std::pair<qint64, int>> m_entries; ///< (at, count), oldest first
    int m_total = 0;
};

} // namespace vigie
