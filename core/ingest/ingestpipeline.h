#pragma once

#include "domain/assetdirectory.h"
#include "ingestbatch.h"
#include "messageinbox.h"
#include "payloaddecoder.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <deque>
#include <memory>
#include <vector>

class QTimer;

namespace vigie {

/// \brief Decodes and binds messages on the ingest thread, and keeps the live state.
///
/// Lives on the ingest QThread; all slots run there. drain() takes every pending message
/// from the inbox at once, numbers it, decodes it, binds its entities to assets, and emits
/// one IngestBatch for the store writer. It also folds the observations into the latest
/// state per asset. Views are not told per message: every `publishIntervalMs` the assets
/// whose state changed since the previous tick are published as one StateDelta, together
/// with the counters. A message is either accepted as a whole or quarantined as a whole
/// (reason codes: docs/ingest.md).
///
/// Back-pressure: while more than `maxUncommittedMessages` handed to the store writer are
/// not committed yet, drain() leaves the inbox alone (and retries shortly). The inbox then
/// fills up to its high-water mark and holds the network thread, so a backlog waits in the
/// broker's session queue instead of in Vigie's memory.
class IngestPipeline : public QObject
{
    Q_OBJECT
public:
    /// `states` is parallel to `directory` (the cached state at start-up); `lastMessageId`
    /// is the highest id already in the store, numbering continues after it.
    /// `uncommitted` is shared with the StoreWriter (may be null: no back-pressure).
    IngestPipeline(std::shared_ptr<MessageInbox> inbox, std::unique_ptr<PayloadDecoder> decoder,
                   AssetDirectoryPtr directory, QVector<AssetState> states, qint64 lastMessageId,
                   std::shared_ptr<std::atomic<qint64>> uncommitted = {}, QObject *parent = nullptr);
    ~IngestPipeline() override;

    int maxPayloadBytes = 256 * 1024;
    int publishIntervalMs = 100;
    qint64 maxUncommittedMessages = 50000;

public slots:
    /// Starts the publication timer. Call once, on the ingest thread.
    void start();
    /// Processes everything pending in the inbox, unless the store writer is too far behind.
    void drain();
    /// Drains whatever the writer's backlog, then publishes the pending delta and counters
    /// immediately (shutdown, tests).
    void publishNow();
    /// Stops the timer (before the thread ends).
    void shutdown();

public:
    /// Replaces the decoder; messages drained from now on go through it. Ingest thread.
    void setDecoder(PayloadDecoderPtr decoder) { m_decoder = std::move(decoder); }

signals:
    void batchDecoded(const vigie::IngestBatch &batch);
    void stateChanged(const vigie::StateDelta &delta);
    void statsChanged(const vigie::IngestStats &stats);

private:
    void drainInbox();
    void process(RawMessage &message, IngestBatch &batch);
    void quarantine(const RawMessage &message, const Error &error, IngestBatch &batch);
    void publish();
    void markDirty(int index);

    std::shared_ptr<MessageInbox> m_inbox;
    std::unique_ptr<PayloadDecoder> m_decoder;
    AssetDirectoryPtr m_directory;
    QVector<AssetState> m_states;
    qint64 m_lastMessageId = 0;

    std::vector<char> m_dirtyFlags;
    QVector<qint32> m_dirty;
    IngestStats m_stats;
    bool m_statsChanged = false;
    std::deque<std::pair<qint64, qint64>> m_rateWindow; // (steady ms, messages)
    QElapsedTimer m_clock;
    QTimer *m_timer = nullptr;
    QTimer *m_retry = nullptr;
    std::shared_ptr<std::atomic<qint64>> m_uncommitted;
};

} // namespace vigie
