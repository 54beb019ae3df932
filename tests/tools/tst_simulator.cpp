#include "cityassets.h"
#include "domain/assetdirectory.h"
#include "ingest/fiwaredecoder.h"
#include "io/ogrimporter.h"
#include "runner.h"
#include "simulator.h"
#include "sunclock.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace vigie;
using namespace vigie::sim;

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

qint64 parisTime(const char *local)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(local), Qt::ISODate);
    return QDateTime(t.date(), t.time(), QTimeZone("Europe/Paris")).toMSecsSinceEpoch();
}

/// The simulator's assets of a shipped pack, imported once per test run.
const CityAssets &cityAssets(const QString &id)
{
    static QHash<QString, CityAssets> cache;
    if (!cache.contains(id)) {
        auto pack = CityPack::load(QStringLiteral(CITIES_DIR "/") + id);
        if (!pack)
            qFatal("cannot load pack %s: %s", qPrintable(id), qPrintable(pack.error().message));
        auto city = loadCityAssets(pack.value());
        if (!city)
            qFatal("cannot import pack %s: %s", qPrintable(id), qPrintable(city.error().message));
        cache.insert(id, city.value());
    }
    return cache[id];
}

/// What Vigie binds entity ids against, built independently of the simulator: the pack's
/// asset layers read with the importer, ids made with assetUrn.
const AssetDirectory &directoryOf(const QString &id)
{
    static QHash<QString, AssetDirectory> cache;
    if (!cache.contains(id)) {
        const CityPack pack = CityPack::load(QStringLiteral(CITIES_DIR "/") + id).value();
        QVector<AssetRecord> records;
        for (const PackLayer &layer : pack.layers) {
            if (layer.role != LayerRole::Asset)
                continue;
            auto imported = ogrimport::importLayer(layer);
            if (!imported)
                qFatal("cannot import %s", qPrintable(layer.id));
            for (const ImportedFeature &f : imported->features)
                records << AssetRecord{assetUrn(layer.kind, pack.id, f.ref), layer.kind, layer.id, f.ref,
                                       f.label, f.address, f.labelLon, f.labelLat};
        }
        cache.insert(id, AssetDirectory(records));
    }
    return cache[id];
}

SimulatorConfig configFor(const QString &city, qint64 startMs, quint64 seed = 1)
{
    SimulatorConfig c;
    c.cityId = city;
    c.zone = QTimeZone("Europe/Paris");
    c.startMs = startMs;
    c.seed = seed;
    return c;
}

/// Drives a simulator as the runner does at `rate` messages per second and `speed`, with
/// wall-clock stamps starting at `wallStartMs`.
QVector<SimMessage> drive(Simulator &sim, int count, qint64 wallStartMs, double rate = 200, double speed = 120)
{
    QVector<SimMessage> out;
    const qint64 start = sim.simTimeMs();
    for (int k = 0; k < count; ++k) {
        sim.advanceTo(start + qint64(double(k) / rate * speed * 1000.0));
        if (auto m = sim.nextMessage(wallStartMs + qint64(double(k) * 1000.0 / rate)))
            out << *m;
    }
    return out;
}

