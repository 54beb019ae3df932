// The broker settings dialog offscreen: fields and the subscriptions table round-trip to
// MqttSettings, "Test connection" answers in the background; the settings file never holds
// the password; keychain and client id lock behave without a desktop session.
#include "appoptions.h"
#include "appsettings.h"
#include "brokerdialog.h"
#include "brokersecrets.h"
#include "clientidlock.h"

#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

enum Column { FilterColumn, QosColumn, FormatColumn, MappingColumn, CodecColumn };

bool sameSubscriptions(const QVector<MqttSubscription> &a, const QVector<MqttSubscription> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].filter != b[i].filter || a[i].qos != b[i].qos || a[i].format != b[i].format || a[i].mapping != b[i].mapping
            || a[i].codec != b[i].codec)
            return false;
    }
    return true;
}

} // namespace

class TestBrokerDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fieldsRoundTrip();
    void subscriptionsTableEdits();
    void testConnectionSucceedsAgainstPlainBroker();
    void testConnectionReportsClosedPort();
    void settingsKeepEverythingButThePassword();
    void settingsReadWhatEarlierVersionsSaved();
    void keychainAnswersWithoutBlocking();
    void clientIdLockCatchesASecondInstance();

private:
    QTemporaryDir m_dir;
    QString m_ca, m_cert, m_key, m_mapping;
};

void TestBrokerDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VigieTest"));
    QCoreApplication::setApplicationName(QStringLiteral("VigieBrokerDialogTest"));
    QSettings().clear();
    for (QString *path : {&m_ca, &m_cert, &m_key, &m_mapping}) {
        *path = m_dir.filePath(QStringLiteral("file%1").arg(quintptr(path)));
        QFile f(*path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
}

void TestBrokerDialog::fieldsRoundTrip()
{
    MqttSettings s;
    s.host = QStringLiteral("broker.city.example");
    s.port = 8883;
    s.clientId = QStringLiteral("vigie-station-3");
    s.protocolVersion = MqttProtocol::V5;
    s.keepAliveSeconds = 45;
    s.cleanSession = true;
    s.username = QStringLiteral("control-room");
    s.password = QStringLiteral("secret");
    s.tls = true;
    s.caFile = m_ca;
    s.certFile = m_cert;
    s.keyFile = m_key;
    s.tlsInsecure = true;
    s.connectTimeoutSeconds = 7; // not shown: kept
    s.subscriptions = {{QStringLiteral("city/fiware/#"), 1, QStringLiteral("fiware")},
                       {QStringLiteral("city/json/+"), 0, QStringLiteral("json"), m_mapping},
                       {QStringLiteral("v3/app/devices/+/up"), 2, QStringLiteral("ttn"), {}, QStringLiteral("milesight-em310-udl")},
                       {QStringLiteral("application/+/device/+/event/up"), 1, QStringLiteral("chirpstack")}};
    BrokerDialog dialog(s);
    const MqttSettings back = dialog.settings();
    QCOMPARE(back.host, s.host);
    QCOMPARE(back.port, s.port);
    QCOMPARE(back.clientId, s.clientId);
    QCOMPARE(back.protocolVersion, s.protocolVersion);
    QCOMPARE(back.keepAliveSeconds, s.keepAliveSeconds);
    QCOMPARE(back.cleanSession, s.cleanSession);
    QCOMPARE(back.username, s.username);
    QCOMPARE(back.password, s.password);
    QCOMPARE(back.tls, s.tls);
    QCOMPARE(back.caFile, s.caFile);
    QCOMPARE(back.certFile, s.certFile);
    QCOMPARE(back.keyFile, s.keyFile);
    QCOMPARE(back.tlsInsecure, s.tlsInsecure);
    QCOMPARE(back.connectTimeoutSeconds, 7);
    QVERIFY(sameSubscriptions(back.subscriptions, s.subscriptions));

    // Edited through the widgets.
    dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(QStringLiteral("  10.0.0.5 "));
    dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(1884);
    auto *protocol = dialog.findChild<QComboBox *>(QStringLiteral("protocol"));
    protocol->setCurrentIndex(protocol->findData(int(MqttProtocol::V311)));
    dialog.findChild<QGroupBox *>(QStringLiteral("tls"))->setChecked(false);
    dialog.findChild<QLineEdit *>(QStringLiteral("user"))->clear();
    const MqttSettings edited = dialog.settings();
    QCOMPARE(edited.host, QStringLiteral("10.0.0.5"));
    QCOMPARE(edited.port, 1884);
    QCOMPARE(edited.protocolVersion, MqttProtocol::V311);
    QVERIFY(!edited.tls);
    QVERIFY(edited.password.isEmpty()); // no user name, no password
    QVERIFY(edited.validate().ok());
}

void TestBrokerDialog::subscriptionsTableEdits()
{
    MqttSettings s;
    s.clientId = QStringLiteral("vigie-x");
    s.subscriptions = {{QStringLiteral("a/#"), 1}, {QStringLiteral("b/json"), 1, QStringLiteral("json"), m_mapping}};
    BrokerDialog dialog(s);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("subscriptions"));
    QCOMPARE(table->rowCount(), 2);
    // Mapping only for json, codec only for LoRaWAN formats.
    QVERIFY(!table->cellWidget(0, MappingColumn)->isEnabled());
    QVERIFY(!table->cellWidget(0, CodecColumn)->isEnabled());
    QVERIFY(table->cellWidget(1, MappingColumn)->isEnabled());

    // Add a row, fill it in.
    dialog.findChild<QPushButton *>(QStringLiteral("addSubscription"))->click();
    QCOMPARE(table->rowCount(), 3);
    table->item(2, FilterColumn)->setText(QStringLiteral("c/+/state"));
    static_cast<QComboBox *>(table->cellWidget(2, QosColumn))->setCurrentIndex(2);
    // Edit the first row: QoS 0, and the json row's filter.
    static_cast<QComboBox *>(table->cellWidget(0, QosColumn))->setCurrentIndex(0);
    table->item(1, FilterColumn)->setText(QStringLiteral("b/json/#"));
    // Switching the json row to fiware drops its mapping and disables the field.
    static_cast<QComboBox *>(table->cellWidget(1, FormatColumn))->setCurrentText(QStringLiteral("fiware"));
    QVERIFY(!table->cellWidget(1, MappingColumn)->isEnabled());

    MqttSettings back = dialog.settings();
    QCOMPARE(back.subscriptions.size(), 3);
    QCOMPARE(back.subscriptions[0].qos, 0);
    QCOMPARE(back.subscriptions[1].filter, QStringLiteral("b/json/#"));
    QCOMPARE(back.subscriptions[1].format, QStringLiteral("fiware"));
    QVERIFY(back.subscriptions[1].mapping.isEmpty());
    QCOMPARE(back.subscriptions[2].filter, QStringLiteral("c/+/state"));
    QCOMPARE(back.subscriptions[2].qos, 2);
    QCOMPARE(back.subscriptions[2].format, QStringLiteral("fiware"));

    // Remove the middle row.
    table->setCurrentCell(1, FilterColumn);
    dialog.findChild<QPushButton *>(QStringLiteral("removeSubscription"))->click();
    back = dialog.settings();
    QCOMPARE(back.subscriptions.size(), 2);
    QCOMPARE(back.subscriptions[1].filter, QStringLiteral("c/+/state"));

    // An invalid filter is refused on OK, with the reason, and the dialog stays open.
    table->item(1, FilterColumn)->setText(QStringLiteral("c/#/bad"));
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestBrokerDialog::testConnectionSucceedsAgainstPlainBroker()
{
    test::MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    MqttSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = broker.port();
    s.clientId = QStringLiteral("vigie-dialog");
    s.subscriptions = {{QStringLiteral("vigie/test/#"), 1}};
    BrokerDialog dialog(s);
    dialog.show();
    QSignalSpy finished(&dialog, &BrokerDialog::testFinished);
    QElapsedTimer clock;
    clock.start();
    dialog.findChild<QPushButton *>(QStringLiteral("testConnection"))->click();
    QVERIFY(clock.elapsed() < 500); // runs in the background
    QVERIFY(finished.isEmpty());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("testConnection"))->isEnabled());
    QVERIFY(finished.wait(15000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(dialog.testResult()));
    QVERIFY2(dialog.testResult().contains(QStringLiteral("Connected")), qPrintable(dialog.testResult()));
    QVERIFY2(dialog.testResult().contains(QStringLiteral("vigie/test/#: granted at QoS 1")), qPrintable(dialog.testResult()));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("testConnection"))->isEnabled());
}

