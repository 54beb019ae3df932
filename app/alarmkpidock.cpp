#include "alarmkpidock.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QTableWidget>
#include <QToolBar>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vigie {

namespace {

QLineSeries *referenceLine(const QString &name, const QColor &colour, Qt::PenStyle style)
{
    auto *line = new QLineSeries;
    line->setName(name);
    QPen pen(colour);
    pen.setWidthF(1.5);
    pen.setStyle(style); // dashed/dotted: told apart without colour
    line->setPen(pen);
    return line;
}

} // namespace

AlarmKpiDock::AlarmKpiDock(QWidget *parent)
    : QDockWidget(tr("Alarm KPIs"), parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("alarmKpiDock"));
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *tools = new QToolBar(panel);
    m_refreshAction = tools->addAction(tr("Refresh"), this, &AlarmKpiDock::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refreshAction->setToolTip(tr("Compute the alarm figures again (F5); they refresh every 30 s while shown"));
    m_status = new QLabel(panel);
    m_status->setObjectName(QStringLiteral("kpiStatus"));
    tools->addWidget(m_status);
    layout->addWidget(tools);

    buildChart();
    auto *view = new QChartView(m_chart, panel);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    layout->addWidget(view, 2);

    auto *figures = new QFormLayout;
    const std::pair<const char *, QString> rows[] = {
        {"average", tr("Average per 10 min (24 h):")},
        {"peak", tr("Peak per 10 min:")},
        {"floods", tr("10-min periods in flood:")},
        {"standing", tr("Standing alarms:")},
        {"stale", tr("Stale alarms (active > 24 h):")},
        {"chattering", tr("Chattering alarms (≥ 3 in 1 min):")},
        {"unacknowledged", tr("Unacknowledged:")},
        {"shelved", tr("Shelved:")},
        {"suppressed", tr("Suppressed by design:")},
        {"outOfService", tr("Out of service:")},
        {"topShare", tr("Share of the 10 most frequent:")},
    };
    for (const auto &[key, text] : rows) {
        auto *value = new QLabel(QStringLiteral("–"), panel);
        value->setObjectName(QLatin1String(key));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_figures.insert(QLatin1String(key), value);
        figures->addRow(text, value);
    }
    layout->addLayout(figures);

    m_top = new QTableWidget(0, 5, panel);
    m_top->setObjectName(QStringLiteral("topAlarms"));
    m_top->setHorizontalHeaderLabels({tr("Activations"), tr("Asset"), tr("Rule"), tr("Kind"), tr("Priority")});
    m_top->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_top->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_top->verticalHeader()->hide();
    m_top->horizontalHeader()->setStretchLastSection(true);
    m_top->setToolTip(tr("The 10 alarms activated most often over the last 24 hours"));
    layout->addWidget(m_top, 1);
    setWidget(panel);

    m_timer.setInterval(refreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AlarmKpiDock::refresh);
    connect(&m_watcher, &QFutureWatcher<Result<AlarmKpis>>::finished, this, &AlarmKpiDock::computed);
}

AlarmKpiDock::~AlarmKpiDock()
{
    m_watcher.waitForFinished(); // the worker reads m_storePath's file, not this object; just do not leak it
}

void AlarmKpiDock::buildChart()
{
    m_chart = new QChart;
    m_chart->setTitle(tr("Alarms per 10 minutes, last 24 hours"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(2, 2, 2, 2));

    m_annunciated = new QBarSet(tr("Alarms reaching the operator"));
    m_bars = new QBarSeries;
    m_bars->setBarWidth(1.0);
    m_bars->append(m_annunciated);
    m_chart->addSeries(m_bars);
    m_acceptable = referenceLine(tr("EEMUA 191: 1 per 10 min, very likely acceptable"), QColor(0x2e, 0x7d, 0x32), Qt::DotLine);
    m_manageable = referenceLine(tr("EEMUA 191: 2 per 10 min, manageable"), QColor(0xef, 0x6c, 0x00), Qt::DashLine);
    m_flood = referenceLine(tr("Flood: 10 per 10 min"), QColor(0xc6, 0x28, 0x28), Qt::SolidLine);
    for (QLineSeries *line : {m_acceptable, m_manageable, m_flood})
        m_chart->addSeries(line);

    m_axisX = new QBarCategoryAxis;
    m_axisX->setLabelsVisible(false); // 144 bins: the title says what they are
    m_axisX->setTitleText(tr("10-minute periods, oldest left, now at right"));
    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setRange(0, 12);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
}

QLabel *AlarmKpiDock::figure(const QString &key) const
{
    return m_figures.value(key);
}

void AlarmKpiDock::setStorePath(const QString &path)
{
    m_storePath = path;
    if (path.isEmpty()) {
        m_timer.stop();
        display(AlarmKpis{});
        m_status->clear();
        return;
    }
    if (isVisible()) {
        m_timer.start();
        refresh();
    }
}

void AlarmKpiDock::setDirectory(AssetDirectoryPtr directory)
{
    m_directory = std::move(directory);
}

void AlarmKpiDock::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void AlarmKpiDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    if (!m_storePath.isEmpty()) {
        m_timer.start();
        refresh();
    }
}

void AlarmKpiDock::hideEvent(QHideEvent *event)
{
    QDockWidget::hideEvent(event);
    m_timer.stop(); // nobody looks: no point reading the store
}

