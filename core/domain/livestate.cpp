#include "livestate.h"

#include <algorithm>

namespace vigie {

LiveState::LiveState(AssetDirectoryPtr directory, QVector<AssetState> states, qint64 nowMs)
    : m_directory(std::move(directory))
    , m_states(std::move(states))
{
    m_states.resize(m_directory->size());
    m_conditions.fill(quint8(AssetCondition::NoData), m_directory->size());
    reevaluate(nowMs);
}

QVector<qint32> LiveState::apply(const StateDelta &delta, qint64 nowMs)
{
    QVector<qint32> changed;
    for (int k = 0; k < delta.assetIndexes.size(); ++k) {
        const qint32 index = delta.assetIndexes.at(k);
        if (index < 0 || index >= m_states.size())
            continue;
        m_states[index] = delta.states.at(k);
        const quint8 c = markerCode(index, nowMs);
        if (c != m_conditions.at(index)) {
            m_conditions[index] = c;
            changed << index;
        }
    }
    return changed;
}

quint8 LiveState::markerCode(int index, qint64 nowMs) const
{
    const AssetState &s = m_states.at(index);
    const auto condition = quint8(assetCondition(m_directory->at(index).kind, s, nowMs, m_directory->policy(index)));
    const quint8 alarm = m_conditions.at(index) & kAlarmMarkers;
    return quint8(condition | alarm | (s.isStale() ? kStaleMarker : 0));
}

QVector<qint32> LiveState::reevaluate(qint64 nowMs)
{
    QVector<qint32> changed;
    for (int i = 0; i < m_states.size(); ++i) {
        const quint8 c = markerCode(i, nowMs);
        if (c != m_conditions.at(i)) {
            m_conditions[i] = c;
            changed << i;
        }
    }
    return changed;
}

QVector<qint32> LiveState::setAlarmMarks(const QVector<qint32> &indexes, const QVector<AlarmMark> &marks)
{
    QVector<qint32> changed;
    const qsizetype n = std::min(indexes.size(), marks.size());
    for (qsizetype k = 0; k < n; ++k) {
        const qint32 index = indexes.at(k);
        if (index < 0 || index >= m_conditions.size())
            continue;
        const quint8 code = quint8((m_conditions.at(index) & ~kAlarmMarkers) | quint8(marks.at(k)));
        if (code != m_conditions.at(index)) {
            m_conditions[index] = code;
            changed << index;
        }
    }
    return changed;
}

} // namespace vigie
