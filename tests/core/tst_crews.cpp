// The crew roster: shifts, the packs' crews.json (the shipped ones and broken ones), the
// `crew` table, and the manifest's "crews" key.
#include "city/citypack.h"
#include "crews/crewroster.h"
#include "storage/store.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vigie;

namespace {

const QString kCities = QStringLiteral(CITIES_DIR);

Crew crew(const QString &id, int start, int end, QSet<InterventionKind> skills = {InterventionKind::Lighting})
{
    Crew c;
    c.id = id;
    c.name = id;
    c.skills = std::move(skills);
    c.shiftStartMin = start;
    c.shiftEndMin = end;
    return c;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestCrews : public QObject
{
    Q_OBJECT
private slots:
    void shifts_data();
    void shifts();
    void activityKeys();
    void skillsHash();
    void montpellierRoster();
    void otherPacks_data();
    void otherPacks();
    void invalidFiles_data();
    void invalidFiles();
    void unreadableFile();
    void store();
    void manifestKey();
};

void TestCrews::shifts_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("minute");
    QTest::addColumn<bool>("onShift");

    QTest::newRow("day, inside") << 7 * 60 << 19 * 60 << 12 * 60 << true;
    QTest::newRow("day, first minute") << 7 * 60 << 19 * 60 << 7 * 60 << true;
    QTest::newRow("day, end is off") << 7 * 60 << 19 * 60 << 19 * 60 << false;
    QTest::newRow("day, before") << 7 * 60 << 19 * 60 << 6 * 60 + 59 << false;
    QTest::newRow("overnight, evening") << 21 * 60 << 7 * 60 << 23 * 60 << true;
    QTest::newRow("overnight, after midnight") << 21 * 60 << 7 * 60 << 2 * 60 << true;
    QTest::newRow("overnight, midnight") << 21 * 60 << 7 * 60 << 0 << true;
    QTest::newRow("overnight, day") << 21 * 60 << 7 * 60 << 12 * 60 << false;
    QTest::newRow("overnight, end is off") << 21 * 60 << 7 * 60 << 7 * 60 << false;
    QTest::newRow("all day (default)") << 0 << 24 * 60 << 23 * 60 + 59 << true;
    QTest::newRow("until midnight") << 14 * 60 << 24 * 60 << 23 * 60 + 59 << true;
    QTest::newRow("until midnight, morning") << 14 * 60 << 24 * 60 << 60 << false;
    QTest::newRow("minute out of range wraps") << 7 * 60 << 19 * 60 << 24 * 60 + 8 * 60 << true;
}

void TestCrews::shifts()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, minute);
    QFETCH(bool, onShift);
    QCOMPARE(crew(QStringLiteral("c"), start, end).onShift(minute), onShift);
}

void TestCrews::activityKeys()
{
    QCOMPARE(crewActivityKey(CrewActivity::Available), QStringLiteral("available"));
    QCOMPARE(crewActivityKey(CrewActivity::Busy), QStringLiteral("busy"));
    QCOMPARE(crewActivityKey(CrewActivity::OffShift), QStringLiteral("offShift"));
}

void TestCrews::skillsHash()
{
    QSet<InterventionKind> skills{InterventionKind::Waste, InterventionKind::Roads, InterventionKind::Waste};
    QCOMPARE(skills.size(), 2);
    QVERIFY(skills.contains(InterventionKind::Roads));
    QVERIFY(!skills.contains(InterventionKind::Lighting));
    QVERIFY(qHash(InterventionKind::Waste, 0) != qHash(InterventionKind::Roads, 0));
}

void TestCrews::montpellierRoster()
{
    auto crews = readPackCrews(kCities + QStringLiteral("/montpellier/crews.json"));
    QVERIFY2(crews, crews ? "" : qPrintable(crews.error().message));
    QVERIFY(crews->size() >= 4 && crews->size() <= 6);
    int lighting = 0;
    int waste = 0;
    int roads = 0;
    QSet<QString> trackers;
    for (const Crew &c : crews.value()) {
        lighting += c.hasSkill(InterventionKind::Lighting);
        waste += c.hasSkill(InterventionKind::Waste);
        roads += c.hasSkill(InterventionKind::Roads);
        QVERIFY(QRegularExpression(QStringLiteral("^a8404100000001[0-9a-f]{2}$")).match(c.trackerDeviceId).hasMatch());
        trackers.insert(c.trackerDeviceId);
        QVERIFY(!c.vehicle.isEmpty());
        // In Montpellier (the commune's bounding box).
        QVERIFY2(c.depotLon > 3.80 && c.depotLon < 3.95 && c.depotLat > 43.56 && c.depotLat < 43.66, qPrintable(c.id));
    }
    QVERIFY(lighting >= 2 && lighting <= 3);
    QVERIFY(waste >= 1 && waste <= 2);
    QCOMPARE(roads, 1);
    QCOMPARE(trackers.size(), crews->size());
    const QHash<QString, QString> byTracker = crewTrackers(crews.value());
    QCOMPARE(byTracker.size(), crews->size());
    QCOMPARE(byTracker.value(QStringLiteral("a840410000000101")), QStringLiteral("eclairage-nord"));
    // At every minute of the day, night included, two lighting crews are on shift.
    for (int minute = 0; minute < 24 * 60; ++minute) {
        int on = 0;
        for (const Crew &c : crews.value())
            on += c.hasSkill(InterventionKind::Lighting) && c.onShift(minute);
        QVERIFY2(on >= 2, qPrintable(QStringLiteral("%1 lighting crew(s) at minute %2").arg(on).arg(minute)));
    }
}

