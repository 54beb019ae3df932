#pragma once

#include "ingest/ingestbatch.h"
#include "ingest/ingestsource.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace vigie {

/// \brief The status-bar strip of the control room: broker connection, messages per
/// second, time of the last message, quarantine count, and the city-loading progress.
///
/// Updated from the ingest service's coalesced signals (≤ 10 per second). GUI thread.
class IngestStatus : public QWidget
{
    Q_OBJECT
public:
    explicit IngestStatus(QWidget *parent = nullptr);

    void setSourceState(vigie::SourceState state, const QString &detail);
    /// Review mode: the source is a session replay, not a broker, and is named so.
    void setReplay(bool replay) { m_replay = replay; }
    void setStats(const vigie::IngestStats &stats);
    /// Quarantined messages already in the store when the city was opened.
    void setStoredQuarantine(qint64 count);
    /// -1 hides the progress bar.
    void setProgress(const QString &text, int percent);
    void setStoreError(const QString &message);

signals:
    void quarantineClicked();

private:
    void refreshLastMessage();

    QLabel *m_broker;
    bool m_replay = false;
    QLabel *m_rate;
    QLabel *m_last;
    QToolButton *m_quarantine;
    QProgressBar *m_progress;
    QLabel *m_storeError;
    qint64 m_storedQuarantine = 0;
    IngestStats m_stats;
    qint64 m_lastMessageMs = 0;
};

} // namespace vigie