void TestBrokerDialog::testConnectionReportsClosedPort()
{
    MqttSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = test::freeLoopbackPort();
    s.clientId = QStringLiteral("vigie-dialog");
    s.subscriptions = {{QStringLiteral("vigie/test/#"), 1}};
    BrokerDialog dialog(s);
    QSignalSpy finished(&dialog, &BrokerDialog::testFinished);
    dialog.testConnection();
    QVERIFY(finished.wait(15000));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY2(dialog.testResult().contains(QStringLiteral("connection refused")), qPrintable(dialog.testResult()));
}

void TestBrokerDialog::settingsKeepEverythingButThePassword()
{
    MqttSettings s;
    s.host = QStringLiteral("broker.example");
    s.port = 8883;
    s.clientId = QStringLiteral("vigie-chosen-id");
    s.protocolVersion = MqttProtocol::V5;
    s.keepAliveSeconds = 20;
    s.cleanSession = false;
    s.username = QStringLiteral("operator");
    s.password = QStringLiteral("Never-In-Settings-42");
    s.tls = true;
    s.caFile = m_ca;
    s.certFile = m_cert;
    s.keyFile = m_key;
    s.tlsInsecure = false;
    s.subscriptions = {{QStringLiteral("x/#"), 2, QStringLiteral("json"), m_mapping},
                       {QStringLiteral("y/#"), 0, QStringLiteral("ttn"), {}, QStringLiteral("dingtek-df703")}};
    appsettings::saveBroker(s, QStringLiteral("ville"));
    QSettings settings;
    settings.sync();
    const QByteArray file = test::readFile(settings.fileName());
    QVERIFY(!file.isEmpty());
    QVERIFY(!file.contains("Never-In-Settings-42"));

    const MqttSettings back = appsettings::broker(QStringLiteral("ville"), AppOptions{});
    QVERIFY(back.password.isEmpty());
    QCOMPARE(back.host, s.host);
    QCOMPARE(back.port, s.port);
    QCOMPARE(back.clientId, s.clientId);
    QCOMPARE(back.protocolVersion, s.protocolVersion);
    QCOMPARE(back.keepAliveSeconds, s.keepAliveSeconds);
    QCOMPARE(back.username, s.username);
    QCOMPARE(back.tls, true);
    QCOMPARE(back.caFile, s.caFile);
    QCOMPARE(back.certFile, s.certFile);
    QCOMPARE(back.keyFile, s.keyFile);
    QVERIFY(sameSubscriptions(back.subscriptions, s.subscriptions));
    // The earlier keys are kept up to date for an older Vigie.
    QCOMPARE(settings.value(QStringLiteral("mqtt/topics/ville")).toStringList(), (QStringList{QStringLiteral("x/#"), QStringLiteral("y/#")}));
}

