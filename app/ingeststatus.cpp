#include "ingeststatus.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace vigie {

namespace {

QString dot(const char *color)
{
    return QStringLiteral("<span style=\"color:%1\">&#9679;</span> ").arg(QLatin1String(color));
}

} // namespace

IngestStatus::IngestStatus(QWidget *parent)
    : QWidget(parent)
    , m_broker(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_last(new QLabel(this))
    , m_quarantine(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_storeError(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_storeError->setStyleSheet(QStringLiteral("color: white; background: #b00020; padding: 1px 6px;"));
    m_storeError->hide();
    m_quarantine->setAutoRaise(true);
    m_quarantine->setToolTip(tr("Messages refused by ingest, kept with their reason. Click to inspect them."));
    m_rate->setMinimumWidth(m_rate->fontMetrics().horizontalAdvance(tr("%L1 msg/s").arg(88888)));
    for (QWidget *w : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_storeError),
                       static_cast<QWidget *>(m_broker), static_cast<QWidget *>(m_rate),
                       static_cast<QWidget *>(m_last), static_cast<QWidget *>(m_quarantine)})
        layout->addWidget(w);
    connect(m_quarantine, &QToolButton::clicked, this, &IngestStatus::quarantineClicked);
    setSourceState(SourceState::Idle, {});
    setStats({});
    auto *tick = new QTimer(this); // "last message 12 s ago" ages even without traffic
    connect(tick, &QTimer::timeout, this, &IngestStatus::refreshLastMessage);
    tick->start(1000);
}

void IngestStatus::setSourceState(SourceState state, const QString &detail)
{
    QString text;
    if (m_replay) { // no broker at all: say where the data comes from
        text = state == SourceState::Failed ? dot("#d7191c") + tr("Session replay: stopped")
                                            : dot("#1e3a8a") + tr("Session replay — no broker");
        m_broker->setText(text);
        m_broker->setToolTip(detail);
        return;
    }
    switch (state) {
    case SourceState::Idle: text = dot("#888") + tr("Broker: not connected"); break;
    case SourceState::Connecting: text = dot("#e0a000") + tr("Broker: connecting…"); break;
    case SourceState::Connected: text = dot("#1a9641") + tr("Broker: connected"); break;
    case SourceState::Reconnecting: text = dot("#e06000") + tr("Broker: not connected, retrying"); break;
    case SourceState::Failed:
        // Not retried: the cause must be readable without hovering (credentials, TLS,
        // another client with this client id…); the tooltip has the whole sentence.
        text = dot("#d7191c") + tr("Broker: stopped — %1").arg(m_broker->fontMetrics().elidedText(detail, Qt::ElideRight, 420).toHtmlEscaped());
        break;
    case SourceState::Finished: text = dot("#888") + tr("Source finished"); break;
    }
    m_broker->setText(text);
    m_broker->setToolTip(detail);
}

void IngestStatus::setStats(const IngestStats &stats)
{
    m_stats = stats;
    m_rate->setText(tr("%L1 msg/s").arg(qRound(stats.messagesPerSecond)));
    m_lastMessageMs = stats.lastMessageAtMs;
    refreshLastMessage();
    const qint64 total = m_storedQuarantine + stats.quarantined;
    m_quarantine->setText(tr("Quarantine: %L1").arg(total));
    m_quarantine->setStyleSheet(stats.quarantined > 0 ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    if (!stats.lastQuarantineReason.isEmpty())
        m_quarantine->setToolTip(tr("Last reason: %1").arg(stats.lastQuarantineReason));
}

void IngestStatus::setStoredQuarantine(qint64 count)
{
    m_storedQuarantine = count;
    setStats(m_stats);
}

void IngestStatus::setProgress(const QString &text, int percent)
{
    m_progress->setVisible(percent >= 0);
    m_progress->setValue(qMax(0, percent));
    m_progress->setFormat(text + QStringLiteral(" %p%"));
}

void IngestStatus::setStoreError(const QString &message)
{
    m_storeError->setVisible(!message.isEmpty());
    m_storeError->setText(tr("Storage problem: %1").arg(message.left(120)));
    m_storeError->setToolTip(message);
}

void IngestStatus::refreshLastMessage()
{
    if (m_lastMessageMs <= 0) {
        m_last->setText(tr("No message yet"));
        return;
    }
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_lastMessageMs);
    const qint64 ago = qMax<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - m_lastMessageMs) / 1000);
    m_last->setText(tr("Last message %1 (%2 s ago)").arg(QLocale().toString(at.time(), QStringLiteral("HH:mm:ss"))).arg(ago));
}

} // namespace vigie
