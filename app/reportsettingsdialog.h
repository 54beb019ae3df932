#pragma once

#include "reportdesksettings.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace vigie {

/// \brief Reports › Settings…: matching and grouping distances, the Open311 endpoint (on or
/// off, address, port; api keys to register or revoke, one per line), the retention of
/// reporters' contact details, and the resident-facing message of each report state in
/// French and English (editable cells, placeholders {service} {address} {date} {reason};
/// an emptied cell goes back to the default). GUI thread.
class ReportSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportSettingsDialog(const ReportDeskSettings &settings, QWidget *parent = nullptr);

    /// The settings as edited (once accepted).
    ReportDeskSettings settings() const;
    /// Keys entered to register (trimmed, distinct); they are stored as SHA-256 only.
    QStringList newApiKeys() const;
    /// Keys entered to revoke.
    QStringList revokedApiKeys() const;

private:
    ReportDeskSettings m_initial;
    QDoubleSpinBox *m_match;
    QDoubleSpinBox *m_group;
    QCheckBox *m_enabled;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QPlainTextEdit *m_newKeys;
    QPlainTextEdit *m_revokedKeys;
    QSpinBox *m_retention;
    QTableWidget *m_messages;
};

} // namespace vigie
