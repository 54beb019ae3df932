#pragma once

#include "domain/assetdirectory.h"
#include "domain/devicebinding.h"
#include "logthrottle.h"
#include "redeliveryfilter.h"
#include "ingestbatch.h"
#include "messageinbox.h"
#include "payloaddecoder.h"
#include "reports/mqttreportreader.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <deque>
#include <functional>
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
/// Rules applied after decoding (docs/ingest.md, "Time" and "Values"):
/// - an entity whose device is a crew vehicle's tracker (setTrackers()) gives a CrewFix
///   when it carries a position (none without a GNSS fix) and no observation, whatever
///   bindings say; its time is checked like an observation's;
/// - an entity binds to an asset by its id, or by its device id through a DeviceBinding;
/// - a local time in the repeated autumn hour is read as the first instant not earlier
///   than the asset's previous observation;
/// - a time more than `maxClockAheadMs` after reception, or before the device was installed
///   (or before `earliestPlausibleMs`), is replaced by the received time, the observation is
///   flagged ClockSkewed and the skew is recorded for the device;
/// - a bin-fill `distance` becomes a `fillingLevel` through the bound container's depth;
/// - invalid readings go to history flagged, the current value stays (AssetState);
/// - a QoS 1 redelivery (RedeliveryFilter) is logged but applied once;
/// - a retained message (RawMessage::retain) whose every reading carries its own time and
///   whose entities are all observed no later than their asset's lastObservedMs is the
///   broker's stored copy sent again at (re)subscription: logged, counted as a duplicate,
///   nothing applied.
///
/// Citizen reports (setReportReader()): a payload the MqttReportReader recognises as a
/// FIWARE issue entity is read as a report, never as an asset observation. The message is
/// logged and accepted like any other (or quarantined with the reader's reason), and the
/// reports of each drain are handed on with reportsReceived(); the same entity sent again
/// is left to ReportIntake to refuse (`duplicateReport`).
///
/// Back-pressure: while more than `maxUncommittedMessages` handed to the store writer are
/// not committed yet, or while the bytes not committed plus those waiting in the inbox
/// exceed `maxUncommittedBytes`, drain() leaves the inbox alone (and retries shortly). The
/// inbox then fills up to its high-water marks and holds the network thread, so a backlog
/// waits in the broker's session queue instead of in Vigie's memory. Memory held by
/// messages is thus bounded by bytes as well as by count: the inbox's high-water bytes
/// plus `maxUncommittedBytes` (a drain may overshoot the latter by what arrived while it
/// ran, at most the inbox's budget).
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

    /// Shares the counter of bytes not committed yet with the StoreWriter (which decreases
    /// it after each commit); null: no byte budget. Call before start(), on any thread.
    void setUncommittedBytes(std::shared_ptr<std::atomic<qint64>> bytes) { m_uncommittedBytes = std::move(bytes); }

    /// The bindings in force at start (from the store and the city pack).
    void setBindings(const QVector<DeviceBinding> &bindings) { m_bindings = DeviceBindings(bindings); }
    ~IngestPipeline() override;

    int maxPayloadBytes = 256 * 1024;
    qint64 maxClockAheadMs = 5 * 60 * 1000;
    /// No reading before this is believed, whatever the device: 2015-01-01T00:00:00Z
    /// (LoRaWAN 1.0 was published in 2015; no field device of a city is older).
    qint64 earliestPlausibleMs = 1420070400000;
    double fillHeadroom = 1.2; ///< Largest fillingLevel ratio believed (DecoderOptions::fillHeadroom).
    int publishIntervalMs = 100;
    /// Shortest time between two drains. The inbox wakes the pipeline when it turns
    /// non-empty; draining at once would take one message per wake-up whenever decoding is
    /// faster than receiving, and every wake-up, batch and hand-over to the writer costs
    /// CPU on three threads (docs/performance.md). Waiting this long after the previous
    /// drain lets messages gather (and costs a live message at most that much latency).
    int minDrainIntervalMs = 10;
    qint64 maxUncommittedMessages = 200000;
    /// Bytes (RawMessage::sizeBytes()) handed to the writer and not committed, beyond which
    /// drain() waits. Needs setUncommittedBytes().
    qint64 maxUncommittedBytes = 128 * 1024 * 1024;
    /// Longest quarantine reason kept, in characters (UTF-16 code units), "…" included:
    /// longer reasons (a decoder quoting a 100 kB id) are cut in quarantine().
    int maxReasonChars = 500;

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
    /// Adds or replaces one binding; messages processed from now on use it.
    void updateBinding(const vigie::DeviceBinding &binding);
    /// Replaces the crew trackers: device id (any form normalizeDeviceId() reads) → crew id.
    /// Messages processed from now on use them. Ingest thread (or before start()).
    void setTrackers(const QHash<QString, QString> &trackers);
    /// Decodes `messages` again (already in the log, quarantined) and emits one reprocessing
    /// batch: those now accepted leave the quarantine.
    void reprocess(const QVector<vigie::RawMessage> &messages);

