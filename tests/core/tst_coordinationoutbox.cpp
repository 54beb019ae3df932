// Coordination messages queued while the broker is down survive a restart: the notifier keeps
// them in the store (coordination_outbox) and the next run publishes them, oldest first, to a
// real mosquitto started late; acknowledged messages leave the store.
#include "dispatch/coordinationnotifier.h"
#include "dispatch/coordinationoutbox.h"
#include "storage/sqlite.h"
#include "storage/store.h"
#include "testsubscriber.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

qint64 outboxRows(const QString &path)
{
    auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    if (!db)
        return -1;
    auto q = db->prepare("SELECT COUNT(*) FROM coordination_outbox");
    if (!q || !q->step().value())
        return -1;
    return q->int64(0);
}

} // namespace

class TestCoordinationOutbox : public QObject
{
    Q_OBJECT
private slots:
    void outboxTable();
    void unsentMessagesSurviveARestart();
};

void TestCoordinationOutbox::outboxTable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.sqlite"));
    QVERIFY(Store::open(path, Store::Mode::ReadWrite).ok()); // migrated
    auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
    QVERIFY(db.ok());
    CoordinationOutbox outbox(db.value());
    QVERIFY(outbox.add({{QStringLiteral("b"), "t/2", "{\"n\":2}", 20}, {QStringLiteral("a"), "t/1", "{\"n\":1}", 10}}).ok());
    QVERIFY(outbox.add({{QStringLiteral("b"), "t/other", "{}", 30}}).ok()); // same id: kept as it was
    auto rows = outbox.pending();
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).messageId, QStringLiteral("b")); // in the order they were written
    QCOMPARE(rows->at(0).topic, QByteArray("t/2"));
    QCOMPARE(rows->at(1).payload, QByteArray("{\"n\":1}"));
    QVERIFY(outbox.remove(QStringLiteral("b")).ok());
    QVERIFY(outbox.remove(QStringLiteral("unknown")).ok());
    QCOMPARE(outbox.pending()->size(), 1);
}

void TestCoordinationOutbox::unsentMessagesSurviveARestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.sqlite"));
    QVERIFY(Store::open(path, Store::Mode::ReadWrite).ok());
    const int port = test::freeLoopbackPort();
    CoordinationNotifySettings settings;
    settings.mqtt.port = port;
    settings.mqtt.clientId = QStringLiteral("vigie-test-coordination");
    settings.mqtt.cleanSession = true;
    settings.mqtt.reconnectMaxSeconds = 1;
    settings.storePath = path;
    const QString roads = settings.topicFor(QStringLiteral("roads"));
    const QString waste = settings.topicFor(QStringLiteral("waste"));
    {
        // The broker is down: queued, kept in the store, not delivered before closing.
        CoordinationNotifier notifier(settings);
        QSignalSpy delivered(&notifier, &CoordinationNotifier::delivered);
        notifier.open();
        QVERIFY(notifier.notify(QStringLiteral("m-1"), roads, R"({"messageId":"m-1"})").ok());
        QVERIFY(notifier.notify(QStringLiteral("m-2"), waste, R"({"messageId":"m-2"})").ok());
        QTRY_COMPARE_WITH_TIMEOUT(outboxRows(path), qint64(2), 5000); // while it retries
        QCOMPARE(notifier.pending(), 2);
        notifier.close();
        QVERIFY(delivered.isEmpty());
    }
    QCOMPARE(outboxRows(path), qint64(2));

    // The broker comes up late, with a receiver subscribed; Vigie restarts.
    test::MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error, port), qPrintable(error));
    test::TestSubscriber subscriber;
    QVERIFY2(subscriber.connect(port, {QStringLiteral("vigie/coordination/#")}, &error), qPrintable(error));
    CoordinationNotifier notifier(settings);
    QSignalSpy delivered(&notifier, &CoordinationNotifier::delivered);
    QVERIFY(notifier.notify(QStringLiteral("m-3"), roads, R"({"messageId":"m-3"})").ok()); // queued before open
    notifier.open();
    QVERIFY(subscriber.waitForCount(3, 20000));
    const auto messages = subscriber.messages();
    QCOMPARE(messages.size(), 3);
    // The previous run's messages first, in their order, then this run's.
    QCOMPARE(messages.at(0).payload, QByteArray(R"({"messageId":"m-1"})"));
    QCOMPARE(messages.at(0).topic, roads.toUtf8());
    QCOMPARE(messages.at(1).payload, QByteArray(R"({"messageId":"m-2"})"));
    QCOMPARE(messages.at(1).topic, waste.toUtf8());
    QCOMPARE(messages.at(2).payload, QByteArray(R"({"messageId":"m-3"})"));
    QCOMPARE(messages.at(0).qos, 1);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 3, 10000);
    QCOMPARE(delivered.at(0).at(0).toString(), QStringLiteral("m-1"));
    QCOMPARE(outboxRows(path), qint64(0)); // acknowledged: gone from the store
    QCOMPARE(notifier.pending(), 0);
    notifier.close();
}

QTEST_GUILESS_MAIN(TestCoordinationOutbox)
#include "tst_coordinationoutbox.moc"
