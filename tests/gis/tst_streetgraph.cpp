// StreetGraph: exact distances on hand-made networks (a square grid, near-misses,
// disconnected parts, the leg to the network), and Montpellier's real street centrelines.
#include "network/streetgraph.h"
#include "network/webmercator.h"
#include "packstreets.h"

#include <QTest>

#include <cmath>

using namespace vigie;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

VectorFeature line(const QVector<QPointF> &points)
{
    VectorFeature f;
    f.shape = VectorFeature::Shape::Line;
    f.parts << QPolygonF(points);
    f.bbox = QPolygonF(points).boundingRect();
    return f;
}

VectorLayerDataPtr layer(const QVector<VectorFeature> &features)
{
    auto data = std::make_shared<VectorLayerData>();
    data->features = features;
    for (const VectorFeature &f : features)
        data->extent = data->extent.isNull() ? f.bbox : data->extent.united(f.bbox);
    return data;
}

/// A 3 × 3 grid of streets 100 m apart at the equator (EPSG:3857 metres are true metres
/// there, to 1e-9): three east–west lines and three north–south lines sharing their vertices.
VectorLayerDataPtr grid()
{
    QVector<VectorFeature> features;
    for (int i = 0; i < 3; ++i) {
        features << line({QPointF(0, i * 100), QPointF(100, i * 100), QPointF(200, i * 100)});
        features << line({QPointF(i * 100, 0), QPointF(i * 100, 100), QPointF(i * 100, 200)});
    }
    return layer(features);
}

bool near(double a, double b, double tolerance = 1e-6) { return std::abs(a - b) <= tolerance; }

} // namespace

class TestStreetGraph : public QObject
{
    Q_OBJECT
private slots:
    void squareGrid();
    void trueMetresAwayFromTheEquator();
    void snappingLegIsCounted();
    void verticesWithinOneMetreMerge();
    void disconnectedPartsAreUnreachable();
    void crossingWithoutVertexDoesNotConnect();
    void skipsWhatIsNotALine();
    void emptyGraph();
    void montpellier();
};

void TestStreetGraph::squareGrid()
{
    auto g = StreetGraph::build({grid()});
    QCOMPARE(g->nodeCount(), 9);
    QCOMPARE(g->edgeCount(), 12);
    const QVector<double> d = g->distancesFrom(QPointF(0, 0), {QPointF(0, 0), QPointF(100, 0), QPointF(200, 200),
                                                               QPointF(100, 100), QPointF(0, 200)});
    QCOMPARE(d.size(), 5);
    QVERIFY(near(d[0], 0));
    QVERIFY(near(d[1], 100));
    QVERIFY(near(d[2], 400)); // Manhattan, never the 283 m diagonal
    QVERIFY(near(d[3], 200));
    QVERIFY(near(d[4], 200));

    double length = 0;
    const QVector<QPointF> path = g->path(QPointF(0, 0), QPointF(200, 200), &length);
    QVERIFY(near(length, 400));
    QCOMPARE(path.size(), 5); // the 5 nodes of a shortest staircase
    QCOMPARE(path.first(), QPointF(0, 0));
    QCOMPARE(path.last(), QPointF(200, 200));
    double sum = 0;
    for (int i = 1; i < path.size(); ++i)
        sum += std::hypot(path[i].x() - path[i - 1].x(), path[i].y() - path[i - 1].y());
    QVERIFY(near(sum, 400));
}

void TestStreetGraph::trueMetresAwayFromTheEquator()
{
    // At Montpellier's latitude an EPSG:3857 metre is cos(43.6°) true metres: a segment
    // 100 true metres long spans 100 / cos(lat) map metres.
    const QPointF origin = webmercator::fromLonLat(3.88, 43.6);
    const double scale = 1.0 / std::cos(43.6 * M_PI / 180);
    auto g = StreetGraph::build({layer({line({origin, origin + QPointF(100 * scale, 0)})})});
    const QVector<double> d = g->distancesFrom(origin, {origin + QPointF(100 * scale, 0)});
    QVERIFY2(near(d[0], 100, 1e-6), qPrintable(QString::number(d[0], 'f', 9)));
}

void TestStreetGraph::snappingLegIsCounted()
{
    auto g = StreetGraph::build({grid()});
    double leg = 0;
    QCOMPARE(g->nearestNode(QPointF(-30, 0), &leg), g->nearestNode(QPointF(0, 0)));
    QVERIFY(near(leg, 30));
    // 30 m to the corner node, 400 m along the grid, 40 m from the opposite corner.
    const QVector<double> d = g->distancesFrom(QPointF(-30, 0), {QPointF(200, 240)});
    QVERIFY(near(d[0], 470));
    double length = 0;
    const QVector<QPointF> path = g->path(QPointF(-30, 0), QPointF(200, 240), &length);
    QVERIFY(near(length, 470));
    QCOMPARE(path.first(), QPointF(-30, 0));
    QCOMPARE(path.last(), QPointF(200, 240));
    QCOMPARE(path.size(), 7);
}

