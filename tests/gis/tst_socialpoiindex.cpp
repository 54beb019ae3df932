// The nearest social place of interest, on Monaco's real OpenStreetMap layer (schools,
// crèches, hospitals, clinics among town halls, doctors and NGOs), read from the store a
// real city load wrote; and the crews that load seeded from the pack.
#include "io/cityloader.h"
#include "network/socialpoiindex.h"
#include "network/webmercator.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vigie;

namespace {

/// Ground distance on the WGS 84 mean sphere (haversine), the reference for the index's metres.
double haversineM(double lon1, double lat1, double lon2, double lat2)
{
    const double r = 6371008.8;
    const double p1 = lat1 * M_PI / 180;
    const double p2 = lat2 * M_PI / 180;
    const double dp = p2 - p1;
    const double dl = (lon2 - lon1) * M_PI / 180;
    const double h = std::sin(dp / 2) * std::sin(dp / 2) + std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
    return 2 * r * std::asin(std::sqrt(h));
}

QJsonObject tags(const char *json) { return QJsonDocument::fromJson(json).object(); }

} // namespace

class TestSocialPoiIndex : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void categories();
    void monacoSocialPlaces();
    void nearest_data();
    void nearest();
    void unnamedPlaceGetsItsCategory();
    void packWithoutPoiLayer();
    void loadedCityHasCrews();

private:
    QTemporaryDir m_dir;
    LoadedCity m_city;
    SocialPoiIndex m_index;
};

void TestSocialPoiIndex::initTestCase()
{
    auto pack = CityPack::load(QStringLiteral(CITIES_DIR "/monaco"));
    QVERIFY(pack);
    auto city = loadCity(pack.value(), m_dir.filePath(QStringLiteral("monaco.sqlite")));
    QVERIFY2(city, city ? "" : qPrintable(city.error().message));
    m_city = city.value();
    auto index = SocialPoiIndex::load(m_city.storePath, m_city.layers);
    QVERIFY2(index, index ? "" : qPrintable(index.error().message));
    m_index = index.value();
}

void TestSocialPoiIndex::categories()
{
    QCOMPARE(SocialPoiIndex::socialCategory(tags(R"({"amenity": "school", "category": "education"})")), QStringLiteral("school"));
    QCOMPARE(SocialPoiIndex::socialCategory(tags(R"({"amenity": "kindergarten"})")), QStringLiteral("childcare"));
    QCOMPARE(SocialPoiIndex::socialCategory(tags(R"({"amenity": null, "healthcare": "hospital"})")), QStringLiteral("hospital"));
    QCOMPARE(SocialPoiIndex::socialCategory(tags(R"({"healthcare": "clinic"})")), QStringLiteral("clinic"));
    QCOMPARE(SocialPoiIndex::socialCategory(tags(R"({"amenity": "social_facility", "social_facility": "nursing_home"})")),
             QStringLiteral("careHome"));
    QCOMPARE(SocialPoiIndex::socialCategory(tags(R"({"amenity": "nursing_home"})")), QStringLiteral("careHome"));
    QCOMPARE(SocialPoiIndex::socialCategory(tags(R"({"amenity": "townhall", "category": "public_service"})")), std::nullopt);
    QCOMPARE(SocialPoiIndex::socialCategory(tags(R"({"amenity": "doctors", "healthcare": "centre"})")), std::nullopt);
    QCOMPARE(SocialPoiIndex::socialCategory(tags(R"({"amenity": "university"})")), std::nullopt);
    QCOMPARE(SocialPoiIndex::socialCategory(tags(R"({"category": "ngo"})")), std::nullopt);
    // Nothing the tags could say: the pack called it a place of interest, it stays.
    QCOMPARE(SocialPoiIndex::socialCategory(tags(R"({"name": "Crèche Les Lucioles"})")), QString());
}

