// Offscreen GUI tests of the map: the Montpellier pack loaded through the store, rendered,
// with live status colours where the assets lie; coalesced live refreshes; picking; keys.
#include <algorithm>
#include "domain/livestate.h"
#include "io/cityloader.h"
#include "map/assetlayer.h"
#include "map/citymap.h"
#include "map/layertreemodel.h"
#include "map/mapcanvas.h"
#include "map/symbology.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;

namespace {

bool near(QColor a, QColor b, int tolerance = 12)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
           && std::abs(a.blue() - b.blue()) <= tolerance;
}

/// Whether a pixel within one pixel of `at` has colour `c` (a neighbour's outline may
/// cross the very centre of a marker).
bool colourAround(const QImage &image, QPoint at, QColor c)
{
    for (int dx = -1; dx <= 1; ++dx) {
        for (int dy = -1; dy <= 1; ++dy) {
            if (image.rect().contains(at + QPoint(dx, dy)) && near(image.pixelColor(at + QPoint(dx, dy)), c))
                return true;
        }
    }
    return false;
}

AssetState lamp(const char *status, const char *power)
{
    AssetState s;
    s.status = QLatin1String(status);
    s.powerState = QLatin1String(power);
    s.lastSeenMs = QDateTime::currentMSecsSinceEpoch();
    s.lastObservedMs = s.lastSeenMs;
    return s;
}

} // namespace

/// A canvas showing `map`, on screen (offscreen platform) at `size`.
std::unique_ptr<MapCanvas> showCanvas(CityMap &map, QSize size)
{
    auto canvas = std::make_unique<MapCanvas>();
    canvas->resize(size);
    canvas->setLayers(map.layers());
    canvas->show();
    if (!QTest::qWaitForWindowExposed(canvas.get()))
        qWarning("the canvas was not exposed");
    return canvas;
}

class TestMapCanvas : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void secondLoadUsesTheCache();
    void mapSettingsMath();
    void renderShowsStatusColoursWhereAssetsLie();
    void liveChangesRerenderOnlyTheLiveLayerAndAreCoalesced();
    void clickSelectsTheAssetUnderTheCursor();
    void shiftDragSelectsEveryAssetInTheRubberBand();
    void keyboardNavigation();
    void layerTreeTogglesVisibility();

private:
    QTemporaryDir m_dir;
    QString m_store;
    LoadedCity m_city;
};

void TestMapCanvas::initTestCase()
{
    auto pack = CityPack::load(QStringLiteral(CITIES_DIR "/montpellier"));
    QVERIFY(pack.ok());
    m_store = m_dir.filePath(QStringLiteral("montpellier.sqlite"));
    QStringList stages;
    auto city = loadCity(pack.value(), m_store, [&](const QString &stage, int) { stages << stage; });
    QVERIFY2(city.ok(), qPrintable(city.ok() ? QString() : city.error().message));
    m_city = std::move(city).value();
    QVERIFY(m_city.imported);
    QVERIFY(stages.contains(QStringLiteral("import")));
    QCOMPARE(m_city.directory->size(), 29969 + 69);
    QCOMPARE(m_city.vectors.value(QStringLiteral("voies"))->features.size(), 8011);
}

void TestMapCanvas::secondLoadUsesTheCache()
{
    auto again = loadCity(m_city.pack, m_store);
    QVERIFY(again.ok());
    QVERIFY(!again->imported);
    QCOMPARE(again->directory->size(), m_city.directory->size());
    QCOMPARE(again->assets.value(QStringLiteral("eclairage"))->positions,
             m_city.assets.value(QStringLiteral("eclairage"))->positions);
}

void TestMapCanvas::mapSettingsMath()
{
    const MapSettings s(QPointF(431000, 5404000), 2.5, QSize(800, 600));
    const QPointF map(431250, 5403900);
    QCOMPARE(s.toMap(s.toPixel(map)), map);
    QCOMPARE(s.toPixel(s.center()), QPointF(400, 300));
    QCOMPARE(s.mapToPixel().map(map), s.toPixel(map));
    const QPointF anchor(123, 456);
    const MapSettings z = s.zoomed(2.0, anchor);
    QCOMPARE(z.resolution(), 1.25);
    QVERIFY((z.toMap(anchor) - s.toMap(anchor)).manhattanLength() < 1e-6);
    const MapSettings p = s.panned(QPointF(10, -20));
    QCOMPARE(p.toPixel(map), s.toPixel(map) + QPointF(10, -20));
}

