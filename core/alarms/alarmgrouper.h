#pragma once

#include "alarmengine.h"
#include "alarmservice.h"

#include <QHash>
#include <QSet>

#include <deque>

/// \file
/// \brief Groups related alarms under one parent so that a mass failure reaches the
/// operator as a handful of list entries (ISA-18.2 §16 "advanced alarming", EEMUA 191 flood
/// handling).
///
/// Thread: owned and called by one thread (the alarm thread), with the AlarmEngine it acts
/// on; not thread-safe. Time comes only from `nowMs` (UTC ms).

namespace vigie {

/// \brief The grouping policy.
///
/// Keys. Each asset has up to three group keys (AssetGroupKeys): cabinet, street, district.
/// An alarm's *primary* key is the first one it has, in that order (cabinet first). Above
/// the districts sits one more level, the whole city (key "city:all"), for mass failures.
///
/// Holding. An alarm that enters the list without a parent (AlarmChanges::entered) is held
/// for AlarmSettings::groupHoldMs before it is shown on its own, so that the grouping
/// decision sees the alarms that fire with it: a flood collapses into one parent at once
/// instead of leaking its first alarms into the list. An alarm covered by an open parent
/// attaches at once, without holding.
///
/// Firing. Within a rolling groupWindowMs:
/// - a cabinet or street fires when ≥ groupMinChildren distinct alarms have it as primary key;
/// - a district fires when ≥ groupMinChildren of its cabinets/streets fired, or when
///   ≥ groupMinChildren alarms have it as primary key (assets known only by district);
/// - the city fires when ≥ groupMinChildren districts fired.
///
/// Deciding. When an alarm's hold ends it joins, coarsest first, the open parent of the
/// city, of its district or of its primary key; else the coarsest level that fired gets a
/// new parent (kind Group, assetIndex −1, assetId the key, e.g. "district:Hôpitaux-Facultés"),
/// which takes every alarm of that level's window still in the list and not under a parent
/// as coarse, and the children of the finer open parents it covers (those close, "merged").
/// Else the alarm is released: a list entry of its own. So a flood of 100 000 faults over a
/// minute gives one city parent (or one per district when fewer districts fail), while three
/// lamps of one cabinet failing within minutes give one cabinet parent.
///
/// A parent stays open until the engine returns it to Normal (every child back to normal);
/// later alarms of its key join it directly.
class AlarmGrouper
{
public:
    enum class Level : quint8 { Cabinet = 0, Street = 1, District = 2, City = 3 };

    /// `groups` is parallel to the AssetDirectory (may be shorter: missing = no keys).
    AlarmGrouper(const AlarmSettings &settings, AssetGroupTable groups);

    /// Rebuilds the open parents from `engine` (after AlarmEngine::restore()).
    void restore(const AlarmEngine &engine);

    /// What update() did: the engine changes, and the new operator-list entries (alarms
    /// released on their own, and new parents), in order.
    struct Outcome
    {
        AlarmChanges changes;
        QVector<qint64> newEntries;
    };

    /// Takes the alarms that entered the list ungrouped at `nowMs` (AlarmChanges::entered;
    /// may be empty) and decides every held alarm whose hold has ended.
    Outcome update(const QVector<qint64> &entered, AlarmEngine &engine, qint64 nowMs);

    /// Whether `id` is held (entered, not yet shown): views should not see it yet.
    bool isHeld(qint64 id) const { return m_held.contains(id); }
    int heldCount() const { return int(m_held.size()); }
    /// When the next held alarm is due (0 = none held).
    qint64 nextDecisionMs() const;

    /// The group key of `level` for `assetIndex` ("cabinet:C12"), empty if the asset has none.
    QString keyOf(qint32 assetIndex, Level level) const;

private:
    struct Window
    {
        std::deque<std::pair<qint64, qint64>> items; ///< (entered at, alarm id), oldest first
        void prune(qint64 fromMs)
        {
            while (!items.empty() && items.front().first < fromMs)
                items.pop_front();
        }
    };
    struct OpenGroup
    {
        qint64 id = 0;
        Level level = Level::Cabinet;
        QString district; ///< District key of the alarms under it ("district:…"), empty for the city.
    };
    struct Keys
    {
        QString primary;  ///< "cabinet:…", "street:…" or "district:…"; empty: none
        Level primaryLevel = Level::Cabinet;
        QString district; ///< "district:…"; empty: none
    };

    Keys keysOf(qint32 assetIndex) const;
    void noteEntered(qint64 id, const Keys &keys, qint64 nowMs);
    /// The open parent covering `keys`, coarsest first; 0 if none.
    qint64 coveringParent(const Keys &keys, const AlarmEngine &engine);
    bool isOpen(qint64 parentId, const AlarmEngine &engine) const;
    int countFired(const QHash<QString, qint64> &fired, qint64 fromMs) const;
    void decide(qint64 id, AlarmEngine &engine, qint64 nowMs, Outcome &out);
    void form(const QString &key, Level level, const QString &district, AlarmEngine &engine, qint64 nowMs, Outcome &out);

    AlarmSettings m_settings;
    AssetGroupTable m_groups;
    QHash<QString, Window> m_primary;    ///< primary key → alarms that entered with it
    QHash<QString, Window> m_byDistrict; ///< district key → every alarm of the district that entered
    Window m_city;
    QHash<qint64, qint64> m_windowed;    ///< alarm id → when it was last put in the windows
    QHash<QString, QHash<QString, qint64>> m_firedFiner; ///< district → fired cabinet/street → when
    QHash<QString, qint64> m_firedDistricts;             ///< district → when it fired
    qint64 m_cityFiredMs = 0;
    QHash<QString, OpenGroup> m_open;    ///< group key → open parent
    std::deque<std::pair<qint64, qint64>> m_queue; ///< (release at, alarm id), in order
    QSet<qint64> m_held;
};

} // namespace vigie
