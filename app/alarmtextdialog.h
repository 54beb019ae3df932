#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace vigie {

/// \brief Asks the operator for a text about alarms: a comment, or the reason for removing
/// them from service. The text is required (OK stays disabled while it is blank) and kept in
/// the audit trail. GUI thread.
class AlarmTextDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int maxLength = 2000;

    /// `title` and `prompt` are translated by the caller.
    AlarmTextDialog(const QString &title, const QString &prompt, QWidget *parent = nullptr);

    /// The text, spaces at both ends removed.
    QString text() const;
    void accept() override;

private:
    void update();

    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
};

} // namespace vigie
