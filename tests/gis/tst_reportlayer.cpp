// ReportLayer rendered offscreen: citizen reports as bubbles above their place, by stage
// (filled orange, hollow while a crew's job answers it, small grey once closed), with the
// badge of residents from two reporters on, the legend and hits.
#include "map/reportlayer.h"
#include "network/webmercator.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace vigie;

namespace {

bool close(QColor a, QColor b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

/// Pixels of `image` within `box` close to `color`.
int countNear(const QImage &image, const QRect &box, QColor color, int tolerance = 40)
{
    int n = 0;
    for (int y = std::max(0, box.top()); y <= std::min(image.height() - 1, box.bottom()); ++y)
        for (int x = std::max(0, box.left()); x <= std::min(image.width() - 1, box.right()); ++x)
            n += close(image.pixelColor(x, y), color, tolerance) ? 1 : 0;
    return n;
}

const QColor kOrange(0xe0, 0x6a, 0x00);
const QColor kBadge(0xb0, 0x00, 0x20);

} // namespace

class TestReportLayer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void bubblesSitAboveTheirPlace();
    void badgeFromTwoResidents();
    void stagesLookDifferent();
    void legendExtentAndHits();
    void clickOnTheBubbleSelectsItsGroup();

private:
    QImage render() const;
    QPoint pixelOf(double lon, double lat) const;
    ReportPin pin(qint64 id, double lon, double lat, ReportPinStage stage = ReportPinStage::New, int residents = 1) const;

    std::unique_ptr<ReportLayer> m_layer;
    MapSettings m_settings;
};

void TestReportLayer::init()
{
    m_layer = std::make_unique<ReportLayer>();
    m_settings = MapSettings(webmercator::fromLonLat(3.8799, 43.6086), 2.0, QSize(400, 300));
}

QImage TestReportLayer::render() const
{
    QImage image(m_settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    std::atomic<bool> cancel{false};
    m_layer->createRenderer(m_settings)->render(painter, m_settings, cancel);
    return image;
}

QPoint TestReportLayer::pixelOf(double lon, double lat) const
{
    return m_settings.toPixel(webmercator::fromLonLat(lon, lat)).toPoint();
}

ReportPin TestReportLayer::pin(qint64 id, double lon, double lat, ReportPinStage stage, int residents) const
{
    ReportPin p;
    p.id = id;
    p.position = webmercator::fromLonLat(lon, lat);
    p.category = ReportPinCategory::Lighting;
    p.stage = stage;
    p.residents = residents;
    return p;
}

void TestReportLayer::bubblesSitAboveTheirPlace()
{
    QSignalSpy repaint(m_layer.get(), &MapLayer::repaintRequested);
    m_layer->setPins({pin(1, 3.8799, 43.6086)});
    QCOMPARE(repaint.size(), 1);
    const QImage image = render();
    const QPoint at = pixelOf(3.8799, 43.6086);
    // The bubble is above the place (its tail points down to it), not below.
    QVERIFY(countNear(image, QRect(at.x() - 10, at.y() - 22, 20, 14), kOrange) > 60);
    QCOMPARE(countNear(image, QRect(at.x() - 10, at.y() + 4, 20, 14), kOrange), 0);
    // Nothing elsewhere.
    QCOMPARE(countNear(image, QRect(0, 0, 100, 100), kOrange), 0);
}

void TestReportLayer::badgeFromTwoResidents()
{
    m_layer->setPins({pin(1, 3.8799, 43.6086, ReportPinStage::New, 1)});
    const QPoint at = pixelOf(3.8799, 43.6086);
    const QRect badgeBox(at.x() + 2, at.y() - 32, 16, 16);
    QCOMPARE(countNear(render(), badgeBox, kBadge, 30), 0);
    m_layer->setPins({pin(1, 3.8799, 43.6086, ReportPinStage::New, 4)});
    QVERIFY(countNear(render(), badgeBox, kBadge, 30) > 20);
}

void TestReportLayer::stagesLookDifferent()
{
    const QPoint at = pixelOf(3.8799, 43.6086);
    const QRect bubble(at.x() - 10, at.y() - 22, 20, 16);
    m_layer->setPins({pin(1, 3.8799, 43.6086, ReportPinStage::New)});
    const int filled = countNear(render(), bubble, kOrange, 20);
    m_layer->setPins({pin(1, 3.8799, 43.6086, ReportPinStage::InProgress)});
    const int hollow = countNear(render(), bubble, kOrange, 20); // only the outline's antialiasing
    const int outline = countNear(render(), bubble, kOrange.darker(120), 20);
    m_layer->setPins({pin(1, 3.8799, 43.6086, ReportPinStage::Closed)});
    const int closed = countNear(render(), bubble, kOrange, 30);
    QVERIFY2(filled > 100, qPrintable(QString::number(filled)));
    QVERIFY2(hollow < filled / 4, qPrintable(QStringLiteral("%1 vs %2").arg(hollow).arg(filled)));
    QVERIFY2(outline > 40, qPrintable(QString::number(outline)));
    QCOMPARE(closed, 0); // grey, no longer calling for attention
}

void TestReportLayer::legendExtentAndHits()
{
    QCOMPARE(m_layer->legend().size(), 5);
    for (const LegendEntry &e : m_layer->legend())
        QVERIFY(!e.symbol.isNull() && !e.label.isEmpty());
    QVERIFY(m_layer->extent().isNull());
    m_layer->setPins({pin(7, 3.8799, 43.6086), pin(9, 3.8810, 43.6090)});
    QVERIFY(m_layer->extent().contains(webmercator::fromLonLat(3.8805, 43.6088)));
    QCOMPARE(m_layer->hitTest(webmercator::fromLonLat(3.8799, 43.6086) + QPointF(3, 3), 10), qint64(7));
    QCOMPARE(m_layer->hitTest(webmercator::fromLonLat(3.8810, 43.6090), 10), qint64(9));
    QCOMPARE(m_layer->hitTest(webmercator::fromLonLat(3.8700, 43.6000), 10), qint64(0));
    m_layer->setPins({});
    QVERIFY(m_layer->pins().isEmpty());
}

void TestReportLayer::clickOnTheBubbleSelectsItsGroup()
{
    // Two pins 2 m apart (1 px at 2 m/px): the busier is drawn on top, so it is the one hit.
    ReportPin quiet = pin(7, 3.8799, 43.6086);
    ReportPin busy = pin(9, 3.8799, 43.6086);
    busy.position += QPointF(2, 0);
    busy.residents = 4;
    m_layer->setPins({busy, quiet});
    QSignalSpy clicked(m_layer.get(), &ReportLayer::pinClicked);
    const QPointF tip = m_settings.toPixel(quiet.position);
    QVERIFY(m_layer->click(tip - QPointF(0, 14), m_settings)); // the bubble's body, above the place
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().at(0).toLongLong(), qint64(9));
    // Beside or below the bubble: not taken, the canvas picks assets there.
    QVERIFY(!m_layer->click(tip + QPointF(30, 0), m_settings));
    QVERIFY(!m_layer->click(tip + QPointF(0, 8), m_settings));
    QCOMPARE(clicked.count(), 1);
    // Closed pins are smaller: the same offset from a closed one's place misses its top.
    quiet.stage = ReportPinStage::Closed;
    m_layer->setPins({quiet});
    QCOMPARE(m_layer->pinAt(tip - QPointF(0, 14), m_settings), qint64(7));
    QCOMPARE(m_layer->pinAt(tip - QPointF(0, 26), m_settings), qint64(0));
}

QTEST_MAIN(TestReportLayer)
#include "tst_reportlayer.moc"