void TestMapCanvas::renderShowsStatusColoursWhereAssetsLie()
{
    CityMap cityMap(m_city, QStringLiteral("fr"));
    auto owned = showCanvas(cityMap, QSize(1000, 800));
    MapCanvas &canvas = *owned;
    canvas.zoomToFullExtent();

    // 2 000 lamps lit, 500 out of order, the rest without data yet.
    const AssetLayerDataPtr data = m_city.assets.value(QStringLiteral("eclairage"));
    StateDelta delta;
    for (int i = 0; i < 2500; ++i) {
        delta.assetIndexes << data->firstIndex + i * 11;
        delta.states << (i < 2000 ? lamp("ok", "on") : lamp("defectiveLamp", "off"));
    }
    cityMap.applyDelta(delta);
    QCOMPARE(cityMap.live().condition(data->firstIndex), AssetCondition::LightOn);

    const QImage image = canvas.renderToImage();
    int lit = 0, faulty = 0;
    for (int i = 0; i < 2500; ++i) {
        const QPointF px = canvas.settings().toPixel(data->positions.at(i * 11));
        if (!QRectF(QPointF(0, 0), canvas.settings().outputSize()).contains(px))
            continue;
        if (i < 2000)
            lit += colourAround(image, px.toPoint(), symbology::fillColor(AssetCondition::LightOn));
        else
            faulty += colourAround(image, px.toPoint(), symbology::fillColor(AssetCondition::Fault));
    }
    // Markers overlap at city scale and faults are drawn on top, so not every lit lamp shows.
    QVERIFY2(lit > 1000, qPrintable(QString::number(lit)));
    QVERIFY2(faulty > 450, qPrintable(QString::number(faulty)));
    // Away from the city, the map is background: colours are where the assets are, not everywhere.
    QVERIFY(near(image.pixelColor(2, 2), symbology::background(), 2));
}

void TestMapCanvas::liveChangesRerenderOnlyTheLiveLayerAndAreCoalesced()
{
    CityMap cityMap(m_city, QStringLiteral("en"));
    auto owned = showCanvas(cityMap, QSize(800, 600));
    MapCanvas &canvas = *owned;
    canvas.zoomToFullExtent();
    QSignalSpy finished(&canvas, &MapCanvas::renderingFinished);
    QTRY_VERIFY_WITH_TIMEOUT(!canvas.isRendering(), 10000);

    QSignalSpy rendered(&canvas, &MapCanvas::layerRendered);
    const AssetLayerDataPtr data = m_city.assets.value(QStringLiteral("eclairage"));
    // 50 deltas in a burst, as ingest would publish over 5 seconds.
    for (int k = 0; k < 50; ++k) {
        StateDelta delta;
        delta.assetIndexes << data->firstIndex + k;
        delta.states << lamp("ok", k % 2 ? "on" : "off");
        cityMap.applyDelta(delta);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!rendered.isEmpty() && !canvas.isRendering(), 10000);
    QStringList ids;
    for (const QList<QVariant> &args : std::as_const(rendered))
        ids << args.at(0).toString();
    QVERIFY2(!ids.contains(QStringLiteral("voies")), qPrintable(ids.join(QLatin1Char(','))));
    QVERIFY(ids.contains(QStringLiteral("eclairage")));
    QVERIFY2(ids.count(QStringLiteral("eclairage")) <= 2, qPrintable(ids.join(QLatin1Char(','))));
}

void TestMapCanvas::clickSelectsTheAssetUnderTheCursor()
{
    CityMap cityMap(m_city, QStringLiteral("fr"));
    auto owned = showCanvas(cityMap, QSize(800, 600));
    MapCanvas &canvas = *owned;
    const AssetLayerDataPtr bins = m_city.assets.value(QStringLiteral("points-recyclage"));
    // Zoom close to one recycling point so that it is the only asset nearby.
    canvas.centerOn(bins->positions.at(3), 0.5);
    QSignalSpy selected(&canvas, &MapCanvas::assetSelected);
    const QPoint px = canvas.settings().toPixel(bins->positions.at(3)).toPoint();
    QTest::mouseClick(canvas.viewport(), Qt::LeftButton, {}, px + QPoint(3, -2));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).at(0).toInt(), bins->firstIndex + 3);
    QCOMPARE(canvas.selectedAsset(), bins->firstIndex + 3);
    QTest::keyClick(&canvas, Qt::Key_Escape);
    QCOMPARE(canvas.selectedAsset(), -1);
}

