#include "dispatcher.h"

#include "dispatchoutbox.h"
#include "ingest/mqttconnection.h"
#include "interventions/crewmessages.h"
#include "storage/schema.h"
#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QSet>

#include <mosquitto.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <pthread.h>
#include <thread>

Q_LOGGING_CATEGORY(lcDispatch, "vigie.dispatch")

namespace vigie {

namespace {

/// Outbox rows published and not acknowledged yet, at most: libmosquitto's own window,
/// so nothing waits in its queue where a lost connection would strand it.
constexpr int kMaxInFlight = 20;
/// The sender looks at the outbox at least this often (rows another instance wrote, or
/// whose claim went stale), and renews its claims and the pending count.
constexpr int kTickMs = 1000;
/// The first schema with `dispatch_outbox`.
constexpr int kOutboxSchema = 5;

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

} // namespace

/// \brief The network thread ("vigie-dispatch"): connection, outbox sender, status receiver.
///
/// Every member below "network thread only" is touched by that thread alone; the GUI
/// thread only starts, wakes and stops it. Signals reach the Dispatcher through queued
/// calls on it, so they arrive on its thread whatever the connection type.
class Dispatcher::Worker
{
    Q_DECLARE_TR_FUNCTIONS(vigie::Dispatcher)
public:
    Worker(Dispatcher *owner, DispatchSettings settings, QString storePath)
        : m_owner(owner)
        , m_settings(std::move(settings))
        , m_storePath(std::move(storePath))
    {
        m_settings.mqtt.cleanSession = false;
        m_statusFilter = crewStatusTopic(m_settings.topicPrefix, QStringLiteral("+"));
        m_settings.mqtt.subscriptions = {MqttSubscription{m_statusFilter, 1}};
    }
    ~Worker() { stop(); }

    void start();
    void stop();
    bool running() const { return m_thread.joinable(); }
    void wake();
    void publishState(SourceState state, const QString &detail = {});

    std::atomic<SourceState> state{SourceState::Idle};
    std::atomic<qint64> pending{0};

private:
    Status validate() const;
    void run();
    bool stopping();
    /// True when the network loop should hand over to the sender: stopping, woken by
    /// outboxChanged(), or a PUBACK freed room in the window.
    bool interrupted();
    bool waitBackOff(int seconds);
    Status openStore();
    MqttConnection::Handlers handlers();
    std::optional<MqttFailure> serve(MqttConnection &connection);
    void send(MqttConnection &connection);
    void tick();
    void onPublished(int mid, int reasonCode);
    /// Stores the acknowledgement of `m` and emits delivered() if it was pending; false
    /// when the store could not be written.
    bool recordAcknowledged(const OutboxRow &m);
    void onMessage(const mosquitto_message *message);
    void reportFailure(const MqttFailure &failure, int retryInSeconds);

    Dispatcher *m_owner;
    DispatchSettings m_settings;
    QString m_storePath;
    QString m_statusFilter;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;   ///< Guarded by m_mutex, as m_woken.
    bool m_woken = false;

    // Network thread only:
    std::optional<SqliteConnection> m_db;
    std::optional<DispatchOutbox> m_outbox;
    MqttConnection *m_connection = nullptr;
    qint64 m_connackAtMs = 0;
    int m_pendingSubscriptions = 0;
    bool m_windowFreed = false;
    QHash<int, OutboxRow> m_inFlight;   ///< Message id → row, this connection.
    QSet<qint64> m_inFlightRows;
    QSet<qint64> m_refused;                 ///< Rows the broker refused on this connection.
    QVector<OutboxRow> m_acksToRecord;  ///< Acknowledged; the store could not be told yet.
    QDeadlineTimer m_nextTick;
};

Status Dispatcher::Worker::validate() const
{
    const QString &prefix = m_settings.topicPrefix;
    if (prefix.isEmpty() || prefix.contains(QLatin1Char('+')) || prefix.contains(QLatin1Char('#'))
        || prefix.endsWith(QLatin1Char('/')))
        return Error{QStringLiteral("invalidSettings"),
                     tr("The crews' topic prefix \"%1\" must be a topic without wildcards or a trailing slash.").arg(prefix)};
    return m_settings.mqtt.validate();
}

void Dispatcher::Worker::start()
{
    if (auto valid = validate(); !valid) {
        publishState(SourceState::Failed, valid.error().message);
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
        m_woken = false;
    }
    publishState(SourceState::Connecting, m_settings.mqtt.url());
    m_thread = std::thread([this] { run(); });
}

void Dispatcher::Worker::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void Dispatcher::Worker::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wake.notify_all();
}

