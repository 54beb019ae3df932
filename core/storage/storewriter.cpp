#include "storewriter.h"

#include "alarms/alarmstore.h"

#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStoreWriter, "vigie.store")

namespace vigie {

struct StoreWriter::Statements
{
    SqliteStatement message;
    SqliteStatement messages; ///< rowsPerInsert rows
    SqliteStatement observations; ///< rowsPerInsert rows
    SqliteStatement series;
    SqliteStatement observation;
    SqliteStatement state;
    SqliteStatement seen;
    SqliteStatement quarantine;
    SqliteStatement unquarantine;
    SqliteStatement clock;
    SqliteStatement crewFix;
};

StoreWriter::StoreWriter(QString path, std::shared_ptr<std::atomic<qint64>> uncommitted, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_uncommitted(std::move(uncommitted))
{
    qRegisterMetaType<vigie::IngestBatch>();
    qRegisterMetaType<vigie::AlarmWrite>();
}

StoreWriter::~StoreWriter() = default;

void StoreWriter::start()
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { commitPending(false); });
    m_stateTimer = new QTimer(this);
    m_stateTimer->setSingleShot(true);
    connect(m_stateTimer, &QTimer::timeout, this, [this] { commitPending(true); });
    m_sinceState.start();
    auto store = Store::open(m_path, Store::Mode::ReadWrite);
    if (!store) {
        emit failed(store.error().message);
        return;
    }
    m_store.emplace(std::move(store).value());
    // Writer-only tuning: 64 MiB of page cache, WAL checkpoints every 8 192 pages (32 MiB).
    if (auto s = m_store->connection().exec("PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 8192;"); !s)
        qCWarning(lcStoreWriter) << "cannot tune the writer connection:" << s.error().message;
    Status ready = prepareStatements();
    if (ready)
        ready = loadSeries();
    if (ready)
        m_alarmStore = std::make_unique<AlarmStore>(m_store->connection());
    if (!ready) {
        m_sql.reset();
        m_store.reset();
        emit failed(ready.error().message);
    }
}

Status StoreWriter::loadSeries()
{
    auto stmt = m_store->connection().prepare("SELECT id, asset_id, quantity FROM series");
    if (!stmt)
        return stmt.error();
    m_series.clear();
    m_seriesByAsset.clear();
    return stmt->forEachRow([this](SqliteStatement &r) { m_series.insert(SeriesKey{r.text(1), r.text(2)}, r.int64(0)); });
}

