// Projection tests at known coordinates; round trips must close within a centimetre.
#include "crs/coordinatetransform.h"

#include <QTest>

#include <cmath>

using namespace vigie;

class TestCoordinateTransform : public QObject
{
    Q_OBJECT
private slots:
    void knownPoints_data();
    void knownPoints();
    void roundTrip_data();
    void roundTrip();
    void invalidCrs();
    void bulk();
};

void TestCoordinateTransform::knownPoints_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QPointF>("in");
    QTest::addColumn<QPointF>("expected");
    QTest::addColumn<double>("tolerance");
    // Lambert-93's natural origin (3°E, 46.5°N) has false easting/northing 700 000 / 6 600 000 m
    // (EPSG:2154 definition).
    QTest::newRow("Lambert-93 origin") << "EPSG:4326" << "EPSG:2154" << QPointF(3.0, 46.5) << QPointF(700000.0, 6600000.0) << 0.001;
    // Web Mercator: x = R·λ and the edge of the square world at ±85.0511287798°.
    QTest::newRow("Mercator origin") << "EPSG:4326" << "EPSG:3857" << QPointF(0, 0) << QPointF(0, 0) << 0.001;
    QTest::newRow("Mercator antimeridian") << "EPSG:4326" << "EPSG:3857" << QPointF(180, 0) << QPointF(20037508.342789244, 0) << 0.001;
    QTest::newRow("Mercator world edge") << "EPSG:4326" << "EPSG:3857" << QPointF(0, 85.0511287798066)
                                         << QPointF(0, 20037508.342789244) << 0.01;
    // x = 6378137·λ(rad), y = 6378137·ln(tan(π/4 + φ/2)) for Montpellier's Place de la Comédie.
    const double lon = 3.8798, lat = 43.6085, R = 6378137.0;
    const double x = R * lon * M_PI / 180.0;
    const double y = R * std::log(std::tan(M_PI / 4 + lat * M_PI / 360.0));
    QTest::newRow("Mercator Montpellier") << "EPSG:4326" << "EPSG:3857" << QPointF(lon, lat) << QPointF(x, y) << 0.001;
}

void TestCoordinateTransform::knownPoints()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QPointF, in);
    QFETCH(QPointF, expected);
    QFETCH(double, tolerance);
    auto t = CoordinateTransform::create(source, target);
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
    auto out = t->transform(in);
    QVERIFY(out.ok());
    QVERIFY2(std::abs(out->x() - expected.x()) < tolerance && std::abs(out->y() - expected.y()) < tolerance,
             qPrintable(QStringLiteral("got (%1, %2)").arg(out->x(), 0, 'f', 4).arg(out->y(), 0, 'f', 4)));
}

void TestCoordinateTransform::roundTrip_data()
{
    QTest::addColumn<QString>("crs");
    QTest::addColumn<QPointF>("lonLat");
    QTest::newRow("Montpellier Comédie, Lambert-93") << "EPSG:2154" << QPointF(3.8798, 43.6085);
    QTest::newRow("Paris Hôtel de Ville, Lambert-93") << "EPSG:2154" << QPointF(2.3522, 48.8566);
    QTest::newRow("Monaco Palais, Lambert-93") << "EPSG:2154" << QPointF(7.4202, 43.7311);
    QTest::newRow("Montpellier, Web Mercator") << "EPSG:3857" << QPointF(3.8798, 43.6085);
    QTest::newRow("Nantes, CC47") << "EPSG:3947" << QPointF(-1.5536, 47.2184);
}

void TestCoordinateTransform::roundTrip()
{
    QFETCH(QString, crs);
    QFETCH(QPointF, lonLat);
    auto forward = CoordinateTransform::create(QStringLiteral("EPSG:4326"), crs);
    QVERIFY(forward.ok());
    auto projected = forward->transform(lonLat);
    QVERIFY(projected.ok());
    auto back = forward->inverse(projected.value());
    QVERIFY(back.ok());
    // A centimetre is 9e-8° of latitude; compare in metres through the projected CRS.
    auto again = forward->transform(back.value());
    QVERIFY(again.ok());
    const double metres = std::hypot(again->x() - projected->x(), again->y() - projected->y());
    QVERIFY2(metres < 0.01, qPrintable(QStringLiteral("round trip drifted %1 m").arg(metres)));
    QVERIFY(std::abs(back->x() - lonLat.x()) < 1e-7 && std::abs(back->y() - lonLat.y()) < 1e-7);
}

void TestCoordinateTransform::invalidCrs()
{
    auto t = CoordinateTransform::create(QStringLiteral("EPSG:999999"), QStringLiteral("EPSG:4326"));
    QVERIFY(!t.ok());
    QCOMPARE(t.error().code, QStringLiteral("invalidCrs"));
    QVERIFY(t.error().message.contains(QStringLiteral("EPSG:999999")));
}

void TestCoordinateTransform::bulk()
{
    auto t = CoordinateTransform::create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857"));
    QVERIFY(t.ok());
    double x[3] = {0, 180, 3.8798};
    double y[3] = {0, 0, 43.6085};
    QVERIFY(t->transform(x, y, 3));
    QVERIFY(std::abs(x[1] - 20037508.342789244) < 0.001);
    double bx = 0, by = 91; // beyond the pole
    QVERIFY(!t->transform(&bx, &by, 1));
}

QTEST_GUILESS_MAIN(TestCoordinateTransform)
#include "tst_coordinatetransform.moc"
