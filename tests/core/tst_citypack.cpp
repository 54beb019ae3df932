#include "city/citypack.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

/// A pack folder with `manifest` and a one-row data.csv.
bool writePack(const QTemporaryDir &dir, const QByteArray &manifest)
{
    QFile data(dir.filePath(QStringLiteral("data.csv")));
    QFile f(dir.filePath(QStringLiteral("manifest.json")));
    if (!data.open(QIODevice::WriteOnly) || !f.open(QIODevice::WriteOnly))
        return false;
    data.write("id,X,Y\n1,3.8,43.6\n");
    f.write(manifest);
    return true;
}

} // namespace

class TestCityPack : public QObject
{
    Q_OBJECT
private slots:
    void shippedPacks_data();
    void shippedPacks();
    void locateAndList();
    void invalidManifests_data();
    void invalidManifests();
    void signatureFollowsFiles();
};

void TestCityPack::shippedPacks_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("assetLayers");
    QTest::newRow("montpellier") << "montpellier" << 6 << 2;
    QTest::newRow("paris") << "paris" << 4 << 1;
    QTest::newRow("monaco") << "monaco" << 8 << 2;
}

void TestCityPack::shippedPacks()
{
    QFETCH(QString, id);
    QFETCH(int, layers);
    QFETCH(int, assetLayers);
    auto pack = CityPack::load(QStringLiteral(CITIES_DIR "/") + id);
    QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : pack.error().message));
    QCOMPARE(pack->id, id);
    QVERIFY(!pack->attribution.isEmpty());
    QCOMPARE(pack->layers.size(), layers);
    int assets = 0;
    for (const PackLayer &l : pack->layers) {
        QVERIFY2(QFile::exists(l.file), qPrintable(l.file));
        QVERIFY(!l.title(QStringLiteral("fr")).isEmpty());
        QVERIFY(!l.title(QStringLiteral("en")).isEmpty());
        assets += l.role == LayerRole::Asset;
    }
    QCOMPARE(assets, assetLayers);
}

void TestCityPack::locateAndList()
{
    const QStringList dirs{QStringLiteral("/nonexistent"), QStringLiteral(CITIES_DIR)};
    QCOMPARE(CityPack::available(dirs), (QStringList{"monaco", "montpellier", "paris"}));
    auto pack = CityPack::locate(QStringLiteral("paris"), dirs);
    QVERIFY(pack.ok());
    QCOMPARE(pack->name, QStringLiteral("Paris"));
    auto missing = CityPack::locate(QStringLiteral("lyon"), dirs);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("packNotFound"));
    QVERIFY(missing.error().message.contains(QStringLiteral("/nonexistent/lyon")));
}

