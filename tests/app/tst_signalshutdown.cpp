// Integration: the real `vigie` program (offscreen), a private mosquitto broker, SIGTERM in
// the middle of a QoS 1 stream. Everything the broker handed to Vigie must end up in the
// store: what Vigie received before the signal is committed by the clean shutdown, what it
// had not received stays in its persistent session and comes at the restart.
#include "storage/sqlite.h"

#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

constexpr int kMessages = 4000;
const QByteArray kTopic = "vigie/tinyville/lamps";

QByteArray numbered(int i)
{
    return QStringLiteral(R"({"id": "urn:ngsi-ld:Streetlight:tinyville:L%1", "type": "Streetlight", "powerState": "%2", "seq": %3})")
        .arg(1 + i % 3)
        .arg(i % 2 ? QStringLiteral("on") : QStringLiteral("off"))
        .arg(i)
        .toUtf8();
}

/// The sequence numbers in the store's raw log; -1 on failure (reason in `error`).
QVector<int> storedSequence(const QString &db, QString *error)
{
    QVector<int> out;
    auto c = SqliteConnection::open(db, SqliteConnection::Mode::ReadOnly);
    if (!c) {
        *error = c.error().message;
        return {-1};
    }
    auto stmt = c->prepare("SELECT payload FROM message");
    if (!stmt) {
        *error = stmt.error().message;
        return {-1};
    }
    static const QRegularExpression seq(QStringLiteral("\"seq\": (\\d+)"));
    while (true) {
        auto row = stmt->step();
        if (!row) {
            *error = row.error().message;
            return {-1};
        }
        if (!row.value())
            break;
        const auto m = seq.match(QString::fromUtf8(stmt->blob(0)));
        if (m.hasMatch())
            out << m.captured(1).toInt();
    }
    return out;
}

/// A `vigie` process with a private home, waiting for its log lines.
class Vigie
{
public:
    Vigie(const QString &home, const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("vigie.*.debug=false"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(VIGIE_BINARY), arguments);
    }
    ~Vigie()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /// Waits until the output contains `text` (the log is merged into it).
    bool waitFor(const QString &text, int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            m_log += QString::fromLocal8Bit(m_process.readAll());
            if (m_log.contains(text))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(100);
        }
        return false;
    }
    QString log()
    {
        m_log += QString::fromLocal8Bit(m_process.readAll());
        return m_log;
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QString m_log;
};

} // namespace

class TestSignalShutdown : public QObject
{
    Q_OBJECT
private slots:
    void sigtermCommitsWhatWasReceived();
};

void TestSignalShutdown::sigtermCommitsWhatWasReceived()
{
    test::MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString db = home.filePath(QStringLiteral("tinyville.sqlite"));
    const QStringList arguments{QStringLiteral("--city"), QStringLiteral(TEST_DATA_DIR "/cities/tinyville"),
                                QStringLiteral("--db"), db,
                                QStringLiteral("--broker"), QStringLiteral("127.0.0.1:%1").arg(broker.port()),
                                QStringLiteral("--client-id"), QStringLiteral("vigie-sigterm-test"),
                                QStringLiteral("--topic"), QStringLiteral("vigie/tinyville/#"),
                                QStringLiteral("--lang"), QStringLiteral("en"),
                                QStringLiteral("--reset-layout")};

    int beforeRestart = 0;
    {
        Vigie vigie(home.path(), arguments);
        QVERIFY2(vigie.waitFor(QStringLiteral("connected to"), 60000), qPrintable(vigie.log()));
        QTest::qWait(1000); // SUBACK: the persistent session exists from now on

        test::TestPublisher publisher;
        QVERIFY2(publisher.connect(broker.port(), &error), qPrintable(error));
        for (int i = 0; i < kMessages; ++i) {
            QVERIFY(publisher.publish(kTopic, numbered(i), 1));
            if (i == kMessages / 2) {
                QTest::qWait(30); // mid-stream: messages are arriving and being committed
                vigie.process().terminate(); // SIGTERM
            }
        }
        QVERIFY(publisher.waitAcknowledged(30000));
        QVERIFY2(vigie.process().waitForFinished(30000), qPrintable(vigie.log()));
        QVERIFY2(vigie.process().exitStatus() == QProcess::NormalExit,
                 qPrintable(QStringLiteral("killed by the signal instead of shutting down:\n") + vigie.log()));
        QCOMPARE(vigie.process().exitCode(), 0);
        QVERIFY2(vigie.log().contains(QStringLiteral("closing")), qPrintable(vigie.log()));
        error.clear();
        const QVector<int> stored = storedSequence(db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        beforeRestart = int(stored.size());
        QVERIFY2(beforeRestart > 0, "nothing was received before the signal");
    }

    // The restart with the same client id gets the rest from the persistent session.
    {
        Vigie vigie(home.path(), arguments);
        QVERIFY2(vigie.waitFor(QStringLiteral("connected to"), 60000), qPrintable(vigie.log()));
        QSet<int> seen;
        const QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            const QVector<int> stored = storedSequence(db, &error);
            seen = QSet<int>(stored.cbegin(), stored.cend());
            if (seen.size() >= kMessages)
                break;
            QTest::qWait(200);
        }
        vigie.process().terminate();
        QVERIFY2(vigie.process().waitForFinished(30000), qPrintable(vigie.log()));
        QCOMPARE(vigie.process().exitStatus(), QProcess::NormalExit);

        const QVector<int> stored = storedSequence(db, &error);
        seen = QSet<int>(stored.cbegin(), stored.cend());
        QStringList missing;
        for (int i = 0; i < kMessages && missing.size() < 20; ++i) {
            if (!seen.contains(i))
                missing << QString::number(i);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 of %2 messages missing (stored before the restart: %3), e.g. %4")
                                                   .arg(kMessages - seen.size()).arg(kMessages).arg(beforeRestart)
                                                   .arg(missing.join(QLatin1Char(' ')))));
        qInfo("%d messages before the restart, %d rows in all (at least once)", beforeRestart, int(stored.size()));
    }
}

QTEST_GUILESS_MAIN(TestSignalShutdown)
#include "tst_signalshutdown.moc"
