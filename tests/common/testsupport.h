#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

struct mosquitto;

namespace vigie::test {

/// Reads a whole file; fails the calling test (QVERIFY-style message) if it cannot.
QByteArray readFile(const QString &path);

/// A free TCP port on 127.0.0.1 at the time of the call.
int freeLoopbackPort();

/// \brief A private Eclipse Mosquitto broker on 127.0.0.1 and a free port, for one test.
///
/// Runs the Debian `mosquitto` binary with a generated configuration (anonymous access,
/// logging to stderr because, started as root, it drops to the mosquitto user,
/// no persistence file, deep session queues so persistent-session tests never lose
/// messages to the default 1000-message limit). Stopped by the destructor.
class MosquittoBroker
{
public:
    MosquittoBroker();
    ~MosquittoBroker();

    /// Starts the broker and waits until it accepts connections. `port` 0 picks a free one;
    /// a restart passes the previous port. Returns false with `error` set on failure.
    /// `extraConfig` is appended to the generated mosquitto.conf; if it mentions
    /// allow_anonymous, the default "allow_anonymous true" is left out.
    bool start(QString *error, int port = 0, const QString &extraConfig = {});
    void stop();
    int port() const { return m_port; }
    /// What the broker printed since the last call (it logs to stderr, merged).
    QString log() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

/// \brief A synchronous libmosquitto publisher for tests: publish() returns once the broker
/// acknowledged (QoS 1) or the message was written (QoS 0).
class TestPublisher
{
public:
    TestPublisher();
    ~TestPublisher();
    bool connect(int port, QString *error);
    bool publish(const QByteArray &topic, const QByteArray &payload, int qos = 1, bool retain = false);
    /// Waits until every QoS 1 message published so far is acknowledged.
    bool waitAcknowledged(int timeoutMs = 10000);

private:
    struct mosquitto *m_mosq = nullptr;
};

} // namespace vigie::test
