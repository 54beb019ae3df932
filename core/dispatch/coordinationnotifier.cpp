#include "coordinationnotifier.h"

#include "coordinationoutbox.h"
#include "ingest/mqttconnection.h"
#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDeadlineTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QRegularExpression>

#include <mosquitto.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <pthread.h>
#include <thread>
#include <vector>

Q_LOGGING_CATEGORY(lcNotify, "vigie.coordination.notify")

namespace vigie {

namespace {

/// Unacknowledged messages at most: libmosquitto's own window.
constexpr int kMaxInFlight = 20;
/// The loop looks at the queue at least this often.
constexpr int kTickMs = 500;

bool hasWildcard(const QString &topic)
{
    return topic.contains(QLatin1Char('+')) || topic.contains(QLatin1Char('#'));
}

struct Message
{
    QString id;
    QByteArray topic;
    QByteArray payload;
};

} // namespace

namespace {

QJsonValue rfc3339(qint64 ms)
{
    if (ms <= 0 || ms == std::numeric_limits<qint64>::max())
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QByteArray coordinationMessageJson(const CoordinationMessage &m)
{
    const CoordinationItem &i = m.item;
    QJsonObject item{
        {QStringLiteral("key"), i.key},
        {QStringLiteral("kind"), coordinationKindKey(i.kind)},
        {QStringLiteral("severity"), coordinationSeverityKey(i.severity)},
        {QStringLiteral("summary"), i.summary},
        {QStringLiteral("suggestedAction"), i.suggestedAction},
        {QStringLiteral("from"), rfc3339(i.fromMs)},
        {QStringLiteral("until"), rfc3339(i.untilMs)},
        {QStringLiteral("district"), orNull(i.districtId)},
        {QStringLiteral("worksId"), orNull(i.worksId)},
        {QStringLiteral("roundId"), orNull(i.roundId)},
        {QStringLiteral("interventionId"), i.interventionId > 0 ? QJsonValue(double(i.interventionId)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("location"), i.lon == i.lon && i.lat == i.lat
                                         ? QJsonValue(QJsonObject{{QStringLiteral("lon"), i.lon}, {QStringLiteral("lat"), i.lat}})
                                         : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("assets"), QJsonArray::fromStringList(i.assetIds)},
    };
    const QJsonObject root{
        {QStringLiteral("type"), QStringLiteral("vigie.coordination")},
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("messageId"), m.messageId},
        {QStringLiteral("city"), m.city},
        {QStringLiteral("service"), m.service},
        {QStringLiteral("sentBy"), m.sentBy},
        {QStringLiteral("sentAt"), rfc3339(m.sentAtMs)},
        {QStringLiteral("note"), m.note},
        {QStringLiteral("item"), item},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString defaultServiceFor(CoordinationKind kind)
{
    switch (kind) {
    case CoordinationKind::SuspectedCableCut:
    case CoordinationKind::CombineIntervention: return QStringLiteral("roads");
    case CoordinationKind::RoundBlocked:
    case CoordinationKind::OverflowBehindWorks: return QStringLiteral("waste");
    case CoordinationKind::LightingForSafety: return QStringLiteral("lighting");
    }
    return QStringLiteral("roads");
}

QString CoordinationNotifySettings::topicFor(const QString &service) const
{
    static const QRegularExpression bad(QStringLiteral("[^a-z0-9-]"));
    QString key = service.toLower();
    key.replace(bad, QStringLiteral("-"));
    if (key.isEmpty())
        key = QStringLiteral("unknown");
    QString topic = topicPattern;
    topic.replace(QStringLiteral("{service}"), key);
    return topic;
}

Status CoordinationNotifySettings::validate() const
{
    if (topicPattern.isEmpty() || hasWildcard(topicPattern) || !topicPattern.contains(QStringLiteral("{service}")))
        return Error{QStringLiteral("invalidSettings"),
                     QCoreApplication::translate("vigie::CoordinationNotifier",
                                                 "The coordination topic \"%1\" must contain {service} and no wildcard.")
                         .arg(topicPattern)};
    if (hasWildcard(worksFilter) && !worksFilter.endsWith(QLatin1Char('#')) && !worksFilter.contains(QLatin1Char('+')))
        return Error{QStringLiteral("invalidSettings"),
                     QCoreApplication::translate("vigie::CoordinationNotifier", "The roadworks topic filter \"%1\" is not valid.")
                         .arg(worksFilter)};
    // MqttSettings::validate() wants a subscription; the notifier subscribes by itself.
    MqttSettings checked = mqtt;
    checked.subscriptions = {MqttSubscription{worksFilter.isEmpty() ? topicFor(QStringLiteral("roads")) : worksFilter, 1}};
    return checked.validate();
}

/// \brief The network thread: connection, queue sender, acknowledgements.
///
/// The queue and the stop flag are shared with callers of notify() under m_mutex; the
/// connection and the in-flight table belong to the network thread alone.
class CoordinationNotifier::Worker
{
    Q_DECLARE_TR_FUNCTIONS(vigie::CoordinationNotifier)
public:
    Worker(CoordinationNotifier *owner, MqttSettings settings, QString worksFilter, QString storePath)
        : m_owner(owner), m_settings(std::move(settings)), m_worksFilter(std::move(worksFilter)), m_storePath(std::move(storePath))
    {
    }

    std::function<void(const QByteArray &, const QByteArray &)> worksHandler; ///< Set before start().
    ~Worker() { stop(); }

    void start()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = false;
        }
        publishState(SourceState::Connecting, m_settings.url());
        m_thread = std::thread([this] { run(); });
    }

    void stop()
    {
        if (!m_thread.joinable())
            return;
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        m_thread.join();
        std::lock_guard lock(m_mutex);
        if (!m_queue.empty() && m_keptInStore)
            qCInfo(lcNotify) << m_queue.size() << "coordination message(s) not delivered before closing, kept in the store";
        else if (!m_queue.empty())
            qCWarning(lcNotify) << m_queue.size() << "coordination message(s) not delivered before closing";
        m_queue.clear();
        m_unsaved.clear();
        pendingCount.store(0);
    }

    bool running() const { return m_thread.joinable(); }

    void enqueue(Message m)
    {
        {
            std::lock_guard lock(m_mutex);
            if (!m_storePath.isEmpty())
                m_unsaved.push_back(PendingNotification{m.id, m.topic, m.payload, QDateTime::currentMSecsSinceEpoch()});
            m_queue.push_back(std::move(m));
            m_woken = true;
        }
        pendingCount.fetch_add(1);
        m_wake.notify_all();
    }

    void publishState(SourceState s, const QString &detail = {})
    {
        state.store(s);
        CoordinationNotifier *owner = m_owner;
        QMetaObject::invokeMethod(owner, [owner, s, detail] { emit owner->stateChanged(s, detail); }, Qt::QueuedConnection);
    }

    std::atomic<SourceState> state{SourceState::Idle};
    std::atomic<int> pendingCount{0};

private:
    bool stopping()
    {
        std::lock_guard lock(m_mutex);
        return m_stopping;
    }

    bool interrupted()
    {
        if (m_windowFreed)
            return true;
        std::lock_guard lock(m_mutex);
        return m_stopping || m_woken;
    }

    void run()
    {
        pthread_setname_np(pthread_self(), "vigie-notify");
        openOutbox();
        int delay = m_settings.reconnectMinSeconds;
        const auto cancelled = [this] {
            saveNew(); // queued while the broker cannot be reached: kept at once
            return stopping();
        };
        while (!stopping()) {
            bool connackSeen = false;
            MqttConnection::Handlers h;
            MqttConnection *current = nullptr;
            h.connected = [this, &connackSeen, &current](bool) {
                connackSeen = true;
                qCInfo(lcNotify).noquote() << "connected to" << m_settings.url() << "as" << m_settings.clientId;
                if (!m_worksFilter.isEmpty() && worksHandler && current) {
                    if (auto mid = current->subscribe(m_worksFilter, 1); !mid)
                        qCWarning(lcNotify).noquote() << "cannot subscribe to" << m_worksFilter << ":" << mid.error().message;
                }
                publishState(SourceState::Connected, m_settings.url());
            };
            h.message = [this](const mosquitto_message *message) {
                // Copy, hand over, return: libmosquitto frees the message after the call.
                if (worksHandler)
                    worksHandler(QByteArray(message->topic),
                                 QByteArray(static_cast<const char *>(message->payload), message->payloadlen));
            };
            h.published = [this](int mid, int reasonCode) { onPublished(mid, reasonCode); };
            MqttConnection connection(m_settings, m_settings.clientId, true, std::move(h));
            current = &connection;
            std::optional<MqttFailure> failure = connection.connect(cancelled);
            if (!failure)
                failure = serve(connection);
            requeueInFlight();
            connection.disconnect();
            if (stopping() || !failure)
                continue;
            if (connackSeen)
                delay = m_settings.reconnectMinSeconds;
            if (failure->fatal) {
                qCWarning(lcNotify).noquote() << m_settings.url() << "failed for good:" << failure->error.message;
                publishState(SourceState::Failed, failure->error.message);
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping; });
                break;
            }
            qCInfo(lcNotify).noquote() << m_settings.url() << failure->error.code << "- retrying in" << delay << "s";
            publishState(SourceState::Reconnecting, tr("%1 (retry in %2 s)").arg(failure->error.message).arg(delay));
            if (waitBeforeRetry(delay))
                break;
            delay = std::min(delay * 2, m_settings.reconnectMaxSeconds);
        }
        saveNew();
        {
            std::lock_guard lock(m_mutex);
            m_keptInStore = m_outbox != nullptr;
        }
        m_outbox.reset();
        m_db = SqliteConnection();
    }

