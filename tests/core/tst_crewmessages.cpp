#include "interventions/crewmessages.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vigie;

namespace {

constexpr qint64 kReceived = 1'764'529'200'000; // 2025-11-30T19:00:00Z

AssetDirectoryPtr directory()
{
    AssetRecord lamp;
    lamp.id = QStringLiteral("urn:ngsi-ld:Streetlight:montpellier:1204");
    lamp.kind = AssetKind::Streetlight;
    lamp.label = QStringLiteral("Lanterne 1204");
    lamp.lon = 3.823;
    lamp.lat = 43.6051;
    return std::make_shared<AssetDirectory>(QVector<AssetRecord>{lamp});
}

Intervention job()
{
    Intervention i;
    i.id = 42;
    i.version = 3;
    i.kind = InterventionKind::Lighting;
    i.status = InterventionStatus::Assigned;
    i.priority = AlarmPriority::Urgent;
    i.dueAtMs = 1'764'536'400'000; // 2025-11-30T21:00:00Z
    i.lon = 3.8231;
    i.lat = 43.6052;
    i.location = QStringLiteral("Rue de Bari");
    i.description = QStringLiteral("Lanterne éteinte <b>depuis</b> hier");
    i.assetIds = {QStringLiteral("urn:ngsi-ld:Streetlight:montpellier:1204"), QStringLiteral("urn:ngsi-ld:Streetlight:montpellier:gone")};
    i.crewId = QStringLiteral("eclairage-nord");
    return i;
}

} // namespace

class TestCrewMessages : public QObject
{
    Q_OBJECT
private slots:
    void topics();
    void assignment();
    void assignmentToAnotherCrewIsACancel();
    void statusRoundTrip();
    void statusMinimal();
    void hostileStatus_data();
    void hostileStatus();
    void noteIsPlainAndBounded();
};

void TestCrewMessages::topics()
{
    QCOMPARE(crewInterventionsTopic("vigie/crews", "eclairage-nord"), QStringLiteral("vigie/crews/eclairage-nord/interventions"));
    QCOMPARE(crewStatusTopic("vigie/crews", "eclairage-nord"), QStringLiteral("vigie/crews/eclairage-nord/status"));
}

void TestCrewMessages::assignment()
{
    const AssetDirectoryPtr dir = directory();
    const QByteArray payload = assignmentPayload(job(), "eclairage-nord", dir.get(), kReceived);
    QVERIFY(!payload.contains('\n')); // compact
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    QCOMPARE(o.value("messageId").toString(), QStringLiteral("42:3"));
    QCOMPARE(o.value("interventionId").toInteger(), 42);
    QCOMPARE(o.value("version").toInt(), 3);
    QCOMPARE(o.value("status").toString(), QStringLiteral("assigned"));
    QCOMPARE(o.value("kind").toString(), QStringLiteral("lighting"));
    QCOMPARE(o.value("priority").toString(), QStringLiteral("urgent"));
    QCOMPARE(o.value("dueAt").toString(), QStringLiteral("2025-11-30T21:00:00.000Z"));
    QCOMPARE(o.value("sentAt").toString(), QStringLiteral("2025-11-30T19:00:00.000Z"));
    const QJsonObject location = o.value("location").toObject();
    QCOMPARE(location.value("lon").toDouble(), 3.8231);
    QCOMPARE(location.value("lat").toDouble(), 43.6052);
    QCOMPARE(location.value("text").toString(), QStringLiteral("Rue de Bari"));
    QCOMPARE(o.value("description").toString(), job().description); // plain text, as written
    const QJsonArray assets = o.value("assets").toArray();
    QCOMPARE(assets.size(), 2);
    QCOMPARE(assets.at(0).toObject().value("label").toString(), QStringLiteral("Lanterne 1204"));
    QCOMPARE(assets.at(0).toObject().value("lon").toDouble(), 3.823);
    QCOMPARE(assets.at(0).toObject().value("lat").toDouble(), 43.6051);
    // An asset the directory does not know is sent by id only.
    QCOMPARE(assets.at(1).toObject().keys(), QStringList{"id"});

    Intervention placeless = job();
    placeless.lon = placeless.lat = std::nan("");
    placeless.dueAtMs = 0;
    const QJsonObject p = QJsonDocument::fromJson(assignmentPayload(placeless, "eclairage-nord", nullptr, kReceived)).object();
    QCOMPARE(p.value("location").toObject().keys(), QStringList{"text"});
    QVERIFY(!p.contains("dueAt"));
    QCOMPARE(p.value("assets").toArray().at(0).toObject().keys(), QStringList{"id"});
}

