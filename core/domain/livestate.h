#pragma once

#include "assetdirectory.h"
#include "assetstate.h"

#include <QVector>

namespace vigie {

/// \name Marker codes
/// One byte per asset (LiveState::conditions()), read by the map renderer on a worker thread:
/// bits 0–4 the AssetCondition, then flags.
///@{
/// The asset's newest reading of a displayed quantity was invalid: the condition comes from
/// the last valid value.
inline constexpr quint8 kStaleMarker = 0x80;
/// The asset has an alarm that needs the operator (ISA-18.2 unacknowledged, or acknowledged
/// with nobody assigned): a new, unhandled problem.
inline constexpr quint8 kAlarmUnhandledMarker = 0x40;
/// Every alarm of the asset is handled (Alarm::isHandled(): acknowledged with an
/// intervention, suppressed by design, shelved). Never set together with kAlarmUnhandledMarker.
inline constexpr quint8 kAlarmHandledMarker = 0x20;
inline constexpr quint8 kAlarmMarkers = kAlarmUnhandledMarker | kAlarmHandledMarker;
inline constexpr quint8 kConditionMask = 0x1f;
///@}

/// The condition part of a marker code.
inline AssetCondition markerCondition(quint8 code) { return AssetCondition(code & kConditionMask); }

/// How the map marks an asset's alarms.
enum class AlarmMark : quint8 {
    None = 0,
    Handled = kAlarmHandledMarker,
    Unhandled = kAlarmUnhandledMarker,
};
/// The alarm part of a marker code; Unhandled wins should both bits be set.
inline AlarmMark markerAlarm(quint8 code)
{
    return (code & kAlarmUnhandledMarker) ? AlarmMark::Unhandled
           : (code & kAlarmHandledMarker) ? AlarmMark::Handled
                                          : AlarmMark::None;
}

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
    AlarmMark alarmMark(int index) const { return markerAlarm(m_conditions.at(index)); }
    /// One marker code per asset: the AssetCondition, with kStaleMarker when stale and the
    /// alarm mark bits.
    /// Implicitly shared: renderers keep a snapshot while the GUI thread goes on updating.
    const QVector<quint8> &conditions() const { return m_conditions; }

    /// Applies `delta`. Returns the indexes whose condition changed.
    QVector<qint32> apply(const StateDelta &delta, qint64 nowMs);
    /// Recomputes every condition at `nowMs` (silence). Returns the indexes that changed.
    QVector<qint32> reevaluate(qint64 nowMs);
    /// Sets the alarm mark of `indexes[k]` to `marks[k]` (parallel vectors; indexes out of
    /// range are ignored). Conditions keep the marks until they are set again. Returns the
    /// indexes whose marker code changed.
    QVector<qint32> setAlarmMarks(const QVector<qint32> &indexes, const QVector<AlarmMark> &marks);

private:
    quint8 markerCode(int index, qint64 nowMs) const;

    AssetDirectoryPtr m_directory;
    QVector<AssetState> m_states;
    QVector<quint8> m_conditions;
};

} // namespace vigie
