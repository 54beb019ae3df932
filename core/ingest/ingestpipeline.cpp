#include "ingestpipeline.h"

#include "domain/quantity.h"
#include "fillinglevel.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QTimer>

#include <simdjson.h>

#include <cmath>
#include <utility>

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
    qRegisterMetaType<vigie::DeviceBinding>();
    qRegisterMetaType<QVector<vigie::RawMessage>>();
    qRegisterMetaType<vigie::CrewFixes>();
    qRegisterMetaType<QVector<vigie::CitizenReport>>();
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
    const bool tooManyMessages = m_uncommitted && m_uncommitted->load() > maxUncommittedMessages;
    // Bytes: what this drain would add is counted before taking it. With nothing
    // uncommitted the inbox is taken whatever its size (it is bounded by its own budget).
    const qint64 bytes = m_uncommittedBytes ? m_uncommittedBytes->load() : 0;
    const bool tooManyBytes = bytes > 0 && bytes + m_inbox->bytes() > maxUncommittedBytes;
    if (tooManyMessages || tooManyBytes) {
        if (m_retry && !m_retry->isActive())
            m_retry->start(20); // the writer is behind: let the broker hold the backlog
        return;
    }
    // Let messages gather: the inbox does not wake the pipeline again while it holds some.
    const qint64 since = m_lastDrainMs < 0 ? minDrainIntervalMs : m_clock.elapsed() - m_lastDrainMs;
    if (m_retry && since < minDrainIntervalMs) {
        if (!m_retry->isActive())
            m_retry->start(int(minDrainIntervalMs - since));
        return;
    }
    drainInbox();
}

void IngestPipeline::drainInbox()
{
    std::vector<RawMessage> messages = m_inbox->takeAll();
    if (messages.empty())
        return;
    m_lastDrainMs = m_clock.elapsed();
    IngestBatch batch;
    m_clockSlots.clear();
    batch.messages.reserve(qsizetype(messages.size()));
    batch.observations.reserve(2 * qsizetype(messages.size())); // most messages carry one or two
    batch.seen.reserve(qsizetype(messages.size()));
    qint64 bytes = 0;
    for (RawMessage &m : messages) {
        bytes += m.sizeBytes();
        process(m, batch);
        batch.messages << std::move(m);
    }
    m_stats.received += qint64(messages.size());
    ++m_stats.drains;
    m_stats.lastMessageAtMs = batch.messages.constLast().receivedAtMs;
    m_stats.pending = qint64(m_inbox->size());
    m_stats.appliedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_rateWindow.emplace_back(m_clock.elapsed(), qint64(messages.size()));
    m_statsChanged = true;
    if (m_uncommitted)
        m_uncommitted->fetch_add(qint64(messages.size()));
    if (m_uncommittedBytes)
        m_uncommittedBytes->fetch_add(bytes);
    if (m_tap)
        m_tap(batch.messages);
    emit batchDecoded(batch);
    handOnReports();
}

void IngestPipeline::handOnReports()
{
    if (!m_reports.isEmpty())
        emit reportsReceived(std::exchange(m_reports, {}));
}

void IngestPipeline::restoreStates(const QVector<AssetState> &states)
{
    if (states.size() != m_states.size()) {
        qCWarning(lcIngest) << "state restore refused:" << states.size() << "states for" << m_states.size() << "assets";
        return;
    }
    m_states = states;
    m_lastFixMs.clear();
    m_redeliveries = RedeliveryFilter(); // messages replayed again are not QoS 1 redeliveries
    for (qint32 i = 0; i < m_states.size(); ++i)
        markDirty(i);
}

void IngestPipeline::reprocess(const QVector<RawMessage> &messages)
{
    if (messages.isEmpty())
        return;
    IngestBatch batch;
    m_clockSlots.clear();
    batch.reprocess = true;
    for (RawMessage m : messages) {
        --m_stats.quarantined; // counted again by quarantine() if it still fails
        if (process(m, batch))
            ++m_stats.reprocessed;
        batch.messages << std::move(m);
    }
    m_statsChanged = true;
    emit batchDecoded(batch);
    handOnReports();
}

