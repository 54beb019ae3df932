// CrewLayer rendered offscreen: each crew's van where its newest fix (else its depot) puts
// it, its look by activity (filled teal, filled navy, hollow grey), routes, legend, hits.
#include "map/crewlayer.h"
#include "network/webmercator.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace vigie;

namespace {

Crew crew(const QString &id, double lon, double lat)
{
    Crew c;
    c.id = id;
    c.name = id;
    c.skills = {InterventionKind::Lighting};
    c.depotLon = lon;
    c.depotLat = lat;
    return c;
}

CrewFix fix(const QString &crewId, double lon, double lat, qint64 atMs)
{
    CrewFix f;
    f.crewId = crewId;
    f.lon = lon;
    f.lat = lat;
    f.atMs = atMs;
    return f;
}

/// Colours within `tolerance` per channel.
bool close(QColor a, QColor b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestCrewLayer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void drawsCrewsWhereTheyAre();
    void newestFixWins();
    void drawsRoutes();
    void legendAndHits();

private:
    QImage render() const;
    QPoint pixelOf(double lon, double lat) const;

    std::unique_ptr<CrewLayer> m_layer;
    MapSettings m_settings;
};

void TestCrewLayer::init()
{
    m_layer = std::make_unique<CrewLayer>();
    // 400 × 300 px at 2 m per pixel around Montpellier's Place de la Comédie.
    m_settings = MapSettings(webmercator::fromLonLat(3.8799, 43.6086), 2.0, QSize(400, 300));
}

QImage TestCrewLayer::render() const
{
    QImage image(m_settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    std::atomic<bool> cancel{false};
    m_layer->createRenderer(m_settings)->render(painter, m_settings, cancel);
    return image;
}

QPoint TestCrewLayer::pixelOf(double lon, double lat) const
{
    return m_settings.toPixel(webmercator::fromLonLat(lon, lat)).toPoint();
}

void TestCrewLayer::drawsCrewsWhereTheyAre()
{
    // Three crews at their depots, 150–200 m apart; one of them has moved (a fix).
    Crew available = crew(QStringLiteral("a"), 3.8780, 43.6086);
    Crew busy = crew(QStringLiteral("b"), 3.8820, 43.6086);
    Crew off = crew(QStringLiteral("c"), 3.8799, 43.6100);
    m_layer->setCrews({available, busy, off});
    m_layer->setActivities({{QStringLiteral("b"), CrewActivity::Busy}, {QStringLiteral("c"), CrewActivity::OffShift}});
    m_layer->setFixes({fix(QStringLiteral("a"), 3.8790, 43.6075, 1000), fix(QStringLiteral("b"), 3.8820, 43.6086, 1000)});
    const QImage image = render();

    // The body of a van is left of its centre (the cab is on the right, the letter in the middle).
    const QPoint moved = pixelOf(3.8790, 43.6075);
    QVERIFY2(close(image.pixelColor(moved + QPoint(-8, 0)), CrewLayer::activityColor(CrewActivity::Available)),
             qPrintable(image.pixelColor(moved + QPoint(-8, 0)).name()));
    const QPoint depot = pixelOf(3.8780, 43.6086); // left for the fix: nothing there
    QCOMPARE(image.pixelColor(depot + QPoint(-8, 0)), QColor(Qt::white));

    const QPoint b = pixelOf(3.8820, 43.6086);
    QVERIFY2(close(image.pixelColor(b + QPoint(-8, 0)), CrewLayer::activityColor(CrewActivity::Busy)),
             qPrintable(image.pixelColor(b + QPoint(-8, 0)).name()));

    // Off shift: hollow (white inside), grey outline at the body's left edge.
    const QPoint c = pixelOf(3.8799, 43.6100);
    QCOMPARE(image.pixelColor(c + QPoint(-8, -4)), QColor(Qt::white));
    bool outline = false;
    for (int dx = -13; dx <= -10; ++dx)
        outline |= close(image.pixelColor(c + QPoint(dx, 0)), CrewLayer::activityColor(CrewActivity::OffShift), 60);
    QVERIFY(outline);

    // At the depot (no fix): the same van, faded.
    m_layer->setCrews({crew(QStringLiteral("d"), 3.8820, 43.6086)});
    m_layer->setActivities({{QStringLiteral("d"), CrewActivity::Busy}});
    const QColor faded = render().pixelColor(b + QPoint(-8, 0));
    const QColor full = CrewLayer::activityColor(CrewActivity::Busy);
    QVERIFY2(faded.lightness() > full.lightness() + 40 && faded != QColor(Qt::white), qPrintable(faded.name()));
    QVERIFY(faded.blue() > faded.red() + 30); // still navy-tinted

    // Available and busy differ by more than colour: their status letters.
    const QImage a = CrewLayer::symbol(CrewActivity::Available);
    const QImage n = CrewLayer::symbol(CrewActivity::Busy);
    QImage recoloured = n;
    for (int y = 0; y < recoloured.height(); ++y) {
        for (int x = 0; x < recoloured.width(); ++x) {
            if (close(recoloured.pixelColor(x, y), CrewLayer::activityColor(CrewActivity::Busy), 10))
                recoloured.setPixelColor(x, y, CrewLayer::activityColor(CrewActivity::Available));
        }
    }
    QVERIFY(recoloured != a);
}

void TestCrewLayer::newestFixWins()
{
    m_layer->setCrews({crew(QStringLiteral("a"), 3.8780, 43.6086)});
    QSignalSpy repaint(m_layer.get(), &MapLayer::repaintRequested);
    m_layer->setFixes({fix(QStringLiteral("a"), 3.8790, 43.6075, 2000)});
    m_layer->setFixes({fix(QStringLiteral("a"), 3.8810, 43.6095, 1000)}); // older: ignored
    QCOMPARE(repaint.count(), 1);
    QPointF at;
    QVERIFY(m_layer->position(QStringLiteral("a"), &at));
    QCOMPARE(at, webmercator::fromLonLat(3.8790, 43.6075));
    QVERIFY(!m_layer->position(QStringLiteral("unknown"), &at));
    QVERIFY(m_layer->extent().contains(webmercator::fromLonLat(3.8790, 43.6075)));
}

void TestCrewLayer::drawsRoutes()
{
    m_layer->setCrews({crew(QStringLiteral("a"), 3.8780, 43.6086)});
    const QPointF from = webmercator::fromLonLat(3.8780, 43.6075);
    const QPointF to = webmercator::fromLonLat(3.8820, 43.6075);
    m_layer->setRoute(QStringLiteral("a"), {from, to});
    QImage image = render();
    const int y = m_settings.toPixel(from).toPoint().y();
    int blue = 0;
    for (int x = int(m_settings.toPixel(from).x()); x < int(m_settings.toPixel(to).x()); ++x)
        blue += close(image.pixelColor(x, y), QColor(0x15, 0x65, 0xc0), 50);
    QVERIFY2(blue > 30, qPrintable(QString::number(blue))); // dashed: some of the line
    m_layer->setRoute(QStringLiteral("a"), {});
    image = render();
    for (int x = int(m_settings.toPixel(from).x()); x < int(m_settings.toPixel(to).x()); ++x)
        QCOMPARE(image.pixelColor(x, y), QColor(Qt::white));
}

void TestCrewLayer::legendAndHits()
{
    Crew noDepot = crew(QStringLiteral("n"), 0, 0);
    noDepot.depotLon = noDepot.depotLat = std::numeric_limits<double>::quiet_NaN();
    m_layer->setCrews({crew(QStringLiteral("a"), 3.8780, 43.6086), crew(QStringLiteral("b"), 3.8820, 43.6086), noDepot});
    m_layer->setActivities({{QStringLiteral("b"), CrewActivity::Busy}});
    const QVector<LegendEntry> legend = m_layer->legend();
    QCOMPARE(legend.size(), 4);
    QCOMPARE(legend.at(0).count, 2); // available, the crew without position included
    QCOMPARE(legend.at(1).count, 1);
    QCOMPARE(legend.at(2).count, 0);
    for (const LegendEntry &e : legend)
        QVERIFY(!e.symbol.isNull() && !e.label.isEmpty());
    QCOMPARE(m_layer->role(), LayerRole::PointsOfInterest);

    const QPointF b = webmercator::fromLonLat(3.8820, 43.6086);
    QCOMPARE(m_layer->hitTest(b + QPointF(10, 5), 30), QStringLiteral("b"));
    QVERIFY(m_layer->hitTest(b + QPointF(200, 0), 30).isEmpty());
}

QTEST_MAIN(TestCrewLayer)
#include "tst_crewlayer.moc"
