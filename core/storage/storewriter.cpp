#include "storewriter.h"

#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStoreWriter, "vigie.store")

namespace vigie {

struct StoreWriter::Statements
{
    SqliteStatement message;
    SqliteStatement observation;
    SqliteStatement state;
    SqliteStatement seen;
    SqliteStatement quarantine;
};

StoreWriter::StoreWriter(QString path, std::shared_ptr<std::atomic<qint64>> uncommitted, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_uncommitted(std::move(uncommitted))
{
    qRegisterMetaType<vigie::IngestBatch>();
}

StoreWriter::~StoreWriter() = default;

void StoreWriter::start()
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &StoreWriter::flush);
    auto store = Store::open(m_path, Store::Mode::ReadWrite);
    if (!store) {
        emit failed(store.error().message);
        return;
    }
    m_store.emplace(std::move(store).value());
    // Writer-only tuning: 64 MiB of page cache, WAL checkpoints every 8 192 pages (32 MiB).
    if (auto s = m_store->connection().exec("PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 8192;"); !s)
        qCWarning(lcStoreWriter) << "cannot tune the writer connection:" << s.error().message;
    if (auto s = prepareStatements(); !s) {
        m_store.reset();
        emit failed(s.error().message);
    }
}

Status StoreWriter::prepareStatements()
{
    SqliteConnection &db = m_store->connection();
    auto message = db.prepare("INSERT INTO message(id, topic, payload, received_at, qos, retain) VALUES (?,?,?,?,?,?)");
    auto observation = db.prepare("INSERT INTO observation(asset_id, quantity, observed_at, received_at, value_num, value_text, unit, message_id) VALUES (?,?,?,?,?,?,?,?)");
    auto state = db.prepare(
        "INSERT INTO asset_state(asset_id, quantity, value_num, value_text, unit, observed_at, received_at, message_id) VALUES (?,?,?,?,?,?,?,?) "
        "ON CONFLICT(asset_id, quantity) DO UPDATE SET value_num = excluded.value_num, value_text = excluded.value_text, "
        "unit = excluded.unit, observed_at = excluded.observed_at, received_at = excluded.received_at, message_id = excluded.message_id "
        "WHERE excluded.observed_at >= asset_state.observed_at");
    auto seen = db.prepare(
        "INSERT INTO asset_seen(asset_id, last_seen, last_observed) VALUES (?,?,?) "
        "ON CONFLICT(asset_id) DO UPDATE SET last_seen = MAX(last_seen, excluded.last_seen), "
        "last_observed = MAX(last_observed, excluded.last_observed)");
    auto quarantine = db.prepare("INSERT INTO quarantine(message_id, reason_code, reason, received_at) VALUES (?,?,?,?)");
    for (auto *s : {&message, &observation, &state, &seen, &quarantine}) {
        if (!*s)
            return s->error();
    }
    m_sql.reset(new Statements{std::move(message).value(), std::move(observation).value(), std::move(state).value(),
                               std::move(seen).value(), std::move(quarantine).value()});
    return {};
}

void StoreWriter::write(const IngestBatch &batch)
{
    if (batch.isEmpty())
        return;
    m_pending << batch;
    m_pendingMessages += batch.messages.size();
    if (m_pendingMessages >= maxPendingMessages && !m_failing)
        flush();
    else if (!m_timer->isActive())
        m_timer->start(m_failing ? retryDelayMs : maxDelayMs);
}

void StoreWriter::flush()
{
    m_timer->stop();
    if (m_pending.isEmpty() || !m_store)
        return;
    if (auto s = commit(m_pending); !s) {
        qCWarning(lcStoreWriter) << "commit failed, will retry:" << s.error().message;
        if (!m_failing)
            emit failed(s.error().message);
        m_failing = true;
        m_timer->start(retryDelayMs);
        return;
    }
    m_failing = false;
    const qint64 written = m_pendingMessages;
    const qint64 last = m_pending.constLast().messages.constLast().id;
    m_pending.clear();
    m_pendingMessages = 0;
    if (m_uncommitted)
        m_uncommitted->fetch_sub(written);
    emit committed(written, last);
}

void StoreWriter::stop()
{
    flush();
    m_sql.reset();
    m_store.reset();
}

Status StoreWriter::commit(const QVector<IngestBatch> &batches)
{
    SqliteConnection &db = m_store->connection();
    if (auto begin = db.exec("BEGIN IMMEDIATE"); !begin)
        return begin;
    auto abort = [&db](Status s) {
        db.exec("ROLLBACK");
        return s;
    };
    Statements &sql = *m_sql;
    // Newest observation per (asset, quantity) of this commit: the state upserts only need those.
    QHash<QString, const Observation *> newest;
    QHash<QString, AssetSeen> seen;
    for (const IngestBatch &batch : batches) {
        for (const RawMessage &m : batch.messages) {
            sql.message.bind(1, m.id);
            sql.message.bindText(2, m.topic);
            sql.message.bindBlob(3, m.payload);
            sql.message.bind(4, m.receivedAtMs);
            sql.message.bind(5, int(m.qos));
            sql.message.bind(6, int(m.retain));
            if (auto s = sql.message.run(); !s)
                return abort(s);
        }
        for (const Observation &o : batch.observations) {
            sql.observation.bind(1, o.assetId);
            sql.observation.bind(2, o.quantity);
            sql.observation.bind(3, o.observedAtMs);
            sql.observation.bind(4, o.receivedAtMs);
            sql.observation.bind(5, o.number);
            sql.observation.bind(6, o.text);
            sql.observation.bind(7, o.unitCode.isEmpty() ? QString() : o.unitCode);
            sql.observation.bind(8, o.messageId);
            if (auto s = sql.observation.run(); !s)
                return abort(s);
            const QString key = o.assetId + QLatin1Char('\x1f') + o.quantity;
            const Observation *&held = newest[key];
            if (!held || o.observedAtMs >= held->observedAtMs)
                held = &o;
        }
        for (const QuarantineEntry &q : batch.quarantine) {
            sql.quarantine.bind(1, q.messageId);
            sql.quarantine.bind(2, q.reasonCode);
            sql.quarantine.bind(3, q.reason);
            sql.quarantine.bind(4, q.receivedAtMs);
            if (auto s = sql.quarantine.run(); !s)
                return abort(s);
        }
        for (const AssetSeen &s : batch.seen) {
            AssetSeen &held = seen[s.assetId];
            held.assetId = s.assetId;
            held.lastSeenMs = qMax(held.lastSeenMs, s.lastSeenMs);
            held.lastObservedMs = qMax(held.lastObservedMs, s.lastObservedMs);
        }
    }
    for (const Observation *o : std::as_const(newest)) {
        sql.state.bind(1, o->assetId);
        sql.state.bind(2, o->quantity);
        sql.state.bind(3, o->number);
        sql.state.bind(4, o->text);
        sql.state.bind(5, o->unitCode.isEmpty() ? QString() : o->unitCode);
        sql.state.bind(6, o->observedAtMs);
        sql.state.bind(7, o->receivedAtMs);
        sql.state.bind(8, o->messageId);
        if (auto s = sql.state.run(); !s)
            return abort(s);
    }
    for (const AssetSeen &s : std::as_const(seen)) {
        sql.seen.bind(1, s.assetId);
        sql.seen.bind(2, s.lastSeenMs);
        sql.seen.bind(3, s.lastObservedMs);
        if (auto r = sql.seen.run(); !r)
            return abort(r);
    }
    return db.exec("COMMIT");
}

} // namespace vigie
