#include "livestate.h"

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
        const auto c = quint8(assetCondition(m_directory->at(index).kind, m_states.at(index), nowMs,
                                             m_directory->policy(index)));
        if (c != m_conditions.at(index)) {
            m_conditions[index] = c;
            changed << index;
        }
    }
    return changed;
}

QVector<qint32> LiveState::reevaluate(qint64 nowMs)
{
    QVector<qint32> changed;
    for (int i = 0; i < m_states.size(); ++i) {
        const auto c = quint8(assetCondition(m_directory->at(i).kind, m_states.at(i), nowMs, m_directory->policy(i)));
        if (c != m_conditions.at(i)) {
            m_conditions[i] = c;
            changed << i;
        }
    }
    return changed;
}

} // namespace vigie
