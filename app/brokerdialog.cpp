#include "brokerdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie {

BrokerDialog::BrokerDialog(const MqttSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_host(new QLineEdit(settings.host, this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(settings.username, this))
    , m_password(new QLineEdit(settings.password, this))
    , m_topics(new QPlainTextEdit(this))
    , m_qos(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("MQTT broker"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.port);
    m_password->setEchoMode(QLineEdit::Password);
    QStringList topics;
    for (const MqttSubscription &s : settings.subscriptions)
        topics << s.filter;
    m_topics->setPlainText(topics.join(QLatin1Char('\n')));
    m_topics->setToolTip(tr("One MQTT topic filter per line, for example vigie/montpellier/#"));
    m_qos->setRange(0, 2);
    m_qos->setValue(settings.subscriptions.isEmpty() ? 1 : settings.subscriptions.first().qos);
    m_qos->setToolTip(tr("QoS 1 with the persistent session keeps messages sent while Vigie is closed."));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Host"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Topics"), m_topics);
    form->addRow(tr("QoS"), m_qos);
    auto *clientId = new QLabel(settings.clientId, this);
    clientId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Client id"), clientId);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BrokerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BrokerDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

MqttSettings BrokerDialog::settings() const
{
    MqttSettings s = m_settings;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.username = m_user->text().trimmed();
    s.password = m_password->text();
    s.subscriptions.clear();
    const QStringList lines = m_topics->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            s.subscriptions << MqttSubscription{line.trimmed(), m_qos->value()};
    }
    return s;
}

void BrokerDialog::accept()
{
    if (auto valid = settings().validate(); !valid) {
        m_error->setText(valid.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace vigie
