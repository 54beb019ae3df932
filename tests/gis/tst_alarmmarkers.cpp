// Alarm marks on the map: the marker-code bits of LiveState (condition in bits 0–4, stale
// and alarm flags above, kept apart by every update) and the renderer's choice, checked on
// rendered pixels: a thick red triangle for an unhandled alarm, a thin slate-blue square
// for a handled one, nothing for none; and the legend lines with their counts.
#include "domain/livestate.h"
#include "map/assetlayer.h"
#include "map/mapsettings.h"
#include "map/symbology.h"

#include <QDateTime>
#include <QPainter>
#include <QTest>

using namespace vigie;

namespace {

enum class Hue { Red, Blue };

/// Red as the unhandled mark (even antialiased on white), or slate blue as the handled one;
/// the grey "no data" marker and the white halo are neither.
bool isHue(QColor c, Hue hue)
{
    return hue == Hue::Red ? c.red() > c.green() + 60 && c.red() > c.blue() + 60
                           : c.blue() > c.red() + 30 && c.blue() > c.green() + 10;
}

/// Pixels of `hue` within `radius` of `centre`, outside `inner` of it (Chebyshev distance).
int countColour(const QImage &image, QPoint centre, int inner, int radius, Hue c)
{
    int n = 0;
    for (int y = centre.y() - radius; y <= centre.y() + radius; ++y) {
        for (int x = centre.x() - radius; x <= centre.x() + radius; ++x) {
            const int dx = x - centre.x(), dy = y - centre.y();
            if (std::max(std::abs(dx), std::abs(dy)) < inner || !image.rect().contains(x, y))
                continue;
            n += isHue(image.pixelColor(x, y), c);
        }
    }
    return n;
}

AssetDirectoryPtr directory(int n)
{
    QVector<AssetRecord> records;
    for (int i = 0; i < n; ++i) {
        AssetRecord r;
        r.kind = AssetKind::WasteContainer;
        r.ref = QString::number(i);
        r.id = assetUrn(r.kind, QStringLiteral("t"), r.ref);
        records << r;
    }
    return std::make_shared<const AssetDirectory>(records);
}

} // namespace

class TestAlarmMarkers : public QObject
{
    Q_OBJECT

private slots:
    void markerBitsStayApart();
    void rendererDrawsTheMarkOfEachAsset();
    void legendCountsMarks();
};

void TestAlarmMarkers::markerBitsStayApart()
{
    // Every condition fits under the mask, clear of the flags.
    QVERIFY(kAssetConditionCount - 1 <= kConditionMask);
    QCOMPARE(kConditionMask & (kStaleMarker | kAlarmMarkers), 0);
    const quint8 code = quint8(AssetCondition::Full) | kStaleMarker | kAlarmHandledMarker;
    QCOMPARE(markerCondition(code), AssetCondition::Full);
    QCOMPARE(markerAlarm(code), AlarmMark::Handled);
    QCOMPARE(markerAlarm(quint8(AssetCondition::Silent) | kAlarmUnhandledMarker), AlarmMark::Unhandled);
    QCOMPARE(markerAlarm(quint8(AssetCondition::Fault)), AlarmMark::None);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    LiveState live(directory(3), {}, now);
    QCOMPARE(live.setAlarmMarks({0, 2, 7, -1}, {AlarmMark::Unhandled, AlarmMark::Handled, AlarmMark::Unhandled, AlarmMark::Handled}),
             (QVector<qint32>{0, 2})); // out-of-range indexes ignored
    QCOMPARE(live.alarmMark(0), AlarmMark::Unhandled);
    QCOMPARE(live.alarmMark(1), AlarmMark::None);
    QCOMPARE(live.condition(0), AssetCondition::NoData);
    QVERIFY(live.setAlarmMarks({0}, {AlarmMark::Unhandled}).isEmpty()); // no change, not reported

    // A state update changes the condition and keeps the alarm bits.
    AssetState full;
    full.fillingLevel = 0.95;
    full.fillingLevelAtMs = now;
    full.lastSeenMs = now;
    full.lastObservedMs = now;
    StateDelta d;
    d.assetIndexes = {0, 2};
    d.states = {full, full};
    QCOMPARE(live.apply(d, now), (QVector<qint32>{0, 2}));
    QCOMPARE(live.condition(0), AssetCondition::Full);
    QCOMPARE(live.alarmMark(0), AlarmMark::Unhandled);
    QCOMPARE(live.alarmMark(2), AlarmMark::Handled);
    QVERIFY(live.reevaluate(now).isEmpty());
    QCOMPARE(live.alarmMark(2), AlarmMark::Handled);
    // Handled → unhandled replaces the bit, never both.
    live.setAlarmMarks({2}, {AlarmMark::Unhandled});
    QCOMPARE(live.conditions().at(2) & kAlarmMarkers, kAlarmUnhandledMarker);
    live.setAlarmMarks({2}, {AlarmMark::None});
    QCOMPARE(live.conditions().at(2), quint8(AssetCondition::Full));
}

