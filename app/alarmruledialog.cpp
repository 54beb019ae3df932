#include "alarmruledialog.h"

#include "alarmrulemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace vigie {

namespace {

/// Combo boxes for the enumerated columns (AlarmRuleModel::choices()), the default editors elsewhere.
class RuleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto choices = AlarmRuleModel::choices(index.column());
        if (choices.isEmpty())
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        for (const auto &c : choices)
            combo->addItem(c.text, c.key);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentData(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

} // namespace

AlarmRuleDialog::AlarmRuleDialog(const AlarmRules &rules, AssetDirectoryPtr directory, QWidget *parent)
    : QDialog(parent)
    , m_directory(std::move(directory))
    , m_model(new AlarmRuleModel(this))
    , m_view(new QTableView(this))
    , m_problems(new QLabel(this))
    , m_override(new QPushButton(tr("Add asset &override…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("alarmRuleDialog"));
    setWindowTitle(tr("Alarm rules"));
    resize(1100, 520);
    m_model->setRules(rules);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RuleDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->resizeColumnsToContents();
    m_view->setWordWrap(false);

    auto *add = new QPushButton(tr("&Add rule"), this);
    m_override->setToolTip(tr("A copy of the selected rule for one asset only; it replaces the rule for that asset"));
    m_delete->setShortcut(QKeySequence::Delete);
    auto *actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(m_override);
    actions->addWidget(m_delete);
    actions->addStretch();

    m_problems->setObjectName(QStringLiteral("ruleProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(add, &QPushButton::clicked, this, &AlarmRuleDialog::addRule);
    connect(m_override, &QPushButton::clicked, this, &AlarmRuleDialog::askOverride);
    connect(m_delete, &QPushButton::clicked, this, &AlarmRuleDialog::deleteSelected);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AlarmRuleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AlarmRuleDialog::reject);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlarmRuleDialog::updateProblems);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AlarmRuleDialog::updateProblems);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AlarmRuleDialog::updateProblems);
    updateProblems();
}

AlarmRuleDialog::~AlarmRuleDialog() = default;

AlarmRules AlarmRuleDialog::rules() const
{
    return m_model->rules();
}

QStringList AlarmRuleDialog::problems() const
{
    return m_model->problems();
}

void AlarmRuleDialog::addRule()
{
    AlarmRule rule;
    rule.key = tr("new.rule");
    rule.kind = AlarmRuleKind::Threshold;
    rule.assetKind = AssetKind::WasteContainer;
    rule.quantity = QStringLiteral("fillingLevel");
    rule.setpoint = 0.8;
    rule.deadband = 0.1;
    const int row = m_model->addRule(rule);
    m_view->selectRow(row);
    m_view->edit(m_model->index(row, AlarmRuleModel::Key));
}

bool AlarmRuleDialog::addOverride(const QString &assetId)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_problems->setText(tr("Select the rule to override first."));
        return false;
    }
    QString id = assetId.trimmed();
    if (m_directory) {
        int index = m_directory->indexOf(id);
        if (index < 0) { // an inventory reference: the asset of the rule's kind that has it
            const AssetKind kind = m_model->rules().at(current.row()).assetKind;
            for (int i = 0; i < m_directory->size() && index < 0; ++i)
                if (m_directory->at(i).kind == kind && m_directory->at(i).ref == id)
                    index = i;
        }
        if (index < 0) {
            m_problems->setText(tr("No asset \"%1\" in this city.").arg(id));
            return false;
        }
        id = m_directory->at(index).id;
        if (m_directory->at(index).kind != m_model->rules().at(current.row()).assetKind) {
            m_problems->setText(tr("\"%1\" is not a %2: the rule does not apply to it.")
                                    .arg(id, assetKindName(m_model->rules().at(current.row()).assetKind)));
            return false;
        }
    } else if (id.isEmpty()) {
        return false;
    }
    const int row = m_model->addOverride(current.row(), id);
    m_view->selectRow(row);
    return true;
}

void AlarmRuleDialog::askOverride()
{
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("Asset override"),
                                             tr("Asset id (URN) or inventory reference of the asset this rule applies to:"),
                                             QLineEdit::Normal, {}, &ok);
    if (ok)
        addOverride(id);
}

void AlarmRuleDialog::deleteSelected()
{
    QVector<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    m_model->removeRows(rows);
}

void AlarmRuleDialog::accept()
{
    updateProblems();
    if (!m_model->problems().isEmpty())
        return; // the problems are listed; OK is disabled anyway
    QDialog::accept();
}

void AlarmRuleDialog::updateProblems()
{
    const QStringList problems = m_model->problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    const bool current = m_view->currentIndex().isValid() || m_model->rowCount() > 0;
    m_override->setEnabled(current);
    m_delete->setEnabled(m_model->rowCount() > 0);
}

} // namespace vigie
