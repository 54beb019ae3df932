#include "quarantinepanel.h"

#include "bindingdialog.h"
#include "ingest/ingestservice.h"
#include "quarantinemodel.h"
#include "quarantinesummary.h"
#include "storage/store.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStringDecoder>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace vigie {

/// What the worker reads for the list.
struct QuarantineSnapshot
{
    QVector<QuarantineListEntry> entries;
    QVector<QuarantineGroup> byReason;
    QVector<QuarantineGroup> byDevice;
    QVector<DeviceBinding> bindings;
    QString error;
};

/// What the worker reads for the current row: its payload, ready to show.
struct QuarantinePayload
{
    qint64 messageId = -1;
    qint64 bytes = 0;
    QString text;
    QString error;
};

namespace {

/// Messages handed to IngestService::reprocess() at once: the writer holds each chunk's
/// payloads in memory.
constexpr int kReprocessChunk = 1000;

QuarantineSnapshot readSnapshot(const QString &path, const QuarantineFilter &filter)
{
    QuarantineSnapshot s;
    auto store = Store::open(path, Store::Mode::ReadOnly);
    if (!store) {
        s.error = store.error().message;
        return s;
    }
    auto entries = store->quarantineList(QuarantinePanel::listLimit, filter);
    auto byReason = store->quarantineByReason();
    auto byDevice = store->quarantineByDevice();
    auto bindings = store->bindings();
    if (!entries || !byReason || !byDevice || !bindings) {
        s.error = !entries ? entries.error().message
                  : !byReason ? byReason.error().message
                  : !byDevice ? byDevice.error().message
                              : bindings.error().message;
        return s;
    }
    s.entries = std::move(entries).value();
    s.byReason = std::move(byReason).value();
    s.byDevice = std::move(byDevice).value();
    s.bindings = std::move(bindings).value();
    return s;
}

QuarantinePayload readPayload(const QString &path, qint64 messageId)
{
    QuarantinePayload p;
    p.messageId = messageId;
    auto store = Store::open(path, Store::Mode::ReadOnly);
    if (!store) {
        p.error = store.error().message;
        return p;
    }
    auto messages = store->messages({messageId});
    if (!messages) {
        p.error = messages.error().message;
        return p;
    }
    if (messages->isEmpty()) {
        p.error = QCoreApplication::translate("vigie::QuarantinePanel", "the message is no longer in the log");
        return p;
    }
    p.bytes = messages->first().payload.size();
    p.text = payloadForDisplay(messages->first().payload);
    return p;
}

/// Ids of every quarantined message of `deviceId` (normalized), whatever spelling the
/// payloads used for it.
QVector<qint64> readDeviceIds(const QString &path, const QString &deviceId)
{
    QVector<qint64> ids;
    auto store = Store::open(path, Store::Mode::ReadOnly);
    if (!store)
        return ids;
    auto groups = store->quarantineByDevice();
    if (!groups)
        return ids;
    for (const QuarantineGroup &g : std::as_const(groups.value())) {
        if (g.key.isEmpty() || normalizeDeviceId(g.key) != deviceId)
            continue;
        if (auto some = store->quarantineIds({{}, g.key}))
            ids += some.value();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

QString payloadForDisplay(const QByteArray &payload, int maxChars)
{
    if (payload.isEmpty())
        return QCoreApplication::translate("vigie::QuarantinePanel", "(empty payload)");
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(payload);
    if (!utf8.hasError())
        return text.left(maxChars);
    QString out;
    for (char c : payload) {
        const auto b = static_cast<unsigned char>(c);
        if ((b >= 0x20 && b < 0x7f) || b == '\n' || b == '\t')
            out += QLatin1Char(char(b));
        else
            out += QStringLiteral("\\x%1").arg(b, 2, 16, QLatin1Char('0'));
        if (out.size() >= maxChars)
            break;
    }
    return out;
}

QuarantinePanel::QuarantinePanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QuarantineSummary(this))
    , m_table(new QTableView(this))
    , m_model(new QuarantineModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_payload(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_limitNote(new QLabel(tr("Only the newest %1 are listed: choose a reason or a device.").arg(listLimit), this))
    , m_bindAction(new QAction(tr("&Bind device…"), this))
    , m_reprocessAction(new QAction(tr("&Reprocess selected"), this))
    , m_refreshAction(new QAction(tr("Re&fresh"), this))
    , m_watcher(new QFutureWatcher<QuarantineSnapshot>(this))
    , m_payloadWatcher(new QFutureWatcher<QuarantinePayload>(this))
{
    m_bindAction->setObjectName(QStringLiteral("bindDevice"));
    m_bindAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_bindAction->setToolTip(tr("Bind the device of the current message to an asset of the city, then read its "
                                "quarantined messages again (Ctrl+B)"));
    m_reprocessAction->setObjectName(QStringLiteral("reprocessSelected"));
    m_reprocessAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reprocessAction->setToolTip(tr("Read the selected messages again through the current routes and bindings, "
                                     "e.g. after fixing a mapping file (Ctrl+R)"));
    m_refreshAction->setObjectName(QStringLiteral("refreshQuarantine"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5)); // not QKeySequence::Refresh: Ctrl+R on GNOME
    m_refreshAction->setToolTip(tr("Read the quarantine again (F5)"));
    for (QAction *a : {m_bindAction, m_reprocessAction, m_refreshAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the dock's, not the map's
        addAction(a);
    }
    connect(m_bindAction, &QAction::triggered, this, &QuarantinePanel::bindSelected);
    connect(m_reprocessAction, &QAction::triggered, this, [this] { reprocess(selectedIds()); });
    connect(m_refreshAction, &QAction::triggered, this, &QuarantinePanel::reload);

    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addWidget(m_summary);
    tools->addSeparator();
    tools->addAction(m_bindAction);
    tools->addAction(m_reprocessAction);
    tools->addAction(m_refreshAction);
    m_status->setObjectName(QStringLiteral("quarantineStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tools->addSeparator();
    tools->addWidget(m_status);
    m_limitNote->setObjectName(QStringLiteral("quarantineLimit"));
    m_limitNote->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(QuarantineModel::SortRole);
    m_table->setObjectName(QStringLiteral("quarantineTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QuarantineModel::Received, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_bindAction, m_reprocessAction, m_refreshAction});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_payload->setObjectName(QStringLiteral("quarantinePayload"));
    m_payload->setReadOnly(true);
    m_payload->setPlaceholderText(tr("Select a message to see its payload as received."));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_payload->setFont(mono);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_payload);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(m_limitNote);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QuarantinePanel::requestPayload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QuarantinePanel::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QuarantinePanel::updateActions);
    connect(m_summary, &QuarantineSummary::filterChanged, this, &QuarantinePanel::reload);
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(2000);
    connect(&m_throttle, &QTimer::timeout, this, &QuarantinePanel::reload);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &QuarantinePanel::loaded);
    connect(m_payloadWatcher, &QFutureWatcherBase::finished, this, &QuarantinePanel::payloadLoaded);
    updateActions();
}

QuarantinePanel::~QuarantinePanel()
{
    m_watcher->waitForFinished();
    m_payloadWatcher->waitForFinished();
}

void QuarantinePanel::setStorePath(const QString &path)
{
    m_storePath = path;
    m_payloadShown = -1;
    m_payload->clear();
    if (path.isEmpty())
        m_model->setEntries({});
    reload();
}

void QuarantinePanel::setIngest(IngestService *ingest, AssetDirectoryPtr directory)
{
    if (m_ingest)
        disconnect(m_ingest.data(), nullptr, this, nullptr);
    if (ingest != m_ingest) {
        // A binding chosen among another city's assets, or for a stopped ingest, is void.
        for (BindingDialog *open : findChildren<BindingDialog *>())
            open->reject();
    }
    m_ingest = ingest;
    m_directory = std::move(directory);
    m_savingBindings.clear();
    m_reprocessing = 0;
    if (ingest) {
        connect(ingest, &IngestService::bindingSaved, this, &QuarantinePanel::bindingSaved);
        connect(ingest, &IngestService::reprocessed, this, &QuarantinePanel::reprocessed);
    }
    updateActions();
}

void QuarantinePanel::quarantineChanged()
{
    if (isVisible() && !m_throttle.isActive())
        m_throttle.start();
}

void QuarantinePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void QuarantinePanel::reload()
{
    if (m_storePath.isEmpty())
        return;
    if (m_watcher->isRunning()) {
        m_reloadAgain = true; // what is being read may predate the change
        return;
    }
    m_reloadAgain = false;
    m_watcher->setFuture(QtConcurrent::run(readSnapshot, m_storePath, m_summary->filter()));
}

void QuarantinePanel::loaded()
{
    QuarantineSnapshot snapshot = m_watcher->result();
    if (m_reloadAgain) {
        reload();
        return;
    }
    if (!snapshot.error.isEmpty()) {
        setStatus(tr("The quarantine could not be read: %1").arg(snapshot.error));
        return;
    }
    const QVector<qint64> selected = selectedIds();
    const qint64 current = m_table->currentIndex().data(QuarantineModel::MessageIdRole).toLongLong();
    QHash<QString, DeviceBinding> bindings;
    for (const DeviceBinding &b : std::as_const(snapshot.bindings))
        bindings.insert(normalizeDeviceId(b.deviceId), b);
    m_bindings = bindings;
    m_deviceCounts.clear();
    for (const QuarantineGroup &g : std::as_const(snapshot.byDevice)) {
        if (!g.key.isEmpty())
            m_deviceCounts[normalizeDeviceId(g.key)] += g.count;
    }
    const int listed = int(snapshot.entries.size());
    // The reset clears the selection without signals (the pane keeps its payload); the rows
    // still listed are selected again, and requestPayload() below clears the pane if the
    // current one left.
    m_model->setEntries(std::move(snapshot.entries), std::move(bindings));
    QItemSelection keep;
    for (qint64 id : selected) {
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
            keep.select(at, at.siblingAtColumn(QuarantineModel::ColumnCount - 1));
        }
    }
    m_table->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect);
    if (const int row = m_model->rowOf(current); row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)), QItemSelectionModel::NoUpdate);
    m_summary->setGroups(snapshot.byReason, snapshot.byDevice);
    if (!m_sized && listed > 0) {
        m_table->resizeColumnsToContents(); // once: later reads keep the widths the supervisor set
        m_sized = true;
    }
    m_limitNote->setVisible(listed >= listLimit);
    requestPayload();
    updateActions();
}

void QuarantinePanel::requestPayload()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? current.data(QuarantineModel::MessageIdRole).toLongLong() : -1;
    if (id == m_payloadShown)
        return;
    m_payloadShown = id;
    if (id < 0) {
        m_payload->clear();
        return;
    }
    m_payload->setPlainText(tr("Reading message %1…").arg(id));
    if (!m_payloadWatcher->isRunning()) // else payloadLoaded() asks for the one now current
        m_payloadWatcher->setFuture(QtConcurrent::run(readPayload, m_storePath, id));
}

void QuarantinePanel::payloadLoaded()
{
    const QuarantinePayload p = m_payloadWatcher->result();
    if (p.messageId != m_payloadShown) {
        if (m_payloadShown >= 0)
            m_payloadWatcher->setFuture(QtConcurrent::run(readPayload, m_storePath, m_payloadShown));
        return;
    }
    if (!p.error.isEmpty()) {
        m_payload->setPlainText(tr("Message %1: %2").arg(p.messageId).arg(p.error));
        return;
    }
    const QuarantineListEntry *e = m_model->entry(m_model->rowOf(p.messageId));
    m_payload->setPlainText(tr("Message %1 · %2 · %3\n\n%4")
                                .arg(p.messageId)
                                .arg(QLocale().formattedDataSize(p.bytes), e ? e->reason : QString(), p.text));
}

QVector<qint64> QuarantinePanel::selectedIds() const
{
    QVector<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(QuarantineModel::MessageIdRole).toLongLong();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void QuarantinePanel::updateActions()
{
    const bool running = m_ingest && m_ingest->isRunning();
    const QModelIndex current = m_table->currentIndex();
    const QuarantineListEntry *e = current.isValid() ? m_model->entry(m_proxy->mapToSource(current).row()) : nullptr;
    m_bindAction->setEnabled(running && m_directory && e && !e->deviceId.isEmpty());
    m_reprocessAction->setEnabled(running && m_table->selectionModel()->hasSelection());
}

void QuarantinePanel::bindSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const QuarantineListEntry *e = current.isValid() ? m_model->entry(m_proxy->mapToSource(current).row()) : nullptr;
    if (!e || e->deviceId.isEmpty() || !m_ingest || !m_directory)
        return;
    const QString device = normalizeDeviceId(e->deviceId);
    std::optional<DeviceBinding> bound;
    if (auto it = m_bindings.constFind(device); it != m_bindings.constEnd())
        bound = it.value();
    // Window-modal and not exec(): no nested event loop while ingest keeps signalling.
    auto *dialog = new BindingDialog(e->deviceId, m_directory, bound, m_deviceCounts.value(device), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveBinding(dialog->binding(), dialog->reprocessAfter()); });
    dialog->open();
}

