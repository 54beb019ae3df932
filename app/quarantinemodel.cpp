#include "quarantinemodel.h"

#include "quarantinereasons.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <climits>

namespace vigie {

QuarantineModel::QuarantineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QuarantineModel::setEntries(QVector<QuarantineListEntry> entries, QHash<QString, DeviceBinding> bindings)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_bindings = std::move(bindings);
    endResetModel();
}

const QuarantineListEntry *QuarantineModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int QuarantineModel::rowOf(qint64 messageId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).messageId == messageId)
            return i;
    }
    return -1;
}

int QuarantineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int QuarantineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuarantineModel::data(const QModelIndex &index, int role) const
{
    const QuarantineListEntry *e = entry(index.row());
    if (!e)
        return {};
    if (role == MessageIdRole)
        return e->messageId;
    const int column = index.column();
    if (role == SortRole) {
        switch (column) {
        case Received: return e->messageId; // the log's order, the order of reception, without ties
        case Size: return e->payloadBytes;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Received: {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(e->receivedAtMs); // local time
            return QStringLiteral("%1 %2").arg(QLocale().toString(at.date(), QLocale::ShortFormat),
                                               at.time().toString(QStringLiteral("HH:mm:ss")));
        }
        case Reason: return quarantineReasonLabel(e->reasonCode);
        case Device: return e->deviceId;
        case Topic: return e->topic;
        case Size: return QLocale().formattedDataSize(e->payloadBytes);
        case Detail: return e->reason;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Received:
            return tr("%1 UTC · message %2")
                .arg(QDateTime::fromMSecsSinceEpoch(e->receivedAtMs, QTimeZone::utc()).toString(Qt::ISODateWithMs))
                .arg(e->messageId);
        case Reason: return QStringLiteral("%1 — %2").arg(e->reasonCode, e->reason);
        case Detail: return e->reason;
        case Device: {
            if (e->deviceId.isEmpty())
                return tr("The payload named no device, or decoding stopped before it did.");
            auto bound = m_bindings.constFind(normalizeDeviceId(e->deviceId));
            return bound == m_bindings.constEnd() ? tr("Not bound to an asset.") : tr("Bound to %1").arg(bound->assetId);
        }
        case Size: return tr("%n byte(s)", nullptr, int(qMin<qint64>(e->payloadBytes, INT_MAX)));
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && column == Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant QuarantineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Received: return tr("Received");
    case Reason: return tr("Reason");
    case Device: return tr("Device");
    case Topic: return tr("Topic");
    case Size: return tr("Size");
    case Detail: return tr("Detail");
    default: return {};
    }
}

} // namespace vigie
