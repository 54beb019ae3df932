// Fuzz-style robustness test of every decoder: random bytes, and mutations of the real
// samples in tests/data/payloads (bit flips, truncation, insertions, deletions, splices,
// and JSON-aware ones: huge and non-finite numbers, NaN text, deep nesting, huge strings,
// duplicate keys, NUL bytes, invalid UTF-8, absurd dates). Fixed seed and iteration count,
// so a failure is reproducible: the failing payload is printed.
//
// Expected of each decode: no crash, and no unquarantined garbage: either an error with a code and a short message, or
// entities whose values are finite numbers with a unit or non-empty texts, whose times are
// 0 or between 1970 and 2100, and which name an id or a DevEUI.
//
// Run it under ASan and UBSan after changing a decoder: a separate build folder configured
// with -DCMAKE_BUILD_TYPE=Debug
// -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer"
// -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined", only this target built, then
// UBSAN_OPTIONS=halt_on_error=1 build-asan/tests/tst_decoderfuzz (about 30 s).
#include "ingest/decoderroute.h"
#include "ingest/timestamps.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace vigie;

namespace {

constexpr int kIterations = 20000;

// JSON string, number and literal tokens; keys (a string before a colon). Kept out of macro
// arguments: moc's preprocessor does not read raw strings there.
constexpr char kValuePattern[] = R"("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)";
constexpr char kKeyPattern[] = R"("(?:[^"\\]|\\.)*"\s*:)";

struct Target
{
    const char *name;
    DecoderRoute route;
    QStringList sampleGlobs; ///< Under tests/data/payloads.
    QVector<QByteArray> extraSamples;
    QVector<QByteArray> topics;
};

QVector<Target> targets()
{
    const QString mappings = QStringLiteral(MAPPINGS_DIR);
    return {
        {"fiware", {QStringLiteral("#"), QStringLiteral("fiware")}, {"fiware/*.json", "fiware/*.jsonld"},
         {R"({"id": "urn:ngsi-ld:WasteContainer:x:1", "type": "WasteContainer", "fillingLevel": {"type": "Property", "value": 0.5, "observedAt": "2024-05-01T06:00:00Z"}, "temperature": 21.5, "binLoggedTime": 1714557600})",
          R"({"data": [{"id": "urn:ngsi-ld:Streetlight:x:1", "type": "Streetlight", "status": "ok", "powerState": "on", "dateObserved": "2024-10-27T02:30:00"}]})"},
         {"city/fiware"}},
        {"ttn", {QStringLiteral("#"), QStringLiteral("ttn")}, {"ttn_v3/*.json"}, {},
         {"v3/app@ttn/devices/eui-0004a30b001c0530/up", "ttn/uplinks"}},
        {"ttn em310", {QStringLiteral("#"), QStringLiteral("ttn"), {}, QStringLiteral("milesight-em310-udl")}, {"ttn_v3/*.json"},
         {R"({"end_device_ids": {"device_id": "bin-1", "dev_eui": "24E124713B291245"}, "received_at": "2024-05-01T10:00:00Z", "uplink_message": {"f_port": 85, "frm_payload": "AXVkA4IIAQQAAA==", "received_at": "2024-05-01T10:00:00Z"}})"},
         {"ttn/uplinks"}},
        {"chirpstack", {QStringLiteral("#"), QStringLiteral("chirpstack")}, {"chirpstack_v4/*.json"}, {},
         {"application/a/device/0101010101010101/event/up", "application/a/device/0101010101010101/event/status",
          "application/a/device/0101010101010101/event/log", "chirpstack/http"}},
        {"chirpstack df703", {QStringLiteral("#"), QStringLiteral("chirpstack"), {}, QStringLiteral("dingtek-df703")},
         {"chirpstack_v4/*.json"},
         {R"({"deviceInfo": {"devEui": "0101010101010101", "deviceProfileName": "DF703"}, "time": "2024-05-01T10:00:00Z", "fPort": 3, "data": "gAAAAQIDBAUGBwgJCgsMDQ4PEIE="})"},
         {"chirpstack/http"}},
        {"json binsense", {QStringLiteral("#"), QStringLiteral("json"), mappings + QStringLiteral("/binsense-containers.yaml")}, {},
         {R"({"fill_pct": "57", "battery": 87, "temp_dC": 215, "dist_mm": 1240, "lid": 0, "ts": 1714557600})",
          R"({"fill_pct": 255, "battery": 101, "temp_dC": -32768, "dist_mm": 65535, "lid": 3, "ts": "1714557600123"})"},
         {"binsense/v1/007/up", "binsense/v1", "binsense/v1//up"}},
        {"json luminet", {QStringLiteral("#"), QStringLiteral("json"), mappings + QStringLiteral("/luminet-streetlights.yaml")}, {},
         {R"({"gateway": "gw-07", "sentAt": "01/05/2024 22:30:00", "lamps": [{"lampId": "412", "state": "OK", "relay": "DIM", "driverTemp": "41.5"}, {"lampId": 413, "state": "BROKEN", "relay": "OFF", "driverTemp": null}]})",
          R"({"gateway": "gw-08", "sentAt": "27/10/2024 02:30:00", "lamps": [{"lampId": "1", "state": "POLE", "relay": "START", "driverTemp": "-41"}]})"},
         {"luminet/montpellier/gw-07/report"}},
    };
}

/// Replacement values for a JSON-aware mutation.
const QVector<QByteArray> &oddValues()
{
    static const QVector<QByteArray> values = [] {
        QVector<QByteArray> v{
            "1e308", "-1e308", "1e400", "-1e400", "-0", "-0.0", "0", "1", "-1", "255", "65535", "4294967296",
            "18446744073709551616", "9223372036854775807", "-9223372036854775809", "1e-400", "0.1e1",
            "1e11", "99999999999", "1e14", "1e17", "4102444800", "4102444800000", "253402300799", "-62135596800",
            "NaN", "Infinity", "-Infinity", "nan", "\"NaN\"", "\"nan\"", "\"-inf\"", "\"Infinity\"", "\"1e400\"",
            "\"\"", "\" \"", "\"0\"", "\"2000 mm\"", "\"12,5\"", "\"0x10\"", "\"2116\"",
            "null", "true", "false", "{}", "[]", "[[[[[[]]]]]]", "[1, 2, 3]", "{\"value\": null}",
            "{\"type\": \"Property\", \"value\": 1e308}", "{\"type\": \"Property\", \"value\": \"on\", \"observedAt\": \"0001-01-01T00:00:00Z\"}",
            "{\"type\": \"Point\", \"coordinates\": [1e308, -1e308]}", "{\"type\": \"Point\", \"coordinates\": []}",
            "\"0000-01-01T00:00:00Z\"", "\"0001-01-01T00:00:00Z\"", "\"1900-01-01T00:00:00Z\"", "\"1969-12-31T23:59:59.999Z\"",
            "\"1970-01-01T00:00:00Z\"", "\"2099-12-31T23:59:59.999Z\"", "\"2100-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"",
            "\"2024-03-31T02:30:00\"", "\"2024-10-27T02:30:00\"", "\"2024-05-01T10:00:00.123456789012345678901234567890Z\"",
            "\"2024-05-01T10:00:00+99:99\"", "\"2024-05-01T10:00:00-18:00\"", "\"31/12/9999 23:59:59\"", "\"01/01/0001 00:00:00\"",
            "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\\"\"", "\"AQID\"", "\"////\"", "\"=\"",
            "\"AXVk\"", "\"gAAAAQIDBAUGBwgJCgsMDQ4PEIE=\"", "\"24E124713B291245\"", "\"24-E1-24-71-3B-29-12-45\"",
            "\"urn:ngsi-ld:Streetlight:x:1\"", "\"Streetlight\"", "\"WasteContainer\"", "\"Feature\"", "\"up\"",
            QByteArray("\"a\0b\"", 5), "\"\xff\xfe\"", "\"\xc3\x28\"", "\"\xed\xa0\x80\"", "\"\xf4\x90\x80\x80\"",
            "\"é€𝄞\"",
        };
        v << QByteArray(200, '[') + QByteArray(200, ']');
        v << QByteArray(2000, '[') + QByteArray(2000, ']');
        QByteArray deepObjects;
        for (int i = 0; i < 300; ++i)
            deepObjects += "{\"a\":";
        deepObjects += "1" + QByteArray(300, '}');
        v << deepObjects;
        v << "\"" + QByteArray(100000, 'a') + "\"";
        v << "\"" + QByteArray(5000, '7') + "\"";
        v << QByteArray(400, '9');
        v << "0." + QByteArray(400, '0') + "1";
        return v;
    }();
    return values;
}

class Mutator
{
public:
    explicit Mutator(quint32 seed) : m_rng(seed) {}

    int below(int n) { return n <= 0 ? 0 : int(m_rng.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }

    QByteArray randomBytes()
    {
        QByteArray b(below(300), Qt::Uninitialized);
        for (char &c : b)
            c = char(below(256));
        // Sometimes JSON-ish noise rather than pure noise.
        if (chance(50)) {
            static const char alphabet[] = "{}[]\":,0123456789-+.eEtrufalsn \\u";
            for (char &c : b)
                c = alphabet[below(int(sizeof alphabet) - 1)];
        }
        return b;
    }

    QByteArray mutate(QByteArray p, const QVector<QByteArray> &samples)
    {
        const int rounds = 1 + below(3);
        for (int r = 0; r < rounds; ++r) {
            switch (below(9)) {
            case 0: // bit flips
                for (int i = 0, n = 1 + below(8); i < n && !p.isEmpty(); ++i)
                    p[below(int(p.size()))] ^= char(1 << below(8));
                break;
            case 1: // truncation
                p.truncate(below(int(p.size()) + 1));
                break;
            case 2: // insertion of random bytes
                for (int i = 0, n = 1 + below(4); i < n; ++i)
                    p.insert(below(int(p.size()) + 1), char(below(256)));
                break;
            case 3: // deletion
                if (!p.isEmpty()) {
                    const int at = below(int(p.size()));
                    p.remove(at, 1 + below(std::min<int>(16, int(p.size()) - at)));
                }
                break;
            case 4: // splice with another sample
            {
                const QByteArray &other = samples.at(below(int(samples.size())));
                const int at = below(int(p.size()) + 1);
                const int from = below(int(other.size()) + 1);
                p = p.left(at) + other.mid(from, below(int(other.size()) - from + 1));
                break;
            }
            case 5: // a JSON value replaced by an odd one
            case 6:
                p = replaceValue(p);
                break;
            case 7: // a duplicate (or new) key with an odd value, right after an object opens
                p = duplicateKey(p);
                break;
            case 8: // a NUL byte or an invalid UTF-8 sequence somewhere
            {
                static const QByteArray bad[] = {QByteArray(1, '\0'), "\xff", "\xc0\xaf", "\xe2\x82", "\xed\xa0\x80"};
                p.insert(below(int(p.size()) + 1), bad[below(5)]);
                break;
            }
            }
        }
        return p;
    }

private:
    struct Token
    {
        int start;
        int length;
    };

    /// String and number tokens of `p` (roughly: enough to aim mutations at values and keys).
    static QVector<Token> tokens(const QByteArray &p, bool keysOnly)
    {
        static const QRegularExpression value{QString::fromLatin1(kValuePattern)};
        static const QRegularExpression key{QString::fromLatin1(kKeyPattern)};
        QVector<Token> out;
        const QString text = QString::fromLatin1(p); // byte offsets preserved
        auto it = (keysOnly ? key : value).globalMatch(text);
        while (it.hasNext() && out.size() < 4000) {
            const auto m = it.next();
            out << Token{int(m.capturedStart()), int(m.capturedLength())};
        }
        return out;
    }

    QByteArray replaceValue(const QByteArray &p)
    {
        const QVector<Token> all = tokens(p, false);
        if (all.isEmpty())
            return p;
        const Token t = all.at(below(int(all.size())));
        // Keys are skipped by the regex's nature only partly: replacing one is a mutation too.
        const QByteArray &odd = oddValues().at(below(int(oddValues().size())));
        QByteArray out = p;
        out.replace(t.start, t.length, odd);
        return out;
    }

    QByteArray duplicateKey(const QByteArray &p)
    {
        const QVector<Token> keys = tokens(p, true);
        QVector<int> opens;
        for (int i = 0; i < p.size() && opens.size() < 4000; ++i) {
            if (p.at(i) == '{')
                opens << i;
        }
        if (keys.isEmpty() || opens.isEmpty())
            return p;
        const Token k = keys.at(below(int(keys.size())));
        const QByteArray key = p.mid(k.start, k.length);
        const QByteArray &odd = oddValues().at(below(int(oddValues().size())));
        QByteArray out = p;
        out.insert(opens.at(below(int(opens.size()))) + 1, key + odd + ",");
        return out;
    }

    QRandomGenerator m_rng;
};

/// 0 is "not given"; any other time must be after the epoch (timestamps.h: afterEpoch).
/// Whether it is plausible for the device is IngestPipeline's business (ClockSkewed).
bool plausibleTime(qint64 ms) { return ms >= 0; }

/// Empty if `result` is acceptable, else what is wrong with it.
QString check(const Result<QVector<DecodedEntity>> &result)
{
    if (!result) {
        const Error &e = result.error();
        if (e.code.isEmpty() || e.message.isEmpty())
            return QStringLiteral("error without code or message (code \"%1\")").arg(e.code);
        if (e.message.size() > 1000)
            return QStringLiteral("error message of %1 characters (%2)").arg(e.message.size()).arg(e.code);
        return {};
    }
    if (result->isEmpty())
        return QStringLiteral("accepted without any entity");
    static const QRegularExpression devEui(QStringLiteral("^[0-9a-f]{16}$"));
    for (const DecodedEntity &e : result.value()) {
        if (e.id.isEmpty() && e.deviceId.isEmpty())
            return QStringLiteral("entity without id or device id");
        if (e.id.isEmpty() != e.id.trimmed().isEmpty())
            return QStringLiteral("blank id");
        if (!e.deviceId.isEmpty() && !devEui.match(e.deviceId).hasMatch())
            return QStringLiteral("device id \"%1\" is not 16 lower-case hex digits").arg(e.deviceId.left(40));
        if (!plausibleTime(e.observedAtMs) || !plausibleTime(e.observedAtLaterMs))
            return QStringLiteral("entity time %1 / %2").arg(e.observedAtMs).arg(e.observedAtLaterMs);
        if (e.hasLocation && !(std::abs(e.lon) <= 180 && std::abs(e.lat) <= 90))
            return QStringLiteral("location %1, %2").arg(e.lon).arg(e.lat);
        for (const DecodedValue &v : e.values) {
            if (v.quantity.isEmpty())
                return QStringLiteral("value without quantity");
            const bool number = std::isfinite(v.number);
            const bool text = !v.text.isEmpty();
            if (number == text)
                return QStringLiteral("%1: %2").arg(v.quantity, number ? QStringLiteral("both a number and a text")
                                                                      : QStringLiteral("neither a finite number nor a text"));
            if (number && v.unitCode.isEmpty())
                return QStringLiteral("%1: a number without unit").arg(v.quantity);
            if (!plausibleTime(v.observedAtMs) || !plausibleTime(v.observedAtLaterMs))
                return QStringLiteral("%1: time %2 / %3").arg(v.quantity).arg(v.observedAtMs).arg(v.observedAtLaterMs);
        }
    }
    return {};
}

QString printable(const QByteArray &payload)
{
    QByteArray shown = payload.left(600);
    for (char &c : shown) {
        if (uchar(c) < 0x20 || uchar(c) >= 0x7f)
            c = '?';
    }
    return QString::fromLatin1(shown) + (payload.size() > 600 ? QStringLiteral("… (%1 bytes)").arg(payload.size()) : QString());
}

} // namespace

class TestDecoderFuzz : public QObject
{
    Q_OBJECT
private slots:
    void fuzz_data();
    void fuzz();
    void oddValuesOneByOne_data();
    void oddValuesOneByOne();
};

void TestDecoderFuzz::fuzz_data()
{
    QTest::addColumn<int>("index");
    const QVector<Target> all = targets();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(all.at(i).name) << i;
}

namespace {

QVector<QByteArray> samplesOf(const Target &t)
{
    QVector<QByteArray> samples = t.extraSamples;
    const QDir root(QStringLiteral(TEST_DATA_DIR "/payloads"));
    for (const QString &glob : t.sampleGlobs) {
        const QString dir = glob.section(QLatin1Char('/'), 0, 0);
        const QString pattern = glob.section(QLatin1Char('/'), 1);
        const QDir d(root.filePath(dir));
        for (const QString &name : d.entryList({pattern}, QDir::Files, QDir::Name)) {
            QFile f(d.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                samples << f.readAll();
        }
    }
    return samples;
}

} // namespace

void TestDecoderFuzz::fuzz()
{
    QFETCH(int, index);
    const Target t = targets().at(index);
    auto decoder = makeDecoder(t.route, DecoderOptions{});
    QVERIFY2(decoder.ok(), qPrintable(decoder.ok() ? QString() : decoder.error().message));
    const QVector<QByteArray> samples = samplesOf(t);
    QVERIFY2(!samples.isEmpty(), t.name);

    Mutator mutator(0x5EED0000u + quint32(index));
    QElapsedTimer clock;
    clock.start();
    int accepted = 0;
    for (int i = 0; i < kIterations; ++i) {
        RawMessage m;
        m.topic = t.topics.at(mutator.below(int(t.topics.size())));
        m.receivedAtMs = 1714557600000;
        m.qos = 1;
        const QByteArray &sample = samples.at(mutator.below(int(samples.size())));
        if (mutator.chance(5))
            m.payload = mutator.randomBytes();
        else if (mutator.chance(3))
            m.payload = sample; // unmodified, so the real samples keep being exercised
        else
            m.payload = mutator.mutate(sample, samples);
        const auto result = decoder.value()->decode(m);
        const QString problem = check(result);
        if (!problem.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1, iteration %2: %3\npayload: %4").arg(QLatin1String(t.name)).arg(i).arg(problem, printable(m.payload))));
        accepted += result.ok();
    }
    qInfo("%s: %d iterations, %d accepted, %lld ms", t.name, kIterations, accepted, clock.elapsed());
}

void TestDecoderFuzz::oddValuesOneByOne_data()
{
    fuzz_data();
}

void TestDecoderFuzz::oddValuesOneByOne()
{
    // Every odd value in place of every value of every sample: exhaustive where the random
    // walk above only samples.
    QFETCH(int, index);
    const Target t = targets().at(index);
    auto decoder = makeDecoder(t.route, DecoderOptions{});
    QVERIFY(decoder.ok());
    static const QRegularExpression value{QString::fromLatin1(kValuePattern)};
    for (const QByteArray &sample : samplesOf(t)) {
        if (sample.size() > 20000)
            continue;
        QVector<std::pair<int, int>> spots;
        auto it = value.globalMatch(QString::fromLatin1(sample));
        while (it.hasNext()) {
            const auto m = it.next();
            spots << std::pair{int(m.capturedStart()), int(m.capturedLength())};
        }
        for (const auto &[start, length] : spots) {
            for (const QByteArray &odd : oddValues()) {
                if (odd.size() > 1000)
                    continue; // the long ones are left to the random walk
                RawMessage m;
                m.topic = t.topics.first();
                m.receivedAtMs = 1714557600000;
                m.payload = QByteArray(sample).replace(start, length, odd);
                const QString problem = check(decoder.value()->decode(m));
                if (!problem.isEmpty())
                    QFAIL(qPrintable(QStringLiteral("%1: %2\npayload: %3").arg(QLatin1String(t.name), problem, printable(m.payload))));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestDecoderFuzz)
#include "tst_decoderfuzz.moc"
