#include "alarmlistmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSet>

#include <algorithm>
#include <array>

namespace vigie {

namespace {

/// Group keys are "<what>:<name>" (AlarmGrouper): "district:Hôpitaux-Facultés", "street:…", "cabinet:…".
/// A street's name says it is a street ("Rue de la Loge"): it is shown as it is.
QString groupText(const QString &key)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    const QString what = colon < 0 ? QString() : key.left(colon);
    const QString name = colon < 0 ? key : key.mid(colon + 1);
    if (what == QLatin1String("district"))
        return QCoreApplication::translate("vigie::AlarmListModel", "District %1").arg(name);
    if (what == QLatin1String("cabinet"))
        return QCoreApplication::translate("vigie::AlarmListModel", "Control cabinet %1").arg(name);
    return name;
}

QString assetKindLabel(AssetKind kind)
{
    switch (kind) {
    case AssetKind::Streetlight: return QCoreApplication::translate("vigie::AlarmListModel", "Street light");
    case AssetKind::WasteContainer: return QCoreApplication::translate("vigie::AlarmListModel", "Waste container");
    }
    return {};
}

bool hiddenByDefault(AlarmState state)
{
    return state == AlarmState::Shelved || state == AlarmState::SuppressedByDesign || state == AlarmState::OutOfService;
}

} // namespace

AlarmListModel::AlarmListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

AlarmListModel::~AlarmListModel() = default;

void AlarmListModel::setCity(AssetDirectoryPtr directory, AssetGroupTable groups)
{
    beginResetModel();
    m_directory = std::move(directory);
    m_groups = std::move(groups);
    clearAlarms();
    rebuild();
    endResetModel();
}

void AlarmListModel::setRules(const AlarmRules &rules)
{
    m_rules.clear();
    for (const AlarmRule &r : rules)
        m_rules.insert(r.id, r);
    if (!m_top.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_top.size()) - 1, ColumnCount - 1), {Qt::ToolTipRole, SearchTextRole});
}

void AlarmListModel::putAlarm(const Alarm &alarm)
{
    auto it = m_alarms.find(alarm.id);
    if (it != m_alarms.end()) {
        count(*it, -1);
        *it = alarm;
    } else {
        it = m_alarms.insert(alarm.id, alarm);
    }
    count(*it, +1);
}

void AlarmListModel::takeAlarm(qint64 id)
{
    const auto it = m_alarms.find(id);
    if (it == m_alarms.end())
        return;
    count(*it, -1);
    m_alarms.erase(it);
}

void AlarmListModel::clearAlarms()
{
    m_alarms.clear();
    m_attention = 0;
    m_urgentAttention = 0;
}

void AlarmListModel::count(const Alarm &alarm, int sign)
{
    if (!alarm.needsAttention())
        return;
    m_attention += sign;
    if (alarm.priority == AlarmPriority::Urgent)
        m_urgentAttention += sign;
}

void AlarmListModel::clear()
{
    beginResetModel();
    clearAlarms();
    rebuild();
    endResetModel();
}

const Alarm *AlarmListModel::alarm(qint64 id) const
{
    const auto it = m_alarms.constFind(id);
    return it == m_alarms.cend() ? nullptr : &it.value();
}

QModelIndex AlarmListModel::indexOf(qint64 id, int column) const
{
    const auto row = m_row.constFind(id);
    if (row == m_row.cend())
        return {};
    const qint64 place = m_place.value(id);
    return createIndex(row.value(), column, quintptr(place));
}

const Alarm *AlarmListModel::alarmAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const QVector<qint64> &rows = rowsOf(qint64(index.internalId()));
    return index.row() < rows.size() ? alarm(rows.at(index.row())) : nullptr;
}

QVector<qint64> AlarmListModel::childrenOf(qint64 parentId) const
{
    return m_children.value(parentId);
}

const AlarmRule *AlarmListModel::rule(qint64 ruleId) const
{
    const auto it = m_rules.constFind(ruleId);
    return it == m_rules.cend() ? nullptr : &it.value();
}

QString AlarmListModel::district(const Alarm &alarm) const
{
    if (alarm.assetIndex >= 0 && alarm.assetIndex < m_groups.size())
        return m_groups.at(alarm.assetIndex).district;
    if (alarm.kind == AlarmRuleKind::Group && alarm.assetId.startsWith(QLatin1String("district:")))
        return alarm.assetId.mid(9);
    return {};
}

