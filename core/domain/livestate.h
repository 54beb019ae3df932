#pragma once

#include "assetdirectory.h"
#include "assetstate.h"

#include <QVector>

namespace vigie {

/// Set in a marker code (LiveState::conditions()) when the asset's newest reading of a
/// displayed quantity was invalid: the condition comes from the last valid value.
inline constexpr quint8 kStaleMarker = 0x80;

/// The condition part of a marker code.
inline AssetCondition markerCondition(quint8 code) { return AssetCondition(code & 0x7f); }

/// \brief The latest state and the display condition of every asset of the loaded city, as
/// views see it.
///
/// Owned by the GUI thread and fed with coalesced StateDeltas (≤ 10 per second), never per
/// message. Conditions depend on time (silence), so reevaluate() is called on a slow timer.
/// Indexes are AssetDirectory indexes.
class LiveState
{
public:
    LiveState() = default;
    /// `states` parallel to `directory` (the cached state from the store); may be empty.
    LiveState(AssetDirectoryPtr directory, QVector<AssetState> states, qint64 nowMs);

    const AssetDirectoryPtr &directory() const { return m_directory; }
    int size() const { return m_states.size(); }
    const AssetState &state(int index) const { return m_states.at(index); }
    AssetCondition condition(int index) const { return markerCondition(m_conditions.at(index)); }
    /// One marker code per asset: the AssetCondition, with kStaleMarker when stale.
    /// Implicitly shared: renderers keep a snapshot while the GUI thread goes on updating.
    const QVector<quint8> &conditions() const { return m_conditions; }

    /// Applies `delta`. Returns the indexes whose condition changed.
    QVector<qint32> apply(const StateDelta &delta, qint64 nowMs);
    /// Recomputes every condition at `nowMs` (silence). Returns the indexes that changed.
    QVector<qint32> reevaluate(qint64 nowMs);

private:
    quint8 markerCode(int index, qint64 nowMs) const;

    AssetDirectoryPtr m_directory;
    QVector<AssetState> m_states;
    QVector<quint8> m_conditions;
};

} // namespace vigie