Status StoreWriter::prepareStatements()
{
    SqliteConnection &db = m_store->connection();
    // The multi-row forms: "INSERT … VALUES (…),(…),…", rowsPerInsert rows.
    const auto rows = [](const char *insert, const char *row) {
        QByteArray sql(insert);
        for (int i = 0; i < rowsPerInsert; ++i)
            sql += (i ? "," : " VALUES ") + QByteArray(row);
        return sql;
    };
    const QByteArray messagesSql = rows("INSERT INTO message(id, topic, payload, received_at, qos, retain)", "(?,?,?,?,?,?)");
    const QByteArray observationsSql = rows(
        "INSERT INTO observation(series, observed_at, received_at, value_num, value_text, unit, message_id, flags)",
        "(?,?,?,?,?,?,?,?)");
    auto message = db.prepare("INSERT INTO message(id, topic, payload, received_at, qos, retain) VALUES (?,?,?,?,?,?)");
    auto messages = db.prepare(messagesSql.constData());
    auto observations = db.prepare(observationsSql.constData());
    auto series = db.prepare("INSERT INTO series(asset_id, quantity) VALUES (?,?)");
    auto observation = db.prepare("INSERT INTO observation(series, observed_at, received_at, value_num, value_text, unit, message_id, flags) VALUES (?,?,?,?,?,?,?,?)");
    auto state = db.prepare(
        "INSERT INTO asset_state(asset_id, quantity, value_num, value_text, unit, observed_at, received_at, message_id) VALUES (?,?,?,?,?,?,?,?) "
        "ON CONFLICT(asset_id, quantity) DO UPDATE SET value_num = excluded.value_num, value_text = excluded.value_text, "
        "unit = excluded.unit, observed_at = excluded.observed_at, received_at = excluded.received_at, message_id = excluded.message_id "
        "WHERE excluded.observed_at >= asset_state.observed_at");
    auto seen = db.prepare(
        "INSERT INTO asset_seen(asset_id, last_seen, last_observed, stale_mask, last_invalid) VALUES (?,?,?,?,?) "
        "ON CONFLICT(asset_id) DO UPDATE SET last_seen = MAX(last_seen, excluded.last_seen), "
        "last_observed = MAX(last_observed, excluded.last_observed), stale_mask = excluded.stale_mask, "
        "last_invalid = MAX(last_invalid, excluded.last_invalid)");
    auto quarantine = db.prepare("INSERT OR REPLACE INTO quarantine(message_id, reason_code, reason, received_at, device_id) VALUES (?,?,?,?,?)");
    auto unquarantine = db.prepare("DELETE FROM quarantine WHERE message_id = ?");
    auto clock = db.prepare(
        "INSERT INTO device_clock(device_id, last_skew_ms, max_skew_ms, flagged, updated_at) VALUES (?,?,?,?,?) "
        "ON CONFLICT(device_id) DO UPDATE SET last_skew_ms = excluded.last_skew_ms, "
        "max_skew_ms = CASE WHEN ABS(excluded.max_skew_ms) > ABS(max_skew_ms) THEN excluded.max_skew_ms ELSE max_skew_ms END, "
        "flagged = flagged + excluded.flagged, updated_at = MAX(updated_at, excluded.updated_at)");
    auto crewFix = db.prepare(
        "INSERT INTO crew_fix(crew_id, device_id, at_ms, received_at_ms, lon, lat, speed_mps, message_id) VALUES (?,?,?,?,?,?,?,?)");
    for (auto *s : {&message, &messages, &observations, &series, &observation, &state, &seen, &quarantine, &unquarantine, &clock,
                    &crewFix}) {
        if (!*s)
            return s->error();
    }
    m_sql.reset(new Statements{std::move(message).value(), std::move(messages).value(), std::move(observations).value(),
                               std::move(series).value(), std::move(observation).value(), std::move(state).value(),
                               std::move(seen).value(), std::move(quarantine).value(), std::move(unquarantine).value(),
                               std::move(clock).value(), std::move(crewFix).value()});
    return {};
}

void StoreWriter::write(const IngestBatch &batch)
{
    if (batch.isEmpty())
        return;
    m_pending << batch;
    m_pendingMessages += batch.messages.size();
    if (m_pendingMessages >= maxPendingMessages && !m_failing)
        commitPending(false);
    else if (!m_timer->isActive())
        m_timer->start(m_failing ? retryDelayMs : maxDelayMs);
}

void StoreWriter::writeAlarms(const AlarmWrite &write)
{
    if (write.isEmpty())
        return;
    m_pendingAlarms << write;
    if (m_timer && !m_timer->isActive())
        m_timer->start(m_failing ? retryDelayMs : maxDelayMs);
}

void StoreWriter::flush()
{
    commitPending(true);
}