void Dispatcher::Worker::publishState(SourceState s, const QString &detail)
{
    state.store(s);
    Dispatcher *owner = m_owner;
    QMetaObject::invokeMethod(owner, [owner, s, detail] { emit owner->stateChanged(s, detail); }, Qt::QueuedConnection);
}

bool Dispatcher::Worker::stopping()
{
    std::lock_guard lock(m_mutex);
    return m_stopping;
}

bool Dispatcher::Worker::interrupted()
{
    if (m_windowFreed)
        return true;
    std::lock_guard lock(m_mutex);
    return m_stopping || m_woken;
}

bool Dispatcher::Worker::waitBackOff(int seconds)
{
    // In one-second steps, so pending() follows the rows written while the broker is away.
    const QDeadlineTimer until(std::chrono::seconds{seconds});
    while (!until.hasExpired()) {
        {
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, std::chrono::milliseconds(std::min<qint64>(kTickMs, until.remainingTime())),
                                [this] { return m_stopping; }))
                return false;
        }
        if (auto count = m_outbox->pendingCount())
            pending.store(count.value());
    }
    return true;
}

Status Dispatcher::Worker::openStore()
{
    auto db = SqliteConnection::open(m_storePath, SqliteConnection::Mode::ReadWrite, 5000);
    if (!db)
        return db.error();
    if (auto configured = schema::configure(db.value()); !configured)
        return configured;
    auto version = db->pragmaInt("user_version");
    if (!version)
        return version.error();
    if (version.value() < kOutboxSchema)
        return Error{QStringLiteral("storeTooOld"),
                     tr("%1 has schema version %2, without the dispatch outbox (version %3).")
                         .arg(m_storePath).arg(version.value()).arg(kOutboxSchema)};
    m_db.emplace(std::move(db.value()));
    m_outbox.emplace(*m_db, m_settings.mqtt.clientId);
    if (auto count = m_outbox->pendingCount())
        pending.store(count.value());
    return {};
}

MqttConnection::Handlers Dispatcher::Worker::handlers()
{
    MqttConnection::Handlers h;
    h.connected = [this](bool sessionPresent) {
        m_connackAtMs = nowMs();
        qCInfo(lcDispatch).noquote() << "connected to" << m_settings.mqtt.url() << "as" << m_settings.mqtt.clientId
                                     << "- session present:" << sessionPresent;
        auto mid = m_connection->subscribe(m_statusFilter, 1);
        if (!mid) {
            m_connection->fail(MqttFailure{mid.error(), false});
            return;
        }
        m_pendingSubscriptions = 1;
    };
    h.subscribed = [this](int, const QVector<int> &codes) {
        for (int code : codes) {
            if (code >= 0x80) {
                m_connection->fail(MqttFailure{
                    Error{QStringLiteral("subscriptionRefused"),
                          tr("The broker refused the subscription to %1: %2.").arg(m_statusFilter, MqttConnection::subscribeRefusal(code))},
                    true});
                return;
            }
        }
        if (--m_pendingSubscriptions == 0)
            publishState(SourceState::Connected, m_settings.mqtt.url());
    };
    h.message = [this](const mosquitto_message *message) { onMessage(message); };
    h.published = [this](int mid, int reasonCode) { onPublished(mid, reasonCode); };
    return h;
}

