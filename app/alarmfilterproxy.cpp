#include "alarmfilterproxy.h"

#include "alarmlistmodel.h"

namespace vigie {

namespace {

constexpr quint32 kRemovedStates = (1u << int(AlarmState::Shelved)) | (1u << int(AlarmState::SuppressedByDesign))
                                   | (1u << int(AlarmState::OutOfService));

} // namespace

AlarmFilterProxy::AlarmFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Parents are kept for a matching child; children are decided in filterAcceptsRow.
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

void AlarmFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_alarms = qobject_cast<const AlarmListModel *>(sourceModel);
    Q_ASSERT(m_alarms || !sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

const Alarm *AlarmFilterProxy::alarmAt(const QModelIndex &source) const
{
    return m_alarms ? m_alarms->alarmAt(source) : nullptr;
}

void AlarmFilterProxy::setPriorities(quint32 mask)
{
    if (mask != m_priorities) {
        m_priorities = mask;
        changed();
    }
}

void AlarmFilterProxy::setRuleKinds(quint32 mask)
{
    if (mask != m_kinds) {
        m_kinds = mask;
        changed();
    }
}

void AlarmFilterProxy::setStates(quint32 mask)
{
    if (mask != m_states) {
        m_states = mask;
        changed();
    }
}

void AlarmFilterProxy::setDistrict(const QString &district)
{
    if (district != m_district) {
        m_district = district;
        changed();
    }
}

void AlarmFilterProxy::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_words = AlarmListModel::foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    changed();
}

void AlarmFilterProxy::setShowRemoved(bool show)
{
    if (show != m_showRemoved) {
        m_showRemoved = show;
        changed();
    }
}

bool AlarmFilterProxy::isFiltering() const
{
    return m_priorities != allPriorities || m_kinds != allKinds || m_states != allStates || !m_district.isEmpty()
           || !m_words.isEmpty();
}

void AlarmFilterProxy::changed()
{
    invalidateFilter();
}

bool AlarmFilterProxy::matches(const QModelIndex &source) const
{
    const Alarm *a = alarmAt(source);
    if (!a)
        return false;
    const auto bit = [](auto value) { return 1u << int(value); };
    if (!(m_states & bit(a->state)))
        return false;
    // Removed from the main list unless asked for, by the toggle or by naming the state.
    if ((bit(a->state) & kRemovedStates) && !m_showRemoved && m_states == allStates)
        return false;
    if (!(m_priorities & bit(a->priority)) || !(m_kinds & bit(a->kind)))
        return false;
    if (!m_district.isEmpty() && m_alarms->district(*a) != m_district)
        return false;
    if (!m_words.isEmpty()) {
        const QString text = source.data(AlarmListModel::SearchTextRole).toString();
        for (const QString &w : m_words) {
            if (!text.contains(w))
                return false;
        }
    }
    return true;
}

bool AlarmFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    if (matches(source))
        return true;
    // A child of a matching group parent stays one click away, whatever its own fields.
    return sourceParent.isValid() && matches(sourceParent);
}

bool AlarmFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Alarm *l = alarmAt(left);
    const Alarm *r = alarmAt(right);
    if (!l || !r)
        return l < r;
    if (l->priority != r->priority)
        return l->priority < r->priority;
    if (l->lastActiveMs != r->lastActiveMs)
        return l->lastActiveMs > r->lastActiveMs;
    return l->id > r->id;
}

} // namespace vigie
