#include "io/cityloader.h"
#include "io/ogrimporter.h"
#include "map/assetgroups.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;

namespace {

const ImportedLayer *layerById(const ImportedCity &city, const char *id)
{
    for (const ImportedLayer &l : city.layers)
        if (l.layer.id == QLatin1String(id))
            return &l;
    return nullptr;
}

QVector<GroupFeature> groupFeatures(const ImportedLayer &layer)
{
    QVector<GroupFeature> out;
    for (const ImportedFeature &f : layer.features)
        out << GroupFeature{f.label, f.wkb};
    return out;
}

void write(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestAssetGroups : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void montpellierLights_data();
    void montpellierLights();
    void montpellierTiming();
    void loaderFillsGroups();
    void emptySources();

private:
    ImportedCity m_city;
    QVector<QPointF> m_points;   // the lights, in layer order
    QVector<QString> m_refs;
    AssetGroupTable m_groups;
    qint64 m_groupMs = 0;
};

void TestAssetGroups::initTestCase()
{
    auto pack = CityPack::load(QStringLiteral(CITIES_DIR "/montpellier"));
    QVERIFY2(pack, qPrintable(pack ? QString() : pack.error().message));
    auto city = ogrimport::importCity(pack.value());
    QVERIFY(city);
    m_city = city.value();
    const ImportedLayer *lights = layerById(m_city, "eclairage");
    QVERIFY(lights);
    for (const ImportedFeature &f : lights->features) {
        m_points << QPointF(f.labelLon, f.labelLat);
        m_refs << f.ref;
    }
    QCOMPARE(m_points.size(), 29969);
    AssetGroupSources sources;
    sources.districts = groupFeatures(*layerById(m_city, "quartiers"));
    sources.streets = groupFeatures(*layerById(m_city, "voies"));
    QElapsedTimer clock;
    clock.start();
    auto groups = computeAssetGroups(m_points, sources);
    m_groupMs = clock.elapsed();
    QVERIFY2(groups, qPrintable(groups ? QString() : groups.error().message));
    m_groups = groups.value();
    QCOMPARE(m_groups.size(), m_points.size());
}

void TestAssetGroups::montpellierLights_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("district");
    QTest::addColumn<QString>("street");
    // Expected values from SpatiaLite through ogrinfo, on the pack's own files:
    //   ST_Intersects(quartiers_2014, point) and ST_Distance(filaire_voies, point in EPSG:2154).
    QTest::newRow("fid 1, 5.7 m from its street") << "1" << "PRES D'ARENE" << "Rue Félix-Roland Moumie";
    QTest::newRow("fid 1000, 1.3 m vs 1.8 m") << "1000" << "LES CEVENNES" << "Chemin des Amaryllis";
    QTest::newRow("fid 20000") << "20000" << "MOSSON" << "Allée Henri Corre";
}

void TestAssetGroups::montpellierLights()
{
    QFETCH(QString, ref);
    QFETCH(QString, district);
    QFETCH(QString, street);
    const int i = m_refs.indexOf(ref);
    QVERIFY(i >= 0);
    QCOMPARE(m_groups.at(i).district, district);
    QCOMPARE(m_groups.at(i).street, street);
    QVERIFY(m_groups.at(i).cabinet.isEmpty()); // the pack names no cabinets: none invented
}

void TestAssetGroups::montpellierTiming()
{
    int inDistrict = 0;
    int onStreet = 0;
    for (const AssetGroupKeys &k : std::as_const(m_groups)) {
        inDistrict += k.district.isEmpty() ? 0 : 1;
        onStreet += k.street.isEmpty() ? 0 : 1;
    }
    qInfo("%lld ms for %d lights: %d in a district, %d within 30 m of a street", m_groupMs, int(m_points.size()),
          inDistrict, onStreet);
    // Nearly every light is inside one of the seven 2014 quartiers; 156 (0.5 %) stand beyond
    // their outline, on the commune's edge.
    QVERIFY(inDistrict > 29700);
    QVERIFY(onStreet > 25000);
    QVERIFY2(m_groupMs < 1000, qPrintable(QString::number(m_groupMs)));

    // Nothing beyond the search radius: a point 200 m off a lone street gets no key.
    AssetGroupSources sources;
    sources.streets = groupFeatures(*layerById(m_city, "voies"));
    sources.streetSearchM = 30;
    auto far = computeAssetGroups({QPointF(3.60, 43.40)}, sources); // at sea, off Palavas
    QVERIFY(far);
    QVERIFY(far->at(0).street.isEmpty());
}

