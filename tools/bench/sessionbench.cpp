// vigie-bench-session: what a session file costs to open and to seek in, next to a bare
// indexed SQLite table holding the same rows. See docs/recording.md, "Benchmark".
//
// Generates a SYNTHETIC session (no simulator, no broker): N assets reporting in
// round-robin at `--rate` messages per asset per hour for `--hours` (default 100 000
// assets × 24 h ≈ 10 M raw messages) with NGSI-v2 notification payloads of about 350 bytes,
// an alarm transition every 5 000 messages, an operator action every 50 000, and a keyframe
// every 5 minutes of session time holding the latest value and time of every asset. A 1 h
// file of the same city is generated too. Then measures:
//   - opening each file (median of 21 opens, warm page cache) and the 24 h / 1 h ratio;
//   - 100 seeks to random instants of the long file: keyframe before t, its blob decoded
//     into the state, then every record up to t decoded and applied (p50, p95, max);
//   - the same 100 windows queried from SQLite (ts, type, body) with an index on ts;
//   - replay: every record of the long file decoded in order, in records per second.
// The state rebuild here is the format's share only; the review mode adds the replay
// pipeline and the first paint on top (docs/performance.md).
//
// --full-state (issue 7, replay): keyframes are real SessionKeyframes (an AssetState per
// asset), and a seek rebuilds the full state as the review mode does: SessionKeyframe
// decoded, IngestPipeline::restoreStates(), then every raw message after the keyframe
// decoded (FIWARE decoder), bound and applied by the real IngestPipeline (on this thread,
// without the store writer), and every drain's observations through the alarm rules
// (RuleEvaluator, default rules) and the ISA-18.2 engine (AlarmEngine), keyframe alarms
// and the evaluator's memory restored first (RuleEvaluator::restoreState(), as
// AlarmService::restore() does; the generator runs the rules on the stream so that keyframes
// carry RuleEvaluator::saveState() as the app's do); then the first frame: the pipeline's StateDelta (every asset, after a
// restore) applied to a CityMap as the GUI thread does, and the container layer rendered
// for the whole city into a 1400×900 image as a render worker does. The app runs ingest,
// alarms, the GUI and rendering on four threads; here they run one after the other on one.
// The synthetic containers are spread on a grid over Montpellier's extent. "Replay at max speed" then pushes every raw message of the long file
// through that pipeline, in messages per second.

#include "alarms/alarmengine.h"
#include "alarms/alarmservice.h"
#include "alarms/ruleevaluator.h"
#include "domain/allocatortuning.h"
#include "domain/quantity.h"
#include "ingest/decoderroute.h"
#include "ingest/ingestpipeline.h"
#include "io/cityloader.h"
#include "map/assetlayer.h"
#include "map/citymap.h"
#include "map/maplayer.h"
#include "map/mapsettings.h"
#include "recording/sessioncodec.h"
#include "recording/sessionkeyframe.h"
#include "recording/sessionfilewriter.h"
#include "recording/sessionreader.h"
#include "syntheticmap.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <random>
#include <vector>

using namespace vigie;