QStringList AlarmListModel::districts() const
{
    QSet<QString> set;
    for (const AssetGroupKeys &k : m_groups) {
        if (!k.district.isEmpty())
            set.insert(k.district);
    }
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return list;
}

QString AlarmListModel::assetText(const Alarm &alarm) const
{
    if (alarm.kind == AlarmRuleKind::Group)
        return tr("%1 (%n alarm(s))", nullptr, alarm.childCount).arg(groupText(alarm.assetId));
    if (alarm.isSubjectAlarm() && alarm.assetId.startsWith(QLatin1String("worksZone:")))
        return tr("Roadworks %1").arg(alarm.assetId.mid(int(qstrlen("worksZone:"))));
    if (!m_directory || alarm.assetIndex < 0 || alarm.assetIndex >= m_directory->size())
        return alarm.assetId;
    const AssetRecord &a = m_directory->at(alarm.assetIndex);
    const QString name = a.label.isEmpty() ? a.ref : a.label;
    return a.address.isEmpty() || a.address == name ? name : QStringLiteral("%1 — %2").arg(name, a.address);
}

QString AlarmListModel::stateLabel(AlarmState state)
{
    switch (state) {
    case AlarmState::Normal: return tr("Normal");
    case AlarmState::Unacknowledged: return tr("Unacknowledged");
    case AlarmState::Acknowledged: return tr("Acknowledged");
    case AlarmState::ReturnedUnacknowledged: return tr("Returned to normal, unacknowledged");
    case AlarmState::Shelved: return tr("Shelved");
    case AlarmState::SuppressedByDesign: return tr("Suppressed by design");
    case AlarmState::OutOfService: return tr("Out of service");
    }
    return {};
}

QString AlarmListModel::priorityLabel(AlarmPriority priority)
{
    switch (priority) {
    case AlarmPriority::Urgent: return tr("Urgent");
    case AlarmPriority::High: return tr("High");
    case AlarmPriority::Medium: return tr("Medium");
    case AlarmPriority::Low: return tr("Low");
    }
    return {};
}

QString AlarmListModel::ruleKindLabel(AlarmRuleKind kind)
{
    switch (kind) {
    case AlarmRuleKind::Threshold: return tr("Threshold");
    case AlarmRuleKind::StateCode: return tr("Reported fault");
    case AlarmRuleKind::DayNight: return tr("Day/night");
    case AlarmRuleKind::CommunicationLoss: return tr("Communication loss");
    case AlarmRuleKind::BatteryLow: return tr("Battery low");
    case AlarmRuleKind::RateOfChange: return tr("Rate of change");
    case AlarmRuleKind::InvalidReadings: return tr("Invalid readings");
    case AlarmRuleKind::Group: return tr("Group");
    case AlarmRuleKind::Coordination: return tr("Coordination");
    }
    return {};
}

QIcon AlarmListModel::priorityIcon(AlarmPriority priority, bool needsAttention, bool urgentActiveUnack)
{
    static const QColor colours[kAlarmPriorityCount] = {QColor(0xc0, 0x10, 0x10), QColor(0xe0, 0x6c, 0x00),
                                                        QColor(0xd8, 0xb0, 0x00), QColor(0x3a, 0x6e, 0xb0)};
    const QColor colour = colours[int(priority)];
    QPixmap pixmap(32, 32);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath shape;
    switch (priority) {
    case AlarmPriority::Urgent: // diamond
        shape.moveTo(8, 0.8);
        shape.lineTo(15.2, 8);
        shape.lineTo(8, 15.2);
        shape.lineTo(0.8, 8);
        shape.closeSubpath();
        break;
    case AlarmPriority::High: // triangle
        shape.moveTo(8, 1.2);
        shape.lineTo(15, 14.5);
        shape.lineTo(1, 14.5);
        shape.closeSubpath();
        break;
    case AlarmPriority::Medium: // square
        shape.addRect(QRectF(2.5, 2.5, 11, 11));
        break;
    case AlarmPriority::Low: // circle
        shape.addEllipse(QRectF(3, 3, 10, 10));
        break;
    }
    p.setPen(QPen(needsAttention ? colour.darker(160) : colour, urgentActiveUnack ? 1.8 : 1.4));
    p.setBrush(needsAttention ? QBrush(colour) : QBrush(Qt::NoBrush));
    p.drawPath(shape);
    if (urgentActiveUnack) {
        p.setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(8, 4.2), QPointF(8, 9.2));
        p.drawPoint(QPointF(8, 11.8));
    }
    p.end();
    return QIcon(pixmap);
}

