#include "coordinationdock.h"

#include "coordinationmodel.h"
#include "dispatch/coordinationnotifier.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace vigie {

namespace {

/// The edits show the city's wall clock: they hold it as a UTC date-time (QDateTimeEdit
/// has no time zone before Qt 6.7).
QDateTime wallClock(qint64 ms, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

qint64 fromWallClock(const QDateTime &shown, const QTimeZone &zone)
{
    return QDateTime(shown.date(), shown.time(), zone).toMSecsSinceEpoch();
}

} // namespace

CoordinationDock::CoordinationDock(QWidget *parent)
    : QDockWidget(tr("Coordination"), parent)
    , m_model(new CoordinationModel(this))
    , m_view(new QTreeView(this))
    , m_mode(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_until(new QDateTimeEdit(this))
    , m_now(new QPushButton(tr("Now"), this))
    , m_data(new QPushButton(tr("Data period"), this))
    , m_status(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_show(new QPushButton(tr("Show on map"), this))
    , m_intervention(new QPushButton(tr("Combined intervention…"), this))
    , m_notify(new QToolButton(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("coordinationDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *filter = new QHBoxLayout;
    m_mode->setObjectName(QStringLiteral("coordinationMode"));
    m_mode->addItem(tr("Active at"));
    m_mode->addItem(tr("Active between"));
    for (QDateTimeEdit *edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] { m_debounce->start(); });
    }
    m_from->setObjectName(QStringLiteral("coordinationFrom"));
    m_until->setObjectName(QStringLiteral("coordinationUntil"));
    m_now->setObjectName(QStringLiteral("coordinationNow"));
    m_data->setObjectName(QStringLiteral("coordinationDataPeriod"));
    m_until->setVisible(false);
    m_now->setToolTip(tr("Show what is active now"));
    m_data->setToolTip(tr("Jump into the period the roadworks data covers"));
    m_data->setEnabled(false);
    filter->addWidget(m_mode);
    filter->addWidget(m_from, 1);
    filter->addWidget(m_until, 1);
    filter->addWidget(m_now);
    filter->addWidget(m_data);
    layout->addLayout(filter);
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    layout->addWidget(m_status);

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("coordinationTree"));
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(CoordinationModel::ItemColumn, 340);
    layout->addWidget(m_view, 1);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);

    auto *actions = new QHBoxLayout;
    m_show->setObjectName(QStringLiteral("coordinationShow"));
    m_intervention->setObjectName(QStringLiteral("coordinationIntervention"));
    m_notify->setObjectName(QStringLiteral("coordinationNotify"));
    m_notify->setText(tr("Notify"));
    m_notify->setPopupMode(QToolButton::MenuButtonPopup);
    auto *menu = new QMenu(m_notify);
    for (const QString &service : services())
        menu->addAction(serviceName(service), this, [this, service] {
            if (!selectedKey().isEmpty())
                emit notifyRequested(selectedKey(), service);
        });
    m_notify->setMenu(menu);
    auto *rules = new QPushButton(tr("Rules…"), this);
    rules->setObjectName(QStringLiteral("coordinationRules"));
    actions->addWidget(m_show);
    actions->addWidget(m_intervention);
    actions->addWidget(m_notify);
    actions->addStretch(1);
    actions->addWidget(rules);
    layout->addLayout(actions);
    setWidget(body);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &CoordinationDock::windowEdited);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &CoordinationDock::modeChanged);
    connect(m_now, &QPushButton::clicked, this, &CoordinationDock::jumpToNow);
    connect(m_data, &QPushButton::clicked, this, &CoordinationDock::jumpToData);
    connect(rules, &QPushButton::clicked, this, &CoordinationDock::rulesRequested);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (!selectedKey().isEmpty())
            emit showRequested(selectedKey());
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this] {
        if (!selectedKey().isEmpty())
            emit showRequested(selectedKey());
    });
    connect(m_intervention, &QPushButton::clicked, this, [this] {
        if (!selectedKey().isEmpty())
            emit interventionRequested(selectedKey());
    });
    connect(m_notify, &QToolButton::clicked, this, [this] {
        if (const CoordinationItem *i = m_model->item(selectedKey()))
            emit notifyRequested(i->key, defaultServiceFor(i->kind));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateDetail();
        emit selectionChanged(selectedKey());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CoordinationDock::updateDetail);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_from->setDateTime(wallClock(now, m_zone));
    m_until->setDateTime(wallClock(now + 7LL * 24 * 3600 * 1000, m_zone));
    m_debounce->stop();
    m_lastFrom = m_lastUntil = fromWallClock(m_from->dateTime(), m_zone);
    updateDetail();
}

