// Integration: a real mosquitto broker, the libmosquitto source, the ingest pipeline and the
// SQLite writer, end to end. One broker per test case.
#include "ingest/ingestservice.h"
#include "ingest/mqttsource.h"
#include "storage/store.h"

#include "lampsandbins.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

const QString kCity = test::kLampsAndBinsCity;
using test::binId;
using test::lampId;

/// A store holding 10 lamps and 10 bins, and the directory Vigie would build from it.
struct Fixture : test::LampsAndBinsStore
{
    Fixture() : LampsAndBinsStore(QStringLiteral("ingest.sqlite")) {}

    std::unique_ptr<IngestService> service(const QString &clientId, int port)
    {
        IngestConfig config;
        config.storePath = path;
        config.directory = directory;
        auto store = Store::open(path, Store::Mode::ReadOnly);
        config.lastMessageId = store->maxMessageId().value();
        auto svc = std::make_unique<IngestService>(config);
        MqttSettings mqtt;
        mqtt.port = port;
        mqtt.clientId = clientId;
        mqtt.subscriptions = {{QStringLiteral("vigie/testville/#"), 1}};
        svc->setSource(std::make_unique<MqttSource>(mqtt));
        return svc;
    }
};

QByteArray lampMessage(int lamp, const char *power, int second)
{
    return QStringLiteral(R"({"id": "%1", "type": "Streetlight", "status": "ok", "powerState": "%2", "dateObserved": "2024-05-01T20:00:%3Z"})")
        .arg(lampId(lamp), QLatin1String(power)).arg(second, 2, 10, QLatin1Char('0')).toUtf8();
}

QByteArray binMessage(int bin, double level, int second)
{
    return QStringLiteral(R"({"id": "%1", "type": "WasteContainer", "fillingLevel": {"type": "Property", "value": %2, "observedAt": "2024-05-01T06:00:%3Z"}})")
        .arg(binId(bin)).arg(level).arg(second, 2, 10, QLatin1Char('0')).toUtf8();
}

bool waitForState(QSignalSpy &spy, SourceState state, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        for (const QList<QVariant> &args : std::as_const(spy)) {
            if (args.at(0).value<SourceState>() == state)
                return true;
        }
        spy.wait(100);
    }
    return false;
}

qint64 committedTotal(const QSignalSpy &spy)
{
    qint64 n = 0;
    for (const QList<QVariant> &args : spy)
        n += args.at(0).toLongLong();
    return n;
}

} // namespace

class TestMqttIngest : public QObject
{
    Q_OBJECT
private slots:
    void endToEnd();
    void persistentSessionDeliversWhatWasMissed();
    void reconnectsAndResubscribesAfterBrokerRestart();
    void brokerDownAtStart();
    void refusedConnectionFailsWithoutRetrying();
    void refusedSubscriptionFails();
    void invalidSettingsAreReported();
};

