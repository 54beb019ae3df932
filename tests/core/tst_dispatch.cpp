// Integration: the Dispatcher against a real mosquitto broker and a real SQLite file, the
// outbox written with SQL as InterventionService does (the table is the contract); and the
// status reports' parser. docs/interventions.md, "Delivery guarantees".
#include "dispatch/dispatcher.h"
#include "interventions/crewmessages.h"
#include "storage/schema.h"
#include "storage/sqlite.h"

#include "testsubscriber.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace vigie;

namespace {

const QString kCrewA = QStringLiteral("eclairage-nord");
const QString kCrewB = QStringLiteral("proprete-sud");
const QString kPrefix = QStringLiteral("vigie/crews");

/// A city store at the current schema, written to as InterventionService would.
struct CityStore
{
    QTemporaryDir dir;
    QString path;
    SqliteConnection db;
    int next = 0;

    CityStore()
    {
        path = dir.filePath(QStringLiteral("city.sqlite"));
        auto opened = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
        Q_ASSERT(opened.ok());
        db = std::move(opened.value());
        const Status migrated = schema::migrate(db);
        Q_ASSERT(migrated.ok());
    }

    /// Appends `count` outbox rows, alternating between two crews; intervention n, version 1.
    /// Returns their message keys, in id order.
    QStringList enqueue(int count)
    {
        QStringList keys;
        auto insert = db.prepare("INSERT INTO dispatch_outbox (message_key, intervention_id, version, crew_id, topic, "
                                 "payload, created_at_ms) VALUES (?, ?, 1, ?, ?, ?, ?)");
        Q_ASSERT(insert.ok());
        for (int i = 0; i < count; ++i) {
            const int id = ++next;
            const QString crew = id % 2 ? kCrewA : kCrewB;
            const QString key = QStringLiteral("%1:1").arg(id);
            QJsonObject o{{QStringLiteral("messageId"), key}, {QStringLiteral("interventionId"), id},
                          {QStringLiteral("version"), 1}, {QStringLiteral("status"), QStringLiteral("assigned")}};
            insert->bind(1, key);
            insert->bind(2, qint64(id));
            insert->bind(3, crew);
            insert->bind(4, crewInterventionsTopic(kPrefix, crew));
            insert->bindBlob(5, QJsonDocument(o).toJson(QJsonDocument::Compact));
            insert->bind(6, QDateTime::currentMSecsSinceEpoch());
            const Status ran = insert->run();
            Q_ASSERT(ran.ok());
            keys << key;
        }
        return keys;
    }

    qint64 scalar(const char *sql)
    {
        auto s = db.prepare(sql);
        Q_ASSERT(s.ok());
        auto row = s->step();
        return row.ok() && row.value() ? s->int64(0) : -1;
    }

    QStringList keys(const char *sql)
    {
        QStringList out;
        auto s = db.prepare(sql);
        Q_ASSERT(s.ok());
        const Status done = s->forEachRow([&](SqliteStatement &row) { out << row.text(0); });
        Q_ASSERT(done.ok());
        return out;
    }
};

DispatchSettings settings(int port, const QString &clientId)
{
    DispatchSettings s;
    s.mqtt.port = port;
    s.mqtt.clientId = clientId;
    s.mqtt.reconnectMinSeconds = 1;
    s.mqtt.reconnectMaxSeconds = 1;
    s.topicPrefix = kPrefix;
    return s;
}

bool sawState(const QSignalSpy &spy, SourceState state)
{
    for (const QList<QVariant> &args : spy) {
        if (args.at(0).value<SourceState>() == state)
            return true;
    }
    return false;
}

/// The messageId of each message, in arrival order.
QStringList messageIds(const QVector<test::TestSubscriber::Message> &messages)
{
    QStringList ids;
    for (const auto &m : messages)
        ids << QJsonDocument::fromJson(m.payload).object().value(QStringLiteral("messageId")).toString();
    return ids;
}

/// What a crew device shows: each messageId the first time it arrives, in arrival order.
QStringList firstArrivals(const QStringList &ids)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            out << id;
        }
    }
    return out;
}

QByteArray statusPayload(const QString &messageId, const QString &crew, InterventionStatus status, const QString &note = {})
{
    CrewStatusReport r;
    r.messageId = messageId;
    r.crewId = crew;
    r.interventionId = 42;
    r.version = 3;
    r.status = status;
    r.note = note;
    r.atMs = 1'796'065'920'000; // 2026-11-30T19:12:00Z
    return crewStatusPayload(r);
}

} // namespace