void TestCrews::otherPacks_data()
{
    QTest::addColumn<QString>("pack");
    QTest::newRow("paris") << QStringLiteral("paris");
    QTest::newRow("monaco") << QStringLiteral("monaco");
}

void TestCrews::otherPacks()
{
    QFETCH(QString, pack);
    auto loaded = CityPack::load(kCities + QLatin1Char('/') + pack);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
    QVERIFY(!loaded->crewsFile.isEmpty());
    auto crews = readPackCrews(loaded->crewsFile);
    QVERIFY2(crews, crews ? "" : qPrintable(crews.error().message));
    QVERIFY(!crews->isEmpty());
    for (const Crew &c : crews.value()) {
        QVERIFY(std::isfinite(c.depotLon) && std::isfinite(c.depotLat));
        QCOMPARE(c.trackerDeviceId.size(), 16);
    }
}

void TestCrews::invalidFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where"); // must appear in the message

    const QByteArray ok = R"("name": "N", "skills": ["lighting"])";
    QTest::newRow("syntax") << QByteArray("{\"crews\": [\n  {\"id\": \"a\",}\n]}") << "line 2";
    QTest::newRow("not an object") << QByteArray("[]") << "(top level)";
    QTest::newRow("no crews array") << QByteArray(R"({"crew": []})") << "crews:";
    QTest::newRow("entry not an object") << QByteArray(R"({"crews": [3]})") << "crews[0]";
    QTest::newRow("bad id") << QByteArray(R"({"crews": [{"id": "Équipe 1", )" + ok + "}]}") << "crews[0] (\"Équipe 1\").id";
    QTest::newRow("duplicate id") << QByteArray(R"({"crews": [{"id": "a", )" + ok + R"(}, {"id": "a", )" + ok + "}]}")
                                  << "crews[1] (\"a\").id: duplicate id, already crews[0]";
    QTest::newRow("no name") << QByteArray(R"({"crews": [{"id": "a", "skills": ["waste"]}]})") << "(\"a\").name";
    QTest::newRow("no skills") << QByteArray(R"({"crews": [{"id": "a", "name": "A", "skills": []}]})") << "(\"a\").skills";
    QTest::newRow("unknown skill") << QByteArray(R"({"crews": [{"id": "a", "name": "A", "skills": ["plumbing"]}]})")
                                   << "(\"a\").skills: unknown skill \"plumbing\"";
    QTest::newRow("shift hour 25") << QByteArray(R"({"crews": [{"id": "a", )" + ok + R"(, "shift": "25:00-07:00"}]})")
                                   << "(\"a\").shift";
    QTest::newRow("shift minutes 60") << QByteArray(R"({"crews": [{"id": "a", )" + ok + R"(, "shift": "07:60-19:00"}]})")
                                      << "(\"a\").shift";
    QTest::newRow("shift words") << QByteArray(R"({"crews": [{"id": "a", )" + ok + R"(, "shift": "day"}]})") << "(\"a\").shift";
    QTest::newRow("empty shift") << QByteArray(R"({"crews": [{"id": "a", )" + ok + R"(, "shift": "07:00-07:00"}]})")
                                 << "(\"a\").shift: the shift starts and ends at the same time";
    QTest::newRow("starts at 24:00") << QByteArray(R"({"crews": [{"id": "a", )" + ok + R"(, "shift": "24:00-07:00"}]})")
                                     << "(\"a\").shift";
    QTest::newRow("DevEUI with separators") << QByteArray(R"({"crews": [{"id": "a", )" + ok + R"(, "tracker": "a8-40-41-00-00-00-01-01"}]})")
                                            << "(\"a\").tracker";
    QTest::newRow("DevEUI 15 digits") << QByteArray(R"({"crews": [{"id": "a", )" + ok + R"(, "tracker": "a84041000000010"}]})")
                                      << "(\"a\").tracker";
    QTest::newRow("shared tracker") << QByteArray(R"({"crews": [{"id": "a", )" + ok + R"(, "tracker": "a840410000000101"}, )"
                                                  R"({"id": "b", )" + ok + R"(, "tracker": "A840410000000101"}]})")
                                    << "crews[1] (\"b\").tracker: tracker a840410000000101 is already crew \"a\"'s";
    QTest::newRow("depot latitude") << QByteArray(R"({"crews": [{"id": "a", )" + ok + R"(, "depot": {"lon": 3.8, "lat": 95}}]})")
                                    << "(\"a\").depot: lon 3.8, lat 95 is outside EPSG:4326";
    QTest::newRow("depot as text") << QByteArray(R"({"crews": [{"id": "a", )" + ok + R"(, "depot": {"lon": "3.8", "lat": 43}}]})")
                                   << "(\"a\").depot";
    QTest::newRow("unknown field") << QByteArray(R"({"crews": [{"id": "a", )" + ok + R"(, "trakcer": "a840410000000101"}]})")
                                   << "(\"a\").trakcer: unknown field";
}

