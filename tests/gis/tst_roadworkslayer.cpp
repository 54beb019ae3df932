// RoadworksLayer and RoundLayer rendered offscreen: works zones coloured and hatched by
// impact, faded outside the time window; small zones as signs; highlight; hits; legend.
// Rounds: path in the round's colour, numbered stops, overflow ring.
#include "map/roadworkslayer.h"
#include "map/roundlayer.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace vigie;

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000LL;
constexpr qint64 kT0 = 1'540'000'000'000LL; // 2018-10-20

RoadworksZone square(const QString &id, QPointF centre, double half, TrafficImpact impact, qint64 start, qint64 end)
{
    RoadworksZone z;
    z.id = id;
    z.rings = {QPolygonF(QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half))};
    z.impact = impact;
    z.startMs = start;
    z.endMs = end;
    return z;
}

/// Mean colour and alpha of a square of pixels around `at`.
struct Sample
{
    double r = 0, g = 0, b = 0, a = 0;
};

Sample sample(const QImage &image, QPoint at, int half = 6)
{
    Sample s;
    int n = 0;
    for (int y = at.y() - half; y <= at.y() + half; ++y)
        for (int x = at.x() - half; x <= at.x() + half; ++x) {
            const QColor c = QColor::fromRgba(image.pixel(x, y));
            s.r += c.red();
            s.g += c.green();
            s.b += c.blue();
            s.a += c.alpha();
            ++n;
        }
    s.r /= n;
    s.g /= n;
    s.b /= n;
    s.a /= n;
    return s;
}

} // namespace

class TestRoadworksLayer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void activeZonesAreColouredByImpact();
    void inactiveZonesFade();
    void rangeWindowOverlaps();
    void smallZonesBecomeSigns();
    void highlightAndHits();
    void legendCountsActiveZones();
    void roundsDrawPathsAndStops();

private:
    QImage render(const MapLayer &layer) const;
    QPoint pixel(QPointF map) const { return m_settings.toPixel(map).toPoint(); }

    MapSettings m_settings;
    std::unique_ptr<RoadworksLayer> m_layer;
};

void TestRoadworksLayer::init()
{
    // 1 m per pixel, 400 × 300 pixels around (0, 0).
    m_settings = MapSettings(QPointF(0, 0), 1.0, QSize(400, 300));
    m_layer = std::make_unique<RoadworksLayer>();
    QVector<RoadworksZone> zones{
        square(QStringLiteral("closed"), QPointF(-120, 0), 30, TrafficImpact::BarrageTotal, kT0, kT0 + 10 * kDay),
        square(QStringLiteral("restricted"), QPointF(0, 0), 30, TrafficImpact::Restreinte, kT0 + 5 * kDay, kT0 + 20 * kDay),
        square(QStringLiteral("oneway"), QPointF(120, 0), 30, TrafficImpact::SensUnique, kT0 - 30 * kDay, 0),
    };
    m_layer->setZones(std::make_shared<const QVector<RoadworksZone>>(zones));
    m_layer->setTimeWindow(kT0 + kDay, kT0 + kDay);
}

