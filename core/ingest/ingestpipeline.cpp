#include "ingestpipeline.h"

#include <QHash>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcIngest, "vigie.ingest")

namespace vigie {

IngestPipeline::IngestPipeline(std::shared_ptr<MessageInbox> inbox, std::unique_ptr<PayloadDecoder> decoder,
                               AssetDirectoryPtr directory, QVector<AssetState> states, qint64 lastMessageId,
                               std::shared_ptr<std::atomic<qint64>> uncommitted, QObject *parent)
    : QObject(parent)
    , m_inbox(std::move(inbox))
    , m_decoder(std::move(decoder))
    , m_directory(std::move(directory))
    , m_states(std::move(states))
    , m_lastMessageId(lastMessageId)
    , m_uncommitted(std::move(uncommitted))
{
    qRegisterMetaType<vigie::IngestBatch>();
    qRegisterMetaType<vigie::StateDelta>();
    qRegisterMetaType<vigie::IngestStats>();
    m_states.resize(m_directory->size());
    m_dirtyFlags.assign(std::size_t(m_directory->size()), 0);
    m_clock.start();
}

IngestPipeline::~IngestPipeline() = default;

void IngestPipeline::start()
{
    m_timer = new QTimer(this);
    m_timer->setInterval(publishIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &IngestPipeline::publish);
    m_timer->start();
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    m_retry->setInterval(20);
    connect(m_retry, &QTimer::timeout, this, &IngestPipeline::drain);
}

void IngestPipeline::shutdown()
{
    if (m_timer)
        m_timer->stop();
    if (m_retry)
        m_retry->stop();
}

void IngestPipeline::drain()
{
    if (m_uncommitted && m_uncommitted->load() > maxUncommittedMessages) {
        if (m_retry && !m_retry->isActive())
            m_retry->start(); // the writer is behind: let the broker hold the backlog
        return;
    }
    drainInbox();
}

void IngestPipeline::drainInbox()
{
    std::vector<RawMessage> messages = m_inbox->takeAll();
    if (messages.empty())
        return;
    IngestBatch batch;
    batch.messages.reserve(qsizetype(messages.size()));
    for (RawMessage &m : messages) {
        process(m, batch);
        batch.messages << std::move(m);
    }
    m_stats.received += qint64(messages.size());
    m_stats.observations += batch.observations.size();
    m_stats.lastMessageAtMs = batch.messages.constLast().receivedAtMs;
    m_stats.pending = qint64(m_inbox->size());
    m_rateWindow.emplace_back(m_clock.elapsed(), qint64(messages.size()));
    m_statsChanged = true;
    if (m_uncommitted)
        m_uncommitted->fetch_add(qint64(messages.size()));
    emit batchDecoded(batch);
}

void IngestPipeline::process(RawMessage &message, IngestBatch &batch)
{
    message.id = ++m_lastMessageId;
    if (message.payload.size() > maxPayloadBytes) {
        quarantine(message, {QStringLiteral("payloadTooLarge"),
                             QStringLiteral("the payload has %1 bytes; the limit is %2").arg(message.payload.size()).arg(maxPayloadBytes)},
                   batch);
        return;
    }
    auto decoded = m_decoder->decode(message);
    if (!decoded) {
        quarantine(message, decoded.error(), batch);
        return;
    }
    QVector<int> indexes;
    indexes.reserve(decoded->size());
    for (const DecodedEntity &e : decoded.value()) {
        const int index = m_directory->indexOf(e.id);
        if (index < 0) {
            quarantine(message, {QStringLiteral("unknownEntity"),
                                 QStringLiteral("%1 is not an asset of the loaded city").arg(e.id.left(120))},
                       batch);
            return;
        }
        if (e.kind && m_directory->at(index).kind != *e.kind) {
            quarantine(message, {QStringLiteral("kindMismatch"),
                                 QStringLiteral("%1 is a %2 in the city pack, not a %3")
                                     .arg(e.id, assetKindName(m_directory->at(index).kind), assetKindName(*e.kind))},
                       batch);
            return;
        }
        indexes << index;
    }

    for (int i = 0; i < indexes.size(); ++i) {
        const DecodedEntity &e = decoded->at(i);
        const int index = indexes.at(i);
        const AssetRecord &asset = m_directory->at(index);
        const qint64 entityTime = e.observedAtMs > 0 ? e.observedAtMs : message.receivedAtMs;
        AssetState &state = m_states[index];
        bool changed = false;
        for (const DecodedValue &v : e.values) {
            Observation o;
            o.assetId = asset.id;
            o.assetIndex = index;
            o.quantity = v.quantity;
            o.number = v.number;
            o.text = v.text;
            o.unitCode = v.unitCode;
            o.observedAtMs = v.observedAtMs > 0 ? v.observedAtMs : entityTime;
            o.receivedAtMs = message.receivedAtMs;
            o.messageId = message.id;
            changed |= state.apply(o);
            batch.observations << std::move(o);
        }
        // A message without a known quantity is still a sign of life.
        if (message.receivedAtMs > state.lastSeenMs) {
            state.lastSeenMs = message.receivedAtMs;
            changed = true;
        }
        if (entityTime > state.lastObservedMs) {
            state.lastObservedMs = entityTime;
            changed = true;
        }
        batch.seen << AssetSeen{asset.id, message.receivedAtMs, entityTime};
        if (changed)
            markDirty(index);
    }
    m_stats.accepted += 1;
}

void IngestPipeline::quarantine(const RawMessage &message, const Error &error, IngestBatch &batch)
{
    qCDebug(lcIngest) << "quarantined message" << message.id << error.code << error.message;
    batch.quarantine << QuarantineEntry{message.id, error.code, error.message, message.receivedAtMs};
    m_stats.quarantined += 1;
    m_stats.lastQuarantineReason = error.message;
}

void IngestPipeline::markDirty(int index)
{
    char &flag = m_dirtyFlags[std::size_t(index)];
    if (!flag) {
        flag = 1;
        m_dirty << index;
    }
}

void IngestPipeline::publishNow()
{
    drainInbox();
    publish();
}

void IngestPipeline::publish()
{
    if (!m_dirty.isEmpty()) {
        StateDelta delta;
        delta.assetIndexes = std::move(m_dirty);
        m_dirty = {};
        delta.states.reserve(delta.assetIndexes.size());
        for (qint32 index : std::as_const(delta.assetIndexes)) {
            delta.states << m_states.at(index);
            m_dirtyFlags[std::size_t(index)] = 0;
        }
        emit stateChanged(delta);
    }
    const qint64 now = m_clock.elapsed();
    while (!m_rateWindow.empty() && now - m_rateWindow.front().first > 1000)
        m_rateWindow.pop_front();
    qint64 recent = 0;
    for (const auto &[t, n] : m_rateWindow)
        recent += n;
    const double rate = double(recent);
    if (m_statsChanged || rate != m_stats.messagesPerSecond) {
        m_stats.messagesPerSecond = rate;
        m_statsChanged = false;
        emit statsChanged(m_stats);
    }
}

} // namespace vigie
