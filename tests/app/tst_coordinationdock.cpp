// The coordination panel: the model groups items by kind and district with counts and
// follows deltas; the dock's time filter and actions; "Notify" publishes the documented
// JSON to a real mosquitto; a combined intervention is prefilled from an item and created
// through InterventionController on a real InterventionService.
#include "alarms/alarmservice.h"
#include "coordinationdesk.h"
#include "coordinationdock.h"
#include "coordinationmodel.h"
#include "coordinationruledialog.h"
#include "dispatch/dispatcher.h"
#include "interventioncontroller.h"
#include "interventions/interventionservice.h"
#include "map/mapcanvas.h"
#include "storage/store.h"
#include "storage/storewriter.h"
#include "testsubscriber.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>

using namespace vigie;

namespace {

constexpr qint64 kT0 = 1'543'000'000'000LL; // 2018-11-23T19:06:40Z

CoordinationItem item(CoordinationKind kind, const QString &works, const QString &district,
                      CoordinationSeverity severity = CoordinationSeverity::Warning, qint64 from = kT0)
{
    CoordinationItem i;
    i.kind = kind;
    i.worksId = works;
    i.key = coordinationKindKey(kind) + QLatin1Char('|') + works + QLatin1Char('|');
    i.districtId = district;
    i.severity = severity;
    i.fromMs = from;
    i.untilMs = from + 3 * 3600 * 1000;
    i.assetIds = {QStringLiteral("urn:ngsi-ld:WasteContainer:paris:A"), QStringLiteral("urn:ngsi-ld:WasteContainer:paris:B")};
    i.assetIndexes = {0, 1};
    i.lon = 2.3751;
    i.lat = 48.8714;
    i.summary = QStringLiteral("Round r-1 crosses closed works %1").arg(works);
    i.suggestedAction = QStringLiteral("Collect 2 containers before 06:00");
    return i;
}

} // namespace

class TestCoordinationDock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigieTest"));
    }
    void modelGroupsByKindAndDistrict();
    void modelFollowsDeltas();
    void dockKeepsSelectionAndEmitsActions();
    void timeFilterModes();
    void notifyPublishesTheDocumentedJson();
    void combinedInterventionIsPrefilledAndCreated();
    void cableCutRaisesOneAlarmInLiveMode();
    void ruleEditIsReportedAsAChange();
};

void TestCoordinationDock::modelGroupsByKindAndDistrict()
{
    CoordinationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({item(CoordinationKind::RoundBlocked, QStringLiteral("CP1"), QStringLiteral("75013")),
                    item(CoordinationKind::RoundBlocked, QStringLiteral("CP2"), QStringLiteral("75013"), CoordinationSeverity::Critical),
                    item(CoordinationKind::RoundBlocked, QStringLiteral("CP3"), QString()),
                    item(CoordinationKind::SuspectedCableCut, QStringLiteral("CP1"), QStringLiteral("75010"))});
    QCOMPARE(model.itemCount(), 4);
    QCOMPARE(model.rowCount(), 2); // two kinds
    const QModelIndex rounds = model.index(0, 0);
    QCOMPARE(rounds.data(CoordinationModel::KindRole).toInt(), int(CoordinationKind::RoundBlocked));
    QCOMPARE(rounds.data(CoordinationModel::CountRole).toInt(), 3);
    QVERIFY(rounds.data().toString().contains(QStringLiteral("(3)")));
    QCOMPARE(model.index(0, CoordinationModel::SeverityColumn).data().toString(), CoordinationModel::severityName(CoordinationSeverity::Critical));
    QCOMPARE(model.rowCount(rounds), 2); // 75013, then "No district" last
    const QModelIndex d13 = model.index(0, 0, rounds);
    QCOMPARE(d13.data(CoordinationModel::DistrictRole).toString(), QStringLiteral("75013"));
    QCOMPARE(d13.data(CoordinationModel::CountRole).toInt(), 2);
    QCOMPARE(model.index(1, 0, rounds).data(CoordinationModel::DistrictRole).toString(), QString());
    // Critical first inside a district.
    const QModelIndex first = model.index(0, 0, d13);
    QCOMPARE(model.item(first)->worksId, QStringLiteral("CP2"));
    QCOMPARE(model.index(0, CoordinationModel::AssetsColumn, d13).data().toInt(), 2);
    QCOMPARE(model.index(0, CoordinationModel::ActionColumn, d13).data().toString(), QStringLiteral("Collect 2 containers before 06:00"));
    QVERIFY(!model.index(0, CoordinationModel::WindowColumn, d13).data().toString().isEmpty());
    QCOMPARE(model.count(CoordinationKind::SuspectedCableCut), 1);
    QCOMPARE(model.indexOf(first.data(CoordinationModel::KeyRole).toString()), first);
    QVERIFY(!model.item(rounds));
}

