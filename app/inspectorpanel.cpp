#include "inspectorpanel.h"

#include "domain/quantity.h"
#include "historychart.h"
#include "map/citymap.h"
#include "map/maplayer.h"
#include "map/symbology.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace vigie {

/// What the worker reads for the selected asset.
struct AssetHistory
{
    int index = -1;
    QByteArray attributes;
    Observations primary;
    Observations status;
    QString error;
};

namespace {

constexpr qint64 kHistoryWindowMs = 14LL * 24 * 3600 * 1000;

AssetHistory readHistory(const QString &storePath, int index, const QString &assetId, AssetKind kind)
{
    AssetHistory h;
    h.index = index;
    auto store = Store::open(storePath, Store::Mode::ReadOnly);
    if (!store) {
        h.error = store.error().message;
        return h;
    }
    if (auto attributes = store->assetAttributes(assetId))
        h.attributes = attributes.value();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString primary = kind == AssetKind::WasteContainer ? QString(quantity::fillingLevel) : QString(quantity::powerState);
    if (auto p = store->history(assetId, primary, now - kHistoryWindowMs, now + 3600 * 1000))
        h.primary = p.value();
    if (auto s = store->history(assetId, quantity::status, now - kHistoryWindowMs, now + 3600 * 1000))
        h.status = s.value();
    return h;
}

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return QCoreApplication::translate("vigie::InspectorPanel", "never");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    const qint64 ago = qMax<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - ms) / 1000);
    // Counts are computed first: Qt 6.4's lupdate hangs on a division inside the call.
    const int seconds = int(ago);
    const int minutes = int(ago / 60);
    const int hours = int(ago / 3600);
    QString agoText;
    if (ago < 120)
        agoText = QCoreApplication::translate("vigie::InspectorPanel", "%n s ago", nullptr, seconds);
    else if (ago < 7200)
        agoText = QCoreApplication::translate("vigie::InspectorPanel", "%n min ago", nullptr, minutes);
    else
        agoText = QCoreApplication::translate("vigie::InspectorPanel", "%n h ago", nullptr, hours);
    return QStringLiteral("%1 (%2)").arg(QLocale().toString(at, QLocale::ShortFormat), agoText);
}

} // namespace