void StoreWriter::commitPending(bool withState)
{
    m_timer->stop();
    if (!m_store)
        return;
    withState |= m_sinceState.elapsed() >= stateIntervalMs;
    const bool stateToWrite = withState && (!m_stateDue.isEmpty() || !m_seenDue.isEmpty());
    if (m_pending.isEmpty() && !stateToWrite && m_pendingAlarms.isEmpty())
        return;
    if (auto s = commit(m_pending, withState); !s) {
        qCWarning(lcStoreWriter) << "commit failed, will retry:" << s.error().message;
        if (!m_failing)
            emit failed(s.error().message);
        m_failing = true;
        m_timer->start(retryDelayMs);
        return;
    }
    m_failing = false;
    if (withState) {
        // Emptied, not freed: the next interval holds about as many series and assets.
        const qsizetype states = m_stateDue.size();
        const qsizetype seen = m_seenDue.size();
        m_stateDue.clear();
        m_seenDue.clear();
        m_stateDue.reserve(states);
        m_seenDue.reserve(seen);
        m_sinceState.restart();
        m_stateTimer->stop();
    } else if (!m_stateTimer->isActive()) {
        m_stateTimer->start(int(qMax<qint64>(0, stateIntervalMs - m_sinceState.elapsed())));
    }
    qint64 written = 0; // new messages: reprocessed ones were logged before
    qint64 last = 0;
    qint64 reprocessed = 0;
    qint64 bytes = 0;
    for (const IngestBatch &batch : std::as_const(m_pending)) {
        if (batch.reprocess) {
            reprocessed += batch.messages.size();
            continue;
        }
        written += batch.messages.size();
        last = qMax(last, batch.messages.constLast().id);
        for (const RawMessage &m : batch.messages)
            bytes += m.sizeBytes();
    }
    m_pending.clear();
    m_pendingAlarms.clear();
    m_pendingMessages = 0;
    if (m_uncommitted)
        m_uncommitted->fetch_sub(written);
    if (m_uncommittedBytes)
        m_uncommittedBytes->fetch_sub(bytes);
    if (written > 0)
        emit committed(written, last);
    if (reprocessed > 0)
        emit reprocessCommitted(reprocessed);
}

Status StoreWriter::logMessages(const IngestBatch &batch)
{
    const auto bindMessage = [](SqliteStatement &insert, int base, const RawMessage &m) {
        insert.bind(base + 1, m.id);
        insert.bindTextNoCopy(base + 2, m.topic); // the batch outlives the statement's run()
        insert.bindBlobNoCopy(base + 3, m.payload);
        insert.bind(base + 4, m.receivedAtMs);
        insert.bind(base + 5, int(m.qos));
        insert.bind(base + 6, int(m.retain));
    };
    const qsizetype n = batch.messages.size();
    qsizetype i = 0;
    for (; i + rowsPerInsert <= n; i += rowsPerInsert) {
        for (int r = 0; r < rowsPerInsert; ++r)
            bindMessage(m_sql->messages, r * 6, batch.messages.at(i + r));
        if (auto s = m_sql->messages.run(); !s)
            return s;
    }
    for (; i < n; ++i) {
        bindMessage(m_sql->message, 0, batch.messages.at(i));
        if (auto s = m_sql->message.run(); !s)
            return s;
    }
    return {};
}

Status StoreWriter::clearQuarantine(const IngestBatch &batch)
{
    for (const RawMessage &m : batch.messages) {
        m_sql->unquarantine.bind(1, m.id);
        if (auto s = m_sql->unquarantine.run(); !s)
            return s;
    }
    return {};
}

Result<qint64> StoreWriter::seriesOf(const Observation &o)
{
    constexpr qint32 maxCachedIndex = 1 << 22; // far above any city's asset count
    AssetSeries *cached = nullptr;
    if (o.assetIndex >= 0 && o.assetIndex < maxCachedIndex) {
        if (std::size_t(o.assetIndex) >= m_seriesByAsset.size())
            m_seriesByAsset.resize(std::size_t(o.assetIndex) + 1);
        cached = &m_seriesByAsset[std::size_t(o.assetIndex)];
        if (cached->assetId != o.assetId) {
            cached->assetId = o.assetId;
            cached->byQuantity.clear();
        } else {
            for (const auto &[quantity, id] : std::as_const(cached->byQuantity)) {
                if (quantity == o.quantity)
                    return id;
            }
        }
    }
    SeriesKey key{o.assetId, o.quantity};
    qint64 id = 0;
    if (auto it = m_series.constFind(key); it != m_series.constEnd()) {
        id = it.value();
    } else {
        SqliteStatement &insert = m_sql->series;
        insert.bind(1, o.assetId);
        insert.bind(2, o.quantity);
        if (auto s = insert.run(); !s)
            return s.error();
        id = m_store->connection().lastInsertRowId();
        m_series.insert(key, id);
        m_newSeries << std::move(key);
    }
    if (cached)
        cached->byQuantity.append({o.quantity, id});
    return id;
}

