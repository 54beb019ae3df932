#include "appoptions.h"

#include "ingest/decoderroute.h"
#include "ingest/lorawan/lorawancodec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <string_view>

namespace vigie {

namespace {

/// Reads one `--topic FILTER[=FORMAT[:ARGUMENT]]`: the filter ends at the first '=' (a filter
/// holding '=' cannot be given with a format), the format at the next ':'; the argument is
/// the mapping file of `json` (required) or the LoRaWAN codec of `ttn` / `chirpstack`
/// (optional). Errors: `badOption`.
Result<MqttSubscription> parseTopic(const QString &value)
{
    const auto bad = [&value](const QString &why) {
        return Error{QStringLiteral("badOption"), QStringLiteral("--topic \"%1\": %2").arg(value, why)};
    };
    MqttSubscription sub;
    const int equals = int(value.indexOf(QLatin1Char('=')));
    sub.filter = equals < 0 ? value : value.left(equals);
    if (sub.filter.isEmpty())
        return bad(QStringLiteral("no topic filter"));
    if (equals < 0)
        return sub;
    const QString route = value.mid(equals + 1);
    const int colon = int(route.indexOf(QLatin1Char(':')));
    sub.format = colon < 0 ? route : route.left(colon);
    const QString argument = colon < 0 ? QString() : route.mid(colon + 1);
    if (!decoderFormats().contains(sub.format))
        return bad(QStringLiteral("unknown format \"%1\" (expected one of: %2)")
                       .arg(sub.format, decoderFormats().join(QStringLiteral(", "))));
    if (sub.format == QLatin1String("json")) {
        if (argument.isEmpty())
            return bad(QStringLiteral("format json needs a mapping file: FILTER=json:FILE"));
        const QFileInfo mapping(argument);
        if (!mapping.isFile())
            return bad(QStringLiteral("no mapping file %1").arg(mapping.absoluteFilePath()));
        sub.mapping = mapping.absoluteFilePath();
    } else if (sub.format == QLatin1String("ttn") || sub.format == QLatin1String("chirpstack")) {
        if (!argument.isEmpty() && !lorawan::findLorawanCodec(argument))
            return bad(QStringLiteral("unknown LoRaWAN codec \"%1\" (expected one of: %2)")
                           .arg(argument, lorawan::lorawanCodecNames().join(QStringLiteral(", "))));
        sub.codec = argument;
    } else if (!argument.isEmpty()) {
        return bad(QStringLiteral("format %1 takes no mapping or codec").arg(sub.format));
    }
    return sub;
}

} // namespace

Result<AppOptions> AppOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("vigie::AppOptions", "Vigie — city hypervision station"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption city(QStringLiteral("city"), QCoreApplication::translate("vigie::AppOptions", "City pack to open: a name (montpellier, paris, monaco) or a folder."), QStringLiteral("city"));
    const QCommandLineOption db(QStringLiteral("db"), QCoreApplication::translate("vigie::AppOptions", "SQLite database to use instead of the one in the user's data folder."), QStringLiteral("file"));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("vigie::AppOptions", "Interface language: fr or en."), QStringLiteral("language"));
    const QCommandLineOption broker(QStringLiteral("broker"), QCoreApplication::translate("vigie::AppOptions", "MQTT broker, as host or host:port."), QStringLiteral("host[:port]"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), QCoreApplication::translate("vigie::AppOptions", "MQTT client id (keep it stable: the broker keeps the session under it)."), QStringLiteral("id"));
    const QCommandLineOption topic(QStringLiteral("topic"), QCoreApplication::translate("vigie::AppOptions", "Topic filter to subscribe to, and how to decode it (repeatable): FORMAT is fiware (default), ttn or chirpstack (optionally with a LoRaWAN codec, e.g. ttn:dingtek-df703), or json with its mapping file (json:mapping.yaml)."), QStringLiteral("filter[=format[:mapping|codec]]"));
    const QCommandLineOption offline(QStringLiteral("offline"), QCoreApplication::translate("vigie::AppOptions", "Do not connect to the broker: show the cached city only."));
    const QCommandLineOption reset(QStringLiteral("reset-layout"), QCoreApplication::translate("vigie::AppOptions", "Forget the saved window layout."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QCoreApplication::translate("vigie::AppOptions", "Save a picture of the window to this PNG file, then quit."), QStringLiteral("file"));
    const QCommandLineOption after(QStringLiteral("after"), QCoreApplication::translate("vigie::AppOptions", "Seconds to wait before the screenshot (default 5)."), QStringLiteral("seconds"));
    const QCommandLineOption review(QStringLiteral("review"), QCoreApplication::translate("vigie::AppOptions", "Review a recorded session file, read-only and without any broker: its timeline, and the map, alarms and interventions as they were at the playhead."), QStringLiteral("file"));
    const QCommandLineOption headless(QStringLiteral("headless"), QCoreApplication::translate("vigie::AppOptions", "Run without a window (with --open311: a city's Open311 server)."));
    const QCommandLineOption open311(QStringLiteral("open311"), QCoreApplication::translate("vigie::AppOptions", "Serve the Open311 GeoReport v2 endpoint on this TCP port."), QStringLiteral("port"));
    const QCommandLineOption open311Bind(QStringLiteral("open311-bind"), QCoreApplication::translate("vigie::AppOptions", "Address the Open311 endpoint listens on (default 127.0.0.1)."), QStringLiteral("address"));
    const QCommandLineOption open311Key(QStringLiteral("open311-key"), QCoreApplication::translate("vigie::AppOptions", "Register this Open311 API key (repeatable)."), QStringLiteral("key"));
    const QCommandLineOption dispatchReports(QStringLiteral("dispatch-reports"), QCoreApplication::translate("vigie::AppOptions", "Turn every group of citizen reports reaching N residents into an intervention and dispatch it, without the supervisor (unattended demos)."), QStringLiteral("N"));
    parser.addOptions({city, db, lang, broker, clientId, topic, offline, reset, screenshot, after, headless, open311, open311Bind, open311Key, review, dispatchReports});
    if (!parser.parse(arguments))
        return Error{QStringLiteral("badOption"), parser.errorText()};
    AppOptions o;
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        o.informationText = parser.helpText();
        return o;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        o.informationText = QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion());
        return o;
    }
    o.city = parser.value(city);
    o.database = parser.value(db);
    o.language = parser.value(lang);
    if (!o.language.isEmpty() && o.language != QLatin1String("fr") && o.language != QLatin1String("en"))
        return Error{QStringLiteral("badOption"), QStringLiteral("--lang must be fr or en, not \"%1\"").arg(o.language)};
    if (parser.isSet(broker)) {
        const QString value = parser.value(broker);
        const int colon = int(value.lastIndexOf(QLatin1Char(':')));
        o.brokerHost = colon >= 0 ? value.left(colon) : value;
        if (o.brokerHost.trimmed().isEmpty())
            return Error{QStringLiteral("badOption"),
                         QCoreApplication::translate("vigie::AppOptions", "--broker: the host is missing in \"%1\" (expected host or host:port)").arg(value)};
        if (colon >= 0) {
            bool ok = false;
            o.brokerPort = value.mid(colon + 1).toInt(&ok);
            if (!ok || o.brokerPort < 1 || o.brokerPort > 65535)
                return Error{QStringLiteral("badOption"), QStringLiteral("--broker: \"%1\" is not a port").arg(value.mid(colon + 1))};
        }
    }
    o.clientId = parser.value(clientId);
    for (const QString &value : parser.values(topic)) {
        auto sub = parseTopic(value);
        if (!sub)
            return sub.error();
        o.topics << sub.value();
    }
    o.offline = parser.isSet(offline);
    o.resetLayout = parser.isSet(reset);
    o.screenshot = parser.value(screenshot);
    if (parser.isSet(after)) {
        bool ok = false;
        o.screenshotAfter = parser.value(after).toDouble(&ok);
        if (!ok || o.screenshotAfter < 0)
            return Error{QStringLiteral("badOption"), QStringLiteral("--after must be a number of seconds")};
    }
    o.headless = parser.isSet(headless);
    if (parser.isSet(open311)) {
        bool ok = false;
        o.open311Port = parser.value(open311).toInt(&ok);
        if (!ok || o.open311Port < 1 || o.open311Port > 65535)
            return Error{QStringLiteral("badOption"), QStringLiteral("--open311: \"%1\" is not a port").arg(parser.value(open311))};
    }
    o.open311Bind = parser.value(open311Bind);
    o.open311Keys = parser.values(open311Key);
    if (parser.isSet(dispatchReports)) {
        bool ok = false;
        o.dispatchReports = parser.value(dispatchReports).toInt(&ok);
        if (!ok || o.dispatchReports < 1)
            return Error{QStringLiteral("badOption"), QStringLiteral("--dispatch-reports: \"%1\" is not a number of residents").arg(parser.value(dispatchReports))};
    }
    if (o.headless && o.open311Port == 0)
        return Error{QStringLiteral("badOption"), QStringLiteral("--headless needs --open311 PORT")};
    if (parser.isSet(review)) {
        const QFileInfo file(parser.value(review));
        if (!file.isFile())
            return Error{QStringLiteral("badOption"),
                         QCoreApplication::translate("vigie::AppOptions", "--review: no session file %1").arg(QDir::toNativeSeparators(file.absoluteFilePath()))};
        for (const QCommandLineOption *live : {&broker, &clientId, &topic}) {
            if (parser.isSet(*live))
                return Error{QStringLiteral("badOption"),
                             QCoreApplication::translate("vigie::AppOptions", "--review cannot be combined with --%1: a review opens the session's city, without any broker")
                                 .arg(live->names().constFirst())};
        }
        o.review = file.absoluteFilePath();
        o.offline = true;
    }
    return o;
}

bool AppOptions::asksForHeadless(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view a(argv[i]);
        if (a == "--")
            return false;
        if (a == "--headless")
            return true;
    }
    return false;
}

bool AppOptions::asksForInformation(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view a(argv[i]);
        if (a == "--")
            return false;
        if (a == "--help" || a == "--help-all" || a == "-h" || a == "-?" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

QStringList citySearchPaths()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    return {bin.absoluteFilePath(QStringLiteral("../share/vigie/cities")), QStringLiteral(VIGIE_CITIES_SOURCE_DIR)};
}

} // namespace vigie