void TestMapCanvas::shiftDragSelectsEveryAssetInTheRubberBand()
{
    CityMap cityMap(m_city, QStringLiteral("fr"));
    auto owned = showCanvas(cityMap, QSize(800, 600));
    MapCanvas &canvas = *owned;
    const AssetLayerDataPtr lamps = m_city.assets.value(QStringLiteral("eclairage"));
    QVERIFY(lamps);
    canvas.centerOn(lamps->positions.at(100), 1.0);
    const QPoint from(250, 150), to(550, 450);
    const QRectF map = QRectF(canvas.settings().toMap(from), canvas.settings().toMap(to)).normalized();
    // Independent count: every asset of every layer whose position lies in the band.
    QVector<qint32> expected;
    for (const AssetLayerDataPtr &layer : std::as_const(m_city.assets))
        for (int i = 0; i < layer->positions.size(); ++i)
            if (map.contains(layer->positions.at(i)))
                expected << qint32(layer->firstIndex + i);
    std::sort(expected.begin(), expected.end());
    QVERIFY(expected.size() > 3);

    const QPointF fromMap = canvas.settings().toMap(from);
    QSignalSpy selected(&canvas, &MapCanvas::assetsSelected);
    QTest::mousePress(canvas.viewport(), Qt::LeftButton, Qt::ShiftModifier, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), canvas.viewport()->mapToGlobal(QPointF(to)), Qt::NoButton,
                     Qt::LeftButton, Qt::ShiftModifier);
    QCoreApplication::sendEvent(canvas.viewport(), &move);
    QTest::mouseRelease(canvas.viewport(), Qt::LeftButton, Qt::ShiftModifier, to);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).at(0).value<QVector<qint32>>(), expected);
    // The view did not pan.
    QCOMPARE(canvas.settings().toMap(from), fromMap);
}

void TestMapCanvas::keyboardNavigation()
{
    CityMap cityMap(m_city, QStringLiteral("fr"));
    auto owned = showCanvas(cityMap, QSize(800, 600));
    MapCanvas &canvas = *owned;
    canvas.zoomToFullExtent();
    const MapSettings full = canvas.settings();
    QVERIFY(full.extent().contains(canvas.fullExtent().center()));
    QTest::keyClick(&canvas, Qt::Key_Plus);
    QCOMPARE(canvas.settings().resolution(), full.resolution() / 2);
    QTest::keyClick(&canvas, Qt::Key_Left);
    QVERIFY(canvas.settings().center().x() < full.center().x());
    QTest::keyClick(&canvas, Qt::Key_Home);
    QCOMPARE(canvas.settings().resolution(), full.resolution());
    QCOMPARE(canvas.settings().center(), full.center());
}

void TestMapCanvas::layerTreeTogglesVisibility()
{
    CityMap cityMap(m_city, QStringLiteral("fr"));
    LayerTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLayers(cityMap.legendLayers());
    QCOMPARE(model.rowCount(), cityMap.layers().size() - 1); // the label layer is not listed
    // Top row is the top layer: the containers, drawn above the street lights.
    QCOMPARE(model.layer(model.index(0, 0))->id(), QStringLiteral("points-recyclage"));
    const QModelIndex lightsRow = model.index(1, 0);
    QCOMPARE(model.data(lightsRow, Qt::DisplayRole).toString(), QStringLiteral("Éclairage public"));
    QCOMPARE(model.rowCount(lightsRow), assetConditions(AssetKind::Streetlight).size());
    const QModelIndex noData = model.index(model.rowCount(lightsRow) - 1, 0, lightsRow);
    QVERIFY(model.data(noData, Qt::DisplayRole).toString().remove(QRegularExpression(QStringLiteral("[^0-9]"))).endsWith(QStringLiteral("29969")));

    QVERIFY(model.setData(lightsRow, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!model.layer(lightsRow)->isVisible());
    QCOMPARE(model.data(lightsRow, Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

    // Counts in the legend follow the live state.
    StateDelta delta;
    delta.assetIndexes << m_city.assets.value(QStringLiteral("eclairage"))->firstIndex;
    delta.states << lamp("brokenLantern", "off");
    cityMap.applyDelta(delta);
    bool found = false;
    for (int r = 0; r < model.rowCount(lightsRow); ++r)
        found |= model.data(model.index(r, 0, lightsRow), Qt::DisplayRole).toString().endsWith(QStringLiteral("(1)"));
    QVERIFY(found);
}

QTEST_MAIN(TestMapCanvas)
#include "tst_mapcanvas.moc"
