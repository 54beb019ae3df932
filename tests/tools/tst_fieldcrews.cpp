// vigie-sim's field crews (docs/simulator.md, "Field crews"): the AT101 frame, crews.json,
// what a crew does on simulated time, the repairs in the simulation, and the whole exchange
// over a real mosquitto broker.
#include "crewlink.h"
#include "fieldcrews.h"
#include "simulator.h"

#include "testsubscriber.h"
#include "testsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::sim;

namespace {

const QPointF kDepot(3.8710, 43.6370);
const QPointF kRueDeBari(3.8231, 43.6052);
const QString kLamp = QStringLiteral("urn:ngsi-ld:Streetlight:montpellier:1204");

FieldCrew crewNord()
{
    return FieldCrew{QStringLiteral("eclairage-nord"), QStringLiteral("a840410000000101"), kDepot};
}

/// An assignment as docs/interventions.md gives it.
QByteArray assignment(qint64 intervention, int version, const char *status, QPointF at, const QStringList &assets = {kLamp})
{
    QJsonArray list;
    for (const QString &id : assets)
        list.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("label"), QStringLiteral("Candélabre")},
                                {QStringLiteral("lon"), at.x()}, {QStringLiteral("lat"), at.y()}});
    const QJsonObject o{{QStringLiteral("messageId"), QStringLiteral("%1:%2").arg(intervention).arg(version)},
                        {QStringLiteral("interventionId"), intervention},
                        {QStringLiteral("version"), version},
                        {QStringLiteral("status"), QString::fromLatin1(status)},
                        {QStringLiteral("kind"), QStringLiteral("lighting")},
                        {QStringLiteral("location"), QJsonObject{{QStringLiteral("lon"), at.x()}, {QStringLiteral("lat"), at.y()},
                                                                 {QStringLiteral("text"), QStringLiteral("Rue de Bari")}}},
                        {QStringLiteral("description"), QStringLiteral("Lampe éteinte")},
                        {QStringLiteral("assets"), list},
                        {QStringLiteral("sentAt"), QStringLiteral("2026-11-30T19:00:00Z")}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QByteArray kTopic = "vigie/crews/eclairage-nord/interventions";

/// One thing a crew's device said: a status report or a tracker fix.
struct Said
{
    QString status;          ///< Status key, or "fix".
    qint64 interventionId = 0;
    QPointF position;        ///< Fix only.
    int motion = -1;         ///< Fix only: the AT101 motion nibble.
    QString note;
};

QPointF decodeAt101(const QByteArray &frame, int *motion)
{
    const int at = int(frame.indexOf(QByteArray("\x04\x88", 2)));
    if (at < 0 || frame.size() < at + 11)
        return {};
    auto int32 = [&](int i) {
        return qint32(quint32(quint8(frame.at(i))) | quint32(quint8(frame.at(i + 1))) << 8 | quint32(quint8(frame.at(i + 2))) << 16
                      | quint32(quint8(frame.at(i + 3))) << 24);
    };
    *motion = quint8(frame.at(at + 10)) & 0x0f;
    return QPointF(int32(at + 6) / 1e6, int32(at + 2) / 1e6);
}

Said read(const QByteArray &topic, const QByteArray &payload)
{
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    Said s;
    if (topic.startsWith("v3/")) {
        s.status = QStringLiteral("fix");
        const QJsonObject up = o.value(QStringLiteral("uplink_message")).toObject();
        s.position = decodeAt101(QByteArray::fromBase64(up.value(QStringLiteral("frm_payload")).toString().toLatin1()), &s.motion);
        return s;
    }
    s.status = o.value(QStringLiteral("status")).toString();
    s.interventionId = o.value(QStringLiteral("interventionId")).toInteger();
    s.note = o.value(QStringLiteral("note")).toString();
    return s;
}

QVector<Said> readAll(const QVector<WireMessage> &messages)
{
    QVector<Said> out;
    for (const WireMessage &m : messages)
        out << read(m.topic, m.payload);
    return out;
}

QStringList statusesOf(const QVector<Said> &said, qint64 intervention)
{
    QStringList out;
    for (const Said &s : said) {
        if (s.status != QLatin1String("fix") && s.interventionId == intervention)
            out << s.status;
    }
    return out;
}

/// Whether two positions are the same to the tracker's resolution (a millionth of a degree).
bool near(QPointF p, QPointF q)
{
    return std::abs(p.x() - q.x()) < 1e-6 && std::abs(p.y() - q.y()) < 1e-6;
}

/// Whether `p` lies on the segment a–b, within a few metres.
bool onSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double t = QPointF::dotProduct(p - a, ab) / QPointF::dotProduct(ab, ab);
    const QPointF closest = a + ab * std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x() - closest.x(), p.y() - closest.y()) < 1e-4;
}

