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
    /// allow_anonymous (persistence), the default "allow_anonymous true" ("persistence
    /// false") is left out.
    bool start(QString *error, int port = 0, const QString &extraConfig = {});
    void stop();
    int port() const { return m_port; }
    /// What the broker printed since the last call (it logs to stderr, merged).
    QString log() const;
    /// The broker's private folder (configuration, and whatever a test puts there: keys,
    /// password and ACL files, persistence). Readable by the `mosquitto` user the broker
    /// drops to when started as root.
    QString directory() const { return m_dir.path(); }

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
    /// With credentials and a persistent session under `clientId` (empty: clean session).
    bool connect(int port, QString *error, const QString &username, const QString &password,
                 const QString &clientId = {});
    bool publish(const QByteArray &topic, const QByteArray &payload, int qos = 1, bool retain = false);
    /// Waits until every QoS 1 message published so far is acknowledged.
    bool waitAcknowledged(int timeoutMs = 10000);

private:
    struct mosquitto *m_mosq = nullptr;
};

/// Runs a program to completion (60 s at most); false with its output in `error` if it fails.
bool run(const QString &program, const QStringList &arguments, const QString &workingDir, QString *error);

/// \brief Writes a test PKI into `dir` with the openssl command: ca.crt/ca.key (the CA),
/// server.crt/server.key (signed by it, for 127.0.0.1 and localhost), client.crt/client.key
/// (signed by it), other-ca.crt (an unrelated CA, for "wrong CA" tests). EC P-256, 2 days.
bool generateTestPki(const QString &dir, QString *error);

} // namespace vigie::test