InspectorPanel::InspectorPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_layer(new QLabel(this))
    , m_address(new QLabel(this))
    , m_position(new QLabel(this))
    , m_condition(new QLabel(this))
    , m_values(new QLabel(this))
    , m_lastSeen(new QLabel(this))
    , m_attributes(new QTableWidget(this))
    , m_chart(new HistoryChart(this))
    , m_history(new QFutureWatcher<AssetHistory>(this))
{
    auto *layout = new QVBoxLayout(this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_form->addRow(tr("Layer"), m_layer);
    m_form->addRow(tr("Address"), m_address);
    m_form->addRow(tr("Position"), m_position);
    m_form->addRow(tr("Condition"), m_condition);
    m_form->addRow(tr("Latest values"), m_values);
    m_form->addRow(tr("Last seen"), m_lastSeen);
    m_values->setObjectName(QStringLiteral("inspectorValues"));
    m_condition->setObjectName(QStringLiteral("inspectorCondition"));
    m_title->setObjectName(QStringLiteral("inspectorTitle"));
    for (QLabel *l : {m_layer, m_address, m_position, m_condition, m_values, m_lastSeen}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    layout->addLayout(m_form);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    m_attributes->setColumnCount(2);
    m_attributes->setHorizontalHeaderLabels({tr("Source field"), tr("Value")});
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->verticalHeader()->hide();
    m_attributes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    split->addWidget(m_attributes);
    layout->addWidget(split, 1);

    m_historyThrottle.setSingleShot(true);
    m_historyThrottle.setInterval(2000);
    connect(&m_historyThrottle, &QTimer::timeout, this, &InspectorPanel::requestHistory);
    connect(m_history, &QFutureWatcherBase::finished, this, &InspectorPanel::historyReady);
    m_ageTick.setInterval(1000);
    connect(&m_ageTick, &QTimer::timeout, this, &InspectorPanel::refreshValues);
    m_ageTick.start();
    showAsset(-1);
}

InspectorPanel::~InspectorPanel()
{
    m_history->waitForFinished();
}

void InspectorPanel::setCity(const CityMap *map, const QString &storePath)
{
    m_map = map;
    m_storePath = storePath;
    showAsset(-1);
}

void InspectorPanel::showAsset(int index)
{
    m_index = (m_map && index >= 0 && index < m_map->directory().size()) ? index : -1;
    m_attributes->setRowCount(0);
    m_chart->clear();
    refreshValues();
    if (m_index >= 0)
        requestHistory();
}

void InspectorPanel::statesChanged(const QVector<qint32> &indexes)
{
    if (m_index < 0 || !indexes.contains(m_index))
        return;
    refreshValues();
    if (!m_historyThrottle.isActive())
        m_historyThrottle.start();
}

void InspectorPanel::refreshValues()
{
    if (m_index < 0) {
        m_title->setText(tr("<b>No asset selected</b><br>Click a marker on the map."));
        for (QLabel *l : {m_layer, m_address, m_position, m_condition, m_values, m_lastSeen})
            l->clear();
        return;
    }
    const AssetRecord &a = m_map->directory().at(m_index);
    const AssetState &s = m_map->live().state(m_index);
    const AssetCondition c = m_map->live().condition(m_index);
    const QString kindName = a.kind == AssetKind::Streetlight ? tr("Street light") : tr("Waste container");
    m_title->setText(QStringLiteral("<b>%1</b> — %2<br><small>%3</small>")
                         .arg((a.label.isEmpty() ? a.ref : a.label).toHtmlEscaped(), kindName, a.id.toHtmlEscaped()));
    QString layerName = a.layerId;
    for (const MapLayer *layer : m_map->legendLayers()) {
        if (layer->id() == a.layerId)
            layerName = layer->name();
    }
    m_layer->setText(layerName);
    m_address->setText(a.address.isEmpty() ? tr("not given by the source") : a.address);
    m_position->setText(QStringLiteral("%1, %2 (WGS 84)").arg(a.lat, 0, 'f', 6).arg(a.lon, 0, 'f', 6));
    m_condition->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                             .arg(symbology::fillColor(c).name(), symbology::conditionLabel(a.kind, c)));
    QStringList values;
    // A value whose newest reading was invalid is the last valid one: say so next to it.
    const auto stale = [&s](quint8 bit) {
        return (s.staleMask & bit) ? tr(" <i>(stale: invalid reading at %1)</i>").arg(timeText(s.lastInvalidMs)) : QString();
    };
    if (!std::isnan(s.fillingLevel))
        values << tr("Fill level: %1 %").arg(QLocale().toString(s.fillingLevel * 100, 'f', 0))
                      + stale(AssetState::FillingLevelStale);
    if (!s.status.isEmpty())
        values << tr("Status: %1").arg(symbology::valueLabel(a.kind, QStringLiteral("status"), s.status))
                      + stale(AssetState::StatusStale);
    if (!s.powerState.isEmpty())
        values << tr("Power: %1").arg(symbology::valueLabel(a.kind, QStringLiteral("powerState"), s.powerState))
                      + stale(AssetState::PowerStateStale);
    m_values->setText(values.isEmpty() ? tr("none received yet") : values.join(QStringLiteral("<br>")));
    m_lastSeen->setText(tr("message received %1<br>observed %2").arg(timeText(s.lastSeenMs), timeText(s.lastObservedMs)));
}

void InspectorPanel::requestHistory()
{
    if (m_index < 0 || m_storePath.isEmpty())
        return;
    if (m_history->isRunning()) {
        m_historyThrottle.start(); // try again once this one is in
        return;
    }
    const AssetRecord &a = m_map->directory().at(m_index);
    m_history->setFuture(QtConcurrent::run(readHistory, m_storePath, m_index, a.id, a.kind));
}

void InspectorPanel::historyReady()
{
    const AssetHistory h = m_history->result();
    if (h.index != m_index || m_index < 0)
        return;
    const QJsonObject attributes = QJsonDocument::fromJson(h.attributes).object();
    m_attributes->setRowCount(int(attributes.size()));
    int row = 0;
    for (auto it = attributes.begin(); it != attributes.end(); ++it, ++row) {
        m_attributes->setItem(row, 0, new QTableWidgetItem(it.key()));
        const QJsonValue v = it.value();
        const QString text = v.isString() ? v.toString()
                             : v.isDouble() ? QString::number(v.toDouble(), 'g', 15) // as the source has it: ids are not grouped
                             : v.isNull()   ? QString()
                                            : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        m_attributes->setItem(row, 1, new QTableWidgetItem(text));
    }
    m_chart->setHistory(m_map->directory().at(m_index).kind, h.primary, h.status);
}

} // namespace vigie
