// vigie-sim: publishes live sensor streams for a city pack over MQTT: FIWARE NGSI-LD, LoRaWAN
// network-server uplinks (TTN, ChirpStack) or integrator JSON. See docs/simulator.md.

#include "cityassets.h"
#include "crewlink.h"
#include "fieldcrews.h"
#include "streetroutes.h"
#include "ingest/timestamps.h"
#include "publisher.h"
#include "runner.h"
#include "simlog.h"
#include "simulator.h"
#include "staging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>

using namespace vigie;
using namespace vigie::sim;

namespace {

std::atomic<bool> g_stop{false};

extern "C" void onStopSignal(int sig)
{
    g_stop.store(true);
    std::signal(sig, SIG_DFL); // a second Ctrl-C ends at once
}

struct Options
{
    QString city;
    QString citiesDir;
    QString start;
    SimulatorConfig sim;
    RunOptions run;
    PublisherSettings mqtt;
    QVector<StagedFailure> stages;
    bool print = false;
    QString crewsFile;
    FieldCrewOptions crews;
};

/// Wall-clock seconds between a driving crew's tracker uplinks, whatever the --speed.
constexpr double kCrewFixEveryWallS = 3;

void addOptions(QCommandLineParser *p)
{
    p->setApplicationDescription(QStringLiteral(
        "Publishes live streams for the street lights and waste containers of a city pack over MQTT: "
        "FIWARE Smart Data Models (NGSI-LD) on vigie/<city>/ngsi-ld/<Type>/<ref>, or the containers' "
        "LoRaWAN sensors as The Things Stack or ChirpStack uplinks, or integrator JSON. See docs/simulator.md."));
    p->addHelpOption();
    p->addOptions({
        {QStringLiteral("city"), QStringLiteral("City pack name or folder (default montpellier)."), QStringLiteral("name"), QStringLiteral("montpellier")},
        {QStringLiteral("cities-dir"), QStringLiteral("Folder of city packs, searched first."), QStringLiteral("dir")},
        {QStringLiteral("start"), QStringLiteral("Simulated start, ISO 8601 (default now; no offset = the city's zone)."), QStringLiteral("datetime")},
        {QStringLiteral("speed"), QStringLiteral("Simulated seconds per wall-clock second (default 120)."), QStringLiteral("x"), QStringLiteral("120")},
        {QStringLiteral("rate"), QStringLiteral("Messages per wall-clock second, 0 = as fast as possible (default 200)."), QStringLiteral("n"), QStringLiteral("200")},
        {QStringLiteral("format"), QStringLiteral("ngsi-ld, ttn, chirpstack or json (default ngsi-ld)."), QStringLiteral("format"), QStringLiteral("ngsi-ld")},
        {QStringLiteral("ngsi-form"), QStringLiteral("NGSI-LD entities: normalized, keyvalues or mixed (default mixed)."), QStringLiteral("form"), QStringLiteral("mixed")},
        {QStringLiteral("bad-ratio"), QStringLiteral("Share of malformed messages, 0–1 (default 0)."), QStringLiteral("r"), QStringLiteral("0")},
        {QStringLiteral("silent-share"), QStringLiteral("Share of sensors that go silent, 0–1 (default 0.005)."), QStringLiteral("r"), QStringLiteral("0.005")},
        {QStringLiteral("lamp-failures-per-year"), QStringLiteral("Failures per lamp per year (default 0.15)."), QStringLiteral("r"), QStringLiteral("0.15")},
        {QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("duration"), QStringLiteral("Stop after this many wall-clock seconds (default: never)."), QStringLiteral("s"), QStringLiteral("0")},
        {QStringLiteral("count"), QStringLiteral("Stop after this many messages (default: never)."), QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("host"), QStringLiteral("MQTT broker host (default 127.0.0.1)."), QStringLiteral("host"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("MQTT broker port (default 1883)."), QStringLiteral("port"), QStringLiteral("1883")},
        {QStringLiteral("qos"), QStringLiteral("MQTT QoS 0, 1 or 2 (default 1)."), QStringLiteral("q"), QStringLiteral("1")},
        {QStringLiteral("client-id"), QStringLiteral("MQTT client id (default vigie-sim-<city>-<pid>)."), QStringLiteral("id")},
        {QStringLiteral("print"), QStringLiteral("Write \"topic<TAB>payload\" lines to stdout instead of publishing, without waiting.")},
        {QStringLiteral("quiet"), QStringLiteral("No progress lines on stderr.")},
        {QStringLiteral("stage"), QStringLiteral("Stage a mass failure, wall-clock seconds after the start (repeatable): "
                                                 "power-loss:district=<label or id>@<s>[+<duration s>], "
                                                 "power-loss:cabinet=<id>@<s>[+<duration s>] or "
                                                 "cabinet-failure:cabinet=<id>@<s>[+<duration s>]. The lamps send a last "
                                                 "powerState off, then fall silent until the power returns."),
         QStringLiteral("spec")},
        {QStringLiteral("crews"), QStringLiteral("Play the field devices of the crews of this crews.json: they take Vigie's work "
                                                 "orders, drive there (AT101 tracker uplinks, TTN v3), work, report, and repair "
                                                 "the assets in the simulation."),
         QStringLiteral("file")},
        {QStringLiteral("crew-speed"), QStringLiteral("Crews' driving speed, simulated km/h (default 40)."), QStringLiteral("kmh"), QStringLiteral("40")},
        {QStringLiteral("crew-work"), QStringLiteral("Crews' time on site, simulated seconds (default 1200)."), QStringLiteral("s"), QStringLiteral("1200")},
    });
}

/// Reads a number option; `min`/`max` bound it. Appends a complaint to `errors` if invalid.
double number(const QCommandLineParser &p, const QString &name, double min, double max, QStringList *errors)
{
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || !(v >= min && v <= max))
        *errors << QStringLiteral("--%1 must be a number within %2–%3").arg(name).arg(min).arg(max);
    return v;
}

Result<Options> parse(const QCommandLineParser &p)
{
    Options o;
    QStringList errors;
    o.city = p.value(QStringLiteral("city"));
    o.citiesDir = p.value(QStringLiteral("cities-dir"));
    o.start = p.value(QStringLiteral("start"));
    o.print = p.isSet(QStringLiteral("print"));
    o.run.speed = number(p, QStringLiteral("speed"), 0.001, 1e7, &errors);
    o.run.rate = number(p, QStringLiteral("rate"), 0, 1e7, &errors);
    o.run.durationS = number(p, QStringLiteral("duration"), 0, 1e9, &errors);
    o.run.count = qint64(number(p, QStringLiteral("count"), 0, 1e15, &errors));
    o.run.realTime = !o.print;
    o.run.progress = !p.isSet(QStringLiteral("quiet"));
    o.sim.badRatio = number(p, QStringLiteral("bad-ratio"), 0, 1, &errors);
    o.sim.silentShare = number(p, QStringLiteral("silent-share"), 0, 1, &errors);
    o.sim.lampFailuresPerYear = number(p, QStringLiteral("lamp-failures-per-year"), 0, 1e6, &errors);
    bool seedOk = false;
    o.sim.seed = p.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk)
        errors << QStringLiteral("--seed must be a non-negative integer");
    if (const auto wire = wireFormatFromName(p.value(QStringLiteral("format"))))
        o.sim.wire = *wire;
    else
        errors << QStringLiteral("--format must be ngsi-ld, ttn, chirpstack or json");
    if (const auto form = payloadFormatFromName(p.value(QStringLiteral("ngsi-form"))))
        o.sim.ngsiForm = *form;
    else
        errors << QStringLiteral("--ngsi-form must be normalized, keyvalues or mixed");
    o.mqtt.host = p.value(QStringLiteral("host"));
    o.mqtt.port = int(number(p, QStringLiteral("port"), 1, 65535, &errors));
    o.mqtt.qos = int(number(p, QStringLiteral("qos"), 0, 2, &errors));
    o.mqtt.clientId = p.value(QStringLiteral("client-id"));
    for (const QString &spec : p.values(QStringLiteral("stage"))) {
        auto stage = parseStage(spec);
        if (stage)
            o.stages << stage.value();
        else
            errors << stage.error().message;
    }
    o.crewsFile = p.value(QStringLiteral("crews"));
    o.crews.speedKmh = number(p, QStringLiteral("crew-speed"), 1, 300, &errors);
    o.crews.workS = number(p, QStringLiteral("crew-work"), 0, 1e7, &errors);
    o.crews.positionEveryS = kCrewFixEveryWallS * o.run.speed;
    if (!o.crewsFile.isEmpty() && o.print)
        errors << QStringLiteral("--crews needs a broker: it cannot go with --print");
    if (!errors.isEmpty())
        return Error{QStringLiteral("usage"), errors.join(QLatin1Char('\n'))};
    return o;
}

