#pragma once

#include "ingest/mqttprobe.h"
#include "ingest/mqttsource.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace vigie {

/// \brief Edits the MQTT connection: broker, protocol, TLS files, credentials, keep-alive,
/// session, and the subscriptions as a table (topic filter, QoS, format from
/// decoderFormats(), mapping file for `json`, codec for `ttn`/`chirpstack`).
///
/// Refuses what MqttSettings::validate() refuses, saying why. "Test connection" runs
/// probeBroker() with the current values on a worker thread (the dialog stays responsive)
/// and shows the outcome: connected and each subscription's answer, or the precise cause
/// (not authorised, TLS, refused, unreachable, timeout…). The password shown is the one
/// given to the constructor; the dialog neither reads nor writes the keychain (MainWindow
/// does). GUI thread.
class BrokerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BrokerDialog(const MqttSettings &settings, QWidget *parent = nullptr);
    ~BrokerDialog() override;

    /// The settings as edited; the fields the dialog does not show keep their given values.
    MqttSettings settings() const;

    void accept() override;

    /// Starts a connection test with the current values (the button's action).
    void testConnection();
    /// Appends an empty subscription row (the "Add" button's action); returns its row.
    int addSubscription(const MqttSubscription &subscription = {});
    /// The outcome shown after the last test, as plain text.
    QString testResult() const;

signals:
    /// A connection test finished; `ok`: connected and every subscription granted.
    void testFinished(bool ok);

private:
    void browse(QLineEdit *field, const QString &title, const QString &filter);
    void formatChanged(int row);
    void showTestReport(const MqttProbeReport &report);

    MqttSettings m_settings;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_protocol;
    QLineEdit *m_clientId;
    QSpinBox *m_keepAlive;
    QCheckBox *m_cleanSession;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QGroupBox *m_tls;
    QLineEdit *m_caFile;
    QLineEdit *m_certFile;
    QLineEdit *m_keyFile;
    QCheckBox *m_tlsInsecure;
    QTableWidget *m_subscriptions;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_error;
    QFutureWatcher<MqttProbeReport> m_testWatcher;
    std::shared_ptr<std::atomic<bool>> m_cancelTest;
};

} // namespace vigie