namespace {

constexpr qint64 kStartMs = 1'709'258'400'000; // 2024-03-01T02:00:00Z
constexpr qint64 kHourMs = 3600'000;

struct Options
{
    int assets = 100'000;
    double hours = 24;
    double ratePerHour = 100.0 / 24.0; // ≈ 10 M messages a day for 100 000 assets
    int keyframeMinutes = 5;
    qint64 keyframeMessages = 10'000; // SessionRecordingOptions::keyframeEveryMessages
    qint64 keyframeMinIntervalMs = 30'000;
    int seeks = 100;
    bool compress = true;
    int chunkKiB = 256;
    QString dir;
    bool keep = false;
    bool fullState = false;
};

/// Latest value and time of one asset: what a keyframe holds per asset (12 bytes).
struct Latest
{
    float value = 0;
    qint64 atMs = 0;
};

QByteArray keyframeBlob(const std::vector<Latest> &state)
{
    QByteArray blob(qsizetype(state.size() * 12), Qt::Uninitialized);
    char *p = blob.data();
    for (const Latest &l : state) {
        std::memcpy(p, &l.value, 4);
        std::memcpy(p + 4, &l.atMs, 8);
        p += 12;
    }
    return blob;
}

void applyKeyframe(const QByteArray &blob, std::vector<Latest> *state)
{
    const std::size_t n = std::min(state->size(), std::size_t(blob.size() / 12));
    const char *p = blob.constData();
    for (std::size_t i = 0; i < n; ++i, p += 12) {
        std::memcpy(&(*state)[i].value, p, 4);
        std::memcpy(&(*state)[i].atMs, p + 4, 8);
    }
}

/// A NGSI-v2 notification for a waste container, about 350 bytes.
QByteArray payload(int asset, float level, float temperature, const QByteArray &isoTime)
{
    QByteArray p;
    p.reserve(400);
    p += "{\"subscriptionId\":\"5f1c2e3a4b5c6d7e8f901234\",\"data\":[{\"id\":\"urn:ngsi-ld:WasteContainer:montpellier:WC-";
    p += QByteArray::number(asset).rightJustified(6, '0');
    p += "\",\"type\":\"WasteContainer\",\"fillingLevel\":{\"type\":\"Number\",\"value\":";
    p += QByteArray::number(level, 'f', 2);
    p += ",\"metadata\":{}},\"temperature\":{\"type\":\"Number\",\"value\":";
    p += QByteArray::number(temperature, 'f', 1);
    p += ",\"metadata\":{}},\"status\":{\"type\":\"Text\",\"value\":\"ok\",\"metadata\":{}},"
         "\"dateObserved\":{\"type\":\"DateTime\",\"value\":\"";
    p += isoTime;
    p += "\",\"metadata\":{}}}]}";
    return p;
}

struct Generated
{
    QString path;
    qint64 messages = 0;
    qint64 records = 0;
    qint64 bytes = 0;
    double seconds = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 keyframes = 0;
    qint64 evaluatorBytes = 0; ///< --full-state: RuleEvaluator::saveState() bytes, all keyframes
};

AssetDirectoryPtr syntheticCity(int assets);
AlarmRules numberedRules();

class SqliteBaseline
{
public:
    ~SqliteBaseline()
    {
        sqlite3_finalize(m_insert);
        sqlite3_finalize(m_query);
        sqlite3_close(m_db);
    }
    bool open(const QString &path)
    {
        if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK)
            return false;
        return exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                    "CREATE TABLE rec(ts INTEGER NOT NULL, type INTEGER NOT NULL, body BLOB NOT NULL);"
                    "BEGIN;")
            && sqlite3_prepare_v2(m_db, "INSERT INTO rec(ts, type, body) VALUES (?, ?, ?)", -1, &m_insert, nullptr)
            == SQLITE_OK;
    }
    void insert(qint64 ts, SessionRecordType type, const QByteArray &body)
    {
        sqlite3_bind_int64(m_insert, 1, ts);
        sqlite3_bind_int(m_insert, 2, int(type));
        sqlite3_bind_blob(m_insert, 3, body.constData(), int(body.size()), SQLITE_STATIC);
        sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (++m_pending == 50'000) {
            exec("COMMIT; BEGIN;");
            m_pending = 0;
        }
    }
    bool finish()
    {
        return exec("COMMIT; CREATE INDEX rec_ts ON rec(ts); ANALYZE;")
            && sqlite3_prepare_v2(m_db, "SELECT type, body FROM rec WHERE ts >= ? AND ts <= ?", -1, &m_query, nullptr)
            == SQLITE_OK;
    }
    /// Steps through the rows of [from, to], touching every body; returns the row count.
    qint64 query(qint64 from, qint64 to, qint64 *bytes)
    {
        sqlite3_bind_int64(m_query, 1, from);
        sqlite3_bind_int64(m_query, 2, to);
        qint64 rows = 0;
        while (sqlite3_step(m_query) == SQLITE_ROW) {
            const void *blob = sqlite3_column_blob(m_query, 1);
            *bytes += sqlite3_column_bytes(m_query, 1) + (blob ? 1 : 0);
            ++rows;
        }
        sqlite3_reset(m_query);
        return rows;
    }

private:
    bool exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_query = nullptr;
    int m_pending = 0;
};