QByteArray masked(const QByteArray &payload)
{
    static const QRegularExpression stamp(QStringLiteral(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)"));
    return QString::fromLatin1(payload).replace(stamp, QStringLiteral("<time>")).toLatin1();
}

class CollectingSink final : public MessageSink
{
public:
    Status send(const SimMessage &message, std::chrono::steady_clock::time_point) override
    {
        messages << message;
        return {};
    }
    Status finish(int) override { return {}; }
    QVector<SimMessage> messages;
};

/// Decodes `m` with Vigie's decoder; empty if refused.
std::optional<DecodedEntity> decodeOne(FiwareDecoder &decoder, const SimMessage &m)
{
    RawMessage raw;
    raw.topic = m.topic;
    raw.payload = m.payload;
    auto decoded = decoder.decode(raw);
    if (!decoded || decoded->size() != 1)
        return std::nullopt;
    return decoded->first();
}

/// The decoder's error code for each malformed kind (docs/simulator.md); empty: it decodes,
/// and the binding refuses the id.
QString expectedRefusal(MalformedKind kind)
{
    switch (kind) {
    case MalformedKind::TruncatedJson: return "invalidJson";
    case MalformedKind::InvalidUtf8: return "invalidEncoding";
    case MalformedKind::PlainText: return "invalidJson";
    case MalformedKind::EmptyPayload: return "emptyPayload";
    case MalformedKind::FillingLevelPercent: return {}; // an invalid reading, not a refusal
    case MalformedKind::FillingLevelString: return "invalidValue";
    case MalformedKind::StatusNotInEnum: return "invalidValue";
    case MalformedKind::PowerStateUpperCase: return "invalidValue";
    case MalformedKind::MissingId: return "missingId";
    case MalformedKind::MissingType: return "missingType";
    case MalformedKind::UnknownEntityId: return {};
    case MalformedKind::ImpossibleDate: return "invalidTime";
    case MalformedKind::LongitudeOutOfRange: return "invalidValue";
    }
    return "?";
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT
private slots:
    void sunCrossings_data();
    void sunCrossings();
    void sameSeedSamePayloads();
    void validMessagesDecodeAndBind_data();
    void validMessagesDecodeAndBind();
    void malformedMessagesAreRefused_data();
    void malformedMessagesAreRefused();
    void lampsFollowTheSun();
    void roundsEmptyContainers();
    void silentSensorsStayQuiet();
    void parisStartsAtTrilibLevels();
};

void TestSimulator::sunCrossings_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<double>("elevation");
    QTest::addColumn<bool>("rising");
    QTest::addColumn<QString>("expectedUtc");
    // Montpellier, 43.61 N 3.88 E. Reference times (UTC) computed with PyEphem 4.1.4 (Debian
    // python3-ephem; XEphem's libastro, VSOP87 theory) with the USNO convention the NOAA
    // calculator uses: pressure 0, horizon −0°50′ for sunrise/sunset, centre at −2° for the
    // photocell crossings. Cross-check with a published value: Hérault Tribune, "Solstice
    // d'été : de quoi s'agit-il ?" (June 2024) gives 06:01:20 and 21:31:03 CEST for Hérault
    // on 2024-06-20, i.e. 04:01 and 19:31 UTC, as below. The NOAA/IMCCE online calculators
    // themselves could not be consulted from the build machine.
    QTest::newRow("2024-06-21 sunrise") << QDate(2024, 6, 21) << kSunriseElevationDeg << true << "04:01:29";
    QTest::newRow("2024-06-21 sunset") << QDate(2024, 6, 21) << kSunriseElevationDeg << false << "19:31:18";
    QTest::newRow("2024-12-21 sunrise") << QDate(2024, 12, 21) << kSunriseElevationDeg << true << "07:13:01";
    QTest::newRow("2024-12-21 sunset") << QDate(2024, 12, 21) << kSunriseElevationDeg << false << "16:12:31";
    QTest::newRow("2024-06-21 photocell dawn") << QDate(2024, 6, 21) << kPhotocellElevationDeg << true << "03:55:22";
    QTest::newRow("2024-06-21 photocell dusk") << QDate(2024, 6, 21) << kPhotocellElevationDeg << false << "19:37:25";
    QTest::newRow("2024-12-21 photocell dawn") << QDate(2024, 12, 21) << kPhotocellElevationDeg << true << "07:07:12";
    QTest::newRow("2024-12-21 photocell dusk") << QDate(2024, 12, 21) << kPhotocellElevationDeg << false << "16:18:20";
}