void TestBrokerDialog::settingsReadWhatEarlierVersionsSaved()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mqtt/topics/ancienne"), QStringList{QStringLiteral("old/a/#"), QStringLiteral("old/b/#")});
    settings.setValue(QStringLiteral("mqtt/qos"), 2);
    const MqttSettings s = appsettings::broker(QStringLiteral("ancienne"), AppOptions{});
    QCOMPARE(s.subscriptions.size(), 2);
    QCOMPARE(s.subscriptions[0].filter, QStringLiteral("old/a/#"));
    QCOMPARE(s.subscriptions[1].qos, 2);
    QCOMPARE(s.subscriptions[1].format, QStringLiteral("fiware"));
    QVERIFY(s.clientId.endsWith(QStringLiteral("-ancienne")));
    // Nothing saved at all: the default topic.
    const MqttSettings fresh = appsettings::broker(QStringLiteral("neuve"), AppOptions{});
    QCOMPARE(fresh.subscriptions.size(), 1);
    QCOMPARE(fresh.subscriptions[0].filter, QStringLiteral("vigie/neuve/#"));
}

void TestBrokerDialog::keychainAnswersWithoutBlocking()
{
    // Offscreen CI has no Secret Service: the write fails quickly and asynchronously, and
    // the password still serves for the session. With a keychain, it is stored.
    BrokerSecrets secrets(nullptr, QStringLiteral("VigieTest"));
    MqttSettings s;
    s.host = QStringLiteral("h");
    s.port = 1883;
    s.username = QStringLiteral("u");
    s.password = QStringLiteral("p");
    QCOMPARE(BrokerSecrets::key(s), QStringLiteral("mqtt:h:1883:u"));
    QSignalSpy stored(&secrets, &BrokerSecrets::stored);
    QSignalSpy failed(&secrets, &BrokerSecrets::storeFailed);
    QElapsedTimer clock;
    clock.start();
    secrets.store(s);
    QVERIFY(clock.elapsed() < 500);
    QString password;
    QVERIFY(secrets.sessionPassword(BrokerSecrets::key(s), &password));
    QCOMPARE(password, QStringLiteral("p"));
    QTRY_VERIFY_WITH_TIMEOUT(stored.size() + failed.size() == 1, 20000);
    if (!failed.isEmpty())
        qInfo() << "no keychain here:" << failed.first().at(1).toString();
    // Reading answers too, one way or the other.
    QSignalSpy read(&secrets, &BrokerSecrets::passwordRead);
    QSignalSpy readFailed(&secrets, &BrokerSecrets::readFailed);
    secrets.read(s);
    QTRY_VERIFY_WITH_TIMEOUT(read.size() + readFailed.size() == 1, 20000);
    if (!stored.isEmpty()) { // a real keychain: clean up
        s.password.clear();
        secrets.store(s);
        QTRY_VERIFY_WITH_TIMEOUT(stored.size() + failed.size() == 2, 20000);
    }
}

void TestBrokerDialog::clientIdLockCatchesASecondInstance()
{
    QTemporaryDir dir;
    auto first = ClientIdLock::acquire(QStringLiteral("vigie/odd id:1"), dir.path());
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    auto second = ClientIdLock::acquire(QStringLiteral("vigie/odd id:1"), dir.path());
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, QStringLiteral("clientIdLocked"));
    QVERIFY2(second.error().message.contains(QStringLiteral("vigie/odd id:1")), qPrintable(second.error().message));
    QVERIFY2(second.error().message.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(second.error().message));
    QVERIFY(ClientIdLock::acquire(QStringLiteral("vigie-other"), dir.path()).ok());
    first = Error{}; // released
    QVERIFY(ClientIdLock::acquire(QStringLiteral("vigie/odd id:1"), dir.path()).ok());
}

QTEST_MAIN(TestBrokerDialog)
#include "tst_brokerdialog.moc"