void IngestPipeline::updateBinding(const DeviceBinding &binding)
{
    m_bindings.insert(binding);
}

void IngestPipeline::setTrackers(const QHash<QString, QString> &trackers)
{
    m_trackers.clear();
    for (auto it = trackers.begin(); it != trackers.end(); ++it)
        m_trackers.insert(normalizeDeviceId(it.key()), it.value());
}

bool IngestPipeline::process(RawMessage &message, IngestBatch &batch)
{
    if (message.id == 0)
        message.id = ++m_lastMessageId;
    QString deviceId;
    const qsizetype before = batch.observations.size();
    if (auto accepted = accept(message, batch, &deviceId); !accepted) {
        batch.observations.resize(before);
        quarantine(message, accepted.error(), deviceId, batch);
        return false;
    }
    m_stats.accepted += 1;
    m_stats.observations += batch.observations.size() - before;
    return true;
}

Status IngestPipeline::accept(const RawMessage &message, IngestBatch &batch, QString *deviceId)
{
    if (message.payload.size() > maxPayloadBytes)
        return Error{QStringLiteral("payloadTooLarge"),
                     QStringLiteral("the payload has %1 bytes; the limit is %2").arg(message.payload.size()).arg(maxPayloadBytes)};
    if (!simdjson::validate_utf8(message.payload.constData(), std::size_t(message.payload.size())))
        return Error{QStringLiteral("invalidEncoding"), QStringLiteral("the payload is not valid UTF-8")};
    if (m_reportReader) {
        if (auto report = m_reportReader->read(message.payload)) {
            if (!report->ok())
                return report->error();
            m_reports << std::move(*report).value();
            ++m_stats.citizenReports;
            return {};
        }
    }
    auto decoded = m_decoder->decode(message);
    if (!decoded)
        return decoded.error();

    QVector<Target> targets;
    targets.reserve(decoded->size());
    bool everyReadingTimed = !decoded->isEmpty();
    for (const DecodedEntity &e : decoded.value()) {
        *deviceId = e.deviceId.isEmpty() ? e.id.left(200) : e.deviceId.left(200);
        auto target = resolve(e);
        if (!target)
            return target.error();
        for (const DecodedValue &v : e.values) {
            if (v.text.isEmpty() && !std::isfinite(v.number))
                return Error{QStringLiteral("invalidValue"),
                             QStringLiteral("%1 of %2 has no usable value (not a number, empty)").arg(v.quantity, *deviceId)};
            everyReadingTimed &= v.observedAtMs > 0 || e.observedAtMs > 0;
        }
        everyReadingTimed &= !target->isCrew() || e.observedAtMs > 0;
        targets << target.value();
    }
    if (everyReadingTimed && message.retain && observedBefore(decoded.value(), targets)) {
        ++m_stats.duplicates; // the broker's retained copy, sent again at (re)subscription
        return {};
    }
    if (everyReadingTimed && message.qos > 0 && m_redeliveries.seenBefore(message.topic, message.payload)) {
        ++m_stats.duplicates;
        return {};
    }
    for (int i = 0; i < targets.size(); ++i) {
        if (targets.at(i).isCrew())
            applyFix(message, decoded->at(i), targets.at(i), batch);
        else
            apply(message, decoded->at(i), targets.at(i), batch);
    }
    return {};
}

bool IngestPipeline::observedBefore(const QVector<DecodedEntity> &entities, const QVector<Target> &targets) const
{
    for (int i = 0; i < entities.size(); ++i) {
        const DecodedEntity &e = entities.at(i);
        // Of an ambiguous local time, the later reading: the message is old only if even
        // that is not newer than what the asset already has.
        const auto newest = [](qint64 ms, qint64 laterMs) { return qMax(ms, laterMs); };
        qint64 time = e.observedAtMs > 0 ? newest(e.observedAtMs, e.observedAtLaterMs) : 0;
        for (const DecodedValue &v : e.values)
            time = qMax(time, v.observedAtMs > 0 ? newest(v.observedAtMs, v.observedAtLaterMs) : 0);
        const Target &target = targets.at(i);
        const qint64 latest = target.isCrew() ? m_lastFixMs.value(target.crewId) : m_states.at(target.index).lastObservedMs;
        if (time <= 0 || time > latest)
            return false;
    }
    return !entities.isEmpty();
}

