// vigie-bench-alarms: an alarm flood through the real alarm path. 100 000 street lights
// fault within 60 s; their observations go through AlarmService (rules, ISA-18.2 engine,
// grouper, rate meter) on its own thread, persisted by a real StoreWriter on its own thread
// into a fresh SQLite file. The main thread does what MainWindow::alarmsChanged does with
// each delta: the alarm dock (AlarmListModel through AlarmFilterProxy into its tree view),
// the flood banner, and AlarmMarks into a CityMap's marker codes. Measures what reaches the
// operator's list, how long each fault takes to be in the list and on the map, and the
// longest main-thread stall. Prints one JSON line. See docs/performance.md, "Alarm flood".
//
// The city is SYNTHETIC (no pack has 100 000 lights): lights spread over 20 districts, each
// of 50 streets, 2 cabinets per street (50 lights per cabinet), every light with its three
// group keys, as computeAssetGroups() gives them for a pack that names cabinets.

#include "alarmdock.h"
#include "alarmlistmodel.h"
#include "alarmmarks.h"
#include "floodbanner.h"
#include "alarms/alarmservice.h"
#include "domain/quantity.h"
#include "map/citymap.h"
#include "storage/sqlite.h"
#include "storage/store.h"
#include "storage/storewriter.h"
#include "syntheticmap.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <numeric>
#include <random>
#include <thread>
#include <vector>

using namespace vigie;

namespace {

struct Options
{
    int assets = 100'000;
    int districts = 20;
    int streetsPerDistrict = 50;
    int cabinetsPerStreet = 2;
    double spreadS = 60;        // the faults arrive within this many seconds
    int batchMs = 10;           // one observe() per batch, as ingest drains
    int timeoutS = 300;
    QString db;
};

struct City
{
    AssetDirectoryPtr directory;
    AssetGroupTable groups;
};

City syntheticCity(const Options &o)
{
    QVector<AssetRecord> records;
    records.reserve(o.assets);
    AssetGroupTable groups(o.assets);
    const int streets = o.districts * o.streetsPerDistrict;
    const int cabinets = streets * o.cabinetsPerStreet;
    for (int i = 0; i < o.assets; ++i) {
        AssetRecord r;
        r.kind = AssetKind::Streetlight;
        r.ref = QString::number(i);
        r.id = assetUrn(AssetKind::Streetlight, QStringLiteral("synthetic"), r.ref);
        r.layerId = QStringLiteral("lights");
        r.lon = 3.8 + 0.2 * double(i) / o.assets;
        r.lat = 43.6;
        // Contiguous blocks: a cabinet feeds consecutive lights of one street of one district.
        const int cabinet = int(qint64(i) * cabinets / o.assets);
        const int street = cabinet / o.cabinetsPerStreet;
        const int district = street / o.streetsPerDistrict;
        groups[i].cabinet = QStringLiteral("CAB-%1").arg(cabinet, 4, 10, QLatin1Char('0'));
        groups[i].street = QStringLiteral("Rue %1 du quartier %2").arg(street % o.streetsPerDistrict).arg(district);
        groups[i].district = QStringLiteral("Quartier %1").arg(district);
        records << r;
    }
    return {std::make_shared<AssetDirectory>(records), groups};
}

/// The map side of the synthetic city: one street-light layer holding every light.
LoadedCity mapCity(const City &city)
{
    return bench::oneLayerCity(city.directory, city.groups, AssetKind::Streetlight, QStringLiteral("lights"),
                               QStringLiteral("Street lights"));
}

QJsonObject percentiles(std::vector<double> ms)
{
    QJsonObject out;
    out[QStringLiteral("count")] = qint64(ms.size());
    if (ms.empty())
        return out;
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double p) { return ms[std::min(ms.size() - 1, std::size_t(p * double(ms.size() - 1) + 0.5))]; };
    out[QStringLiteral("p50")] = at(0.50);
    out[QStringLiteral("p95")] = at(0.95);
    out[QStringLiteral("max")] = ms.back();
    return out;
}