void TestCoordinationDock::modelFollowsDeltas()
{
    CoordinationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const CoordinationItem a = item(CoordinationKind::RoundBlocked, QStringLiteral("CP1"), QStringLiteral("75013"));
    const CoordinationItem b = item(CoordinationKind::LightingForSafety, QStringLiteral("CP9"), QStringLiteral("75001"));
    model.setItems({a});
    CoordinationDelta delta;
    delta.added = {b};
    CoordinationItem a2 = a;
    a2.summary = QStringLiteral("changed");
    delta.changed = {a2};
    model.applyDelta(delta);
    QCOMPARE(model.itemCount(), 2);
    QCOMPARE(model.item(a.key)->summary, QStringLiteral("changed"));
    CoordinationDelta removal;
    removal.removed = {a.key};
    model.applyDelta(removal);
    QCOMPARE(model.itemCount(), 1);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.item(a.key));
}

void TestCoordinationDock::dockKeepsSelectionAndEmitsActions()
{
    CoordinationDock dock;
    dock.show();
    const CoordinationItem a = item(CoordinationKind::RoundBlocked, QStringLiteral("CP1"), QStringLiteral("75013"));
    const CoordinationItem b = item(CoordinationKind::OverflowBehindWorks, QStringLiteral("CP2"), QStringLiteral("75013"));
    dock.setItems({a, b});
    dock.setActionsAvailable(true, true);
    dock.selectItem(b.key);
    QCOMPARE(dock.selectedKey(), b.key);
    // A delta that does not touch it keeps the selection.
    CoordinationDelta delta;
    delta.added = {item(CoordinationKind::RoundBlocked, QStringLiteral("CP3"), QStringLiteral("75014"))};
    dock.applyDelta(delta);
    QCOMPARE(dock.selectedKey(), b.key);
    QVERIFY(dock.view()->isExpanded(dock.model()->index(0, 0)));

    QSignalSpy show(&dock, &CoordinationDock::showRequested);
    QSignalSpy intervene(&dock, &CoordinationDock::interventionRequested);
    QSignalSpy notify(&dock, &CoordinationDock::notifyRequested);
    dock.findChild<QPushButton *>(QStringLiteral("coordinationShow"))->click();
    dock.findChild<QPushButton *>(QStringLiteral("coordinationIntervention"))->click();
    dock.findChild<QToolButton *>(QStringLiteral("coordinationNotify"))->click();
    QCOMPARE(show.size(), 1);
    QCOMPARE(show.at(0).at(0).toString(), b.key);
    QCOMPARE(intervene.size(), 1);
    QCOMPARE(notify.size(), 1);
    QCOMPARE(notify.at(0).at(1).toString(), QStringLiteral("waste")); // default service of an overflow

    // Without a broker, notifying is off.
    dock.setActionsAvailable(true, false);
    QVERIFY(!dock.findChild<QToolButton *>(QStringLiteral("coordinationNotify"))->isEnabled());
}

void TestCoordinationDock::timeFilterModes()
{
    CoordinationDock dock;
    dock.setTimeZone(QTimeZone("Europe/Paris"));
    QSignalSpy changed(&dock, &CoordinationDock::timeWindowChanged);
    dock.setTimeWindow(kT0, kT0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(dock.windowFrom(), kT0);
    QCOMPARE(dock.windowUntil(), dock.windowFrom());
    dock.setTimeWindow(kT0, kT0 + 86400000LL);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(dock.windowUntil() - dock.windowFrom(), 86400000LL);
    // The same window again: nothing.
    dock.setTimeWindow(kT0, kT0 + 86400000LL);
    QCOMPARE(changed.size(), 2);
    // "Data period" jumps to the busiest instant.
    dock.setDataPeriod(kT0 - 100 * 86400000LL, kT0 + 100 * 86400000LL, kT0 + 5 * 86400000LL);
    auto *data = dock.findChild<QPushButton *>(QStringLiteral("coordinationDataPeriod"));
    QVERIFY(data->isEnabled());
    data->click();
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.last().at(0).toLongLong(), kT0 + 5 * 86400000LL);
}