void TestStreetGraph::verticesWithinOneMetreMerge()
{
    // Two streets digitised separately: the second starts 0.6 m from the first's end.
    auto joined = StreetGraph::build({layer({line({QPointF(0, 0), QPointF(100, 0)}), line({QPointF(100.6, 0), QPointF(200, 0)})})});
    QCOMPARE(joined->nodeCount(), 3);
    QVERIFY(near(joined->distancesFrom(QPointF(0, 0), {QPointF(200, 0)})[0], 200)); // the node stays where it was first seen
    // 1.5 m apart: two streets that do not meet.
    auto apart = StreetGraph::build({layer({line({QPointF(0, 0), QPointF(100, 0)}), line({QPointF(101.5, 0), QPointF(200, 0)})})});
    QCOMPARE(apart->nodeCount(), 4);
    QCOMPARE(apart->distancesFrom(QPointF(0, 0), {QPointF(200, 0)})[0], kInf);
}

void TestStreetGraph::disconnectedPartsAreUnreachable()
{
    auto g = StreetGraph::build({grid(), layer({line({QPointF(1000, 0), QPointF(1100, 0)})})});
    QCOMPARE(g->nodeCount(), 11);
    const QVector<double> d = g->distancesFrom(QPointF(0, 0), {QPointF(1100, 0), QPointF(200, 0)});
    QCOMPARE(d[0], kInf);
    QVERIFY(near(d[1], 200));
    double length = 0;
    QVERIFY(g->path(QPointF(0, 0), QPointF(1100, 0), &length).isEmpty());
    QCOMPARE(length, kInf);
}

void TestStreetGraph::crossingWithoutVertexDoesNotConnect()
{
    // A bridge over a street: the lines cross, but share no vertex.
    auto g = StreetGraph::build({layer({line({QPointF(0, 0), QPointF(200, 0)}), line({QPointF(100, -100), QPointF(100, 100)})})});
    QCOMPARE(g->distancesFrom(QPointF(0, 0), {QPointF(100, 100)})[0], kInf);
}

void TestStreetGraph::skipsWhatIsNotALine()
{
    VectorFeature point;
    point.shape = VectorFeature::Shape::Point;
    point.parts << QPolygonF({QPointF(5, 5)});
    VectorFeature polygon;
    polygon.shape = VectorFeature::Shape::Polygon;
    polygon.parts << QPolygonF({QPointF(0, 0), QPointF(10, 0), QPointF(10, 10), QPointF(0, 0)});
    const double nan = std::numeric_limits<double>::quiet_NaN();
    VectorFeature degenerate = line({QPointF(50, 50), QPointF(50, 50), QPointF(50.2, 50)}); // all one node
    VectorFeature broken = line({QPointF(0, 300), QPointF(nan, 300), QPointF(100, 300)});   // no segment across NaN
    auto g = StreetGraph::build({layer({point, polygon, degenerate, broken}), nullptr});
    QCOMPARE(g->nodeCount(), 3);
    QCOMPARE(g->edgeCount(), 0);
}

void TestStreetGraph::emptyGraph()
{
    auto g = StreetGraph::build({});
    QCOMPARE(g->nodeCount(), 0);
    double d = 0;
    QCOMPARE(g->nearestNode(QPointF(0, 0), &d), -1);
    QCOMPARE(d, kInf);
    QCOMPARE(g->distancesFrom(QPointF(0, 0), {QPointF(1, 1)}), QVector<double>{kInf});
    QVERIFY(g->path(QPointF(0, 0), QPointF(1, 1)).isEmpty());
}

void TestStreetGraph::montpellier()
{
    const VectorLayerDataPtr streets = test::packLayer(QStringLiteral("montpellier"), QStringLiteral("voies"));
    QVERIFY(streets);
    QCOMPARE(streets->features.size(), 8011);
    auto g = StreetGraph::build({streets});
    // 8 011 centrelines: tens of thousands of vertices, most of them shared or inner ones.
    QVERIFY2(g->nodeCount() > 10000 && g->nodeCount() < 60000, qPrintable(QString::number(g->nodeCount())));
    QVERIFY2(g->edgeCount() >= g->nodeCount() && g->edgeCount() < 2 * g->nodeCount(), qPrintable(QString::number(g->edgeCount())));

    // From the north lighting depot (Route de Mende) to the west waste depot (Avenue de
    // Toulouse), both on the streets: crews.json of the pack.
    const QPointF from = webmercator::fromLonLat(3.8680315, 43.6328341);
    const QPointF to = webmercator::fromLonLat(3.8672331, 43.6001913);
    double snap = 0;
    g->nearestNode(from, &snap);
    QVERIFY(snap < 0.01);
    const double straight = webmercator::distanceM(from, to);
    QVERIFY(straight > 3000 && straight < 4000);
    double length = 0;
    const QVector<QPointF> path = g->path(from, to, &length);
    QVERIFY(path.size() > 10);
    QCOMPARE(path.first(), from);
    QCOMPARE(path.last(), to);
    QVERIFY2(length > straight && length < 1.6 * straight, qPrintable(QStringLiteral("%1 m for %2 m").arg(length).arg(straight)));
    double sum = 0;
    for (int i = 1; i < path.size(); ++i)
        sum += webmercator::distanceM(path[i - 1], path[i]);
    QVERIFY(near(sum, length, 1e-6 * length));
    QVERIFY(near(g->distancesFrom(from, {to})[0], length, 1e-6));
    QVERIFY(near(g->distancesFrom(to, {from})[0], length, 1e-6)); // two-way streets: symmetric
}

QTEST_GUILESS_MAIN(TestStreetGraph)
#include "tst_streetgraph.moc"