Result<IngestPipeline::Target> IngestPipeline::resolve(const DecodedEntity &e) const
{
    Target target;
    if (!e.deviceId.isEmpty() && !m_trackers.isEmpty()) {
        const QString device = normalizeDeviceId(e.deviceId);
        if (const auto crew = m_trackers.constFind(device); crew != m_trackers.constEnd()) {
            target.crewId = crew.value();
            target.clockKey = device;
            return target;
        }
    }
    if (!e.id.isEmpty()) {
        target.index = m_directory->indexOf(e.id);
        if (target.index < 0)
            return Error{QStringLiteral("unknownEntity"),
                         QStringLiteral("%1 is not an asset of the loaded city").arg(elide(e.id, 120))};
    }
    if (!e.deviceId.isEmpty()) {
        target.clockKey = normalizeDeviceId(e.deviceId);
        target.binding = m_bindings.find(target.clockKey);
        if (target.index < 0) {
            if (!target.binding)
                return Error{QStringLiteral("unboundDevice"),
                             QStringLiteral("device %1 is not bound to an asset of the city").arg(elide(e.deviceId, 120))};
            target.index = m_directory->indexOf(target.binding->assetId);
            if (target.index < 0)
                return Error{QStringLiteral("unknownEntity"),
                             QStringLiteral("device %1 is bound to %2, which is not an asset of the loaded city")
                                 .arg(elide(e.deviceId, 120), elide(target.binding->assetId, 120))};
        }
    }
    if (target.index < 0)
        return Error{QStringLiteral("missingId"), QStringLiteral("the payload names neither an asset nor a device")};
    const AssetRecord &asset = m_directory->at(target.index);
    if (target.clockKey.isEmpty())
        target.clockKey = asset.id;
    if (e.kind && asset.kind != *e.kind)
        return Error{QStringLiteral("kindMismatch"), QStringLiteral("%1 is a %2 in the city pack, not a %3")
                                                         .arg(asset.id, assetKindName(asset.kind), assetKindName(*e.kind))};
    return target;
}