void StoreWriter::bindObservation(SqliteStatement &insert, int base, qint64 series, const Observation &o)
{
    insert.bind(base + 1, series);
    insert.bind(base + 2, o.observedAtMs);
    insert.bind(base + 3, o.receivedAtMs);
    insert.bind(base + 4, o.number);
    insert.bind(base + 5, o.text);
    insert.bind(base + 6, o.unitCode.isEmpty() ? QString() : o.unitCode);
    insert.bind(base + 7, o.messageId);
    insert.bind(base + 8, int(o.flags));
}

Status StoreWriter::insertObservations(const IngestBatch &batch, const QVector<qint64> &series)
{
    const qsizetype n = batch.observations.size();
    qsizetype i = 0;
    for (; i + rowsPerInsert <= n; i += rowsPerInsert) {
        for (int r = 0; r < rowsPerInsert; ++r)
            bindObservation(m_sql->observations, r * 8, series.at(i + r), batch.observations.at(i + r));
        if (auto s = m_sql->observations.run(); !s)
            return s;
    }
    for (; i < n; ++i) {
        bindObservation(m_sql->observation, 0, series.at(i), batch.observations.at(i));
        if (auto s = m_sql->observation.run(); !s)
            return s;
    }
    return {};
}

Status StoreWriter::writeState()
{
    Statements &sql = *m_sql;
    for (const Observation &o : std::as_const(m_stateDue)) {
        sql.state.bind(1, o.assetId);
        sql.state.bind(2, o.quantity);
        sql.state.bind(3, o.number);
        sql.state.bind(4, o.text);
        sql.state.bind(5, o.unitCode.isEmpty() ? QString() : o.unitCode);
        sql.state.bind(6, o.observedAtMs);
        sql.state.bind(7, o.receivedAtMs);
        sql.state.bind(8, o.messageId);
        if (auto s = sql.state.run(); !s)
            return s;
    }
    for (const AssetSeen &s : std::as_const(m_seenDue)) {
        sql.seen.bind(1, s.assetId);
        sql.seen.bind(2, s.lastSeenMs);
        sql.seen.bind(3, s.lastObservedMs);
        sql.seen.bind(4, int(s.staleMask));
        sql.seen.bind(5, s.lastInvalidMs);
        if (auto r = sql.seen.run(); !r)
            return r;
    }
    return {};
}

Status StoreWriter::insertCrewFixes(const IngestBatch &batch)
{
    SqliteStatement &insert = m_sql->crewFix;
    for (const CrewFix &f : batch.crewFixes) {
        insert.bind(1, f.crewId);
        insert.bind(2, f.deviceId.isEmpty() ? QString() : f.deviceId);
        insert.bind(3, f.atMs);
        insert.bind(4, f.receivedAtMs);
        insert.bind(5, f.lon);
        insert.bind(6, f.lat);
        insert.bind(7, f.speedMps);
        if (f.messageId > 0)
            insert.bind(8, f.messageId);
        else
            insert.bindNull(8);
        if (auto s = insert.run(); !s)
            return s;
    }
    return {};
}

void StoreWriter::saveBinding(const vigie::DeviceBinding &binding)
{
    if (!m_store) {
        emit bindingSaved(binding.deviceId, QStringLiteral("the store is not open"));
        return;
    }
    flush(); // the binding applies to what follows, so what precedes is committed first
    const Status s = m_store->saveBinding(binding);
    emit bindingSaved(binding.deviceId, s ? QString() : s.error().message);
}

