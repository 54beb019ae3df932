#pragma once

#include "decoderroute.h"
#include "domain/assetdirectory.h"
#include "domain/devicebinding.h"
#include "ingestbatch.h"
#include "ingestsource.h"
#include "reports/mqttreportreader.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace vigie {

class IngestPipeline;
class StoreWriter;

/// \brief What an IngestService needs to run: where to store, which assets, from which state.
struct IngestConfig
{
    QString storePath;
    AssetDirectoryPtr directory;
    QVector<AssetState> initialStates; ///< Parallel to directory; may be empty.
    qint64 lastMessageId = 0;          ///< Store::maxMessageId().
    /// Topic filter → decoder, first match wins. Empty: every topic is read as FIWARE.
    QVector<DecoderRoute> routes;
    DecoderOptions decoderOptions; ///< The city's zone and thresholds.
    QVector<DeviceBinding> bindings; ///< Store::bindings() at start.
    /// Crew vehicles' trackers at start: device id → crew id (IngestPipeline::setTrackers).
    QHash<QString, QString> trackers;
    /// Recognises citizen-report entities among the payloads (IngestPipeline::setReportReader);
    /// null: every payload is a sensor's.
    std::shared_ptr<const MqttReportReader> reports;
};

/// \brief Owns the ingest threads and wires a source to the pipeline and the store writer.
///
/// Threads: the source's own thread pushes into the inbox; "vigie-ingest" decodes and
/// keeps the live state (IngestPipeline); "vigie-store" commits batches (StoreWriter).
/// The GUI thread only receives the coalesced signals below (≤ 10 per second).
/// Create, start and stop it on the GUI thread.
class IngestService : public QObject
{
    Q_OBJECT
public:
    explicit IngestService(IngestConfig config, QObject *parent = nullptr);
    ~IngestService() override;

    /// Replaces the source (closing the previous one). Takes ownership. Can be called while
    /// running: the new source is opened at once.
    void setSource(std::unique_ptr<IngestSource> source);
    /// As setSource(), without taking ownership: `source` (e.g. SessionPlayer::source(), the
    /// replay) must outlive its use here, i.e. stay until stop() or the next setSource/useSource.
    void useSource(IngestSource *source);
    IngestSource *source() const { return m_source.get(); }

    /// Called on the "vigie-ingest" thread with the messages of each drain, numbered, in
    /// arrival order, before they are decoded into observations (the session recorder's hook:
    /// one call per drain, no per-message work anywhere else). Must be cheap and thread-safe.
    /// Before start().
    void setMessageTap(std::function<void(const QVector<vigie::RawMessage> &messages)> tap) { m_tap = std::move(tap); }

    /// Runs `onIngestThread` on the "vigie-ingest" thread, between two drains, with the
    /// latest state of every asset (parallel to the directory; implicitly shared, no copy)
    /// and the last message id given. Everything drained before is in it and nothing after:
    /// a keyframe taken there matches the messages the tap has seen. Any thread; no-op when
    /// not running.
    void snapshot(std::function<void(const QVector<vigie::AssetState> &states, qint64 lastMessageId)> onIngestThread);
    /// Replaces the latest states (parallel to the directory; another size is refused with a
    /// warning) and publishes every asset in the next StateDelta: replay's reset to a
    /// keyframe. Queued to the ingest thread, after what is already pending. Any thread.
    void restoreStates(const QVector<vigie::AssetState> &states);
    /// Blocks until every message pushed into the inbox before the call is decoded and its
    /// observations emitted (observed() has returned). Replay uses it to keep operator
    /// actions in order with messages. Any thread except the ingest and store threads.
    void sync();

    /// Starts the threads, opens the store and the source.
    /// Errors: a route that cannot be built (makeDecoder()); nothing is started then.
    [[nodiscard]] Status start();
    /// Closes the source, processes what was received, commits it and joins the threads.
    /// Blocks until the last commit is done. Idempotent.
    void stop();
    bool isRunning() const { return m_running; }
    /// Assets of the directory in force (the size restoreStates() expects).
    int assetCount() const { return m_config.directory ? int(m_config.directory->size()) : 0; }

    /// Replaces the decoders: messages drained from now on are read through `routes`.
    /// Errors: those of RoutingDecoder::create(); the previous routes then stay in force.
    [[nodiscard]] Status setRoutes(const QVector<DecoderRoute> &routes);

    /// Saves `binding` (store writer) and uses it for the messages that follow (pipeline).
    /// The outcome comes back as bindingSaved(). Errors: `invalidBinding`, at once.
    [[nodiscard]] Status saveBinding(const DeviceBinding &binding);
    /// Replaces the crew trackers (device id → crew id, e.g. from the crew roster): messages
    /// drained from now on that come from one of them give crew fixes. GUI thread; queued to
    /// the pipeline like saveBinding(). Also applies at the next start().
    void setTrackers(const QHash<QString, QString> &trackers);
    /// Reads the logged messages `ids` again through the current routes and bindings; those
    /// now accepted leave the quarantine, the others get their new reason. Asynchronous:
    /// statsChanged() follows, then reprocessed() once the outcome is in the store.
    void reprocess(const QVector<qint64> &ids);

    /// Asks the pipeline to publish its pending delta and counters now (tests, shutdown).
    void publishNow();

    /// The store writer (on the "vigie-store" thread) while running, else null. AlarmService
    /// persists through its writeAlarms() slot, so that one thread writes the store.
    StoreWriter *writer() const { return m_writer; }

signals:
    void stateChanged(const vigie::StateDelta &delta);
    void statsChanged(const vigie::IngestStats &stats);
    void sourceStateChanged(vigie::SourceState state, const QString &detail);
    void committed(qint64 messages, qint64 lastMessageId);
    void storeFailed(const QString &message);
    /// After saveBinding(): `error` is empty on success.
    void bindingSaved(const QString &deviceId, const QString &error);
    /// After reprocess(): `messages` read again were committed (accepted or quarantined
    /// anew); a store reader now sees the outcome. One reprocess() may give several.
    void reprocessed(qint64 messages);
    /// The observations of each drain (live and reprocessed), as the store will write them.
    /// Emitted on the "vigie-ingest" thread: a receiver whose slot only queues work
    /// (AlarmService::observe) may connect with Qt::DirectConnection to skip the GUI thread.
    void observed(const vigie::Observations &observations);
    /// The crew fixes of each drain (live and reprocessed), as the store will write them.
    /// Emitted on the "vigie-ingest" thread: a GUI receiver gets them queued (one signal per
    /// drain, at most one every IngestPipeline::minDrainIntervalMs; the GUI coalesces).
    void crewFixes(const vigie::CrewFixes &fixes);
    /// The citizen reports read in each drain (live and reprocessed), not stored yet: for
    /// ReportService::submitAll(). Emitted on the "vigie-ingest" thread, so connect a slot
    /// that only queues, with Qt::DirectConnection. The GUI thread never sees them.
    void reportsReceived(const QVector<vigie::CitizenReport> &reports);

private:
    void attachSource();
    Result<PayloadDecoderPtr> buildDecoder(QVector<DecoderRoute> routes) const;

    IngestConfig m_config;
    std::shared_ptr<MessageInbox> m_inbox;
    std::unique_ptr<IngestSource> m_source;
    bool m_borrowedSource = false; ///< useSource(): m_source is released, never deleted.
    std::function<void(const QVector<RawMessage> &)> m_tap;
    QThread m_ingestThread;
    QThread m_storeThread;
    IngestPipeline *m_pipeline = nullptr;
    StoreWriter *m_writer = nullptr;
    bool m_running = false;
};

} // namespace vigie
