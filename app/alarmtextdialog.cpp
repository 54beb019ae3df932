#include "alarmtextdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie {

AlarmTextDialog::AlarmTextDialog(const QString &title, const QString &prompt, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_text->setObjectName(QStringLiteral("alarmText"));
    m_text->setTabChangesFocus(true);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    label->setBuddy(m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_text);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AlarmTextDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AlarmTextDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &AlarmTextDialog::update);
    update();
    resize(460, 220);
}

QString AlarmTextDialog::text() const
{
    return m_text->toPlainText().trimmed().left(maxLength);
}

void AlarmTextDialog::update()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty());
}

void AlarmTextDialog::accept()
{
    if (text().isEmpty())
        return;
    QDialog::accept();
}

} // namespace vigie