class TestDispatch : public QObject
{
    Q_OBJECT
private slots:
    void sendsInOrderAndRecordsAcknowledgements();
    void nothingLostAcrossBrokerOutageAndRestart();
    void resendsWhatWasInFlightWhenTheBrokerWent();
    void receivesStatusReports();
    void twoInstancesNeverSendTheSameRow();
    void refusesUnusableSettingsAndStores();
    void statusRoundTrip();
    void statusErrors_data();
    void statusErrors();
    void hostileStatusPayloads();
};

void TestDispatch::sendsInOrderAndRecordsAcknowledgements()
{
    test::MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    test::TestSubscriber device;
    QVERIFY2(device.connect(broker.port(), {QStringLiteral("vigie/crews/+/interventions")}, &error), qPrintable(error));
    CityStore store;
    QStringList expected = store.enqueue(45); // more than the window of 20

    Dispatcher dispatcher(settings(broker.port(), QStringLiteral("vigie-dispatch-test")), store.path);
    QSignalSpy delivered(&dispatcher, &Dispatcher::delivered);
    QSignalSpy states(&dispatcher, &Dispatcher::stateChanged);
    dispatcher.open();
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 45, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(sawState(states, SourceState::Connected), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(device.messages().size(), 45, 10000);
    QCOMPARE(messageIds(device.messages()), expected);
    for (int i = 0; i < delivered.size(); ++i) {
        QCOMPARE(delivered.at(i).at(0).toLongLong(), qint64(i + 1));
        QCOMPARE(delivered.at(i).at(1).toInt(), 1);
    }
    const auto messages = device.messages();
    QCOMPARE(messages.first().topic, QByteArray("vigie/crews/eclairage-nord/interventions"));
    QCOMPARE(messages.at(1).topic, QByteArray("vigie/crews/proprete-sud/interventions"));
    QCOMPARE(messages.first().qos, 1);
    QVERIFY(!messages.first().retain);

    // A row written later goes out when the service says so.
    expected << store.enqueue(1);
    dispatcher.outboxChanged();
    QTRY_COMPARE_WITH_TIMEOUT(device.messages().size(), 46, 10000);
    QCOMPARE(messageIds(device.messages()), expected);
    QTRY_COMPARE_WITH_TIMEOUT(dispatcher.pending(), qint64(0), 5000);
    dispatcher.close();
    QCOMPARE(dispatcher.state(), SourceState::Idle);

    QCOMPARE(store.scalar("SELECT count(*) FROM dispatch_outbox WHERE acked_at_ms IS NULL"), qint64(0));
    QCOMPARE(store.scalar("SELECT count(*) FROM dispatch_outbox WHERE sent_at_ms IS NULL OR sent_at_ms > acked_at_ms"), qint64(0));
    QCOMPARE(store.scalar("SELECT count(*) FROM dispatch_outbox WHERE claimed_by = 'vigie-dispatch-test'"), qint64(46));
}

void TestDispatch::nothingLostAcrossBrokerOutageAndRestart()
{
    // The broker keeps sessions on disk, as a production broker does: the crew device's
    // subscription and what was queued for it survive its restart.
    test::MosquittoBroker broker;
    const QString persistence = QStringLiteral("persistence true\npersistence_location %1/\n").arg(broker.directory());
    QString error;
    QVERIFY2(broker.start(&error, 0, persistence), qPrintable(error));
    const int port = broker.port();
    test::TestSubscriber device;
    QVERIFY2(device.connect(port, {QStringLiteral("vigie/crews/+/interventions")}, &error, QStringLiteral("crew-device")),
             qPrintable(error));
    CityStore store;
    const QString clientId = QStringLiteral("vigie-dispatch-restart");
    QStringList expected = store.enqueue(5);
    QStringList ackedBeforeOutage;
    {
        Dispatcher first(settings(port, clientId), store.path);
        QSignalSpy delivered(&first, &Dispatcher::delivered);
        QSignalSpy states(&first, &Dispatcher::stateChanged);
        first.open();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 5, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(device.messages().size(), 5, 10000);
        ackedBeforeOutage = store.keys("SELECT message_key FROM dispatch_outbox WHERE acked_at_ms IS NOT NULL ORDER BY id");
        QCOMPARE(ackedBeforeOutage, expected);
        QVERIFY(device.settle()); // the device's own acknowledgements are in: no redelivery from the broker

        broker.stop();
        QTRY_VERIFY_WITH_TIMEOUT(sawState(states, SourceState::Reconnecting), 10000);
        expected << store.enqueue(5);
        first.outboxChanged();
        QTRY_COMPARE_WITH_TIMEOUT(first.pending(), qint64(5), 5000);
    } // Vigie is closed while the broker is away

    expected << store.enqueue(2);
    Dispatcher second(settings(port, clientId), store.path);
    QSignalSpy delivered(&second, &Dispatcher::delivered);
    second.open();
    QTRY_COMPARE_WITH_TIMEOUT(second.pending(), qint64(7), 5000);
    QVERIFY2(broker.start(&error, port, persistence), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 7, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(firstArrivals(messageIds(device.messages())).size(), expected.size(), 20000);
    const QStringList received = messageIds(device.messages());
    QCOMPARE(firstArrivals(received), expected);
    for (const QString &key : std::as_const(ackedBeforeOutage))
        QVERIFY2(received.count(key) == 1, qPrintable(QStringLiteral("%1 arrived %2 times").arg(key).arg(received.count(key))));
    QCOMPARE(second.pending(), qint64(0));
    second.close();
    QCOMPARE(store.scalar("SELECT count(*) FROM dispatch_outbox WHERE acked_at_ms IS NULL"), qint64(0));
}

void TestDispatch::resendsWhatWasInFlightWhenTheBrokerWent()
{
    test::MosquittoBroker broker;
    const QString persistence = QStringLiteral("persistence true\npersistence_location %1/\n").arg(broker.directory());
    QString error;
    QVERIFY2(broker.start(&error, 0, persistence), qPrintable(error));
    const int port = broker.port();
    test::TestSubscriber device;
    QVERIFY2(device.connect(port, {QStringLiteral("vigie/crews/+/interventions")}, &error, QStringLiteral("crew-device")),
             qPrintable(error));
    CityStore store;
    const QStringList expected = store.enqueue(1500);
    Dispatcher dispatcher(settings(port, QStringLiteral("vigie-dispatch-inflight")), store.path);
    QSignalSpy states(&dispatcher, &Dispatcher::stateChanged);
    dispatcher.open();
    // The broker goes while the outbox is being sent (whatever was in flight then).
    QVERIFY(device.waitForCount(100, 20000));
    broker.stop();
    QTRY_VERIFY_WITH_TIMEOUT(sawState(states, SourceState::Reconnecting), 10000);
    QVERIFY2(broker.start(&error, port, persistence), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(dispatcher.pending(), qint64(0), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(firstArrivals(messageIds(device.messages())).size(), expected.size(), 20000);
    QCOMPARE(firstArrivals(messageIds(device.messages())), expected);
    dispatcher.close();
    QCOMPARE(store.scalar("SELECT count(*) FROM dispatch_outbox WHERE acked_at_ms IS NULL"), qint64(0));
}

void TestDispatch::receivesStatusReports()
{
    test::MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    CityStore store;
    const QString clientId = QStringLiteral("vigie-dispatch-status");
    test::TestPublisher crew;
    QVERIFY2(crew.connect(broker.port(), &error), qPrintable(error));
    const QByteArray topicA = crewStatusTopic(kPrefix, kCrewA).toUtf8();
    {
        Dispatcher dispatcher(settings(broker.port(), clientId), store.path);
        QSignalSpy reports(&dispatcher, &Dispatcher::crewStatus);
        QSignalSpy rejected(&dispatcher, &Dispatcher::rejected);
        QSignalSpy states(&dispatcher, &Dispatcher::stateChanged);
        dispatcher.open();
        QTRY_VERIFY_WITH_TIMEOUT(sawState(states, SourceState::Connected), 10000); // subscribed

        QVERIFY(crew.publish(topicA, statusPayload(QStringLiteral("eclairage-nord:1"), kCrewA, InterventionStatus::Accepted)));
        QVERIFY(crew.publish(topicA, "{\"messageId\": "));
        QVERIFY(crew.publish(topicA, R"({"messageId":"x","interventionId":42,"status":"teleported"})"));
        QVERIFY(crew.publish(topicA, statusPayload(QStringLiteral("proprete-sud:1"), kCrewB, InterventionStatus::Accepted)));
        QVERIFY(crew.publish(topicA, statusPayload(QStringLiteral("eclairage-nord:2"), kCrewA, InterventionStatus::OnSite, QStringLiteral("Câble sectionné"))));
        QVERIFY(crew.waitAcknowledged());
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 3, 10000);
        const auto first = reports.at(0).at(0).value<CrewStatusReport>();
        QCOMPARE(first.messageId, QStringLiteral("eclairage-nord:1"));
        QCOMPARE(first.crewId, kCrewA);
        QCOMPARE(first.interventionId, qint64(42));
        QCOMPARE(first.status, InterventionStatus::Accepted);
        const auto second = reports.at(1).at(0).value<CrewStatusReport>();
        QCOMPARE(second.status, InterventionStatus::OnSite);
        QCOMPARE(second.note, QStringLiteral("Câble sectionné"));
        QStringList codes;
        for (const QList<QVariant> &args : std::as_const(rejected)) {
            QCOMPARE(args.at(0).toString(), QString::fromUtf8(topicA));
            codes << args.at(1).value<Error>().code;
        }
        QCOMPARE(codes, (QStringList{QStringLiteral("invalidJson"), QStringLiteral("badStatus"), QStringLiteral("crewMismatch")}));
    }
    // Vigie closed: the crew reports anyway; the persistent session keeps it.
    QVERIFY(crew.publish(topicA, statusPayload(QStringLiteral("eclairage-nord:3"), kCrewA, InterventionStatus::OnSite)));
    QVERIFY(crew.waitAcknowledged());
    Dispatcher dispatcher(settings(broker.port(), clientId), store.path);
    QSignalSpy reports(&dispatcher, &Dispatcher::crewStatus);
    dispatcher.open();
    QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, 10000);
    QCOMPARE(reports.at(0).at(0).value<CrewStatusReport>().messageId, QStringLiteral("eclairage-nord:3"));
}

void TestDispatch::twoInstancesNeverSendTheSameRow()
{
    test::MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    test::TestSubscriber device;
    QVERIFY2(device.connect(broker.port(), {QStringLiteral("vigie/crews/+/interventions")}, &error), qPrintable(error));
    CityStore store;
    QStringList expected = store.enqueue(200);
    Dispatcher north(settings(broker.port(), QStringLiteral("vigie-station-1")), store.path);
    Dispatcher south(settings(broker.port(), QStringLiteral("vigie-station-2")), store.path);
    north.open();
    south.open();
    QTRY_COMPARE_WITH_TIMEOUT(north.pending() + south.pending(), qint64(0), 30000);
    // Rows written while both run, both told.
    for (int round = 0; round < 5; ++round) {
        expected << store.enqueue(20);
        north.outboxChanged();
        south.outboxChanged();
        QTest::qWait(50);
    }
    QTRY_COMPARE_WITH_TIMEOUT(store.scalar("SELECT count(*) FROM dispatch_outbox WHERE acked_at_ms IS NULL"), qint64(0), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(device.messages().size(), expected.size(), 10000);
    QTest::qWait(1500); // a duplicate would come with the next tick
    const QStringList received = messageIds(device.messages());
    QCOMPARE(received.size(), expected.size());
    QCOMPARE(firstArrivals(received), expected);
    north.close();
    south.close();
}

void TestDispatch::refusesUnusableSettingsAndStores()
{
    CityStore store;
    DispatchSettings bad = settings(1883, QStringLiteral("x"));
    bad.topicPrefix = QStringLiteral("vigie/+/crews");
    Dispatcher wildcard(bad, store.path);
    QSignalSpy states(&wildcard, &Dispatcher::stateChanged);
    wildcard.open();
    QTRY_VERIFY(sawState(states, SourceState::Failed));
    QCOMPARE(wildcard.state(), SourceState::Failed);

    // A database from before the dispatch outbox.
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto db = SqliteConnection::open(old, SqliteConnection::Mode::ReadWrite);
        QVERIFY(db.ok());
        QVERIFY(db->exec("PRAGMA user_version = 4;").ok());
    }
    Dispatcher tooOld(settings(test::freeLoopbackPort(), QStringLiteral("y")), old);
    QSignalSpy oldStates(&tooOld, &Dispatcher::stateChanged);
    tooOld.open();
    QTRY_VERIFY(sawState(oldStates, SourceState::Failed));
    tooOld.close();
    QCOMPARE(tooOld.state(), SourceState::Idle);
}

void TestDispatch::statusRoundTrip()
{
    CrewStatusReport r;
    r.messageId = QStringLiteral("eclairage-nord:17");
    r.crewId = kCrewA;
    r.interventionId = 42;
    r.version = 3;
    r.status = InterventionStatus::Blocked;
    r.note = QStringLiteral("Accès fermé — « travaux »\nrepasser demain");
    r.atMs = 1'796'065'920'123;
    const QByteArray payload = crewStatusPayload(r);
    const auto parsed = parseCrewStatus(kCrewA, payload, 5);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->messageId, r.messageId);
    QCOMPARE(parsed->crewId, r.crewId);
    QCOMPARE(parsed->interventionId, r.interventionId);
    QCOMPARE(parsed->version, r.version);
    QCOMPARE(parsed->status, r.status);
    QCOMPARE(parsed->note, r.note);
    QCOMPARE(parsed->atMs, r.atMs);
    QCOMPARE(parsed->receivedAtMs, qint64(5));
    QVERIFY2(payload.contains("\"at\":\"2026-11-30T19:12:00.123Z\""), payload.constData());

    for (InterventionStatus s : {InterventionStatus::Accepted, InterventionStatus::EnRoute, InterventionStatus::OnSite,
                                 InterventionStatus::Done}) {
        r.status = s;
        QCOMPARE(parseCrewStatus(kCrewA, crewStatusPayload(r), 0)->status, s);
    }

    // The documented example; without `at` the time is the reception's, without crewId the topic's.
    const QByteArray doc = R"({"messageId": "eclairage-nord:17", "crewId": "eclairage-nord", "interventionId": 42,
        "version": 3, "status": "onSite", "note": "Câble sectionné", "at": "2026-11-30T19:12:00Z"})";
    const auto example = parseCrewStatus(kCrewA, doc, 0);
    QVERIFY(example.ok());
    QCOMPARE(example->atMs, qint64(1'796'065'920'000));
    QCOMPARE(example->status, InterventionStatus::OnSite);
    const auto bare = parseCrewStatus(kCrewB, R"({"messageId":"m","interventionId":7,"status":"done"})", 99);
    QVERIFY(bare.ok());
    QCOMPARE(bare->crewId, kCrewB);
    QCOMPARE(bare->atMs, qint64(99));
    QCOMPARE(bare->version, 0);

    QCOMPARE(crewInterventionsTopic(kPrefix, kCrewA), QStringLiteral("vigie/crews/eclairage-nord/interventions"));
    QCOMPARE(crewStatusTopic(kPrefix, kCrewA), QStringLiteral("vigie/crews/eclairage-nord/status"));
}

