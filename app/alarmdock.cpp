#include "alarmdock.h"

#include "alarmfilterproxy.h"
#include "alarmlistmodel.h"
#include "alarmtextdialog.h"
#include "shelvedialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace vigie {

namespace {

constexpr quint32 bit(int value) { return 1u << value; }
constexpr quint32 bit(AlarmState s) { return bit(int(s)); }
constexpr quint32 bit(AlarmPriority p) { return bit(int(p)); }

QString localTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

} // namespace

AlarmDock::AlarmDock(QWidget *parent)
    : QDockWidget(tr("Alarms"), parent)
    , m_model(new AlarmListModel(this))
    , m_proxy(new AlarmFilterProxy(this))
    , m_view(new QTreeView(this))
    , m_detail(new QTextBrowser(this))
    , m_counts(new QLabel(this))
    , m_priority(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_district(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_showRemoved(new QCheckBox(tr("Shel&ved and out of service"), this))
    , m_ackAction(new QAction(tr("&Acknowledge"), this))
    , m_ackPageAction(new QAction(tr("Acknowledge &page"), this))
    , m_shelveAction(new QAction(tr("&Shelve…"), this))
    , m_unshelveAction(new QAction(tr("&Unshelve"), this))
    , m_commentAction(new QAction(tr("&Comment…"), this))
    , m_removeAction(new QAction(tr("&Remove from service…"), this))
    , m_returnAction(new QAction(tr("Re&turn to service"), this))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("alarmDock"));
    auto *panel = new QWidget(this);

    m_ackAction->setObjectName(QStringLiteral("acknowledgeAlarms"));
    m_ackAction->setShortcut(QKeySequence(Qt::Key_F4));
    m_ackAction->setToolTip(tr("Acknowledge the selected alarms; a group acknowledges its alarms too (F4)"));
    m_ackPageAction->setObjectName(QStringLiteral("acknowledgePage"));
    m_ackPageAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F4));
    m_ackPageAction->setToolTip(tr("Acknowledge every unacknowledged alarm visible in the list (Shift+F4)"));
    m_shelveAction->setObjectName(QStringLiteral("shelveAlarms"));
    m_shelveAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_shelveAction->setToolTip(tr("Take the selected alarms out of the list for a while, with a reason (F6)"));
    m_unshelveAction->setObjectName(QStringLiteral("unshelveAlarms"));
    m_unshelveAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_unshelveAction->setToolTip(tr("Bring the selected shelved alarms back now (Shift+F6)"));
    m_commentAction->setObjectName(QStringLiteral("commentAlarm"));
    m_commentAction->setShortcut(QKeySequence(Qt::Key_F7));
    m_commentAction->setToolTip(tr("Add a comment to the current alarm's log (F7)"));
    m_removeAction->setObjectName(QStringLiteral("removeFromService"));
    m_removeAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_removeAction->setToolTip(tr("Remove the selected alarms from service, e.g. during maintenance, with a reason (F8)"));
    m_returnAction->setObjectName(QStringLiteral("returnToService"));
    m_returnAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_returnAction->setToolTip(tr("Put the selected alarms back in service (Shift+F8)"));
    // Acknowledging is the one action an operator needs from anywhere in the window.
    for (QAction *a : {m_ackAction, m_ackPageAction})
        a->setShortcutContext(Qt::WindowShortcut);
    for (QAction *a : {m_shelveAction, m_unshelveAction, m_commentAction, m_removeAction, m_returnAction})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *a : {m_ackAction, m_ackPageAction, m_shelveAction, m_unshelveAction, m_commentAction, m_removeAction, m_returnAction})
        panel->addAction(a);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    panel->addAction(find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    connect(m_ackAction, &QAction::triggered, this, [this] {
        const QVector<qint64> ids = acknowledgeableSelected();
        if (!ids.isEmpty())
            emit acknowledgeRequested(ids);
    });
    connect(m_ackPageAction, &QAction::triggered, this, [this] {
        const QVector<qint64> ids = acknowledgeableOnPage();
        if (!ids.isEmpty())
            emit acknowledgeRequested(ids);
    });
    connect(m_shelveAction, &QAction::triggered, this, &AlarmDock::shelveSelected);
    connect(m_unshelveAction, &QAction::triggered, this, [this] {
        const QVector<qint64> ids = withChildren(selectedIds(), [](const Alarm &a) { return a.state == AlarmState::Shelved; });
        if (!ids.isEmpty())
            emit unshelveRequested(ids);
    });
    connect(m_commentAction, &QAction::triggered, this, &AlarmDock::commentSelected);
    connect(m_removeAction, &QAction::triggered, this, &AlarmDock::removeSelected);
    connect(m_returnAction, &QAction::triggered, this, [this] {
        const QVector<qint64> ids = withChildren(selectedIds(), [](const Alarm &a) { return a.state == AlarmState::OutOfService; });
        if (!ids.isEmpty())
            emit returnToServiceRequested(ids);
    });

    auto *tools = new QToolBar(panel);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions({m_ackAction, m_ackPageAction});
    tools->addSeparator();
    tools->addActions({m_shelveAction, m_unshelveAction, m_commentAction});
    tools->addSeparator();
    tools->addActions({m_removeAction, m_returnAction});
    m_counts->setObjectName(QStringLiteral("alarmCounts"));
    tools->addSeparator();
    tools->addWidget(m_counts);

    auto *bar = new QWidget(panel);
    buildFilters(bar);

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("alarmList"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setRootIsDecorated(true);
    m_view->setExpandsOnDoubleClick(false); // double click shows on the map; the arrow expands
    m_view->setSortingEnabled(false);       // fixed order: priority, then newest
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AlarmListModel::Condition, QHeaderView::Stretch);
    m_view->setColumnWidth(AlarmListModel::Priority, 140); // room for a child's indentation
    m_view->setColumnWidth(AlarmListModel::State, 190);
    m_view->setColumnWidth(AlarmListModel::LastActive, 150);
    m_view->setColumnWidth(AlarmListModel::Asset, 260);
    m_view->setColumnWidth(AlarmListModel::AssetKindColumn, 110);
    m_view->setColumnWidth(AlarmListModel::District, 150);
    m_view->setColumnWidth(AlarmListModel::Count, 60);
    m_detail->setObjectName(QStringLiteral("alarmDetail"));
    m_detail->setOpenLinks(false);

    auto *split = new QSplitter(Qt::Horizontal, panel);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(tools);
    layout->addWidget(bar);
    layout->addWidget(split, 1);
    setWidget(panel);

    // Enter, and double click (or single click where the desktop activates on one).
    connect(m_view, &QTreeView::activated, this, &AlarmDock::showOnMap);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlarmDock::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AlarmDock::updateDetail);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AlarmDock::updateActions);
    // A large delta resets the model: keep what the operator had selected.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptSelection = selectedIds();
        const QModelIndex current = m_view->currentIndex();
        m_keptCurrent = current.isValid() ? current.data(AlarmListModel::AlarmIdRole).toLongLong() : 0;
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        QItemSelection selection;
        for (qint64 id : std::as_const(m_keptSelection)) {
            const QModelIndex i = m_proxy->mapFromSource(m_model->indexOf(id));
            if (i.isValid())
                selection.select(i, i.siblingAtColumn(AlarmListModel::ColumnCount - 1));
        }
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        const QModelIndex current = m_proxy->mapFromSource(m_model->indexOf(m_keptCurrent));
        if (current.isValid())
            m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_keptSelection.clear();
        m_keptCurrent = 0;
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, [this] { updateCounts(); });
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCounts();
        updateActions();
        updateDetail();
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && current.parent() == from.parent() && current.row() >= from.row() && current.row() <= to.row())
            updateDetail();
    });
    updateActions();
    updateCounts();
    updateDetail();
}