void TestAlarmMarkers::rendererDrawsTheMarkOfEachAsset()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    LiveState live(directory(3), {}, now);
    live.setAlarmMarks({0, 1}, {AlarmMark::Unhandled, AlarmMark::Handled});
    auto data = std::make_shared<AssetLayerData>();
    data->kind = AssetKind::WasteContainer;
    data->positions = {QPointF(-100, 0), QPointF(0, 0), QPointF(100, 0)};
    data->extent = QRectF(-100, -1, 200, 2);
    AssetLayer layer(QStringLiteral("bins"), QStringLiteral("Bins"), data, &live);

    // 1 m per pixel: the assets are 100 px apart, centred at (50, 60), (150, 60), (250, 60).
    const MapSettings settings(QPointF(0, 0), 1.0, QSize(300, 120), 1.0);
    QImage image(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        std::atomic<bool> cancel{false};
        layer.createRenderer(settings)->render(painter, settings, cancel);
    }
    QVERIFY(isHue(symbology::alarmMarkColor(AlarmMark::Unhandled), Hue::Red));
    QVERIFY(isHue(symbology::alarmMarkColor(AlarmMark::Handled), Hue::Blue));
    const Hue red = Hue::Red;
    const Hue blue = Hue::Blue;
    const int inner = symbology::markerSize(1.0) / 2 + 3; // outside the asset's own marker
    const QPoint a0 = settings.toPixel(QPointF(-100, 0)).toPoint();
    const QPoint a1 = settings.toPixel(QPointF(0, 0)).toPoint();
    const QPoint a2 = settings.toPixel(QPointF(100, 0)).toPoint();
    const int redAt0 = countColour(image, a0, inner, 20, red);
    const int blueAt1 = countColour(image, a1, inner, 20, blue);
    QVERIFY2(redAt0 > 60, qPrintable(QString::number(redAt0)));   // thick triangle
    QVERIFY2(blueAt1 > 20, qPrintable(QString::number(blueAt1))); // thin square
    QVERIFY(blueAt1 < redAt0);                                    // thinner than the unhandled one
    QCOMPARE(countColour(image, a0, inner, 20, blue), 0);
    QCOMPARE(countColour(image, a1, inner, 20, red), 0);
    QCOMPARE(countColour(image, a2, inner, 20, red) + countColour(image, a2, inner, 20, blue), 0);
    // The shapes differ, not only the colour: the unhandled mark has a point above the asset
    // (triangle apex) and none at the corners below it; the square has its corners.
    QVERIFY(countColour(image, a0 + QPoint(0, -14), 0, 2, red) > 0);
    QVERIFY(countColour(image, a1 + QPoint(9, 9), 0, 2, blue) > 0);
}

void TestAlarmMarkers::legendCountsMarks()
{
    LiveState live(directory(4), {}, QDateTime::currentMSecsSinceEpoch());
    auto data = std::make_shared<AssetLayerData>();
    data->kind = AssetKind::WasteContainer;
    data->positions = {QPointF(0, 0), QPointF(1, 0), QPointF(2, 0), QPointF(3, 0)};
    AssetLayer layer(QStringLiteral("bins"), QStringLiteral("Bins"), data, &live);
    const int plain = int(layer.legend().size());
    live.setAlarmMarks({0, 1, 3}, {AlarmMark::Unhandled, AlarmMark::Unhandled, AlarmMark::Handled});
    const QVector<LegendEntry> legend = layer.legend();
    QCOMPARE(legend.size(), plain + 2);
    QCOMPARE(legend.at(0).label, symbology::alarmMarkLabel(AlarmMark::Unhandled));
    QCOMPARE(legend.at(0).count, 2);
    QVERIFY(!legend.at(0).symbol.isNull());
    QCOMPARE(legend.at(1).count, 1);
    // The conditions still count every asset.
    int assets = 0;
    for (int i = 2; i < legend.size(); ++i)
        assets += legend.at(i).count;
    QCOMPARE(assets, 4);
}

QTEST_MAIN(TestAlarmMarkers)
#include "tst_alarmmarkers.moc"