QStringList CoordinationDock::services()
{
    return {QStringLiteral("roads"), QStringLiteral("waste"), QStringLiteral("lighting")};
}

QString CoordinationDock::serviceName(const QString &service)
{
    if (service == QLatin1String("roads"))
        return tr("Roads and works");
    if (service == QLatin1String("waste"))
        return tr("Waste collection");
    if (service == QLatin1String("lighting"))
        return tr("Street lighting");
    return service;
}

void CoordinationDock::setTimeZone(const QTimeZone &zone)
{
    const qint64 from = windowFrom(), until = windowUntil();
    m_zone = zone;
    m_model->setTimeZone(zone);
    const QSignalBlocker a(m_from), b(m_until);
    m_from->setDateTime(wallClock(from, m_zone));
    m_until->setDateTime(wallClock(until, m_zone));
}

void CoordinationDock::setDataPeriod(qint64 fromMs, qint64 untilMs, qint64 busiestMs)
{
    m_dataFrom = fromMs;
    m_dataUntil = untilMs;
    m_dataBusiest = busiestMs;
    m_data->setEnabled(fromMs > 0 && untilMs > fromMs);
    if (m_data->isEnabled()) {
        const QLocale locale;
        const auto day = [&](qint64 ms) { return locale.toString(wallClock(ms, m_zone).date(), QLocale::ShortFormat); };
        m_data->setToolTip(tr("Jump into the period the roadworks data covers (%1 – %2)").arg(day(fromMs), day(untilMs)));
    }
}

void CoordinationDock::setTimeWindow(qint64 fromMs, qint64 untilMs)
{
    {
        const QSignalBlocker a(m_from), b(m_until), c(m_mode);
        m_mode->setCurrentIndex(untilMs > fromMs ? 1 : 0);
        m_until->setVisible(untilMs > fromMs);
        m_from->setDateTime(wallClock(fromMs, m_zone));
        if (untilMs > fromMs)
            m_until->setDateTime(wallClock(untilMs, m_zone));
    }
    m_debounce->stop();
    windowEdited();
}

qint64 CoordinationDock::windowFrom() const
{
    return fromWallClock(m_from->dateTime(), m_zone);
}

qint64 CoordinationDock::windowUntil() const
{
    if (m_mode->currentIndex() == 0)
        return windowFrom();
    return std::max(windowFrom(), fromWallClock(m_until->dateTime(), m_zone));
}

void CoordinationDock::windowEdited()
{
    const qint64 from = windowFrom(), until = windowUntil();
    if (from == m_lastFrom && until == m_lastUntil)
        return;
    m_lastFrom = from;
    m_lastUntil = until;
    emit timeWindowChanged(from, until);
}

void CoordinationDock::modeChanged()
{
    const bool range = m_mode->currentIndex() == 1;
    m_until->setVisible(range);
    if (range && m_until->dateTime() <= m_from->dateTime()) {
        const QSignalBlocker block(m_until);
        m_until->setDateTime(m_from->dateTime().addDays(7));
    }
    m_debounce->stop();
    windowEdited();
}

void CoordinationDock::jumpToNow()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    setTimeWindow(now, m_mode->currentIndex() == 1 ? now + 7LL * 24 * 3600 * 1000 : now);
}

void CoordinationDock::jumpToData()
{
    if (m_dataFrom <= 0)
        return;
    const qint64 at = m_dataBusiest > 0 ? m_dataBusiest : m_dataFrom;
    setTimeWindow(at, m_mode->currentIndex() == 1 ? at + 7LL * 24 * 3600 * 1000 : at);
}

