#pragma once

#include "domain/devicebinding.h"
#include "storage/store.h"

#include <QAbstractTableModel>
#include <QHash>

namespace vigie {

/// \brief The quarantine list as a table: received (local time), reason, device, topic,
/// payload size and the reason's sentence.
///
/// Holds metadata only (Store::quarantineList()): payloads are read one at a time for the
/// selected row. SortRole gives raw values so a QSortFilterProxyModel sorts them as such:
/// sizes in bytes, and for the time the message id (messages are numbered as received, and
/// milliseconds tie). GUI thread.
class QuarantineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Received, Reason, Device, Topic, Size, Detail, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int MessageIdRole = Qt::UserRole + 2;

    explicit QuarantineModel(QObject *parent = nullptr);

    /// Replaces the rows (a model reset: views lose their selection, the panel restores it).
    /// `bindings`: the store's, by normalized device id, for the device column's tooltip.
    void setEntries(QVector<QuarantineListEntry> entries, QHash<QString, DeviceBinding> bindings = {});
    /// The row's entry, or null when `row` is out of range.
    const QuarantineListEntry *entry(int row) const;
    /// The row of message `messageId`, or -1.
    int rowOf(qint64 messageId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<QuarantineListEntry> m_entries;
    QHash<QString, DeviceBinding> m_bindings;
};

} // namespace vigie
