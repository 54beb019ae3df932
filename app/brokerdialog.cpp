#include "brokerdialog.h"

#include "ingest/decoderroute.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vigie {

namespace {

enum Column { FilterColumn, QosColumn, FormatColumn, MappingColumn, CodecColumn, ColumnCount };

} // namespace

BrokerDialog::BrokerDialog(const MqttSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_host(new QLineEdit(settings.host, this))
    , m_port(new QSpinBox(this))
    , m_protocol(new QComboBox(this))
    , m_clientId(new QLineEdit(settings.clientId, this))
    , m_keepAlive(new QSpinBox(this))
    , m_cleanSession(new QCheckBox(tr("Clean session (forget what was published while Vigie was closed)"), this))
    , m_user(new QLineEdit(settings.username, this))
    , m_password(new QLineEdit(settings.password, this))
    , m_tls(new QGroupBox(tr("TLS"), this))
    , m_caFile(new QLineEdit(settings.caFile, this))
    , m_certFile(new QLineEdit(settings.certFile, this))
    , m_keyFile(new QLineEdit(settings.keyFile, this))
    , m_tlsInsecure(new QCheckBox(tr("Do not check that the certificate names the host (insecure)"), this))
    , m_subscriptions(new QTableWidget(0, ColumnCount, this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("MQTT broker"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_protocol->setObjectName(QStringLiteral("protocol"));
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_keepAlive->setObjectName(QStringLiteral("keepAlive"));
    m_cleanSession->setObjectName(QStringLiteral("cleanSession"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_tls->setObjectName(QStringLiteral("tls"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_certFile->setObjectName(QStringLiteral("certFile"));
    m_keyFile->setObjectName(QStringLiteral("keyFile"));
    m_tlsInsecure->setObjectName(QStringLiteral("tlsInsecure"));
    m_subscriptions->setObjectName(QStringLiteral("subscriptions"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult->setObjectName(QStringLiteral("testResult"));

    m_port->setRange(1, 65535);
    m_port->setValue(settings.port);
    m_protocol->addItem(tr("MQTT 3.1.1"), int(MqttProtocol::V311));
    m_protocol->addItem(tr("MQTT 5"), int(MqttProtocol::V5));
    m_protocol->setCurrentIndex(m_protocol->findData(int(settings.protocolVersion)));
    m_protocol->setToolTip(tr("MQTT 5 reports more precise causes; choose 3.1.1 for brokers that do not speak it."));
    m_clientId->setToolTip(tr("Must be unique on the broker and stable from one run to the next: changing it "
                              "abandons the persistent session (what the broker kept for Vigie)."));
    m_keepAlive->setRange(5, 65535);
    m_keepAlive->setSuffix(tr(" s"));
    m_keepAlive->setValue(settings.keepAliveSeconds);
    m_cleanSession->setChecked(settings.cleanSession);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Kept in the system keychain"));

    auto *tlsForm = new QFormLayout(m_tls);
    auto fileRow = [this, tlsForm](const QString &label, QLineEdit *field, const QString &title, const QString &filter) {
        auto *row = new QHBoxLayout;
        auto *browseButton = new QToolButton(this);
        browseButton->setText(tr("…"));
        browseButton->setToolTip(title);
        connect(browseButton, &QToolButton::clicked, this, [this, field, title, filter] { browse(field, title, filter); });
        row->addWidget(field);
        row->addWidget(browseButton);
        tlsForm->addRow(label, row);
    };
    const QString pem = tr("PEM files (*.pem *.crt *.key *.cer);;All files (*)");
    m_caFile->setPlaceholderText(tr("The system's certificate authorities"));
    fileRow(tr("CA certificate"), m_caFile, tr("Certificate authority of the broker"), pem);
    fileRow(tr("Client certificate"), m_certFile, tr("Client certificate (optional)"), pem);
    fileRow(tr("Private key"), m_keyFile, tr("Private key of the client certificate (unencrypted)"), pem);
    tlsForm->addRow(m_tlsInsecure);
    m_tls->setCheckable(true);
    m_tls->setChecked(settings.tls);
    m_tlsInsecure->setChecked(settings.tlsInsecure);

    m_subscriptions->setHorizontalHeaderLabels({tr("Topic filter"), tr("QoS"), tr("Format"), tr("Mapping file"), tr("Codec")});
    m_subscriptions->horizontalHeader()->setSectionResizeMode(FilterColumn, QHeaderView::Stretch);
    m_subscriptions->horizontalHeader()->setSectionResizeMode(MappingColumn, QHeaderView::Stretch);
    m_subscriptions->verticalHeader()->hide();
    m_subscriptions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_subscriptions->setToolTip(tr("Topic filters use MQTT wildcards: + one level, # the rest (vigie/montpellier/#)."));
    for (const MqttSubscription &s : settings.subscriptions)
        addSubscription(s);
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addSubscription"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeSubscription"));
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = addSubscription();
        m_subscriptions->setCurrentCell(row, FilterColumn);
        m_subscriptions->editItem(m_subscriptions->item(row, FilterColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_subscriptions->currentRow() >= 0)
            m_subscriptions->removeRow(m_subscriptions->currentRow());
    });

    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    connect(m_test, &QPushButton::clicked, this, &BrokerDialog::testConnection);
    connect(&m_testWatcher, &QFutureWatcher<MqttProbeReport>::finished, this,
            [this] { showTestReport(m_testWatcher.result()); });

    auto *form = new QFormLayout;
    form->addRow(tr("Host"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Protocol"), m_protocol);
    form->addRow(tr("Client id"), m_clientId);
    form->addRow(tr("Keep-alive"), m_keepAlive);
    form->addRow(QString(), m_cleanSession);
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Password"), m_password);
    auto *subscriptionButtons = new QHBoxLayout;
    subscriptionButtons->addWidget(add);
    subscriptionButtons->addWidget(remove);
    subscriptionButtons->addStretch();
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BrokerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BrokerDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tls);
    layout->addWidget(new QLabel(tr("Subscriptions"), this));
    layout->addWidget(m_subscriptions);
    layout->addLayout(subscriptionButtons);
    layout->addLayout(testRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 640);
}

BrokerDialog::~BrokerDialog()
{
    // A test still running ends at its next poll (≤ 100 ms) on its worker thread; its
    // result is dropped with the watcher.
    if (m_cancelTest)
        m_cancelTest->store(true);
}

int BrokerDialog::addSubscription(const MqttSubscription &s)
{
    const int row = m_subscriptions->rowCount();
    m_subscriptions->insertRow(row);
    m_subscriptions->setItem(row, FilterColumn, new QTableWidgetItem(s.filter));
    auto *qos = new QComboBox(m_subscriptions);
    qos->setObjectName(QStringLiteral("qos"));
    qos->addItems({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")});
    qos->setCurrentIndex(qBound(0, s.qos, 2));
    qos->setToolTip(tr("QoS 1 with the persistent session keeps messages sent while Vigie is closed."));
    m_subscriptions->setCellWidget(row, QosColumn, qos);
    auto *format = new QComboBox(m_subscriptions);
    format->setObjectName(QStringLiteral("format"));
    format->addItems(decoderFormats());
    if (format->findText(s.format) < 0)
        format->addItem(s.format); // a format this build does not know: shown, validate() will say
    format->setCurrentText(s.format.isEmpty() ? QStringLiteral("fiware") : s.format);
    m_subscriptions->setCellWidget(row, FormatColumn, format);
    auto *mappingCell = new QWidget(m_subscriptions);
    auto *mappingLayout = new QHBoxLayout(mappingCell);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    auto *mapping = new QLineEdit(s.mapping, mappingCell);
    mapping->setObjectName(QStringLiteral("mapping"));
    auto *mappingBrowse = new QToolButton(mappingCell);
    mappingBrowse->setObjectName(QStringLiteral("browseMapping"));
    mappingBrowse->setText(tr("…"));
    mappingBrowse->setToolTip(tr("Choose the mapping file of the json format"));
    mappingLayout->addWidget(mapping);
    mappingLayout->addWidget(mappingBrowse);
    m_subscriptions->setCellWidget(row, MappingColumn, mappingCell);
    connect(mappingBrowse, &QToolButton::clicked, this, [this, mapping] {
        browse(mapping, tr("Mapping file"), tr("Mapping files (*.yaml *.yml);;All files (*)"));
    });
    auto *codec = new QLineEdit(s.codec, m_subscriptions);
    codec->setObjectName(QStringLiteral("codec"));
    codec->setPlaceholderText(tr("from the device"));
    codec->setToolTip(tr("LoRaWAN payload codec for uplinks without a decoded payload, e.g. milesight-em310-udl; "
                         "empty: chosen from the uplink's device description."));
    m_subscriptions->setCellWidget(row, CodecColumn, codec);
    connect(format, &QComboBox::currentTextChanged, this, [this, mappingCell] {
        for (int r = 0; r < m_subscriptions->rowCount(); ++r) {
            if (m_subscriptions->cellWidget(r, MappingColumn) == mappingCell)
                formatChanged(r);
        }
    });
    formatChanged(row);
    return row;
}

void BrokerDialog::formatChanged(int row)
{
    const QString format = static_cast<QComboBox *>(m_subscriptions->cellWidget(row, FormatColumn))->currentText();
    m_subscriptions->cellWidget(row, MappingColumn)->setEnabled(format == QLatin1String("json"));
    m_subscriptions->cellWidget(row, CodecColumn)->setEnabled(format == QLatin1String("ttn") || format == QLatin1String("chirpstack"));
}

MqttSettings BrokerDialog::settings() const
{
    MqttSettings s = m_settings;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.protocolVersion = MqttProtocol(m_protocol->currentData().toInt());
    s.clientId = m_clientId->text().trimmed();
    s.keepAliveSeconds = m_keepAlive->value();
    s.cleanSession = m_cleanSession->isChecked();
    s.username = m_user->text().trimmed();
    s.password = s.username.isEmpty() ? QString() : m_password->text();
    s.tls = m_tls->isChecked();
    s.caFile = m_caFile->text().trimmed();
    s.certFile = m_certFile->text().trimmed();
    s.keyFile = m_keyFile->text().trimmed();
    s.tlsInsecure = m_tlsInsecure->isChecked();
    s.subscriptions.clear();
    for (int row = 0; row < m_subscriptions->rowCount(); ++row) {
        const QTableWidgetItem *filter = m_subscriptions->item(row, FilterColumn);
        if (!filter || filter->text().trimmed().isEmpty())
            continue; // an empty row is not a subscription
        MqttSubscription sub;
        sub.filter = filter->text().trimmed();
        sub.qos = static_cast<QComboBox *>(m_subscriptions->cellWidget(row, QosColumn))->currentIndex();
        sub.format = static_cast<QComboBox *>(m_subscriptions->cellWidget(row, FormatColumn))->currentText();
        if (sub.format == QLatin1String("json"))
            sub.mapping = m_subscriptions->cellWidget(row, MappingColumn)->findChild<QLineEdit *>()->text().trimmed();
        if (sub.format == QLatin1String("ttn") || sub.format == QLatin1String("chirpstack"))
            sub.codec = static_cast<QLineEdit *>(m_subscriptions->cellWidget(row, CodecColumn))->text().trimmed();
        s.subscriptions << sub;
    }
    return s;
}

void BrokerDialog::accept()
{
    const MqttSettings s = settings();
    if (auto valid = s.validate(); !valid) {
        m_error->setText(valid.error().message);
        return;
    }
    for (const MqttSubscription &sub : s.subscriptions) {
        if (sub.format == QLatin1String("json") && sub.mapping.isEmpty()) {
            m_error->setText(tr("The json format of \"%1\" needs a mapping file.").arg(sub.filter));
            return;
        }
    }
    QDialog::accept();
}

void BrokerDialog::testConnection()
{
    if (m_testWatcher.isRunning())
        return;
    const MqttSettings s = settings();
    if (auto valid = s.validate(); !valid) {
        m_testResult->setStyleSheet(QStringLiteral("color: #b00020"));
        m_testResult->setText(valid.error().message);
        emit testFinished(false);
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Testing %1…").arg(s.url()));
    m_cancelTest = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancelTest;
    m_testWatcher.setFuture(QtConcurrent::run([s, cancel] { return probeBroker(s, [cancel] { return cancel->load(); }); }));
}

void BrokerDialog::showTestReport(const MqttProbeReport &report)
{
    m_test->setEnabled(true);
    const bool ok = report.ok();
    m_testResult->setStyleSheet(ok ? QStringLiteral("color: #1a7f37") : QStringLiteral("color: #b00020"));
    m_testResult->setText(report.summary());
    emit testFinished(ok);
}

QString BrokerDialog::testResult() const
{
    return m_testResult->text();
}

void BrokerDialog::browse(QLineEdit *field, const QString &title, const QString &filter)
{
    const QString file = QFileDialog::getOpenFileName(this, title, field->text(), filter);
    if (!file.isEmpty())
        field->setText(file);
}

} // namespace vigie