    /// Waits `seconds` or until stopped (true), saving what is queued meanwhile.
    bool waitBeforeRetry(int seconds)
    {
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
        while (true) {
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait_until(lock, until, [this] { return m_stopping || !m_unsaved.empty(); });
                if (m_stopping)
                    return true;
            }
            saveNew();
            if (std::chrono::steady_clock::now() >= until)
                return false;
        }
    }

    /// Opens the store's outbox and queues what a previous run left there, before anything
    /// queued since (it is older).
    void openOutbox()
    {
        if (m_storePath.isEmpty())
            return;
        auto db = SqliteConnection::open(m_storePath, SqliteConnection::Mode::ReadWrite);
        if (!db) {
            qCWarning(lcNotify).noquote() << "coordination messages kept in memory only:" << db.error().message;
            return;
        }
        m_db = std::move(db).value();
        m_outbox = std::make_unique<CoordinationOutbox>(m_db);
        auto left = m_outbox->pending();
        if (!left) {
            qCWarning(lcNotify).noquote() << "coordination messages kept in memory only:" << left.error().message;
            m_outbox.reset();
            return;
        }
        if (left->isEmpty())
            return;
        std::lock_guard lock(m_mutex);
        for (auto it = left->crbegin(); it != left->crend(); ++it)
            m_queue.push_front(Message{it->messageId, it->topic, it->payload});
        pendingCount.fetch_add(int(left->size()));
        qCInfo(lcNotify) << left->size() << "coordination message(s) left unsent by a previous run queued again";
    }