void Dispatcher::Worker::run()
{
    pthread_setname_np(pthread_self(), "vigie-dispatch");
    if (auto opened = openStore(); !opened) {
        qCWarning(lcDispatch).noquote() << "cannot use the store:" << opened.error().message;
        publishState(SourceState::Failed, opened.error().message);
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_stopping; });
        return;
    }
    int delay = m_settings.mqtt.reconnectMinSeconds;
    const auto cancelled = [this] { return stopping(); };
    while (!stopping()) {
        // A fresh client per connection: what was in flight on the last one is sent again
        // by send(), in id order, rather than by libmosquitto's own retry.
        MqttConnection connection(m_settings.mqtt, m_settings.mqtt.clientId, false, handlers());
        m_connection = &connection;
        m_connackAtMs = 0;
        m_inFlight.clear();
        m_inFlightRows.clear();
        m_refused.clear();
        std::optional<MqttFailure> failure = connection.connect(cancelled);
        if (!failure)
            failure = serve(connection);
        if (stopping()) {
            connection.disconnect();
            m_connection = nullptr;
            break;
        }
        if (!failure)
            continue;
        if (m_connackAtMs > 0)
            delay = m_settings.mqtt.reconnectMinSeconds;
        connection.disconnect();
        m_connection = nullptr;
        reportFailure(*failure, delay);
        if (failure->fatal) {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping; });
            break;
        }
        if (!waitBackOff(delay))
            break;
        delay = std::min(delay * 2, m_settings.mqtt.reconnectMaxSeconds);
    }
    // Unacknowledged rows go to whichever instance sends next, at once.
    if (auto released = m_outbox->releaseClaims(); !released)
        qCWarning(lcDispatch).noquote() << "cannot release the outbox claims:" << released.error().message;
    m_outbox.reset();
    m_db.reset();
}

std::optional<MqttFailure> Dispatcher::Worker::serve(MqttConnection &connection)
{
    m_nextTick = QDeadlineTimer(0);
    const auto interrupt = [this] { return interrupted(); };
    while (true) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return std::nullopt;
            m_woken = false;
        }
        m_windowFreed = false;
        if (m_nextTick.hasExpired()) {
            tick();
            m_nextTick = QDeadlineTimer(kTickMs);
        }
        send(connection);
        if (auto failure = connection.run(interrupt, int(std::max<qint64>(0, m_nextTick.remainingTime()))))
            return failure;
    }
}

void Dispatcher::Worker::tick()
{
    const qint64 now = nowMs();
    m_acksToRecord.removeIf([this](const OutboxRow &m) { return recordAcknowledged(m); });
    if (!m_inFlight.isEmpty() || !m_refused.isEmpty()) {
        if (auto refreshed = m_outbox->refreshClaims(now); !refreshed)
            qCWarning(lcDispatch).noquote() << "cannot renew the outbox claims:" << refreshed.error().message;
    }
    if (auto count = m_outbox->pendingCount())
        pending.store(count.value());
}

void Dispatcher::Worker::send(MqttConnection &connection)
{
    const int room = kMaxInFlight - int(m_inFlight.size());
    if (room <= 0)
        return;
    QSet<qint64> skip = m_inFlightRows + m_refused;
    for (const OutboxRow &m : std::as_const(m_acksToRecord))
        skip.insert(m.id);
    auto claimed = m_outbox->claim(room, skip, nowMs());
    if (!claimed) {
        qCWarning(lcDispatch).noquote() << "cannot read the outbox:" << claimed.error().message;
        return;
    }
    QVector<qint64> sent;
    for (const OutboxRow &m : std::as_const(claimed.value())) {
        auto mid = connection.publish(m.topic, m.payload, 1, false);
        if (!mid) {
            connection.fail(MqttFailure{mid.error(), false});
            break;
        }
        m_inFlight.insert(mid.value(), m);
        m_inFlightRows.insert(m.id);
        sent << m.id;
    }
    if (auto marked = m_outbox->markSent(sent, nowMs()); !marked)
        qCWarning(lcDispatch).noquote() << "cannot record the sending time:" << marked.error().message;
}