AlarmDock::~AlarmDock() = default;

void AlarmDock::buildFilters(QWidget *bar)
{
    m_priority->setObjectName(QStringLiteral("alarmPriorityFilter"));
    m_priority->addItem(tr("All priorities"), AlarmFilterProxy::allPriorities);
    m_priority->addItem(AlarmListModel::priorityLabel(AlarmPriority::Urgent), bit(AlarmPriority::Urgent));
    m_priority->addItem(tr("Urgent and high"), bit(AlarmPriority::Urgent) | bit(AlarmPriority::High));
    for (AlarmPriority p : {AlarmPriority::High, AlarmPriority::Medium, AlarmPriority::Low})
        m_priority->addItem(AlarmListModel::priorityLabel(p), bit(p));

    m_kind->setObjectName(QStringLiteral("alarmKindFilter"));
    m_kind->addItem(tr("All kinds"), AlarmFilterProxy::allKinds);
    for (int k = 0; k < kAlarmRuleKindCount; ++k)
        m_kind->addItem(AlarmListModel::ruleKindLabel(AlarmRuleKind(k)), bit(k));

    m_district->setObjectName(QStringLiteral("alarmDistrictFilter"));
    m_district->addItem(tr("All districts"), QString());
    m_district->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_state->setObjectName(QStringLiteral("alarmStateFilter"));
    m_state->addItem(tr("All states"), AlarmFilterProxy::allStates);
    m_state->addItem(tr("To acknowledge"), bit(AlarmState::Unacknowledged) | bit(AlarmState::ReturnedUnacknowledged));
    for (AlarmState s : {AlarmState::Unacknowledged, AlarmState::Acknowledged, AlarmState::ReturnedUnacknowledged,
                         AlarmState::Shelved, AlarmState::SuppressedByDesign, AlarmState::OutOfService})
        m_state->addItem(AlarmListModel::stateLabel(s), bit(s));

    m_search->setObjectName(QStringLiteral("alarmSearch"));
    m_search->setPlaceholderText(tr("Search asset, address, district, condition… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_showRemoved->setObjectName(QStringLiteral("alarmShowRemoved"));
    m_showRemoved->setToolTip(tr("Also list shelved, suppressed-by-design and out-of-service alarms"));

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_priority, m_kind, m_district, m_state})
        layout->addWidget(w);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_showRemoved);
    for (QComboBox *c : {m_priority, m_kind, m_district, m_state})
        connect(c, &QComboBox::currentIndexChanged, this, &AlarmDock::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &AlarmDock::applyFilters);
    connect(m_showRemoved, &QCheckBox::toggled, this, &AlarmDock::applyFilters);
}