Result<CityAssets> loadCity(const Options &o)
{
    const QStringList dirs = citySearchPaths(o.citiesDir, QCoreApplication::applicationDirPath(),
                                             QStringLiteral(VIGIE_CITIES_INSTALL_DIR),
                                             QStringLiteral(VIGIE_CITIES_SOURCE_DIR));
    auto pack = CityPack::locate(o.city, dirs);
    if (!pack)
        return pack.error();
    QElapsedTimer timer;
    timer.start();
    auto city = loadCityAssets(pack.value());
    if (!city)
        return city;
    qCInfo(lcSim).noquote() << QStringLiteral("%1: %2 assets from %3 in %4 s (%5 skipped)")
                                   .arg(city->pack.id).arg(city->assets.size()).arg(city->pack.directory)
                                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1).arg(city->skipped);
    if (city->unmatchedDevices > 0)
        qCWarning(lcSim).noquote() << QStringLiteral("%1 devices of %2 name no imported asset; they stay quiet")
                                          .arg(city->unmatchedDevices).arg(city->pack.devicesFile);
    return city;
}

Status completeSimulatorConfig(Options *o, const CityPack &pack)
{
    o->sim.cityId = pack.id;
    o->sim.zone = QTimeZone(pack.timeZone.toUtf8());
    if (!o->sim.zone.isValid())
        o->sim.zone = QTimeZone::utc();
    if (o->start.isEmpty()) {
        o->sim.startMs = QDateTime::currentMSecsSinceEpoch();
        return {};
    }
    auto start = parseIsoTimestamp(o->start, o->sim.zone);
    if (!start)
        return Error{QStringLiteral("usage"), QStringLiteral("--start: %1").arg(start.error().message)};
    o->sim.startMs = start->ms;
    return {};
}