QString AlarmListModel::foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    }
    return out;
}

QString AlarmListModel::searchText(const Alarm &alarm) const
{
    QStringList parts{alarm.assetId, alarm.detail, assetText(alarm), district(alarm), ruleKindLabel(alarm.kind)};
    if (m_directory && alarm.assetIndex >= 0 && alarm.assetIndex < m_directory->size()) {
        const AssetRecord &a = m_directory->at(alarm.assetIndex);
        parts << a.ref << a.label << a.address << assetKindLabel(a.kind);
    }
    if (alarm.assetIndex >= 0 && alarm.assetIndex < m_groups.size())
        parts << m_groups.at(alarm.assetIndex).street << m_groups.at(alarm.assetIndex).cabinet;
    if (const AlarmRule *r = rule(alarm.ruleId))
        parts << r->key;
    return foldForSearch(parts.join(QLatin1Char('\n')));
}

// --- structure ----------------------------------------------------------------------------

qint64 AlarmListModel::placeOf(const Alarm &alarm) const
{
    if (alarm.kind == AlarmRuleKind::Group || alarm.parentId == 0)
        return 0;
    const auto parent = m_alarms.constFind(alarm.parentId);
    if (parent == m_alarms.cend() || parent->kind != AlarmRuleKind::Group || m_place.value(alarm.parentId, -1) != 0)
        return 0;
    return alarm.parentId;
}

const QVector<qint64> &AlarmListModel::rowsOf(qint64 parentId) const
{
    static const QVector<qint64> none;
    if (parentId == 0)
        return m_top;
    const auto it = m_children.constFind(parentId);
    return it == m_children.cend() ? none : it.value();
}

QVector<qint64> &AlarmListModel::rowsOf(qint64 parentId)
{
    return parentId == 0 ? m_top : m_children[parentId];
}

QModelIndex AlarmListModel::parentIndex(qint64 parentId) const
{
    return parentId == 0 ? QModelIndex() : indexOf(parentId, 0);
}

void AlarmListModel::reindex(qint64 parentId, int fromRow)
{
    const QVector<qint64> &rows = rowsOf(parentId);
    for (int r = std::max(0, fromRow); r < rows.size(); ++r)
        m_row[rows.at(r)] = r;
}

void AlarmListModel::rebuild()
{
    m_top.clear();
    m_children.clear();
    m_place.clear();
    m_row.clear();
    // Parents first, so that children can find them; then the others in id order (stable).
    QVector<qint64> ids = m_alarms.keys().toVector();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : std::as_const(ids)) {
        if (m_alarms.value(id).kind == AlarmRuleKind::Group) {
            m_place.insert(id, 0);
            m_row.insert(id, int(m_top.size()));
            m_top << id;
        }
    }
    for (qint64 id : std::as_const(ids)) {
        const Alarm &a = m_alarms.find(id).value();
        if (a.kind == AlarmRuleKind::Group)
            continue;
        const qint64 place = placeOf(a);
        QVector<qint64> &rows = rowsOf(place);
        m_place.insert(id, place);
        m_row.insert(id, int(rows.size()));
        rows << id;
    }
}

void AlarmListModel::applyDelta(const AlarmDelta &delta)
{
    if (delta.alarms.isEmpty())
        return;
    // A structural change of groups (a parent arriving or leaving moves its children) is
    // rare; it resets, as a large delta does.
    bool reset = delta.alarms.size() > resetThreshold;
    for (int i = 0; i < delta.alarms.size() && !reset; ++i) {
        const Alarm &a = delta.alarms.at(i);
        const bool listed = m_alarms.contains(a.id);
        const bool keep = a.state != AlarmState::Normal;
        if (a.kind == AlarmRuleKind::Group && listed != keep)
            reset = true;
    }
    if (reset) {
        beginResetModel();
        for (const Alarm &a : delta.alarms) {
            if (a.state == AlarmState::Normal)
                takeAlarm(a.id);
            else
                putAlarm(a);
        }
        rebuild();
        endResetModel();
        return;
    }
    applyRows(delta.alarms);
}