public:
    /// Called with the messages of each drain (numbered, before decoding): IngestService::setMessageTap().
    /// Before start().
    void setMessageTap(std::function<void(const QVector<RawMessage> &)> tap) { m_tap = std::move(tap); }
    /// Ingest thread. The latest state of every asset (parallel to the directory).
    const QVector<AssetState> &states() const { return m_states; }
    /// Ingest thread. The highest message id given so far.
    qint64 lastMessageId() const { return m_lastMessageId; }
    /// Ingest thread. Replaces the states (IngestService::restoreStates()); every asset is
    /// published in the next delta. A vector of another size than the directory is refused.
    /// The redelivery filter and crew fix times start afresh (a replay delivers messages again).
    void restoreStates(const QVector<AssetState> &states);
    /// Ingest thread. Processes whatever the inbox holds now, ignoring the writer's backlog
    /// and the drain interval (IngestService::sync()).
    void drainInboxNow() { drainInbox(); }
    /// Replaces the decoder; messages drained from now on go through it. Ingest thread.
    void setDecoder(PayloadDecoderPtr decoder) { m_decoder = std::move(decoder); }
    /// Recognises citizen-report entities before the decoders see a payload (null: none
    /// are, every payload goes to the decoders). Before start(), or on the ingest thread.
    void setReportReader(std::shared_ptr<const MqttReportReader> reader) { m_reportReader = std::move(reader); }

signals:
    void batchDecoded(const vigie::IngestBatch &batch);
    void stateChanged(const vigie::StateDelta &delta);
    void statsChanged(const vigie::IngestStats &stats);
    /// The citizen reports read in one drain (or reprocessing), in arrival order, not stored
    /// yet: for ReportService::submitAll(). Ingest thread; only when some were read.
    void reportsReceived(const QVector<vigie::CitizenReport> &reports);

private:
    /// Where a decoded entity goes.
    struct Target
    {
        int index = -1;   ///< Asset; -1 for a crew tracker.
        const DeviceBinding *binding = nullptr;
        QString clockKey; ///< Device id for clock records (the asset id when there is none).
        QString crewId;   ///< Set when the entity is a crew vehicle's tracker.
        bool isCrew() const { return !crewId.isEmpty(); }
    };

    void drainInbox();
    /// Emits reportsReceived() with the reports read since the last call, if any.
    void handOnReports();
    /// Numbers `message` unless it is already logged (reprocessing), then accepts or quarantines it.
    bool process(RawMessage &message, IngestBatch &batch);
    Status accept(const RawMessage &message, IngestBatch &batch, QString *deviceId);
    Result<Target> resolve(const DecodedEntity &entity) const;
    /// Whether every entity has an observation time and none is newer than its asset's
    /// lastObservedMs (`targets` parallel to `entities`).
    bool observedBefore(const QVector<DecodedEntity> &entities, const QVector<Target> &targets) const;
    void apply(const RawMessage &message, const DecodedEntity &entity, const Target &target, IngestBatch &batch);
    /// A crew tracker's entity: a CrewFix when it has a position.
    void applyFix(const RawMessage &message, const DecodedEntity &entity, const Target &target, IngestBatch &batch);
    qint64 plausibleTime(qint64 observedMs, qint64 laterMs, const RawMessage &message, const Target &target,
                         quint8 *flags, IngestBatch &batch);
    void recordSkew(const QString &deviceId, qint64 skewMs, qint64 atMs, IngestBatch &batch);
    void quarantine(const RawMessage &message, const Error &error, const QString &deviceId, IngestBatch &batch);
    void publish();
    void markDirty(int index);

    std::shared_ptr<MessageInbox> m_inbox;
    std::unique_ptr<PayloadDecoder> m_decoder;
    AssetDirectoryPtr m_directory;
    DeviceBindings m_bindings;
    QHash<QString, QString> m_trackers; ///< Normalised device id → crew id.
    QHash<QString, qint64> m_lastFixMs; ///< Crew id → time of its newest fix applied (UTC ms).
    RedeliveryFilter m_redeliveries;
    LogThrottle m_logThrottle;
    QHash<QString, int> m_clockSlots; ///< device id → index in the current batch's clocks
    QVector<AssetState> m_states;
    qint64 m_lastMessageId = 0;

    std::vector<char> m_dirtyFlags;
    QVector<qint32> m_dirty;
    IngestStats m_stats;
    bool m_statsChanged = false;
    std::deque<std::pair<qint64, qint64>> m_rateWindow; // (steady ms, messages)
    QElapsedTimer m_clock;
    qint64 m_lastDrainMs = -1; ///< m_clock time of the latest drain; -1: none yet.
    QTimer *m_timer = nullptr;
    QTimer *m_retry = nullptr;
    std::shared_ptr<std::atomic<qint64>> m_uncommitted;
    std::shared_ptr<std::atomic<qint64>> m_uncommittedBytes;
    std::function<void(const QVector<RawMessage> &)> m_tap;
    std::shared_ptr<const MqttReportReader> m_reportReader;
    QVector<CitizenReport> m_reports; ///< Read in the current drain, not handed on yet.
};

} // namespace vigie
