#include "testsubscriber.h"

#include <QDeadlineTimer>
#include <QThread>

#include <mosquitto.h>

#include <mutex>

namespace vigie::test {

struct TestSubscriber::State
{
    mosquitto *mosq = nullptr;
    QStringList filters;
    mutable std::mutex mutex;
    QVector<Message> messages; ///< Guarded by mutex, as the two below.
    bool subscribed = false;
    int unacknowledged = 0;    ///< Own QoS 1 publishes (settle()).
};

TestSubscriber::TestSubscriber()
    : m_state(std::make_unique<State>())
{
    static std::once_flag init;
    std::call_once(init, [] { mosquitto_lib_init(); });
}

TestSubscriber::~TestSubscriber()
{
    disconnect();
}

bool TestSubscriber::connect(int port, const QStringList &filters, QString *error, const QString &clientId)
{
    m_state->filters = filters;
    const QByteArray id = clientId.toUtf8();
    m_state->mosq = mosquitto_new(id.isEmpty() ? nullptr : id.constData(), id.isEmpty(), m_state.get());
    mosquitto_reconnect_delay_set(m_state->mosq, 1, 2, false);
    mosquitto_connect_callback_set(m_state->mosq, [](mosquitto *mosq, void *obj, int rc) {
        if (rc != 0)
            return;
        for (const QString &filter : std::as_const(static_cast<State *>(obj)->filters))
            mosquitto_subscribe(mosq, nullptr, filter.toUtf8().constData(), 1);
    });
    mosquitto_subscribe_callback_set(m_state->mosq, [](mosquitto *, void *obj, int, int, const int *) {
        auto *s = static_cast<State *>(obj);
        std::lock_guard lock(s->mutex);
        s->subscribed = true;
    });
    mosquitto_publish_callback_set(m_state->mosq, [](mosquitto *, void *obj, int) {
        auto *s = static_cast<State *>(obj);
        std::lock_guard lock(s->mutex);
        --s->unacknowledged;
    });
    mosquitto_message_callback_set(m_state->mosq, [](mosquitto *, void *obj, const mosquitto_message *m) {
        auto *s = static_cast<State *>(obj);
        Message message{QByteArray(m->topic), QByteArray(static_cast<const char *>(m->payload), m->payloadlen), m->qos, m->retain};
        std::lock_guard lock(s->mutex);
        s->messages << message;
    });
    int rc = mosquitto_connect(m_state->mosq, "127.0.0.1", port, 30);
    if (rc == MOSQ_ERR_SUCCESS)
        rc = mosquitto_loop_start(m_state->mosq);
    if (rc != MOSQ_ERR_SUCCESS) {
        *error = QString::fromUtf8(mosquitto_strerror(rc));
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        {
            std::lock_guard lock(m_state->mutex);
            if (m_state->subscribed)
                return true;
        }
        QThread::msleep(10);
    }
    *error = QStringLiteral("no SUBACK within 10 s");
    return false;
}

void TestSubscriber::disconnect()
{
    if (!m_state->mosq)
        return;
    mosquitto_disconnect(m_state->mosq);
    mosquitto_loop_stop(m_state->mosq, false);
    mosquitto_destroy(m_state->mosq);
    m_state->mosq = nullptr;
}

bool TestSubscriber::settle()
{
    {
        std::lock_guard lock(m_state->mutex);
        ++m_state->unacknowledged;
    }
    if (mosquitto_publish(m_state->mosq, nullptr, "vigie-test/settle", 0, nullptr, 1, false) != MOSQ_ERR_SUCCESS)
        return false;
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        {
            std::lock_guard lock(m_state->mutex);
            if (m_state->unacknowledged == 0)
                return true;
        }
        QThread::msleep(10);
    }
    return false;
}

QVector<TestSubscriber::Message> TestSubscriber::messages() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->messages;
}

bool TestSubscriber::waitForCount(int count, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        {
            std::lock_guard lock(m_state->mutex);
            if (m_state->messages.size() >= count)
                return true;
        }
        if (deadline.hasExpired())
            return false;
        QThread::msleep(10);
    }
}

} // namespace vigie::test
