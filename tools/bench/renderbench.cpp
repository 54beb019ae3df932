// vigie-bench-render: how long the map takes to render Montpellier's layers, and what a
// live update costs the GUI thread. A benchmark, not a test (docs/performance.md).
//
// It loads the city pack into a temporary store (as the app does), builds the map layers,
// then for three views of a 1400×900 canvas — the whole city, a district (5 m/px), a street
// (0.8 m/px) — renders each layer `--repeat` times on this thread, as a render worker does,
// and prints the median and the 95th percentile per layer. Then it measures the GUI-thread
// part of a live update: CityMap::applyDelta of 1 000 changed lamps (conditions, legend
// counts) and the asset layer's snapshot, then the asset layer's render of the result.
#include "io/cityloader.h"
#include "map/citymap.h"
#include "map/maplayer.h"
#include "map/mapsettings.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace vigie;

namespace {

struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(std::min(ms.size() - 1, ms.size() * 95 / 100))};
}

/// Renders `layer` for `settings` `repeat` times into a fresh image each time (milliseconds).
Stats renderTimes(const MapLayer &layer, const MapSettings &settings, int repeat)
{
    std::vector<double> ms;
    const std::atomic<bool> cancel{false};
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer clock;
        clock.start();
        auto renderer = layer.createRenderer(settings);
        QImage image(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer->render(painter, settings, cancel);
        painter.end();
        ms.push_back(clock.nsecsElapsed() / 1e6);
    }
    return stats(ms);
}

StateDelta lampDelta(const AssetDirectory &directory, int count, int round)
{
    StateDelta delta;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0, n = 0; i < directory.size() && n < count; ++i) {
        if (directory.at(i).kind != AssetKind::Streetlight || (i * 7919 + round) % 29 != 0)
            continue;
        AssetState s;
        s.status = (n % 50 == 0) ? QStringLiteral("defectiveLamp") : QStringLiteral("ok");
        s.powerState = (n + round) % 2 ? QStringLiteral("on") : QStringLiteral("off");
        s.lastSeenMs = s.lastObservedMs = now;
        delta.assetIndexes << i;
        delta.states << s;
        ++n;
    }
    return delta;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Map rendering benchmark (docs/performance.md)"));
    parser.addHelpOption();
    const QCommandLineOption city(QStringLiteral("city"), QStringLiteral("City pack folder."), QStringLiteral("folder"),
                                  QStringLiteral(VIGIE_CITIES_SOURCE_DIR "/montpellier"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Renders per layer and view."),
                                    QStringLiteral("n"), QStringLiteral("30"));
    parser.addOptions({city, repeat});
    parser.process(app);
    const int n = qMax(3, parser.value(repeat).toInt());

    auto pack = CityPack::load(parser.value(city));
    if (!pack) {
        std::fprintf(stderr, "vigie-bench-render: %s\n", qPrintable(pack.error().message));
        return 1;
    }
    QTemporaryDir dir;
    auto loaded = loadCity(pack.value(), dir.filePath(QStringLiteral("bench.sqlite")));
    if (!loaded) {
        std::fprintf(stderr, "vigie-bench-render: %s\n", qPrintable(loaded.error().message));
        return 1;
    }
    CityMap map(loaded.value(), QStringLiteral("en"));
    // Half the lamps reported, so markers of several conditions are drawn.
    map.applyDelta(lampDelta(map.directory(), 15000, 0));

    const QSize size(1400, 900);
    QRectF extent;
    for (const MapLayer *layer : map.layers())
        extent = extent.united(layer->extent());
    const MapSettings whole = MapSettings::fitting(extent, size);
    const struct { const char *name; MapSettings settings; } views[] = {
        {"whole city", whole},
        {"district (5 m/px)", MapSettings(whole.center(), 5.0, size)},
        {"street (0.8 m/px)", MapSettings(whole.center(), 0.8, size)},
    };
    std::printf("city %s: %d assets; 1400x900 px; %d renders per layer and view; milliseconds\n",
                qPrintable(pack->id), map.directory().size(), n);
    std::printf("| view | resolution m/px | layer | median | p95 |\n|---|---|---|---|---|\n");
    for (const auto &view : views) {
        double total = 0;
        for (const MapLayer *layer : map.layers()) {
            const Stats s = renderTimes(*layer, view.settings, n);
            total += s.median;
            std::printf("| %s | %.1f | %s | %.1f | %.1f |\n", view.name, view.settings.resolution(),
                        qPrintable(layer->id()), s.median, s.p95);
        }
        std::printf("| %s | %.1f | **all layers, one after the other** | %.1f | |\n", view.name,
                    view.settings.resolution(), total);
    }

    // A live update: GUI-thread work, then the asset layer alone.
    const MapLayer *lights = nullptr;
    for (const MapLayer *layer : map.layers()) {
        if (layer->id() == QLatin1String("eclairage"))
            lights = layer;
    }
    std::vector<double> apply;
    std::vector<double> snapshot;
    for (int round = 1; round <= n; ++round) {
        const StateDelta delta = lampDelta(map.directory(), 1000, round);
        QElapsedTimer clock;
        clock.start();
        map.applyDelta(delta);
        for (const MapLayer *layer : map.layers())
            layer->legend();
        apply.push_back(clock.nsecsElapsed() / 1e6);
        clock.restart();
        if (lights)
            lights->createRenderer(whole);
        snapshot.push_back(clock.nsecsElapsed() / 1e6);
    }
    const Stats a = stats(apply);
    const Stats s = stats(snapshot);
    std::printf("\nlive update of 1000 lamps, GUI thread: applyDelta + legends median %.2f ms (p95 %.2f); "
                "asset-layer snapshot median %.3f ms (p95 %.3f)\n", a.median, a.p95, s.median, s.p95);
    if (lights) {
        const Stats r = renderTimes(*lights, whole, n);
        std::printf("then the street-light layer alone renders on a worker: median %.1f ms (p95 %.1f), whole city\n",
                    r.median, r.p95);
    }
    return 0;
}
