// Importer tests on the three shipped city packs (exact counts) and on broken inputs.
#include "city/citypack.h"
#include "io/ogrimporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace vigie;

namespace {

const ImportedLayer *layerById(const ImportedCity &city, const char *id)
{
    for (const ImportedLayer &l : city.layers) {
        if (l.layer.id == QLatin1String(id))
            return &l;
    }
    return nullptr;
}

const ImportedFeature *featureByRef(const ImportedLayer &layer, const QString &ref)
{
    for (const ImportedFeature &f : layer.features) {
        if (f.ref == ref)
            return &f;
    }
    return nullptr;
}

ImportedCity importPack(const QString &dir)
{
    auto pack = CityPack::load(dir);
    if (!pack)
        qFatal("%s", qPrintable(pack.error().message));
    auto city = ogrimport::importCity(pack.value());
    if (!city)
        qFatal("%s", qPrintable(city.error().message));
    return std::move(city).value();
}

} // namespace

class TestOgrImporter : public QObject
{
    Q_OBJECT
private slots:
    void packCounts_data();
    void packCounts();
    void montpellierReprojection();
    void parisTrilibCsv();
    void parisNullGeometryReported();
    void brokenInputs();
    void missingCrs();
    void cancel();
};

void TestOgrImporter::packCounts_data()
{
    QTest::addColumn<QString>("pack");
    QTest::addColumn<QString>("layer");
    QTest::addColumn<int>("features");
    QTest::addColumn<int>("issues");
    const struct { const char *pack, *layer; int features, issues; } rows[] = {
        {"montpellier", "limite-commune", 1, 0},
        {"montpellier", "quartiers", 7, 0},
        {"montpellier", "sous-quartiers", 31, 0},
        {"montpellier", "voies", 8011, 0},
        {"montpellier", "points-recyclage", 69, 0},
        {"montpellier", "eclairage", 29969, 0},
        {"paris", "arrondissements", 20, 0},
        {"paris", "quartiers", 80, 0},
        {"paris", "chantiers", 1135, 1},
        {"paris", "trilib", 124, 0},
        {"monaco", "limite", 1, 0},
        {"monaco", "quartiers", 9, 0},
        {"monaco", "voies", 3603, 0},
        {"monaco", "voies-eclairees", 986, 0},
        {"monaco", "chantiers", 16, 0},
        {"monaco", "poi-sociaux", 35, 0},
        {"monaco", "corbeilles", 148, 0},
        {"monaco", "lampadaires", 29, 0},
    };
    for (const auto &r : rows)
        QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(QLatin1String(r.pack), QLatin1String(r.layer))))
            << QString::fromLatin1(r.pack) << QString::fromLatin1(r.layer) << r.features << r.issues;
}

void TestOgrImporter::packCounts()
{
    QFETCH(QString, pack);
    QFETCH(QString, layer);
    QFETCH(int, features);
    QFETCH(int, issues);
    static QHash<QString, ImportedCity> cache;
    if (!cache.contains(pack))
        cache.insert(pack, importPack(QStringLiteral(CITIES_DIR "/") + pack));
    const ImportedLayer *l = layerById(cache[pack], qPrintable(layer));
    QVERIFY(l);
    QCOMPARE(l->features.size(), features);
    QCOMPARE(l->issues.size(), issues);
    QCOMPARE(l->sourceCount, qint64(features + issues));
    for (const ImportedFeature &f : l->features) {
        QVERIFY(!f.wkb.isEmpty());
        QVERIFY(std::abs(f.labelLon) <= 180 && std::abs(f.labelLat) <= 90);
    }
}

void TestOgrImporter::montpellierReprojection()
{
    // The lights ship in Lambert-93 (GeoPackage) and the streets as a Shapefile without .prj
    // (the manifest's sourceCrs); both must come back to the city's published WGS 84 values.
    const ImportedCity city = importPack(QStringLiteral(CITIES_DIR "/montpellier"));
    const ImportedLayer *lights = layerById(city, "eclairage");
    const ImportedFeature *lamp = featureByRef(*lights, QStringLiteral("1"));
    QVERIFY(lamp);
    // ogrinfo on shared/data/montpellier/eclairage_public_lanternes_2013.geojson, fid 1.
    QVERIFY(std::abs(lamp->labelLon - 3.8861103) < 1e-7);
    QVERIFY(std::abs(lamp->labelLat - 43.5842564) < 1e-7);
    QCOMPARE(lamp->label, QStringLiteral("LANTERNE"));
    QCOMPARE(QJsonDocument::fromJson(lamp->attributes).object().value(QLatin1String("type_lante")).toString(), QStringLiteral("LANTERNE"));

    const ImportedLayer *streets = layerById(city, "voies");
    for (const ImportedFeature &f : streets->features) {
        QVERIFY2(f.labelLon > 3.7 && f.labelLon < 4.0 && f.labelLat > 43.5 && f.labelLat < 43.7,
                 qPrintable(QStringLiteral("%1 at %2, %3").arg(f.ref).arg(f.labelLon).arg(f.labelLat)));
    }
    const ImportedLayer *districts = layerById(city, "quartiers");
    QStringList names;
    for (const ImportedFeature &f : districts->features)
        names << f.label;
    QVERIFY(names.contains(QStringLiteral("MONTPELLIER CENTRE")));
}