void TestCrewMessages::assignmentToAnotherCrewIsACancel()
{
    const QJsonObject o = QJsonDocument::fromJson(assignmentPayload(job(), "eclairage-sud", nullptr, kReceived)).object();
    QCOMPARE(o.value("status").toString(), QStringLiteral("cancelled"));
    QCOMPARE(o.value("messageId").toString(), QStringLiteral("42:3"));
}

void TestCrewMessages::statusRoundTrip()
{
    CrewStatusReport r;
    r.messageId = "eclairage-nord:17";
    r.crewId = "eclairage-nord";
    r.interventionId = 42;
    r.version = 3;
    r.status = InterventionStatus::OnSite;
    r.note = QStringLiteral("Câble sectionné");
    r.atMs = kReceived - 60'000;
    auto back = parseCrewStatus("eclairage-nord", crewStatusPayload(r), kReceived);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(back->messageId, r.messageId);
    QCOMPARE(back->crewId, r.crewId);
    QCOMPARE(back->interventionId, r.interventionId);
    QCOMPARE(back->version, r.version);
    QCOMPARE(back->status, r.status);
    QCOMPARE(back->note, r.note);
    QCOMPARE(back->atMs, r.atMs);
    QCOMPARE(back->receivedAtMs, kReceived);

    // The documented example.
    auto doc = parseCrewStatus("eclairage-nord",
                               R"({"messageId": "eclairage-nord:17", "crewId": "eclairage-nord", "interventionId": 42,
                                   "version": 3, "status": "onSite", "note": "Câble sectionné", "at": "2026-11-30T19:12:00Z"})",
                               kReceived);
    QVERIFY(doc.ok());
    QCOMPARE(doc->atMs, QDateTime(QDate(2026, 11, 30), QTime(19, 12), QTimeZone::utc()).toMSecsSinceEpoch());
}

void TestCrewMessages::statusMinimal()
{
    auto r = parseCrewStatus("proprete-est", R"({"messageId":"x","interventionId":7,"status":"blocked"})", kReceived);
    QVERIFY(r.ok());
    QCOMPARE(r->crewId, QStringLiteral("proprete-est"));
    QCOMPARE(r->status, InterventionStatus::Blocked);
    QCOMPARE(r->version, 0);
    QCOMPARE(r->atMs, kReceived); // no device time: the received time
    QVERIFY(r->note.isEmpty());
}

