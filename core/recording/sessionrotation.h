#pragma once

#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace vigie {

/// \brief When SessionRecorder starts a new file.
struct SessionRotation
{
    enum class Mode : quint8 {
        Shifts, ///< At each of `shiftStarts`, local time (default 06:00, 14:00, 22:00: one file per 8 h shift).
        Period, ///< Every `periodMs`, counted from local midnight (1 h = on the hour); the count restarts each midnight.
        Never,  ///< One file until stop().
    };
    Mode mode = Mode::Shifts;
    QList<QTime> shiftStarts{QTime(6, 0), QTime(14, 0), QTime(22, 0)};
    qint64 periodMs = 8 * 3600'000LL;
};

/// The first rotation instant strictly after `afterMs` (UTC ms) in `zone`;
/// std::numeric_limits<qint64>::max() for Mode::Never or an empty/invalid policy
/// (no shift start, period ≤ 0). Local times that do not exist (DST gap) move forward.
qint64 nextRotationMs(const SessionRotation &rotation, qint64 afterMs, const QTimeZone &zone);

/// `<city>-<yyyyMMdd-HHmm>.vigiesession`, local time of `startMs` in `zone`. Characters of
/// `cityId` other than ASCII letters, digits, '-' and '_' become '_'; an empty id gives
/// "session".
QString sessionFileName(const QString &cityId, qint64 startMs, const QTimeZone &zone);

} // namespace vigie
