#include "appoptions.h"

#include <QTest>

using namespace vigie;

class TestAppOptions : public QObject
{
    Q_OBJECT
private slots:
    void parses();
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
    QCOMPARE(o->topics, (QStringList{"a/#", "b/+"}));
    QCOMPARE(o->language, QStringLiteral("fr"));
    QVERIFY(o->offline);
    QCOMPARE(o->screenshot, QStringLiteral("/tmp/x.png"));
    QCOMPARE(o->screenshotAfter, 2.5);
    auto hostOnly = AppOptions::parse({"vigie", "--broker", "broker.city.fr"});
    QVERIFY(hostOnly.ok());
    QCOMPARE(hostOnly->brokerHost, QStringLiteral("broker.city.fr"));
    QCOMPARE(hostOnly->brokerPort, 0);
}

void TestAppOptions::refuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown option") << QStringList{"vigie", "--frobnicate"};
    QTest::newRow("language") << QStringList{"vigie", "--lang", "de"};
    QTest::newRow("port") << QStringList{"vigie", "--broker", "host:99999"};
    QTest::newRow("port text") << QStringList{"vigie", "--broker", "host:mqtt"};
    QTest::newRow("after") << QStringList{"vigie", "--after", "soon"};
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