void TestOgrImporter::parisTrilibCsv()
{
    const ImportedCity city = importPack(QStringLiteral(CITIES_DIR "/paris"));
    const ImportedFeature *bin = featureByRef(*layerById(city, "trilib"), QStringLiteral("13010-PM 001"));
    QVERIFY(bin);
    QCOMPARE(bin->labelLon, 2.367852);
    QCOMPARE(bin->labelLat, 48.821162);
    QCOMPARE(bin->address, QStringLiteral("92, Boulevard de Masséna, 75013, Paris"));
    QCOMPARE(bin->label, QStringLiteral("13010-PM 001 – Can / Plastic")); // en dash, not mojibake
    const QJsonObject attrs = QJsonDocument::fromJson(bin->attributes).object();
    QCOMPARE(attrs.value(QLatin1String("avgFillingRatePerDay")).toString(), QStringLiteral("35"));
}

void TestOgrImporter::parisNullGeometryReported()
{
    const ImportedCity city = importPack(QStringLiteral(CITIES_DIR "/paris"));
    const ImportedLayer *works = layerById(city, "chantiers");
    QCOMPARE(works->issues.size(), 1);
    QCOMPARE(works->issues.first().ref, QStringLiteral("CP000225"));
    QCOMPARE(works->issues.first().reason, QStringLiteral("no geometry"));
}

void TestOgrImporter::brokenInputs()
{
    const ImportedCity city = importPack(QStringLiteral(TEST_DATA_DIR "/import"));
    QCOMPARE(city.layers.size(), 3);

    const ImportedLayer *garbage = layerById(city, "garbage");
    QVERIFY(garbage->features.isEmpty());
    QCOMPARE(garbage->issues.size(), 1);
    QCOMPARE(garbage->issues.first().fid, qint64(-1));
    QVERIFY2(garbage->issues.first().reason.contains(QStringLiteral("cannot open")), qPrintable(garbage->issues.first().reason));

    const ImportedLayer *lamps = layerById(city, "lamps");
    QStringList refs;
    for (const ImportedFeature &f : lamps->features)
        refs << f.ref;
    QCOMPARE(refs, (QStringList{"ok-1", "ok-2"}));
    QCOMPARE(lamps->sourceCount, qint64(8));
    QHash<QString, QString> reasons;
    for (const ImportIssue &i : lamps->issues)
        reasons.insert(i.ref.isEmpty() ? QStringLiteral("(none)") : i.ref + QLatin1Char('#') + QString::number(i.fid), i.reason);
    QCOMPARE(lamps->issues.size(), 6);
    auto reasonFor = [&](const QString &prefix) {
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
            if (it.key().startsWith(prefix))
                return it.value();
        }
        return QString();
    };
    QCOMPARE(reasonFor(QStringLiteral("null-geom")), QStringLiteral("no geometry"));
    QVERIFY2(reasonFor(QStringLiteral("bad-coords")).startsWith(QStringLiteral("geometry OGR cannot read")), qPrintable(reasonFor(QStringLiteral("bad-coords"))));
    QVERIFY2(reasonFor(QStringLiteral("bad-type")).startsWith(QStringLiteral("geometry OGR cannot read")), qPrintable(reasonFor(QStringLiteral("bad-type"))));
    QVERIFY(reasonFor(QStringLiteral("ok-1#4")).contains(QStringLiteral("duplicate id")));
    QVERIFY(reasonFor(QStringLiteral("(none)")).contains(QStringLiteral("no id")));
    QVERIFY(reasonFor(QStringLiteral("far")).contains(QStringLiteral("outside")));

    const ImportedLayer *xy = layerById(city, "xy");
    QCOMPARE(xy->features.size(), 2);
    QCOMPARE(xy->issues.size(), 1);
    QCOMPARE(xy->issues.first().ref, QStringLiteral("2"));
    QVERIFY(xy->features.first().labelLon > 3.8 && xy->features.first().labelLon < 3.95);
}

void TestOgrImporter::missingCrs()
{
    PackLayer layer;
    layer.id = QStringLiteral("nocrs");
    layer.file = QStringLiteral(TEST_DATA_DIR "/import/no_crs.csv");
    layer.role = LayerRole::PointsOfInterest;
    layer.coordinates.xField = QStringLiteral("lon");
    layer.coordinates.yField = QStringLiteral("lat");
    auto result = ogrimport::importLayer(layer);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("noCrs"));
    layer.sourceCrs = QStringLiteral("EPSG:4326");
    result = ogrimport::importLayer(layer);
    QVERIFY(result.ok());
    QCOMPARE(result->features.size(), 1);
    layer.sourceCrs = QStringLiteral("EPSG:0000");
    result = ogrimport::importLayer(layer);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("invalidCrs"));
}

void TestOgrImporter::cancel()
{
    auto pack = CityPack::load(QStringLiteral(CITIES_DIR "/montpellier"));
    QVERIFY(pack.ok());
    std::atomic<bool> cancelled{true};
    auto city = ogrimport::importCity(pack.value(), {}, &cancelled);
    QVERIFY(!city.ok());
    QCOMPARE(city.error().code, QStringLiteral("cancelled"));
}

QTEST_GUILESS_MAIN(TestOgrImporter)
#include "tst_ogrimporter.moc"
