#include "ingestrun.h"

#include "ingest/ingestservice.h"
#include "io/cityloader.h"
#include "map/citymap.h"
#include "storage/store.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

namespace vigie::bench {

namespace {

/// The number on the "name: 1234 [kB]" line of a /proc file (status: KiB, io: bytes); 0 if absent.
qint64 procValue(const QString &file, const QByteArray &name)
{
    QFile proc(file);
    if (!proc.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = name + ':';
    for (const QByteArray &line : proc.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

qint64 procStatusKiB(const QByteArray &name)
{
    return procValue(QStringLiteral("/proc/self/status"), name);
}

/// Bytes this process has handed to write(2)-like calls (/proc/self/io wchar).
qint64 writtenSoFar()
{
    return procValue(QStringLiteral("/proc/self/io"), "wchar");
}

/// CPU time (s) of this process's threads, summed by thread name (/proc/self/task/*/schedstat:
/// nanoseconds on a CPU). Named threads: vigie-mqtt, vigie-ingest, vigie-store; the main
/// thread has the program's name.
QHash<QString, double> threadCpuSeconds()
{
    QHash<QString, double> out;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile schedstat(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!comm.open(QIODevice::ReadOnly) || !schedstat.open(QIODevice::ReadOnly))
            continue;
        const QString name = QString::fromUtf8(comm.readAll().trimmed());
        out[name] += double(schedstat.readAll().split(' ').value(0).toLongLong()) / 1e9;
    }
    return out;
}

/// Resets VmHWM to the current RSS (Linux ≥ 4.0). False if the kernel refused.
bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

/// The database and its WAL and shared-memory files, in bytes.
qint64 storeBytes(const QString &path)
{
    qint64 total = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        total += QFileInfo(path + suffix).size();
    return total;
}

/// Receive time (UTC ms) of the first message numbered after `afterId`.
Result<qint64> firstReceivedAfter(Store &store, qint64 afterId)
{
    auto stmt = store.connection().prepare("SELECT MIN(received_at) FROM message WHERE id > ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, afterId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return stmt->int64(0);
}

Result<StoreCounts> countsOf(const QString &path)
{
    auto store = Store::open(path, Store::Mode::ReadOnly);
    if (!store)
        return store.error();
    return store->counts();
}

/// What the service needs, from a city loaded as the app loads it.
IngestConfig ingestConfig(const CityPack &pack, const LoadedCity &loaded)
{
    IngestConfig config;
    config.storePath = loaded.storePath;
    config.directory = loaded.directory;
    config.initialStates = loaded.states;
    config.lastMessageId = loaded.lastMessageId;
    config.bindings = loaded.bindings;
    config.decoderOptions.zone = QTimeZone(pack.timeZone.toUtf8());
    return config;
}

/// What the event loop of runIngest() records.
struct Wait
{
    Status outcome = Error{QStringLiteral("timeout"), QString()}; ///< Success once `count` are committed.
    qint64 committed = 0;
    qint64 commits = 0;
    qint64 drains = 0;
    qint64 lastCommitWallMs = 0;
    qint64 appliedAtMs = 0;  ///< IngestStats::appliedAtMs once `received` reached the count.
    double wallSeconds = 0;
    QHash<QString, double> cpuSeconds; ///< By thread, from start() to the last commit.
    // Main-thread responsiveness, see IngestFigures.
    double maxStallMs = 0;
    qint64 timerTicks = 0;
    qint64 deltas = 0;
    double slotMs = 0;
    double maxSlotMs = 0;

    void recordSlot(const QElapsedTimer &t)
    {
        const double ms = double(t.nsecsElapsed()) / 1e6;
        slotMs += ms;
        maxSlotMs = qMax(maxSlotMs, ms);
    }
};

/// Runs the service until `count` messages are committed and the pipeline has reported
/// them applied, a failure, or the timeout. The main thread serves the service's coalesced
/// signals as the app's does: StateDeltas go to `map` (CityMap::applyDelta).
Wait ingestUntilCommitted(const IngestRunOptions &options, IngestConfig config, CityMap &map)
{
    Wait wait;
    QEventLoop loop;
    QElapsedTimer sinceStart;
    IngestService service(std::move(config));
    const QHash<QString, double> cpuAtStart = threadCpuSeconds();
    const auto finishWhenDone = [&] {
        if (wait.lastCommitWallMs > 0 && wait.appliedAtMs > 0 && !wait.outcome.ok()) {
            wait.cpuSeconds = threadCpuSeconds(); // before stop() ends the threads
            for (auto it = wait.cpuSeconds.begin(); it != wait.cpuSeconds.end(); ++it)
                it.value() -= cpuAtStart.value(it.key());
            wait.outcome = {};
            loop.quit();
        }
    };
    QObject::connect(&service, &IngestService::committed, &loop, [&](qint64 messages, qint64) {
        wait.committed += messages;
        ++wait.commits;
        if (wait.committed < options.count || wait.lastCommitWallMs > 0)
            return;
        wait.lastCommitWallMs = QDateTime::currentMSecsSinceEpoch();
        wait.wallSeconds = double(sinceStart.nsecsElapsed()) / 1e9;
        finishWhenDone();
    });
    QObject::connect(&service, &IngestService::stateChanged, &loop, [&](const StateDelta &delta) {
        QElapsedTimer t;
        t.start();
        map.applyDelta(delta);
        ++wait.deltas;
        wait.recordSlot(t);
    });
    QObject::connect(&service, &IngestService::statsChanged, &loop, [&](const IngestStats &stats) {
        QElapsedTimer t;
        t.start();
        if (wait.appliedAtMs == 0 && stats.received >= options.count) {
            wait.appliedAtMs = stats.appliedAtMs;
            wait.drains = stats.drains;
            finishWhenDone();
        }
        wait.recordSlot(t);
    });
    QObject::connect(&service, &IngestService::storeFailed, &loop, [&](const QString &message) {
        wait.outcome = Error{QStringLiteral("storeFailed"), QStringLiteral("the store writer failed: %1").arg(message)};
        loop.quit();
    });
    QObject::connect(&service, &IngestService::sourceStateChanged, &loop, [&](SourceState state, const QString &detail) {
        if (state != SourceState::Failed)
            return;
        wait.outcome = Error{QStringLiteral("brokerRefused"), QStringLiteral("%1: %2").arg(options.mqtt.url(), detail)};
        loop.quit();
    });
    QTimer::singleShot(std::chrono::seconds(options.timeoutSeconds), &loop, [&] {
        wait.outcome = Error{QStringLiteral("timeout"), QStringLiteral("after %1 s, %2 of %3 messages were committed")
                                                            .arg(options.timeoutSeconds).arg(wait.committed).arg(options.count)};
        loop.quit();
    });
    // A stall is how late the event loop serves a 10 ms timer: what a click or a repaint
    // would wait for.
    constexpr int tickMs = 10;
    constexpr qint64 tickNs = tickMs * 1'000'000;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(tickMs);
    qint64 lastTickNs = 0;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 now = sinceStart.nsecsElapsed();
        wait.maxStallMs = qMax(wait.maxStallMs, double(now - lastTickNs - tickNs) / 1e6);
        lastTickNs = now;
        ++wait.timerTicks;
    });
    service.setSource(std::make_unique<MqttSource>(options.mqtt));
    sinceStart.start();
    if (auto started = service.start(); !started) {
        wait.outcome = started.error();
        return wait;
    }
    tick.start();
    lastTickNs = sinceStart.nsecsElapsed();
    loop.exec();
    tick.stop();
    service.stop();
    return wait;
}

} // namespace

QByteArray IngestFigures::toJson() const
{
    QJsonObject cpu;
    for (auto it = cpuSeconds.cbegin(); it != cpuSeconds.cend(); ++it)
        cpu.insert(it.key(), qRound(it.value() * 1000) / 1000.0);
    const QJsonObject o{
        {QStringLiteral("city"), city},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("messagesPerSecond"), qRound64(messagesPerSecond())},
        {QStringLiteral("decodedSeconds"), decodedSeconds},
        {QStringLiteral("decodedPerSecond"), qRound64(decodedPerSecond())},
        {QStringLiteral("wallSeconds"), wallSeconds},
        {QStringLiteral("commits"), commits},
        {QStringLiteral("drains"), drains},
        {QStringLiteral("accepted"), accepted},
        {QStringLiteral("quarantined"), quarantined},
        {QStringLiteral("observations"), observations},
        {QStringLiteral("loadSeconds"), loadSeconds},
        {QStringLiteral("cityBytes"), cityBytes},
        {QStringLiteral("storeBytes"), storeBytes},
        {QStringLiteral("writtenBytes"), writtenBytes},
        {QStringLiteral("rssAfterLoadKiB"), rssAfterLoadKiB},
        {QStringLiteral("peakRssKiB"), peakRssKiB},
        {QStringLiteral("peakRssReset"), peakRssReset},
        {QStringLiteral("cpuSeconds"), cpu},
        {QStringLiteral("maxStallMs"), maxStallMs},
        {QStringLiteral("timerTicks"), timerTicks},
        {QStringLiteral("deltas"), deltas},
        {QStringLiteral("slotMs"), slotMs},
        {QStringLiteral("maxSlotMs"), maxSlotMs},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Status registerSession(const MqttSettings &settings, int timeoutSeconds)
{
    auto inbox = std::make_shared<MessageInbox>();
    MqttSource source(settings);
    source.setInbox(inbox);
    Status outcome = Error{QStringLiteral("brokerUnreachable"),
                           QStringLiteral("no connection to %1 within %2 s").arg(settings.url()).arg(timeoutSeconds)};
    QEventLoop loop;
    QObject::connect(&source, &IngestSource::stateChanged, &loop, [&](SourceState state, const QString &detail) {
        if (state == SourceState::Connected)
            outcome = {};
        else if (state == SourceState::Failed)
            outcome = Error{QStringLiteral("brokerRefused"), QStringLiteral("%1: %2").arg(settings.url(), detail)};
        else
            return;
        loop.quit();
    });
    QTimer::singleShot(std::chrono::seconds(timeoutSeconds), &loop, &QEventLoop::quit);
    source.open();
    loop.exec();
    // MqttSource reports Connected once the broker has acknowledged every subscription, so
    // the persistent session holds them when close() disconnects.
    source.close();
    if (outcome.ok() && inbox->size() > 0)
        return Error{QStringLiteral("sessionNotEmpty"),
                     QStringLiteral("the session %1 already held messages; %2 were received and dropped")
                         .arg(settings.clientId).arg(inbox->size())};
    return outcome;
}

QStringList citySearchPaths(const QString &citiesDir)
{
    QStringList dirs{QStringLiteral(VIGIE_CITIES_SOURCE_DIR)};
    if (!citiesDir.isEmpty())
        dirs.prepend(citiesDir);
    return dirs;
}

Result<IngestFigures> runIngest(const IngestRunOptions &options)
{
    QTemporaryDir temporary;
    if (options.storePath.isEmpty() && !temporary.isValid())
        return Error{QStringLiteral("storeOpen"), QStringLiteral("cannot create a temporary folder: %1").arg(temporary.errorString())};
    const QString storePath = !options.storePath.isEmpty() ? options.storePath
                                                           : temporary.filePath(QStringLiteral("bench.sqlite"));
    QElapsedTimer loadClock;
    loadClock.start();
    IngestConfig config;
    std::unique_ptr<CityMap> map;
    {
        // The map keeps what it draws; the rest of the load is dropped here.
        auto loaded = loadCity(options.pack, storePath);
        if (!loaded)
            return loaded.error();
        config = ingestConfig(options.pack, loaded.value());
        map = std::make_unique<CityMap>(loaded.value(), QStringLiteral("en"));
    }
    IngestFigures f;
    f.city = options.pack.id;
    f.loadSeconds = double(loadClock.elapsed()) / 1000.0;
    f.cityBytes = storeBytes(storePath);
    auto before = countsOf(storePath);
    if (!before)
        return before.error();
    const qint64 lastIdBefore = config.lastMessageId;
    f.rssAfterLoadKiB = procStatusKiB("VmRSS");
    f.peakRssReset = resetPeakRss();
    const qint64 writtenBefore = writtenSoFar();

    const Wait wait = ingestUntilCommitted(options, std::move(config), *map);
    f.peakRssKiB = procStatusKiB("VmHWM");
    f.writtenBytes = writtenSoFar() - writtenBefore;
    if (!wait.outcome)
        return wait.outcome.error();

    auto store = Store::open(storePath, Store::Mode::ReadOnly);
    if (!store)
        return store.error();
    auto after = store->counts();
    if (!after)
        return after.error();
    auto first = firstReceivedAfter(store.value(), lastIdBefore);
    if (!first)
        return first.error();
    f.messages = after->messages - before->messages;
    if (f.messages != options.count)
        return Error{QStringLiteral("countMismatch"),
                     QStringLiteral("the store holds %1 new messages, expected %2 (was the session queue holding "
                                    "leftovers, or did the broker drop some?)").arg(f.messages).arg(options.count)};
    f.quarantined = after->quarantined - before->quarantined;
    f.accepted = f.messages - f.quarantined;
    f.observations = after->observations - before->observations;
    f.seconds = double(wait.lastCommitWallMs - first.value()) / 1000.0;
    f.decodedSeconds = double(wait.appliedAtMs - first.value()) / 1000.0;
    f.cpuSeconds = wait.cpuSeconds;
    f.maxStallMs = wait.maxStallMs;
    f.timerTicks = wait.timerTicks;
    f.deltas = wait.deltas;
    f.slotMs = wait.slotMs;
    f.maxSlotMs = wait.maxSlotMs;
    f.wallSeconds = wait.wallSeconds;
    f.commits = wait.commits;
    f.drains = wait.drains;
    f.storeBytes = storeBytes(storePath);
    return f;
}

} // namespace vigie::bench
