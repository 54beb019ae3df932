#include "reportsettingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie {

namespace {

constexpr ReportState kStates[] = {ReportState::Received,  ReportState::Acknowledged, ReportState::Scheduled,
                                   ReportState::InProgress, ReportState::Blocked,     ReportState::Resolved,
                                   ReportState::Declined};

QString stateLabel(ReportState s)
{
    switch (s) {
    case ReportState::Received: return ReportSettingsDialog::tr("Received");
    case ReportState::Acknowledged: return ReportSettingsDialog::tr("Intervention created");
    case ReportState::Scheduled: return ReportSettingsDialog::tr("A crew has it");
    case ReportState::InProgress: return ReportSettingsDialog::tr("Crew on the way or on site");
    case ReportState::Blocked: return ReportSettingsDialog::tr("Held up");
    case ReportState::Resolved: return ReportSettingsDialog::tr("Fixed (closed)");
    case ReportState::Declined: return ReportSettingsDialog::tr("Not handled (closed)");
    }
    return {};
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n')))
        if (const QString key = line.trimmed(); !key.isEmpty() && !out.contains(key))
            out << key;
    return out;
}

QDoubleSpinBox *metres(double value, const QString &name, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(1, 500);
    box->setDecimals(0);
    box->setSuffix(ReportSettingsDialog::tr(" m"));
    box->setValue(value);
    return box;
}

} // namespace

ReportSettingsDialog::ReportSettingsDialog(const ReportDeskSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_initial(settings)
{
    setObjectName(QStringLiteral("reportSettingsDialog"));
    setWindowTitle(tr("Citizen reports: settings"));
    auto *layout = new QVBoxLayout(this);

    auto *matching = new QGroupBox(tr("Matching and grouping"), this);
    auto *matchForm = new QFormLayout(matching);
    m_match = metres(settings.core.matchRadiusM, QStringLiteral("matchDistance"), matching);
    m_match->setToolTip(tr("A report is matched to the nearest asset of its kind within this distance"));
    m_group = metres(settings.core.groupRadiusM, QStringLiteral("groupDistance"), matching);
    m_group->setToolTip(tr("Reports of the same kind this close to an open group join it as likely duplicates"));
    matchForm->addRow(tr("Matching distance:"), m_match);
    matchForm->addRow(tr("Grouping distance:"), m_group);
    layout->addWidget(matching);

    auto *endpoint = new QGroupBox(tr("Open311 endpoint (GeoReport v2)"), this);
    auto *endpointForm = new QFormLayout(endpoint);
    m_enabled = new QCheckBox(tr("Take reports from residents' apps"), endpoint);
    m_enabled->setObjectName(QStringLiteral("open311Enabled"));
    m_enabled->setChecked(settings.open311Enabled);
    m_address = new QLineEdit(settings.open311Address, endpoint);
    m_address->setObjectName(QStringLiteral("open311Address"));
    m_address->setToolTip(tr("127.0.0.1 keeps the endpoint to this computer (a reverse proxy publishes it); "
                             "0.0.0.0 opens it to the network"));
    m_port = new QSpinBox(endpoint);
    m_port->setObjectName(QStringLiteral("open311Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.open311Port);
    m_newKeys = new QPlainTextEdit(endpoint);
    m_newKeys->setObjectName(QStringLiteral("newApiKeys"));
    m_newKeys->setMaximumHeight(52);
    m_newKeys->setPlaceholderText(tr("One api_key per line; kept as a fingerprint, it cannot be shown again"));
    m_revokedKeys = new QPlainTextEdit(endpoint);
    m_revokedKeys->setObjectName(QStringLiteral("revokedApiKeys"));
    m_revokedKeys->setMaximumHeight(52);
    m_revokedKeys->setPlaceholderText(tr("One api_key per line"));
    endpointForm->addRow(m_enabled);
    endpointForm->addRow(tr("Address:"), m_address);
    endpointForm->addRow(tr("Port:"), m_port);
    endpointForm->addRow(tr("Register API keys:"), m_newKeys);
    endpointForm->addRow(tr("Revoke API keys:"), m_revokedKeys);
    layout->addWidget(endpoint);

    auto *privacy = new QGroupBox(tr("Privacy"), this);
    auto *privacyForm = new QFormLayout(privacy);
    m_retention = new QSpinBox(privacy);
    m_retention->setObjectName(QStringLiteral("retentionDays"));
    m_retention->setRange(1, 3650);
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(settings.core.contactRetentionDays);
    privacyForm->addRow(tr("Keep reporters' contact details for:"), m_retention);
    auto *note = new QLabel(tr("Names, e-mail addresses and phone numbers are kept apart from the reports, never shown "
                               "in Vigie, to crews or in exports, and deleted after this period."), privacy);
    note->setWordWrap(true);
    privacyForm->addRow(note);
    layout->addWidget(privacy);

    layout->addWidget(new QLabel(tr("Messages to residents (Open311 status notes; {service}, {address}, {date}, {reason}):"), this));
    m_messages = new QTableWidget(int(std::size(kStates)), 3, this);
    m_messages->setObjectName(QStringLiteral("messages"));
    m_messages->setHorizontalHeaderLabels({tr("State"), tr("French"), tr("English")});
    m_messages->verticalHeader()->hide();
    m_messages->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_messages->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_messages->setWordWrap(true);
    int row = 0;
    for (ReportState state : kStates) {
        auto *label = new QTableWidgetItem(stateLabel(state));
        label->setFlags(Qt::ItemIsEnabled);
        label->setData(Qt::UserRole, int(state));
        m_messages->setItem(row, 0, label);
        m_messages->setItem(row, 1, new QTableWidgetItem(settings.templates.text(state, QStringLiteral("fr"))));
        m_messages->setItem(row, 2, new QTableWidgetItem(settings.templates.text(state, QStringLiteral("en"))));
        ++row;
    }
    m_messages->resizeColumnToContents(0);
    m_messages->resizeRowsToContents();
    layout->addWidget(m_messages, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(780, 700);
}

ReportDeskSettings ReportSettingsDialog::settings() const
{
    ReportDeskSettings s = m_initial;
    s.core.matchRadiusM = m_match->value();
    s.core.groupRadiusM = m_group->value();
    s.core.contactRetentionDays = m_retention->value();
    s.open311Enabled = m_enabled->isChecked();
    s.open311Address = m_address->text().trimmed().isEmpty() ? QStringLiteral("127.0.0.1") : m_address->text().trimmed();
    s.open311Port = m_port->value();
    const StatusTemplates defaults = StatusTemplates::defaults();
    for (int r = 0; r < m_messages->rowCount(); ++r) {
        const auto state = ReportState(m_messages->item(r, 0)->data(Qt::UserRole).toInt());
        const QString fr = m_messages->item(r, 1)->text().trimmed();
        const QString en = m_messages->item(r, 2)->text().trimmed();
        s.templates.setText(state, QStringLiteral("fr"), fr.isEmpty() ? defaults.text(state, QStringLiteral("fr")) : fr);
        s.templates.setText(state, QStringLiteral("en"), en.isEmpty() ? defaults.text(state, QStringLiteral("en")) : en);
    }
    return s;
}

QStringList ReportSettingsDialog::newApiKeys() const
{
    return lines(m_newKeys);
}

QStringList ReportSettingsDialog::revokedApiKeys() const
{
    return lines(m_revokedKeys);
}

} // namespace vigie
