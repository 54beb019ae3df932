#pragma once

#include "alarms/alarmtypes.h"
#include "domain/livestate.h"

#include <QHash>
#include <QVector>

namespace vigie {

/// \brief Which map mark each asset gets from its alarms (LiveState alarm bits).
///
/// An asset with at least one alarm that is not handled gets AlarmMark::Unhandled; one whose
/// alarms are all handled (Alarm::isHandled()) gets AlarmMark::Handled; no alarm, or only
/// alarms out of service or back to Normal, gets None. Group parents (no asset) are ignored:
/// their children carry the assets. Fed with the same deltas as the list; returns only the
/// assets whose mark changed, so the map re-renders only for those. GUI thread.
class AlarmMarks
{
public:
    struct Changes
    {
        QVector<qint32> assetIndexes;
        QVector<AlarmMark> marks; ///< Parallel.
        bool isEmpty() const { return assetIndexes.isEmpty(); }
    };

    /// Applies the changed alarms; returns the assets whose mark changed, with their new mark.
    Changes apply(const AlarmDelta &delta);
    /// Every asset marked, with None, and forgets them (city closed).
    Changes clear();
    AlarmMark mark(qint32 assetIndex) const;

    /// The mark one alarm asks for on its own.
    static AlarmMark markOf(const Alarm &alarm);

private:
    /// Asset → (alarm id → that alarm's mark), only for alarms that mark.
    QHash<qint32, QHash<qint64, AlarmMark>> m_byAsset;
    QHash<qint32, AlarmMark> m_marks;
};

} // namespace vigie