QImage TestRoadworksLayer::render(const MapLayer &layer) const
{
    QImage image(m_settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    std::atomic<bool> cancel{false};
    layer.createRenderer(m_settings)->render(p, m_settings, cancel);
    p.end();
    return image;
}

void TestRoadworksLayer::activeZonesAreColouredByImpact()
{
    const QImage image = render(*m_layer);
    const Sample closed = sample(image, pixel(QPointF(-120, 0)));
    const Sample oneWay = sample(image, pixel(QPointF(120, 0)));
    QVERIFY2(closed.a > 80, qPrintable(QString::number(closed.a)));
    QVERIFY(closed.r > closed.b + 40); // red
    QVERIFY2(oneWay.a > 80, qPrintable(QString::number(oneWay.a)));
    QVERIFY(oneWay.b > oneWay.r + 40); // blue
    // Outside every zone: nothing.
    QCOMPARE(qAlpha(image.pixel(pixel(QPointF(-60, 100)))), 0);
}

void TestRoadworksLayer::inactiveZonesFade()
{
    const QImage before = render(*m_layer);
    const double activeAlpha = sample(before, pixel(QPointF(-120, 0))).a;
    const double inactiveAlpha = sample(before, pixel(QPointF(0, 0))).a; // starts on day 5
    QVERIFY(inactiveAlpha > 0);                                          // still drawn…
    QVERIFY2(inactiveAlpha < activeAlpha * 0.5, qPrintable(QStringLiteral("%1 vs %2").arg(inactiveAlpha).arg(activeAlpha)));
    QCOMPARE(m_layer->activeCount(), 2);

    // Day 12: the closure ended, the restriction is on.
    QSignalSpy repaint(m_layer.get(), &MapLayer::repaintRequested);
    m_layer->setTimeWindow(kT0 + 12 * kDay, kT0 + 12 * kDay);
    QCOMPARE(repaint.size(), 1);
    const QImage after = render(*m_layer);
    QVERIFY(sample(after, pixel(QPointF(-120, 0))).a < activeAlpha * 0.5);
    QVERIFY(sample(after, pixel(QPointF(0, 0))).a > inactiveAlpha * 2);
    QCOMPARE(m_layer->activeCount(), 2);
    // The same window again: no repaint.
    m_layer->setTimeWindow(kT0 + 12 * kDay, kT0 + 12 * kDay);
    QCOMPARE(repaint.size(), 1);
}

void TestRoadworksLayer::rangeWindowOverlaps()
{
    m_layer->setTimeWindow(kT0 + 8 * kDay, kT0 + 6 * kDay); // reversed on purpose: swapped
    QCOMPARE(m_layer->windowFrom(), kT0 + 6 * kDay);
    QCOMPARE(m_layer->activeCount(), 3);
    m_layer->setTimeWindow(kT0 + 100 * kDay, kT0 + 200 * kDay);
    QCOMPARE(m_layer->activeCount(), 1); // the open-ended one
}

void TestRoadworksLayer::smallZonesBecomeSigns()
{
    m_settings = MapSettings(QPointF(0, 0), 50.0, QSize(400, 300)); // 60 m zones → ~1 px
    const QImage image = render(*m_layer);
    // A sign of ~11 px around the closure's centre, filled with its colour.
    const Sample s = sample(image, pixel(QPointF(-120, 0)), 1);
    QVERIFY2(s.a > 150, qPrintable(QString::number(s.a)));
    QVERIFY(s.r > s.b + 40);
    // Nothing 12 px away.
    QCOMPARE(qAlpha(image.pixel(pixel(QPointF(-120, 0)) + QPoint(0, 12))), 0);
}

void TestRoadworksLayer::highlightAndHits()
{
    QCOMPARE(m_layer->hitTest(QPointF(-120, 5), 2), QStringLiteral("closed"));
    QCOMPARE(m_layer->hitTest(QPointF(-88, 0), 5), QStringLiteral("closed")); // 2 m outside its edge
    QVERIFY(m_layer->hitTest(QPointF(-60, 100), 5).isEmpty());
    QCOMPARE(m_layer->extentOf({QStringLiteral("oneway")}), QRectF(90, -30, 60, 60));
    QVERIFY(m_layer->extentOf({QStringLiteral("nope")}).isNull());

    const QImage plain = render(*m_layer);
    m_layer->setHighlighted({QStringLiteral("closed")});
    const QImage marked = render(*m_layer);
    // The highlight frames the zone 6 px outside its box.
    const QPoint frame = pixel(QPointF(-120, 36));
    QCOMPARE(qAlpha(plain.pixel(frame)), 0);
    QVERIFY(qAlpha(marked.pixel(frame)) > 100);
}

void TestRoadworksLayer::legendCountsActiveZones()
{
    const QVector<LegendEntry> legend = m_layer->legend();
    QCOMPARE(legend.size(), 6);
    QCOMPARE(legend.at(0).label, RoadworksLayer::impactName(TrafficImpact::BarrageTotal));
    QCOMPARE(legend.at(0).count, 1);
    QCOMPARE(legend.at(3).count, 0); // the restriction is not active yet
    QCOMPARE(legend.last().count, 1);
    QVERIFY(!legend.at(0).symbol.isNull());
}

void TestRoadworksLayer::roundsDrawPathsAndStops()
{
    RoundLayer layer;
    RoundPath r;
    r.id = QStringLiteral("r1");
    r.name = QStringLiteral("Round 1");
    r.color = QColor(0x1f, 0x77, 0xb4);
    r.path = {QPolygonF({QPointF(-150, -50), QPointF(150, -50)})};
    RoundMarker a;
    a.order = 1;
    a.position = QPointF(-100, -50);
    RoundMarker b;
    b.order = 2;
    b.position = QPointF(100, -50);
    b.overflowForecast = true;
    r.stops = {a, b};
    layer.setRounds({r});
    const QImage image = render(layer);
    // The path, in the round's colour, between the stops.
    const QColor line = QColor::fromRgba(image.pixel(pixel(QPointF(0, -50))));
    QVERIFY2(line.blue() > 150 && line.red() < 100, qPrintable(line.name()));
    // The overflow ring, red, 10.5 px from the second stop's centre; none around the first.
    const QColor ring = QColor::fromRgba(image.pixel(pixel(QPointF(100, -50)) + QPoint(0, 10)));
    QVERIFY2(ring.red() > 150 && ring.blue() < 120, qPrintable(ring.name()));
    const QColor noRing = QColor::fromRgba(image.pixel(pixel(QPointF(-100, -50)) + QPoint(0, 10)));
    QVERIFY(noRing.red() < 150 || noRing.alpha() < 100);
    const QVector<LegendEntry> legend = layer.legend();
    QCOMPARE(legend.size(), 2);
    QCOMPARE(legend.at(0).count, 2);
    QCOMPARE(legend.at(1).count, 1);
    QVERIFY(layer.extent().contains(QPointF(0, -50)));
}

QTEST_MAIN(TestRoadworksLayer)
#include "tst_roadworkslayer.moc"