void QuarantinePanel::saveBinding(const DeviceBinding &binding, bool reprocess)
{
    if (!m_ingest)
        return;
    if (auto saved = m_ingest->saveBinding(binding); !saved) {
        setStatus(tr("The binding of %1 could not be saved: %2").arg(binding.deviceId, saved.error().message));
        return;
    }
    m_savingBindings.insert(binding.deviceId, reprocess);
    setStatus(tr("Binding %1 to %2…").arg(binding.deviceId, binding.assetId));
}

void QuarantinePanel::bindingSaved(const QString &deviceId, const QString &error)
{
    if (!m_savingBindings.contains(deviceId))
        return; // another part of Vigie saved it
    const bool reprocess = m_savingBindings.take(deviceId);
    if (!error.isEmpty()) {
        setStatus(tr("The binding of %1 could not be saved: %2").arg(deviceId, error));
        return;
    }
    setStatus(tr("Device %1 bound.").arg(deviceId));
    if (reprocess)
        reprocessDevice(deviceId);
    else
        reload();
}

void QuarantinePanel::reprocessDevice(const QString &deviceId)
{
    auto *watcher = new QFutureWatcher<QVector<qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        reprocess(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(readDeviceIds, m_storePath, deviceId));
}

void QuarantinePanel::reprocess(const QVector<qint64> &ids)
{
    if (!m_ingest || ids.isEmpty())
        return;
    for (qsizetype i = 0; i < ids.size(); i += kReprocessChunk)
        m_ingest->reprocess(ids.mid(i, kReprocessChunk));
    m_reprocessing += ids.size();
    setStatus(tr("Reprocessing %n message(s)…", nullptr, int(m_reprocessing)));
}

void QuarantinePanel::reprocessed(qint64 messages)
{
    m_reprocessing = qMax<qint64>(0, m_reprocessing - messages);
    if (m_reprocessing == 0)
        setStatus(tr("Reprocessed: the list shows what is still refused, and why."));
    m_throttle.stop();
    reload();
}

void QuarantinePanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace vigie