void AlarmListModel::applyRows(const QVector<Alarm> &alarms)
{
    // The latest record of each alarm in this delta.
    QHash<qint64, int> latest;
    for (int i = 0; i < alarms.size(); ++i)
        latest.insert(alarms.at(i).id, i);

    QVector<qint64> toRemove;
    QVector<qint64> toInsert;
    QVector<qint64> toUpdate;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        const Alarm &a = alarms.at(it.value());
        const bool listed = m_alarms.contains(a.id);
        if (a.state == AlarmState::Normal) {
            if (listed)
                toRemove << a.id;
            continue;
        }
        if (!listed) {
            toInsert << a.id;
        } else if (placeOf(a) != m_place.value(a.id)) {
            toRemove << a.id;
            toInsert << a.id;
        } else {
            toUpdate << a.id;
        }
    }

    removeListed(toRemove);

    // Updates: one dataChanged per contiguous run of rows, or one spanning range per parent
    // when the runs are many (a sorting proxy re-sorts once per signal).
    QHash<qint64, QVector<int>> changedRows;
    for (qint64 id : std::as_const(toUpdate)) {
        putAlarm(alarms.at(latest.value(id)));
        changedRows[m_place.value(id)] << m_row.value(id);
    }
    for (auto it = changedRows.begin(); it != changedRows.end(); ++it) {
        QVector<int> &rows = it.value();
        std::sort(rows.begin(), rows.end());
        QVector<std::pair<int, int>> runs;
        for (int r : std::as_const(rows)) {
            if (!runs.isEmpty() && runs.last().second + 1 == r)
                runs.last().second = r;
            else
                runs.append({r, r});
        }
        if (runs.size() > maxChangedRuns)
            runs = {{rows.first(), rows.last()}};
        const qint64 place = it.key();
        for (const auto &[first, last] : std::as_const(runs))
            emit dataChanged(createIndex(first, 0, quintptr(place)), createIndex(last, ColumnCount - 1, quintptr(place)));
    }

    // Insertions, appended in one block per parent (ids sorted for a stable order).
    std::sort(toInsert.begin(), toInsert.end());
    QHash<qint64, QVector<qint64>> byPlace;
    QVector<qint64> places;
    for (qint64 id : std::as_const(toInsert)) {
        const Alarm &a = alarms.at(latest.value(id));
        putAlarm(a);
        const qint64 place = placeOf(a);
        if (!byPlace.contains(place))
            places << place;
        byPlace[place] << id;
    }
    for (qint64 place : std::as_const(places)) {
        const QVector<qint64> &ids = byPlace.value(place);
        QVector<qint64> &rows = rowsOf(place);
        const int first = int(rows.size());
        beginInsertRows(parentIndex(place), first, first + int(ids.size()) - 1);
        for (qint64 id : ids) {
            m_place.insert(id, place);
            m_row.insert(id, int(rows.size()));
            rows << id;
        }
        endInsertRows();
    }
}

void AlarmListModel::removeListed(const QVector<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    // Group by the parent they are listed under, then remove contiguous runs, last first.
    QHash<qint64, QVector<int>> rowsByPlace;
    for (qint64 id : ids)
        rowsByPlace[m_place.value(id)] << m_row.value(id);
    for (auto it = rowsByPlace.begin(); it != rowsByPlace.end(); ++it) {
        const qint64 place = it.key();
        QVector<int> &rows = it.value();
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        const QModelIndex parent = parentIndex(place);
        int k = 0;
        while (k < rows.size()) {
            int last = rows.at(k);
            int first = last;
            while (k + 1 < rows.size() && rows.at(k + 1) == first - 1)
                first = rows.at(++k);
            ++k;
            beginRemoveRows(parent, first, last);
            QVector<qint64> &list = rowsOf(place);
            for (int r = first; r <= last; ++r) {
                const qint64 id = list.at(r);
                takeAlarm(id);
                m_place.remove(id);
                m_row.remove(id);
            }
            list.remove(first, last - first + 1);
            reindex(place, first);
            endRemoveRows();
        }
        if (place != 0 && rowsOf(place).isEmpty())
            m_children.remove(place);
    }
}