void TestMqttIngest::endToEnd()
{
    test::MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    Fixture fx;
    auto service = fx.service(QStringLiteral("vigie-test-e2e"), broker.port());
    QSignalSpy states(service.get(), &IngestService::sourceStateChanged);
    QSignalSpy committed(service.get(), &IngestService::committed);
    QSignalSpy deltas(service.get(), &IngestService::stateChanged);
    QSignalSpy stats(service.get(), &IngestService::statsChanged);
    QVERIFY(service->start());
    QVERIFY(waitForState(states, SourceState::Connected, 10000));

    test::TestPublisher publisher;
    QVERIFY2(publisher.connect(broker.port(), &error), qPrintable(error));
    // 200 valid messages: each lamp alternates on/off, each bin fills up.
    int valid = 0;
    for (int round = 0; round < 10; ++round) {
        for (int i = 0; i < 10; ++i) {
            QVERIFY(publisher.publish("vigie/testville/ngsi-ld/Streetlight", lampMessage(i, round % 2 ? "off" : "on", round)));
            QVERIFY(publisher.publish("vigie/testville/ngsi-ld/WasteContainer", binMessage(i, (round * 10 + 5) / 100.0, round)));
            valid += 2;
        }
    }
    // Malformed ones, each of a different kind, interleaved with nothing lost around them.
    const QList<std::pair<QByteArray, QString>> bad{
        {"{\"id\": ", QStringLiteral("invalidJson")},
        {QByteArray("\xff\xfe{}"), QStringLiteral("invalidEncoding")},
        {"", QStringLiteral("emptyPayload")},
        {R"({"id": "urn:ngsi-ld:WasteContainer:testville:B1", "type": "WasteContainer", "fillingLevel": "0,57"})", QStringLiteral("invalidValue")},
        {R"({"id": "urn:ngsi-ld:Streetlight:testville:3", "type": "Streetlight", "status": "broken"})", QStringLiteral("invalidValue")},
        {R"({"type": "Streetlight", "status": "ok"})", QStringLiteral("missingId")},
        {R"({"id": "urn:ngsi-ld:Streetlight:elsewhere:1", "type": "Streetlight", "status": "ok"})", QStringLiteral("unknownEntity")},
        {R"({"id": "urn:ngsi-ld:Streetlight:testville:B1", "type": "WasteContainer", "fillingLevel": 0.2})", QStringLiteral("unknownEntity")},
        {R"({"id": "urn:ngsi-ld:WasteContainer:testville:B2", "type": "Streetlight", "status": "ok"})", QStringLiteral("kindMismatch")},
        {R"({"id": "x", "type": "WeatherObserved"})", QStringLiteral("unsupportedType")},
        {QByteArray(300 * 1024, ' '), QStringLiteral("payloadTooLarge")},
    };
    for (const auto &[payload, code] : bad)
        QVERIFY(publisher.publish("vigie/testville/bad", payload));
    QVERIFY(publisher.waitAcknowledged());
    const qint64 total = valid + bad.size();

    QTRY_VERIFY_WITH_TIMEOUT(committedTotal(committed) == total, 20000);
    // The status bar's counters arrive on their own ≤ 100 ms tick.
    QTRY_VERIFY_WITH_TIMEOUT(!stats.isEmpty() && stats.last().at(0).value<IngestStats>().received == total, 5000);
    service->stop();

    const auto last = stats.last().at(0).value<IngestStats>();
    QCOMPARE(last.received, total);
    QCOMPARE(last.accepted, qint64(valid));
    QCOMPARE(last.quarantined, qint64(bad.size()));
    QCOMPARE(last.observations, qint64(10 * 10 * 3)); // lamp: status + powerState; bin: fillingLevel

    // Deltas are coalesced: far fewer than messages, and the final state is the last message's.
    QVERIFY(!deltas.isEmpty());
    QVERIFY(deltas.size() < valid);
    QHash<int, AssetState> live;
    for (const QList<QVariant> &args : std::as_const(deltas)) {
        const auto d = args.at(0).value<StateDelta>();
        for (int k = 0; k < d.assetIndexes.size(); ++k)
            live[d.assetIndexes.at(k)] = d.states.at(k);
    }
    QCOMPARE(live.value(fx.directory->indexOf(lampId(4))).powerState, QStringLiteral("off"));
    QCOMPARE(live.value(fx.directory->indexOf(binId(4))).fillingLevel, 0.95);

    // The store has every message, the quarantine with its reasons, and the same latest state.
    auto store = Store::open(fx.path, Store::Mode::ReadOnly);
    QVERIFY(store.ok());
    const StoreCounts counts = store->counts().value();
    QCOMPARE(counts.messages, total);
    QCOMPARE(counts.quarantined, qint64(bad.size()));
    QCOMPARE(counts.observations, qint64(300));
    QStringList codes;
    for (const QuarantinedMessage &q : store->quarantine().value())
        codes << q.reasonCode;
    QStringList expected;
    for (const auto &[payload, code] : bad)
        expected << code;
    std::sort(codes.begin(), codes.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(codes, expected);
    const auto states2 = store->latestStates().value();
    QCOMPARE(states2.value(lampId(4)).powerState, QStringLiteral("off"));
    QCOMPARE(states2.value(binId(4)).fillingLevel, 0.95);
    QCOMPARE(store->history(binId(4), QStringLiteral("fillingLevel"), 0, std::numeric_limits<qint64>::max())->size(), 10);
}

void TestMqttIngest::persistentSessionDeliversWhatWasMissed()
{
    test::MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    Fixture fx;
    const QString clientId = QStringLiteral("vigie-test-persistent");
    {
        auto first = fx.service(clientId, broker.port());
        QSignalSpy states(first.get(), &IngestService::sourceStateChanged);
        QVERIFY(first->start());
        QVERIFY(waitForState(states, SourceState::Connected, 10000)); // subscriptions acknowledged
        first->stop();
    }
    // Vigie is closed: the simulator keeps publishing.
    test::TestPublisher publisher;
    QVERIFY2(publisher.connect(broker.port(), &error), qPrintable(error));
    for (int i = 0; i < 50; ++i)
        QVERIFY(publisher.publish("vigie/testville/ngsi-ld/Streetlight", lampMessage(i % 10, i % 2 ? "on" : "off", i % 60)));
    QVERIFY(publisher.waitAcknowledged());

    auto second = fx.service(clientId, broker.port());
    QSignalSpy committed(second.get(), &IngestService::committed);
    QVERIFY(second->start());
    QTRY_VERIFY_WITH_TIMEOUT(committedTotal(committed) == 50, 15000);
    second->stop();
    auto store = Store::open(fx.path, Store::Mode::ReadOnly);
    QCOMPARE(store->counts()->messages, qint64(50));
}

void TestMqttIngest::reconnectsAndResubscribesAfterBrokerRestart()
{
    test::MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    const int port = broker.port();
    Fixture fx;
    auto service = fx.service(QStringLiteral("vigie-test-restart"), port);
    QSignalSpy states(service.get(), &IngestService::sourceStateChanged);
    QSignalSpy committed(service.get(), &IngestService::committed);
    QVERIFY(service->start());
    QVERIFY(waitForState(states, SourceState::Connected, 10000));
    states.clear();

    broker.stop();
    QVERIFY(waitForState(states, SourceState::Reconnecting, 10000));
    // The restarted broker has no memory of the session (no persistence): only a
    // subscription made again in the connect callback brings messages in.
    QVERIFY2(broker.start(&error, port), qPrintable(error));
    QVERIFY(waitForState(states, SourceState::Connected, 20000));
    test::TestPublisher publisher;
    QVERIFY2(publisher.connect(port, &error), qPrintable(error));
    QVERIFY(publisher.publish("vigie/testville/ngsi-ld/Streetlight", lampMessage(1, "on", 1)));
    QVERIFY(publisher.waitAcknowledged());
    QTRY_VERIFY_WITH_TIMEOUT(committedTotal(committed) == 1, 10000);
    service->stop();
}

void TestMqttIngest::brokerDownAtStart()
{
    const int port = test::freeLoopbackPort();
    Fixture fx;
    auto service = fx.service(QStringLiteral("vigie-test-down"), port);
    QSignalSpy states(service.get(), &IngestService::sourceStateChanged);
    QVERIFY(service->start());
    QVERIFY(waitForState(states, SourceState::Reconnecting, 5000));
    test::MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error, port), qPrintable(error));
    QVERIFY(waitForState(states, SourceState::Connected, 20000));
    service->stop();
}

