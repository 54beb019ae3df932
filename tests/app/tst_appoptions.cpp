#include "appoptions.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

class TestAppOptions : public QObject
{
    Q_OBJECT
private slots:
    void parses();
    void topicRoutes();
    void refuses_data();
    void refuses();
    void helpAndVersion();
    void asksForInformation();
    void helpWithoutDisplay_data();
    void helpWithoutDisplay();
    void startupErrorsFailScreenshotRuns_data();
    void startupErrorsFailScreenshotRuns();
    void headlessOpen311();
    void review();
};

namespace {

/// Runs the real vigie with a private home; returns its exit code (-1: crashed or hung).
int runVigie(const QStringList &arguments, const QProcessEnvironment &extra, QString *out, QString *err)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VIGIE_BINARY), arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    *out = QString::fromLocal8Bit(p.readAllStandardOutput());
    *err = QString::fromLocal8Bit(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

void TestAppOptions::parses()
{
    auto o = AppOptions::parse({"vigie", "--city", "paris", "--broker", "10.0.0.5:8883", "--topic", "a/#", "--topic", "b/+",
                                "--lang", "fr", "--offline", "--screenshot", "/tmp/x.png", "--after", "2.5"});
    QVERIFY(o.ok());
    QCOMPARE(o->city, QStringLiteral("paris"));
    QCOMPARE(o->brokerHost, QStringLiteral("10.0.0.5"));
    QCOMPARE(o->brokerPort, 8883);
    QCOMPARE(o->topics.size(), 2);
    QCOMPARE(o->topics[0].filter, QStringLiteral("a/#"));
    QCOMPARE(o->topics[0].format, QStringLiteral("fiware"));
    QCOMPARE(o->topics[1].filter, QStringLiteral("b/+"));
    QCOMPARE(o->language, QStringLiteral("fr"));
    QVERIFY(o->offline);
    QCOMPARE(o->screenshot, QStringLiteral("/tmp/x.png"));
    QCOMPARE(o->screenshotAfter, 2.5);
    auto hostOnly = AppOptions::parse({"vigie", "--broker", "broker.city.fr"});
    QVERIFY(hostOnly.ok());
    QCOMPARE(hostOnly->brokerHost, QStringLiteral("broker.city.fr"));
    QCOMPARE(hostOnly->brokerPort, 0);
}

void TestAppOptions::topicRoutes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile mapping(dir.filePath("bins.yaml"));
    QVERIFY(mapping.open(QIODevice::WriteOnly));
    mapping.close();
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path())); // a relative mapping is read from the current folder
    auto o = AppOptions::parse({"vigie", "--topic", "vigie/paris/#=fiware", "--topic", "v3/+/devices/+/up=ttn",
                                "--topic", "application/+/device/+/event/+=chirpstack:dingtek-df703",
                                "--topic", "binsense/v1/+/up=json:bins.yaml"});
    QVERIFY(QDir::setCurrent(previous));
    QVERIFY2(o.ok(), o.ok() ? "" : qPrintable(o.error().message));
    QCOMPARE(o->topics.size(), 4);
    QCOMPARE(o->topics[0].filter, QStringLiteral("vigie/paris/#"));
    QCOMPARE(o->topics[0].format, QStringLiteral("fiware"));
    QCOMPARE(o->topics[1].filter, QStringLiteral("v3/+/devices/+/up"));
    QCOMPARE(o->topics[1].format, QStringLiteral("ttn"));
    QVERIFY(o->topics[1].codec.isEmpty());
    QCOMPARE(o->topics[2].format, QStringLiteral("chirpstack"));
    QCOMPARE(o->topics[2].codec, QStringLiteral("dingtek-df703"));
    QCOMPARE(o->topics[3].filter, QStringLiteral("binsense/v1/+/up"));
    QCOMPARE(o->topics[3].format, QStringLiteral("json"));
    QCOMPARE(o->topics[3].mapping, QFileInfo(mapping).absoluteFilePath());
}