void AlarmDock::applyFilters()
{
    m_proxy->setPriorities(m_priority->currentData().toUInt());
    m_proxy->setRuleKinds(m_kind->currentData().toUInt());
    m_proxy->setDistrict(m_district->currentData().toString());
    m_proxy->setStates(m_state->currentData().toUInt());
    m_proxy->setSearchText(m_search->text());
    m_proxy->setShowRemoved(m_showRemoved->isChecked());
    updateCounts();
}

void AlarmDock::resetFilters()
{
    for (QComboBox *c : {m_priority, m_kind, m_district, m_state})
        c->setCurrentIndex(0);
    m_search->clear();
    m_showRemoved->setChecked(false);
}

void AlarmDock::showGroups()
{
    m_kind->setCurrentIndex(m_kind->findData(bit(int(AlarmRuleKind::Group))));
    show();
    raise();
    m_view->setFocus();
}

void AlarmDock::setCity(AssetDirectoryPtr directory, AssetGroupTable groups)
{
    m_model->setCity(std::move(directory), std::move(groups));
    const QString chosen = m_district->currentData().toString();
    m_district->blockSignals(true);
    while (m_district->count() > 1)
        m_district->removeItem(1);
    for (const QString &d : m_model->districts())
        m_district->addItem(d, d);
    m_district->setCurrentIndex(std::max(0, m_district->findData(chosen)));
    m_district->blockSignals(false);
    applyFilters();
}

void AlarmDock::setRules(const AlarmRules &rules)
{
    m_model->setRules(rules);
    updateDetail();
}

void AlarmDock::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void AlarmDock::applyDelta(const AlarmDelta &delta)
{
    m_model->applyDelta(delta);
    updateCounts();
    updateActions();
}

QVector<qint64> AlarmDock::selectedIds() const
{
    QVector<qint64> ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return m_view->visualRect(a).top() < m_view->visualRect(b).top();
    });
    for (const QModelIndex &i : std::as_const(rows))
        ids << i.data(AlarmListModel::AlarmIdRole).toLongLong();
    return ids;
}