void TestCityPack::invalidManifests_data()
{
    QTest::addColumn<QByteArray>("manifest");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    const QByteArray head = R"({"id": "t", "attribution": "x", )";
    QTest::newRow("syntax") << QByteArray("{\n  \"id\": \"t\",\n  \"layers\": [\n    {\"id\": \"a\",,}\n  ]\n}")
                            << "manifestSyntax" << "line 4";
    QTest::newRow("no layers") << (head + R"("layers": []})") << "manifestInvalid" << "layers";
    QTest::newRow("bad id") << QByteArray(R"({"id": "Ville Test", "attribution": "x", "layers": []})") << "manifestInvalid" << "id";
    QTest::newRow("no attribution") << QByteArray(R"({"id": "t", "layers": [{"id": "a", "file": "data.csv", "role": "poi"}]})")
                                    << "manifestInvalid" << "attribution";
    QTest::newRow("unknown role") << (head + R"("layers": [{"id": "a", "file": "data.csv", "role": "poi"}, {"id": "b", "file": "data.csv", "role": "streetz"}]})")
                                  << "manifestInvalid" << "layers[1].role";
    QTest::newRow("unknown kind") << (head + R"("layers": [{"id": "a", "file": "data.csv", "role": "asset", "kind": "Lamp", "idField": "id"}]})")
                                  << "manifestInvalid" << "layers[0].kind";
    QTest::newRow("asset without id field") << (head + R"("layers": [{"id": "a", "file": "data.csv", "role": "asset", "kind": "Streetlight"}]})")
                                            << "manifestInvalid" << "idField";
    QTest::newRow("missing file") << (head + R"("layers": [{"id": "a", "file": "nope.geojson", "role": "poi"}]})")
                                  << "layerFileMissing" << "nope.geojson";
    QTest::newRow("duplicate layer id") << (head + R"("layers": [{"id": "a", "file": "data.csv", "role": "poi"}, {"id": "a", "file": "data.csv", "role": "poi"}]})")
                                        << "manifestInvalid" << "duplicate";
    QTest::newRow("thresholds inverted") << (head + R"("layers": [{"id": "a", "file": "data.csv", "role": "asset", "kind": "WasteContainer", "idField": "id", "thresholds": {"highFill": 0.9, "fullFill": 0.5}}]})")
                                         << "manifestInvalid" << "highFill";
    QTest::newRow("threshold as percent") << (head + R"("layers": [{"id": "a", "file": "data.csv", "role": "asset", "kind": "WasteContainer", "idField": "id", "thresholds": {"fullFill": 90}}]})")
                                          << "manifestInvalid" << "fullFill";
    QTest::newRow("half coordinates") << (head + R"("layers": [{"id": "a", "file": "data.csv", "role": "poi", "coordinates": {"xField": "X"}}]})")
                                      << "manifestInvalid" << "coordinates";
    QTest::newRow("format too new") << QByteArray(R"({"formatVersion": 99, "id": "t", "attribution": "x", "layers": [{"id": "a", "file": "data.csv", "role": "poi"}]})")
                                    << "manifestInvalid" << "format 99";
    QTest::newRow("format not a number") << QByteArray(R"({"formatVersion": "1", "id": "t", "attribution": "x", "layers": [{"id": "a", "file": "data.csv", "role": "poi"}]})")
                                         << "manifestInvalid" << "formatVersion";
    QTest::newRow("devices file missing") << (head + R"("devices": "devices.csv", "layers": [{"id": "a", "file": "data.csv", "role": "poi"}]})")
                                          << "manifestInvalid" << "devices.csv";
    QTest::newRow("bad time zone") << QByteArray(R"({"id": "t", "attribution": "x", "timeZone": "Europe/Atlantis", "layers": [{"id": "a", "file": "data.csv", "role": "poi"}]})")
                                   << "manifestInvalid" << "Atlantis";
}

void TestCityPack::invalidManifests()
{
    QFETCH(QByteArray, manifest);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QVERIFY(writePack(dir, manifest));
    auto pack = CityPack::load(dir.path());
    QVERIFY2(!pack.ok(), "an invalid manifest was accepted");
    QCOMPARE(pack.error().code, code);
    QVERIFY2(pack.error().message.contains(mentions), qPrintable(pack.error().message));
}

void TestCityPack::signatureFollowsFiles()
{
    QTemporaryDir dir;
    QVERIFY(writePack(dir, R"({"id": "t", "attribution": "x", "layers": [{"id": "a", "file": "data.csv", "role": "poi", "coordinates": {"xField": "X", "yField": "Y"}}]})"));
    QFile data(dir.filePath(QStringLiteral("data.csv")));
    auto pack = CityPack::load(dir.path());
    QVERIFY(pack.ok());
    const QString before = pack->signature();
    QCOMPARE(pack->signature(), before);
    QVERIFY(data.open(QIODevice::Append));
    data.write("2,3.9,43.7\n");
    data.close();
    QVERIFY(pack->signature() != before);
}

QTEST_GUILESS_MAIN(TestCityPack)
#include "tst_citypack.moc"