void TestCrews::invalidFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QTemporaryDir dir;
    auto crews = readPackCrews(writeFile(dir, QStringLiteral("crews.json"), json));
    QVERIFY(!crews);
    QCOMPARE(crews.error().code, QStringLiteral("invalidCrews"));
    QVERIFY2(crews.error().message.startsWith(QStringLiteral("crews.json: ")), qPrintable(crews.error().message));
    QVERIFY2(crews.error().message.contains(where), qPrintable(crews.error().message));
}

void TestCrews::unreadableFile()
{
    auto crews = readPackCrews(QStringLiteral("/nonexistent/crews.json"));
    QVERIFY(!crews);
    QCOMPARE(crews.error().code, QStringLiteral("unreadableFile"));
}

void TestCrews::store()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("crews.sqlite")), Store::Mode::ReadWrite);
    QVERIFY(store);
    CrewStore crews(store->connection());
    auto empty = crews.load();
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());

    auto pack = readPackCrews(kCities + QStringLiteral("/montpellier/crews.json"));
    QVERIFY(pack);
    QVERIFY(crews.seed(pack.value()));
    auto loaded = crews.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->size(), pack->size());
    for (int i = 1; i < loaded->size(); ++i)
        QVERIFY(loaded->at(i - 1).id < loaded->at(i).id);
    for (const Crew &stored : loaded.value()) {
        const auto original = std::find_if(pack->begin(), pack->end(), [&](const Crew &c) { return c.id == stored.id; });
        QVERIFY(original != pack->end());
        QCOMPARE(stored.name, original->name);
        QCOMPARE(stored.skills, original->skills);
        QCOMPARE(stored.shiftStartMin, original->shiftStartMin);
        QCOMPARE(stored.shiftEndMin, original->shiftEndMin);
        QCOMPARE(stored.vehicle, original->vehicle);
        QCOMPARE(stored.trackerDeviceId, original->trackerDeviceId);
        QCOMPARE(stored.depotLon, original->depotLon);
        QCOMPARE(stored.depotLat, original->depotLat);
    }

    // The operator's edit survives the next import's seeding.
    Crew edited = loaded->first();
    edited.name = QStringLiteral("Renamed");
    edited.skills = {InterventionKind::Roads, InterventionKind::Other};
    edited.trackerDeviceId.clear();
    edited.depotLon = edited.depotLat = std::numeric_limits<double>::quiet_NaN();
    QVERIFY(crews.save(edited));
    QVERIFY(crews.seed(pack.value()));
    const Crew again = crews.load()->first();
    QCOMPARE(again.name, QStringLiteral("Renamed"));
    QCOMPARE(again.skills, edited.skills);
    QVERIFY(again.trackerDeviceId.isEmpty());
    QVERIFY(std::isnan(again.depotLon));

    QVERIFY(crews.deactivate(edited.id));
    QCOMPARE(crews.load()->size(), pack->size() - 1);
    QVERIFY(crews.save(edited)); // saving brings it back
    QCOMPARE(crews.load()->size(), pack->size());
}

void TestCrews::manifestKey()
{
    auto montpellier = CityPack::load(kCities + QStringLiteral("/montpellier"));
    QVERIFY(montpellier);
    QCOMPARE(montpellier->crewsFile, QDir(kCities).absoluteFilePath(QStringLiteral("montpellier/crews.json")));

    QTemporaryDir dir;
    writeFile(dir, QStringLiteral("lamps.geojson"), R"({"type": "FeatureCollection", "features": []})");
    const QByteArray head = R"({"id": "t", "attribution": "test", "layers": [{"id": "l", "file": "lamps.geojson", "role": "boundary"}])";
    writeFile(dir, QStringLiteral("manifest.json"), head + R"(, "crews": "missing.json"})");
    auto missing = CityPack::load(dir.path());
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("manifestInvalid"));
    QVERIFY(missing.error().message.contains(QStringLiteral("crews")));

    writeFile(dir, QStringLiteral("manifest.json"), head + "}");
    auto without = CityPack::load(dir.path());
    QVERIFY(without);
    QVERIFY(without->crewsFile.isEmpty());
    const QString before = without->signature();
    writeFile(dir, QStringLiteral("crews.json"), R"({"crews": []})");
    writeFile(dir, QStringLiteral("manifest.json"), head + R"(, "crews": "crews.json"})");
    auto with = CityPack::load(dir.path());
    QVERIFY(with);
    QCOMPARE(with->crewsFile, QDir(dir.path()).absoluteFilePath(QStringLiteral("crews.json")));
    QVERIFY(with->signature() != before);
}

QTEST_GUILESS_MAIN(TestCrews)
#include "tst_crews.moc"