FieldCrewOptions options()
{
    FieldCrewOptions o;
    o.cityId = QStringLiteral("montpellier");
    o.speedKmh = 36;       // 10 m/s
    o.workS = 600;
    o.acceptAfterS = 30;
    o.departAfterS = 60;
    o.positionEveryS = 60;
    return o;
}

constexpr qint64 kStart = 1'796'065'920'000; // 2026-11-30T19:12:00Z

} // namespace

class TestFieldCrews : public QObject
{
    Q_OBJECT
private slots:
    void at101FrameIsTheDevicesFrame();
    void readsCrewsJson();
    void crewDoesTheJobOnSimulatedTime();
    void duplicatesAndOlderVersionsAreIgnored();
    void cancelledOrderStopsTheCrew();
    void newPlaceWhileDriving();
    void orderWithoutPlaceIsBlocked();
    void repairsInTheSimulation();
    void crewsOverMqtt();
};

void TestFieldCrews::at101FrameIsTheDevicesFrame()
{
    // The Things Stack sample of a real AT101 (thingsboard/data-converters, AT101 TTN uplink
    // payload.json), frm_payload AXVkA2cKAQUAAQSI3rx3AQj/CAcg: battery 100 %, 26.6 °C,
    // position channel 05 00 01 (not sent by the simulator), 24.624350 N 118.030088 E, status 0x20.
    const QByteArray sample = QByteArray::fromBase64("AXVkA2cKAQUAAQSI3rx3AQj/CAcg");
    const QByteArray frame = at101Frame(QPointF(118.030088, 24.62435), 100, 26.6, TrackerMotion::Unknown);
    QCOMPARE(frame.toHex(), QByteArray("017564") + "03670a01" + "0488debc770108ff080720");
    QCOMPARE(frame.left(7), sample.left(7));
    QCOMPARE(frame.mid(7), sample.mid(10));

    int motion = -1;
    const QPointF back = decodeAt101(at101Frame(kRueDeBari, 87, -3.4, TrackerMotion::Moving), &motion);
    QCOMPARE(qRound(back.x() * 1e6), qRound(kRueDeBari.x() * 1e6));
    QCOMPARE(qRound(back.y() * 1e6), qRound(kRueDeBari.y() * 1e6));
    QCOMPARE(motion, 2);
    QCOMPARE(at101Frame(kRueDeBari, 87, -3.4, TrackerMotion::Moving).mid(3, 4).toHex(), QByteArray("0367deff")); // −34
    // Out of range: clamped, never garbage.
    const QByteArray clamped = at101Frame(QPointF(500, -95), 300, 1e9, TrackerMotion::StopMoving);
    QCOMPARE(clamped.size(), 18);
    QCOMPARE(quint8(clamped.at(2)), quint8(100));
    QCOMPARE(decodeAt101(clamped, &motion), QPointF(180, -90));
    QCOMPARE(motion, 3);
}