std::unique_ptr<MessageSink> makeSink(Options *o, const QString &cityId, Status *status)
{
    if (o->print)
        return std::make_unique<PrintSink>(stdout);
    if (o->mqtt.clientId.isEmpty())
        o->mqtt.clientId = QStringLiteral("vigie-sim-%1-%2").arg(cityId).arg(QCoreApplication::applicationPid());
    auto publisher = std::make_unique<MqttPublisher>(o->mqtt, &g_stop);
    *status = publisher->start();
    return publisher;
}

/// The crews' RepairRequest: puts each named asset right in the simulation.
void repairAssets(Simulator *simulator, const QStringList &assetIds)
{
    for (const QString &id : assetIds) {
        const int index = simulator->indexOf(id);
        if (index < 0)
            qCWarning(lcSim).noquote() << QStringLiteral("a crew repaired %1, which the simulation does not have").arg(id);
        else if (simulator->repair(index))
            qCInfo(lcSim).noquote() << QStringLiteral("%1 repaired").arg(id);
    }
}

int fail(const Error &e, int code)
{
    std::fprintf(stderr, "vigie-sim: %s\n", qPrintable(e.message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vigie-sim"));
    QCommandLineParser parser;
    addOptions(&parser);
    parser.process(app);

    auto options = parse(parser);
    if (!options)
        return fail(options.error(), 2);
    auto city = loadCity(options.value());
    if (!city)
        return fail(city.error(), 1);
    if (const Status s = completeSimulatorConfig(&options.value(), city->pack); !s)
        return fail(s.error(), 2);

    // Staged failures: wall-clock seconds after the start, in simulated time at --speed.
    QVector<std::pair<QVector<int>, std::pair<qint64, qint64>>> outages;
    for (const StagedFailure &stage : std::as_const(options->stages)) {
        auto lamps = stagedAssets(stage, city.value());
        if (!lamps)
            return fail(lamps.error(), 2);
        const auto simMs = [&](double wallS) { return qint64(wallS * options->run.speed * 1000.0); };
        const qint64 from = options->sim.startMs + simMs(stage.atS);
        const qint64 until = stage.durationS > 0 ? from + simMs(stage.durationS) : 0;
        qCInfo(lcSim).noquote() << QStringLiteral("staged: %1 street lights of %2 %3 lose power %4 s after the start%5")
                                       .arg(lamps->size()).arg(stage.selector, stage.value).arg(stage.atS)
                                       .arg(stage.durationS > 0 ? QStringLiteral(", for %1 s").arg(stage.durationS) : QString());
        outages.append({lamps.value(), {from, until}});
    }
    Simulator simulator(options->sim, std::move(city.value().assets));
    for (const auto &[lamps, window] : std::as_const(outages))
        simulator.stagePowerLoss(lamps, window.first, window.second);
    int publishing = 0;
    for (int i = 0; i < simulator.size(); ++i)
        publishing += simulator.publishes(i);
    if (publishing == 0)
        return fail(Error{QStringLiteral("nothingToPublish"),
                          QStringLiteral("no asset of %1 publishes in format %2: its containers need devices "
                                         "in the pack's devices.csv (docs/city-packs.md)")
                              .arg(city->pack.id, parser.value(QStringLiteral("format")))},
                    1);
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    Status started;
    std::unique_ptr<MessageSink> sink = makeSink(&options.value(), city->pack.id, &started);
    if (!started && started.error().code == QLatin1String("interrupted"))
        return 0;
    if (!started)
        return fail(started.error(), 1);
    Runner runner(&simulator, sink.get(), options->run);
    std::unique_ptr<CrewLink> crewLink;
    std::unique_ptr<FieldCrews> crews;
    if (!options->crewsFile.isEmpty()) {
        auto crewList = readFieldCrews(options->crewsFile);
        if (!crewList)
            return fail(crewList.error(), 2);
        options->crews.cityId = city->pack.id;
        crews = std::make_unique<FieldCrews>(crewList.value(), options->crews, streetRoutes(city->pack),
                                             [&simulator](const QStringList &assetIds) { repairAssets(&simulator, assetIds); });
        PublisherSettings link = options->mqtt;
        // A persistent session needs the same id from one run to the next: no pid in it.
        link.clientId = (parser.isSet(QStringLiteral("client-id")) ? options->mqtt.clientId
                                                                   : QStringLiteral("vigie-sim-%1").arg(city->pack.id))
            + QStringLiteral("-crews");
        crewLink = std::make_unique<CrewLink>(link, crews->assignmentFilter(), &g_stop);
        if (const Status linked = crewLink->start(); !linked)
            return linked.error().code == QLatin1String("interrupted") ? 0 : fail(linked.error(), 1);
        qCInfo(lcSim).noquote() << QStringLiteral("%1 field crews from %2").arg(crewList->size()).arg(options->crewsFile);
        runner.setStepHook([&](qint64 simMs) {
            stepFieldCrews(*crews, *crewLink, simMs, QDateTime::currentMSecsSinceEpoch());
        });
    }
    const auto summary = runner.run(&g_stop);
    if (crewLink)
        crewLink->stop();
    if (!summary)
        return fail(summary.error(), 1);
    qCInfo(lcSim).noquote() << QStringLiteral("%1 messages in %2 s (%3 msg/s), %4 simulated hours")
                                   .arg(summary->sent)
                                   .arg(summary->wallSeconds, 0, 'f', 1)
                                   .arg(summary->wallSeconds > 0 ? qRound(double(summary->sent) / summary->wallSeconds) : 0)
                                   .arg(double(summary->simulatedMs) / 3'600'000.0, 0, 'f', 1);
    return 0;
}