bool generate(const Options &o, double hours, const QString &path, SqliteBaseline *sqlite, Generated *out)
{
    SessionWriterOptions writerOptions;
    writerOptions.chunkBytes = o.chunkKiB * 1024;
    writerOptions.compress = o.compress;
    writerOptions.syncIntervalMs = -1;
    SessionHeader header;
    header.createdAtMs = kStartMs;
    header.cityId = QStringLiteral("synthetic");
    header.metadata.insert(QStringLiteral("generator"), QStringLiteral("vigie-bench-session"));
    SessionFileWriter writer;
    const Status created = writer.create(path, header, writerOptions);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return false;
    }

    const qint64 messages = qint64(double(o.assets) * o.ratePerHour * hours);
    const double stepMs = hours * double(kHourMs) / double(std::max<qint64>(messages, 1));
    const qint64 keyframeMs = qint64(o.keyframeMinutes) * 60'000;
    std::vector<Latest> state(std::size_t(o.assets));
    SessionKeyframe full; // --full-state: what the app's keyframes hold
    // --full-state: the alarm rules run live on the stream, so keyframes carry the memory
    // the app's would (RuleEvaluator::saveState()), fed in drains of 500 messages.
    std::unique_ptr<RuleEvaluator> evaluator;
    Observations drain;
    qint64 drainAtMs = 0;
    const auto evaluate = [&] {
        if (evaluator && !drain.isEmpty())
            evaluator->observe(drain, drainAtMs);
        drain.clear();
    };
    if (o.fullState) {
        full.cityId = QStringLiteral("montpellier");
        full.states.resize(o.assets);
        full.assetCount = o.assets;
        full.alarms.rules = numberedRules();
        evaluator = std::make_unique<RuleEvaluator>(syntheticCity(o.assets), full.alarms.rules);
    }
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<float> unit(0.f, 1.f);
    qint64 nextKeyframe = kStartMs;
    qint64 isoSecond = -1;
    QByteArray isoPrefix;
    QElapsedTimer timer;
    timer.start();

    auto write = [&](SessionRecordType type, qint64 ts, const QByteArray &body) {
        QByteArray record;
        session::appendRecord(&record, type, ts, body);
        const Status status = writer.writeEncoded(record);
        if (!status)
            std::fprintf(stderr, "%s\n", qPrintable(status.error().message));
        if (sqlite)
            sqlite->insert(ts, type, body);
        ++out->records;
        return bool(status);
    };

    // The app's policy (SessionRecording): every keyframeMinutes, and after
    // keyframeMessages messages but not within keyframeMinIntervalMs of the last one.
    qint64 lastKeyframe = std::numeric_limits<qint64>::min() / 2;
    qint64 sinceKeyframe = 0;
    auto keyframe = [&](qint64 at) {
        full.atMs = at;
        lastKeyframe = at;
        sinceKeyframe = 0;
        ++out->keyframes;
        if (evaluator) {
            evaluate();
            evaluator->tick(at);
            full.alarms.evaluatorState = evaluator->saveState(at);
            out->evaluatorBytes += full.alarms.evaluatorState.size();
        }
        return write(SessionRecordType::Keyframe, at, o.fullState ? full.encode() : keyframeBlob(state));
    };
    for (qint64 i = 0; i < messages; ++i) {
        const qint64 ts = kStartMs + qint64(double(i) * stepMs);
        while (ts >= nextKeyframe) {
            if (!keyframe(nextKeyframe))
                return false;
            nextKeyframe += keyframeMs;
        }
        if (o.keyframeMessages > 0 && sinceKeyframe >= o.keyframeMessages && ts - lastKeyframe >= o.keyframeMinIntervalMs
            && !keyframe(ts))
            return false;
        ++sinceKeyframe;
        const int asset = int(i % o.assets);
        Latest &latest = state[std::size_t(asset)];
        latest.value = std::min(1.f, latest.value + 0.02f * unit(rng));
        latest.atMs = ts;
        if (o.fullState) {
            AssetState &a = full.states[asset];
            a.fillingLevel = double(QByteArray::number(latest.value, 'f', 2).toDouble());
            a.fillingLevelAtMs = a.statusAtMs = a.lastSeenMs = a.lastObservedMs = ts;
            if (a.status.isEmpty())
                a.status = QStringLiteral("ok");
            for (const auto &[quantity, value] : {std::pair{QString(quantity::fillingLevel), a.fillingLevel},
                                                  std::pair{QString(quantity::temperature), 20.0}}) {
                Observation obs;
                obs.assetIndex = asset;
                obs.quantity = quantity;
                obs.number = value;
                obs.observedAtMs = obs.receivedAtMs = ts;
                drain.append(obs);
            }
            drainAtMs = ts;
            if (drain.size() >= 1000)
                evaluate();
        }
        if (ts / 1000 != isoSecond) {
            isoSecond = ts / 1000;
            isoPrefix = QDateTime::fromMSecsSinceEpoch(isoSecond * 1000, QTimeZone::utc())
                            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")).toLatin1();
        }
        RawMessage m;
        m.id = i + 1;
        m.receivedAtMs = ts;
        m.qos = 1;
        m.topic = "fiware/montpellier/WasteContainer/WC-" + QByteArray::number(asset).rightJustified(6, '0') + "/attrs";
        m.payload = payload(asset, latest.value, 10.f + 20.f * unit(rng),
                            isoPrefix + QByteArray::number(ts % 1000).rightJustified(3, '0') + 'Z');
        if (!write(SessionRecordType::RawMessage, ts, session::encodeRawMessage(m)))
            return false;
        if (i % 5'000 == 4'999) {
            const AlarmTransition t{i, AlarmState::Normal, AlarmState::Unacknowledged, ts, QStringLiteral("system"),
                                    QStringLiteral("activate"), QStringLiteral("fillingLevel ≥ 0.80")};
            if (!write(SessionRecordType::AlarmTransition, ts, session::encodeAlarmTransition(t)))
                return false;
        }
        if (i % 50'000 == 49'999) {
            const OperatorAction a{ts, QStringLiteral("Élodie"), QStringLiteral("acknowledge"), QStringLiteral("alarm"),
                                   QString::number(i - 4'999), QByteArray()};
            if (!write(SessionRecordType::OperatorAction, ts, session::encodeOperatorAction(a)))
                return false;
        }
    }
    const Status closed = writer.close();
    if (!closed) {
        std::fprintf(stderr, "%s\n", qPrintable(closed.error().message));
        return false;
    }
    out->path = path;
    out->messages = messages;
    out->bytes = QFileInfo(path).size();
    out->seconds = double(timer.nsecsElapsed()) / 1e9;
    out->startMs = kStartMs;
    out->endMs = kStartMs + qint64(hours * double(kHourMs));
    return true;
}

/// Median time in milliseconds of opening `path` `times` times.
double medianOpenMs(const QString &path, int times)
{
    std::vector<double> ms;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer t;
        t.start();
        SessionReader reader;
        if (!reader.open(path))
            return -1;
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t i = std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5));
    return values[i];
}