// --- QAbstractItemModel -------------------------------------------------------------------

QModelIndex AlarmListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_top.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_top.size())
        return {}; // two levels only
    const qint64 parentId = m_top.at(parent.row());
    return row < rowsOf(parentId).size() ? createIndex(row, column, quintptr(parentId)) : QModelIndex();
}

QModelIndex AlarmListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return indexOf(qint64(child.internalId()), 0);
}

int AlarmListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_top.size())
        return 0;
    return int(rowsOf(m_top.at(parent.row())).size());
}

int AlarmListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AlarmListModel::data(const QModelIndex &index, int role) const
{
    const Alarm *a = alarmAt(index);
    if (!a)
        return {};
    const bool attention = a->needsAttention();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Priority: return priorityLabel(a->priority);
        case State:
            if (a->state == AlarmState::Shelved && a->shelvedUntilMs > 0)
                return tr("Shelved until %1")
                    .arg(QDateTime::fromMSecsSinceEpoch(a->shelvedUntilMs).toLocalTime().toString(QStringLiteral("HH:mm")));
            return stateLabel(a->state);
        case LastActive:
            return a->lastActiveMs > 0
                       ? QDateTime::fromMSecsSinceEpoch(a->lastActiveMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
        case Asset: return assetText(*a);
        case AssetKindColumn:
            return m_directory && a->assetIndex >= 0 && a->assetIndex < m_directory->size()
                       ? assetKindLabel(m_directory->at(a->assetIndex).kind)
                       : QString();
        case District: return district(*a);
        case Condition:
            return a->detail.isEmpty() ? ruleKindLabel(a->kind) : QStringLiteral("%1 : %2").arg(ruleKindLabel(a->kind), a->detail);
        case Count: return a->kind == AlarmRuleKind::Group ? a->childCount : a->count;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Priority) {
            // Cached: data() runs for every visible row on each repaint.
            const bool urgentUnack = a->priority == AlarmPriority::Urgent && a->state == AlarmState::Unacknowledged;
            QIcon &icon = m_icons[std::size_t(int(a->priority) * 3 + (urgentUnack ? 2 : attention ? 1 : 0))];
            if (icon.isNull())
                icon = priorityIcon(a->priority, attention, urgentUnack);
            return icon;
        }
        return {};
    case Qt::FontRole:
        if (attention || hiddenByDefault(a->state)) {
            QFont f;
            f.setBold(attention);
            f.setItalic(hiddenByDefault(a->state));
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b> — %2").arg(priorityLabel(a->priority).toHtmlEscaped(), stateLabel(a->state).toHtmlEscaped());
        if (!a->detail.isEmpty())
            tip += QStringLiteral("<br>") + a->detail.toHtmlEscaped();
        if (const AlarmRule *r = rule(a->ruleId)) {
            if (!r->consequence.isEmpty())
                tip += QStringLiteral("<br><b>%1</b> %2").arg(tr("Consequence:").toHtmlEscaped(), r->consequence.toHtmlEscaped());
            if (!r->response.isEmpty())
                tip += QStringLiteral("<br><b>%1</b> %2").arg(tr("Response:").toHtmlEscaped(), r->response.toHtmlEscaped());
        }
        if (a->state == AlarmState::Shelved && !a->shelveReason.isEmpty())
            tip += QStringLiteral("<br>") + tr("Shelved: %1").arg(a->shelveReason).toHtmlEscaped();
        return tip;
    }
    case AlarmIdRole: return a->id;
    case PriorityRole: return int(a->priority);
    case StateRole: return int(a->state);
    case RuleKindRole: return int(a->kind);
    case DistrictRole: return district(*a);
    case LastActiveRole: return a->lastActiveMs;
    case AssetIndexRole: return a->assetIndex;
    case NeedsAttentionRole: return attention;
    case SearchTextRole: return searchText(*a);
    }
    return {};
}

QVariant AlarmListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Priority: return tr("Priority");
    case State: return tr("State");
    case LastActive: return tr("Last activation");
    case Asset: return tr("Asset");
    case AssetKindColumn: return tr("Type");
    case District: return tr("District");
    case Condition: return tr("Condition");
    case Count: return tr("Count");
    }
    return {};
}

} // namespace vigie