    /// Writes the messages queued since the last call to the outbox.
    void saveNew()
    {
        std::vector<PendingNotification> fresh;
        {
            std::lock_guard lock(m_mutex);
            if (m_unsaved.empty())
                return;
            fresh.swap(m_unsaved);
        }
        if (!m_outbox)
            return;
        if (auto saved = m_outbox->add(QVector<PendingNotification>(fresh.begin(), fresh.end())); !saved)
            qCWarning(lcNotify).noquote() << fresh.size() << "coordination message(s) not kept in the store:" << saved.error().message;
    }

    void forget(const QString &messageId)
    {
        if (!m_outbox)
            return;
        if (auto removed = m_outbox->remove(messageId); !removed)
            qCWarning(lcNotify).noquote() << "coordination message" << messageId << "stays in the store:" << removed.error().message;
    }

    std::optional<MqttFailure> serve(MqttConnection &connection)
    {
        const auto interrupt = [this] { return interrupted(); };
        while (true) {
            {
                std::lock_guard lock(m_mutex);
                if (m_stopping)
                    return std::nullopt;
                m_woken = false;
            }
            m_windowFreed = false;
            saveNew(); // in the store before it is published
            send(connection);
            if (auto failure = connection.run(interrupt, kTickMs))
                return failure;
        }
    }

