#pragma once

#include "ingest/ingestbatch.h"
#include "store.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace vigie {

/// \brief The one thread that writes ingest results to the store.
///
/// Lives on its own QThread (moveToThread); every slot runs there. Batches are queued in
/// memory and committed together, one transaction per commit: when `maxPendingMessages`
/// are waiting, or `maxDelayMs` after the first one arrived, whichever comes first (a
/// backlog drains in large transactions; a live trickle is committed within 50 ms). The
/// connection keeps a 64 MiB page cache and checkpoints the WAL every 32 MiB rather than
/// after nearly every commit: the observation index and the state table are keyed by asset,
/// and messages come in asset round-robin, so a small cache rewrites the same pages over
/// and over (docs/performance.md). The
/// latest state is upserted only if the observation is not older than the stored one, so
/// out-of-order messages never roll a state back. A failed commit keeps the batches and
/// retries after `retryDelayMs`: nothing received is dropped because the disk was full
/// for a moment.
class StoreWriter : public QObject
{
    Q_OBJECT
public:
    /// `uncommitted` (may be null) counts messages handed to the writer and not committed
    /// yet; the writer decreases it after each commit (see IngestPipeline's back-pressure).
    explicit StoreWriter(QString path, std::shared_ptr<std::atomic<qint64>> uncommitted = {},
                         QObject *parent = nullptr);
    ~StoreWriter() override;

    /// Shares the counter of bytes (RawMessage::sizeBytes()) not committed yet with the
    /// IngestPipeline: the writer decreases it after each commit. Call before start().
    void setUncommittedBytes(std::shared_ptr<std::atomic<qint64>> bytes) { m_uncommittedBytes = std::move(bytes); }

    int maxPendingMessages = 20000;
    int maxDelayMs = 50;
    int retryDelayMs = 1000;

public slots:
    /// Opens the database (read-write, migrated). Emits failed() if it cannot.
    void start();
    /// Queues a batch for the next commit.
    void write(const vigie::IngestBatch &batch);
    /// Commits what is queued now. Used at shutdown and by tests.
    void flush();
    /// Flushes and closes the connection.
    void stop();
    /// Commits what is queued, then saves `binding` (see Store::saveBinding).
    void saveBinding(const vigie::DeviceBinding &binding);
    /// Commits what is queued, then reads the raw messages `ids` (reprocessing).
    void readMessages(const QVector<qint64> &ids);

signals:
    /// After each successful commit: messages written by it, and the highest message id.
    void committed(qint64 messages, qint64 lastMessageId);
    /// A commit or the opening failed; `message` says why. Retries follow for commits.
    void failed(const QString &message);
    /// After saveBinding(): `error` is empty on success.
    void bindingSaved(const QString &deviceId, const QString &error);
    /// After readMessages().
    void messagesRead(const QVector<vigie::RawMessage> &messages);

private:
    Status commit(const QVector<IngestBatch> &batches);
    Status prepareStatements();
    Status logMessages(const IngestBatch &batch);
    Status clearQuarantine(const IngestBatch &batch);
    Status insertObservation(const Observation &o);

    QString m_path;
    std::shared_ptr<std::atomic<qint64>> m_uncommitted;
    std::shared_ptr<std::atomic<qint64>> m_uncommittedBytes;
    std::optional<Store> m_store;
    QVector<IngestBatch> m_pending;
    qint64 m_pendingMessages = 0;
    QTimer *m_timer = nullptr;
    bool m_failing = false;

    struct Statements;
    std::unique_ptr<Statements> m_sql;
};

} // namespace vigie