void Dispatcher::Worker::onPublished(int mid, int reasonCode)
{
    const auto it = m_inFlight.constFind(mid);
    if (it == m_inFlight.constEnd())
        return;
    const OutboxRow m = it.value();
    m_inFlight.erase(it);
    m_inFlightRows.remove(m.id);
    m_windowFreed = true;
    if (reasonCode >= 0x80) {
        // MQTT 5 PUBACK refusal (not authorised, quota…): kept pending, tried again on the
        // next connection rather than in a tight loop on this one.
        qCWarning(lcDispatch).noquote() << QStringLiteral("the broker refused %1 (outbox row %2, reason 0x%3); it stays pending")
                                               .arg(QString::fromUtf8(m.topic)).arg(m.id).arg(reasonCode, 2, 16, QLatin1Char('0'));
        m_refused.insert(m.id);
        return;
    }
    if (!recordAcknowledged(m))
        m_acksToRecord << m; // the store is busy beyond its timeout: tick() tries again
}

bool Dispatcher::Worker::recordAcknowledged(const OutboxRow &m)
{
    auto recorded = m_outbox->markAcknowledged(m.id, nowMs());
    if (!recorded) {
        qCWarning(lcDispatch).noquote() << "cannot record an acknowledgement yet:" << recorded.error().message;
        return false;
    }
    if (recorded.value()) {
        pending.store(std::max<qint64>(0, pending.load() - 1));
        Dispatcher *owner = m_owner;
        QMetaObject::invokeMethod(owner, [owner, m] { emit owner->delivered(m.interventionId, m.version); }, Qt::QueuedConnection);
    }
    return true;
}

void Dispatcher::Worker::onMessage(const mosquitto_message *message)
{
    const QString topic = QString::fromUtf8(message->topic);
    const QByteArray payload(static_cast<const char *>(message->payload), message->payloadlen);
    // {prefix}/{crew}/status: the subscription guarantees the shape.
    const QString crew = topic.mid(m_settings.topicPrefix.size() + 1).section(QLatin1Char('/'), 0, 0);
    Result<CrewStatusReport> report = parseCrewStatus(crew, payload, nowMs());
    Dispatcher *owner = m_owner;
    if (!report) {
        qCInfo(lcDispatch).noquote() << "rejected a status report on" << elide(topic, 200) << ":" << report.error().code;
        QMetaObject::invokeMethod(owner, [owner, topic, error = report.error()] { emit owner->rejected(topic, error); },
                                  Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(owner, [owner, r = report.value()] { emit owner->crewStatus(r); }, Qt::QueuedConnection);
}

void Dispatcher::Worker::reportFailure(const MqttFailure &failure, int retryInSeconds)
{
    if (failure.fatal) {
        qCWarning(lcDispatch).noquote() << m_settings.mqtt.url() << "failed for good:" << failure.error.code << "-" << failure.error.message;
        publishState(SourceState::Failed, failure.error.message);
        return;
    }
    qCInfo(lcDispatch).noquote() << m_settings.mqtt.url() << failure.error.code << "-" << failure.error.message
                                 << "- retrying in" << retryInSeconds << "s";
    publishState(SourceState::Reconnecting, tr("%1 (retry in %2 s)").arg(failure.error.message).arg(retryInSeconds));
}

Dispatcher::Dispatcher(DispatchSettings settings, QString storePath, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>(this, std::move(settings), std::move(storePath)))
{
    ensureMosquittoInitialised();
    qRegisterMetaType<vigie::SourceState>();
    qRegisterMetaType<vigie::CrewStatusReport>();
}

Dispatcher::~Dispatcher()
{
    close();
}

void Dispatcher::open()
{
    if (m_worker->running()) {
        if (state() != SourceState::Failed)
            return;
        m_worker->stop(); // reopening after a fatal failure: the operator asked to try again
    }
    m_worker->start();
}

void Dispatcher::close()
{
    if (!m_worker->running())
        return;
    m_worker->stop();
    m_worker->publishState(SourceState::Idle);
}

SourceState Dispatcher::state() const
{
    return m_worker->state.load();
}

qint64 Dispatcher::pending() const
{
    return m_worker->pending.load();
}

void Dispatcher::outboxChanged()
{
    m_worker->wake();
}

} // namespace vigie