void IngestPipeline::apply(const RawMessage &message, const DecodedEntity &e, const Target &target, IngestBatch &batch)
{
    const AssetRecord &asset = m_directory->at(target.index);
    AssetState &state = m_states[target.index];
    quint8 entityFlags = 0;
    const qint64 entityTime = e.observedAtMs > 0
        ? plausibleTime(e.observedAtMs, e.observedAtLaterMs, message, target, &entityFlags, batch)
        : message.receivedAtMs;
    bool changed = false;
    const auto add = [&](Observation &&o) {
        if (!o.isValid())
            ++m_stats.invalidReadings;
        if (o.flags & ClockSkewed)
            ++m_stats.clockSkewed;
        changed |= state.apply(o);
        batch.observations << std::move(o);
    };
    for (const DecodedValue &v : e.values) {
        Observation o;
        o.assetId = asset.id;
        o.assetIndex = target.index;
        o.quantity = v.quantity;
        o.number = v.number;
        o.text = v.text;
        o.unitCode = v.unitCode;
        o.flags = entityFlags;
        o.observedAtMs = v.observedAtMs > 0
            ? plausibleTime(v.observedAtMs, v.observedAtLaterMs, message, target, &o.flags, batch)
            : entityTime;
        o.receivedAtMs = message.receivedAtMs;
        o.messageId = message.id;
        if (!v.isValid())
            o.flags |= InvalidReading;
        std::optional<Observation> fill;
        if (asset.kind == AssetKind::WasteContainer && target.binding && target.binding->hasDepth()
            && o.quantity == quantity::distance)
            fill = fillFromDistance(o, target.binding->containerDepthM, fillHeadroom);
        add(std::move(o));
        if (fill)
            add(std::move(*fill));
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
    batch.seen << AssetSeen{asset.id, message.receivedAtMs, entityTime, state.staleMask, state.lastInvalidMs};
    if (changed)
        markDirty(target.index);
}

void IngestPipeline::applyFix(const RawMessage &message, const DecodedEntity &e, const Target &target, IngestBatch &batch)
{
    if (!e.hasLocation)
        return; // the tracker had no GNSS fix: a sign of life, nowhere to put the crew
    qint64 atMs = e.observedAtMs > 0 ? e.observedAtMs : message.receivedAtMs;
    if (atMs > message.receivedAtMs + maxClockAheadMs || atMs < earliestPlausibleMs) {
        recordSkew(target.clockKey, atMs - message.receivedAtMs, message.receivedAtMs, batch);
        atMs = message.receivedAtMs;
    }
    CrewFix fix;
    fix.crewId = target.crewId;
    fix.deviceId = target.clockKey;
    fix.lon = e.lon;
    fix.lat = e.lat;
    fix.atMs = atMs;
    fix.receivedAtMs = message.receivedAtMs;
    fix.messageId = message.id;
    batch.crewFixes << fix;
    qint64 &latest = m_lastFixMs[target.crewId];
    latest = qMax(latest, atMs);
    ++m_stats.crewFixes;
}

qint64 IngestPipeline::plausibleTime(qint64 observedMs, qint64 laterMs, const RawMessage &message, const Target &target,
                                     quint8 *flags, IngestBatch &batch)
{
    const AssetState &state = m_states.at(target.index);
    if (laterMs != 0 && state.lastObservedMs > observedMs)
        observedMs = laterMs; // the repeated autumn hour, second time round
    qint64 floorMs = earliestPlausibleMs;
    if (target.binding && target.binding->installedAtMs > floorMs)
        floorMs = target.binding->installedAtMs;
    if (observedMs <= message.receivedAtMs + maxClockAheadMs && observedMs >= floorMs)
        return observedMs;
    *flags |= ClockSkewed;
    recordSkew(target.clockKey, observedMs - message.receivedAtMs, message.receivedAtMs, batch);
    return message.receivedAtMs;
}

void IngestPipeline::recordSkew(const QString &deviceId, qint64 skewMs, qint64 atMs, IngestBatch &batch)
{
    auto slot = m_clockSlots.constFind(deviceId);
    if (slot == m_clockSlots.constEnd()) {
        m_clockSlots.insert(deviceId, batch.clocks.size());
        batch.clocks << ClockSkewSample{deviceId, skewMs, skewMs, 1, atMs};
        return;
    }
    ClockSkewSample &c = batch.clocks[slot.value()];
    c.lastSkewMs = skewMs;
    if (qAbs(skewMs) > qAbs(c.maxSkewMs))
        c.maxSkewMs = skewMs;
    ++c.flagged;
    c.atMs = atMs;
}

void IngestPipeline::quarantine(const RawMessage &message, const Error &rawError, const QString &deviceId, IngestBatch &batch)
{
    // The one place every reason passes: whatever a decoder quoted from the payload, the
    // reason stored, logged and shown stays short (the payload itself is in the log).
    const Error error{rawError.code.left(64), elide(rawError.message, maxReasonChars)};
    qint64 suppressed = 0;
    if (m_logThrottle.admit(error.code + QLatin1Char('|') + deviceId, m_clock.elapsed(), &suppressed)) {
        qCInfo(lcIngest).noquote() << "quarantined message" << message.id << "on" << QString::fromUtf8(message.topic.left(200))
                                   << error.code << error.message
                                   << (suppressed > 0 ? QStringLiteral("(and %1 alike in the last minute)").arg(suppressed) : QString());
    }
    batch.quarantine << QuarantineEntry{message.id, error.code, error.message, message.receivedAtMs, deviceId};
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