void TestCoordinationDock::notifyPublishesTheDocumentedJson()
{
    test::MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    test::TestSubscriber subscriber;
    QVERIFY2(subscriber.connect(broker.port(), {QStringLiteral("vigie/coordination/#")}, &error), qPrintable(error));

    QMainWindow window;
    MapCanvas canvas;
    CoordinationDesk desk(&canvas, nullptr, &window);
    const CoordinationItem a = item(CoordinationKind::SuspectedCableCut, QStringLiteral("CP000617"), QStringLiteral("75010"),
                                    CoordinationSeverity::Critical);
    desk.dock()->setItems({a});
    DispatchSettings dispatch;
    dispatch.mqtt.port = broker.port();
    dispatch.mqtt.clientId = QStringLiteral("vigie-test-dispatch");
    desk.setDispatch(&dispatch);
    QVERIFY(desk.notifier());
    QCOMPARE(desk.notifier()->settings().mqtt.clientId, QStringLiteral("vigie-test-coordination"));
    QSignalSpy delivered(desk.notifier(), &CoordinationNotifier::delivered);
    desk.notify(a.key, QStringLiteral("roads"));
    QVERIFY(delivered.wait(10000));
    QVERIFY(subscriber.waitForCount(1));
    const auto m = subscriber.messages().first();
    QCOMPARE(m.topic, QByteArrayLiteral("vigie/coordination/roads"));
    QCOMPARE(m.qos, 1);
    QJsonParseError parse;
    const QJsonObject root = QJsonDocument::fromJson(m.payload, &parse).object();
    QCOMPARE(parse.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("vigie.coordination"));
    QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("service")).toString(), QStringLiteral("roads"));
    QVERIFY(!root.value(QStringLiteral("messageId")).toString().isEmpty());
    QVERIFY(root.value(QStringLiteral("sentAt")).toString().endsWith(QLatin1Char('Z')));
    const QJsonObject i = root.value(QStringLiteral("item")).toObject();
    QCOMPARE(i.value(QStringLiteral("key")).toString(), a.key);
    QCOMPARE(i.value(QStringLiteral("kind")).toString(), QStringLiteral("suspectedCableCut"));
    QCOMPARE(i.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    QCOMPARE(i.value(QStringLiteral("worksId")).toString(), QStringLiteral("CP000617"));
    QCOMPARE(i.value(QStringLiteral("district")).toString(), QStringLiteral("75010"));
    QCOMPARE(i.value(QStringLiteral("from")).toString(), QStringLiteral("2018-11-23T19:06:40.000Z"));
    QCOMPARE(i.value(QStringLiteral("assets")).toArray().size(), 2);
    QVERIFY(i.value(QStringLiteral("roundId")).isNull());
    QVERIFY(i.value(QStringLiteral("interventionId")).isNull());
    QCOMPARE(i.value(QStringLiteral("location")).toObject().value(QStringLiteral("lat")).toDouble(), 48.8714);

    // Another topic pattern is used from then on.
    desk.setTopicPattern(QStringLiteral("city/{service}/coordination"));
    QVERIFY(desk.notifier());
    QSignalSpy delivered2(desk.notifier(), &CoordinationNotifier::delivered);
    desk.notify(a.key, QStringLiteral("lighting"));
    QVERIFY(delivered2.wait(10000));
    QCOMPARE(delivered2.at(0).at(1).toString(), QStringLiteral("city/lighting/coordination"));
    desk.setTopicPattern(QStringLiteral("vigie/coordination/{service}")); // leave the saved setting as found
    // A bad pattern is refused.
    QSignalSpy message(&desk, &CoordinationDesk::message);
    desk.setTopicPattern(QStringLiteral("vigie/#"));
    QCOMPARE(message.size(), 1);
    QCOMPARE(desk.topicPattern(), QStringLiteral("vigie/coordination/{service}"));
}