QVector<qint64> AlarmDock::withChildren(const QVector<qint64> &ids, const std::function<bool(const Alarm &)> &keep) const
{
    QVector<qint64> out;
    QSet<qint64> seen;
    const auto add = [&](qint64 id) {
        const Alarm *a = m_model->alarm(id);
        if (a && keep(*a) && !seen.contains(id)) {
            seen.insert(id);
            out << id;
        }
    };
    for (qint64 id : ids) {
        add(id);
        const Alarm *a = m_model->alarm(id);
        if (a && a->kind == AlarmRuleKind::Group) {
            for (qint64 child : m_model->childrenOf(id))
                add(child);
        }
    }
    return out;
}

QVector<qint64> AlarmDock::acknowledgeableSelected() const
{
    return withChildren(selectedIds(), [](const Alarm &a) { return a.needsAttention(); });
}

QVector<qint64> AlarmDock::acknowledgeableOnPage() const
{
    // What the operator sees: from the row at the top of the viewport down to its bottom,
    // expanded children included; a collapsed group brings its children (its line stands for them).
    QVector<qint64> ids;
    const int height = m_view->viewport()->height();
    for (QModelIndex i = m_view->indexAt(QPoint(1, 1)); i.isValid(); i = m_view->indexBelow(i)) {
        if (m_view->visualRect(i).top() >= height)
            break;
        ids << i.siblingAtColumn(0).data(AlarmListModel::AlarmIdRole).toLongLong();
        if (i.parent().isValid() || m_view->isExpanded(i.siblingAtColumn(0)))
            continue;
        const Alarm *a = m_model->alarm(ids.last());
        if (a && a->kind == AlarmRuleKind::Group)
            ids += m_model->childrenOf(a->id);
    }
    return withChildren(ids, [](const Alarm &a) { return a.needsAttention(); });
}

void AlarmDock::updateActions()
{
    bool attention = false, shelved = false, outOfService = false, other = false;
    const QVector<qint64> ids = withChildren(selectedIds(), [](const Alarm &) { return true; });
    for (qint64 id : ids) {
        const Alarm *a = m_model->alarm(id);
        if (!a)
            continue;
        attention |= a->needsAttention();
        shelved |= a->state == AlarmState::Shelved;
        outOfService |= a->state == AlarmState::OutOfService;
        other |= a->state != AlarmState::Shelved && a->state != AlarmState::OutOfService;
    }
    m_ackAction->setEnabled(attention);
    m_shelveAction->setEnabled(other);
    m_unshelveAction->setEnabled(shelved);
    m_commentAction->setEnabled(m_view->currentIndex().isValid());
    m_removeAction->setEnabled(other);
    m_returnAction->setEnabled(outOfService);
}

void AlarmDock::updateCounts()
{
    const int attention = m_model->attentionCount();
    const int urgent = m_model->urgentAttentionCount();
    QString text = tr("%n alarm(s)", nullptr, m_model->alarmCount()) + QStringLiteral(" · ")
                   + tr("%n to acknowledge", nullptr, attention);
    if (urgent > 0)
        text += QStringLiteral(" · ") + tr("%n urgent", nullptr, urgent);
    if (m_proxy->isFiltering())
        text += QStringLiteral(" · ") + tr("filtered: %n line(s) shown", nullptr, m_proxy->rowCount());
    m_counts->setText(text);
}