void TestDispatch::statusErrors_data()
{
    QTest::addColumn<QString>("topicCrew");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("code");
    const QString a = kCrewA;
    QTest::newRow("truncated") << a << QByteArray(R"({"messageId":"m","interventionId":)") << "invalidJson";
    QTest::newRow("array") << a << QByteArray(R"([{"messageId":"m"}])") << "invalidJson";
    QTest::newRow("empty") << a << QByteArray() << "invalidJson";
    QTest::newRow("not utf-8") << a << QByteArray("{\"messageId\":\"\xff\xfe\"}") << "invalidJson";
    QTest::newRow("no messageId") << a << QByteArray(R"({"interventionId":1,"status":"done"})") << "missingField";
    QTest::newRow("messageId number") << a << QByteArray(R"({"messageId":5,"interventionId":1,"status":"done"})") << "missingField";
    QTest::newRow("no interventionId") << a << QByteArray(R"({"messageId":"m","status":"done"})") << "missingField";
    QTest::newRow("interventionId text") << a << QByteArray(R"({"messageId":"m","interventionId":"42","status":"done"})") << "missingField";
    QTest::newRow("interventionId fraction") << a << QByteArray(R"({"messageId":"m","interventionId":4.5,"status":"done"})") << "missingField";
    QTest::newRow("interventionId zero") << a << QByteArray(R"({"messageId":"m","interventionId":0,"status":"done"})") << "missingField";
    QTest::newRow("interventionId huge") << a << QByteArray(R"({"messageId":"m","interventionId":1e300,"status":"done"})") << "missingField";
    QTest::newRow("version negative") << a << QByteArray(R"({"messageId":"m","interventionId":1,"version":-1,"status":"done"})") << "invalidJson";
    QTest::newRow("no status") << a << QByteArray(R"({"messageId":"m","interventionId":1})") << "missingField";
    QTest::newRow("status assigned") << a << QByteArray(R"({"messageId":"m","interventionId":1,"status":"assigned"})") << "badStatus";
    QTest::newRow("status case") << a << QByteArray(R"({"messageId":"m","interventionId":1,"status":"Done"})") << "badStatus";
    QTest::newRow("other crew") << a << QByteArray(R"({"messageId":"m","crewId":"voirie","interventionId":1,"status":"done"})") << "crewMismatch";
    QTest::newRow("crewId number") << a << QByteArray(R"({"messageId":"m","crewId":3,"interventionId":1,"status":"done"})") << "crewMismatch";
    QTest::newRow("no topic crew") << QString() << QByteArray(R"({"messageId":"m","interventionId":1,"status":"done"})") << "crewMismatch";
    QTest::newRow("impossible date") << a << QByteArray(R"({"messageId":"m","interventionId":1,"status":"done","at":"2026-02-30T10:00:00Z"})") << "badTime";
    QTest::newRow("time number") << a << QByteArray(R"({"messageId":"m","interventionId":1,"status":"done","at":1796065920})") << "badTime";
    QTest::newRow("note object") << a << QByteArray(R"({"messageId":"m","interventionId":1,"status":"done","note":{"x":1}})") << "invalidJson";
}

