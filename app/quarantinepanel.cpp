#include "quarantinepanel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStringDecoder>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace vigie {

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
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(0, 4, this))
    , m_payload(new QPlainTextEdit(this))
    , m_watcher(new QFutureWatcher<QVector<QuarantinedMessage>>(this))
{
    m_model->setHorizontalHeaderLabels({tr("Received"), tr("Topic"), tr("Reason"), tr("Detail")});
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
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
    layout->addWidget(split);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QuarantinePanel::showPayload);
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(2000);
    connect(&m_throttle, &QTimer::timeout, this, &QuarantinePanel::reload);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &QuarantinePanel::loaded);
}

QuarantinePanel::~QuarantinePanel()
{
    m_watcher->waitForFinished();
}

void QuarantinePanel::setStorePath(const QString &path)
{
    m_storePath = path;
    reload();
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
    if (m_storePath.isEmpty() || m_watcher->isRunning())
        return;
    m_watcher->setFuture(QtConcurrent::run([path = m_storePath] {
        auto store = Store::open(path, Store::Mode::ReadOnly);
        if (!store)
            return QVector<QuarantinedMessage>();
        auto rows = store->quarantine(500);
        return rows ? rows.value() : QVector<QuarantinedMessage>();
    }));
}

void QuarantinePanel::loaded()
{
    const qint64 selected = m_table->currentIndex().isValid() ? m_rows.value(m_table->currentIndex().row()).messageId : -1;
    m_rows = m_watcher->result();
    m_model->setRowCount(0);
    int reselect = -1;
    for (const QuarantinedMessage &q : std::as_const(m_rows)) {
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(q.receivedAtMs), QStringLiteral("dd/MM HH:mm:ss"));
        m_model->appendRow({new QStandardItem(when), new QStandardItem(q.topic), new QStandardItem(q.reasonCode),
                            new QStandardItem(q.reason)});
        if (q.messageId == selected)
            reselect = m_model->rowCount() - 1;
    }
    m_table->resizeColumnsToContents();
    if (reselect >= 0)
        m_table->setCurrentIndex(m_model->index(reselect, 0));
}

void QuarantinePanel::showPayload()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_rows.size()) {
        m_payload->clear();
        return;
    }
    const QuarantinedMessage &q = m_rows.at(row);
    m_payload->setPlainText(tr("Message %1 · %2 bytes · %3\n\n%4")
                                .arg(q.messageId).arg(q.payload.size()).arg(q.reason, payloadForDisplay(q.payload)));
}

} // namespace vigie