void TestCoordinationDock::combinedInterventionIsPrefilledAndCreated()
{
    QMainWindow window;
    MapCanvas canvas;
    CoordinationDesk desk(&canvas, nullptr, &window);
    const CoordinationItem a = item(CoordinationKind::SuspectedCableCut, QStringLiteral("CP000617"), QStringLiteral("75010"),
                                    CoordinationSeverity::Critical);
    const Intervention p = desk.interventionFor(a);
    QCOMPARE(p.id, 0);
    QCOMPARE(p.kind, InterventionKind::Lighting);
    QCOMPARE(p.priority, AlarmPriority::High);
    QCOMPARE(p.assetIds, a.assetIds);
    QVERIFY(p.hasLocation());
    QVERIFY(p.description.contains(a.summary));
    QVERIFY(p.description.contains(QStringLiteral("CP000617")));
    QVERIFY(p.description.contains(a.suggestedAction));
    QVERIFY(p.dueAtMs > p.createdAtMs);

    // Through the controller, as InterventionDesk::createFrom() does once the dialog is accepted.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.sqlite"));
    {
        auto store = Store::open(path, Store::Mode::ReadWrite);
        QVERIFY(store.ok());
    }
    InterventionService service(path);
    InterventionController controller;
    controller.setActor(QStringLiteral("alice"));
    controller.setService(&service);
    QSignalSpy ready(&controller, &InterventionController::changed);
    service.start(nullptr, SlaPolicy{});
    QVERIFY(ready.wait(5000));
    QSignalSpy applied(&controller, &InterventionController::applied);
    QVERIFY(controller.create(p) > 0);
    QVERIFY(applied.wait(5000));
    const Intervention created = applied.at(0).at(1).value<Intervention>();
    QVERIFY(created.id > 0);
    QCOMPARE(created.assetIds, a.assetIds);
    QCOMPARE(created.description, p.description);
    QCOMPARE(created.kind, InterventionKind::Lighting);
    service.stop();
}

