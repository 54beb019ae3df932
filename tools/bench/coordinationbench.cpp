// vigie-bench-coordination: the five coordination rules over a synthetic city of 30 000 lamps,
// 1 000 works zones, 1 000 containers and 50 rounds (issue 6 targets: full recompute < 200 ms,
// one changed asset or works zone re-evaluated in < 5 ms). Figures: docs/performance.md.
//
// Usage: vigie-bench-coordination [--lamps N] [--zones N] [--containers N] [--rounds N] [--seed S]
#include "coordination/coordinationengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <random>

using namespace vigie;

namespace {

void put(QByteArray &b, quint32 v) { b.append(reinterpret_cast<const char *>(&v), 4); }
void put(QByteArray &b, double v) { b.append(reinterpret_cast<const char *>(&v), 8); }

QByteArray rectangleWkb(const LocalFrame &frame, double x0, double y0, double x1, double y1)
{
    const QPointF ring[] = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
    QByteArray b;
    b.append(char(1));
    put(b, quint32(3));
    put(b, quint32(1));
    put(b, quint32(5));
    for (const QPointF &p : ring) {
        const QPointF ll = frame.toLonLat(p);
        put(b, ll.x());
        put(b, ll.y());
    }
    return b;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption lampsOpt(QStringLiteral("lamps"), QStringLiteral("Lamps."), QStringLiteral("n"), QStringLiteral("30000"));
    const QCommandLineOption zonesOpt(QStringLiteral("zones"), QStringLiteral("Works zones."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption containersOpt(QStringLiteral("containers"), QStringLiteral("Containers."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"), QStringLiteral("Rounds."), QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("s"), QStringLiteral("6"));
    parser.addOptions({lampsOpt, zonesOpt, containersOpt, roundsOpt, seedOpt});
    parser.process(app);
    const int lampCount = parser.value(lampsOpt).toInt(), zoneCount = parser.value(zonesOpt).toInt();
    const int containerCount = parser.value(containersOpt).toInt(), roundCount = parser.value(roundsOpt).toInt();
    std::mt19937 rng(parser.value(seedOpt).toUInt());
    QTextStream out(stdout);

    // A 10 km × 10 km city around Paris's centre; now = Tue 2018-12-18 12:00 Paris.
    const LocalFrame frame(2.3488, 48.8534);
    const QTimeZone zone("Europe/Paris");
    const qint64 now = QDateTime(QDate(2018, 12, 18), QTime(12, 0), zone).toMSecsSinceEpoch();
    constexpr double kSide = 10000;
    constexpr qint64 kDay = 86400000;
    std::uniform_real_distribution<double> coord(0, kSide);

    QVector<WorksZone> zones;
    std::uniform_real_distribution<double> size(15, 150);
    std::uniform_int_distribution<int> impact(1, 4), startDay(-20, 10), length(1, 60);
    for (int i = 0; i < zoneCount; ++i) {
        WorksZone z;
        z.id = QStringLiteral("W%1").arg(i);
        const double x = coord(rng), y = coord(rng), w = size(rng), h = size(rng) / 4;
        z.wkb = rectangleWkb(frame, x, y, x + w, y + h);
        z.startMs = now + startDay(rng) * kDay;
        z.endMs = z.startMs + length(rng) * kDay;
        z.impact = TrafficImpact(impact(rng));
        z.owner = QStringLiteral("Bench");
        zones.append(z);
    }
    QVector<CoordinationAsset> assets;
    std::bernoulli_distribution darkDraw(0.05);
    std::uniform_int_distribution<int> darkHours(0, 24 * 30);
    for (int i = 0; i < lampCount; ++i) {
        CoordinationAsset a;
        a.index = i;
        a.id = QStringLiteral("urn:ngsi-ld:Streetlight:bench:%1").arg(i);
        a.kind = AssetKind::Streetlight;
        const QPointF ll = frame.toLonLat({coord(rng), coord(rng)});
        a.lon = ll.x();
        a.lat = ll.y();
        a.dark = darkDraw(rng);
        a.darkSinceMs = now - darkHours(rng) * 3600000LL;
        assets.append(a);
    }
    // Some clusters of lamps dark right after a zone started (the cable-cut case).
    for (int i = 0; i < zoneCount / 10; ++i) {
        const WorksZone &z = zones[i];
        if (z.startMs > now)
            continue;
        for (int k = 0; k < 4; ++k) {
            CoordinationAsset &a = assets[(i * 37 + k) % lampCount];
            a.dark = true;
            a.darkSinceMs = z.startMs + 3600000;
        }
    }
    // Containers belong to rounds that serve one neighbourhood each (a cell of a grid over the
    // city), visited west to east: what a real round looks like, and what keeps a round's legs
    // short. Random legs across the whole city would make every round cross every zone.
    std::uniform_real_distribution<double> fill(0, 1), rate(0.02, 0.3), unit(0, 1);
    const int cells = std::max(1, int(std::ceil(std::sqrt(double(std::max(1, roundCount))))));
    const double cell = kSide / cells;
    QVector<CollectionRound> rounds;
    const int perRound = std::max(1, containerCount / std::max(1, roundCount));
    for (int r = 0; r < roundCount; ++r) {
        CollectionRound round;
        round.id = QStringLiteral("R%1").arg(r);
        round.label = round.id;
        round.schedule.daysOfWeek = quint8(0b0001001 << (r % 3));
        round.schedule.startMinutes = 6 * 60;
        const double cx = (r % cells) * cell, cy = (r / cells) * cell;
        QVector<QPointF> stops;
        for (int k = 0; k < perRound && r * perRound + k < containerCount; ++k)
            stops.append({cx + unit(rng) * cell, cy + unit(rng) * cell});
        std::sort(stops.begin(), stops.end(), [](QPointF a, QPointF b) { return a.x() < b.x(); });
        for (const QPointF &p : stops) {
            CoordinationAsset a;
            a.index = int(assets.size());
            a.id = QStringLiteral("urn:ngsi-ld:WasteContainer:bench:%1").arg(a.index - lampCount);
            a.kind = AssetKind::WasteContainer;
            const QPointF ll = frame.toLonLat(p);
            a.lon = ll.x();
            a.lat = ll.y();
            a.fill = {fill(rng), now, rate(rng)};
            assets.append(a);
            round.containerIds.append(a.id);
            round.path.append(ll);
        }
        rounds.append(round);
    }
    while (assets.size() < lampCount + containerCount) { // containers on no round
        CoordinationAsset a;
        a.index = int(assets.size());
        a.id = QStringLiteral("urn:ngsi-ld:WasteContainer:bench:%1").arg(a.index - lampCount);
        a.kind = AssetKind::WasteContainer;
        const QPointF ll = frame.toLonLat({coord(rng), coord(rng)});
        a.lon = ll.x();
        a.lat = ll.y();
        a.fill = {fill(rng), now, rate(rng)};
        assets.append(a);
    }
    QVector<PlannedWork> planned;
    for (int i = 0; i < 200; ++i) {
        const QPointF ll = frame.toLonLat({coord(rng), coord(rng)});
        planned.append({i + 1, QStringLiteral("lighting"), QStringLiteral("Bench"), ll.x(), ll.y(), now + (i % 7) * kDay,
                        now + (i % 7) * kDay + 4 * 3600000});
    }

    CoordinationEngine engine(frame, zone);
    engine.setNow(now);
    QElapsedTimer t;
    t.start();
    engine.setAssets(assets);
    engine.setWorks(zones);
    engine.setRounds(rounds);
    engine.setPlannedWorks(planned);
    const double loadMs = double(t.nsecsElapsed()) / 1e6;

    std::vector<double> full;
    int items = 0;
    for (int i = 0; i < 7; ++i) {
        engine.setWorks(zones); // a cold recompute each time: every item is rebuilt
        t.restart();
        engine.recompute();
        full.push_back(double(t.nsecsElapsed()) / 1e6);
        items = engine.itemCount();
    }

    std::vector<double> assetMs, containerMs, zoneMs;
    std::uniform_int_distribution<int> pickLamp(0, lampCount - 1), pickContainer(0, containerCount - 1), pickZone(0, zoneCount - 1);
    for (int i = 0; i < 2000; ++i) {
        CoordinationAsset a = assets[pickLamp(rng)];
        a.dark = !a.dark;
        a.darkSinceMs = now - 3600000;
        t.restart();
        engine.updateAsset(a);
        assetMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    for (int i = 0; i < 500; ++i) {
        CoordinationAsset a = assets[lampCount + pickContainer(rng)];
        a.fill.fillRatio = fill(rng);
        t.restart();
        engine.updateAsset(a);
        containerMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    for (int i = 0; i < 500; ++i) {
        WorksZone z = zones[pickZone(rng)];
        z.impact = TrafficImpact(impact(rng));
        z.endMs += kDay;
        t.restart();
        engine.updateWorks(z);
        zoneMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    out << "vigie-bench-coordination: " << lampCount << " lamps, " << zoneCount << " works zones, " << containerCount
        << " containers, " << roundCount << " rounds, " << planned.size() << " planned interventions\n";
    out << QStringLiteral("load (project, prepare, index): %1 ms\n").arg(loadMs, 0, 'f', 1);
    out << QStringLiteral("full recompute: median %1 ms, max %2 ms (%3 items)\n")
               .arg(median(full), 0, 'f', 1).arg(*std::max_element(full.begin(), full.end()), 0, 'f', 1).arg(items);
    out << QStringLiteral("incremental lamp update: median %1 ms, p99 %2 ms\n")
               .arg(median(assetMs), 0, 'f', 3).arg(percentile(assetMs, 0.99), 0, 'f', 3);
    out << QStringLiteral("incremental container update: median %1 ms, p99 %2 ms\n")
               .arg(median(containerMs), 0, 'f', 3).arg(percentile(containerMs, 0.99), 0, 'f', 3);
    out << QStringLiteral("incremental works zone update: median %1 ms, p99 %2 ms\n")
               .arg(median(zoneMs), 0, 'f', 3).arg(percentile(zoneMs, 0.99), 0, 'f', 3);
    const bool ok = median(full) < 200 && percentile(assetMs, 0.99) < 5 && percentile(zoneMs, 0.99) < 5
                    && percentile(containerMs, 0.99) < 5;
    out << (ok ? "targets met (full < 200 ms, incremental p99 < 5 ms)\n" : "TARGETS MISSED\n");
    return ok ? 0 : 1;
}