/// The city of the synthetic session: o.assets waste containers WC-000000….
AssetDirectoryPtr syntheticCity(int assets)
{
    QVector<AssetRecord> records;
    records.reserve(assets);
    for (int i = 0; i < assets; ++i) {
        AssetRecord r;
        r.ref = QStringLiteral("WC-%1").arg(i, 6, 10, QLatin1Char('0'));
        r.id = assetUrn(AssetKind::WasteContainer, QStringLiteral("montpellier"), r.ref);
        r.kind = AssetKind::WasteContainer;
        r.layerId = QStringLiteral("containers");
        r.lon = 3.80 + 0.14 * double(i % 400) / 400.0; // Montpellier's extent, 400 columns
        r.lat = 43.56 + 0.09 * double(i / 400 % 400) / 400.0;
        records << r;
    }
    return std::make_shared<AssetDirectory>(records);
}

/// The first frame after a seek: the delta on the GUI thread's CityMap, then the asset
/// layer rendered for the whole city, as a render worker does.
struct FirstFrame
{
    CityMap map;
    MapSettings whole;

    explicit FirstFrame(const AssetDirectoryPtr &directory)
        : map(bench::oneLayerCity(directory, {}, AssetKind::WasteContainer, QStringLiteral("containers"),
                                  QStringLiteral("Containers")),
              QStringLiteral("en"))
    {
        QRectF extent;
        for (const MapLayer *layer : map.layers())
            extent = extent.united(layer->extent());
        whole = MapSettings::fitting(extent, QSize(1400, 900));
    }
    void paint()
    {
        const std::atomic<bool> cancel{false};
        QImage image(whole.outputSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        for (const AssetLayer *layer : map.assetLayers())
            layer->createRenderer(whole)->render(painter, whole, cancel);
    }
};

/// Default alarm rules with the ids a fresh store gives them.
AlarmRules numberedRules()
{
    AlarmRules rules = defaultAlarmRules();
    for (int i = 0; i < rules.size(); ++i)
        rules[i].id = i + 1;
    return rules;
}

/// The review mode's state rebuild, on this thread: IngestPipeline without its threads,
/// then the alarm rules and engine on each drain's observations.
struct Rebuilder
{
    std::shared_ptr<MessageInbox> inbox = std::make_shared<MessageInbox>(1'000'000, qint64(1) << 40);
    std::unique_ptr<IngestPipeline> pipeline;
    AssetDirectoryPtr directory;
    std::unique_ptr<RuleEvaluator> rules;
    AlarmEngine alarms;
    qint64 pending = 0;
    qint64 alarmChanges = 0;

