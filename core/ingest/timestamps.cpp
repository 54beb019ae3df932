#include "timestamps.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace vigie {

namespace {

Error invalidTime(QStringView text, const QString &why)
{
    return {QStringLiteral("invalidTime"),
            QStringLiteral("\"%1\" is not a valid ISO 8601 date-time: %2").arg(text.toString(), why)};
}

} // namespace

Result<qint64> parseIsoTimestamp(QStringView text, const QTimeZone &localZone)
{
    // date T time [.fraction] [Z | ±hh[:]mm]
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return invalidTime(text, QStringLiteral("expected YYYY-MM-DDThh:mm:ss[.fff][Z|±hh:mm]"));

    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    if (!date.isValid())
        return invalidTime(text, QStringLiteral("no such date"));
    const int hour = m.capturedView(4).toInt();
    const int minute = m.capturedView(5).toInt();
    const int second = m.capturedView(6).toInt();
    int ms = 0;
    if (m.capturedLength(7) > 0)
        ms = m.capturedView(7).left(3).toString().leftJustified(3, QLatin1Char('0')).toInt();
    const QTime time(hour, minute, qMin(second, 59), ms); // a leap second 60 reads as :59.999
    if (!time.isValid())
        return invalidTime(text, QStringLiteral("no such time of day"));

    if (m.capturedLength(8) > 0)
        return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    if (m.capturedLength(9) > 0) {
        const int sign = m.capturedView(9) == QLatin1String("-") ? -1 : 1;
        const int offHours = m.capturedView(10).toInt();
        const int offMinutes = m.capturedView(11).toInt();
        if (offHours > 18 || offMinutes > 59)
            return invalidTime(text, QStringLiteral("offset out of range"));
        const int offset = sign * (offHours * 3600 + offMinutes * 60);
        return QDateTime(date, time, Qt::OffsetFromUTC, offset).toMSecsSinceEpoch();
    }
    const QDateTime local(date, time, localZone);
    if (!local.isValid())
        return invalidTime(text, QStringLiteral("this local time does not exist in %1").arg(QString::fromUtf8(localZone.id())));
    return local.toMSecsSinceEpoch();
}

Result<qint64> epochToMs(double value)
{
    if (!std::isfinite(value) || value < 0)
        return Error{QStringLiteral("invalidTime"), QStringLiteral("%1 is not a time since the epoch").arg(value)};
    if (value < 1e11)
        return qint64(std::llround(value * 1000.0));
    if (value < 1e14)
        return qint64(std::llround(value));
    if (value < 1e17)
        return qint64(std::llround(value / 1000.0));
    return Error{QStringLiteral("invalidTime"), QStringLiteral("%1 is too large to be a time since the epoch").arg(value)};
}

} // namespace vigie
