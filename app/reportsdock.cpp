#include "reportsdock.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace vigie {

namespace {

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString metresText(double m)
{
    if (!(m == m))
        return {};
    return ReportsDock::tr("%1 m").arg(qRound(m));
}

/// A read-only item holding `text` as plain text (the default delegate never renders markup).
QStandardItem *cell(const QString &text)
{
    auto *item = new QStandardItem;
    item->setData(text, Qt::DisplayRole);
    item->setEditable(false);
    return item;
}

/// One line of resident text for a tree cell: newlines and tabs folded, at most 120 characters.
QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > 120)
        line = line.left(119) + QChar(0x2026);
    return line;
}

} // namespace

ReportsDock::ReportsDock(QWidget *parent)
    : QDockWidget(tr("Citizen reports"), parent)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("reportsDock"));
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(2, 2, 2, 2);

    m_banner = new QLabel(panel);
    m_banner->setObjectName(QStringLiteral("reportsBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff1c2; border: 1px solid #c99700; padding: 4px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_confirm = new QAction(tr("&Confirm group"), this);
    m_confirm->setObjectName(QStringLiteral("confirmReportGroup"));
    m_confirm->setToolTip(tr("These reports are the same problem: keep the group as it is"));
    connect(m_confirm, &QAction::triggered, this, [this] {
        if (const qint64 g = selectedGroupId())
            emit confirmRequested(g);
    });
    m_split = new QAction(tr("S&plit"), this);
    m_split->setObjectName(QStringLiteral("splitReport"));
    m_split->setToolTip(tr("The selected report is another problem: move it to a group of its own"));
    connect(m_split, &QAction::triggered, this, [this] {
        if (const qint64 r = selectedReportId())
            emit splitRequested(r);
    });
    m_link = new QAction(tr("&Link…"), this);
    m_link->setObjectName(QStringLiteral("linkReportGroup"));
    m_link->setToolTip(tr("Link the group to an alarm or an intervention already open"));
    connect(m_link, &QAction::triggered, this, [this] {
        if (const qint64 g = selectedGroupId())
            emit linkRequested(g);
    });
    m_create = new QAction(tr("&Intervention…"), this);
    m_create->setObjectName(QStringLiteral("interventionFromReports"));
    m_create->setToolTip(tr("Create an intervention for this group: its residents are informed of every step"));
    connect(m_create, &QAction::triggered, this, [this] {
        if (const qint64 g = selectedGroupId())
            emit createInterventionRequested(g);
    });
    m_show = new QAction(tr("Show on &map"), this);
    m_show->setObjectName(QStringLiteral("showReportGroup"));
    connect(m_show, &QAction::triggered, this, [this] {
        if (const qint64 g = selectedGroupId())
            emit showRequested(g);
    });
    m_settings = new QAction(tr("&Settings…"), this);
    m_settings->setObjectName(QStringLiteral("reportSettings"));
    connect(m_settings, &QAction::triggered, this, &ReportsDock::settingsRequested);

    auto *tools = new QToolBar(panel);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions({m_confirm, m_split, m_link, m_create, m_show});
    tools->addSeparator();
    tools->addAction(m_settings);
    auto *top = new QHBoxLayout;
    m_scopeBox = new QComboBox(panel);
    m_scopeBox->setObjectName(QStringLiteral("reportScope"));
    m_scopeBox->addItems({tr("Inbox: new groups"), tr("Open"), tr("Closed"), tr("All")});
    connect(m_scopeBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_scope = Scope(i);
        rebuild();
    });
    top->addWidget(m_scopeBox);
    top->addWidget(tools, 1);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, panel);
    m_view = new QTreeView(split);
    m_view->setObjectName(QStringLiteral("reportTree"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    m_model->setHorizontalHeaderLabels(
        {tr("Problem"), tr("Residents"), tr("Matched asset"), tr("Distance"), tr("State"), tr("Received"), tr("Place")});
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateDetail();
    });
    connect(m_view, &QTreeView::activated, this, [this] {
        if (const qint64 g = selectedGroupId())
            emit showRequested(g);
    });
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    m_detail = new QLabel(scroll);
    m_detail->setObjectName(QStringLiteral("reportDetail"));
    m_detail->setTextFormat(Qt::PlainText); // residents' words: never markup, never links
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMargin(6);
    scroll->setWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    setWidget(panel);
    updateActions();
}

void ReportsDock::setContext(const ServiceCatalog &catalog, AssetDirectoryPtr directory, const QString &lang)
{
    m_catalog = catalog;
    m_directory = std::move(directory);
    m_lang = lang;
    rebuild();
}

void ReportsDock::setReports(const QHash<qint64, ReportGroup> &groups, const QHash<qint64, CitizenReport> &reports)
{
    m_groups = groups;
    m_reports = reports;
    rebuild();
}

void ReportsDock::setScope(Scope scope)
{
    m_scopeBox->setCurrentIndex(int(scope)); // rebuilds
}

