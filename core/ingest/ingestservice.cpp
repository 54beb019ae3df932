#include "ingestservice.h"

#include "fiwaredecoder.h"
#include "ingestpipeline.h"
#include "storage/storewriter.h"

#include <QMetaObject>

namespace vigie {

IngestService::IngestService(IngestConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_inbox(std::make_shared<MessageInbox>())
{
    qRegisterMetaType<vigie::IngestBatch>();
    qRegisterMetaType<vigie::StateDelta>();
    qRegisterMetaType<vigie::IngestStats>();
    qRegisterMetaType<vigie::SourceState>();
    qRegisterMetaType<vigie::Observations>("vigie::Observations");
    qRegisterMetaType<vigie::CrewFixes>();
    m_ingestThread.setObjectName(QStringLiteral("vigie-ingest"));
    m_storeThread.setObjectName(QStringLiteral("vigie-store"));
}

IngestService::~IngestService()
{
    stop();
    if (m_borrowedSource)
        (void)m_source.release();
}

void IngestService::useSource(IngestSource *source)
{
    setSource(nullptr);
    if (!source)
        return;
    m_source.reset(source);
    m_borrowedSource = true;
    m_source->setInbox(m_inbox);
    connect(m_source.get(), &IngestSource::stateChanged, this, &IngestService::sourceStateChanged);
    if (m_running)
        m_source->open();
}

void IngestService::snapshot(std::function<void(const QVector<AssetState> &, qint64)> onIngestThread)
{
    if (!m_running || !onIngestThread)
        return;
    QMetaObject::invokeMethod(
        m_pipeline, [pipeline = m_pipeline, fn = std::move(onIngestThread)] { fn(pipeline->states(), pipeline->lastMessageId()); },
        Qt::QueuedConnection);
}

void IngestService::restoreStates(const QVector<AssetState> &states)
{
    if (m_running)
        QMetaObject::invokeMethod(m_pipeline, [pipeline = m_pipeline, states] { pipeline->restoreStates(states); },
                                  Qt::QueuedConnection);
}

void IngestService::sync()
{
    if (m_running)
        QMetaObject::invokeMethod(m_pipeline, [pipeline = m_pipeline] { pipeline->drainInboxNow(); },
                                  Qt::BlockingQueuedConnection);
}

void IngestService::setSource(std::unique_ptr<IngestSource> source)
{
    if (m_source) {
        m_source->close();
        disconnect(m_source.get(), nullptr, this, nullptr);
    }
    if (m_borrowedSource)
        (void)m_source.release();
    m_borrowedSource = false;
    m_source = std::move(source);
    if (!m_source)
        return;
    m_source->setInbox(m_inbox);
    connect(m_source.get(), &IngestSource::stateChanged, this, &IngestService::sourceStateChanged);
    if (m_running)
        m_source->open();
}

Status IngestService::start()
{
    if (m_running)
        return {};
    auto decoder = buildDecoder(m_config.routes);
    if (!decoder)
        return decoder.error();
    auto uncommitted = std::make_shared<std::atomic<qint64>>(0);
    auto uncommittedBytes = std::make_shared<std::atomic<qint64>>(0);
    m_writer = new StoreWriter(m_config.storePath, uncommitted);
    m_writer->setUncommittedBytes(uncommittedBytes);
    m_writer->moveToThread(&m_storeThread);
    connect(m_writer, &StoreWriter::committed, this, &IngestService::committed);
    connect(m_writer, &StoreWriter::failed, this, &IngestService::storeFailed);

    m_pipeline = new IngestPipeline(m_inbox, std::move(decoder.value()), m_config.directory,
                                    m_config.initialStates, m_config.lastMessageId, uncommitted);
    m_pipeline->setBindings(m_config.bindings);
    m_pipeline->setTrackers(m_config.trackers);
    m_pipeline->setUncommittedBytes(uncommittedBytes);
    m_pipeline->fillHeadroom = m_config.decoderOptions.fillHeadroom;
    m_pipeline->setMessageTap(m_tap);
    m_pipeline->moveToThread(&m_ingestThread);
    connect(m_writer, &StoreWriter::messagesRead, m_pipeline, &IngestPipeline::reprocess);
    connect(m_writer, &StoreWriter::bindingSaved, this, &IngestService::bindingSaved);
    connect(m_writer, &StoreWriter::reprocessCommitted, this, &IngestService::reprocessed);
    connect(m_pipeline, &IngestPipeline::batchDecoded, m_writer, &StoreWriter::write);
    connect(
        m_pipeline, &IngestPipeline::batchDecoded, m_pipeline,
        [this](const IngestBatch &batch) {
            if (!batch.observations.isEmpty())
                emit observed(batch.observations);
            if (!batch.crewFixes.isEmpty())
                emit crewFixes(batch.crewFixes);
        },
        Qt::DirectConnection);
    m_pipeline->setReportReader(m_config.reports);
    // Straight from the ingest thread: the receiver (ReportService::submitAll) only queues.
    connect(m_pipeline, &IngestPipeline::reportsReceived, this, &IngestService::reportsReceived, Qt::DirectConnection);
    connect(m_pipeline, &IngestPipeline::stateChanged, this, &IngestService::stateChanged);
    connect(m_pipeline, &IngestPipeline::statsChanged, this, &IngestService::statsChanged);

    IngestPipeline *pipeline = m_pipeline;
    m_inbox->setWakeUp([pipeline] { QMetaObject::invokeMethod(pipeline, &IngestPipeline::drain, Qt::QueuedConnection); });

    m_storeThread.start();
    m_ingestThread.start();
    QMetaObject::invokeMethod(m_writer, &StoreWriter::start, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_pipeline, &IngestPipeline::start, Qt::QueuedConnection);
    m_running = true;
    if (m_source)
        m_source->open();
    return {};
}

Result<PayloadDecoderPtr> IngestService::buildDecoder(QVector<DecoderRoute> routes) const
{
    if (routes.isEmpty())
        routes << DecoderRoute{QStringLiteral("#"), QStringLiteral("fiware"), {}};
    auto router = RoutingDecoder::create(routes, m_config.decoderOptions);
    if (!router)
        return router.error();
    return PayloadDecoderPtr(std::move(router.value()));
}

Status IngestService::setRoutes(const QVector<DecoderRoute> &routes)
{
    auto decoder = buildDecoder(routes);
    if (!decoder)
        return decoder.error();
    m_config.routes = routes;
    if (!m_running)
        return {};
    auto holder = std::make_shared<PayloadDecoderPtr>(std::move(decoder.value()));
    QMetaObject::invokeMethod(m_pipeline, [pipeline = m_pipeline, holder] { pipeline->setDecoder(std::move(*holder)); },
                              Qt::QueuedConnection);
    return {};
}

Status IngestService::saveBinding(const DeviceBinding &binding)
{
    if (auto valid = validateBinding(binding); !valid)
        return valid;
    if (!m_running)
        return Error{QStringLiteral("notRunning"), QStringLiteral("ingest is not running")};
    QMetaObject::invokeMethod(m_writer, "saveBinding", Qt::QueuedConnection, Q_ARG(vigie::DeviceBinding, binding));
    QMetaObject::invokeMethod(m_pipeline, "updateBinding", Qt::QueuedConnection, Q_ARG(vigie::DeviceBinding, binding));
    return {};
}

void IngestService::setTrackers(const QHash<QString, QString> &trackers)
{
    m_config.trackers = trackers;
    if (m_running)
        QMetaObject::invokeMethod(m_pipeline, [pipeline = m_pipeline, trackers] { pipeline->setTrackers(trackers); },
                                  Qt::QueuedConnection);
}

void IngestService::reprocess(const QVector<qint64> &ids)
{
    if (m_running && !ids.isEmpty())
        QMetaObject::invokeMethod(m_writer, "readMessages", Qt::QueuedConnection, Q_ARG(QVector<qint64>, ids));
}

void IngestService::publishNow()
{
    if (m_running)
        QMetaObject::invokeMethod(m_pipeline, &IngestPipeline::publishNow, Qt::QueuedConnection);
}

void IngestService::stop()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_source)
        m_source->close();
    // The threads below never wait for the GUI thread, so blocking calls cannot deadlock.
    // Order matters: the last batch is posted to the writer before the writer is stopped.
    QMetaObject::invokeMethod(m_pipeline, &IngestPipeline::publishNow, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(m_pipeline, &IngestPipeline::shutdown, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(m_writer, &StoreWriter::stop, Qt::BlockingQueuedConnection);
    m_inbox->close();
    m_ingestThread.quit();
    m_storeThread.quit();
    m_ingestThread.wait();
    m_storeThread.wait();
    delete m_pipeline;
    delete m_writer;
    m_pipeline = nullptr;
    m_writer = nullptr;
}

} // namespace vigie
