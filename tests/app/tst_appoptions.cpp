#include "appoptions.h"

#include <QDir>
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
};

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
}

void TestAppOptions::refuses()
{
    QFETCH(QStringList, args);
    auto o = AppOptions::parse(args);
    QVERIFY(!o.ok());
    QCOMPARE(o.error().code, QStringLiteral("badOption"));
    QVERIFY(!o.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"