void TestSocialPoiIndex::monacoSocialPlaces()
{
    // social_poi.geojson: 35 places; 11 schools, 3 crèches and kindergartens, 6 hospitals
    // (one tagged by healthcare only, one unnamed) and 2 clinics count. Left out: the town
    // hall, ministries, public services, doctors, an imaging centre, a university, an NGO.
    QCOMPARE(m_index.size(), 22);
    QVERIFY(!m_index.isEmpty());
}

void TestSocialPoiIndex::nearest_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("category");
    QTest::addColumn<double>("placeLon");
    QTest::addColumn<double>("placeLat");

    // At the town hall (not a social place itself): the children's home next door.
    QTest::newRow("Mairie de Monaco") << 7.423728 << 43.730791 << QStringLiteral("Foyer Sainte-Dévote")
                                      << QStringLiteral("childcare") << 7.4236671 << 43.7315552;
    QTest::newRow("Avenue Albert II") << 7.4167666 << 43.7298605 << QStringLiteral("OTONEURO MONACO")
                                      << QStringLiteral("clinic") << 7.4160562 << 43.72977;
    QTest::newRow("Avenue Camille Blanc") << 7.4247466 << 43.7417493 << QStringLiteral("École Saint-Charles")
                                          << QStringLiteral("school") << 7.4271698 << 43.7428901;
    QTest::newRow("at the hospital") << 7.41106 << 43.7303222 << QStringLiteral("Centre hospitalier Princesse Grace (CHPG)")
                                     << QStringLiteral("hospital") << 7.41106 << 43.7303222;
}

void TestSocialPoiIndex::nearest()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QString, name);
    QFETCH(QString, category);
    QFETCH(double, placeLon);
    QFETCH(double, placeLat);

    const auto found = m_index.nearest(webmercator::fromLonLat(lon, lat));
    QVERIFY(found);
    QCOMPARE(found->name, name);
    QCOMPARE(found->category, category);
    const double expected = haversineM(lon, lat, placeLon, placeLat);
    QVERIFY2(std::abs(found->distanceM - expected) <= 0.005 * expected + 0.01,
             qPrintable(QStringLiteral("%1 m, expected %2 m").arg(found->distanceM).arg(expected)));
}

void TestSocialPoiIndex::unnamedPlaceGetsItsCategory()
{
    // The unnamed hospital building of social_poi.geojson.
    const auto found = m_index.nearest(webmercator::fromLonLat(7.4102913, 43.7299837));
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("Hospital"));
    QVERIFY(found->distanceM < 0.01);
}

void TestSocialPoiIndex::packWithoutPoiLayer()
{
    QVector<StoredLayer> layers = m_city.layers;
    layers.removeIf([](const StoredLayer &l) { return l.role == LayerRole::PointsOfInterest; });
    auto index = SocialPoiIndex::load(m_city.storePath, layers);
    QVERIFY(index);
    QVERIFY(index->isEmpty());
    QVERIFY(!index->nearest(webmercator::fromLonLat(7.42, 43.73)));
    auto missing = SocialPoiIndex::load(m_dir.filePath(QStringLiteral("none/none.sqlite")), m_city.layers);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("storeOpen"));
}

void TestSocialPoiIndex::loadedCityHasCrews()
{
    QVERIFY(m_city.imported);
    QCOMPARE(m_city.crews.size(), 2); // resources/cities/monaco/crews.json
    QCOMPARE(m_city.crews.at(0).id, QStringLiteral("eclairage"));
    QCOMPARE(m_city.crews.at(0).trackerDeviceId, QStringLiteral("a840410000000301"));
    QVERIFY(m_city.crews.at(1).hasSkill(InterventionKind::Waste));
    // Loading again (no import: the store is current) reads them back from the store.
    auto again = loadCity(m_city.pack, m_city.storePath);
    QVERIFY(again);
    QVERIFY(!again->imported);
    QCOMPARE(again->crews.size(), 2);
}

QTEST_GUILESS_MAIN(TestSocialPoiIndex)
#include "tst_socialpoiindex.moc"