void AlarmDock::updateDetail()
{
    const Alarm *a = m_model->alarmAt(m_proxy->mapToSource(m_view->currentIndex()));
    if (!a) {
        m_detail->setHtml(tr("<p>Select an alarm to see what it means and what to do.</p>"
                             "<p><b>F4</b> acknowledge · <b>Shift+F4</b> acknowledge page · <b>F6</b> shelve · "
                             "<b>F7</b> comment · <b>F8</b> remove from service · <b>Enter</b> show on the map</p>"));
        return;
    }
    const auto row = [](const QString &label, const QString &value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1 — %2</h3>").arg(AlarmListModel::priorityLabel(a->priority).toHtmlEscaped(),
                                                          m_model->assetText(*a).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"2\">");
    const auto header = [this](int column) { return m_model->headerData(column, Qt::Horizontal).toString(); };
    html += row(header(AlarmListModel::State), AlarmListModel::stateLabel(a->state));
    html += row(header(AlarmListModel::Condition), a->detail.isEmpty() ? AlarmListModel::ruleKindLabel(a->kind)
                                                     : AlarmListModel::ruleKindLabel(a->kind) + QStringLiteral(" : ") + a->detail);
    html += row(tr("Condition present"), a->conditionActive ? tr("yes") : tr("no"));
    html += row(header(AlarmListModel::District), m_model->district(*a));
    html += row(tr("First activation"), localTime(a->firstActiveMs));
    html += row(header(AlarmListModel::LastActive), localTime(a->lastActiveMs));
    html += row(tr("Last change"), localTime(a->lastChangeMs));
    html += row(tr("Activations"), QString::number(a->count));
    if (a->state == AlarmState::Shelved) {
        html += row(tr("Shelved until"), localTime(a->shelvedUntilMs));
        html += row(tr("Reason"), a->shelveReason);
    }
    if (a->state == AlarmState::SuppressedByDesign)
        html += row(tr("Suppressed by"), a->suppressedBy);
    if (a->hasIntervention)
        html += row(tr("Intervention"), tr("assigned"));
    if (a->assetIndex >= 0)
        html += row(tr("Asset id"), a->assetId);
    html += QStringLiteral("</table>");
    if (const AlarmRule *r = m_model->rule(a->ruleId)) {
        if (!r->consequence.isEmpty())
            html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("Consequence").toHtmlEscaped(), r->consequence.toHtmlEscaped());
        if (!r->response.isEmpty())
            html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("Response").toHtmlEscaped(), r->response.toHtmlEscaped());
    }
    if (a->kind == AlarmRuleKind::Group) {
        const QVector<qint64> children = m_model->childrenOf(a->id);
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("%n grouped alarm(s) listed", nullptr, int(children.size())).toHtmlEscaped());
        for (int k = 0; k < std::min<int>(20, int(children.size())); ++k) {
            if (const Alarm *c = m_model->alarm(children.at(k)))
                html += QStringLiteral("<li>%1 — %2</li>").arg(m_model->assetText(*c).toHtmlEscaped(), c->detail.toHtmlEscaped());
        }
        if (children.size() > 20)
            html += QStringLiteral("<li>…</li>");
        html += QStringLiteral("</ul>");
    }
    m_detail->setHtml(html);
}

void AlarmDock::showOnMap(const QModelIndex &proxyIndex)
{
    const Alarm *a = m_model->alarmAt(m_proxy->mapToSource(proxyIndex));
    if (!a)
        return;
    if (a->isSubjectAlarm()) {
        emit subjectRequested(a->assetId);
        return;
    }
    QVector<qint32> assets;
    if (a->assetIndex >= 0) {
        assets << a->assetIndex;
    } else {
        for (qint64 child : m_model->childrenOf(a->id)) {
            if (const Alarm *c = m_model->alarm(child); c && c->assetIndex >= 0)
                assets << c->assetIndex;
        }
    }
    if (!assets.isEmpty())
        emit assetsRequested(assets);
}

void AlarmDock::shelveSelected()
{
    const QVector<qint64> ids = withChildren(selectedIds(), [](const Alarm &a) {
        return a.state != AlarmState::Shelved && a.state != AlarmState::OutOfService;
    });
    if (ids.isEmpty())
        return;
    ShelveDialog dialog(int(ids.size()), m_clock(), ShelveDialog::shiftChangesFromSettings(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit shelveRequested(ids, dialog.reason(), dialog.untilMs());
}

void AlarmDock::commentSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.siblingAtColumn(0).data(AlarmListModel::AlarmIdRole).toLongLong();
    AlarmTextDialog dialog(tr("Comment on the alarm"), tr("Your comment is added to the alarm's log, with your name and the time:"), this);
    if (dialog.exec() == QDialog::Accepted)
        emit commentRequested(id, dialog.text());
}

void AlarmDock::removeSelected()
{
    const QVector<qint64> ids = withChildren(selectedIds(), [](const Alarm &a) {
        return a.state != AlarmState::Shelved && a.state != AlarmState::OutOfService;
    });
    if (ids.isEmpty())
        return;
    AlarmTextDialog dialog(tr("Remove %n alarm(s) from service", nullptr, int(ids.size())),
                           tr("Out of service, an alarm is not raised until it is put back in service. "
                              "Why (maintenance, works…)?"),
                           this);
    if (dialog.exec() == QDialog::Accepted)
        emit removeFromServiceRequested(ids, dialog.text());
}

} // namespace vigie