void TestCrewMessages::hostileStatus_data()
{
    QTest::addColumn<QString>("topicCrew");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("code");
    const QByteArray ok = R"("messageId":"m","interventionId":1,"status":"accepted")";
    QTest::newRow("not json") << "c" << QByteArray("{oops") << "invalidJson";
    QTest::newRow("empty") << "c" << QByteArray() << "invalidJson";
    QTest::newRow("array") << "c" << QByteArray("[1,2]") << "invalidJson";
    QTest::newRow("string") << "c" << QByteArray("\"accepted\"") << "invalidJson";
    QTest::newRow("huge") << "c" << QByteArray("{\"note\":\"" + QByteArray(100'000, 'a') + "\"}") << "invalidJson";
    QTest::newRow("no messageId") << "c" << QByteArray(R"({"interventionId":1,"status":"accepted"})") << "missingField";
    QTest::newRow("messageId number") << "c" << QByteArray(R"({"messageId":5,"interventionId":1,"status":"accepted"})") << "missingField";
    QTest::newRow("messageId long") << "c" << QByteArray("{\"messageId\":\"" + QByteArray(300, 'm') + R"(","interventionId":1,"status":"accepted"})") << "missingField";
    QTest::newRow("no id") << "c" << QByteArray(R"({"messageId":"m","status":"accepted"})") << "missingField";
    QTest::newRow("id string") << "c" << QByteArray(R"({"messageId":"m","interventionId":"1","status":"accepted"})") << "missingField";
    QTest::newRow("id negative") << "c" << QByteArray(R"({"messageId":"m","interventionId":-4,"status":"accepted"})") << "missingField";
    QTest::newRow("id zero") << "c" << QByteArray(R"({"messageId":"m","interventionId":0,"status":"accepted"})") << "missingField";
    QTest::newRow("id fraction") << "c" << QByteArray(R"({"messageId":"m","interventionId":1.5,"status":"accepted"})") << "missingField";
    QTest::newRow("id huge") << "c" << QByteArray(R"({"messageId":"m","interventionId":1e300,"status":"accepted"})") << "missingField";
    QTest::newRow("id nan") << "c" << QByteArray(R"({"messageId":"m","interventionId":NaN,"status":"accepted"})") << "invalidJson";
    QTest::newRow("no status") << "c" << QByteArray(R"({"messageId":"m","interventionId":1})") << "missingField";
    QTest::newRow("status cancelled") << "c" << QByteArray(R"({"messageId":"m","interventionId":1,"status":"cancelled"})") << "badStatus";
    QTest::newRow("status new") << "c" << QByteArray(R"({"messageId":"m","interventionId":1,"status":"new"})") << "badStatus";
    QTest::newRow("status case") << "c" << QByteArray(R"({"messageId":"m","interventionId":1,"status":"OnSite"})") << "badStatus";
    QTest::newRow("status object") << "c" << QByteArray(R"({"messageId":"m","interventionId":1,"status":{}})") << "badStatus";
    QTest::newRow("other crew") << "c" << QByteArray("{" + ok + R"(,"crewId":"d"})") << "crewMismatch";
    QTest::newRow("crew number") << "c" << QByteArray("{" + ok + R"(,"crewId":3})") << "crewMismatch";
    QTest::newRow("bad topic crew") << "C/../x" << QByteArray("{" + ok + "}") << "crewMismatch";
    QTest::newRow("empty topic crew") << "" << QByteArray("{" + ok + "}") << "crewMismatch";
    QTest::newRow("version negative") << "c" << QByteArray("{" + ok + R"(,"version":-1})") << "invalidJson";
    QTest::newRow("version huge") << "c" << QByteArray("{" + ok + R"(,"version":1e12})") << "invalidJson";
    QTest::newRow("note number") << "c" << QByteArray("{" + ok + R"(,"note":12})") << "invalidJson";
    QTest::newRow("at garbage") << "c" << QByteArray("{" + ok + R"(,"at":"yesterday"})") << "badTime";
    QTest::newRow("at number") << "c" << QByteArray("{" + ok + R"(,"at":1764529200})") << "badTime";
    QTest::newRow("at month 13") << "c" << QByteArray("{" + ok + R"(,"at":"2025-13-01T00:00:00Z"})") << "badTime";
}

void TestCrewMessages::hostileStatus()
{
    QFETCH(QString, topicCrew);
    QFETCH(QByteArray, payload);
    QFETCH(QString, code);
    auto r = parseCrewStatus(topicCrew, payload, kReceived);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().message.isEmpty());
    QVERIFY(r.error().message.size() < 400);
}

void TestCrewMessages::noteIsPlainAndBounded()
{
    const QString note = QStringLiteral("ligne 1\nligne\u0007 2\u001b[31m\t") + QString(3000, QLatin1Char('x'));
    QJsonObject o{{"messageId", "m"}, {"interventionId", 1}, {"status", "blocked"}, {"note", note}};
    auto r = parseCrewStatus("c", QJsonDocument(o).toJson(), kReceived);
    QVERIFY(r.ok());
    QVERIFY(r->note.startsWith(QStringLiteral("ligne 1\nligne 2[31m\t")));
    QCOMPARE(r->note.size(), 2000);

    // A right-to-left override would show "gnp.exe" for "exe.png"-like tricks: removed.
    o.insert(QStringLiteral("note"), QStringLiteral("câble \u202Eéert\u202C coupé \u2066x\u2069"));
    r = parseCrewStatus("c", QJsonDocument(o).toJson(), kReceived);
    QVERIFY(r.ok());
    QCOMPARE(r->note, QStringLiteral("câble éert coupé x"));
}

QTEST_APPLESS_MAIN(TestCrewMessages)
#include "tst_crewmessages.moc"
