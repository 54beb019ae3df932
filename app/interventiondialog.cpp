#include "interventiondialog.h"

#include "interventionmodel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigie {

namespace {

QString priorityText(AlarmPriority p)
{
    switch (p) {
    case AlarmPriority::Urgent: return InterventionDialog::tr("Urgent");
    case AlarmPriority::High: return InterventionDialog::tr("High");
    case AlarmPriority::Medium: return InterventionDialog::tr("Medium");
    case AlarmPriority::Low: return InterventionDialog::tr("Low");
    }
    return {};
}

} // namespace

QString InterventionDialog::termText(const QString &key)
{
    if (key == QLatin1String("alarmPriority")) return tr("Alarm priority");
    if (key == QLatin1String("openFor")) return tr("Open for");
    if (key == QLatin1String("slaLeft")) return tr("Time left (SLA)");
    if (key == QLatin1String("repeats")) return tr("Repeated alarms");
    if (key == QLatin1String("reports")) return tr("Citizen reports");
    if (key == QLatin1String("socialStakes")) return tr("Near schools, health and care");
    if (key == QLatin1String("night")) return tr("Dark at night");
    return key;
}

InterventionDialog::InterventionDialog(const Intervention &initial, const QStringList &assetLabels,
                                       std::function<PriorityBreakdown(const Intervention &)> score,
                                       const QVector<CrewChoice> &crews, QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
    , m_score(std::move(score))
    , m_crews(crews)
{
    setObjectName(QStringLiteral("interventionDialog"));
    setWindowTitle(initial.id ? tr("Intervention #%1").arg(initial.id) : tr("New intervention"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (InterventionKind k : {InterventionKind::Lighting, InterventionKind::Waste, InterventionKind::Roads, InterventionKind::Other})
        m_kind->addItem(InterventionModel::kindText(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(initial.kind)));
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priority"));
    for (AlarmPriority p : {AlarmPriority::Urgent, AlarmPriority::High, AlarmPriority::Medium, AlarmPriority::Low})
        m_priority->addItem(priorityText(p), int(p));
    m_priority->setCurrentIndex(m_priority->findData(int(initial.priority)));
    m_due = new QDateTimeEdit(this);
    m_due->setObjectName(QStringLiteral("due"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_due->setDateTime(initial.dueAtMs > 0 ? QDateTime::fromMSecsSinceEpoch(initial.dueAtMs).toLocalTime()
                                           : QDateTime::currentDateTime().addSecs(24 * 3600));
    m_due->setToolTip(tr("Set from the priority's service level; change it if the situation requires"));
    m_location = new QLineEdit(initial.location, this);
    m_location->setObjectName(QStringLiteral("location"));
    m_description = new QPlainTextEdit(initial.description, this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_assets = new QListWidget(this);
    m_assets->setObjectName(QStringLiteral("assets"));
    m_assets->addItems(assetLabels);
    m_assets->setMaximumHeight(80);
    form->addRow(tr("Service:"), m_kind);
    form->addRow(tr("Priority:"), m_priority);
    form->addRow(tr("Due:"), m_due);
    form->addRow(tr("Place:"), m_location);
    form->addRow(tr("Instructions:"), m_description);
    form->addRow(tr("Assets (%1):").arg(assetLabels.size()), m_assets);
    if (!initial.alarmIds.isEmpty())
        form->addRow(tr("Alarms:"), new QLabel(tr("%n alarm(s) answered", nullptr, int(initial.alarmIds.size())), this));
    if (!initial.reportIds.isEmpty()) {
        auto *reports = new QLabel(tr("%n citizen report(s) answered: their authors are informed of every step", nullptr,
                                      int(initial.reportIds.size())), this);
        reports->setObjectName(QStringLiteral("reports"));
        form->addRow(tr("Reports:"), reports);
    }
    layout->addLayout(form);

    m_scoreLabel = new QLabel(this);
    m_scoreLabel->setObjectName(QStringLiteral("score"));
    layout->addWidget(m_scoreLabel);
    m_breakdown = new QTableWidget(0, 3, this);
    m_breakdown->setObjectName(QStringLiteral("breakdown"));
    m_breakdown->setHorizontalHeaderLabels({tr("Why"), tr("Points"), tr("Because")});
    m_breakdown->verticalHeader()->hide();
    m_breakdown->horizontalHeader()->setStretchLastSection(true);
    m_breakdown->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_breakdown->setMaximumHeight(200);
    layout->addWidget(m_breakdown);

    layout->addWidget(new QLabel(tr("Crew (suggested: available, skilled, on shift, nearest by street):"), this));
    m_crewTable = new QTableWidget(int(crews.size()), 4, this);
    m_crewTable->setObjectName(QStringLiteral("crews"));
    m_crewTable->setHorizontalHeaderLabels({tr("Crew"), tr("State"), tr("Distance"), tr("Not suggested because")});
    m_crewTable->verticalHeader()->hide();
    m_crewTable->horizontalHeader()->setStretchLastSection(true);
    m_crewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_crewTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_crewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    int preselect = -1;
    for (int r = 0; r < crews.size(); ++r) {
        const CrewChoice &c = crews.at(r);
        const QStringList cells{c.name, c.state, c.distance, c.whyNot};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (!c.eligible)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_crewTable->setItem(r, col, item);
        }
        if (initial.crewId.isEmpty() ? (preselect < 0 && c.eligible) : c.crewId == initial.crewId)
            preselect = r;
    }
    if (preselect >= 0)
        m_crewTable->selectRow(preselect);
    m_crewTable->resizeColumnsToContents();
    layout->addWidget(m_crewTable, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(initial.id ? tr("Save") : tr("Create"));
    QPushButton *dispatch = buttons->addButton(initial.id ? tr("Save and dispatch") : tr("Create and dispatch"), QDialogButtonBox::AcceptRole);
    dispatch->setObjectName(QStringLiteral("saveAndDispatch"));
    connect(dispatch, &QPushButton::clicked, this, [this] { m_dispatch = true; });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_priority, &QComboBox::currentIndexChanged, this, [this] {
        if (m_initial.id == 0) { // a new one: the due time follows the priority's SLA until edited
            SlaPolicy sla;
            m_due->setDateTime(QDateTime::currentDateTime().addMSecs(sla.dueAfter(AlarmPriority(m_priority->currentData().toInt()))));
        }
        refreshScore();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &InterventionDialog::refreshScore);
    connect(m_due, &QDateTimeEdit::dateTimeChanged, this, &InterventionDialog::refreshScore);
    refreshScore();
    resize(720, 700);
}

Intervention InterventionDialog::intervention() const
{
    Intervention i = m_initial;
    i.kind = InterventionKind(m_kind->currentData().toInt());
    i.priority = AlarmPriority(m_priority->currentData().toInt());
    i.dueAtMs = m_due->dateTime().toMSecsSinceEpoch();
    i.location = m_location->text().trimmed();
    i.description = m_description->toPlainText().trimmed();
    if (m_score) {
        i.breakdown = m_score(i);
        i.score = i.breakdown.score;
    }
    return i;
}

QString InterventionDialog::crewId() const
{
    const QModelIndexList rows = m_crewTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_crews.at(rows.first().row()).crewId;
}

void InterventionDialog::refreshScore()
{
    if (!m_score)
        return;
    const PriorityBreakdown b = m_score(intervention());
    QLocale locale;
    m_scoreLabel->setText(tr("Priority score: <b>%1</b>").arg(locale.toString(b.score, 'f', 1)));
    m_breakdown->setRowCount(int(b.terms.size()));
    for (int r = 0; r < b.terms.size(); ++r) {
        const PriorityTerm &t = b.terms.at(r);
        m_breakdown->setItem(r, 0, new QTableWidgetItem(termText(t.key)));
        auto *points = new QTableWidgetItem(locale.toString(t.points, 'f', 1));
        points->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_breakdown->setItem(r, 1, points);
        m_breakdown->setItem(r, 2, new QTableWidgetItem(t.inputText));
    }
    m_breakdown->resizeColumnsToContents();
}

} // namespace vigie
