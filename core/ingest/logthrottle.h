#pragma once

#include <QHash>
#include <QString>

namespace vigie {

/// \brief Lets a repeated log line through once per interval per key, and counts the rest.
///
/// A sensor stuck on a bad payload sends the same failure every few seconds; the log keeps
/// one line per interval with the number of repeats it stands for. Single thread.
class LogThrottle
{
public:
    explicit LogThrottle(qint64 intervalMs = 60000) : m_intervalMs(intervalMs) {}

    /// Whether a line for `key` may be written at `nowMs` (a monotonic clock, ms). When it
    /// may, `*suppressed` receives how many were held back since the previous line.
    bool admit(const QString &key, qint64 nowMs, qint64 *suppressed);

private:
    struct Entry
    {
        qint64 lastMs = 0;
        qint64 suppressed = 0;
    };
    qint64 m_intervalMs;
    QHash<QString, Entry> m_entries;
};

} // namespace vigie