void CoordinationDock::setStatusText(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString CoordinationDock::statusText() const
{
    return m_status->text();
}

void CoordinationDock::setActionsAvailable(bool interventions, bool notify)
{
    m_canIntervene = interventions;
    m_canNotify = notify;
    updateDetail();
}

QString CoordinationDock::selectedKey() const
{
    return m_model->data(m_view->currentIndex().siblingAtColumn(0), CoordinationModel::KeyRole).toString();
}

void CoordinationDock::selectItem(const QString &key)
{
    const QModelIndex index = m_model->indexOf(key);
    if (!index.isValid())
        return;
    m_view->expand(index.parent().parent());
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void CoordinationDock::keepingState(const std::function<void()> &change)
{
    // The model resets: remember the expanded groups (kind, district) and the selection.
    // Kinds are open unless the operator closed them; districts closed unless opened.
    QSet<QString> expanded;
    QSet<int> closedKinds = m_closedKinds;
    for (int k = 0; k < m_model->rowCount(); ++k) {
        const QModelIndex kind = m_model->index(k, 0);
        const int kindValue = kind.data(CoordinationModel::KindRole).toInt();
        const QString kindKey = QString::number(kindValue);
        if (!m_view->isExpanded(kind))
            closedKinds.insert(kindValue);
        else
            closedKinds.remove(kindValue);
        for (int d = 0; d < m_model->rowCount(kind); ++d) {
            const QModelIndex district = m_model->index(d, 0, kind);
            if (m_view->isExpanded(district))
                expanded.insert(kindKey + QLatin1Char('|') + district.data(CoordinationModel::DistrictRole).toString());
        }
    }
    m_closedKinds = closedKinds;
    const QString selected = selectedKey();
    change();
    for (int k = 0; k < m_model->rowCount(); ++k) {
        const QModelIndex kind = m_model->index(k, 0);
        const QString kindKey = QString::number(kind.data(CoordinationModel::KindRole).toInt());
        if (!closedKinds.contains(kind.data(CoordinationModel::KindRole).toInt()))
            m_view->expand(kind);
        for (int d = 0; d < m_model->rowCount(kind); ++d) {
            const QModelIndex district = m_model->index(d, 0, kind);
            if (expanded.contains(kindKey + QLatin1Char('|') + district.data(CoordinationModel::DistrictRole).toString()))
                m_view->expand(district);
        }
    }
    if (!selected.isEmpty())
        selectItem(selected);
}

void CoordinationDock::applyDelta(const CoordinationDelta &delta)
{
    keepingState([&] { m_model->applyDelta(delta); });
}

void CoordinationDock::setItems(const QVector<CoordinationItem> &items)
{
    keepingState([&] { m_model->setItems(items); });
}

void CoordinationDock::updateDetail()
{
    const CoordinationItem *i = m_model->item(selectedKey());
    m_show->setEnabled(i != nullptr);
    m_intervention->setEnabled(i != nullptr && m_canIntervene);
    m_notify->setEnabled(i != nullptr && m_canNotify);
    m_notify->setToolTip(m_canNotify ? tr("Send this item to the service concerned over MQTT")
                                     : tr("Connect to the broker (Broker › Receive live data) to notify other services"));
    if (!i) {
        m_detail->setText(m_model->itemCount() == 0 ? tr("No coordination item in the chosen time window.")
                                                    : tr("%n coordination item(s). Select one to act on it.", nullptr, m_model->itemCount()));
        return;
    }
    QStringList lines{QStringLiteral("<b>%1</b>").arg(i->summary.toHtmlEscaped())};
    if (!i->suggestedAction.isEmpty())
        lines << tr("Suggested: %1").arg(i->suggestedAction.toHtmlEscaped());
    QStringList refs;
    if (!i->worksId.isEmpty())
        refs << tr("works %1").arg(i->worksId.toHtmlEscaped());
    if (!i->roundId.isEmpty())
        refs << tr("round %1").arg(i->roundId.toHtmlEscaped());
    if (i->interventionId > 0)
        refs << tr("intervention #%1").arg(i->interventionId);
    refs << tr("%n asset(s)", nullptr, int(i->assetIds.size()));
    lines << refs.join(QStringLiteral(" · "));
    m_detail->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace vigie
