#include "alarmmarks.h"

#include <QSet>

namespace vigie {

AlarmMark AlarmMarks::markOf(const Alarm &alarm)
{
    if (alarm.assetIndex < 0 || alarm.state == AlarmState::Normal || alarm.state == AlarmState::OutOfService)
        return AlarmMark::None;
    return alarm.isHandled() ? AlarmMark::Handled : AlarmMark::Unhandled;
}

AlarmMarks::Changes AlarmMarks::apply(const AlarmDelta &delta)
{
    QSet<qint32> touched;
    for (const Alarm &a : delta.alarms) {
        if (a.assetIndex < 0)
            continue;
        const AlarmMark m = markOf(a);
        auto it = m_byAsset.find(a.assetIndex);
        if (m == AlarmMark::None) {
            if (it != m_byAsset.end() && it->remove(a.id)) {
                if (it->isEmpty())
                    m_byAsset.erase(it);
                touched.insert(a.assetIndex);
            }
            continue;
        }
        if (it == m_byAsset.end())
            it = m_byAsset.insert(a.assetIndex, {});
        it->insert(a.id, m);
        touched.insert(a.assetIndex);
    }
    Changes changes;
    for (qint32 asset : std::as_const(touched)) {
        AlarmMark mark = AlarmMark::None;
        const auto it = m_byAsset.constFind(asset);
        if (it != m_byAsset.cend()) {
            mark = AlarmMark::Handled;
            for (AlarmMark m : *it) {
                if (m == AlarmMark::Unhandled) {
                    mark = AlarmMark::Unhandled;
                    break;
                }
            }
        }
        if (mark == m_marks.value(asset, AlarmMark::None))
            continue;
        if (mark == AlarmMark::None)
            m_marks.remove(asset);
        else
            m_marks.insert(asset, mark);
        changes.assetIndexes << asset;
        changes.marks << mark;
    }
    return changes;
}

AlarmMarks::Changes AlarmMarks::clear()
{
    Changes changes;
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it) {
        changes.assetIndexes << it.key();
        changes.marks << AlarmMark::None;
    }
    m_marks.clear();
    m_byAsset.clear();
    return changes;
}

AlarmMark AlarmMarks::mark(qint32 assetIndex) const
{
    return m_marks.value(assetIndex, AlarmMark::None);
}

} // namespace vigie