void AlarmKpiDock::refresh()
{
    if (m_storePath.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_status->setText(tr("Computing…"));
    m_watcher.setFuture(QtConcurrent::run([path = m_storePath, now = m_clock()] { return computeAlarmKpis(path, now); }));
}

void AlarmKpiDock::computed()
{
    const Result<AlarmKpis> result = m_watcher.result();
    if (m_again) {
        m_again = false;
        refresh();
        return;
    }
    if (!result) {
        m_status->setText(tr("Figures unavailable"));
        m_status->setToolTip(result.error().message);
        emit failed(result.error().message);
        return;
    }
    display(result.value());
    const QLocale locale;
    m_status->setText(tr("As of %1").arg(locale.toString(QDateTime::fromMSecsSinceEpoch(m_kpis.nowMs).toLocalTime().time(),
                                                         QLocale::ShortFormat)));
    m_status->setToolTip({});
    emit refreshed();
}

void AlarmKpiDock::display(const AlarmKpis &k)
{
    m_kpis = k;
    const int bins = k.annunciatedPerBin.size();
    QList<qreal> values;
    values.reserve(bins);
    QStringList categories;
    categories.reserve(bins);
    for (int b = 0; b < bins; ++b) {
        values << k.annunciatedPerBin.at(b);
        categories << QString::number(b); // unique keys; the labels are hidden
    }
    m_annunciated->remove(0, m_annunciated->count());
    m_annunciated->append(values);
    m_axisX->clear();
    m_axisX->append(categories);
    const auto flat = [bins](QLineSeries *line, double y) {
        line->clear();
        if (bins > 0)
            line->append({QPointF(-0.5, y), QPointF(bins - 0.5, y)});
    };
    flat(m_acceptable, kAlarmRateAcceptablePer10Min);
    flat(m_manageable, kAlarmRateManageablePer10Min);
    flat(m_flood, kAlarmFloodPer10Min);
    m_axisY->setRange(0, qMax(12, int(k.peakPerBin * 1.1) + 1));

    const QLocale locale;
    const auto set = [&](const char *key, const QString &text) { m_figures.value(QLatin1String(key))->setText(text); };
    if (bins == 0) {
        for (QLabel *label : std::as_const(m_figures))
            label->setText(QStringLiteral("–"));
        m_top->setRowCount(0);
        return;
    }
    set("average", locale.toString(k.averagePerBin, 'f', 2));
    set("peak", locale.toString(k.peakPerBin));
    set("floods", tr("%1 of %2").arg(locale.toString(k.floodBins), locale.toString(bins)));
    set("standing", locale.toString(k.standing));
    set("stale", locale.toString(k.stale));
    set("chattering", locale.toString(k.chattering));
    set("unacknowledged", locale.toString(k.unacknowledged));
    set("shelved", locale.toString(k.shelved));
    set("suppressed", locale.toString(k.suppressed));
    set("outOfService", locale.toString(k.outOfService));
    set("topShare", locale.toString(k.topShare * 100.0, 'f', 0) + QStringLiteral(" %"));

    m_top->setRowCount(k.top.size());
    for (int r = 0; r < k.top.size(); ++r) {
        const FrequentAlarm &f = k.top.at(r);
        QString asset = f.assetId;
        if (m_directory) {
            const int index = m_directory->indexOf(f.assetId);
            if (index >= 0 && !m_directory->at(index).label.isEmpty())
                asset = QStringLiteral("%1 (%2)").arg(m_directory->at(index).label, m_directory->at(index).ref);
        }
        auto *count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, f.activations);
        auto *assetItem = new QTableWidgetItem(asset);
        assetItem->setToolTip(f.assetId);
        m_top->setItem(r, 0, count);
        m_top->setItem(r, 1, assetItem);
        m_top->setItem(r, 2, new QTableWidgetItem(f.ruleKey));
        m_top->setItem(r, 3, new QTableWidgetItem(kindName(f.kind)));
        m_top->setItem(r, 4, new QTableWidgetItem(priorityName(f.priority)));
    }
    m_top->resizeColumnsToContents();
}

QString AlarmKpiDock::kindName(const QString &key) const
{
    static const std::pair<const char *, const char *> names[] = {
        {"threshold", QT_TR_NOOP("Threshold")},
        {"stateCode", QT_TR_NOOP("State code")},
        {"dayNight", QT_TR_NOOP("Day/night")},
        {"communicationLoss", QT_TR_NOOP("Communication loss")},
        {"batteryLow", QT_TR_NOOP("Battery low")},
        {"rateOfChange", QT_TR_NOOP("Rate of change")},
        {"invalidReadings", QT_TR_NOOP("Invalid readings")},
        {"group", QT_TR_NOOP("Group")},
    };
    for (const auto &[k, text] : names)
        if (key == QLatin1String(k))
            return tr(text);
    return key;
}

QString AlarmKpiDock::priorityName(const QString &key) const
{
    static const std::pair<const char *, const char *> names[] = {
        {"urgent", QT_TR_NOOP("Urgent")},
        {"high", QT_TR_NOOP("High")},
        {"medium", QT_TR_NOOP("Medium")},
        {"low", QT_TR_NOOP("Low")},
    };
    for (const auto &[k, text] : names)
        if (key == QLatin1String(k))
            return tr(text);
    return key;
}

} // namespace vigie