void TestAssetGroups::loaderFillsGroups()
{
    // A small pack written here: two districts sharing an edge, one street, three lamps with
    // and without a cabinet attribute. loadCity must fill LoadedCity::groups from the store.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pack = dir.filePath(QStringLiteral("pack"));
    QVERIFY(QDir().mkpath(pack));
    write(pack + QStringLiteral("/manifest.json"), R"({"formatVersion": 1, "id": "squares", "name": "Squares", "attribution": "test data",
      "layers": [
        {"id": "d", "file": "districts.geojson", "role": "districts", "labelFields": ["name"]},
        {"id": "d2", "file": "districts.geojson", "role": "districts", "labelFields": ["other"]},
        {"id": "s", "file": "streets.geojson", "role": "streets", "labelFields": ["name"]},
        {"id": "l", "file": "lamps.geojson", "role": "asset", "kind": "Streetlight", "idField": "ref", "labelFields": ["ref"]}
      ]})");
    write(pack + QStringLiteral("/districts.geojson"), R"({"type": "FeatureCollection", "features": [
      {"type": "Feature", "properties": {"name": "West", "other": "X"}, "geometry": {"type": "Polygon",
        "coordinates": [[[3.80, 43.60], [3.81, 43.60], [3.81, 43.61], [3.80, 43.61], [3.80, 43.60]]]}},
      {"type": "Feature", "properties": {"name": "East", "other": "Y"}, "geometry": {"type": "Polygon",
        "coordinates": [[[3.81, 43.60], [3.82, 43.60], [3.82, 43.61], [3.81, 43.61], [3.81, 43.60]]]}}]})");
    // A street along latitude 43.605; 0.0001° of latitude is 11.1 m.
    write(pack + QStringLiteral("/streets.geojson"), R"({"type": "FeatureCollection", "features": [
      {"type": "Feature", "properties": {"name": "Rue du Milieu"}, "geometry": {"type": "LineString",
        "coordinates": [[3.800, 43.605], [3.820, 43.605]]}}]})");
    write(pack + QStringLiteral("/lamps.geojson"), R"({"type": "FeatureCollection", "features": [
      {"type": "Feature", "properties": {"ref": "a", "refStreetlightControlCabinet": "AR-12"}, "geometry": {"type": "Point", "coordinates": [3.805, 43.6052]}},
      {"type": "Feature", "properties": {"ref": "b", "cabinet": "AR-7"}, "geometry": {"type": "Point", "coordinates": [3.815, 43.6040]}},
      {"type": "Feature", "properties": {"ref": "c"}, "geometry": {"type": "Point", "coordinates": [3.830, 43.6050]}}]})");
    auto cityPack = CityPack::load(pack);
    QVERIFY2(cityPack, qPrintable(cityPack ? QString() : cityPack.error().message));
    auto city = loadCity(cityPack.value(), dir.filePath(QStringLiteral("squares.sqlite")));
    QVERIFY2(city, qPrintable(city ? QString() : city.error().message));
    QCOMPARE(city->groups.size(), 3);
    auto keys = [&](const char *ref) {
        const int i = city->directory->indexOf(assetUrn(AssetKind::Streetlight, QStringLiteral("squares"), QLatin1String(ref)));
        return i >= 0 ? city->groups.at(i) : AssetGroupKeys{QStringLiteral("?"), {}, {}};
    };
    QCOMPARE(keys("a").district, QStringLiteral("West"));   // the first districts layer, not "X"
    QCOMPARE(keys("a").street, QStringLiteral("Rue du Milieu")); // 22 m away
    QCOMPARE(keys("a").cabinet, QStringLiteral("AR-12"));
    QCOMPARE(keys("b").district, QStringLiteral("East"));
    QCOMPARE(keys("b").street, QString());                   // 111 m away: beyond 30 m
    QCOMPARE(keys("b").cabinet, QStringLiteral("AR-7"));
    QCOMPARE(keys("c").district, QString());                 // outside both
    QCOMPARE(keys("c").cabinet, QString());
}

void TestAssetGroups::emptySources()
{
    auto groups = computeAssetGroups({QPointF(3.8, 43.6), QPointF(3.9, 43.7)}, {});
    QVERIFY(groups);
    QCOMPARE(groups->size(), 2);
    QVERIFY(groups->at(0).district.isEmpty() && groups->at(0).street.isEmpty() && groups->at(0).cabinet.isEmpty());
    std::atomic<bool> cancel{true};
    AssetGroupSources sources;
    sources.districts = groupFeatures(*layerById(m_city, "quartiers"));
    auto cancelled = computeAssetGroups(m_points, sources, &cancel);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, QStringLiteral("cancelled"));
}

QTEST_GUILESS_MAIN(TestAssetGroups)
#include "tst_assetgroups.moc"
