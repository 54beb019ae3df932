#pragma once

#include "alarms/alarmservice.h"
#include "alarms/alarmtypes.h"
#include "domain/assetdirectory.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

#include <array>

namespace vigie {

/// \brief The operator's alarm list (ISA-18.2 "alarm summary"), as a two-level tree.
///
/// Top-level rows are the alarms not in Normal that belong to no group (Alarm::parentId
/// == 0) and the group parents (AlarmRuleKind::Group); a group parent's children are its
/// rows, one click (expand) away, with the same columns and actions. A tree rather than a
/// separate children pane keeps keyboard navigation and acknowledgement identical for both
/// levels. A child whose parent is not in the list (not received yet, or back to Normal) is
/// listed at the top level, so no active alarm is ever out of sight.
///
/// Fed only with AlarmDelta (AlarmService::alarmsChanged, ≤ 10 per second). A delta of more
/// than resetThreshold alarms resets the model once; a smaller one is applied with batched
/// row operations: dataChanged per contiguous run of changed rows (at most maxChangedRuns
/// per parent), one removal per contiguous run, one insertion per parent. Row order is arrival order; AlarmFilterProxy sorts (priority, then
/// newest activation first) and filters. GUI thread.
class AlarmListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Priority, State, LastActive, Asset, AssetKindColumn, District, Condition, Count, ColumnCount };
    enum Role {
        AlarmIdRole = Qt::UserRole + 1, ///< qint64 Alarm::id
        PriorityRole,                   ///< int AlarmPriority
        StateRole,                      ///< int AlarmState
        RuleKindRole,                   ///< int AlarmRuleKind
        DistrictRole,                   ///< QString, empty when unknown
        LastActiveRole,                 ///< qint64 UTC ms
        AssetIndexRole,                 ///< int, -1 for a group parent
        NeedsAttentionRole,             ///< bool Alarm::needsAttention()
        SearchTextRole,                 ///< QString: label, address, id, district, detail, rule, folded (see foldForSearch())
    };
    /// Deltas larger than this reset the model instead of row operations.
    static constexpr int resetThreshold = 200;
    /// Changed rows of one parent are signalled in at most this many dataChanged ranges;
    /// beyond, one range from the first to the last.
    static constexpr int maxChangedRuns = 8;

    explicit AlarmListModel(QObject *parent = nullptr);
    ~AlarmListModel() override;

    /// The city whose assets the alarms name, and their group keys (district column); an
    /// empty table leaves the district unknown. Clears the list.
    void setCity(AssetDirectoryPtr directory, AssetGroupTable groups);
    /// The rules in force: consequence and response come from them.
    void setRules(const AlarmRules &rules);
    /// Applies the changed alarms of `delta`: inserted, updated, or removed when back in Normal.
    void applyDelta(const AlarmDelta &delta);
    void clear();

    /// The alarm with `id` if listed (top level or child), else null. Valid until the next change.
    const Alarm *alarm(qint64 id) const;
    /// The row of alarm `id` in `column`, or invalid.
    QModelIndex indexOf(qint64 id, int column = 0) const;
    /// The alarm of a row; null for an invalid index.
    const Alarm *alarmAt(const QModelIndex &index) const;
    /// The listed children of a group parent (ids), in row order.
    QVector<qint64> childrenOf(qint64 parentId) const;
    /// The rule of an alarm, or null (group parents, unknown rules).
    const AlarmRule *rule(qint64 ruleId) const;
    /// Every alarm listed (both levels).
    int alarmCount() const { return int(m_alarms.size()); }
    /// Listed alarms (both levels) that need the operator (Alarm::needsAttention()), and the
    /// urgent ones among them. Kept as deltas arrive: O(1), whatever the list's size.
    int attentionCount() const { return m_attention; }
    int urgentAttentionCount() const { return m_urgentAttention; }
    /// District of an alarm: its asset's, or for a group parent keyed by district, the key's.
    QString district(const Alarm &alarm) const;
    /// Districts known for the city, sorted, for the filter.
    QStringList districts() const;
    /// Operator-facing name of the asset (or group) an alarm is about.
    QString assetText(const Alarm &alarm) const;

    /// Translated ISA-18.2 state name ("Unacknowledged", "Returned to normal, unacknowledged"…).
    static QString stateLabel(AlarmState state);
    static QString priorityLabel(AlarmPriority priority);
    static QString ruleKindLabel(AlarmRuleKind kind);
    /// The priority symbol: a distinct shape per priority (urgent diamond, high triangle,
    /// medium square, low circle), filled while the alarm needs the operator, hollow once
    /// acknowledged; an urgent alarm active and unacknowledged gets an exclamation mark.
    static QIcon priorityIcon(AlarmPriority priority, bool needsAttention, bool urgentActiveUnack);
    /// Lower case, accents removed: "Hôpitaux" → "hopitaux". For accent-insensitive search.
    static QString foldForSearch(const QString &text);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// Where an alarm is listed: parent 0 = top level.
    qint64 placeOf(const Alarm &alarm) const;
    const QVector<qint64> &rowsOf(qint64 parentId) const;
    QVector<qint64> &rowsOf(qint64 parentId);
    QModelIndex parentIndex(qint64 parentId) const;
    void reindex(qint64 parentId, int fromRow);
    void rebuild();
    void applyRows(const QVector<Alarm> &alarms);
    void removeListed(const QVector<qint64> &ids);
    QString searchText(const Alarm &alarm) const;
    // Every change of m_alarms goes through these three, which keep the counts.
    void putAlarm(const Alarm &alarm);
    void takeAlarm(qint64 id);
    void clearAlarms();
    void count(const Alarm &alarm, int sign);

    AssetDirectoryPtr m_directory;
    AssetGroupTable m_groups;
    QHash<qint64, AlarmRule> m_rules;
    QHash<qint64, Alarm> m_alarms;          ///< Every listed alarm, by id.
    int m_attention = 0;
    int m_urgentAttention = 0;
    QVector<qint64> m_top;                  ///< Top-level rows.
    QHash<qint64, QVector<qint64>> m_children; ///< Listed children by parent id.
    QHash<qint64, qint64> m_place;          ///< id → parent it is listed under (0 = top).
    QHash<qint64, int> m_row;               ///< id → row under that parent.
    mutable std::array<QIcon, kAlarmPriorityCount * 3> m_icons;
};

} // namespace vigie