void TestCoordinationDock::cableCutRaisesOneAlarmInLiveMode()
{
    // A works zone that started yesterday (Paris chantier format), three lamps in it dark
    // since five hours after it started, one dark lamp far away.
    QTemporaryDir dir;
    const QTimeZone paris("Europe/Paris");
    const QDate yesterday = QDateTime::currentDateTime().toTimeZone(paris).date().addDays(-1);
    const qint64 startMs = QDateTime(yesterday, QTime(0, 0), paris).toMSecsSinceEpoch();
    const QString works = dir.filePath(QStringLiteral("chantiers.geojson"));
    {
        QFile f(works);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"type":"FeatureCollection","features":[{"type":"Feature",
            "properties":{"identifiant":"CP900001","date_debut":"%1T11:00:00+09:00","date_fin":"%2T11:00:00+09:00",
            "impact_circulation":"RESTREINTE","statut":5,"voie":"rue du Test","maitre_ouvrage":"Eau de Paris","cp_arrondissement":75010},
            "geometry":{"type":"Polygon","coordinates":[[[2.3748,48.8712],[2.3754,48.8712],[2.3754,48.8716],[2.3748,48.8716],[2.3748,48.8712]]]}}]})")
                    .arg(yesterday.toString(Qt::ISODate), yesterday.addDays(10).toString(Qt::ISODate))
                    .toUtf8());
    }
    LoadedCity city;
    city.pack.id = QStringLiteral("paris");
    city.pack.directory = dir.path();
    PackLayer layer;
    layer.id = QStringLiteral("chantiers");
    layer.role = LayerRole::Roadworks;
    layer.file = works;
    city.pack.layers << layer;
    QVector<AssetRecord> lamps;
    const QPointF at[] = {{2.3750, 48.8713}, {2.3752, 48.8714}, {2.3751, 48.8715}, {2.3900, 48.8800}};
    for (int i = 0; i < 4; ++i) {
        AssetRecord r;
        r.id = assetUrn(AssetKind::Streetlight, QStringLiteral("paris"), QString::number(i));
        r.kind = AssetKind::Streetlight;
        r.lon = at[i].x();
        r.lat = at[i].y();
        lamps << r;
    }
    city.directory = std::make_shared<AssetDirectory>(lamps);
    city.states.resize(4);
    for (AssetState &st : city.states) {
        st.status = QStringLiteral("defectiveLamp");
        st.statusAtMs = startMs + 5 * 3600 * 1000;
    }
    city.groups.resize(4);
    city.storePath = dir.filePath(QStringLiteral("paris.sqlite"));
    QVERIFY(Store::open(city.storePath, Store::Mode::ReadWrite).ok());

    // The alarm service, with the lamps' own fault alarms raised.
    StoreWriter writer(city.storePath);
    writer.start();
    AlarmSettings alarmSettings;
    alarmSettings.groupHoldMs = 0;
    AlarmService alarms(alarmSettings);
    alarms.setCity(city.directory, city.groups);
    QSignalSpy rules(&alarms, &AlarmService::rulesChanged);
    alarms.start(city.storePath, &writer);
    QVERIFY(rules.wait(5000));
    Observations faults;
    for (int i = 0; i < 4; ++i) {
        Observation o;
        o.assetIndex = i;
        o.assetId = lamps.at(i).id;
        o.quantity = QLatin1String("status");
        o.text = QStringLiteral("defectiveLamp");
        o.observedAtMs = o.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        faults << o;
    }
    alarms.observe(faults);
    QTRY_COMPARE_WITH_TIMEOUT(alarms.alarms().size(), 4, 5000);

    QMainWindow window;
    MapCanvas canvas;
    CoordinationDesk desk(&canvas, nullptr, &window);
    desk.setAlarms(&alarms);
    QSignalSpy ready(&desk, &CoordinationDesk::ready);
    desk.setCity(&city, nullptr);
    QVERIFY(ready.wait(20000));
    const auto subject = [&alarms]() -> const Alarm * {
        for (const Alarm &a : alarms.alarms())
            if (a.isSubjectAlarm())
                return &a;
        return nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(subject(), 5000);
    QCOMPARE(subject()->assetId, QStringLiteral("worksZone:CP900001"));
    QCOMPARE(subject()->state, AlarmState::Unacknowledged);
    QVERIFY2(subject()->detail.contains(QStringLiteral("CP900001")) && subject()->detail.endsWith(QStringLiteral("(0, 1, 2)")),
             qPrintable(subject()->detail));
    QCOMPARE(desk.cableCutAlarmsSent().lamps, (QSet<qint32>{0, 1, 2}));
    // The lamps in the works are suppressed by design, still listed; the far one is not.
    QTRY_VERIFY_WITH_TIMEOUT(std::count_if(alarms.alarms().cbegin(), alarms.alarms().cend(),
                                           [](const Alarm &a) { return a.state == AlarmState::SuppressedByDesign; })
                                 == 3,
                             5000);
    for (const Alarm &a : alarms.alarms())
        if (a.assetIndex == 3)
            QCOMPARE(a.state, AlarmState::Unacknowledged);

    // The rule switched off: the condition ends, the alarm waits for acknowledgement, the
    // lamps' alarms come back.
    CoordinationSettings off;
    off.cableCut.enabled = false;
    emit desk.settingsRequested(off);
    QTRY_COMPARE_WITH_TIMEOUT(subject() ? subject()->state : AlarmState::Normal, AlarmState::ReturnedUnacknowledged, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(std::none_of(alarms.alarms().cbegin(), alarms.alarms().cend(),
                                          [](const Alarm &a) { return a.state == AlarmState::SuppressedByDesign; }),
                             5000);
    alarms.stop();
    QCoreApplication::processEvents();
    writer.stop();
}

QTEST_MAIN(TestCoordinationDock)
void TestCoordinationDock::ruleEditIsReportedAsAChange()
{
    // The session records what the supervisor changed (MainWindow passes settingsChanged
    // to LiveRecording::recordSettingsChange("coordination/rules")).
    coordinationsettings::save(CoordinationSettings());
    QMainWindow window;
    MapCanvas canvas;
    CoordinationDesk desk(&canvas, nullptr, &window);
    QSignalSpy changed(&desk, &CoordinationDesk::settingsChanged);
    QSignalSpy applied(&desk, &CoordinationDesk::settingsRequested);
    const int before = CoordinationSettings().cableCut.minLamps;
    const auto accept = [](int lamps) {
        QTimer::singleShot(0, [lamps] {
            for (int tries = 0; tries < 100; ++tries) {
                if (auto *d = qobject_cast<CoordinationRuleDialog *>(QApplication::activeModalWidget())) {
                    d->findChild<QSpinBox *>(QStringLiteral("cableCutMinLamps"))->setValue(lamps);
                    d->accept();
                    return;
                }
                QTest::qWait(20);
            }
        });
    };
    accept(before + 2);
    desk.editRules();
    QCOMPARE(applied.size(), 1);
    QCOMPARE(changed.size(), 1);
    const QJsonObject change = changed.constFirst().at(0).toJsonObject();
    QCOMPARE(change.keys(), QStringList{QStringLiteral("cableCut.minLamps")});
    QCOMPARE(change.value(QStringLiteral("cableCut.minLamps")).toObject(),
             (QJsonObject{{QStringLiteral("from"), before}, {QStringLiteral("to"), before + 2}}));
    QCOMPARE(coordinationsettings::load().cableCut.minLamps, before + 2);

    accept(before + 2); // accepted without a change: nothing to record
    desk.editRules();
    QCOMPARE(applied.size(), 2);
    QCOMPARE(changed.size(), 1);
    coordinationsettings::save(CoordinationSettings());
}

#include "tst_coordinationdock.moc"
