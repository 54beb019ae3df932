#pragma once

#include "alarms/alarmtypes.h"

#include <QSortFilterProxyModel>

namespace vigie {

class AlarmListModel;

/// \brief Sorts and filters the AlarmListModel for the operator.
///
/// Order: priority (urgent first), then the newest activation first, then the newest id;
/// the same at both levels. Filters: priorities, rule kinds and states (bit masks, bit n =
/// enum value n), district, and a text search (accent- and case-insensitive, every word
/// must appear in the asset's label, address, id, district, street, cabinet, condition or
/// rule key). Shelved, suppressed-by-design and out-of-service alarms are hidden unless
/// setShowRemoved(true), or unless the state filter names them explicitly (ISA-18.2: they
/// leave the main list but stay viewable). A group parent is shown when it matches or when
/// one of its children does; a child is shown when it matches or its parent matches.
/// GUI thread.
class AlarmFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    static constexpr quint32 allPriorities = (1u << kAlarmPriorityCount) - 1;
    static constexpr quint32 allKinds = (1u << kAlarmRuleKindCount) - 1;
    static constexpr quint32 allStates = (1u << kAlarmStateCount) - 1;

    explicit AlarmFilterProxy(QObject *parent = nullptr);

    /// The source must be an AlarmListModel (its records are read directly when sorting
    /// and filtering, not through QVariant roles).
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setPriorities(quint32 mask);
    void setRuleKinds(quint32 mask);
    void setStates(quint32 mask);
    /// Empty: every district.
    void setDistrict(const QString &district);
    void setSearchText(const QString &text);
    void setShowRemoved(bool show);

    quint32 priorities() const { return m_priorities; }
    quint32 ruleKinds() const { return m_kinds; }
    quint32 states() const { return m_states; }
    QString district() const { return m_district; }
    QString searchText() const { return m_search; }
    bool showRemoved() const { return m_showRemoved; }
    /// Whether any filter other than the default is set.
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const Alarm *alarmAt(const QModelIndex &source) const;
    /// The row's own match, whatever its parent or children.
    bool matches(const QModelIndex &source) const;
    void changed();

    const AlarmListModel *m_alarms = nullptr;
    quint32 m_priorities = allPriorities;
    quint32 m_kinds = allKinds;
    quint32 m_states = allStates;
    QString m_district;
    QString m_search;
    QStringList m_words; ///< m_search folded, split on spaces.
    bool m_showRemoved = false;
};

} // namespace vigie
