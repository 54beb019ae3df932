#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace vigie::test {

/// \brief A libmosquitto subscriber for tests: records every message it receives.
///
/// Plays the other end of a conversation (a crew's field device, Vigie): it subscribes its
/// filters again on every CONNACK and libmosquitto's own thread reconnects it after a
/// broker restart (1–2 s back-off). With a client id the session is persistent (clean
/// session off), so what is published while it is away is kept by the broker for it.
class TestSubscriber
{
public:
    struct Message
    {
        QByteArray topic;
        QByteArray payload;
        int qos = 0;
        bool retain = false;
    };

    TestSubscriber();
    ~TestSubscriber();
    TestSubscriber(const TestSubscriber &) = delete;
    TestSubscriber &operator=(const TestSubscriber &) = delete;

    /// Connects to 127.0.0.1:`port`, subscribes `filters` with QoS 1 and waits (10 s at most)
    /// for the SUBACK. False with `error` set on failure.
    bool connect(int port, const QStringList &filters, QString *error, const QString &clientId = {});
    /// Sends DISCONNECT and stops the network thread. Idempotent.
    void disconnect();
    /// Everything received so far, in arrival order. Any thread.
    QVector<Message> messages() const;
    /// Waits up to `timeoutMs` until at least `count` messages have arrived.
    bool waitForCount(int count, int timeoutMs = 10000) const;
    /// Publishes a QoS 1 message on a topic of its own and waits (10 s at most) for the
    /// broker's PUBACK. The broker reads a connection's packets in order, so it has then
    /// processed the acknowledgements of every message received before: a broker stopped
    /// after this never delivers those again.
    bool settle();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace vigie::test
