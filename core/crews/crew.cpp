#include "crew.h"

#include <QHashFunctions>

namespace vigie {

size_t qHash(InterventionKind kind, size_t seed) noexcept
{
    return ::qHash(quint8(kind), seed);
}

bool Crew::onShift(int minuteOfDay) const
{
    constexpr int day = 24 * 60;
    const int m = ((minuteOfDay % day) + day) % day;
    const int start = ((shiftStartMin % day) + day) % day;
    const int end = shiftEndMin >= day ? day : ((shiftEndMin % day) + day) % day;
    if (start == end)
        return true; // a 24-hour shift (the roster refuses a shift that would be empty)
    if (start < end)
        return m >= start && m < end;
    return m >= start || m < end; // overnight
}

QString crewActivityKey(CrewActivity activity)
{
    switch (activity) {
    case CrewActivity::Available: return QStringLiteral("available");
    case CrewActivity::Busy: return QStringLiteral("busy");
    case CrewActivity::OffShift: return QStringLiteral("offShift");
    }
    return {};
}

QHash<QString, QString> crewTrackers(const QVector<Crew> &crews)
{
    QHash<QString, QString> trackers;
    for (const Crew &crew : crews) {
        if (!crew.trackerDeviceId.isEmpty())
            trackers.insert(crew.trackerDeviceId, crew.id);
    }
    return trackers;
}

} // namespace vigie
