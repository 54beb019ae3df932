#pragma once

#include "storage/store.h"

#include <QWidget>

class QComboBox;

namespace vigie {

/// \brief The quarantine counted by reason and by device, as two filter combo boxes:
/// "All reasons (12)", "unboundDevice (9)"…, "All devices (12)", "a84041000181c0de (9)"….
///
/// Choosing an entry filters the list (filterChanged()). A chosen key that no longer has
/// messages stays listed with (0), so the supervisor sees it emptied. GUI thread.
class QuarantineSummary : public QWidget
{
    Q_OBJECT
public:
    explicit QuarantineSummary(QWidget *parent = nullptr);

    /// Store::quarantineByReason() and quarantineByDevice(); keeps the chosen entries.
    void setGroups(const QVector<QuarantineGroup> &byReason, const QVector<QuarantineGroup> &byDevice);
    /// What the chosen entries select.
    QuarantineFilter filter() const;
    /// Messages in quarantine, every reason together.
    qint64 total() const { return m_total; }

signals:
    /// The supervisor chose another reason or device.
    void filterChanged();

private:
    QComboBox *m_reason;
    QComboBox *m_device;
    qint64 m_total = 0;
};

} // namespace vigie
