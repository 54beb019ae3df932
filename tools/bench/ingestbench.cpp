// vigie-bench-ingest: how fast Vigie's real ingest path (MqttSource → IngestPipeline →
// StoreWriter) decodes and commits what a broker holds for it, and how late the main
// thread's event loop gets meanwhile. Driven by run-ingest-bench.sh; see
// docs/performance.md.

#include "ingestrun.h"

#include <QCommandLineParser>
#include <QGuiApplication>

#include <cstdio>

using namespace vigie;
using namespace vigie::bench;

namespace {

void addOptions(QCommandLineParser *p)
{
    p->setApplicationDescription(QStringLiteral(
        "Loads a city pack into a fresh store, ingests --count messages from a persistent MQTT session "
        "and prints one JSON line of figures on stdout. With --register, only creates the session. "
        "See docs/performance.md."));
    p->addHelpOption();
    p->addOptions({
        {QStringLiteral("city"), QStringLiteral("City pack name or folder (default montpellier)."), QStringLiteral("name"), QStringLiteral("montpellier")},
        {QStringLiteral("cities-dir"), QStringLiteral("Folder of city packs, searched first."), QStringLiteral("dir")},
        {QStringLiteral("db"), QStringLiteral("Store file (default: a fresh one in a temporary folder, removed at exit)."), QStringLiteral("path")},
        {QStringLiteral("host"), QStringLiteral("MQTT broker host (default 127.0.0.1)."), QStringLiteral("host"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("MQTT broker port (default 1883)."), QStringLiteral("port"), QStringLiteral("1883")},
        {QStringLiteral("client-id"), QStringLiteral("Client id of the persistent session (default vigie-bench)."), QStringLiteral("id"), QStringLiteral("vigie-bench")},
        {QStringLiteral("count"), QStringLiteral("Messages to wait for, committed to the store (default 1000000)."), QStringLiteral("n"), QStringLiteral("1000000")},
        {QStringLiteral("timeout"), QStringLiteral("Give up after this many seconds (default 600)."), QStringLiteral("s"), QStringLiteral("600")},
        {QStringLiteral("register"), QStringLiteral("Only connect, subscribe vigie/<city>/# and disconnect, so the broker queues for the session.")},
    });
}

/// A whole number option within [min, max]; appends a complaint to `errors` otherwise.
qint64 integer(const QCommandLineParser &p, const QString &name, qint64 min, qint64 max, QStringList *errors)
{
    bool ok = false;
    const qint64 v = p.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        *errors << QStringLiteral("--%1 must be a whole number within %2–%3").arg(name).arg(min).arg(max);
    return v;
}

Result<IngestRunOptions> parse(const QCommandLineParser &p)
{
    QStringList errors;
    IngestRunOptions o;
    auto pack = CityPack::locate(p.value(QStringLiteral("city")), citySearchPaths(p.value(QStringLiteral("cities-dir"))));
    if (pack)
        o.pack = pack.value();
    else
        errors << pack.error().message;
    o.storePath = p.value(QStringLiteral("db"));
    o.count = integer(p, QStringLiteral("count"), 1, 1'000'000'000, &errors);
    o.timeoutSeconds = int(integer(p, QStringLiteral("timeout"), 1, 86'400, &errors));
    o.mqtt.host = p.value(QStringLiteral("host"));
    o.mqtt.port = int(integer(p, QStringLiteral("port"), 1, 65535, &errors));
    o.mqtt.clientId = p.value(QStringLiteral("client-id"));
    o.mqtt.cleanSession = false;
    o.mqtt.subscriptions = {MqttSubscription{QStringLiteral("vigie/%1/#").arg(o.pack.id), 1}};
    if (const Status valid = o.mqtt.validate(); !valid && errors.isEmpty())
        errors << valid.error().message;
    if (!errors.isEmpty())
        return Error{QStringLiteral("usage"), errors.join(QLatin1Char('\n'))};
    return o;
}

int fail(const Error &e, int code)
{
    std::fprintf(stderr, "vigie-bench-ingest: %s\n", qPrintable(e.message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    // The CityMap fed on the main thread needs a GUI application; no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("vigie-bench-ingest"));
    QCommandLineParser parser;
    addOptions(&parser);
    parser.process(app);
    const auto options = parse(parser);
    if (!options)
        return fail(options.error(), 2);

    if (parser.isSet(QStringLiteral("register"))) {
        if (const Status s = registerSession(options->mqtt, options->timeoutSeconds); !s)
            return fail(s.error(), 1);
        return 0;
    }
    const auto figures = runIngest(options.value());
    if (!figures)
        return fail(figures.error(), 1);
    std::printf("%s\n", figures->toJson().constData());
    return 0;
}