    explicit Rebuilder(AssetDirectoryPtr city)
        : directory(std::move(city))
        , rules(std::make_unique<RuleEvaluator>(directory, numberedRules()))
        , alarms(directory, QStringLiteral("bench"))
    {
        auto decoder = makeDecoder(DecoderRoute{QStringLiteral("#"), QStringLiteral("fiware"), {}}, DecoderOptions());
        pipeline = std::make_unique<IngestPipeline>(inbox, std::move(decoder.value()), directory, QVector<AssetState>(), 0);
        alarms.setRules(rules->rules());
        QObject::connect(pipeline.get(), &IngestPipeline::batchDecoded, pipeline.get(), [this](const IngestBatch &batch) {
            qint64 now = 0;
            for (const Observation &o : batch.observations)
                now = qMax(now, o.receivedAtMs);
            alarmChanges += alarms.applyConditions(rules->observe(batch.observations, now)).transitions.size();
        });
    }
    /// As AlarmService::restore(): the keyframe's rules, then its evaluator memory.
    bool restore(const SessionKeyframe &keyframe)
    {
        pipeline->restoreStates(keyframe.states);
        alarms.restore(keyframe.alarms.alarms, keyframe.alarms.maxAlarmId);
        rules->setRules(keyframe.alarms.rules, keyframe.atMs);
        const Result<void> memory = rules->restoreState(keyframe.alarms.evaluatorState, keyframe.atMs);
        if (!memory)
            std::fprintf(stderr, "evaluator state: %s\n", qPrintable(memory.error().message));
        return memory.ok();
    }
    void push(RawMessage &&m)
    {
        m.id = 0;
        inbox->push(std::move(m));
        if (++pending == 20'000)
            drain();
    }
    void drain()
    {
        pipeline->drainInboxNow();
        pending = 0;
    }
};

int runFullState(const Options &o, const Generated &longFile, SessionReader *reader, std::vector<double> indexSeekMs,
                 std::vector<double> sqliteMs, double openLong, double openShort, const Generated &shortFile)
{
    const AssetDirectoryPtr directory = syntheticCity(o.assets);
    Rebuilder rebuild(directory);
    FirstFrame frame(directory);
    QObject::connect(rebuild.pipeline.get(), &IngestPipeline::stateChanged, &frame.map, &CityMap::applyDelta);
    std::vector<double> frameMs;
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<qint64> instant(longFile.startMs, longFile.endMs);
    std::vector<double> seekMs;
    std::vector<double> keyframeMs;
    std::vector<double> readMs;
    std::vector<double> decodeMs;
    std::vector<double> evaluatorMs;
    qint64 messages = 0;
    qint64 applied = 0;
    for (int s = 0; s < o.seeks; ++s) {
        const qint64 t = instant(rng);
        QElapsedTimer timer;
        timer.start();
        const SessionKeyframeRef ref = reader->keyframeBefore(t);
        if (ref.isValid()) {
            const Result<SessionKeyframeRecord> kf = reader->readKeyframe(ref);
            readMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            Result<SessionKeyframe> state = kf ? SessionKeyframe::decode(kf->blob) : Result<SessionKeyframe>(kf.error());
            if (!state) {
                std::fprintf(stderr, "keyframe: %s\n", qPrintable(state.error().message));
                return 1;
            }
            decodeMs.push_back(double(timer.nsecsElapsed()) / 1e6 - readMs.back());
            const double restoreStart = double(timer.nsecsElapsed()) / 1e6;
            if (!rebuild.restore(state.value()))
                return 1;
            evaluatorMs.push_back(double(timer.nsecsElapsed()) / 1e6 - restoreStart);
        }
        keyframeMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        SessionCursor cursor = reader->recordsAfter(ref, t, sessionTypeBit(SessionRecordType::RawMessage));
        SessionRecord record;
        while (cursor.next(&record)) {
            if (RawMessage *m = std::get_if<RawMessage>(&record.value)) {
                rebuild.push(std::move(*m));
                ++messages;
            }
        }
        rebuild.drain();
        const double rebuiltMs = double(timer.nsecsElapsed()) / 1e6;
        rebuild.pipeline->publishNow(); // the StateDelta to the CityMap
        frame.paint();
        seekMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        frameMs.push_back(seekMs.back() - rebuiltMs);
        applied += rebuild.pipeline->states().at(int(s % o.assets)).lastSeenMs > 0;
    }

    QElapsedTimer replayTimer;
    replayTimer.start();
    qint64 replayed = 0;
    {
        SessionCursor cursor = reader->records(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
                                               sessionTypeBit(SessionRecordType::RawMessage));
        SessionRecord record;
        while (cursor.next(&record)) {
            if (RawMessage *m = std::get_if<RawMessage>(&record.value)) {
                rebuild.push(std::move(*m));
                ++replayed;
            }
        }
        rebuild.drain();
    }
    const double replayS = double(replayTimer.nsecsElapsed()) / 1e9;
    int withData = 0;
    for (const AssetState &a : rebuild.pipeline->states())
        withData += a.hasData() ? 1 : 0;

    const auto mib = [](qint64 b) { return double(b) / double(1 << 20); };
    std::printf("\nfull state (SessionKeyframe + IngestPipeline), %d assets\n", o.assets);
    std::printf("%-40s %14lld %14lld\n", "raw messages (long, 1 h)", static_cast<long long>(longFile.messages),
                static_cast<long long>(shortFile.messages));
    std::printf("%-40s %14.1f %14.1f\n", "file size (MiB)", mib(longFile.bytes), mib(shortFile.bytes));
    std::printf("%-40s %14lld %14lld\n", "keyframes", static_cast<long long>(longFile.keyframes),
                static_cast<long long>(shortFile.keyframes));
    std::printf("%-40s %14.2f\n", "evaluator state per keyframe (MiB, raw)",
                mib(longFile.evaluatorBytes) / double(std::max<qint64>(1, longFile.keyframes)));
    std::printf("%-40s %14.0f\n", "write (records/s, with SQLite)", double(longFile.records) / longFile.seconds);
    std::printf("%-40s %14.3f %14.3f\n", "open, median of 21 (ms)", openLong, openShort);
    std::printf("%-40s %14.2f\n", "open ratio long / 1 h", openShort > 0 ? openLong / openShort : 0.0);
    std::printf("\nseeks: %d (avg %.0f messages after the keyframe, %lld alarm transitions in all)\n", o.seeks,
                double(messages) / std::max(1, o.seeks), static_cast<long long>(rebuild.alarmChanges));
    std::printf("%-40s %10s %10s %10s\n", "", "p50 ms", "p95 ms", "max ms");
    std::printf("%-40s %10.2f %10.2f %10.2f\n", "full state rebuilt, first frame painted", percentile(seekMs, 0.5),
                percentile(seekMs, 0.95), percentile(seekMs, 1.0));
    std::printf("%-40s %10.2f %10.2f %10.2f\n", "  of which keyframe read+decode+restore", percentile(keyframeMs, 0.5),
                percentile(keyframeMs, 0.95), percentile(keyframeMs, 1.0));
    std::printf("%-40s %10.2f %10.2f %10.2f\n", "    keyframe record read (inflate)", percentile(readMs, 0.5),
                percentile(readMs, 0.95), percentile(readMs, 1.0));
    std::printf("%-40s %10.2f %10.2f %10.2f\n", "    SessionKeyframe::decode", percentile(decodeMs, 0.5),
                percentile(decodeMs, 0.95), percentile(decodeMs, 1.0));
    std::printf("%-40s %10.2f %10.2f %10.2f\n", "    restore (states, alarms, evaluator)", percentile(evaluatorMs, 0.5),
                percentile(evaluatorMs, 0.95), percentile(evaluatorMs, 1.0));
    std::printf("%-40s %10.2f %10.2f %10.2f\n", "  of which first frame (delta, render)", percentile(frameMs, 0.5),
                percentile(frameMs, 0.95), percentile(frameMs, 1.0));
    std::printf("%-40s %10.2f %10.2f %10.2f\n", "records only (index, decode)", percentile(indexSeekMs, 0.5),
                percentile(indexSeekMs, 0.95), percentile(indexSeekMs, 1.0));
    std::printf("%-40s %10.2f %10.2f %10.2f\n", "SQLite: bare indexed range query", percentile(sqliteMs, 0.5),
                percentile(sqliteMs, 0.95), percentile(sqliteMs, 1.0));
    std::printf("\nreplay at max speed through IngestPipeline: %.0f messages/s (%lld messages, %.1f s; %d assets with data)\n",
                double(replayed) / replayS, static_cast<long long>(replayed), replayS, withData);
    (void)applied;
    return 0;
}

int run(const Options &o)
{
    QTemporaryDir temp;
    const QString dir = o.dir.isEmpty() ? temp.path() : o.dir;
    temp.setAutoRemove(!o.keep && o.dir.isEmpty());
    QDir().mkpath(dir);
    const QString longPath = QDir(dir).filePath(QStringLiteral("long.vigiesession"));
    const QString shortPath = QDir(dir).filePath(QStringLiteral("short.vigiesession"));
    const QString sqlitePath = QDir(dir).filePath(QStringLiteral("baseline.sqlite"));
    for (const QString &p : {longPath, shortPath, sqlitePath})
        QFile::remove(p);

    std::printf("vigie-bench-session: %d assets, %.2f h, %.3f msg/asset/h, keyframe every %d min and every %lld messages "
                "(0: off; ≥ %lld s apart), chunks %d KiB %s\n",
                o.assets, o.hours, o.ratePerHour, o.keyframeMinutes, static_cast<long long>(o.keyframeMessages),
                static_cast<long long>(o.keyframeMinIntervalMs / 1000), o.chunkKiB, o.compress ? "zlib-1" : "stored");
    SqliteBaseline sqlite;
    if (!sqlite.open(sqlitePath))
        return 1;
    Generated longFile;
    Generated shortFile;
    if (!generate(o, o.hours, longPath, &sqlite, &longFile) || !generate(o, std::min(1.0, o.hours), shortPath, nullptr, &shortFile))
        return 1;
    QElapsedTimer indexTimer;
    indexTimer.start();
    if (!sqlite.finish())
        return 1;
    const double sqliteIndexS = double(indexTimer.nsecsElapsed()) / 1e9;

    const double openLong = medianOpenMs(longPath, 21);
    const double openShort = medianOpenMs(shortPath, 21);

    SessionReader reader;
    if (!reader.open(longPath))
        return 1;
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<qint64> instant(longFile.startMs, longFile.endMs);
    std::vector<double> seekMs;
    std::vector<double> sqliteMs;
    qint64 seekRecords = 0;
    qint64 sqliteRows = 0;
    qint64 sqliteBytes = 0;
    std::vector<Latest> state(std::size_t(o.assets));
    for (int s = 0; s < o.seeks; ++s) {
        const qint64 t = instant(rng);
        QElapsedTimer timer;
        timer.start();
        const SessionKeyframeRef ref = reader.keyframeBefore(t);
        if (ref.isValid()) {
            const Result<SessionKeyframeRecord> kf = reader.readKeyframe(ref);
            if (kf.ok())
                applyKeyframe(kf->blob, &state);
        }
        SessionCursor cursor = reader.recordsAfter(ref, t);
        SessionRecord record;
        while (cursor.next(&record)) {
            if (const RawMessage *m = record.as<RawMessage>())
                state[std::size_t((m->id - 1) % o.assets)].atMs = m->receivedAtMs;
            ++seekRecords;
        }
        seekMs.push_back(double(timer.nsecsElapsed()) / 1e6);

        timer.restart();
        sqliteRows += sqlite.query(ref.isValid() ? ref.atMs : longFile.startMs, t, &sqliteBytes);
        sqliteMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    if (o.fullState)
        return runFullState(o, longFile, &reader, std::move(seekMs), std::move(sqliteMs), openLong, openShort, shortFile);

    QElapsedTimer replayTimer;
    replayTimer.start();
    qint64 replayed = 0;
    {
        SessionCursor cursor = reader.records(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        SessionRecord record;
        while (cursor.next(&record))
            ++replayed;
    }
    const double replayS = double(replayTimer.nsecsElapsed()) / 1e9;

    const auto mib = [](qint64 b) { return double(b) / double(1 << 20); };
    std::printf("\n%-34s %14s %14s\n", "", "long", "1 h");
    std::printf("%-34s %14lld %14lld\n", "raw messages", static_cast<long long>(longFile.messages),
                static_cast<long long>(shortFile.messages));
    std::printf("%-34s %14lld %14lld\n", "records", static_cast<long long>(longFile.records),
                static_cast<long long>(shortFile.records));
    std::printf("%-34s %14.1f %14.1f\n", "file size (MiB)", mib(longFile.bytes), mib(shortFile.bytes));
    std::printf("%-34s %14.0f %14.0f\n", "write (records/s, with SQLite for long)",
                double(longFile.records) / longFile.seconds, double(shortFile.records) / shortFile.seconds);
    std::printf("%-34s %14d %14s\n", "chunks", reader.chunkCount(), "");
    std::printf("%-34s %14.3f %14.3f\n", "open, median of 21 (ms)", openLong, openShort);
    std::printf("%-34s %14.2f\n", "open ratio long / 1 h", openShort > 0 ? openLong / openShort : 0.0);
    std::printf("\nseeks in the long file: %d (avg %.0f records after the keyframe)\n", o.seeks,
                double(seekRecords) / std::max(1, o.seeks));
    std::printf("%-34s %10s %10s %10s\n", "", "p50 ms", "p95 ms", "max ms");
    std::printf("%-34s %10.2f %10.2f %10.2f\n", "session: keyframe + records, decoded", percentile(seekMs, 0.5),
                percentile(seekMs, 0.95), percentile(seekMs, 1.0));
    std::printf("%-34s %10.2f %10.2f %10.2f\n", "SQLite: indexed range query", percentile(sqliteMs, 0.5),
                percentile(sqliteMs, 0.95), percentile(sqliteMs, 1.0));
    std::printf("SQLite: %.1f MiB, index built in %.1f s, %lld rows read\n", mib(QFileInfo(sqlitePath).size()),
                sqliteIndexS, static_cast<long long>(sqliteRows));
    std::printf("\nreplay, every record decoded in order: %.0f records/s (%lld records)\n",
                double(replayed) / replayS, static_cast<long long>(replayed));
    if (o.keep || !o.dir.isEmpty())
        std::printf("files kept in %s\n", qPrintable(dir));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    tuneAllocator(); // as app/main.cpp
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the first frame is painted into an image
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Session file open and seek benchmark (docs/recording.md)."));
    parser.addHelpOption();
    const QCommandLineOption assets(QStringLiteral("assets"), QStringLiteral("Assets (default 100000)."), QStringLiteral("n"));
    const QCommandLineOption hours(QStringLiteral("hours"), QStringLiteral("Length of the long file (default 24)."), QStringLiteral("h"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Messages per asset per hour (default 4.1667)."), QStringLiteral("r"));
    const QCommandLineOption keyframe(QStringLiteral("keyframe-min"), QStringLiteral("Minutes between keyframes (default 5)."), QStringLiteral("m"));
    const QCommandLineOption seeks(QStringLiteral("seeks"), QStringLiteral("Random seeks (default 100)."), QStringLiteral("n"));
    const QCommandLineOption chunk(QStringLiteral("chunk-kib"), QStringLiteral("Chunk size in KiB (default 256)."), QStringLiteral("k"));
    const QCommandLineOption stored(QStringLiteral("no-compression"), QStringLiteral("Store chunks uncompressed."));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Folder for the files (kept); default a temporary one."), QStringLiteral("path"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the temporary files."));
    const QCommandLineOption fullState(QStringLiteral("full-state"),
                                       QStringLiteral("Real SessionKeyframes, and seeks/replay through IngestPipeline (issue 7)."));
    const QCommandLineOption keyframeMessages(
        QStringLiteral("keyframe-messages"),
        QStringLiteral("Also a keyframe after n messages, ≥ 30 s after the last (default 10000, the app's; 0: off)."),
        QStringLiteral("n"));
    parser.addOptions({assets, hours, rate, keyframe, keyframeMessages, seeks, chunk, stored, dir, keep, fullState});
    parser.process(app);

    Options o;
    if (parser.isSet(assets))
        o.assets = std::max(1, parser.value(assets).toInt());
    if (parser.isSet(hours))
        o.hours = std::max(0.01, parser.value(hours).toDouble());
    if (parser.isSet(rate))
        o.ratePerHour = std::max(0.01, parser.value(rate).toDouble());
    if (parser.isSet(keyframe))
        o.keyframeMinutes = std::max(1, parser.value(keyframe).toInt());
    if (parser.isSet(keyframeMessages))
        o.keyframeMessages = std::max<qint64>(0, parser.value(keyframeMessages).toLongLong());
    if (parser.isSet(seeks))
        o.seeks = std::max(1, parser.value(seeks).toInt());
    if (parser.isSet(chunk))
        o.chunkKiB = std::max(1, parser.value(chunk).toInt());
    o.compress = !parser.isSet(stored);
    o.dir = parser.value(dir);
    o.keep = parser.isSet(keep);
    o.fullState = parser.isSet(fullState);
    return run(o);
}