// CPU time the calling thread used, ms: tells the main thread's own work from the time the
// OS gave to other processes (a loaded machine makes timers late without any work here).
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "vigie-bench-alarms: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // The alarm dock is a widget and the CityMap needs fonts: a GUI application, offscreen
    // unless the caller picks a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vigie-bench-alarms"));
    qRegisterMetaType<vigie::AlarmWrite>();
    qRegisterMetaType<vigie::AlarmDelta>();
    qRegisterMetaType<vigie::Observations>();
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Alarm flood benchmark on a synthetic city; prints one JSON line. "
                                               "See docs/performance.md, \"Alarm flood\"."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("assets"), QStringLiteral("Street lights that fault (default 100000)."), QStringLiteral("n"), QStringLiteral("100000")},
        {QStringLiteral("spread"), QStringLiteral("Seconds over which the faults arrive (default 60)."), QStringLiteral("s"), QStringLiteral("60")},
        {QStringLiteral("db"), QStringLiteral("Store file (default: a fresh one in a temporary folder)."), QStringLiteral("path")},
    });
    p.process(app);
    Options o;
    o.assets = qMax(1, p.value(QStringLiteral("assets")).toInt());
    o.spreadS = qMax(0.1, p.value(QStringLiteral("spread")).toDouble());
    QTemporaryDir tmp;
    o.db = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : tmp.filePath(QStringLiteral("alarms.sqlite"));

    const City city = syntheticCity(o);
    if (auto store = Store::open(o.db, Store::Mode::ReadWrite); !store) // schema, v4 alarm tables included
        return fail(store.error().message);

    // The store writer on its own thread, as IngestService runs it.
    QThread storeThread;
    storeThread.setObjectName(QStringLiteral("vigie-store"));
    auto *writer = new StoreWriter(o.db);
    writer->moveToThread(&storeThread);
    QObject::connect(&storeThread, &QThread::finished, writer, &QObject::deleteLater);
    storeThread.start();
    QMetaObject::invokeMethod(writer, &StoreWriter::start, Qt::BlockingQueuedConnection);

    AlarmSettings settings;
    settings.operatorName = QStringLiteral("bench");
    AlarmService service(settings);
    service.setCity(city.directory, city.groups);

    // The views, as MainWindow builds them: the alarm dock (AlarmListModel through
    // AlarmFilterProxy into a QTreeView, shown so that it lays out and paints as in the
    // app), the flood banner, and AlarmMarks feeding a CityMap's LiveState marker codes.
    AlarmDock dock;
    dock.setCity(city.directory, city.groups);
    dock.resize(1280, 480);
    dock.show();
    FloodBanner banner;
    const int floodThreshold = settings.floodThreshold;
    CityMap cityMap(mapCity(city), QStringLiteral("en"));
    AlarmMarks alarmMarks;
    QObject::connect(&service, &AlarmService::rulesChanged, &dock, &AlarmDock::setRules);

    QEventLoop ready;
    QObject::connect(&service, &AlarmService::rulesChanged, &ready, &QEventLoop::quit);
    QObject::connect(&service, &AlarmService::failed, &app, [](const QString &m) { fail(m); std::exit(1); });
    service.start(o.db, writer);
    ready.exec();

    // Main-thread bookkeeping, outside the timed handling: when each asset's fault was
    // observed, when it was in the list (the model holds its alarm, at the top level or under
    // its parent) and when it was on the map (its marker code carries an alarm bit).
    QElapsedTimer clock;
    clock.start();
    std::vector<std::atomic<qint64>> faultNs(std::size_t(o.assets));
    for (auto &f : faultNs)
        f.store(-1);
    std::vector<qint64> listNs(std::size_t(o.assets), -1);
    std::vector<qint64> mapNs(std::size_t(o.assets), -1);
    int inList = 0;
    int marked = 0;
    QSet<qint64> topLevel;          // list entries (parents and ungrouped alarms) ever shown
    int maxRate = 0;
    bool flood = false;
    qint64 deltas = 0;
    qint64 deltaAlarms = 0;
    double maxDeltaMs = 0;
    double totalDeltaMs = 0;
    QEventLoop done;
    const AlarmListModel &model = *dock.model();
    const LiveState &live = cityMap.live();
    QObject::connect(&service, &AlarmService::alarmsChanged, &app, [&](const AlarmDelta &delta) {
        // MainWindow::alarmsChanged, timed: list, banner, then map.
        const qint64 start = clock.nsecsElapsed();
        dock.applyDelta(delta);
        const qint64 listed = clock.nsecsElapsed();
        banner.setFlood(delta.flood, delta.rateLast10Min, floodThreshold);
        if (const AlarmMarks::Changes changes = alarmMarks.apply(delta); !changes.isEmpty())
            cityMap.setAlarmMarks(changes.assetIndexes, changes.marks);
        const qint64 mapped = clock.nsecsElapsed();
        const double handlingMs = double(mapped - start) / 1e6;
        maxDeltaMs = qMax(maxDeltaMs, handlingMs);
        totalDeltaMs += handlingMs;

        ++deltas;
        deltaAlarms += delta.alarms.size();
        maxRate = qMax(maxRate, delta.rateLast10Min);
        flood = flood || delta.flood;
        for (const Alarm &a : delta.alarms) {
            if (a.parentId == 0 && a.state != AlarmState::Normal)
                topLevel.insert(a.id);
            if (a.assetIndex < 0 || a.assetIndex >= o.assets)
                continue;
            const std::size_t i = std::size_t(a.assetIndex);
            if (listNs[i] < 0 && model.alarm(a.id)) {
                listNs[i] = listed;
                ++inList;
            }
            if (mapNs[i] < 0 && live.alarmMark(a.assetIndex) != AlarmMark::None) {
                mapNs[i] = mapped;
                ++marked;
            }
        }
        if (inList == o.assets && marked == o.assets)
            done.quit();
    });

    // Stall: how late the event loop serves a 10 ms precise timer (as vigie-bench-ingest).
    constexpr qint64 tickNs = 10'000'000;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(10);
    qint64 lastTick = clock.nsecsElapsed();
    double maxStallMs = 0;
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        maxStallMs = qMax(maxStallMs, double(now - lastTick - tickNs) / 1e6);
        lastTick = now;
    });
    tick.start();
    const double cpuAtStart = threadCpuMs();
    QTimer::singleShot(o.timeoutS * 1000, &done, &QEventLoop::quit);

    // The faults: a feeder thread stands for the ingest thread (IngestService::observed is
    // connected to AlarmService::observe directly). Lights fault in a shuffled order, evenly
    // over the spread, in 10 ms drains.
    std::vector<int> order(std::size_t(o.assets));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), std::mt19937(42));
    std::thread feeder([&] {
        const qint64 spreadNs = qint64(o.spreadS * 1e9);
        const qint64 start = clock.nsecsElapsed();
        std::size_t next = 0;
        while (next < order.size()) {
            const qint64 elapsed = clock.nsecsElapsed() - start;
            const std::size_t due = std::min(order.size(), std::size_t(double(order.size()) * double(elapsed) / double(spreadNs)) + 1);
            Observations batch;
            batch.reserve(int(due - next));
            const qint64 wallMs = QDateTime::currentMSecsSinceEpoch();
            for (; next < due; ++next) {
                const int i = order[next];
                Observation ob;
                ob.assetIndex = i;
                ob.assetId = city.directory->at(i).id;
                ob.quantity = quantity::status;
                ob.text = QStringLiteral("defectiveLamp");
                ob.observedAtMs = wallMs;
                ob.receivedAtMs = wallMs;
                faultNs[std::size_t(i)].store(clock.nsecsElapsed());
                batch << ob;
            }
            if (!batch.isEmpty())
                service.observe(batch);
            std::this_thread::sleep_for(std::chrono::milliseconds(o.batchMs));
        }
    });
    done.exec();
    const double untilAllMs = double(clock.nsecsElapsed()) / 1e6;
    const double mainCpuMs = threadCpuMs() - cpuAtStart;
    feeder.join();
    tick.stop();

    const auto latencies = [&](const std::vector<qint64> &shownNs) {
        std::vector<double> ms;
        ms.reserve(std::size_t(o.assets));
        for (int i = 0; i < o.assets; ++i) {
            const qint64 f = faultNs[std::size_t(i)].load();
            if (f >= 0 && shownNs[std::size_t(i)] >= 0)
                ms.push_back(double(shownNs[std::size_t(i)] - f) / 1e6);
        }
        return percentiles(std::move(ms));
    };
    // Top-level entries now: what the operator's list shows (its model's top level).
    const int listEntries = model.rowCount();
    const int listedAlarms = model.alarmCount();

    // Persistence: stop the service (its last write goes to the writer), then the writer.
    QElapsedTimer stopping;
    stopping.start();
    service.stop();
    QMetaObject::invokeMethod(writer, &StoreWriter::stop, Qt::BlockingQueuedConnection);
    const double stopMs = double(stopping.nsecsElapsed()) / 1e6;
    storeThread.quit();
    storeThread.wait();

    qint64 storedAlarms = -1;
    qint64 storedActivations = -1;
    if (auto db = SqliteConnection::open(o.db, SqliteConnection::Mode::ReadOnly)) {
        if (auto s = db->prepare("SELECT (SELECT count(*) FROM alarm WHERE asset_index >= 0),"
                                 " (SELECT count(*) FROM alarm_transition WHERE action = 'activate')")) {
            if (auto row = s->step(); row && row.value()) {
                storedAlarms = s.value().int64(0);
                storedActivations = s.value().int64(1);
            }
        }
    }

    QJsonObject out;
    out[QStringLiteral("assets")] = o.assets;
    out[QStringLiteral("spreadS")] = o.spreadS;
    out[QStringLiteral("inList")] = inList;
    out[QStringLiteral("marked")] = marked;
    out[QStringLiteral("listEntries")] = listEntries;
    out[QStringLiteral("listedAlarms")] = listedAlarms;
    out[QStringLiteral("topLevelEverShown")] = int(topLevel.size());
    out[QStringLiteral("maxRateLast10Min")] = maxRate;
    out[QStringLiteral("flood")] = flood;
    out[QStringLiteral("faultToListMs")] = latencies(listNs);
    out[QStringLiteral("faultToMapMs")] = latencies(mapNs);
    out[QStringLiteral("untilAllShownMs")] = untilAllMs;
    out[QStringLiteral("deltas")] = deltas;
    out[QStringLiteral("deltaAlarms")] = deltaAlarms;
    out[QStringLiteral("maxDeltaApplyMs")] = maxDeltaMs;
    out[QStringLiteral("totalDeltaApplyMs")] = totalDeltaMs;
    out[QStringLiteral("maxStallMs")] = maxStallMs;
    out[QStringLiteral("mainThreadCpuMs")] = mainCpuMs;
    out[QStringLiteral("loadAverage")] = [] {
        double load[1] = {0};
        return getloadavg(load, 1) == 1 ? load[0] : -1.0;
    }();
    out[QStringLiteral("stopMs")] = stopMs;
    out[QStringLiteral("storedAlarms")] = storedAlarms;
    out[QStringLiteral("storedActivations")] = storedActivations;
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return inList == o.assets && marked == o.assets ? 0 : 1;
}
