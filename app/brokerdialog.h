#pragma once

#include "ingest/mqttsource.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace vigie {

/// \brief Edits the MQTT connection: host, port, credentials, topic filters and QoS.
/// Refuses what MqttSettings::validate() refuses, saying why. The client id is shown, not
/// edited: changing it would abandon the broker's persistent session.
class BrokerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BrokerDialog(const MqttSettings &settings, QWidget *parent = nullptr);
    MqttSettings settings() const;

    void accept() override;

private:
    MqttSettings m_settings;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QPlainTextEdit *m_topics;
    QSpinBox *m_qos;
    QLabel *m_error;
};

} // namespace vigie