bool ReportsDock::accepts(const ReportGroup &g) const
{
    switch (m_scope) {
    case Inbox: return g.open && !g.confirmed && g.alarmId == 0 && g.interventionId == 0;
    case Open: return g.open;
    case Closed: return !g.open;
    case All: return true;
    }
    return true;
}

QString ReportsDock::serviceName(const QString &code) const
{
    const ServiceDefinition *s = m_catalog.find(code);
    return s ? s->name(m_lang) : code;
}

QString ReportsDock::assetText(const QString &assetId) const
{
    if (assetId.isEmpty())
        return tr("none within reach");
    const int index = m_directory ? m_directory->indexOf(assetId) : -1;
    if (index < 0)
        return assetId;
    const AssetRecord &r = m_directory->at(index);
    return r.label.isEmpty() ? r.ref : QStringLiteral("%1 – %2").arg(r.ref, r.label);
}

QString ReportsDock::stateText(ReportState state)
{
    switch (state) {
    case ReportState::Received: return tr("Received");
    case ReportState::Acknowledged: return tr("Intervention created");
    case ReportState::Scheduled: return tr("A crew has it");
    case ReportState::InProgress: return tr("Crew on the way or on site");
    case ReportState::Blocked: return tr("Held up");
    case ReportState::Resolved: return tr("Fixed (closed)");
    case ReportState::Declined: return tr("Not handled (closed)");
    }
    return {};
}

QString ReportsDock::groupStateText(const ReportGroup &g) const
{
    QStringList parts;
    if (!g.open)
        parts << tr("Closed");
    else if (!g.confirmed && g.alarmId == 0 && g.interventionId == 0)
        parts << tr("New");
    else if (g.confirmed)
        parts << tr("Confirmed");
    if (g.interventionId)
        parts << (m_interventionText ? m_interventionText(g.interventionId) : tr("Intervention #%1").arg(g.interventionId));
    if (g.alarmId)
        parts << tr("Alarm #%1").arg(g.alarmId);
    return parts.join(QStringLiteral(" · "));
}

void ReportsDock::rebuild()
{
    const qint64 selectedGroup = selectedGroupId();
    const qint64 selectedReport = selectedReportId();
    QSet<qint64> expanded;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        if (m_view->isExpanded(i))
            expanded.insert(i.data(GroupIdRole).toLongLong());
    }

    QHash<qint64, QVector<const CitizenReport *>> byGroup;
    for (const CitizenReport &r : std::as_const(m_reports))
        byGroup[r.groupId] << &r;
    QVector<const ReportGroup *> groups;
    for (const ReportGroup &g : std::as_const(m_groups))
        if (accepts(g))
            groups << &g;
    // Busy problems first, then the newest.
    std::sort(groups.begin(), groups.end(), [](const ReportGroup *a, const ReportGroup *b) {
        if (a->open != b->open)
            return a->open;
        if (a->reportCount != b->reportCount)
            return a->reportCount > b->reportCount;
        return a->updatedAtMs != b->updatedAtMs ? a->updatedAtMs > b->updatedAtMs : a->id > b->id;
    });

    m_model->removeRows(0, m_model->rowCount());
    QModelIndex toSelect;
    for (const ReportGroup *g : std::as_const(groups)) {
        QVector<const CitizenReport *> reports = byGroup.value(g->id);
        std::sort(reports.begin(), reports.end(), [](const CitizenReport *a, const CitizenReport *b) {
            return a->requestedAtMs != b->requestedAtMs ? a->requestedAtMs < b->requestedAtMs : a->id < b->id;
        });
        double nearest = std::numeric_limits<double>::quiet_NaN(), farthest = nearest;
        QString place;
        qint64 firstAt = 0;
        for (const CitizenReport *r : std::as_const(reports)) {
            if (r->matchedDistanceM == r->matchedDistanceM && r->matchedAssetId == g->assetId) {
                nearest = nearest == nearest ? std::min(nearest, r->matchedDistanceM) : r->matchedDistanceM;
                farthest = farthest == farthest ? std::max(farthest, r->matchedDistanceM) : r->matchedDistanceM;
            }
            if (place.isEmpty())
                place = oneLine(r->addressString);
            if (!firstAt)
                firstAt = r->requestedAtMs;
        }
        const int residents = std::max(g->reportCount, int(reports.size()));
        QString distance;
        if (nearest == nearest)
            distance = qRound(nearest) == qRound(farthest) ? metresText(nearest)
                                                           : tr("%1–%2 m").arg(qRound(nearest)).arg(qRound(farthest));
        QList<QStandardItem *> row{cell(serviceName(g->serviceCode)),
                                   cell(QString::number(residents)),
                                   cell(g->assetId.isEmpty() ? tr("none within reach") : assetText(g->assetId)),
                                   cell(distance),
                                   cell(groupStateText(*g)),
                                   cell(timeText(firstAt ? firstAt : g->createdAtMs)),
                                   cell(place)};
        row.at(0)->setData(g->id, GroupIdRole);
        row.at(1)->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        QFont bold = row.at(0)->font();
        bold.setBold(g->open && !g->confirmed && g->alarmId == 0 && g->interventionId == 0);
        row.at(0)->setFont(bold);
        for (const CitizenReport *r : std::as_const(reports)) {
            const QString problem = r->description.trimmed().isEmpty() ? tr("#%1 (no description)").arg(r->id)
                                                                       : QStringLiteral("#%1 %2").arg(r->id).arg(oneLine(r->description));
            QList<QStandardItem *> child{cell(problem),
                                         cell(QString()),
                                         cell(r->matchedAssetId.isEmpty() ? QString() : assetText(r->matchedAssetId)),
                                         cell(metresText(r->matchedDistanceM)),
                                         cell(stateText(r->state)),
                                         cell(timeText(r->requestedAtMs)),
                                         cell(oneLine(r->addressString))};
            child.at(0)->setData(g->id, GroupIdRole);
            child.at(0)->setData(r->id, ReportIdRole);
            row.at(0)->appendRow(child);
        }
        m_model->appendRow(row);
        const QModelIndex index = row.at(0)->index();
        if (expanded.contains(g->id))
            m_view->setExpanded(index, true);
        if (g->id == selectedGroup) {
            toSelect = index;
            for (int c = 0; c < row.at(0)->rowCount(); ++c)
                if (selectedReport && row.at(0)->child(c)->data(ReportIdRole).toLongLong() == selectedReport)
                    toSelect = row.at(0)->child(c)->index();
        }
    }
    if (toSelect.isValid())
        m_view->selectionModel()->setCurrentIndex(toSelect, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_view->resizeColumnToContents(c);
    updateActions();
    updateDetail();
}