void StoreWriter::readMessages(const QVector<qint64> &ids)
{
    if (!m_store)
        return;
    flush();
    auto messages = m_store->messages(ids);
    if (!messages) {
        emit failed(messages.error().message);
        return;
    }
    emit messagesRead(messages.value());
}

void StoreWriter::stop()
{
    flush();
    // The state timer may still run when the flush had nothing to write; the writer is
    // deleted from another thread once its own has ended.
    for (QTimer *timer : {m_timer, m_stateTimer}) {
        if (timer)
            timer->stop();
    }
    m_sql.reset();
    m_alarmStore.reset();
    m_store.reset();
}

Status StoreWriter::commit(const QVector<IngestBatch> &batches, bool withState)
{
    SqliteConnection &db = m_store->connection();
    if (auto begin = db.exec("BEGIN IMMEDIATE"); !begin)
        return begin;
    m_newSeries.clear();
    auto abort = [this, &db](Status s) {
        db.exec("ROLLBACK");
        for (const SeriesKey &k : std::as_const(m_newSeries))
            m_series.remove(k);
        if (!m_newSeries.isEmpty())
            m_seriesByAsset.clear(); // it may hold series the rollback undid
        m_newSeries.clear();
        return s;
    };
    Statements &sql = *m_sql;
    for (const IngestBatch &batch : batches) {
        if (auto s = batch.reprocess ? clearQuarantine(batch) : logMessages(batch); !s)
            return abort(s);
        m_batchSeries.clear();
        m_batchSeries.reserve(batch.observations.size());
        for (const Observation &o : batch.observations) {
            auto series = seriesOf(o);
            if (!series)
                return abort(series.error());
            m_batchSeries << series.value();
            if (!o.isValid())
                continue; // an invalid reading never becomes the current value
            auto held = m_stateDue.find(series.value());
            if (held == m_stateDue.end())
                m_stateDue.insert(series.value(), o);
            else if (o.observedAtMs >= held->observedAtMs)
                *held = o;
        }
        if (auto s = insertObservations(batch, m_batchSeries); !s)
            return abort(s);
        for (const QuarantineEntry &q : batch.quarantine) {
            sql.quarantine.bind(1, q.messageId);
            sql.quarantine.bind(2, q.reasonCode);
            sql.quarantine.bind(3, q.reason);
            sql.quarantine.bind(4, q.receivedAtMs);
            sql.quarantine.bind(5, q.deviceId);
            if (auto s = sql.quarantine.run(); !s)
                return abort(s);
        }
        for (const AssetSeen &s : batch.seen) {
            AssetSeen &held = m_seenDue[s.assetId];
            held.assetId = s.assetId;
            held.lastSeenMs = qMax(held.lastSeenMs, s.lastSeenMs);
            held.lastObservedMs = qMax(held.lastObservedMs, s.lastObservedMs);
            held.staleMask = s.staleMask;
            held.lastInvalidMs = qMax(held.lastInvalidMs, s.lastInvalidMs);
        }
        if (auto s = insertCrewFixes(batch); !s)
            return abort(s);
        for (const ClockSkewSample &c : batch.clocks) {
            sql.clock.bind(1, c.deviceId);
            sql.clock.bind(2, c.lastSkewMs);
            sql.clock.bind(3, c.maxSkewMs);
            sql.clock.bind(4, c.flagged);
            sql.clock.bind(5, c.atMs);
            if (auto s = sql.clock.run(); !s)
                return abort(s);
        }
    }
    for (const AlarmWrite &w : std::as_const(m_pendingAlarms)) {
        if (auto s = m_alarmStore->write(w); !s)
            return abort(s);
    }
    if (withState) {
        if (auto s = writeState(); !s)
            return abort(s);
    }
    if (auto s = db.exec("COMMIT"); !s)
        return abort(s);
    m_newSeries.clear();
    return {};
}

} // namespace vigie