    void send(MqttConnection &connection)
    {
        while (m_inFlight.size() < kMaxInFlight) {
            Message m;
            {
                std::lock_guard lock(m_mutex);
                if (m_queue.empty())
                    return;
                m = std::move(m_queue.front());
                m_queue.pop_front();
            }
            auto mid = connection.publish(m.topic, m.payload, 1, false);
            if (!mid) {
                std::lock_guard lock(m_mutex);
                m_queue.push_front(std::move(m));
                connection.fail(MqttFailure{mid.error(), false});
                return;
            }
            m_inFlight.insert(mid.value(), std::move(m));
        }
    }

    void requeueInFlight()
    {
        if (m_inFlight.isEmpty())
            return;
        // Back to the front of the queue, in the order they were first sent (ids grow,
        // except after wrapping at 65535, which a 20-message window never spans for long).
        QList<int> mids = m_inFlight.keys();
        std::sort(mids.begin(), mids.end(), std::greater<int>());
        std::lock_guard lock(m_mutex);
        for (int mid : std::as_const(mids))
            m_queue.push_front(m_inFlight.take(mid));
    }

    void onPublished(int mid, int reasonCode)
    {
        const auto it = m_inFlight.constFind(mid);
        if (it == m_inFlight.constEnd())
            return;
        const Message m = it.value();
        m_inFlight.erase(it);
        m_windowFreed = true;
        pendingCount.fetch_sub(1);
        forget(m.id); // acknowledged or refused: never sent again
        CoordinationNotifier *owner = m_owner;
        const QString topic = QString::fromUtf8(m.topic);
        if (reasonCode >= 0x80) {
            const QString reason = QStringLiteral("0x%1").arg(reasonCode, 2, 16, QLatin1Char('0'));
            qCWarning(lcNotify).noquote() << "the broker refused" << m.id << "on" << topic << "reason" << reason;
            QMetaObject::invokeMethod(owner, [owner, id = m.id, topic, reason] { emit owner->refused(id, topic, reason); },
                                      Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(owner, [owner, id = m.id, topic] { emit owner->delivered(id, topic); }, Qt::QueuedConnection);
    }

    CoordinationNotifier *m_owner;
    MqttSettings m_settings;
    QString m_worksFilter;
    QString m_storePath;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;      ///< Guarded by m_mutex, as m_woken and m_queue.
    bool m_woken = false;
    std::deque<Message> m_queue;
    std::vector<PendingNotification> m_unsaved; ///< Queued, not in the outbox yet (with a store).
    bool m_keptInStore = false;                 ///< The last run ended with the outbox open.

    // Network thread only:
    SqliteConnection m_db;
    std::unique_ptr<CoordinationOutbox> m_outbox;
    QHash<int, Message> m_inFlight; ///< Message id → message, this connection.
    bool m_windowFreed = false;
};

CoordinationNotifier::CoordinationNotifier(CoordinationNotifySettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_worker(std::make_unique<Worker>(this, m_settings.mqtt, m_settings.worksFilter, m_settings.storePath))
{
    ensureMosquittoInitialised();
    qRegisterMetaType<vigie::SourceState>();
}

CoordinationNotifier::~CoordinationNotifier()
{
    close();
}

void CoordinationNotifier::open()
{
    if (m_worker->running())
        return;
    if (auto valid = m_settings.validate(); !valid) {
        qCWarning(lcNotify).noquote() << "not connecting:" << valid.error().message;
        m_worker->publishState(SourceState::Failed, valid.error().message);
        return;
    }
    m_worker->start();
}

void CoordinationNotifier::close()
{
    if (!m_worker->running())
        return;
    m_worker->stop();
    m_worker->publishState(SourceState::Idle);
}

void CoordinationNotifier::setWorksHandler(std::function<void(const QByteArray &, const QByteArray &)> handler)
{
    if (!m_worker->running())
        m_worker->worksHandler = std::move(handler);
}

SourceState CoordinationNotifier::state() const
{
    return m_worker->state.load();
}

int CoordinationNotifier::pending() const
{
    return m_worker->pendingCount.load();
}

Status CoordinationNotifier::notify(const QString &messageId, const QString &topic, const QByteArray &payload)
{
    if (topic.isEmpty() || hasWildcard(topic))
        return Error{QStringLiteral("invalidSettings"), tr("\"%1\" is not a topic a message can be published to.").arg(topic)};
    m_worker->enqueue(Message{messageId, topic.toUtf8(), payload});
    return {};
}

} // namespace vigie