qint64 ReportsDock::selectedGroupId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(GroupIdRole).toLongLong() : 0;
}

qint64 ReportsDock::selectedReportId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(ReportIdRole).toLongLong() : 0;
}

void ReportsDock::selectGroup(qint64 groupId)
{
    const auto find = [&] {
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->index(r, 0).data(GroupIdRole).toLongLong() == groupId)
                return m_model->index(r, 0);
        return QModelIndex();
    };
    QModelIndex index = find();
    if (!index.isValid() && m_groups.contains(groupId)) {
        setScope(All);
        index = find();
    }
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setExpanded(index, true);
    m_view->scrollTo(index);
}

QString ReportsDock::detailText() const
{
    return m_detail->text();
}

QString ReportsDock::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ReportsDock::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void ReportsDock::updateActions()
{
    const qint64 groupId = selectedGroupId();
    const ReportGroup g = m_groups.value(groupId);
    const bool open = groupId && g.open;
    m_confirm->setEnabled(open && !g.confirmed);
    m_split->setEnabled(open && selectedReportId() && g.reportCount > 1);
    m_link->setEnabled(open);
    m_create->setEnabled(open && g.interventionId == 0);
    m_show->setEnabled(groupId != 0);
}

void ReportsDock::updateDetail()
{
    const qint64 groupId = selectedGroupId();
    if (!groupId) {
        m_detail->setText(tr("Select a group or a report."));
        return;
    }
    const ReportGroup g = m_groups.value(groupId);
    QStringList lines;
    if (const qint64 reportId = selectedReportId()) {
        const CitizenReport r = m_reports.value(reportId);
        lines << tr("Report #%1 · %2").arg(r.id).arg(serviceName(r.serviceCode));
        lines << tr("Received: %1 (%2)").arg(timeText(r.requestedAtMs),
                                             r.source == ReportSource::Open311 ? tr("Open311")
                                             : r.source == ReportSource::Mqtt  ? tr("MQTT")
                                                                                : tr("CSV import"));
        if (!r.addressString.trimmed().isEmpty())
            lines << tr("Place: %1").arg(r.addressString.trimmed());
        if (r.hasLocation())
            lines << tr("Position: %1, %2").arg(r.lat, 0, 'f', 5).arg(r.lon, 0, 'f', 5);
        if (!r.matchedAssetId.isEmpty())
            lines << tr("Matched asset: %1, %2").arg(assetText(r.matchedAssetId), metresText(r.matchedDistanceM));
        lines << tr("State: %1").arg(stateText(r.state));
        lines << QString() << tr("What the resident wrote:") << (r.description.trimmed().isEmpty() ? tr("(nothing)") : r.description);
        if (!r.mediaUrl.isEmpty())
            lines << QString() << tr("Photo (not opened by Vigie): %1").arg(r.mediaUrl);
        if (!r.statusNotes.isEmpty())
            lines << QString() << tr("Last message to the resident:") << r.statusNotes;
    } else {
        lines << serviceName(g.serviceCode);
        lines << tr("%n resident(s) reported it", nullptr, g.reportCount);
        lines << tr("Matched asset: %1").arg(g.assetId.isEmpty() ? tr("none within reach") : assetText(g.assetId));
        if (g.lat == g.lat)
            lines << tr("Position: %1, %2").arg(g.lat, 0, 'f', 5).arg(g.lon, 0, 'f', 5);
        lines << tr("State: %1").arg(groupStateText(g));
        lines << QString() << tr("Open the group to read each report. Contact details of residents are never shown: "
                                 "they are informed automatically as the intervention progresses.");
    }
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

} // namespace vigie
