#include "interventionmodel.h"

#include "interventiondialog.h"
#include "interventions/priorityscore.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace vigie {


InterventionModel::InterventionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_tick.setInterval(30'000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, Due), index(int(m_rows.size()) - 1, Due));
    });
    m_tick.start();
}

void InterventionModel::setCrewNames(const QHash<QString, QString> &names)
{
    m_crewNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Crew), index(int(m_rows.size()) - 1, Crew));
}

int InterventionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InterventionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Intervention *InterventionModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QModelIndex InterventionModel::indexOf(qint64 id, int column) const
{
    const auto it = m_rowOf.constFind(id);
    return it == m_rowOf.cend() ? QModelIndex() : index(it.value(), column);
}

void InterventionModel::apply(const QVector<Intervention> &changed, bool all)
{
    if (all) {
        beginResetModel();
        m_rows = changed;
        m_rowOf.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowOf.insert(m_rows.at(i).id, i);
        endResetModel();
        return;
    }
    for (const Intervention &i : changed) {
        const auto it = m_rowOf.constFind(i.id);
        if (it != m_rowOf.cend()) {
            m_rows[it.value()] = i;
            emit dataChanged(index(it.value(), 0), index(it.value(), ColumnCount - 1));
            continue;
        }
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows << i;
        m_rowOf.insert(i.id, row);
        endInsertRows();
    }
}

QString InterventionModel::statusText(InterventionStatus status)
{
    switch (status) {
    case InterventionStatus::New: return tr("New");
    case InterventionStatus::Assigned: return tr("Assigned");
    case InterventionStatus::Accepted: return tr("Accepted");
    case InterventionStatus::EnRoute: return tr("En route");
    case InterventionStatus::OnSite: return tr("On site");
    case InterventionStatus::Done: return tr("Done");
    case InterventionStatus::Cancelled: return tr("Cancelled");
    case InterventionStatus::Blocked: return tr("Blocked");
    case InterventionStatus::Reopened: return tr("Reopened");
    }
    return {};
}

QString InterventionModel::kindText(InterventionKind kind)
{
    switch (kind) {
    case InterventionKind::Lighting: return tr("Lighting");
    case InterventionKind::Waste: return tr("Waste");
    case InterventionKind::Roads: return tr("Roads");
    case InterventionKind::Other: return tr("Other");
    }
    return {};
}

QString InterventionModel::dueText(const Intervention &i, qint64 nowMs)
{
    if (i.dueAtMs <= 0 || isClosed(i.status))
        return QStringLiteral("—");
    const qint64 left = i.dueAtMs - nowMs;
    return left >= 0 ? tr("in %1").arg(durationText(left)) : tr("overdue by %1").arg(durationText(-left));
}

QVariant InterventionModel::data(const QModelIndex &index, int role) const
{
    const Intervention *i = index.isValid() ? at(index.row()) : nullptr;
    if (!i)
        return {};
    const qint64 nowMs = now();
    switch (role) {
    case InterventionIdRole: return i->id;
    case StatusRole: return int(i->status);
    case SlaRole: return int(slaState(*i, nowMs, m_sla));
    case CardRole: {
        QString card = tr("#%1 · %2 · %3").arg(i->id).arg(kindText(i->kind), QLocale().toString(i->score, 'f', 0));
        card += QLatin1Char('\n') + (i->location.isEmpty() ? tr("%n asset(s)", nullptr, int(i->assetIds.size())) : i->location);
        if (!i->crewId.isEmpty())
            card += QLatin1Char('\n') + m_crewNames.value(i->crewId, i->crewId);
        if (!isClosed(i->status))
            card += QLatin1Char('\n') + dueText(*i, nowMs);
        return card;
    }
    case SortRole:
        switch (index.column()) {
        case Id: return i->id;
        case Score: return i->score;
        case Status: return int(i->status);
        case Due: return i->dueAtMs > 0 && !isClosed(i->status) ? i->dueAtMs : std::numeric_limits<qint64>::max();
        case Alarms: return int(i->alarmIds.size());
        case Updated: return i->updatedAtMs;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::BackgroundRole:
        if (index.column() == Due) {
            const SlaState s = slaState(*i, nowMs, m_sla);
            if (s == SlaState::Amber)
                return QBrush(QColor(0xff, 0xd8, 0x80));
            if (s == SlaState::Red)
                return QBrush(QColor(0xf4, 0x9a, 0x9a));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Score) {
            QStringList lines;
            for (const PriorityTerm &t : i->breakdown.terms)
                lines << QStringLiteral("%1: %2 (%3)").arg(InterventionDialog::termText(t.key), QLocale().toString(t.points, 'f', 1), t.inputText);
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Status && i->status == InterventionStatus::Blocked)
            return i->blockedReason;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id: return QStringLiteral("#%1").arg(i->id);
        case Score: return QLocale().toString(i->score, 'f', 0);
        case Status: return statusText(i->status);
        case Kind: return kindText(i->kind);
        case Place: return i->location.isEmpty() ? tr("%n asset(s)", nullptr, int(i->assetIds.size())) : i->location;
        case Crew: return i->crewId.isEmpty() ? QString() : m_crewNames.value(i->crewId, i->crewId);
        case Due: return dueText(*i, nowMs);
        case Alarms: return i->alarmIds.isEmpty() ? QString() : QString::number(i->alarmIds.size());
        case Updated: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(i->updatedAtMs).toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    default: return {};
    }
}

QVariant InterventionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("No.");
    case Score: return tr("Priority");
    case Status: return tr("Status");
    case Kind: return tr("Service");
    case Place: return tr("Place");
    case Crew: return tr("Crew");
    case Due: return tr("Due");
    case Alarms: return tr("Alarms");
    case Updated: return tr("Updated");
    }
    return {};
}

} // namespace vigie