void TestFieldCrews::readsCrewsJson()
{
    QTemporaryDir dir;
    auto write = [&](const QByteArray &text) {
        const QString path = dir.filePath(QStringLiteral("crews.json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        return path;
    };
    auto crews = readFieldCrews(write(R"({"crews": [
        {"id": "eclairage-nord", "name": "Éclairage Nord", "skills": ["lighting"], "shift": "07:00-19:00",
         "vehicle": "EP-301", "tracker": "A840410000000101", "depot": {"lon": 3.8710, "lat": 43.6370}},
        {"id": "proprete_2", "skills": ["waste"], "depot": {"lon": 3.9, "lat": 43.6}}]})"));
    QVERIFY2(crews.ok(), qPrintable(crews.ok() ? QString() : crews.error().message));
    QCOMPARE(crews->size(), 2);
    QCOMPARE(crews->at(0).id, QStringLiteral("eclairage-nord"));
    QCOMPARE(crews->at(0).trackerDevEui, QStringLiteral("a840410000000101"));
    QCOMPARE(crews->at(0).depot, kDepot);
    QVERIFY(crews->at(1).trackerDevEui.isEmpty());

    for (const QByteArray &bad : {QByteArray("{"), QByteArray(R"({"teams": []})"),
                                  QByteArray(R"({"crews": [{"id": "Nord", "depot": {"lon": 3, "lat": 43}}]})"),
                                  QByteArray(R"({"crews": [{"id": "a/b", "depot": {"lon": 3, "lat": 43}}]})"),
                                  QByteArray(R"({"crews": [{"id": "a", "depot": {"lon": 3, "lat": 43}}, {"id": "a", "depot": {"lon": 3, "lat": 43}}]})"),
                                  QByteArray(R"({"crews": [{"id": "a", "tracker": "xyz", "depot": {"lon": 3, "lat": 43}}]})"),
                                  QByteArray(R"({"crews": [{"id": "a", "depot": {"lon": 3, "lat": 99}}]})"),
                                  QByteArray(R"({"crews": [{"id": "a"}]})")}) {
        const auto refused = readFieldCrews(write(bad));
        QVERIFY2(!refused.ok(), bad.constData());
        QCOMPARE(refused.error().code, QStringLiteral("usage"));
    }
    QCOMPARE(readFieldCrews(dir.filePath(QStringLiteral("missing.json"))).error().code, QStringLiteral("usage"));
}

void TestFieldCrews::crewDoesTheJobOnSimulatedTime()
{
    QStringList repaired;
    FieldCrews crews({crewNord()}, options(), straightRoute, [&](const QStringList &ids) { repaired << ids; });
    QCOMPARE(crews.assignmentFilter(), QStringLiteral("vigie/crews/+/interventions"));
    crews.receive(kTopic, assignment(42, 3, "assigned", kRueDeBari), kStart);
    QVector<Said> said;
    QHash<QString, qint64> when; // simulated time of the step that said it
    for (qint64 t = kStart; t <= kStart + 3 * 3600'000; t += 5000) {
        for (const Said &s : readAll(crews.advanceTo(t, t))) {
            said << s;
            if (!when.contains(s.status))
                when.insert(s.status, t);
        }
    }
    QCOMPARE(statusesOf(said, 42), (QStringList{QStringLiteral("accepted"), QStringLiteral("enRoute"),
                                                QStringLiteral("onSite"), QStringLiteral("done")}));
    // Accepted after 30 s, leaves 60 s later; 5.23 km at 10 m/s (seen on the 5 s steps); 600 s on site.
    QCOMPARE(when.value(QStringLiteral("accepted")), kStart + 30'000);
    QCOMPARE(when.value(QStringLiteral("enRoute")), kStart + 90'000);
    const qint64 drive = when.value(QStringLiteral("onSite")) - when.value(QStringLiteral("enRoute"));
    QVERIFY2(drive >= 520'000 && drive <= 530'000, qPrintable(QString::number(drive)));
    QCOMPARE(when.value(QStringLiteral("done")) - when.value(QStringLiteral("onSite")), qint64(600'000));

    // Fixes: one leaving (start moving), one a minute while driving, one arriving (stop).
    int enRoute = -1;
    int onSite = -1;
    for (int i = 0; i < said.size(); ++i) {
        if (said.at(i).status == QLatin1String("enRoute"))
            enRoute = i;
        if (said.at(i).status == QLatin1String("onSite"))
            onSite = i;
    }
    QVERIFY(onSite - enRoute - 1 >= 8);
    QCOMPARE(said.at(enRoute + 1).motion, 1);
    QVERIFY(near(said.at(enRoute + 1).position, kDepot));
    for (int i = enRoute + 1; i < onSite; ++i) {
        QCOMPARE(said.at(i).status, QStringLiteral("fix"));
        QVERIFY(onSegment(said.at(i).position, kDepot, kRueDeBari));
    }
    QCOMPARE(said.at(onSite - 1).motion, 3);
    QVERIFY(near(said.at(onSite - 1).position, kRueDeBari));
    QCOMPARE(crews.position(0), kRueDeBari);
    QVERIFY(said.last().note.contains(QStringLiteral("1 équipement")));
    QCOMPARE(repaired, QStringList{kLamp});
    QCOMPARE(crews.busyCount(), 0);
}

void TestFieldCrews::duplicatesAndOlderVersionsAreIgnored()
{
    int repairs = 0;
    FieldCrews crews({crewNord()}, options(), straightRoute, [&](const QStringList &) { ++repairs; });
    crews.receive(kTopic, assignment(42, 3, "assigned", kRueDeBari), kStart);
    QVector<Said> said;
    for (qint64 t = kStart; t <= kStart + 3 * 3600'000; t += 10'000) {
        if (t == kStart + 600'000 || t == kStart + 7200'000) {
            crews.receive(kTopic, assignment(42, 3, "assigned", kRueDeBari), t); // sent again
            crews.receive(kTopic, assignment(42, 2, "assigned", kDepot), t);     // older
        }
        said << readAll(crews.advanceTo(t, t));
    }
    QCOMPARE(statusesOf(said, 42), (QStringList{QStringLiteral("accepted"), QStringLiteral("enRoute"),
                                                QStringLiteral("onSite"), QStringLiteral("done")}));
    QCOMPARE(repairs, 1);
    // Unknown crews and garbage are ignored.
    crews.receive("vigie/crews/unknown/interventions", assignment(50, 1, "assigned", kRueDeBari), kStart + 3 * 3600'000);
    crews.receive(kTopic, "{\"interventionId\": \"x\"", kStart + 3 * 3600'000);
    crews.receive(kTopic, QByteArray(), kStart + 3 * 3600'000);
    QVERIFY(crews.advanceTo(kStart + 5 * 3600'000, 0).isEmpty());
}

void TestFieldCrews::cancelledOrderStopsTheCrew()
{
    int repairs = 0;
    FieldCrews crews({crewNord()}, options(), straightRoute, [&](const QStringList &) { ++repairs; });
    crews.receive(kTopic, assignment(43, 1, "assigned", kRueDeBari), kStart);
    QVector<Said> said;
    qint64 t = kStart;
    for (; statusesOf(said, 43).size() < 2; t += 10'000)
        said << readAll(crews.advanceTo(t, t));
    t += 120'000;
    said << readAll(crews.advanceTo(t, t));
    crews.receive(kTopic, assignment(43, 2, "cancelled", kRueDeBari), t);
    const QPointF stoppedAt = crews.position(0);
    QVERIFY(stoppedAt != kDepot && stoppedAt != kRueDeBari);
    QVector<Said> after;
    for (t += 10'000; t <= kStart + 3 * 3600'000; t += 10'000)
        after << readAll(crews.advanceTo(t, t));
    QVERIFY(after.isEmpty());
    QCOMPARE(crews.position(0), stoppedAt);
    QCOMPARE(repairs, 0);
    QCOMPARE(crews.busyCount(), 0);

    // The next order starts from where the crew stopped; a cancelled order never seen does nothing.
    crews.receive(kTopic, assignment(44, 1, "cancelled", kDepot), t);
    crews.receive(kTopic, assignment(45, 1, "assigned", kDepot), t);
    for (const qint64 end = t + 3 * 3600'000; t <= end; t += 10'000)
        after << readAll(crews.advanceTo(t, t));
    QCOMPARE(statusesOf(after, 44), QStringList());
    QCOMPARE(statusesOf(after, 45).size(), 4);
    QVERIFY(near(after.at(2).position, stoppedAt)); // accepted, enRoute, then the departure fix
}

void TestFieldCrews::newPlaceWhileDriving()
{
    QStringList repaired;
    FieldCrews crews({crewNord()}, options(), straightRoute, [&](const QStringList &ids) { repaired << ids; });
    crews.receive(kTopic, assignment(46, 1, "assigned", kRueDeBari), kStart);
    qint64 t = kStart;
    QVector<Said> said;
    for (; t < kStart + 200'000; t += 10'000)
        said << readAll(crews.advanceTo(t, t));
    const QPointF elsewhere(3.86, 43.62);
    const QString other = QStringLiteral("urn:ngsi-ld:Streetlight:montpellier:77");
    crews.receive(kTopic, assignment(46, 2, "accepted", elsewhere, {other}), t);
    for (; t < kStart + 3 * 3600'000; t += 10'000)
        said << readAll(crews.advanceTo(t, t));
    QCOMPARE(statusesOf(said, 46), (QStringList{QStringLiteral("accepted"), QStringLiteral("enRoute"),
                                                QStringLiteral("onSite"), QStringLiteral("done")}));
    QCOMPARE(crews.position(0), elsewhere);
    QCOMPARE(repaired, QStringList{other});
}

void TestFieldCrews::orderWithoutPlaceIsBlocked()
{
    FieldCrews crews({crewNord()}, options(), straightRoute, {});
    QJsonObject o = QJsonDocument::fromJson(assignment(47, 1, "assigned", kRueDeBari, {})).object();
    o.remove(QStringLiteral("location"));
    crews.receive(kTopic, QJsonDocument(o).toJson(), kStart);
    const QVector<Said> said = readAll(crews.advanceTo(kStart + 3600'000, 0));
    QCOMPARE(statusesOf(said, 47), (QStringList{QStringLiteral("accepted"), QStringLiteral("blocked")}));
    QVERIFY(!said.last().note.isEmpty());
    QCOMPARE(crews.position(0), kDepot);
}

void TestFieldCrews::repairsInTheSimulation()
{
    QVector<AssetSpec> assets;
    for (int i = 0; i < 20; ++i) {
        AssetSpec a;
        a.kind = AssetKind::Streetlight;
        a.ref = QString::number(i);
        a.lon = 3.87 + i * 0.001;
        a.lat = 43.61;
        assets << a;
    }
    SimulatorConfig config;
    config.cityId = QStringLiteral("testville");
    config.startMs = QDateTime(QDate(2026, 1, 15), QTime(22, 0), QTimeZone("Europe/Paris")).toMSecsSinceEpoch();
    config.silentShare = 0;
    config.lampFailuresPerYear = 0;
    Simulator sim(config, assets);
    const int lamp = sim.indexOf(QStringLiteral("urn:ngsi-ld:Streetlight:testville:3"));
    QCOMPARE(lamp, 3);
    QCOMPARE(sim.indexOf(QStringLiteral("urn:ngsi-ld:Streetlight:testville:99")), -1);
    QVERIFY(!sim.repair(lamp)); // nothing wrong with it

    sim.stagePowerLoss({lamp}, config.startMs + 60'000, 0);
    sim.advanceTo(config.startMs + 120'000);
    QVERIFY(sim.isUnpowered(lamp));
    QCOMPARE(sim.state(lamp).powerState, QStringLiteral("off"));
    for (int i = 0; i < 40; ++i)
        sim.nextMessage(0); // the last gasp goes out; then the lamp is silent
    QVERIFY(sim.repair(lamp));
    QVERIFY(!sim.isUnpowered(lamp));
    QCOMPARE(sim.state(lamp).powerState, QStringLiteral("on")); // night: its photocell says on
    // Its state is reported before any periodic report.
    const auto next = sim.nextMessage(0);
    QVERIFY(next);
    QCOMPARE(next->asset, lamp);
    QCOMPARE(next->report.powerState, QStringLiteral("on"));

    // A failed lamp is fixed by the crew, before its own planned repair.
    SimulatorConfig failing = config;
    failing.lampFailuresPerYear = 365.25 * 24 * 60; // about one failure a minute per lamp
    Simulator breaking(failing, assets);
    breaking.advanceTo(failing.startMs + 120'000);
    int failed = -1;
    for (int i = 0; i < breaking.size() && failed < 0; ++i) {
        if (breaking.state(i).status != QLatin1String("ok"))
            failed = i;
    }
    QVERIFY(failed >= 0);
    QVERIFY(breaking.repair(failed));
    QCOMPARE(breaking.state(failed).status, QStringLiteral("ok"));
}

void TestFieldCrews::crewsOverMqtt()
{
    test::MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    test::TestSubscriber vigie;
    QVERIFY2(vigie.connect(broker.port(), {QStringLiteral("vigie/crews/+/status"), QStringLiteral("v3/+/devices/+/up")}, &error),
             qPrintable(error));

    QStringList repaired;
    FieldCrews crews({crewNord()}, options(), straightRoute, [&](const QStringList &ids) { repaired << ids; });
    PublisherSettings settings;
    settings.port = broker.port();
    settings.clientId = QStringLiteral("vigie-sim-test-crews");
    CrewLink link(settings, crews.assignmentFilter(), nullptr);
    QVERIFY(link.start().ok());

    test::TestPublisher dispatcher;
    QVERIFY2(dispatcher.connect(broker.port(), &error), qPrintable(error));
    // Simulated time runs 500 times faster than the wall clock while the test waits.
    qint64 simMs = kStart;
    auto runUntil = [&](const std::function<bool()> &done, int wallMs = 20000) {
        QElapsedTimer wall;
        wall.start();
        while (!done() && wall.elapsed() < wallMs) {
            simMs += 5000;
            stepFieldCrews(crews, link, simMs, QDateTime::currentMSecsSinceEpoch());
            QTest::qWait(10);
        }
        return done();
    };
    auto heard = [&] {
        QVector<Said> said;
        for (const auto &m : vigie.messages())
            said << read(m.topic, m.payload);
        return said;
    };

    // An order: accepted → enRoute → fixes → onSite → done, and the lamp repaired.
    QTest::qWait(200); // the link's SUBACK
    QVERIFY(dispatcher.publish(kTopic, assignment(42, 3, "assigned", kRueDeBari)));
    QVERIFY(dispatcher.waitAcknowledged());
    QVERIFY(runUntil([&] { return statusesOf(heard(), 42).size() == 4; }));
    const QVector<Said> said = heard();
    QCOMPARE(statusesOf(said, 42), (QStringList{QStringLiteral("accepted"), QStringLiteral("enRoute"),
                                                QStringLiteral("onSite"), QStringLiteral("done")}));
    int fixes = 0;
    bool driving = false;
    for (const Said &s : said) {
        if (s.status == QLatin1String("enRoute"))
            driving = true;
        else if (s.status == QLatin1String("onSite"))
            driving = false;
        else if (s.status == QLatin1String("fix")) {
            QVERIFY(driving);
            QVERIFY(onSegment(s.position, kDepot, kRueDeBari));
            ++fixes;
        }
    }
    QVERIFY(fixes >= 3);
    const auto uplinks = vigie.messages();
    const auto firstFix = std::find_if(uplinks.cbegin(), uplinks.cend(), [](const auto &m) { return m.topic.startsWith("v3/"); });
    QCOMPARE(firstFix->topic, QByteArray("v3/vigie-sim-montpellier@ttn/devices/eui-a840410000000101/up"));
    const QJsonObject up = QJsonDocument::fromJson(firstFix->payload).object();
    QCOMPARE(up.value(QStringLiteral("end_device_ids")).toObject().value(QStringLiteral("dev_eui")).toString(),
             QStringLiteral("A840410000000101"));
    const QJsonObject message = up.value(QStringLiteral("uplink_message")).toObject();
    QCOMPARE(message.value(QStringLiteral("f_port")).toInt(), 85);
    QCOMPARE(message.value(QStringLiteral("version_ids")).toObject().value(QStringLiteral("model_id")).toString(), QStringLiteral("at101"));
    QCOMPARE(repaired, QStringList{kLamp});

    // The same order again (a dispatcher's resend after a reconnection): nothing new.
    const int before = int(vigie.messages().size());
    QVERIFY(dispatcher.publish(kTopic, assignment(42, 3, "assigned", kRueDeBari)));
    QVERIFY(dispatcher.waitAcknowledged());
    runUntil([&] { return false; }, 1500);
    QCOMPARE(int(vigie.messages().size()), before);

    // A cancelled version stops the crew on its way.
    QVERIFY(dispatcher.publish(kTopic, assignment(43, 1, "assigned", QPointF(3.90, 43.65))));
    QVERIFY(dispatcher.waitAcknowledged());
    QVERIFY(runUntil([&] { return statusesOf(heard(), 43).size() == 2; }));
    QVERIFY(dispatcher.publish(kTopic, assignment(43, 2, "cancelled", QPointF(3.90, 43.65))));
    QVERIFY(dispatcher.waitAcknowledged());
    runUntil([&] { return crews.busyCount() == 0; });
    QCOMPARE(crews.busyCount(), 0);
    runUntil([&] { return false; }, 1500);
    QCOMPARE(statusesOf(heard(), 43), (QStringList{QStringLiteral("accepted"), QStringLiteral("enRoute")}));
    QCOMPARE(repaired, QStringList{kLamp});
    link.stop();
}

QTEST_GUILESS_MAIN(TestFieldCrews)
#include "tst_fieldcrews.moc"