void TestAppOptions::refuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown option") << QStringList{"vigie", "--frobnicate"};
    QTest::newRow("language") << QStringList{"vigie", "--lang", "de"};
    QTest::newRow("port") << QStringList{"vigie", "--broker", "host:99999"};
    QTest::newRow("port text") << QStringList{"vigie", "--broker", "host:mqtt"};
    QTest::newRow("after") << QStringList{"vigie", "--after", "soon"};
    QTest::newRow("topic without filter") << QStringList{"vigie", "--topic", "=ttn"};
    QTest::newRow("topic format") << QStringList{"vigie", "--topic", "a/#=ngsi"};
    QTest::newRow("json without mapping") << QStringList{"vigie", "--topic", "a/#=json"};
    QTest::newRow("json mapping missing") << QStringList{"vigie", "--topic", "a/#=json:/nonexistent/m.yaml"};
    QTest::newRow("ttn codec") << QStringList{"vigie", "--topic", "a/#=ttn:em999"};
    QTest::newRow("fiware argument") << QStringList{"vigie", "--topic", "a/#=fiware:x"};
    QTest::newRow("broker without host") << QStringList{"vigie", "--broker", ":1883"};
    QTest::newRow("broker blank host") << QStringList{"vigie", "--broker", " :1883"};
    QTest::newRow("broker empty") << QStringList{"vigie", "--broker", ""};
    QTest::newRow("broker without port") << QStringList{"vigie", "--broker", "host:"};
    QTest::newRow("open311 port text") << QStringList{"vigie", "--open311", "http"};
    QTest::newRow("open311 port range") << QStringList{"vigie", "--open311", "70000"};
    QTest::newRow("dispatch-reports zero") << QStringList{"vigie", "--dispatch-reports", "0"};
    QTest::newRow("dispatch-reports text") << QStringList{"vigie", "--dispatch-reports", "two"};
    QTest::newRow("headless alone") << QStringList{"vigie", "--headless"};
    QTest::newRow("review missing file") << QStringList{"vigie", "--review", "/nonexistent/shift.vigiesession"};
    QTest::newRow("review of a folder") << QStringList{"vigie", "--review", TEST_DATA_DIR};
    QTest::newRow("review without file") << QStringList{"vigie", "--review"};
    QTest::newRow("review with broker") << QStringList{"vigie", "--review", TEST_DATA_DIR "/cities/tinyville/manifest.json", "--broker", "h"};
    QTest::newRow("review with topic") << QStringList{"vigie", "--review", TEST_DATA_DIR "/cities/tinyville/manifest.json", "--topic", "a/#"};
    QTest::newRow("review with client id") << QStringList{"vigie", "--review", TEST_DATA_DIR "/cities/tinyville/manifest.json", "--client-id", "x"};
}

void TestAppOptions::refuses()
{
    QFETCH(QStringList, args);
    auto o = AppOptions::parse(args);
    QVERIFY(!o.ok());
    QCOMPARE(o.error().code, QStringLiteral("badOption"));
    QVERIFY(!o.error().message.isEmpty());
}

void TestAppOptions::helpAndVersion()
{
    QCoreApplication::setApplicationName(QStringLiteral("Vigie"));
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    auto help = AppOptions::parse({"vigie", "--help"});
    QVERIFY(help.ok()); // no exit() from inside the parser
    QVERIFY2(help->informationText.contains(QStringLiteral("--broker")), qPrintable(help->informationText));
    auto version = AppOptions::parse({"vigie", "--version"});
    QVERIFY(version.ok());
    QCOMPARE(version->informationText, QStringLiteral("Vigie 9.8.7\n"));
    auto normal = AppOptions::parse({"vigie", "--offline"});
    QVERIFY(normal.ok());
    QVERIFY(normal->informationText.isEmpty());
    auto broker = AppOptions::parse({"vigie", "--broker", ":1883"});
    QVERIFY(!broker.ok());
    QVERIFY2(broker.error().message.contains(QStringLiteral("host")), qPrintable(broker.error().message));
}

void TestAppOptions::asksForInformation()
{
    const char *help[] = {"vigie", "--city", "paris", "--help"};
    QVERIFY(AppOptions::asksForInformation(4, help));
    const char *version[] = {"vigie", "-v"};
    QVERIFY(AppOptions::asksForInformation(2, version));
    const char *none[] = {"vigie", "--city", "paris"};
    QVERIFY(!AppOptions::asksForInformation(3, none));
    const char *afterDashes[] = {"vigie", "--", "--help"};
    QVERIFY(!AppOptions::asksForInformation(3, afterDashes));
}

void TestAppOptions::helpWithoutDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("help") << "--help" << "--db";
    QTest::newRow("-h") << "-h" << "--broker";
    QTest::newRow("version") << "--version" << "Vigie ";
}

void TestAppOptions::helpWithoutDisplay()
{
    // The xcb platform and no DISPLAY: a QApplication would abort (exit 134).
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QProcessEnvironment env;
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    QString out;
    QString err;
    QCOMPARE(runVigie({option}, env, &out, &err), 0);
    QVERIFY2(out.contains(expected), qPrintable(out + err));
}

void TestAppOptions::startupErrorsFailScreenshotRuns_data()
{
    QTest::addColumn<QString>("city");
    QTest::addColumn<bool>("garbageDb");
    QTest::addColumn<QString>("expected"); // on stderr
    QTest::newRow("unknown city") << "atlantis" << false << "atlantis";
    QTest::newRow("not a database") << TEST_DATA_DIR "/cities/tinyville" << true << "garbage.sqlite";
}

void TestAppOptions::startupErrorsFailScreenshotRuns()
{
    QFETCH(QString, city);
    QFETCH(bool, garbageDb);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("garbage.sqlite"));
    QStringList args{"--city", city, "--offline", "--screenshot", dir.filePath(QStringLiteral("shot.png")), "--after", "20"};
    if (garbageDb) {
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        args << "--db" << db;
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QString out;
    QString err;
    const int code = runVigie(args, env, &out, &err);
    QVERIFY2(code > 0, qPrintable(QStringLiteral("exit code %1\n%2").arg(code).arg(err)));
    QVERIFY2(err.contains(expected), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("cannot open the city")), qPrintable(err));
}

