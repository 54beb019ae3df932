#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <mosquitto.h>

#include <csignal>
#include <sys/prctl.h>

#include <atomic>
#include <mutex>

namespace vigie::test {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(path));
        return {};
    }
    return f.readAll();
}

int freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

MosquittoBroker::MosquittoBroker() = default;

MosquittoBroker::~MosquittoBroker()
{
    stop();
}

bool MosquittoBroker::start(QString *error, int port, const QString &extraConfig)
{
    m_port = port ? port : freeLoopbackPort();
    // Started as root, mosquitto drops to the mosquitto user: let it read (and write its
    // persistence file) in the folder.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther
                                            | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup);
    const QString conf = m_dir.filePath(QStringLiteral("mosquitto.conf"));
    QFile f(conf);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(conf);
        return false;
    }
    QString text = QStringLiteral("listener %1 127.0.0.1\n"
                                  "max_queued_messages 1000000\n"
                                  "log_dest stderr\n"
                                  "log_type error\nlog_type warning\nlog_type notice\n")
                       .arg(m_port);
    if (!extraConfig.contains(QStringLiteral("persistence")))
        text += QStringLiteral("persistence false\n");
    if (!extraConfig.contains(QStringLiteral("allow_anonymous")))
        text += QStringLiteral("allow_anonymous true\n");
    text += extraConfig + QLatin1Char('\n');
    f.write(text.toUtf8());
    f.close();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // A test that crashes or times out must not leave its broker behind.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(QStringLiteral(MOSQUITTO_BROKER_PATH), {QStringLiteral("-c"), conf});
    if (!m_process->waitForStarted(5000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(QStringLiteral(MOSQUITTO_BROKER_PATH), m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (probe.waitForConnected(200))
            return true;
        if (m_process->state() != QProcess::Running) {
            *error = QStringLiteral("mosquitto exited: %1").arg(log());
            return false;
        }
        QThread::msleep(50);
    }
    *error = QStringLiteral("mosquitto did not accept connections on port %1").arg(m_port);
    return false;
}

void MosquittoBroker::stop()
{
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000))
        m_process->kill();
    m_process->waitForFinished(2000);
    m_process.reset();
}

QString MosquittoBroker::log() const
{
    return m_process ? QString::fromUtf8(m_process->readAll()) : QString();
}

namespace {
struct PublisherState
{
    std::atomic<int> outstanding{0};
};
std::once_flag mosquittoInit;
} // namespace

TestPublisher::TestPublisher()
{
    std::call_once(mosquittoInit, [] { mosquitto_lib_init(); });
}

TestPublisher::~TestPublisher()
{
    if (!m_mosq)
        return;
    waitAcknowledged(2000);
    mosquitto_disconnect(m_mosq);
    mosquitto_loop_stop(m_mosq, false);
    delete static_cast<PublisherState *>(mosquitto_userdata(m_mosq));
    mosquitto_destroy(m_mosq);
}

bool TestPublisher::connect(int port, QString *error)
{
    return connect(port, error, {}, {});
}

bool TestPublisher::connect(int port, QString *error, const QString &username, const QString &password,
                            const QString &clientId)
{
    auto *state = new PublisherState;
    const QByteArray id = clientId.toUtf8();
    m_mosq = mosquitto_new(id.isEmpty() ? nullptr : id.constData(), id.isEmpty(), state);
    if (!username.isEmpty())
        mosquitto_username_pw_set(m_mosq, username.toUtf8().constData(), password.toUtf8().constData());
    mosquitto_reconnect_delay_set(m_mosq, 1, 2, false);
    mosquitto_publish_callback_set(m_mosq, [](struct mosquitto *, void *obj, int) {
        static_cast<PublisherState *>(obj)->outstanding.fetch_sub(1);
    });
    mosquitto_max_inflight_messages_set(m_mosq, 1000);
    int rc = mosquitto_connect(m_mosq, "127.0.0.1", port, 30);
    if (rc == MOSQ_ERR_SUCCESS)
        rc = mosquitto_loop_start(m_mosq);
    if (rc != MOSQ_ERR_SUCCESS) {
        *error = QString::fromUtf8(mosquitto_strerror(rc));
        return false;
    }
    return true;
}

bool TestPublisher::publish(const QByteArray &topic, const QByteArray &payload, int qos, bool retain)
{
    auto *state = static_cast<PublisherState *>(mosquitto_userdata(m_mosq));
    state->outstanding.fetch_add(1);
    const int rc = mosquitto_publish(m_mosq, nullptr, topic.constData(), int(payload.size()), payload.constData(), qos, retain);
    if (rc != MOSQ_ERR_SUCCESS) {
        state->outstanding.fetch_sub(1);
        return false;
    }
    return true;
}

bool TestPublisher::waitAcknowledged(int timeoutMs)
{
    auto *state = static_cast<PublisherState *>(mosquitto_userdata(m_mosq));
    const QDeadlineTimer deadline(timeoutMs);
    while (state->outstanding.load() > 0 && !deadline.hasExpired())
        QThread::msleep(10);
    return state->outstanding.load() <= 0;
}

bool run(const QString &program, const QStringList &arguments, const QString &workingDir, QString *error)
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3 %4").arg(program, arguments.join(QLatin1Char(' ')), process.errorString(),
                                                           QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool generateTestPki(const QString &dir, QString *error)
{
    const QString openssl = QStringLiteral("openssl");
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    QFile ext(dir + QStringLiteral("/server.ext"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    ext.close();
    auto ca = [&](const QString &name, const QString &cn) {
        return run(openssl, QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                                + QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                                              name + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("2"),
                                              QStringLiteral("-subj"), QStringLiteral("/CN=") + cn},
                   dir, error);
    };
    auto leaf = [&](const QString &name, const QString &cn, bool server) {
        QStringList sign{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                         QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                         QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), name + QStringLiteral(".crt"),
                         QStringLiteral("-days"), QStringLiteral("2")};
        if (server)
            sign << QStringLiteral("-extfile") << QStringLiteral("server.ext");
        return run(openssl, QStringList{QStringLiteral("req")} + ec
                                + QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                                              name + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + cn},
                   dir, error)
            && run(openssl, sign, dir, error);
    };
    if (!ca(QStringLiteral("ca"), QStringLiteral("Vigie Test CA")) || !ca(QStringLiteral("other-ca"), QStringLiteral("Unrelated CA"))
        || !leaf(QStringLiteral("server"), QStringLiteral("localhost"), true)
        || !leaf(QStringLiteral("client"), QStringLiteral("vigie-client"), false))
        return false;
    // The broker reads its key after dropping to the mosquitto user.
    for (const QString &file : QDir(dir).entryList(QDir::Files))
        QFile::setPermissions(dir + QLatin1Char('/') + file, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                                 | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return true;
}

} // namespace vigie::test
