// The whole loop of issue "interventions" with real parts: a real mosquitto, Vigie's
// InterventionService and Dispatcher on a real SQLite file, and vigie-sim's field crews.
// An intervention created, assigned and dispatched reaches the crew's device, which accepts,
// drives (its AT101 tracker publishing TTN uplinks), works and reports done; the service
// applies each report in order and the simulation is asked to repair the asset.
#include "dispatch/dispatcher.h"
#include "fieldcrews.h"
#include "interventions/interventionservice.h"
#include "interventions/interventionstore.h"
#include "storage/store.h"
#include "testsubscriber.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vigie;
using namespace vigie::sim;

class TestInterventionLoop : public QObject
{
    Q_OBJECT

private slots:
    void dispatchedJobComesBackDoneFromTheFieldCrew();
};

void TestInterventionLoop::dispatchedJobComesBackDoneFromTheFieldCrew()
{
    QString error;
    test::MosquittoBroker broker;
    QVERIFY2(broker.start(&error), qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.sqlite"));
    {
        auto store = Store::open(path, Store::Mode::ReadWrite);
        QVERIFY(store.ok());
        QVERIFY(store->connection().exec("INSERT INTO crew(id, name, skills) VALUES ('eclairage-nord', 'Éclairage Nord', 'lighting')").ok());
    }
    const QString lamp = QStringLiteral("urn:ngsi-ld:Streetlight:montpellier:42");
    AssetRecord record;
    record.id = lamp;
    record.layerId = QStringLiteral("eclairage");
    record.ref = QStringLiteral("42");
    record.lon = 3.8767;
    record.lat = 43.6108;
    auto directory = std::make_shared<const AssetDirectory>(QVector<AssetRecord>{record});

    InterventionService service(path);
    QVector<Intervention> seen;
    connect(&service, &InterventionService::interventionsChanged, this,
            [&](const QVector<Intervention> &changed, bool) { seen += changed; });
    DispatchSettings settings;
    settings.mqtt.port = broker.port();
    settings.mqtt.clientId = QStringLiteral("vigie-loop-dispatch");
    Dispatcher dispatcher(settings, path);
    connect(&service, &InterventionService::outboxChanged, &dispatcher, &Dispatcher::outboxChanged);
    connect(&dispatcher, &Dispatcher::crewStatus, &service, &InterventionService::applyCrewStatus);
    QSignalSpy started(&service, &InterventionService::interventionsChanged);
    service.start(directory, SlaPolicy{});
    QVERIFY(started.wait(5000));
    dispatcher.open();

    // The crew's field device, on simulated time running 10 s per 20 ms tick.
    FieldCrewOptions options;
    options.cityId = QStringLiteral("montpellier");
    options.acceptAfterS = 10;
    options.departAfterS = 10;
    options.workS = 60;
    options.positionEveryS = 30;
    QStringList repaired;
    FieldCrews crews({FieldCrew{QStringLiteral("eclairage-nord"), QStringLiteral("a840410000000101"), QPointF(3.8710, 43.6370)}},
                     options, straightRoute, [&](const QStringList &ids) { repaired += ids; });
    test::TestSubscriber device;
    QVERIFY2(device.connect(broker.port(), {crews.assignmentFilter()}, &error, QStringLiteral("loop-crew-device")), qPrintable(error));
    test::TestPublisher uplink;
    QVERIFY2(uplink.connect(broker.port(), &error), qPrintable(error));
    qint64 simMs = QDateTime::currentMSecsSinceEpoch();
    int delivered = 0, uplinks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] {
        const auto received = device.messages();
        for (; delivered < received.size(); ++delivered)
            crews.receive(received.at(delivered).topic, received.at(delivered).payload, simMs);
        simMs += 10'000;
        for (const WireMessage &m : crews.advanceTo(simMs, QDateTime::currentMSecsSinceEpoch())) {
            uplinks += m.topic.endsWith("/up") ? 1 : 0;
            uplink.publish(m.topic, m.payload);
        }
    });
    tick.start(20);

    auto submit = [&](InterventionChange change) {
        QSignalSpy applied(&service, &InterventionService::applied);
        change.actor = QStringLiteral("alice");
        QMetaObject::invokeMethod(&service, "submit", Qt::QueuedConnection, Q_ARG(vigie::InterventionChange, change));
        return applied.wait(5000) ? applied.at(0).at(2).value<Intervention>() : Intervention{};
    };
    InterventionChange create;
    create.action = InterventionChange::Action::Create;
    create.fields.kind = InterventionKind::Lighting;
    create.fields.assetIds = {lamp};
    create.fields.lon = record.lon;
    create.fields.lat = record.lat;
    create.fields.location = QStringLiteral("Rue de la Loge");
    Intervention job = submit(create);
    QVERIFY(job.id > 0);
    InterventionChange assign;
    assign.action = InterventionChange::Action::Assign;
    assign.interventionId = job.id;
    assign.expectedVersion = job.version;
    assign.crewId = QStringLiteral("eclairage-nord");
    job = submit(assign);
    InterventionChange dispatch;
    dispatch.action = InterventionChange::Action::Dispatch;
    dispatch.interventionId = job.id;
    dispatch.expectedVersion = job.version;
    job = submit(dispatch);
    QVERIFY(job.isDispatched());

    QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty() && seen.constLast().status == InterventionStatus::Done, 30000);
    tick.stop();
    QCOMPARE(repaired, QStringList{lamp});
    QVERIFY(uplinks > 0); // the van's tracker reported while it drove

    auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    QVERIFY(db.ok());
    InterventionStore store(db.value());
    auto events = store.events(job.id);
    QVERIFY(events.ok());
    QStringList crewSteps;
    for (const InterventionEvent &e : events.value())
        if (e.actor.startsWith(QLatin1String("crew:")))
            crewSteps << interventionStatusKey(e.to);
    QCOMPARE(crewSteps, (QStringList{QStringLiteral("accepted"), QStringLiteral("enRoute"), QStringLiteral("onSite"), QStringLiteral("done")}));
    dispatcher.close();
    service.stop();
}

QTEST_GUILESS_MAIN(TestInterventionLoop)
#include "tst_interventionloop.moc"