void TestAppOptions::review()
{
    // Any existing file is accepted here: whether it is a session is found when opening it.
    const QString file = QStringLiteral(TEST_DATA_DIR "/cities/tinyville/manifest.json");
    QDir::setCurrent(QStringLiteral(TEST_DATA_DIR "/cities"));
    auto o = AppOptions::parse({"vigie", "--review", "tinyville/manifest.json", "--lang", "fr"});
    QVERIFY2(o.ok(), o.ok() ? "" : qPrintable(o.error().message));
    QCOMPARE(o->review, QFileInfo(file).absoluteFilePath()); // absolute, whatever the current folder later
    QVERIFY(o->offline); // never a broker
    QCOMPARE(o->language, QStringLiteral("fr"));
    // --city says where the session's pack is.
    o = AppOptions::parse({"vigie", "--review", file, "--city", TEST_DATA_DIR "/cities/tinyville"});
    QVERIFY(o.ok());
    QCOMPARE(o->city, QStringLiteral(TEST_DATA_DIR "/cities/tinyville"));
    auto broker = AppOptions::parse({"vigie", "--review", file, "--broker", "h:1883"});
    QVERIFY(!broker.ok());
    QVERIFY2(broker.error().message.contains(QStringLiteral("--broker")), qPrintable(broker.error().message));
    auto missing = AppOptions::parse({"vigie", "--review", "/nonexistent/shift.vigiesession"});
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(QStringLiteral("shift.vigiesession")), qPrintable(missing.error().message));
    auto help = AppOptions::parse({"vigie", "--help"});
    QVERIFY2(help->informationText.contains(QStringLiteral("--review <file>")), qPrintable(help->informationText));
    QVERIFY(!AppOptions::parse({"vigie", "--offline"})->review.size());
}

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"

void TestAppOptions::headlessOpen311()
{
    auto o = AppOptions::parse({"vigie", "--headless", "--open311", "8311", "--open311-key", "k1", "--open311-key", "k2"});
    QVERIFY(o);
    QVERIFY(o->headless);
    QCOMPARE(o->open311Port, 8311);
    QCOMPARE(o->open311Keys, (QStringList{"k1", "k2"}));
    QCOMPARE(o->dispatchReports, 0); // the supervisor decides unless told otherwise
    auto unattended = AppOptions::parse({"vigie", "--open311", "8311", "--dispatch-reports", "2"});
    QVERIFY(unattended);
    QCOMPARE(unattended->dispatchReports, 2);
    const char *headless[] = {"vigie", "--headless", "--open311", "1"};
    QVERIFY(AppOptions::asksForHeadless(4, headless));
    const char *after[] = {"vigie", "--", "--headless"};
    QVERIFY(!AppOptions::asksForHeadless(3, after));

    // The real binary, without a display (xcb, no DISPLAY): serves, stores, stops on SIGTERM.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.remove(QStringLiteral("DISPLAY"));
    QProcess vigie;
    vigie.setProcessEnvironment(env);
    vigie.start(QStringLiteral(VIGIE_BINARY), {"--headless", "--open311", QString::number(port), "--city", "montpellier",
                                               "--db", home.filePath(QStringLiteral("city.sqlite")), "--open311-key", "demo-key"});
    QVERIFY(vigie.waitForStarted(10000));
    QString err;
    QVERIFY2(QTest::qWaitFor([&] {
        err += QString::fromLocal8Bit(vigie.readAllStandardError());
        return err.contains(QStringLiteral("Open311 endpoint")) || vigie.state() == QProcess::NotRunning;
    }, 60000), qPrintable(err));
    QVERIFY2(vigie.state() == QProcess::Running, qPrintable(err));

    auto exchange = [port](const QByteArray &request) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(5000))
            return QByteArray();
        socket.write(request);
        QByteArray reply;
        while (socket.waitForReadyRead(5000))
            reply += socket.readAll();
        return reply;
    };
    const QByteArray services = exchange("GET /services.json HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    QVERIFY2(services.startsWith("HTTP/1.1 200"), services.constData());
    QVERIFY(services.contains("streetlight-out"));
    const QByteArray body = "api_key=demo-key&service_code=streetlight-out&lat=43.61&long=3.87&description=Lampe+%C3%A9teinte";
    const QByteArray posted = exchange("POST /requests.json HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                                       "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                                       + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY2(posted.startsWith("HTTP/1.1 200"), posted.constData());
    QVERIFY(posted.contains("service_request_id"));
    vigie.terminate();
    QVERIFY(vigie.waitForFinished(20000));
    QCOMPARE(vigie.exitStatus(), QProcess::NormalExit);
    QCOMPARE(vigie.exitCode(), 0);
}
