#pragma once

#include "alarms/alarmtypes.h"
#include "ingest/ingestbatch.h"
#include "store.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVarLengthArray>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace vigie {

class AlarmStore;

/// \brief The one thread that writes ingest results to the store.
///
/// Lives on its own QThread (moveToThread); every slot runs there. Batches are queued in
/// memory and committed together, one transaction per commit: when `maxPendingMessages`
/// are waiting, or `maxDelayMs` after the first one arrived, whichever comes first (a
/// backlog drains in large transactions; a live trickle is committed within 50 ms). Each
/// commit holds the raw messages, the observations, the quarantine, the device clocks and
/// the crew fixes (`crew_fix`) of its batches.
///
/// The latest state (`asset_state`, `asset_seen`) is written less often: the newest value
/// per series is kept in memory and upserted at most every `stateIntervalMs`, inside a
/// commit, and by flush() and stop(). With messages in asset round-robin nearly every
/// commit would touch every asset's rows; once every few seconds each is written once
/// (docs/performance.md). What this costs: after a crash or a power cut, the stored state
/// can be up to `stateIntervalMs` older than the stored observations (the history is
/// complete); the next message of each asset brings it up to date. A state is upserted
/// only if its observation is not older than the stored one, so out-of-order messages
/// never roll it back.
///
/// The connection keeps a 64 MiB page cache and checkpoints the WAL every 32 MiB rather
/// than after nearly every commit: the history index is keyed by series, and messages come
/// in asset round-robin, so a small cache rewrites the same pages over and over. A failed
/// commit keeps the batches (and the pending state) and retries after `retryDelayMs`:
/// nothing received is dropped because the disk was full for a moment.
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
    int stateIntervalMs = 5000;

public slots:
    /// Opens the database (read-write, migrated). Emits failed() if it cannot.
    void start();
    /// Queues a batch for the next commit.
    void write(const vigie::IngestBatch &batch);
    /// Queues alarm rows (AlarmService) for the next commit, in the same transaction as the
    /// ingest batches queued with them; committed within maxDelayMs.
    void writeAlarms(const vigie::AlarmWrite &write);
    /// Commits what is queued now, latest state included. Used at shutdown and by tests.
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
    /// After a commit that held reprocessed messages (IngestBatch::reprocess): the quarantine
    /// in the store now says what became of `messages` of them.
    void reprocessCommitted(qint64 messages);

private:
    /// An asset's quantity: what observation.series stands for.
    struct SeriesKey
    {
        QString assetId;
        QString quantity;
        bool operator==(const SeriesKey &o) const { return assetId == o.assetId && quantity == o.quantity; }
        friend size_t qHash(const SeriesKey &k, size_t seed = 0) { return qHashMulti(seed, k.assetId, k.quantity); }
    };

    /// Commits what is queued, and the latest state when `withState` or when it is due.
    void commitPending(bool withState);
    Status commit(const QVector<IngestBatch> &batches, bool withState);
    Status prepareStatements();
    Status loadSeries();
    Status logMessages(const IngestBatch &batch);
    /// Rows per multi-row INSERT of the raw log and of observations (the rest one by one):
    /// one statement step and reset for many rows instead of one per row.
    static constexpr int rowsPerInsert = 16;
    Status clearQuarantine(const IngestBatch &batch);
    /// The series id of `o`, created in the open transaction when new (listed in
    /// m_newSeries so a rollback forgets it).
    Result<qint64> seriesOf(const Observation &o);
    /// Binds `o` as the row that starts at parameter `base` + 1 of an observation INSERT.
    static void bindObservation(SqliteStatement &insert, int base, qint64 series, const Observation &o);
    /// Inserts the observations of `batch` (their series ids parallel to them).
    Status insertObservations(const IngestBatch &batch, const QVector<qint64> &series);
    /// Upserts m_stateDue and m_seenDue, in the open transaction.
    Status writeState();
    /// Inserts the crew fixes of `batch`.
    Status insertCrewFixes(const IngestBatch &batch);

    QString m_path;
    std::shared_ptr<std::atomic<qint64>> m_uncommitted;
    std::shared_ptr<std::atomic<qint64>> m_uncommittedBytes;
    std::optional<Store> m_store;
    QVector<IngestBatch> m_pending;
    qint64 m_pendingMessages = 0;
    QTimer *m_timer = nullptr;
    QTimer *m_stateTimer = nullptr;
    QElapsedTimer m_sinceState; ///< Since the latest state was written.
    bool m_failing = false;

    QHash<SeriesKey, qint64> m_series;
    QVector<SeriesKey> m_newSeries;
    /// The series of m_series again, by Observation::assetIndex: an asset's few quantities,
    /// found without hashing its URN twice per message. Each entry names its asset, so an
    /// index from another directory only misses. Cleared when a commit rolls back.
    struct AssetSeries
    {
        QString assetId;
        QVarLengthArray<std::pair<QString, qint64>, 4> byQuantity;
    };
    std::vector<AssetSeries> m_seriesByAsset;
    QVector<qint64> m_batchSeries; ///< Series of the batch being committed (reused buffer).
    /// Latest state not written yet: newest valid observation per series, newest sign of
    /// life per asset. Folding is idempotent, so a rolled-back commit folds again safely.
    QHash<qint64, Observation> m_stateDue;
    QHash<QString, AssetSeen> m_seenDue;

    struct Statements;
    std::unique_ptr<Statements> m_sql;
    QVector<AlarmWrite> m_pendingAlarms;
    std::unique_ptr<AlarmStore> m_alarmStore;
};

} // namespace vigie
