#include "recording/sessionrotation.h"

#include <QDateTime>

#include <limits>

namespace vigie {

namespace {

constexpr qint64 kNever = std::numeric_limits<qint64>::max();

qint64 localInstant(QDate day, QTime time, const QTimeZone &zone)
{
    return QDateTime(day, time, zone).toMSecsSinceEpoch();
}

} // namespace

qint64 nextRotationMs(const SessionRotation &rotation, qint64 afterMs, const QTimeZone &zone)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(afterMs, zone).date();
    qint64 best = kNever;
    switch (rotation.mode) {
    case SessionRotation::Mode::Never:
        return kNever;
    case SessionRotation::Mode::Shifts:
        for (int d = 0; d <= 1; ++d) {
            for (const QTime &start : rotation.shiftStarts) {
                if (!start.isValid())
                    continue;
                const qint64 t = localInstant(today.addDays(d), start, zone);
                if (t > afterMs && t < best)
                    best = t;
            }
        }
        return best;
    case SessionRotation::Mode::Period: {
        if (rotation.periodMs <= 0)
            return kNever;
        const qint64 midnight = localInstant(today, QTime(0, 0), zone);
        const qint64 nextMidnight = localInstant(today.addDays(1), QTime(0, 0), zone);
        for (qint64 t = midnight; t < nextMidnight; t += rotation.periodMs) {
            if (t > afterMs)
                return t;
        }
        return nextMidnight;
    }
    }
    return kNever;
}

QString sessionFileName(const QString &cityId, qint64 startMs, const QTimeZone &zone)
{
    QString city;
    for (QChar c : cityId) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_';
        city.append(plain ? c : QChar(u'_'));
    }
    if (city.isEmpty())
        city = QStringLiteral("session");
    const QString stamp = QDateTime::fromMSecsSinceEpoch(startMs, zone).toString(QStringLiteral("yyyyMMdd-HHmm"));
    return city + u'-' + stamp + QStringLiteral(".vigiesession");
}

} // namespace vigie
