#include "interventiondock.h"

#include "interventioncontroller.h"
#include "interventiondialog.h"
#include "interventionmodel.h"
#include "interventions/interventionworkflow.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace vigie {

/// Scope, service and text filters of the table; sorted by priority score by default.
class InterventionFilterProxy final : public QSortFilterProxyModel
{
public:
    enum Scope { Open, Blocked, ClosedRecently, All };
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setScope(Scope s) { m_scope = s; invalidateFilter(); }
    void setKind(int kind) { m_kind = kind; invalidateFilter(); }
    void setText(const QString &t) { m_text = t.trimmed(); invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const auto *model = static_cast<InterventionModel *>(sourceModel());
        const Intervention *i = model->at(row);
        if (!i)
            return false;
        switch (m_scope) {
        case Open: if (isClosed(i->status)) return false; break;
        case Blocked: if (i->status != InterventionStatus::Blocked) return false; break;
        case ClosedRecently:
            if (!isClosed(i->status) || i->closedAtMs < QDateTime::currentMSecsSinceEpoch() - 24 * 3600'000LL)
                return false;
            break;
        case All: break;
        }
        if (m_kind >= 0 && int(i->kind) != m_kind)
            return false;
        if (m_text.isEmpty())
            return true;
        const QString hay = QStringLiteral("#%1 %2 %3 %4").arg(i->id).arg(i->location, i->description, i->crewId);
        return hay.contains(m_text, Qt::CaseInsensitive);
    }

private:
    Scope m_scope = Open;
    int m_kind = -1;
    QString m_text;
};

namespace {

/// One board column: the interventions in some statuses, as cards, most urgent first.
class BoardColumnProxy final : public QSortFilterProxyModel
{
public:
    BoardColumnProxy(QVector<InterventionStatus> statuses, QObject *parent)
        : QSortFilterProxyModel(parent), m_statuses(std::move(statuses))
    {
        setSortRole(InterventionModel::SortRole);
        setDynamicSortFilter(true);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole)
            return QSortFilterProxyModel::data(index, InterventionModel::CardRole);
        if (role == Qt::BackgroundRole) {
            const auto sla = SlaState(QSortFilterProxyModel::data(index, InterventionModel::SlaRole).toInt());
            if (sla == SlaState::Amber)
                return QColor(0xff, 0xe6, 0xb0);
            if (sla == SlaState::Red)
                return QColor(0xf8, 0xc0, 0xc0);
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const Intervention *i = static_cast<InterventionModel *>(sourceModel())->at(row);
        return i && m_statuses.contains(i->status);
    }

private:
    QVector<InterventionStatus> m_statuses;
};

} // namespace

InterventionDock::InterventionDock(InterventionController *controller, QWidget *parent)
    : QDockWidget(tr("Interventions"), parent)
    , m_controller(controller)
    , m_model(new InterventionModel(this))
    , m_proxy(new InterventionFilterProxy(this))
    , m_crews(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("interventionDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(InterventionModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    connect(controller, &InterventionController::changed, m_model, &InterventionModel::apply);
    connect(controller, &InterventionController::refused, this, [this](qint64, const QString &m) { showBanner(m); });
    connect(controller, &InterventionController::notice, this, &InterventionDock::showBanner);

    buildActions();
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(2, 2, 2, 2);
    m_banner = new QLabel(panel);
    m_banner->setObjectName(QStringLiteral("interventionBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff1c2; border: 1px solid #c99700; padding: 4px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *tools = new QToolBar(panel);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions({m_newAction, m_editAction, m_dispatchAction});
    auto *statusButton = new QToolButton(tools);
    statusButton->setText(tr("Status"));
    statusButton->setMenu(m_statusMenu);
    statusButton->setPopupMode(QToolButton::InstantPopup);
    tools->addWidget(statusButton);
    tools->addActions({m_noteAction, m_showAction, m_sheetAction});
    tools->addSeparator();
    tools->addActions({m_undoAction, m_redoAction});
    layout->addWidget(tools);

    m_tabs = new QTabWidget(panel);
    m_tabs->addTab(buildList(), tr("List"));
    m_tabs->addTab(buildBoard(), tr("Board"));
    m_tabs->addTab(buildCrews(), tr("Crews"));
    layout->addWidget(m_tabs, 1);
    setWidget(panel);
    for (QAction *a : {m_newAction, m_editAction, m_dispatchAction, m_noteAction, m_sheetAction, m_undoAction, m_redoAction})
        panel->addAction(a);
    updateActions();
}

void InterventionDock::buildActions()
{
    m_newAction = new QAction(tr("&New…"), this);
    m_newAction->setObjectName(QStringLiteral("newIntervention"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setToolTip(tr("New intervention for the selected alarms, or the assets selected on the map (Shift+drag) (Ctrl+N)"));
    connect(m_newAction, &QAction::triggered, this, &InterventionDock::createRequested);

    m_editAction = new QAction(tr("&Open…"), this);
    m_editAction->setObjectName(QStringLiteral("editIntervention"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (const QVector<qint64> ids = selectedIds(); !ids.isEmpty())
            emit editRequested(ids.first());
    });

    m_dispatchAction = new QAction(tr("&Dispatch"), this);
    m_dispatchAction->setObjectName(QStringLiteral("dispatchIntervention"));
    m_dispatchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_dispatchAction->setToolTip(tr("Send the selected interventions to their crews over MQTT (Ctrl+D)"));
    connect(m_dispatchAction, &QAction::triggered, this, [this] {
        for (qint64 id : selectedIds())
            m_controller->dispatch(id);
    });

    m_noteAction = new QAction(tr("N&ote…"), this);
    m_noteAction->setObjectName(QStringLiteral("noteIntervention"));
    m_noteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_noteAction, &QAction::triggered, this, &InterventionDock::addNote);

    m_showAction = new QAction(tr("Show on &map"), this);
    connect(m_showAction, &QAction::triggered, this, [this] {
        if (const QVector<qint64> ids = selectedIds(); !ids.isEmpty())
            emit showRequested(ids.first());
    });

    m_sheetAction = new QAction(tr("Work-order &sheet…"), this);
    m_sheetAction->setObjectName(QStringLiteral("interventionSheet"));
    m_sheetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_sheetAction, &QAction::triggered, this, [this] {
        if (const QVector<qint64> ids = selectedIds(); !ids.isEmpty())
            emit sheetRequested(ids);
    });
    m_crewSheetAction = new QAction(tr("Crew's &day sheet…"), this);
    connect(m_crewSheetAction, &QAction::triggered, this, [this] {
        const QModelIndex i = m_crewTable ? m_crewTable->currentIndex() : QModelIndex();
        if (i.isValid())
            emit crewSheetRequested(m_crews->index(i.row(), 0).data(Qt::UserRole).toString());
    });

    m_undoAction = m_controller->undoStack()->createUndoAction(this, tr("Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoIntervention"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_controller->undoStack()->createRedoAction(this, tr("Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoIntervention"));
    m_redoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));

    m_statusMenu = new QMenu(tr("Set &status"), this);
    const QVector<InterventionStatus> order{InterventionStatus::Accepted, InterventionStatus::EnRoute, InterventionStatus::OnSite,
                                            InterventionStatus::Done, InterventionStatus::Blocked, InterventionStatus::Cancelled,
                                            InterventionStatus::Reopened};
    for (InterventionStatus s : order) {
        QAction *a = m_statusMenu->addAction(InterventionModel::statusText(s) + (s == InterventionStatus::Blocked || s == InterventionStatus::Cancelled ? QStringLiteral("…") : QString()));
        a->setObjectName(QStringLiteral("status_") + interventionStatusKey(s));
        connect(a, &QAction::triggered, this, [this, s] { changeStatus(s); });
        m_statusActions.insert(int(s), a);
    }
}

QWidget *InterventionDock::buildList()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_scope = new QComboBox(page);
    m_scope->setObjectName(QStringLiteral("interventionScope"));
    m_scope->addItems({tr("Open"), tr("Blocked"), tr("Closed in the last 24 h"), tr("All")});
    connect(m_scope, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_proxy->setScope(InterventionFilterProxy::Scope(i)); });
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("interventionKind"));
    m_kind->addItem(tr("All services"), -1);
    for (InterventionKind k : {InterventionKind::Lighting, InterventionKind::Waste, InterventionKind::Roads, InterventionKind::Other})
        m_kind->addItem(InterventionModel::kindText(k), int(k));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setKind(m_kind->currentData().toInt()); });
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("interventionSearch"));
    m_search->setPlaceholderText(tr("Search number, place, crew…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) { m_proxy->setText(t); });
    filters->addWidget(m_scope);
    filters->addWidget(m_kind);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    auto *split = new QSplitter(Qt::Horizontal, page);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("interventionTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InterventionModel::Score, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(InterventionModel::Place, QHeaderView::Stretch);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &i) {
        emit editRequested(i.data(InterventionModel::InterventionIdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetail();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { updateActions(); updateDetail(); });
    m_detail = new QTextBrowser(split);
    m_detail->setObjectName(QStringLiteral("interventionDetail"));
    m_detail->setOpenLinks(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    return page;
}

QWidget *InterventionDock::buildBoard()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    const QVector<QPair<QString, QVector<InterventionStatus>>> columns{
        {tr("To assign"), {InterventionStatus::New, InterventionStatus::Reopened}},
        {tr("Assigned"), {InterventionStatus::Assigned}},
        {tr("Accepted"), {InterventionStatus::Accepted}},
        {tr("En route"), {InterventionStatus::EnRoute}},
        {tr("On site"), {InterventionStatus::OnSite}},
        {tr("Blocked"), {InterventionStatus::Blocked}},
    };
    for (const auto &column : columns) {
        auto *box = new QVBoxLayout;
        auto *title = new QLabel(page);
        auto *proxy = new BoardColumnProxy(column.second, page);
        proxy->setSourceModel(m_model);
        proxy->sort(InterventionModel::Score, Qt::DescendingOrder);
        auto updateTitle = [title, proxy, name = column.first] { title->setText(QStringLiteral("<b>%1</b> (%2)").arg(name.toHtmlEscaped()).arg(proxy->rowCount())); };
        connect(proxy, &QAbstractItemModel::rowsInserted, title, updateTitle);
        connect(proxy, &QAbstractItemModel::rowsRemoved, title, updateTitle);
        connect(proxy, &QAbstractItemModel::modelReset, title, updateTitle);
        connect(proxy, &QAbstractItemModel::layoutChanged, title, updateTitle);
        updateTitle();
        auto *list = new QListView(page);
        list->setObjectName(QStringLiteral("board_") + interventionStatusKey(column.second.first()));
        list->setModel(proxy);
        list->setSpacing(3);
        list->setWordWrap(true);
        list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        connect(list, &QListView::activated, this, [this](const QModelIndex &i) {
            emit editRequested(i.data(InterventionModel::InterventionIdRole).toLongLong());
        });
        connect(list, &QListView::clicked, this, [this](const QModelIndex &i) {
            selectIntervention(i.data(InterventionModel::InterventionIdRole).toLongLong());
            m_tabs->setCurrentIndex(1);
        });
        box->addWidget(title);
        box->addWidget(list, 1);
        layout->addLayout(box, 1);
    }
    return page;
}

QWidget *InterventionDock::buildCrews()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_crews->setHorizontalHeaderLabels({tr("Crew"), tr("State"), tr("Skills"), tr("Shift"), tr("Vehicle"), tr("Last position"), tr("Intervention")});
    m_crewTable = new QTableView(page);
    m_crewTable->setObjectName(QStringLiteral("crewTable"));
    m_crewTable->setModel(m_crews);
    m_crewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_crewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_crewTable->verticalHeader()->hide();
    m_crewTable->horizontalHeader()->setStretchLastSection(true);
    auto *tools = new QToolBar(page);
    tools->addAction(m_crewSheetAction);
    layout->addWidget(tools);
    layout->addWidget(m_crewTable, 1);
    return page;
}

void InterventionDock::setSlaPolicy(const SlaPolicy &sla)
{
    m_model->setSlaPolicy(sla);
}

void InterventionDock::setCrewNames(const QHash<QString, QString> &names)
{
    m_model->setCrewNames(names);
}

QVector<qint64> InterventionDock::selectedIds() const
{
    QVector<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << i.data(InterventionModel::InterventionIdRole).toLongLong();
    if (ids.isEmpty() && m_table->currentIndex().isValid())
        ids << m_table->currentIndex().data(InterventionModel::InterventionIdRole).toLongLong();
    return ids;
}

void InterventionDock::selectIntervention(qint64 id)
{
    QModelIndex source = m_model->indexOf(id);
    if (!source.isValid())
        return;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) { // filtered out: show everything
        m_scope->setCurrentIndex(InterventionFilterProxy::All);
        m_kind->setCurrentIndex(0);
        m_search->clear();
        index = m_proxy->mapFromSource(source);
    }
    m_tabs->setCurrentIndex(0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QString InterventionDock::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void InterventionDock::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void InterventionDock::updateActions()
{
    const QVector<qint64> ids = selectedIds();
    const Intervention one = ids.size() == 1 ? m_controller->intervention(ids.first()) : Intervention{};
    m_editAction->setEnabled(ids.size() == 1);
    m_noteAction->setEnabled(ids.size() == 1);
    m_showAction->setEnabled(ids.size() == 1);
    m_sheetAction->setEnabled(!ids.isEmpty());
    bool dispatchable = !ids.isEmpty();
    for (qint64 id : ids) {
        const Intervention i = m_controller->intervention(id);
        dispatchable = dispatchable && !i.crewId.isEmpty() && !isClosed(i.status) && i.dispatchedVersion < i.version;
    }
    m_dispatchAction->setEnabled(dispatchable);
    const QVector<InterventionStatus> next = one.id ? nextStatuses(one.status) : QVector<InterventionStatus>{};
    for (auto it = m_statusActions.cbegin(); it != m_statusActions.cend(); ++it)
        it.value()->setEnabled(next.contains(InterventionStatus(it.key())));
}

void InterventionDock::updateDetail()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.size() != 1) {
        m_detail->clear();
        return;
    }
    const Intervention i = m_controller->intervention(ids.first());
    QLocale locale;
    QString html = QStringLiteral("<h3>#%1 · %2</h3>").arg(i.id).arg(InterventionModel::statusText(i.status).toHtmlEscaped());
    if (i.status == InterventionStatus::Blocked)
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Blocked:").toHtmlEscaped(), i.blockedReason.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(i.description.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("<p><b>%1 %2</b></p><table>").arg(tr("Priority score").toHtmlEscaped(), locale.toString(i.breakdown.score, 'f', 1));
    for (const PriorityTerm &t : i.breakdown.terms)
        html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td>%3</td></tr>")
                    .arg(InterventionDialog::termText(t.key).toHtmlEscaped(), locale.toString(t.points, 'f', 1), t.inputText.toHtmlEscaped());
    html += QStringLiteral("</table><p>%1 %2 · %3</p>")
                .arg(tr("Version").toHtmlEscaped())
                .arg(i.version)
                .arg(i.isDispatched() ? tr("sent to the crew (version %1)").arg(i.dispatchedVersion).toHtmlEscaped()
                                      : tr("not sent").toHtmlEscaped());
    m_detail->setHtml(html);
}

void InterventionDock::changeStatus(InterventionStatus status)
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QString text;
    if (status == InterventionStatus::Blocked || status == InterventionStatus::Cancelled) {
        bool ok = false;
        text = QInputDialog::getText(this, status == InterventionStatus::Blocked ? tr("Blocked intervention") : tr("Cancel intervention"),
                                     tr("Reason:"), QLineEdit::Normal, {}, &ok).trimmed();
        if (!ok || (status == InterventionStatus::Blocked && text.isEmpty()))
            return;
    }
    for (qint64 id : ids)
        m_controller->setStatus(id, status, text);
}

void InterventionDock::addNote()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Note"), tr("Note for intervention #%1:").arg(ids.first()), {}, &ok).trimmed();
    if (ok && !text.isEmpty())
        m_controller->addNote(ids.first(), text);
}

} // namespace vigie