void TestSimulator::sunCrossings()
{
    QFETCH(QDate, date);
    QFETCH(double, elevation);
    QFETCH(bool, rising);
    QFETCH(QString, expectedUtc);
    const SunClock sun(43.61, 3.88);
    const auto t = sun.crossing(date, elevation, rising ? SunDirection::Rising : SunDirection::Setting);
    QVERIFY(t.has_value());
    const qint64 expected = QDateTime(date, QTime::fromString(expectedUtc, Qt::ISODate), QTimeZone::utc()).toMSecsSinceEpoch();
    QVERIFY2(std::abs(*t - expected) <= 120'000,
             qPrintable(QStringLiteral("got %1, expected %2 UTC")
                            .arg(QDateTime::fromMSecsSinceEpoch(*t, QTimeZone::utc()).time().toString(), expectedUtc)));
    // The crossing is where the elevation function says it is.
    QVERIFY(std::abs(sun.elevation(*t) - elevation) < 0.05);
    const auto next = sun.nextCrossing(*t - 60'000, elevation);
    QVERIFY(next.has_value());
    QCOMPARE(next->utcMs, *t);
    QCOMPARE(next->direction == SunDirection::Rising, rising);
}

void TestSimulator::sameSeedSamePayloads()
{
    const CityAssets &city = cityAssets("montpellier");
    SimulatorConfig config = configFor("montpellier", utc("2024-06-21T19:20:00Z"), 42);
    config.badRatio = 0.1;
    config.lampFailuresPerYear = 20;
    Simulator a(config, city.assets);
    Simulator b(config, city.assets);
    const QVector<SimMessage> ma = drive(a, 3000, utc("2030-01-01T00:00:00Z"));
    const QVector<SimMessage> mb = drive(b, 3000, utc("2031-05-05T12:34:56Z"));
    QCOMPARE(ma.size(), 3000);
    QCOMPARE(mb.size(), ma.size());
    for (int i = 0; i < ma.size(); ++i) {
        QCOMPARE(ma[i].topic, mb[i].topic);
        QCOMPARE(masked(ma[i].payload), masked(mb[i].payload));
    }
    // Another seed is another run.
    config.seed = 43;
    Simulator c(config, city.assets);
    const QVector<SimMessage> mc = drive(c, 3000, utc("2030-01-01T00:00:00Z"));
    int same = 0;
    for (int i = 0; i < mc.size(); ++i)
        same += mc[i].payload == ma[i].payload;
    QVERIFY2(same < ma.size() / 10, qPrintable(QString::number(same)));

    // The runner without real time (--print) is reproducible too, and stops at the count.
    auto runOnce = [&](QVector<SimMessage> *out) {
        config.seed = 42;
        Simulator sim(config, city.assets);
        CollectingSink sink;
        RunOptions options;
        options.count = 700;
        options.realTime = false;
        options.progress = false;
        auto summary = Runner(&sim, &sink, options).run(nullptr);
        QVERIFY(summary.ok());
        QCOMPARE(summary->sent, 700);
        QCOMPARE(summary->simulatedMs, qint64(699.0 / 200 * 120 * 1000));
        *out = sink.messages;
    };
    QVector<SimMessage> r1, r2;
    runOnce(&r1);
    runOnce(&r2);
    QCOMPARE(r1.size(), 700);
    QCOMPARE(r2.size(), 700);
    for (int i = 0; i < r1.size(); ++i)
        QCOMPARE(masked(r1[i].payload), masked(r2[i].payload));
}

void TestSimulator::validMessagesDecodeAndBind_data()
{
    QTest::addColumn<QString>("city");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<double>("speed");
    QTest::newRow("montpellier at dusk") << "montpellier" << utc("2024-06-21T19:25:00Z") << 120.0;
    QTest::newRow("paris on a round") << "paris" << parisTime("2024-06-17T04:30:00") << 2400.0;
    QTest::newRow("monaco") << "monaco" << utc("2024-12-21T15:50:00Z") << 600.0;
}

void TestSimulator::validMessagesDecodeAndBind()
{
    QFETCH(QString, city);
    QFETCH(qint64, start);
    QFETCH(double, speed);
    const AssetDirectory &directory = directoryOf(city);
    QVERIFY(directory.size() > 0);
    SimulatorConfig config = configFor(city, start, 5);
    config.lampFailuresPerYear = 30; // some faults in the sample
    Simulator sim(config, cityAssets(city).assets);
    const qint64 wallStart = utc("2030-01-01T00:00:00Z");
    const QVector<SimMessage> messages = drive(sim, 2000, wallStart, 200, speed);
    QCOMPARE(messages.size(), 2000);

    FiwareDecoder decoder;
    QSet<QString> statuses;
    int normalized = 0;
    for (int k = 0; k < messages.size(); ++k) {
        const SimMessage &m = messages[k];
        QVERIFY(!m.malformed);
        const auto entity = decodeOne(decoder, m);
        QVERIFY2(entity, m.payload.constData());
        const int index = directory.indexOf(entity->id);
        QVERIFY2(index >= 0, qPrintable(entity->id));
        const AssetRecord &asset = directory.at(index);
        QCOMPARE(entity->kind, asset.kind);
        QCOMPARE(QString::fromUtf8(m.topic),
                 QStringLiteral("vigie/%1/ngsi-ld/%2/%3").arg(city, assetKindName(asset.kind), asset.ref));
        QVERIFY(entity->hasLocation);
        QVERIFY(std::abs(entity->lon - asset.lon) < 1e-5 && std::abs(entity->lat - asset.lat) < 1e-5);
        normalized += m.payload.contains("\"Property\"");
        QHash<QString, DecodedValue> values;
        for (const DecodedValue &v : entity->values)
            values.insert(v.quantity, v);
        QVERIFY(values.contains("status"));
        statuses << values["status"].text;
        if (asset.kind == AssetKind::WasteContainer) {
            QVERIFY2(values.contains("fillingLevel"), m.payload.constData());
            const double level = values["fillingLevel"].number;
            QVERIFY2(level >= 0 && level <= 1, m.payload.constData());
            QCOMPARE(std::round(level * 100) / 100, level); // two decimals
        } else {
            QVERIFY(values.contains("powerState"));
            const QString power = values["powerState"].text;
            QVERIFY(power == "on" || power == "off");
        }
        // Stamped with the wall-clock time of sending.
        const qint64 observed = entity->observedAtMs ? entity->observedAtMs : values["status"].observedAtMs;
        QCOMPARE(observed, wallStart + qint64(double(k) * 1000.0 / 200));
    }
    QCOMPARE(normalized, 1000); // mixed: every other message
    QVERIFY(statuses.contains("ok"));
}

void TestSimulator::malformedMessagesAreRefused_data()
{
    QTest::addColumn<QString>("city");
    QTest::addColumn<int>("kinds");
    QTest::newRow("montpellier") << "montpellier" << kMalformedKindCount;
    QTest::newRow("paris (no lamps)") << "paris" << kMalformedKindCount - 1;
}

void TestSimulator::malformedMessagesAreRefused()
{
    QFETCH(QString, city);
    QFETCH(int, kinds);
    const AssetDirectory &directory = directoryOf(city);
    SimulatorConfig config = configFor(city, utc("2024-06-21T19:30:00Z"), 11);
    config.badRatio = 0.2;
    Simulator sim(config, cityAssets(city).assets);
    const QVector<SimMessage> messages = drive(sim, 1000, utc("2030-01-01T00:00:00Z"));
    QCOMPARE(messages.size(), 1000);

    FiwareDecoder decoder;
    QSet<MalformedKind> seen;
    int malformed = 0;
    for (const SimMessage &m : messages) {
        const auto entity = decodeOne(decoder, m);
        if (!m.malformed) {
            QVERIFY2(entity && directory.indexOf(entity->id) >= 0, m.payload.constData());
            continue;
        }
        ++malformed;
        seen << m.kind;
        if (m.kind == MalformedKind::FillingLevelPercent) {
            // Not refused: a percentage is kept as an invalid reading (docs/ingest.md, "Values").
            QVERIFY(entity);
            const bool flagged = std::any_of(entity->values.cbegin(), entity->values.cend(), [](const DecodedValue &v) {
                return v.quantity == QLatin1String("fillingLevel") && !v.isValid();
            });
            QVERIFY2(flagged, m.payload.constData());
            continue;
        }
        const bool refused = !entity || directory.indexOf(entity->id) < 0;
        QVERIFY2(refused, qPrintable(malformedKindName(m.kind) + ": " + QString::fromUtf8(m.payload)));
        RawMessage raw;
        raw.payload = m.payload;
        const auto decoded = decoder.decode(raw);
        QCOMPARE(decoded.ok() ? QString() : decoded.error().code, expectedRefusal(m.kind));
    }
    QVERIFY2(malformed >= 150 && malformed <= 250, qPrintable(QString::number(malformed)));
    QCOMPARE(int(seen.size()), kinds);
    QCOMPARE(sim.totals().malformed, qint64(malformed));
}

void TestSimulator::lampsFollowTheSun()
{
    const CityAssets &city = cityAssets("montpellier");
    SimulatorConfig config = configFor("montpellier", utc("2024-06-21T17:00:00Z"), 3);
    config.lampFailuresPerYear = 50; // ≈ 500 failures over the three hours before dusk
    config.silentShare = 0;
    Simulator sim(config, city.assets);
    const qint64 dusk = *SunClock(43.61, 3.88).crossing(QDate(2024, 6, 21), kPhotocellElevationDeg, SunDirection::Setting);

    auto lamps = [&](bool wantOn, bool wantOk) {
        int n = 0;
        for (int i = 0; i < sim.size(); ++i) {
            if (sim.asset(i).kind != AssetKind::Streetlight)
                continue;
            const EntityReport r = sim.state(i);
            n += (r.powerState == "on") == wantOn && (r.status == "ok") == wantOk;
        }
        return n;
    };
    QCOMPARE(sim.totals().lampsOn, 0);
    sim.advanceTo(dusk - 10 * 60'000);
    QCOMPARE(sim.totals().lampsOn, 0);
    const int failed = sim.totals().failedLamps;
    QVERIFY2(failed > 100, qPrintable(QString::number(failed)));
    QSet<int> failedBeforeDusk;
    for (int i = 0; i < sim.size(); ++i) {
        if (sim.asset(i).kind == AssetKind::Streetlight && sim.state(i).status != "ok")
            failedBeforeDusk << i;
    }

    sim.advanceTo(dusk); // photocells spread over a few minutes around the crossing
    const int atDusk = sim.totals().lampsOn;
    QVERIFY2(atDusk > 3000 && atDusk < 27000, qPrintable(QString::number(atDusk)));

    sim.advanceTo(dusk + 10 * 60'000);
    QCOMPARE(lamps(true, false), 0);  // no failed lamp is on
    QCOMPARE(lamps(false, true), 0);  // every working lamp is on
    QCOMPARE(sim.totals().lampsOn, lamps(true, true));
    for (int i : failedBeforeDusk) {  // still within their 1–4 days of repair
        QCOMPARE(sim.state(i).powerState, QStringLiteral("off"));
        QVERIFY(sim.state(i).status != "ok");
    }
    // The switch-ons queue and come out first, at the message rate, not in a burst.
    QVERIFY(sim.totals().queuedChanges >= sim.totals().lampsOn);
    for (int k = 0; k < 500; ++k) {
        const auto m = sim.nextMessage(0);
        QVERIFY(m && m->topic.contains("/Streetlight/"));
        QVERIFY2(m->payload.contains("\"on\"") || !m->payload.contains("\"ok\""), m->payload.constData());
    }
    QVERIFY(sim.totals().queuedChanges >= sim.totals().lampsOn - 500);

    const qint64 dawn = *SunClock(43.61, 3.88).crossing(QDate(2024, 6, 22), kPhotocellElevationDeg, SunDirection::Rising);
    sim.advanceTo(dawn + 10 * 60'000);
    QCOMPARE(sim.totals().lampsOn, 0);
}

void TestSimulator::roundsEmptyContainers()
{
    const CityAssets &city = cityAssets("paris");
    // Sunday noon; Monday is a round for every Trilib' frequency, Tuesday only for c400.
    SimulatorConfig config = configFor("paris", parisTime("2024-06-16T12:00:00"), 9);
    Simulator sim(config, city.assets);
    auto levels = [&] {
        QVector<double> v;
        for (int i = 0; i < sim.size(); ++i)
            v << sim.state(i).fillingLevel;
        return v;
    };
    const QVector<double> initial = levels();
    sim.advanceTo(parisTime("2024-06-17T04:59:00"));
    const QVector<double> before = levels();
    for (int i = 0; i < sim.size(); ++i)
        QVERIFY(before[i] >= initial[i]);

    // Mid-round: the sweep has done the west, not the east.
    sim.advanceTo(parisTime("2024-06-17T06:30:00"));
    const QVector<double> mid = levels();
    double lonDone = 0, lonLeft = 0;
    int done = 0, left = 0;
    for (int i = 0; i < sim.size(); ++i) {
        if (before[i] < 0.1)
            continue;
        if (mid[i] < before[i]) {
            lonDone += sim.asset(i).lon;
            ++done;
        } else {
            lonLeft += sim.asset(i).lon;
            ++left;
        }
    }
    QVERIFY(done > 10 && left > 10);
    QVERIFY(lonDone / done < lonLeft / left);

    sim.advanceTo(parisTime("2024-06-17T08:30:00"));
    const QVector<double> monday = levels();
    for (int i = 0; i < sim.size(); ++i) {
        QVERIFY2(monday[i] <= 0.05 + 0.35 * 3.5 / 24, qPrintable(QString::number(monday[i])));
        if (before[i] > 0.1)
            QVERIFY(monday[i] < before[i]);
    }
    // The round's changes are published first.
    const auto first = sim.nextMessage(0);
    QVERIFY(first && first->payload.contains("fillingLevel"));

    sim.advanceTo(parisTime("2024-06-18T09:00:00"));
    int c300 = 0, c400 = 0;
    for (int i = 0; i < sim.size(); ++i) {
        const AssetSpec &a = sim.asset(i);
        const double tuesday = sim.state(i).fillingLevel;
        if (a.collectionsPerWeek == 4) {
            QVERIFY(tuesday <= 0.05 + 0.35 * 4 / 24);
            ++c400;
        } else {
            QCOMPARE(a.collectionsPerWeek, 3);
            QVERIFY(tuesday >= monday[i]);
            ++c300;
        }
    }
    QCOMPARE(c300, 37);
    QCOMPARE(c400, 87);
}

void TestSimulator::silentSensorsStayQuiet()
{
    SimulatorConfig config = configFor("paris", parisTime("2024-06-19T12:00:00"), 21);
    config.silentShare = 0.3;
    Simulator sim(config, cityAssets("paris").assets);
    QCOMPARE(sim.totals().silent, 0);
    sim.advanceTo(config.startMs + 6 * 3'600'000);
    const int early = sim.totals().silent;
    sim.advanceTo(config.startMs + 24 * 3'600'000 + 1); // all silences happen on the first day
    QSet<int> silent;
    for (int i = 0; i < sim.size(); ++i) {
        if (sim.isSilent(i))
            silent << i;
    }
    QCOMPARE(int(silent.size()), sim.totals().silent);
    QVERIFY2(silent.size() >= 20 && silent.size() <= 55, qPrintable(QString::number(silent.size())));
    QVERIFY(early > 0 && early < silent.size()); // at random times, not all at once

    QSet<QByteArray> silentTopics;
    for (int i : silent)
        silentTopics << topicFor("paris", AssetKind::WasteContainer, sim.asset(i).ref);
    const QVector<SimMessage> messages = drive(sim, 3000, 0, 200, 1200); // through a collection round
    QSet<int> heard;
    for (const SimMessage &m : messages) {
        QVERIFY(!silent.contains(m.asset));
        QVERIFY(!silentTopics.contains(m.topic));
        heard << m.asset;
    }
    QCOMPARE(int(heard.size()), sim.size() - int(silent.size())); // every live sensor reports
}

void TestSimulator::parisStartsAtTrilibLevels()
{
    QFile csv(QStringLiteral(CITIES_DIR "/paris/trilib_fill_levels_2018-12.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> header = csv.readLine().trimmed().split(';');
    const int serial = header.indexOf("serialNumber");
    const int rate = header.indexOf("fillingRate");
    QVERIFY(serial >= 0 && rate >= 0);
    QHash<QString, double> expected;
    while (!csv.atEnd()) {
        const QList<QByteArray> row = csv.readLine().trimmed().split(';');
        expected.insert(QString::fromUtf8(row[serial]), row[rate].toDouble() / 100);
    }
    QCOMPARE(expected.size(), 124);

    Simulator sim(configFor("paris", parisTime("2024-06-16T12:00:00")), cityAssets("paris").assets);
    QCOMPARE(sim.size(), 124);
    for (int i = 0; i < sim.size(); ++i) {
        QVERIFY(expected.contains(sim.asset(i).ref));
        QCOMPARE(sim.state(i).fillingLevel, expected[sim.asset(i).ref]);
    }
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
