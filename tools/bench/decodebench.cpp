// vigie-bench-decode: what decoding one simulator message costs Vigie, next to the least a
// simdjson parser must do to read the same fields (the floor). See docs/performance.md.
//
// The corpus is made in memory by vigie_simlib, as vigie-sim would publish it for the city
// (valid messages, normalized and keyValues alternately). Each decoder reads the whole
// corpus `--repeat` times on this thread; the table gives nanoseconds per message of the
// fastest and of the median pass.

#include "cityassets.h"
#include "ingest/fiwaredecoder.h"
#include "simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <utility>
#include <string_view>
#include <vector>

using namespace vigie;
using namespace vigie::sim;

namespace {

/// The fields every decoder below must produce for a message; summed so that no compiler
/// can drop the work.
struct Extracted
{
    std::size_t idBytes = 0;
    std::size_t typeBytes = 0;
    std::size_t textBytes = 0; ///< status, powerState
    double numbers = 0;        ///< fillingLevel
    std::size_t timeBytes = 0; ///< dateObserved, or the attributes' observedAt
    qint64 failures = 0;
};

/// One attribute's value and time, in both NGSI-LD forms, through simdjson's DOM.
void domAttribute(simdjson::dom::object entity, std::string_view name, Extracted *out)
{
    simdjson::dom::element a;
    if (entity.at_key(name).get(a) != simdjson::SUCCESS)
        return;
    if (a.is_object()) {
        std::string_view t;
        if (a.at_key("observedAt").get_string().get(t) == simdjson::SUCCESS)
            out->timeBytes += t.size();
        a = a.at_key("value");
    }
    if (a.is_string())
        out->textBytes += std::string_view(a).size();
    else if (a.is_number())
        out->numbers += double(a);
}

/// The floor with the DOM API (FiwareDecoder's): parse, then look the fields up.
void floorDom(simdjson::dom::parser &parser, const QByteArray &payload, Extracted *out)
{
    simdjson::dom::object entity;
    if (parser.parse(payload.constData(), std::size_t(payload.size())).get_object().get(entity) != simdjson::SUCCESS) {
        ++out->failures;
        return;
    }
    std::string_view id, type, date;
    if (entity.at_key("id").get_string().get(id) != simdjson::SUCCESS
        || entity.at_key("type").get_string().get(type) != simdjson::SUCCESS) {
        ++out->failures;
        return;
    }
    out->idBytes += id.size();
    out->typeBytes += type.size();
    if (entity.at_key("dateObserved").get_string().get(date) == simdjson::SUCCESS)
        out->timeBytes += date.size();
    domAttribute(entity, "status", out);
    domAttribute(entity, type == "Streetlight" ? "powerState" : "fillingLevel", out);
}

/// One attribute through On-Demand: a value is read once, in place.
void onDemandValue(simdjson::ondemand::value v, Extracted *out)
{
    simdjson::ondemand::json_type t;
    if (v.type().get(t) != simdjson::SUCCESS)
        return;
    if (t == simdjson::ondemand::json_type::object) {
        simdjson::ondemand::object o = v.get_object();
        for (auto field : o) {
            std::string_view key = field.unescaped_key();
            if (key == "value")
                onDemandValue(field.value(), out);
            else if (key == "observedAt")
                out->timeBytes += std::string_view(field.value().get_string()).size();
        }
    } else if (t == simdjson::ondemand::json_type::string) {
        out->textBytes += std::string_view(v.get_string()).size();
    } else if (t == simdjson::ondemand::json_type::number) {
        out->numbers += double(v.get_double());
    }
}

/// The floor with On-Demand: one pass over the members, in document order.
void floorOnDemand(simdjson::ondemand::parser &parser, const simdjson::padded_string &payload, Extracted *out)
{
    simdjson::ondemand::document doc;
    simdjson::ondemand::object entity;
    if (parser.iterate(payload).get(doc) != simdjson::SUCCESS || doc.get_object().get(entity) != simdjson::SUCCESS) {
        ++out->failures;
        return;
    }
    for (auto field : entity) {
        std::string_view key;
        if (field.unescaped_key().get(key) != simdjson::SUCCESS) {
            ++out->failures;
            return;
        }
        if (key == "id")
            out->idBytes += std::string_view(field.value().get_string()).size();
        else if (key == "type")
            out->typeBytes += std::string_view(field.value().get_string()).size();
        else if (key == "dateObserved")
            out->timeBytes += std::string_view(field.value().get_string()).size();
        else if (key == "status" || key == "powerState" || key == "fillingLevel")
            onDemandValue(field.value(), out);
    }
}

struct Row
{
    const char *name;
    std::function<void(int index, Extracted *out)> decodeOne;
};

/// Fastest and median of `repeat` passes over the corpus, in ns per message. The fastest
/// pass is the one least disturbed by other processes.
std::pair<double, double> measure(const Row &row, int corpusSize, int repeat, Extracted *out)
{
    std::vector<double> passes;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < corpusSize; ++i)
            row.decodeOne(i, out);
        passes.push_back(double(clock.nsecsElapsed()) / corpusSize);
    }
    std::sort(passes.begin(), passes.end());
    return {passes.front(), passes[passes.size() / 2]};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vigie-bench-decode"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Decoding cost per simulator message: FiwareDecoder next to a minimal "
                                               "simdjson extraction of the same fields. See docs/performance.md."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("city"), QStringLiteral("City pack folder (default: the source tree's montpellier)."), QStringLiteral("dir"),
         QStringLiteral(VIGIE_CITIES_SOURCE_DIR "/montpellier")},
        {QStringLiteral("messages"), QStringLiteral("Corpus size (default 20000)."), QStringLiteral("n"), QStringLiteral("20000")},
        {QStringLiteral("repeat"), QStringLiteral("Passes over the corpus per decoder (default 15)."), QStringLiteral("n"), QStringLiteral("15")},
    });
    p.process(app);
    const int count = qMax(1, p.value(QStringLiteral("messages")).toInt());
    const int repeat = qMax(1, p.value(QStringLiteral("repeat")).toInt());

    auto pack = CityPack::load(p.value(QStringLiteral("city")));
    if (!pack) {
        std::fprintf(stderr, "vigie-bench-decode: %s\n", qPrintable(pack.error().message));
        return 1;
    }
    auto city = loadCityAssets(pack.value());
    if (!city) {
        std::fprintf(stderr, "vigie-bench-decode: %s\n", qPrintable(city.error().message));
        return 1;
    }
    SimulatorConfig config;
    config.cityId = pack->id;
    config.zone = QTimeZone(pack->timeZone.toUtf8());
    config.startMs = QDateTime::currentMSecsSinceEpoch();
    Simulator sim(config, city->assets);
    std::vector<RawMessage> corpus;
    std::vector<simdjson::padded_string> padded;
    qint64 bytes = 0;
    while (int(corpus.size()) < count) {
        auto m = sim.nextMessage(config.startMs + qint64(corpus.size()));
        if (!m)
            break;
        RawMessage raw;
        raw.topic = m->topic;
        raw.payload = m->payload;
        raw.receivedAtMs = config.startMs;
        bytes += m->payload.size();
        padded.emplace_back(m->payload.constData(), std::size_t(m->payload.size()));
        corpus.push_back(std::move(raw));
    }
    const int n = int(corpus.size());

    DecoderOptions options;
    options.zone = config.zone;
    FiwareDecoder fiware(options);
    simdjson::dom::parser domParser;
    simdjson::ondemand::parser onDemandParser;
    const std::vector<Row> rows{
        {"FiwareDecoder::decode", [&](int i, Extracted *out) {
             auto decoded = fiware.decode(corpus[std::size_t(i)]);
             if (!decoded)
                 ++out->failures;
             else
                 out->idBytes += std::size_t(decoded->constFirst().id.size());
         }},
        {"simdjson::validate_utf8 (the pipeline's check first)", [&](int i, Extracted *out) {
             const QByteArray &b = corpus[std::size_t(i)].payload;
             out->failures += !simdjson::validate_utf8(b.constData(), std::size_t(b.size()));
         }},
        {"floor: simdjson DOM, same fields", [&](int i, Extracted *out) { floorDom(domParser, corpus[std::size_t(i)].payload, out); }},
        {"floor: simdjson On-Demand, same fields", [&](int i, Extracted *out) { floorOnDemand(onDemandParser, padded[std::size_t(i)], out); }},
    };
    std::printf("%d messages of %s (%.0f bytes on average), %d passes\n\n", n, qPrintable(pack->id),
                double(bytes) / n, repeat);
    std::printf("| decoder | ns/message, fastest pass | median pass | MB/s (fastest) | failures |\n|---|---|---|---|---|\n");
    for (const Row &row : rows) {
        Extracted out;
        const auto [fastest, median] = measure(row, n, repeat, &out);
        std::printf("| %s | %.0f | %.0f | %.0f | %lld |\n", row.name, fastest, median, double(bytes) / n / fastest * 1000.0,
                    static_cast<long long>(out.failures / repeat));
    }
    return 0;
}