void TestMqttIngest::refusedConnectionFailsWithoutRetrying()
{
    test::MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error, 0, QStringLiteral("allow_anonymous false")), qPrintable(error));
    Fixture fx;
    auto service = fx.service(QStringLiteral("vigie-test-refused"), broker.port());
    QSignalSpy states(service.get(), &IngestService::sourceStateChanged);
    QVERIFY(service->start());
    QVERIFY(waitForState(states, SourceState::Failed, 10000));
    const QString detail = [&] {
        for (const QList<QVariant> &args : std::as_const(states)) {
            if (args.at(0).value<SourceState>() == SourceState::Failed)
                return args.at(1).toString();
        }
        return QString();
    }();
    QVERIFY2(detail.contains(QStringLiteral("authori"), Qt::CaseInsensitive), qPrintable(detail));
    states.clear();
    QTest::qWait(2500); // longer than the first back-off: no new attempt is made
    for (const QList<QVariant> &args : std::as_const(states))
        QVERIFY(args.at(0).value<SourceState>() != SourceState::Connecting);
    service->stop();
}

void TestMqttIngest::refusedSubscriptionFails()
{
    // Mosquitto grants every subscription and applies its ACLs at delivery, so a refusing
    // broker is played here by hand: CONNACK accepted, then SUBACK 0x80 (MQTT 3.1.1 §3.9.3).
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    QTcpSocket *client = nullptr;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        client = server.nextPendingConnection();
        connect(client, &QTcpSocket::readyRead, this, [&] {
            received += client->readAll();
            while (received.size() >= 2 && received.size() >= 2 + quint8(received.at(1))) {
                const quint8 type = quint8(received.at(0)) >> 4;
                const QByteArray packet = received.left(2 + quint8(received.at(1)));
                received.remove(0, packet.size());
                if (type == 1) // CONNECT → CONNACK, session present 0, accepted
                    client->write(QByteArray::fromHex("20020000"));
                else if (type == 8) // SUBSCRIBE → SUBACK with the same packet id, refused
                    client->write(QByteArray::fromHex("9003") + packet.mid(2, 2) + QByteArray::fromHex("80"));
            }
        });
    });
    Fixture fx;
    auto service = fx.service(QStringLiteral("vigie-test-refused-sub"), server.serverPort());
    QSignalSpy states(service.get(), &IngestService::sourceStateChanged);
    QVERIFY(service->start());
    QVERIFY(waitForState(states, SourceState::Failed, 10000));
    for (const QList<QVariant> &args : std::as_const(states)) {
        QVERIFY(args.at(0).value<SourceState>() != SourceState::Connected);
        if (args.at(0).value<SourceState>() == SourceState::Failed)
            QVERIFY2(args.at(1).toString().contains(QStringLiteral("vigie/testville/#")), qPrintable(args.at(1).toString()));
    }
    service->stop();
}

void TestMqttIngest::invalidSettingsAreReported()
{
    MqttSettings s;
    s.clientId = QStringLiteral("x");
    s.subscriptions = {{QStringLiteral("vigie/#/bad"), 1}};
    QVERIFY(!s.validate().ok());
    QVERIFY(s.validate().error().message.contains(QStringLiteral("vigie/#/bad")));
    s.subscriptions = {{QStringLiteral("vigie/#"), 3}};
    QVERIFY(!s.validate().ok());
    s.subscriptions = {{QStringLiteral("vigie/#"), 1}};
    s.clientId.clear();
    QVERIFY(!s.validate().ok());
    s.clientId = QStringLiteral("x");
    s.port = 70000;
    QVERIFY(!s.validate().ok());
    s.port = 1883;
    QVERIFY(s.validate().ok());
}

QTEST_GUILESS_MAIN(TestMqttIngest)
#include "tst_mqttingest.moc"