void TestDispatch::statusErrors()
{
    QFETCH(QString, topicCrew);
    QFETCH(QByteArray, payload);
    QFETCH(QString, code);
    const auto parsed = parseCrewStatus(topicCrew, payload, 1);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
    QVERIFY(!parsed.error().message.isEmpty());
    QVERIFY(parsed.error().message.size() < 400);
}

void TestDispatch::hostileStatusPayloads()
{
    // A note is plain text of at most 2000 characters: control characters go.
    const QString note = QStringLiteral("a\u0000b\u001b[31mc\rde\nf\tg") + QString(5000, QLatin1Char('x'));
    QJsonObject o{{QStringLiteral("messageId"), QStringLiteral("m")}, {QStringLiteral("interventionId"), 1},
                  {QStringLiteral("status"), QStringLiteral("blocked")}, {QStringLiteral("note"), note}};
    const auto parsed = parseCrewStatus(kCrewA, QJsonDocument(o).toJson(), 0);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->note.size(), 2000);
    QVERIFY(parsed->note.startsWith(QStringLiteral("ab[31mcde\nf\tgx")));
    QVERIFY(parsed->note.endsWith(QChar(0x2026)));

    // Long or deep garbage: refused with a short sentence, never a crash.
    const QString longCrew(5000, QLatin1Char('c'));
    o[QStringLiteral("crewId")] = longCrew;
    const auto mismatch = parseCrewStatus(kCrewA, QJsonDocument(o).toJson(), 0);
    QCOMPARE(mismatch.error().code, QStringLiteral("crewMismatch"));
    QVERIFY(mismatch.error().message.size() < 400);
    const auto longStatus = parseCrewStatus(kCrewA, "{\"messageId\":\"m\",\"interventionId\":1,\"status\":\"" + QByteArray(10000, 's') + "\"}", 0);
    QCOMPARE(longStatus.error().code, QStringLiteral("badStatus"));
    QVERIFY(longStatus.error().message.size() < 400);
    QCOMPARE(parseCrewStatus(kCrewA, QByteArray(100000, '['), 0).error().code, QStringLiteral("invalidJson"));
    QCOMPARE(parseCrewStatus(kCrewA, QByteArray(2000, '[') + QByteArray(2000, ']'), 0).error().code, QStringLiteral("invalidJson"));
    QCOMPARE(parseCrewStatus(kCrewA, "{\"messageId\":\"" + QByteArray(300, 'm') + "\",\"interventionId\":1,\"status\":\"done\"}", 0).error().code,
             QStringLiteral("missingField"));
    QCOMPARE(parseCrewStatus(kCrewA, QByteArray("\0\0\0\0", 4), 0).error().code, QStringLiteral("invalidJson"));
}

QTEST_GUILESS_MAIN(TestDispatch)
#include "tst_dispatch.moc"
