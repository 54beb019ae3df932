// Integration: record a scripted run (real mosquitto broker, ingest, alarms, interventions,
// operator actions) with SessionRecording, then replay the session with SessionPlayer into
// fresh services and check that at several instants, before and after keyframes, the
// replayed state equals the live one. Also: SessionKeyframe encoding and bad input.
#include "alarms/alarmservice.h"
#include "ingest/ingestservice.h"
#include "ingest/mqttsource.h"
#include "interventions/interventionservice.h"
#include "recording/sessioncodec.h"
#include "recording/sessionkeyframe.h"
#include "recording/sessionplayer.h"
#include "recording/sessionreader.h"
#include "recording/sessionrecording.h"
#include "storage/sqlite.h"
#include "storage/store.h"
#include "storage/storewriter.h"

#include "lampsandbins.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace vigie;

namespace {

const QString kCity = test::kLampsAndBinsCity;
using test::binId;
using test::lampId;

/// A store of 10 lamps and 10 bins, 0.001° apart.
struct CityStore : test::LampsAndBinsStore
{
    CityStore() : LampsAndBinsStore(QStringLiteral("city.sqlite"), 0.001) {}

    IngestConfig config() const
    {
        IngestConfig c;
        c.storePath = path;
        c.directory = directory;
        return c;
    }
};

AlarmSettings alarmSettings()
{
    AlarmSettings s;
    s.groupHoldMs = 0;          // no grouping: parents depend on wall-clock holds
    s.groupMinChildren = 1000;
    s.operatorName = QStringLiteral("Alice");
    return s;
}

QByteArray lampMessage(int lamp, const char *status, const char *power)
{
    return QStringLiteral(R"({"id": "%1", "type": "Streetlight", "status": "%2", "powerState": "%3", "dateObserved": "%4"})")
        .arg(lampId(lamp), QLatin1String(status), QLatin1String(power),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .toUtf8();
}

QByteArray binMessage(int bin, double level)
{
    return QStringLiteral(R"({"id": "%1", "type": "WasteContainer", "fillingLevel": %2, "dateObserved": "%3"})")
        .arg(binId(bin)).arg(level).arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .toUtf8();
}

/// What is compared between live and replay.
struct View
{
    QString label;
    qint64 atMs = 0;
    std::map<std::pair<qint32, qint64>, QString> alarms; ///< (asset, rule) → "state|shelveReason|count"
    std::map<qint32, QString> values;                     ///< asset → "fill|status|power|lastObserved"
    std::map<qint64, QString> interventions;              ///< id → "status|version"
};

/// Follows what views get: alarm list, state deltas, interventions.
struct Observer
{
    QVector<AssetState> states;
    QHash<qint64, Intervention> interventions;

    void applyDelta(const StateDelta &d)
    {
        for (qsizetype k = 0; k < d.assetIndexes.size(); ++k)
            states[d.assetIndexes[k]] = d.states[k];
    }

    View view(const AlarmService &alarms, const QString &label, qint64 atMs) const
    {
        View v;
        v.label = label;
        v.atMs = atMs;
        for (const Alarm &a : alarms.alarms())
            v.alarms[{a.assetIndex, a.ruleId}] = QStringLiteral("%1|%2|%3").arg(alarmStateKey(a.state), a.shelveReason).arg(a.count);
        for (qint32 i = 0; i < states.size(); ++i) {
            const AssetState &s = states[i];
            if (s.hasData())
                v.values[i] = QStringLiteral("%1|%2|%3|%4").arg(s.fillingLevel).arg(s.status, s.powerState).arg(s.lastObservedMs);
        }
        for (const Intervention &i : interventions)
            v.interventions[i.id] = QStringLiteral("%1|%2|%3|%4|%5")
                                        .arg(interventionStatusKey(i.status))
                                        .arg(i.version)
                                        .arg(int(i.kind))
                                        .arg(i.assetIds.join(QLatin1Char(',')), i.description);
        return v;
    }
};

/// Live ingest from the test broker: every topic of the test city, QoS 1.
std::unique_ptr<MqttSource> testvilleSource(const test::MosquittoBroker &broker, const QString &clientId)
{
    MqttSettings mqtt;
    mqtt.port = broker.port();
    mqtt.clientId = clientId;
    mqtt.subscriptions = {{QStringLiteral("vigie/testville/#"), 1}};
    return std::make_unique<MqttSource>(mqtt);
}

QString describe(const View &v)
{
    QStringList out;
    for (const auto &[k, s] : v.alarms)
        out << QStringLiteral("alarm %1/%2=%3").arg(k.first).arg(k.second).arg(s);
    for (const auto &[k, s] : v.values)
        out << QStringLiteral("asset %1=%2").arg(k).arg(s);
    for (const auto &[k, s] : v.interventions)
        out << QStringLiteral("intervention %1=%2").arg(k).arg(s);
    return out.join(QLatin1String("; "));
}

SessionRecorderOptions recorderOptions(const QString &folder)
{
    SessionRecorderOptions options;
    options.folder = folder;
    options.cityId = kCity;
    options.maxChunkAgeMs = 200;
    return options;
}

/// The live side: ingest from the test broker, alarms and interventions on the test
/// city, everything recorded into one session in `folder`. The Observer follows the views.
struct LiveRun
{
    CityStore city;
    IngestService ingest;
    AlarmService alarms;
    InterventionService interventions;
    SessionRecorder recorder;
    SessionRecording recording;
    Observer observer;
    test::TestPublisher publisher;
    QSignalSpy keyframes;
    QSignalSpy applied;

    LiveRun(const test::MosquittoBroker &broker, const QString &folder)
        : ingest(city.config())
        , alarms(alarmSettings())
        , interventions(city.path)
        , recorder(recorderOptions(folder))
        , recording(&recorder, SessionRecordingOptions{kCity, 3600'000, {}})
        , keyframes(&recording, &SessionRecording::keyframeRecorded)
        , applied(&interventions, &InterventionService::applied)
    {
        ingest.setSource(testvilleSource(broker, QStringLiteral("vigie-test-replay")));
        alarms.setCity(city.directory, {});
        interventions.setPollInterval(60'000);
        recording.attachIngest(&ingest);
        recording.attachAlarms(&alarms);
        recording.attachInterventions(&interventions);
        observer.states.resize(city.directory->size());
        QObject::connect(&ingest, &IngestService::stateChanged, &ingest, [this](const StateDelta &d) { observer.applyDelta(d); });
        QObject::connect(&ingest, &IngestService::observed, &alarms, &AlarmService::observe, Qt::DirectConnection);
        QObject::connect(&interventions, &InterventionService::interventionsChanged, &interventions,
                         [this](const QVector<Intervention> &changed, bool) {
                             for (const Intervention &v : changed)
                                 observer.interventions.insert(v.id, v);
                         });
    }

    /// Starts the services; `beforeRecording` runs once alarms are loaded, before the
    /// session's first keyframe. Returns an empty string, or what failed.
    QString start(int brokerPort, const std::function<void()> &beforeRecording = {})
    {
        QSignalSpy initial(&interventions, &InterventionService::interventionsChanged);
        QSignalSpy rules(&alarms, &AlarmService::rulesChanged);
        if (!ingest.start())
            return QStringLiteral("ingest did not start");
        alarms.start(city.path, ingest.writer());
        interventions.start(city.directory, SlaPolicy());
        if (!initial.wait(5000) || (rules.isEmpty() && !rules.wait(5000)))
            return QStringLiteral("interventions or alarm rules not loaded");
        if (beforeRecording) {
            beforeRecording();
            alarms.sync();
        }
        if (!recorder.start())
            return QStringLiteral("recorder did not start");
        recording.start();
        if (!QTest::qWaitFor([&] { return keyframes.size() == 1; }, 5000))
            return QStringLiteral("no first keyframe");
        if (!QTest::qWaitFor([&] { return ingest.source()->state() == SourceState::Connected; }, 10000))
            return QStringLiteral("not connected");
        QString error;
        if (!publisher.connect(brokerPort, &error))
            return error;
        return {};
    }

    /// Waits until what was published has reached the views.
    void settle()
    {
        QVERIFY(publisher.waitAcknowledged());
        QTest::qWait(150);
        ingest.sync();
        alarms.sync();
        QTest::qWait(350); // deltas (≤ 100 ms) and GUI-side signals
    }

    View capture(const QString &label)
    {
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        View v = observer.view(alarms, label, at);
        QTest::qWait(20); // nothing happens at the captured instant itself
        return v;
    }

    bool keyframe()
    {
        const qsizetype before = keyframes.size();
        recording.requestKeyframe();
        const bool taken = QTest::qWaitFor([&] { return keyframes.size() == before + 1; }, 5000);
        QTest::qWait(50);
        return taken;
    }

    /// Stops recording and the services; returns the session file.
    QString stop(const QString &folder)
    {
        recorder.stop();
        QString path = recorder.stats().currentPath;
        interventions.stop();
        alarms.stop();
        ingest.stop();
        if (path.isEmpty()) {
            const QStringList files = QDir(folder).entryList({QStringLiteral("*.vigiesession")});
            if (files.size() == 1)
                path = QDir(folder).filePath(files.first());
        }
        return path;
    }
};

/// The review side: a SessionPlayer feeding fresh ingest and alarm services (nothing
/// written to the store), and an Observer following the views as the app's would.
struct ReplayRun
{
    CityStore city;
    SessionPlayer player;
    std::unique_ptr<IngestService> ingest;
    std::unique_ptr<AlarmService> alarms;
    Observer observer;
    QSignalSpy seeks;

    ReplayRun() : seeks(&player, &SessionPlayer::seekFinished) {}
    ~ReplayRun()
    {
        if (ingest)
            ingest->stop();
        if (alarms)
            alarms->stop();
    }

    QString open(const QString &path)
    {
        if (const auto opened = player.open(path); !opened)
            return opened.error().message;
        ingest = std::make_unique<IngestService>(city.config());
        ingest->useSource(player.source());
        alarms = std::make_unique<AlarmService>(alarmSettings());
        alarms->setCity(city.directory, {});
        alarms->setClock(player.clock());
        QObject::connect(ingest.get(), &IngestService::observed, alarms.get(), &AlarmService::observe, Qt::DirectConnection);
        observer.states.resize(city.directory->size());
        QObject::connect(ingest.get(), &IngestService::stateChanged, ingest.get(), [this](const StateDelta &d) { observer.applyDelta(d); });
        // Interventions in review: the keyframe's snapshots, then the events replayed after it.
        QObject::connect(&player, &SessionPlayer::keyframeRestored, &player, [this](qint64, const QByteArray &blob) {
            observer.interventions.clear();
            auto k = SessionKeyframe::decode(blob);
            QVERIFY(k.ok());
            for (const Intervention &v : k->interventions)
                observer.interventions.insert(v.id, v);
        });
        QObject::connect(&player, &SessionPlayer::interventionEventReplayed, &player, [this](const InterventionEvent &e) {
            QVERIFY(e.after); // every event recorded by this version carries its intervention
            observer.interventions[e.interventionId] = *e.after;
        });
        if (!ingest->start())
            return QStringLiteral("ingest did not start");
        alarms->start(city.path, nullptr); // review: nothing written to the store
        QTest::qWait(300);
        player.attachServices(ingest.get(), alarms.get());
        return {};
    }

    /// Seeks to `atMs`; false if the seek did not finish there.
    bool seek(qint64 atMs)
    {
        seeks.clear();
        player.seek(atMs);
        return seeks.wait(10000) && seeks.constFirst().at(0).toLongLong() == qBound(player.startMs(), atMs, player.endMs());
    }

    View view(const View &expected) const { return observer.view(*alarms, expected.label, expected.atMs); }
};

QString mismatch(const View &expected, const View &got)
{
    return expected.label + QStringLiteral("\nlive:   ") + describe(expected) + QStringLiteral("\nreplay: ") + describe(got);
}

} // namespace

class TestSessionReplay : public QObject
{
    Q_OBJECT
private slots:
    void keyframeRoundTrip();
    void keyframeStatesExactAtAnyTime();
    void keyframeVersion1StillRead();
    void keyframeRejectsBadInput();
    void keyframeAfterEnoughMessages();
    void replayEqualsLive();
    void replayEqualsLiveWithDelays();
};

void TestSessionReplay::keyframeRoundTrip()
{
    SessionKeyframe k;
    k.atMs = 1764540000000;
    k.cityId = kCity;
    k.states.resize(5);
    k.assetCount = 5;
    k.states[1].fillingLevel = 0.42;
    k.states[1].fillingLevelAtMs = 1764539990000;
    k.states[1].lastSeenMs = 1764539990100;
    k.states[3].status = QStringLiteral("defectiveLamp");
    k.states[3].staleMask = AssetState::StatusStale;
    k.lastMessageId = 99;
    k.alarms.rules = defaultAlarmRules();
    Alarm a;
    a.id = 7;
    a.assetIndex = 3;
    a.ruleId = 4;
    a.kind = AlarmRuleKind::StateCode;
    a.state = AlarmState::Shelved;
    a.shelvedUntilMs = 1764543600000;
    a.shelveReason = QStringLiteral("travaux rue de Bari");
    a.conditionActive = true;
    k.alarms.alarms << a;
    k.alarms.maxAlarmId = 12;
    k.alarms.evaluatorState = QByteArray("VRE\x01 opaque to the keyframe", 28);
    Intervention v;
    v.id = 3;
    v.version = 2;
    v.status = InterventionStatus::Assigned;
    v.assetIds = {lampId(3)};
    v.alarmIds = {7};
    v.breakdown.terms << PriorityTerm{QStringLiteral("night"), 1, QStringLiteral("nuit"), 10, 10};
    k.interventions << v;
    CrewFix f;
    f.crewId = QStringLiteral("eclairage-nord");
    f.lon = 3.87;
    f.lat = 43.6;
    k.crewFixes << f;

    const QByteArray bytes = k.encode();
    Result<SessionKeyframe> back = SessionKeyframe::decode(bytes);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(back->atMs, k.atMs);
    QCOMPARE(back->cityId, kCity);
    QCOMPARE(back->states.size(), 5);
    QCOMPARE(back->states[1].fillingLevel, 0.42);
    QCOMPARE(back->states[1].lastSeenMs, 1764539990100);
    QCOMPARE(back->states[3].status, QStringLiteral("defectiveLamp"));
    QCOMPARE(back->states[3].staleMask, quint8(AssetState::StatusStale));
    QVERIFY(std::isnan(back->states[0].fillingLevel));
    QCOMPARE(back->alarms.rules.size(), k.alarms.rules.size());
    QCOMPARE(back->alarms.rules.constLast().key, k.alarms.rules.constLast().key);
    QCOMPARE(back->alarms.alarms.size(), 1);
    QCOMPARE(back->alarms.alarms[0].state, AlarmState::Shelved);
    QCOMPARE(back->alarms.alarms[0].shelveReason, a.shelveReason);
    QCOMPARE(back->alarms.alarms[0].shelvedUntilMs, a.shelvedUntilMs);
    QCOMPARE(back->alarms.maxAlarmId, 12);
    QCOMPARE(back->alarms.evaluatorState, k.alarms.evaluatorState);
    QCOMPARE(back->interventions.size(), 1);
    QCOMPARE(back->interventions[0].status, InterventionStatus::Assigned);
    QCOMPARE(back->interventions[0].breakdown.terms.size(), 1);
    QCOMPARE(back->crewFixes.size(), 1);
    QCOMPARE(back->crewFixes[0].crewId, f.crewId);
    QCOMPARE(back->encode(), bytes);

    // Version 2 (before the evaluator state) is still read: the same bytes without it.
    SessionKeyframe withoutState = k;
    withoutState.alarms.evaluatorState.clear();
    QByteArray v2 = withoutState.encode();
    v2.chop(4); // the empty evaluator state's length
    v2[4] = 2;
    const Result<SessionKeyframe> old = SessionKeyframe::decode(v2);
    QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error().message));
    QVERIFY(old->alarms.evaluatorState.isEmpty());
    QCOMPARE(old->crewFixes.size(), 1);
    QVERIFY(!SessionKeyframe::decode(bytes.first(bytes.size() - 3)).ok());

    // An intervention event carries its intervention; a damaged tail is refused, not half read.
    InterventionEvent e{3, 2, k.atMs, QStringLiteral("Alice"), QStringLiteral("assign"), InterventionStatus::New,
                        InterventionStatus::Assigned, {}, v};
    QByteArray body = session::encodeInterventionEvent(e);
    const auto record = session::decodeRecord({SessionRecordType::InterventionEvent, e.atMs, body});
    QVERIFY(record && record->as<InterventionEvent>() && record->as<InterventionEvent>()->after);
    QCOMPARE(record->as<InterventionEvent>()->after->assetIds, v.assetIds);
    QCOMPARE(record->as<InterventionEvent>()->after->breakdown.terms.size(), 1);
    body.chop(1);
    QVERIFY(!session::decodeRecord({SessionRecordType::InterventionEvent, e.atMs, body}));
}

void TestSessionReplay::keyframeStatesExactAtAnyTime()
{
    // Version 2 writes times as differences: every time, however far from the keyframe's
    // or from each other (extremes included), and every field combination comes back.
    SessionKeyframe k;
    k.atMs = 1764540000000;
    const qint64 times[] = {0, 1, -1, k.atMs, k.atMs - 1, k.atMs + 86'400'000, std::numeric_limits<qint64>::max(),
                            std::numeric_limits<qint64>::min(), 1};
    const int n = int(std::size(times));
    for (int i = 0; i < 64; ++i) {
        AssetState s;
        s.fillingLevelAtMs = times[i % n];
        s.statusAtMs = times[(i + 1) % n];
        s.powerStateAtMs = times[(i + 2) % n];
        s.lastSeenMs = times[(i + 3) % n];
        s.lastObservedMs = times[(i + 5) % n];
        s.lastInvalidMs = times[(i + 7) % n];
        if (i & 1)
            s.fillingLevel = i / 64.0;
        if (i & 2)
            s.status = i & 8 ? QStringLiteral("défaut") : QStringLiteral("ok");
        if (i & 4)
            s.powerState = QStringLiteral("off");
        s.staleMask = quint8(i >> 4);
        k.states << s;
    }
    k.states << AssetState(); // never heard of
    k.assetCount = qint32(k.states.size());
    const QByteArray bytes = k.encode();
    const Result<SessionKeyframe> back = SessionKeyframe::decode(bytes);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(back->states.size(), k.states.size());
    for (int i = 0; i < k.states.size(); ++i) {
        const AssetState &a = k.states.at(i);
        const AssetState &b = back->states.at(i);
        QVERIFY2(std::isnan(a.fillingLevel) ? std::isnan(b.fillingLevel) : a.fillingLevel == b.fillingLevel,
                 qPrintable(QString::number(i)));
        QCOMPARE(b.fillingLevelAtMs, a.fillingLevelAtMs);
        QCOMPARE(b.status, a.status);
        QCOMPARE(b.statusAtMs, a.statusAtMs);
        QCOMPARE(b.powerState, a.powerState);
        QCOMPARE(b.powerStateAtMs, a.powerStateAtMs);
        QCOMPARE(b.lastSeenMs, a.lastSeenMs);
        QCOMPARE(b.lastObservedMs, a.lastObservedMs);
        QCOMPARE(b.staleMask, a.staleMask);
        QCOMPARE(b.lastInvalidMs, a.lastInvalidMs);
    }
    // A typical container (value, status, four equal times) takes 17 bytes, against 76 in version 1.
    SessionKeyframe many;
    many.atMs = k.atMs;
    many.states.resize(1000);
    many.assetCount = 1000;
    for (AssetState &s : many.states) {
        s.fillingLevel = 0.5;
        s.status = QStringLiteral("ok");
        s.fillingLevelAtMs = s.statusAtMs = s.lastSeenMs = s.lastObservedMs = k.atMs - 120'000;
    }
    QVERIFY2(many.encode().size() <= 1000 * 17 + 200, qPrintable(QString::number(many.encode().size())));
}

void TestSessionReplay::keyframeVersion1StillRead()
{
    // A version 1 keyframe as Vigie wrote it before: full-width states, presence byte 1.
    QByteArray v1("VKF", 4);
    session::ByteWriter w(&v1);
    w.u16(1);
    w.i64(1764540000000);
    w.str(kCity);
    w.i32(2);   // assets
    w.i64(41);  // lastMessageId
    w.u8(0);    // asset 0: never heard of
    w.u8(1);    // asset 1
    w.f64(0.75);
    w.i64(1764539990000);
    w.str(QStringLiteral("ok"));
    w.i64(1764539990001);
    w.str(QString());
    w.i64(0);
    w.i64(1764539990100);
    w.i64(1764539990000);
    w.u8(AssetState::FillingLevelStale);
    w.i64(0);
    w.u32(0); // rules
    w.u32(0); // alarms
    w.i64(3); // maxAlarmId
    w.u32(0); // interventions
    w.u32(0); // crew fixes
    const Result<SessionKeyframe> back = SessionKeyframe::decode(v1);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(back->lastMessageId, 41);
    QVERIFY(!back->states[0].hasData());
    QCOMPARE(back->states[1].fillingLevel, 0.75);
    QCOMPARE(back->states[1].status, QStringLiteral("ok"));
    QCOMPARE(back->states[1].statusAtMs, 1764539990001);
    QCOMPARE(back->states[1].lastSeenMs, 1764539990100);
    QCOMPARE(back->states[1].staleMask, quint8(AssetState::FillingLevelStale));
    QCOMPARE(back->alarms.maxAlarmId, 3);
}

void TestSessionReplay::keyframeRejectsBadInput()
{
    SessionKeyframe k;
    k.states.resize(100);
    for (int i = 0; i < 100; i += 3)
        k.states[i].status = QStringLiteral("ok");
    Alarm a;
    a.id = 1;
    a.assetIndex = 6;
    k.alarms.alarms << a;
    const QByteArray good = k.encode();
    QVERIFY(SessionKeyframe::decode(good).ok());

    QCOMPARE(SessionKeyframe::decode({}).error().code, QStringLiteral("badKeyframe"));
    QCOMPARE(SessionKeyframe::decode("not a keyframe at all").error().code, QStringLiteral("badKeyframe"));
    QByteArray newer = good;
    newer[4] = char(0x7f);
    QCOMPARE(SessionKeyframe::decode(newer).error().code, QStringLiteral("unsupportedKeyframe"));
    // Every truncation fails cleanly.
    for (qsizetype n = 0; n < good.size(); ++n)
        QVERIFY2(!SessionKeyframe::decode(good.left(n)).ok(), qPrintable(QString::number(n)));
    QVERIFY(!SessionKeyframe::decode(good + "x").ok());
    // A huge asset count does not allocate.
    QByteArray huge = good;
    const qsizetype countAt = 4 + 2 + 8 + 4; // magic, version, atMs, empty city id
    huge[countAt + 3] = char(0x7f);
    QCOMPARE(SessionKeyframe::decode(huge).error().code, QStringLiteral("badKeyframe"));
    // An alarm pointing outside the directory is refused.
    SessionKeyframe outside = k;
    outside.alarms.alarms[0].assetIndex = 100;
    QVERIFY(!SessionKeyframe::decode(outside.encode()).ok());
    // Random corruption never crashes.
    QRandomGenerator rng(7);
    for (int round = 0; round < 2000; ++round) {
        QByteArray bad = good;
        for (int flips = 0; flips < 1 + round % 4; ++flips)
            bad[rng.bounded(int(bad.size()))] = char(rng.bounded(256));
        (void)SessionKeyframe::decode(bad);
    }
}

void TestSessionReplay::keyframeAfterEnoughMessages()
{
    // SessionRecordingOptions::keyframeEveryMessages: a busy city gets a keyframe every n
    // messages, but never two within keyframeMinIntervalMs.
    test::MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    QTemporaryDir sessions;
    CityStore city;
    IngestService ingest(city.config());
    ingest.setSource(testvilleSource(broker, QStringLiteral("vigie-test-keyframes")));
    SessionRecorderOptions options;
    options.folder = sessions.path();
    options.cityId = kCity;
    SessionRecorder recorder(options);
    qint64 clock = 1'764'540'000'000;
    SessionRecordingOptions recordingOptions{kCity, 3600'000, [&clock] { return clock; }};
    recordingOptions.keyframeEveryMessages = 4;
    recordingOptions.keyframeMinIntervalMs = 60'000;
    SessionRecording recording(&recorder, recordingOptions);
    recording.attachIngest(&ingest);
    QSignalSpy keyframes(&recording, &SessionRecording::keyframeRecorded);
    QVERIFY(ingest.start());
    QVERIFY(recorder.start());
    recording.start();
    QTRY_COMPARE_WITH_TIMEOUT(keyframes.size(), 1, 5000); // the file's first
    QTRY_VERIFY_WITH_TIMEOUT(ingest.source()->state() == SourceState::Connected, 10000);
    test::TestPublisher publisher;
    QVERIFY2(publisher.connect(broker.port(), &error), qPrintable(error));
    auto burst = [&](int messages) {
        for (int i = 0; i < messages; ++i)
            QVERIFY(publisher.publish("vigie/testville/WasteContainer", binMessage(i % 6, 0.1 * (i % 10))));
        QVERIFY(publisher.waitAcknowledged());
        QTest::qWait(150);
        ingest.sync();
        QTest::qWait(100);
    };

    burst(3); // fewer than 4 since the keyframe
    QCOMPARE(keyframes.size(), 1);
    clock += 120'000;
    burst(2); // 5 since the keyframe, 2 min after it
    QTRY_COMPARE_WITH_TIMEOUT(keyframes.size(), 2, 5000);
    QCOMPARE(keyframes.constLast().at(0).toLongLong(), clock);
    clock += 10'000;
    burst(8); // enough messages, but only 10 s after the last keyframe
    QTest::qWait(200);
    QCOMPARE(keyframes.size(), 2);
    clock += 60'000;
    burst(1); // the count carried over; now the interval has passed too
    QTRY_COMPARE_WITH_TIMEOUT(keyframes.size(), 3, 5000);
    QVERIFY(recorder.stop());
    ingest.stop();
}

void TestSessionReplay::replayEqualsLive()
{
    test::MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    QTemporaryDir sessions;
    QString sessionPath;
    QVector<View> live;

    // ---------------------------------------------------------------- live run, recorded
    {
        LiveRun run(broker, sessions.path());
        const QString failed = run.start(broker.port());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        test::TestPublisher &publisher = run.publisher;
        AlarmService &alarms = run.alarms;
        auto alarmOf = [&](int lamp) -> qint64 {
            for (const Alarm &a : alarms.alarms()) {
                if (a.assetIndex == run.city.directory->indexOf(lampId(lamp)))
                    return a.id;
            }
            return 0;
        };

        for (int i = 0; i < 6; ++i) {
            QVERIFY(publisher.publish("vigie/testville/Streetlight", lampMessage(i, "ok", "on")));
            QVERIFY(publisher.publish("vigie/testville/WasteContainer", binMessage(i, 0.1 * i)));
        }
        run.settle();
        live << run.capture(QStringLiteral("values"));

        QVERIFY(publisher.publish("vigie/testville/Streetlight", lampMessage(1, "defectiveLamp", "off")));
        QVERIFY(publisher.publish("vigie/testville/Streetlight", lampMessage(2, "brokenLantern", "off")));
        QVERIFY(publisher.publish("vigie/testville/WasteContainer", binMessage(7, 0.55)));
        run.settle();
        QVERIFY(alarmOf(1) && alarmOf(2));
        live << run.capture(QStringLiteral("two alarms"));

        alarms.acknowledge({alarmOf(1)});
        run.settle();
        alarms.shelve({alarmOf(2)}, QStringLiteral("travaux"), QDateTime::currentMSecsSinceEpoch() + 3600'000);
        run.settle();
        live << run.capture(QStringLiteral("acknowledged and shelved, before keyframe"));

        QVERIFY(run.keyframe());
        live << run.capture(QStringLiteral("right after keyframe"));

        QVERIFY(publisher.publish("vigie/testville/Streetlight", lampMessage(1, "ok", "on")));   // clears: acked → normal
        QVERIFY(publisher.publish("vigie/testville/Streetlight", lampMessage(3, "columnIssue", "off")));
        QVERIFY(publisher.publish("vigie/testville/WasteContainer", binMessage(2, 0.35)));
        run.settle();
        live << run.capture(QStringLiteral("cleared and new alarm"));

        InterventionChange create;
        create.requestId = 1;
        create.action = InterventionChange::Action::Create;
        create.actor = QStringLiteral("Alice");
        create.fields.kind = InterventionKind::Lighting;
        create.fields.assetIds = {lampId(3)};
        create.fields.description = QStringLiteral("Crosse endommagée");
        create.fields.alarmIds = {alarmOf(3)};
        run.interventions.submit(create);
        QVERIFY(run.applied.wait(5000));
        const Intervention created = run.applied.constLast().at(2).value<Intervention>();
        InterventionChange note;
        note.requestId = 2;
        note.action = InterventionChange::Action::AddNote;
        note.interventionId = created.id;
        note.expectedVersion = created.version;
        note.actor = QStringLiteral("Alice");
        note.text = QStringLiteral("appeler la mairie de quartier");
        run.interventions.submit(note);
        QVERIFY(run.applied.wait(5000));
        InterventionChange cancel;
        cancel.requestId = 3;
        cancel.action = InterventionChange::Action::SetStatus;
        cancel.interventionId = created.id;
        cancel.expectedVersion = created.version;
        cancel.status = InterventionStatus::Cancelled;
        cancel.text = QStringLiteral("doublon");
        cancel.actor = QStringLiteral("Alice");
        run.interventions.submit(cancel);
        QVERIFY(run.applied.wait(5000));
        alarms.comment(alarmOf(3), QStringLiteral("vu sur caméra"));
        alarms.acknowledge({alarmOf(3)});
        run.settle();
        live << run.capture(QStringLiteral("intervention and acknowledged"));

        alarms.unshelve({alarmOf(2)});
        QVERIFY(publisher.publish("vigie/testville/WasteContainer", binMessage(7, 0.9)));
        run.settle();
        live << run.capture(QStringLiteral("unshelved, end"));

        sessionPath = run.stop(sessions.path());
        QVERIFY(!sessionPath.isEmpty());
    }
    {
        SessionReader reader;
        QVERIFY(reader.open(sessionPath).ok());
        const SessionCounts counts = reader.counts();
        qInfo() << "session records by type" << QList<qint64>(counts.byType.begin(), counts.byType.end());
        QCOMPARE(counts.of(SessionRecordType::RawMessage), 19);
        QCOMPARE(counts.of(SessionRecordType::Keyframe), 2);
        QVERIFY(counts.of(SessionRecordType::AlarmTransition) >= 6);
        QVERIFY(counts.of(SessionRecordType::OperatorAction) >= 6); // ack×2, shelve, unshelve, comment, intervention changes
        QVERIFY(counts.of(SessionRecordType::InterventionEvent) >= 3);
        QVERIFY(counts.of(SessionRecordType::ObservationBatch) >= 1);
    }

    // ---------------------------------------------------------------- replay
    ReplayRun replay;
    const QString failed = replay.open(sessionPath);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    SessionPlayer &player = replay.player;
    QCOMPARE(player.header().cityId, kCity);
    QVERIFY(player.damage().isEmpty());
    QCOMPARE(player.keyframeTimes().size(), 2);

    // Forwards, then backwards and across the keyframe, so every seek resets the state.
    QVector<int> order;
    for (int i = 0; i < live.size(); ++i)
        order << i;
    for (int i = live.size() - 1; i >= 0; --i)
        order << i;
    order << 1 << 4 << 3 << 2;
    for (int i : std::as_const(order)) {
        const View &expected = live[i];
        QVERIFY2(replay.seek(expected.atMs), qPrintable(expected.label));
        QTest::qWait(300);
        const View got = replay.view(expected);
        QVERIFY2(got.values == expected.values, qPrintable(mismatch(expected, got)));
        QVERIFY2(got.alarms == expected.alarms, qPrintable(mismatch(expected, got)));
        QVERIFY2(got.interventions == expected.interventions, qPrintable(mismatch(expected, got)));
    }

    // Markers, bookmarks and playing to the end.
    const qint64 firstAction = player.nextMarker(player.startMs(), sessionTypeBit(SessionRecordType::OperatorAction));
    QVERIFY(firstAction > live[1].atMs);
    QVERIFY(firstAction < live[2].atMs);
    QCOMPARE(player.previousMarker(firstAction + 1, sessionTypeBit(SessionRecordType::OperatorAction)), firstAction);
    QCOMPARE(player.previousMarker(player.startMs(), kSessionMarkerTypes), -1);
    QVERIFY(player.addBookmark(live[3].atMs, QStringLiteral("à revoir")).ok());
    QVERIFY(QFile::exists(SessionPlayer::bookmarksPath(sessionPath)));
    QCOMPARE(player.nextMarker(live[3].atMs - 1, sessionTypeBit(SessionRecordType::Bookmark)), live[3].atMs);
    {
        SessionPlayer again;
        QVERIFY(again.open(sessionPath).ok());
        QCOMPARE(again.nextMarker(live[3].atMs - 1, sessionTypeBit(SessionRecordType::Bookmark)), live[3].atMs);
    }
    QSignalSpy finished(&player, &SessionPlayer::finished);
    QVERIFY(replay.seek(live[4].atMs));
    player.setSpeed(5000);
    QCOMPARE(player.speed(), 1000.0);
    player.play();
    QVERIFY(player.isPlaying());
    QVERIFY(finished.wait(10000));
    QTest::qWait(600);
    const View end = replay.observer.view(*replay.alarms, QStringLiteral("played to the end"), player.endMs());
    QVERIFY2(end.alarms == live.constLast().alarms, qPrintable(mismatch(live.constLast(), end)));
    QVERIFY(end.values == live.constLast().values);
}

void TestSessionReplay::replayEqualsLiveWithDelays()
{
    // container.full with a 3 s on-delay and a 3 s off-delay: keyframes taken while a delay
    // runs must carry it (the rule evaluator's memory), or a seek just after them shows no
    // alarm where live had one, and the reverse.
    test::MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    QTemporaryDir sessions;
    QString sessionPath;
    QVector<View> live;
    {
        LiveRun run(broker, sessions.path());
        const QString failed = run.start(broker.port(), [&] {
            AlarmRules rules = run.alarms.rules();
            for (AlarmRule &r : rules) {
                if (r.key == QLatin1String("container.full")) {
                    r.onDelayMs = 3000;
                    r.offDelayMs = 3000;
                }
            }
            run.alarms.setRules(rules);
        });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const qint32 bin1 = run.city.directory->indexOf(binId(1));
        auto stateOf = [&] {
            for (const Alarm &a : run.alarms.alarms()) {
                if (a.assetIndex == bin1)
                    return a.state;
            }
            return AlarmState::Normal;
        };
        auto full = [&] { return stateOf() == AlarmState::Unacknowledged; };

        QVERIFY(run.publisher.publish("vigie/testville/WasteContainer", binMessage(1, 0.95)));
        QVERIFY(run.publisher.publish("vigie/testville/WasteContainer", binMessage(2, 0.4)));
        run.settle();
        QVERIFY(!full());
        live << run.capture(QStringLiteral("full, on-delay running"));
        QVERIFY(run.keyframe()); // within the on-delay
        QTRY_VERIFY_WITH_TIMEOUT(full(), 6000);
        QTest::qWait(1200);
        live << run.capture(QStringLiteral("raised after the on-delay"));

        QVERIFY(run.publisher.publish("vigie/testville/WasteContainer", binMessage(1, 0.1)));
        run.settle();
        QVERIFY(full());
        live << run.capture(QStringLiteral("emptied, off-delay running"));
        QVERIFY(run.keyframe()); // within the off-delay
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(), AlarmState::ReturnedUnacknowledged, 6000);
        QTest::qWait(1200);
        live << run.capture(QStringLiteral("cleared after the off-delay"));

        // The supervisor lowers the setpoint (recorded as MainWindow does, no keyframe
        // after it): bin 2 at 0.4 becomes full 3 s later, in replay too.
        const AlarmRules before = run.alarms.rules();
        AlarmRules after = before;
        for (AlarmRule &r : after) {
            if (r.key == QLatin1String("container.full"))
                r.setpoint = 0.35;
        }
        QVERIFY(run.recording.recordAction(QStringLiteral("Alice"), QStringLiteral("settingsChange"), QStringLiteral("setting"),
                                           QStringLiteral("alarms/rules"), alarmRulesChange(before, after)));
        run.alarms.setRules(after);
        const qint32 bin2 = run.city.directory->indexOf(binId(2));
        QVERIFY(run.publisher.publish("vigie/testville/WasteContainer", binMessage(2, 0.4)));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(run.alarms.alarms().cbegin(), run.alarms.alarms().cend(),
                                             [&](const Alarm &a) { return a.assetIndex == bin2; }), 8000);
        QTest::qWait(1200);
        live << run.capture(QStringLiteral("raised under the rule changed mid-session"));
        sessionPath = run.stop(sessions.path());
        QVERIFY(!sessionPath.isEmpty());
    }
    // The scenario did what it says: container.full pending, raised, still on, returned.
    QVERIFY2(live[0].alarms.empty(), qPrintable(describe(live[0])));
    QCOMPARE(live[1].alarms.size(), 1);
    const auto fullAlarm = live[1].alarms.begin();
    QVERIFY(fullAlarm->second.startsWith(QLatin1String("unack|")));
    QCOMPARE(live[2].alarms.at(fullAlarm->first), fullAlarm->second); // (the emptying raises its own alarm too)
    QVERIFY(live[3].alarms.at(fullAlarm->first).startsWith(QLatin1String("rtnun|")));
    QCOMPARE(live[4].alarms.size(), live[3].alarms.size() + 1);

    ReplayRun replay;
    const QString failed = replay.open(sessionPath);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(replay.player.keyframeTimes().size(), 3);
    for (const int i : {1, 3, 0, 2, 4, 1, 3}) {
        const View &expected = live[i];
        QVERIFY2(replay.seek(expected.atMs), qPrintable(expected.label));
        // Delays elapse at the alarm thread's next tick (1 s), as they did live.
        (void)QTest::qWaitFor([&] { return replay.view(expected).alarms == expected.alarms; }, 3000); // checked below
        QTest::qWait(1200); // and nothing else comes after
        const View got = replay.view(expected);
        QVERIFY2(got.alarms == expected.alarms, qPrintable(mismatch(expected, got)));
        QVERIFY2(got.values == expected.values, qPrintable(mismatch(expected, got)));
    }
}

QTEST_GUILESS_MAIN(TestSessionReplay)
#include "tst_sessionreplay.moc"
