// Plain JSON read through a mapping: numbers sent as text, ids, invalid readings, enums,
// times and message structure, each with good, bad and borderline cases.
#include "ingest/decoderroute.h"
#include "ingest/mappedjsondecoder.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vigie;

namespace {

/// Bins: most tests read through this one.
const QByteArray kBinMapping = R"(version: 1
kind: WasteContainer
id: {pointer: /id}
time: {pointer: /ts, form: iso8601}
fields:
  - {pointer: /fill, quantity: fillingLevel, unit: percent, range: [0, 120], sentinels: [255]}
  - {pointer: /temp, quantity: temperature}
  - {pointer: /dist, quantity: distance, unit: mm, sentinels: [0xFFFF]}
  - {pointer: /state, quantity: status, values: {EMPTY: ok, OPEN: lidOpen, 3: burning}}
)";

JsonMapping mapping(const QByteArray &yaml)
{
    auto m = parseJsonMapping(yaml, QStringLiteral("test.yaml"));
    if (!m)
        qFatal("test mapping refused: %s", qPrintable(m.error().message));
    return std::move(m).value();
}

RawMessage message(const QByteArray &payload, const QByteArray &topic = "binsense/v1/007/up")
{
    RawMessage m;
    m.topic = topic;
    m.payload = payload;
    m.receivedAtMs = 1'700'000'000'000;
    return m;
}

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

const DecodedValue *find(const DecodedEntity &e, const char *quantity)
{
    for (const DecodedValue &v : e.values) {
        if (v.quantity == QLatin1String(quantity))
            return &v;
    }
    return nullptr;
}

QString errorText(const Result<QVector<DecodedEntity>> &r)
{
    return r.ok() ? QString() : r.error().code + QStringLiteral(": ") + r.error().message;
}

} // namespace

class TestMappedDecoder : public QObject
{
    Q_OBJECT
private slots:
    void numbersSentAsText_data();
    void numbersSentAsText();
    void identifiers_data();
    void identifiers();
    void idSources_data();
    void idSources();
    void invalidReadings_data();
    void invalidReadings();
    void fillHeadroomComesFromOptions();
    void enums_data();
    void enums();
    void times_data();
    void times();
    void structure_data();
    void structure();
    void severalEntities();
    void entityLists_data();
    void entityLists();
    void shippedExamples();
    void routes();
    void parserIsReusedAcrossMessages();
};

void TestMappedDecoder::numbersSentAsText_data()
{
    QTest::addColumn<QByteArray>("temp");   // JSON text of /temp
    QTest::addColumn<double>("expected");   // NaN: not observed
    QTest::addColumn<QString>("code");      // empty: accepted
    QTest::addColumn<QString>("mentions");

    const double none = std::nan("");
    QTest::newRow("JSON number") << QByteArray("21.5") << 21.5 << "" << "";
    QTest::newRow("JSON integer") << QByteArray("-4") << -4.0 << "" << "";
    QTest::newRow("integer text") << QByteArray(R"("42")") << 42.0 << "" << "";
    QTest::newRow("spaces around") << QByteArray(R"(" 0.5 ")") << 0.5 << "" << "";
    QTest::newRow("exponent") << QByteArray(R"("1e2")") << 100.0 << "" << "";
    QTest::newRow("signed") << QByteArray(R"("+4.25")") << 4.25 << "" << "";
    QTest::newRow("leading point") << QByteArray(R"(".5")") << 0.5 << "" << "";
    QTest::newRow("trailing point") << QByteArray(R"("7.")") << 7.0 << "" << "";
    QTest::newRow("null") << QByteArray("null") << none << "" << "";
    QTest::newRow("decimal comma") << QByteArray(R"("12,5")") << none << "invalidValue" << "decimal comma";
    QTest::newRow("decimal comma no integer part") << QByteArray(R"(",5")") << none << "invalidValue" << "decimal comma";
    QTest::newRow("thousands and comma") << QByteArray(R"("1.234,5")") << none << "invalidValue" << "not a number";
    QTest::newRow("thousands separator") << QByteArray(R"("1,234.5")") << none << "invalidValue" << "not a number";
    QTest::newRow("nan") << QByteArray(R"("nan")") << none << "invalidValue" << "NaN";
    QTest::newRow("NaN") << QByteArray(R"("NaN")") << none << "invalidValue" << "NaN";
    QTest::newRow("Infinity") << QByteArray(R"("Infinity")") << none << "invalidValue" << "infinities";
    QTest::newRow("inf") << QByteArray(R"("inf")") << none << "invalidValue" << "infinities";
    QTest::newRow("-inf") << QByteArray(R"("-inf")") << none << "invalidValue" << "infinities";
    QTest::newRow("empty") << QByteArray(R"("")") << none << "invalidValue" << "empty";
    QTest::newRow("blank") << QByteArray(R"("  ")") << none << "invalidValue" << "empty";
    QTest::newRow("hexadecimal") << QByteArray(R"("0x10")") << none << "invalidValue" << "not a number";
    QTest::newRow("with unit") << QByteArray(R"("12 °C")") << none << "invalidValue" << "not a number";
    QTest::newRow("overflow") << QByteArray(R"("1e999")") << none << "invalidValue" << "not a number";
    QTest::newRow("boolean") << QByteArray("true") << none << "invalidValue" << "expected a number";
    QTest::newRow("object") << QByteArray(R"({"v": 1})") << none << "invalidValue" << "expected a number";
    QTest::newRow("array") << QByteArray("[1]") << none << "invalidValue" << "expected a number";
}

void TestMappedDecoder::numbersSentAsText()
{
    QFETCH(QByteArray, temp);
    QFETCH(double, expected);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    MappedJsonDecoder decoder(mapping(kBinMapping));
    auto r = decoder.decode(message(R"({"id": "b1", "temp": )" + temp + "}"));
    if (!code.isEmpty()) {
        QVERIFY2(!r.ok(), "accepted");
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("/temp: ")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    const DecodedValue *v = find(r->first(), "temperature");
    if (std::isnan(expected)) {
        QVERIFY(!v);
        return;
    }
    QVERIFY(v);
    QCOMPARE(v->number, expected);
    QCOMPARE(v->unitCode, QStringLiteral("CEL"));
    QVERIFY(v->isValid());
}

void TestMappedDecoder::identifiers_data()
{
    QTest::addColumn<QByteArray>("id");     // JSON text of /id; empty: absent
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("code");

    QTest::newRow("leading zeros stay") << QByteArray(R"("007")") << "007" << "";
    QTest::newRow("number becomes text") << QByteArray("12") << "12" << "";
    QTest::newRow("integral double") << QByteArray("12.0") << "12" << "";
    QTest::newRow("large unsigned") << QByteArray("18446744073709551615") << "18446744073709551615" << "";
    QTest::newRow("urn as is") << QByteArray(R"("urn:ngsi-ld:WasteContainer:paris:13010-PM 001")")
        << "urn:ngsi-ld:WasteContainer:paris:13010-PM 001" << "";
    QTest::newRow("numeric-looking text") << QByteArray(R"("1e3")") << "1e3" << "";
    QTest::newRow("fraction") << QByteArray("12.5") << "" << "invalidValue";
    QTest::newRow("too large to be exact") << QByteArray("1e20") << "" << "invalidValue";
    QTest::newRow("boolean") << QByteArray("true") << "" << "invalidValue";
    QTest::newRow("object") << QByteArray(R"({"ref": 1})") << "" << "invalidValue";
    QTest::newRow("absent") << QByteArray() << "" << "missingId";
    QTest::newRow("null") << QByteArray("null") << "" << "missingId";
    QTest::newRow("empty") << QByteArray(R"("")") << "" << "missingId";
    QTest::newRow("blank") << QByteArray(R"("  ")") << "" << "missingId";
}

void TestMappedDecoder::identifiers()
{
    QFETCH(QByteArray, id);
    QFETCH(QString, expected);
    QFETCH(QString, code);
    MappedJsonDecoder decoder(mapping(kBinMapping));
    const QByteArray payload = id.isNull() ? QByteArray(R"({"fill": 10})") : R"({"fill": 10, "id": )" + id + "}";
    auto r = decoder.decode(message(payload));
    if (!code.isEmpty()) {
        QVERIFY2(!r.ok(), "accepted");
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("/id: ")), qPrintable(r.error().message));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->first().id, expected);
    QVERIFY(r->first().deviceId.isEmpty());
    QCOMPARE(r->first().kind, AssetKind::WasteContainer);
}

void TestMappedDecoder::idSources_data()
{
    QTest::addColumn<QByteArray>("idSection");
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<QString>("code");

    const QByteArray payload = R"({"ref": 12, "eui": "70-B3-D5-7E-D0-05-A1-B2", "fill": 40})";
    QTest::newRow("pointer with template") << QByteArray(R"({pointer: /ref, template: "urn:ngsi-ld:WasteContainer:montpellier:{}"})")
        << QByteArray("binsense/v1/007/up") << payload << "urn:ngsi-ld:WasteContainer:montpellier:12" << "" << "";
    QTest::newRow("topic level") << QByteArray("{topicLevel: 2}") << QByteArray("binsense/v1/007/up") << payload << "007" << "" << "";
    QTest::newRow("topic level 0") << QByteArray("{topicLevel: 0}") << QByteArray("B-77/up") << payload << "B-77" << "" << "";
    QTest::newRow("topic level with template") << QByteArray(R"({topicLevel: 2, template: "urn:ngsi-ld:WasteContainer:montpellier:{}"})")
        << QByteArray("binsense/v1/007/up") << payload << "urn:ngsi-ld:WasteContainer:montpellier:007" << "" << "";
    QTest::newRow("topic level past the end") << QByteArray("{topicLevel: 4}") << QByteArray("binsense/v1/007/up") << payload
        << "" << "" << "missingId";
    QTest::newRow("empty topic level") << QByteArray("{topicLevel: 2}") << QByteArray("binsense/v1//up") << payload
        << "" << "" << "missingId";
    QTest::newRow("device id normalised") << QByteArray("{pointer: /eui, device: true}") << QByteArray("x") << payload
        << "" << "70b3d57ed005a1b2" << "";
    QTest::newRow("device id from topic") << QByteArray("{topicLevel: 1, device: true}") << QByteArray("lora/A81758FFFE0312AB/up")
        << payload << "" << "a81758fffe0312ab" << "";
    QTest::newRow("device id too short") << QByteArray("{pointer: /ref, device: true}") << QByteArray("x") << payload
        << "" << "" << "invalidValue";
}

void TestMappedDecoder::idSources()
{
    QFETCH(QByteArray, idSection);
    QFETCH(QByteArray, topic);
    QFETCH(QByteArray, payload);
    QFETCH(QString, id);
    QFETCH(QString, deviceId);
    QFETCH(QString, code);
    MappedJsonDecoder decoder(mapping("version: 1\nid: " + idSection + "\nfields: [{pointer: /fill, quantity: fillingLevel, unit: percent}]\n"));
    auto r = decoder.decode(message(payload, topic));
    if (!code.isEmpty()) {
        QVERIFY2(!r.ok(), "accepted");
        QCOMPARE(r.error().code, code);
        return;
    }
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->first().id, id);
    QCOMPARE(r->first().deviceId, deviceId);
    QVERIFY(!r->first().kind); // the mapping names no kind
    QCOMPARE(find(r->first(), "fillingLevel")->number, 0.4);
}

void TestMappedDecoder::invalidReadings_data()
{
    QTest::addColumn<QByteArray>("fields");  // JSON members after the id
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<double>("number");      // in the model unit
    QTest::addColumn<QString>("unitCode");
    QTest::addColumn<QString>("invalid");    // empty: a valid reading; else a word of the reason

    QTest::newRow("percent to ratio") << QByteArray(R"("fill": 57)") << "fillingLevel" << 0.57 << "C62" << "";
    QTest::newRow("percent as text") << QByteArray(R"("fill": "57")") << "fillingLevel" << 0.57 << "C62" << "";
    QTest::newRow("range low edge") << QByteArray(R"("fill": 0)") << "fillingLevel" << 0.0 << "C62" << "";
    QTest::newRow("range high edge") << QByteArray(R"("fill": 120)") << "fillingLevel" << 1.2 << "C62" << "";
    QTest::newRow("above the mapping range") << QByteArray(R"("fill": 121)") << "fillingLevel" << 1.21 << "C62" << "out of range";
    QTest::newRow("below the mapping range") << QByteArray(R"("fill": -1)") << "fillingLevel" << -0.01 << "C62" << "out of range";
    QTest::newRow("sentinel") << QByteArray(R"("fill": 255)") << "fillingLevel" << 2.55 << "C62" << "sentinel 255";
    QTest::newRow("sentinel as text") << QByteArray(R"("fill": "255")") << "fillingLevel" << 2.55 << "C62" << "sentinel";
    QTest::newRow("next to the sentinel") << QByteArray(R"("fill": 254)") << "fillingLevel" << 2.54 << "C62" << "out of range";
    QTest::newRow("millimetres to metres") << QByteArray(R"("dist": 1240)") << "distance" << 1.24 << "MTR" << "";
    QTest::newRow("hex sentinel") << QByteArray(R"("dist": 65535)") << "distance" << 65.535 << "MTR" << "sentinel 65535";
    QTest::newRow("negative distance") << QByteArray(R"("dist": -3)") << "distance" << -0.003 << "MTR" << "what a distance can be";
    QTest::newRow("model range edge") << QByteArray(R"("temp": 1500)") << "temperature" << 1500.0 << "CEL" << "";
    QTest::newRow("outside the model range") << QByteArray(R"("temp": 1501)") << "temperature" << 1501.0 << "CEL" << "what a temperature can be";
    QTest::newRow("below the model range") << QByteArray(R"("temp": "-61")") << "temperature" << -61.0 << "CEL" << "out of range";
}

void TestMappedDecoder::invalidReadings()
{
    QFETCH(QByteArray, fields);
    QFETCH(QString, quantity);
    QFETCH(double, number);
    QFETCH(QString, unitCode);
    QFETCH(QString, invalid);
    MappedJsonDecoder decoder(mapping(kBinMapping));
    auto r = decoder.decode(message(R"({"id": "b1", )" + fields + "}"));
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->first().values.size(), 1);
    const DecodedValue &v = r->first().values.first();
    QCOMPARE(v.quantity, quantity);
    QVERIFY(qFuzzyCompare(1.0 + v.number, 1.0 + number));
    QCOMPARE(v.unitCode, unitCode);
    if (invalid.isEmpty()) {
        QVERIFY2(v.isValid(), qPrintable(v.invalidReason));
    } else {
        QVERIFY(!v.isValid());
        QVERIFY2(v.invalidReason.contains(invalid), qPrintable(v.invalidReason));
    }
}

void TestMappedDecoder::fillHeadroomComesFromOptions()
{
    // No mapping range: the model's own bound decides, 0 to DecoderOptions::fillHeadroom.
    const QByteArray yaml = "version: 1\nid: {pointer: /id}\nfields: [{pointer: /f, quantity: fillingLevel, scale: 0.01}]\n";
    const RawMessage overfull = message(R"({"id": "b", "f": 130})");
    MappedJsonDecoder strict(mapping(yaml));
    auto r = strict.decode(overfull);
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QVERIFY2(r->first().values.first().invalidReason.contains(QStringLiteral("0–1.2, what a fillingLevel can be")),
             qPrintable(r->first().values.first().invalidReason));
    QCOMPARE(r->first().values.first().number, 1.3);

    DecoderOptions options;
    options.fillHeadroom = 1.5;
    MappedJsonDecoder lenient(mapping(yaml), options);
    auto l = lenient.decode(overfull);
    QVERIFY2(l.ok(), qPrintable(errorText(l)));
    QVERIFY(l->first().values.first().isValid());
    QVERIFY(lenient.decode(message(R"({"id": "b", "f": 150})"))->first().values.first().isValid());
    QVERIFY(!lenient.decode(message(R"({"id": "b", "f": 150.5})"))->first().values.first().isValid());
    // The bound itself, reached through inexact scales, is still a valid reading.
    MappedJsonDecoder tenths(mapping("version: 1\nid: {pointer: /id}\nfields: [{pointer: /f, quantity: fillingLevel, scale: 0.1}]\n"));
    QVERIFY(tenths.decode(message(R"({"id": "b", "f": 12})"))->first().values.first().isValid()); // 1.2000000000000002
    QVERIFY(!tenths.decode(message(R"({"id": "b", "f": 12.01})"))->first().values.first().isValid());
}

void TestMappedDecoder::enums_data()
{
    QTest::addColumn<QByteArray>("state"); // JSON text of /state
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("code");

    QTest::newRow("mapped word") << QByteArray(R"("OPEN")") << "lidOpen" << "";
    QTest::newRow("mapped to ok") << QByteArray(R"("EMPTY")") << "ok" << "";
    QTest::newRow("model word as is") << QByteArray(R"("dropped")") << "dropped" << "";
    QTest::newRow("numeric code") << QByteArray("3") << "burning" << "";
    QTest::newRow("numeric code as text") << QByteArray(R"("3")") << "burning" << "";
    QTest::newRow("null") << QByteArray("null") << "" << "";
    QTest::newRow("unknown word") << QByteArray(R"("WEIRD")") << "" << "invalidValue";
    QTest::newRow("mapped word in another case") << QByteArray(R"("open")") << "" << "invalidValue";
    QTest::newRow("model word in another case") << QByteArray(R"("Dropped")") << "" << "invalidValue";
    QTest::newRow("another kind's word") << QByteArray(R"("defectiveLamp")") << "" << "invalidValue";
    QTest::newRow("empty") << QByteArray(R"("")") << "" << "invalidValue";
    QTest::newRow("unmapped code") << QByteArray("4") << "" << "invalidValue";
    QTest::newRow("fractional code") << QByteArray("3.5") << "" << "invalidValue";
    QTest::newRow("object") << QByteArray(R"({"code": 3})") << "" << "invalidValue";
}

void TestMappedDecoder::enums()
{
    QFETCH(QByteArray, state);
    QFETCH(QString, expected);
    QFETCH(QString, code);
    MappedJsonDecoder decoder(mapping(kBinMapping));
    auto r = decoder.decode(message(R"({"id": "b1", "state": )" + state + "}"));
    if (!code.isEmpty()) {
        QVERIFY2(!r.ok(), "accepted");
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("/state: ")), qPrintable(r.error().message));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    const DecodedValue *v = find(r->first(), "status");
    if (expected.isEmpty()) {
        QVERIFY(!v);
        return;
    }
    QVERIFY(v);
    QCOMPARE(v->text, expected);
}

void TestMappedDecoder::times_data()
{
    QTest::addColumn<QByteArray>("timeSection");
    QTest::addColumn<QByteArray>("ts");      // JSON text of /ts; empty: absent
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<qint64>("laterMs");
    QTest::addColumn<QString>("code");

    const QByteArray epoch = "{pointer: /ts, form: epoch}";
    const QByteArray iso = "{pointer: /ts, form: iso8601}";
    const QByteArray local = "{pointer: /ts, form: local}";
    const QByteArray pattern = R"({pointer: /ts, form: pattern, pattern: "dd/MM/yyyy HH:mm:ss"})";
    const QByteArray zoned = R"({pointer: /ts, form: pattern, pattern: "dd/MM/yyyy HH:mm:ss t"})";
    const qint64 may1 = utc("2024-05-01T10:00:00Z");

    QTest::newRow("epoch seconds") << epoch << QByteArray("1714557600") << may1 << qint64(0) << "";
    QTest::newRow("epoch milliseconds") << epoch << QByteArray("1714557600000") << may1 << qint64(0) << "";
    QTest::newRow("epoch microseconds") << epoch << QByteArray("1714557600000000") << may1 << qint64(0) << "";
    QTest::newRow("epoch fractional seconds") << epoch << QByteArray("1714557600.25") << may1 + 250 << qint64(0) << "";
    QTest::newRow("epoch as text") << epoch << QByteArray(R"(" 1714557600 ")") << may1 << qint64(0) << "";
    QTest::newRow("epoch in words") << epoch << QByteArray(R"("yesterday")") << qint64(0) << qint64(0) << "invalidTime";
    QTest::newRow("epoch negative") << epoch << QByteArray("-5") << qint64(0) << qint64(0) << "invalidTime";
    QTest::newRow("epoch too large") << epoch << QByteArray("1e20") << qint64(0) << qint64(0) << "invalidTime";
    QTest::newRow("epoch boolean") << epoch << QByteArray("true") << qint64(0) << qint64(0) << "invalidTime";
    QTest::newRow("epoch null") << epoch << QByteArray("null") << qint64(0) << qint64(0) << "";
    QTest::newRow("absent") << epoch << QByteArray() << qint64(0) << qint64(0) << "";
    QTest::newRow("iso Z") << iso << QByteArray(R"("2024-05-01T10:00:00Z")") << may1 << qint64(0) << "";
    QTest::newRow("iso offset") << iso << QByteArray(R"("2024-05-01T12:00:00+02:00")") << may1 << qint64(0) << "";
    QTest::newRow("iso without offset: city zone") << iso << QByteArray(R"("2024-05-01 12:00:00")") << may1 << qint64(0) << "";
    QTest::newRow("iso no such date") << iso << QByteArray(R"("2024-02-30T10:00:00Z")") << qint64(0) << qint64(0) << "invalidTime";
    QTest::newRow("iso skipped hour") << iso << QByteArray(R"("2024-03-31T02:30:00")") << qint64(0) << qint64(0) << "nonexistentLocalTime";
    QTest::newRow("iso as a number") << iso << QByteArray("1714557600") << qint64(0) << qint64(0) << "invalidTime";
    QTest::newRow("local") << local << QByteArray(R"("2024-05-01 12:00:00")") << may1 << qint64(0) << "";
    QTest::newRow("local winter") << local << QByteArray(R"("2024-01-15T08:00:00.5")") << utc("2024-01-15T07:00:00.500Z") << qint64(0) << "";
    QTest::newRow("local repeated hour") << local << QByteArray(R"("2024-10-27 02:30:00")")
        << utc("2024-10-27T00:30:00Z") << utc("2024-10-27T01:30:00Z") << "";
    QTest::newRow("local skipped hour") << local << QByteArray(R"("2024-03-31 02:30:00")") << qint64(0) << qint64(0) << "nonexistentLocalTime";
    QTest::newRow("local with Z") << local << QByteArray(R"("2024-05-01T12:00:00Z")") << qint64(0) << qint64(0) << "invalidTime";
    QTest::newRow("local with offset") << local << QByteArray(R"("2024-05-01T12:00:00+02:00")") << qint64(0) << qint64(0) << "invalidTime";
    QTest::newRow("pattern") << pattern << QByteArray(R"("01/05/2024 12:00:00")") << may1 << qint64(0) << "";
    QTest::newRow("pattern repeated hour") << pattern << QByteArray(R"("27/10/2024 02:30:00")")
        << utc("2024-10-27T00:30:00Z") << utc("2024-10-27T01:30:00Z") << "";
    QTest::newRow("pattern skipped hour") << pattern << QByteArray(R"("31/03/2024 02:30:00")") << qint64(0) << qint64(0) << "nonexistentLocalTime";
    QTest::newRow("pattern mismatch") << pattern << QByteArray(R"("2024-05-01 12:00:00")") << qint64(0) << qint64(0) << "invalidTime";
    QTest::newRow("pattern no such day") << pattern << QByteArray(R"("32/05/2024 12:00:00")") << qint64(0) << qint64(0) << "invalidTime";
    QTest::newRow("pattern with zone") << zoned << QByteArray(R"("01/05/2024 10:00:00 Z")") << may1 << qint64(0) << "";
}

void TestMappedDecoder::times()
{
    QFETCH(QByteArray, timeSection);
    QFETCH(QByteArray, ts);
    QFETCH(qint64, ms);
    QFETCH(qint64, laterMs);
    QFETCH(QString, code);
    MappedJsonDecoder decoder(mapping("version: 1\nid: {pointer: /id}\ntime: " + timeSection
                                      + "\nfields: [{pointer: /s, quantity: status}]\n"));
    const QByteArray payload = ts.isNull() ? QByteArray(R"({"id": "a"})") : R"({"id": "a", "ts": )" + ts + "}";
    auto r = decoder.decode(message(payload));
    if (!code.isEmpty()) {
        QVERIFY2(!r.ok(), "accepted");
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("/ts: ")), qPrintable(r.error().message));
        if (ts.startsWith('"')) // names the text as sent
            QVERIFY2(r.error().message.contains(QString::fromUtf8(ts.mid(1, ts.size() - 2))), qPrintable(r.error().message));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->first().observedAtMs, ms);
    QCOMPARE(r->first().observedAtLaterMs, laterMs);
}

void TestMappedDecoder::structure_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << QByteArray() << "emptyPayload" << "empty";
    QTest::newRow("blank") << QByteArray("\n ") << "emptyPayload" << "empty";
    QTest::newRow("not JSON") << QByteArray("fill=57;id=3") << "invalidJson" << "JSON";
    QTest::newRow("truncated") << QByteArray(R"({"id": "b1", "fill": )") << "invalidJson" << "JSON";
    QTest::newRow("not UTF-8") << QByteArray("{\"id\": \"b\xff\"}") << "invalidEncoding" << "UTF-8";
    QTest::newRow("a number") << QByteArray("42") << "notAnEntity" << "the number 42";
    QTest::newRow("an array without entities pointer") << QByteArray(R"([{"id": "b1"}])") << "notAnEntity" << "entities";
    QTest::newRow("no id") << QByteArray(R"({"fill": 50})") << "missingId" << "/id";
    QTest::newRow("bad time") << QByteArray(R"({"id": "b1", "ts": "soon", "fill": 50})") << "invalidTime" << "/ts";
    QTest::newRow("one bad field refuses all") << QByteArray(R"({"id": "b1", "fill": 50, "temp": "12,5"})") << "invalidValue" << "/temp";
}

void TestMappedDecoder::structure()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    MappedJsonDecoder decoder(mapping(kBinMapping));
    auto r = decoder.decode(message(payload));
    QVERIFY2(!r.ok(), "accepted");
    QCOMPARE(r.error().code, code);
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
}

void TestMappedDecoder::severalEntities()
{
    MappedJsonDecoder decoder(mapping(R"(version: 1
kind: Streetlight
entities: /lamps
id: {pointer: /lampId, template: "urn:ngsi-ld:Streetlight:montpellier:{}"}
time: {pointer: /sentAt, form: local, scope: message}
fields:
  - {pointer: /state, quantity: status, values: {BROKEN: defectiveLamp, OK: ok}}
  - {pointer: /relay, quantity: powerState, values: {"ON": "on", "OFF": "off"}}
)"));
    auto r = decoder.decode(message(R"({"gateway": "gw-07", "sentAt": "2024-05-01 12:00:00", "lamps": [
        {"lampId": "412", "state": "OK", "relay": "ON"},
        {"lampId": 413, "state": "BROKEN", "relay": "OFF"},
        {"lampId": "414"}]})"));
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->size(), 3);
    QCOMPARE(r->at(0).id, QStringLiteral("urn:ngsi-ld:Streetlight:montpellier:412"));
    QCOMPARE(r->at(1).id, QStringLiteral("urn:ngsi-ld:Streetlight:montpellier:413"));
    QCOMPARE(find(r->at(1), "status")->text, QStringLiteral("defectiveLamp"));
    QCOMPARE(find(r->at(1), "powerState")->text, QStringLiteral("off"));
    QVERIFY(r->at(2).values.isEmpty());
    for (const DecodedEntity &e : r.value()) {
        QCOMPARE(e.kind, AssetKind::Streetlight);
        QCOMPARE(e.observedAtMs, utc("2024-05-01T10:00:00Z"));
    }

    // One bad lamp refuses the whole message, and the error says which.
    auto bad = decoder.decode(message(R"({"sentAt": "2024-05-01 12:00:00", "lamps": [
        {"lampId": "412", "state": "OK"}, {"lampId": "413", "state": "MELTED"}]})"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, QStringLiteral("invalidValue"));
    QVERIFY2(bad.error().message.startsWith(QStringLiteral("/lamps/1/state: \"MELTED\"")), qPrintable(bad.error().message));
    QVERIFY2(bad.error().message.contains(QStringLiteral("BROKEN, OK")), qPrintable(bad.error().message));

    auto badTime = decoder.decode(message(R"({"sentAt": "2024-03-31 02:15:00", "lamps": [{"lampId": "412"}]})"));
    QVERIFY(!badTime.ok());
    QCOMPARE(badTime.error().code, QStringLiteral("nonexistentLocalTime"));
    QVERIFY2(badTime.error().message.startsWith(QStringLiteral("/sentAt: ")), qPrintable(badTime.error().message));
}

void TestMappedDecoder::entityLists_data()
{
    QTest::addColumn<QByteArray>("entities"); // YAML pointer
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("code");

    QTest::newRow("root array") << QByteArray(R"("")") << QByteArray(R"([{"id": "a"}, {"id": "b"}])") << 2 << "";
    QTest::newRow("nested") << QByteArray("/data/items") << QByteArray(R"({"data": {"items": [{"id": "a"}]}})") << 1 << "";
    QTest::newRow("escaped pointer") << QByteArray("/a~1b/c~0d") << QByteArray(R"({"a/b": {"c~d": [{"id": "a"}]}})") << 1 << "";
    QTest::newRow("empty array") << QByteArray("/items") << QByteArray(R"({"items": []})") << 0 << "notAnEntity";
    QTest::newRow("not an array") << QByteArray("/items") << QByteArray(R"({"items": {"id": "a"}})") << 0 << "notAnEntity";
    QTest::newRow("absent") << QByteArray("/items") << QByteArray(R"({"id": "a"})") << 0 << "notAnEntity";
    QTest::newRow("element not an object") << QByteArray("/items") << QByteArray(R"({"items": [{"id": "a"}, "b"]})") << 0 << "notAnEntity";
    QTest::newRow("element without id") << QByteArray("/items") << QByteArray(R"({"items": [{"id": "a"}, {}]})") << 0 << "missingId";
}

void TestMappedDecoder::entityLists()
{
    QFETCH(QByteArray, entities);
    QFETCH(QByteArray, payload);
    QFETCH(int, count);
    QFETCH(QString, code);
    MappedJsonDecoder decoder(mapping("version: 1\nentities: " + entities + "\nid: {pointer: /id}\nfields: [{pointer: /s, quantity: status}]\n"));
    auto r = decoder.decode(message(payload));
    if (!code.isEmpty()) {
        QVERIFY2(!r.ok(), "accepted");
        QCOMPARE(r.error().code, code);
        return;
    }
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->size(), count);
}

void TestMappedDecoder::shippedExamples()
{
    // The payloads described in the example mappings' own comments.
    auto lights = loadJsonMapping(QStringLiteral(MAPPINGS_DIR "/luminet-streetlights.yaml"));
    QVERIFY2(lights.ok(), qPrintable(lights.ok() ? QString() : lights.error().message));
    MappedJsonDecoder lightDecoder(std::move(lights).value());
    auto l = lightDecoder.decode(message(R"({"gateway": "gw-07", "sentAt": "01/05/2024 22:30:00",
        "lamps": [{"lampId": "412", "state": "OK", "relay": "DIM", "driverTemp": "41.5"},
                  {"lampId": "413", "state": "BROKEN", "relay": "OFF", "driverTemp": null}]})",
                                          "luminet/montpellier/gw-07/report"));
    QVERIFY2(l.ok(), qPrintable(errorText(l)));
    QCOMPARE(l->size(), 2);
    QCOMPARE(l->at(0).id, QStringLiteral("urn:ngsi-ld:Streetlight:montpellier:412"));
    QCOMPARE(l->at(0).observedAtMs, utc("2024-05-01T20:30:00Z"));
    QCOMPARE(find(l->at(0), "powerState")->text, QStringLiteral("low"));
    QCOMPARE(find(l->at(0), "temperature")->number, 41.5);
    QCOMPARE(find(l->at(1), "status")->text, QStringLiteral("defectiveLamp"));
    QVERIFY(!find(l->at(1), "temperature"));

    auto bins = loadJsonMapping(QStringLiteral(MAPPINGS_DIR "/binsense-containers.yaml"));
    QVERIFY2(bins.ok(), qPrintable(bins.ok() ? QString() : bins.error().message));
    MappedJsonDecoder binDecoder(std::move(bins).value());
    auto b = binDecoder.decode(message(R"({"fill_pct": "57", "battery": 87, "temp_dC": 215, "dist_mm": 1240,
        "lid": 0, "ts": 1714557600})", "binsense/v1/007/up"));
    QVERIFY2(b.ok(), qPrintable(errorText(b)));
    const DecodedEntity &bin = b->first();
    QCOMPARE(bin.id, QStringLiteral("urn:ngsi-ld:WasteContainer:montpellier:007"));
    QCOMPARE(bin.kind, AssetKind::WasteContainer);
    QCOMPARE(bin.observedAtMs, utc("2024-05-01T10:00:00Z"));
    QCOMPARE(find(bin, "fillingLevel")->number, 0.57);
    QCOMPARE(find(bin, "batteryLevel")->number, 0.87);
    QCOMPARE(find(bin, "temperature")->number, 21.5);
    QCOMPARE(find(bin, "distance")->number, 1.24);
    QCOMPARE(find(bin, "status")->text, QStringLiteral("ok"));
    for (const DecodedValue &v : bin.values)
        QVERIFY2(v.isValid(), qPrintable(v.quantity + QStringLiteral(": ") + v.invalidReason));
}

void TestMappedDecoder::routes()
{
    QVERIFY(decoderFormats().contains(QStringLiteral("json")));

    DecoderRoute route;
    route.topicFilter = QStringLiteral("binsense/v1/+/up");
    route.format = QStringLiteral("json");
    route.mapping = QStringLiteral(MAPPINGS_DIR "/binsense-containers.yaml");
    auto decoder = makeDecoder(route, {});
    QVERIFY2(decoder.ok(), qPrintable(decoder.ok() ? QString() : decoder.error().message));
    QCOMPARE(decoder.value()->name(), QStringLiteral("json"));

    DecoderRoute lights = route;
    lights.topicFilter = QStringLiteral("luminet/#");
    lights.mapping = QStringLiteral(MAPPINGS_DIR "/luminet-streetlights.yaml");
    DecoderRoute fiware;
    fiware.topicFilter = QStringLiteral("vigie/#");
    auto router = RoutingDecoder::create({route, lights, fiware}, {});
    QVERIFY(router.ok());
    auto r = router.value()->decode(message(R"({"fill_pct": 12, "ts": 1714557600})", "binsense/v1/B-9/up"));
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->first().id, QStringLiteral("urn:ngsi-ld:WasteContainer:montpellier:B-9"));

    DecoderRoute noMapping = route;
    noMapping.mapping.clear();
    auto none = makeDecoder(noMapping, {});
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, QStringLiteral("unreadableMapping"));

    DecoderRoute missing = route;
    missing.mapping = QStringLiteral("/nonexistent/bins.yaml");
    auto gone = makeDecoder(missing, {});
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, QStringLiteral("unreadableMapping"));

    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("broken.yaml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("version: 1\nid: {pointer: /id}\nfields:\n  - pointer: /s\n    quantity: status\n    values: {X: exploded}\n");
    f.close();
    DecoderRoute broken = route;
    broken.mapping = f.fileName();
    auto refused = RoutingDecoder::create({fiware, broken}, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("invalidMapping"));
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("broken.yaml:6:")), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("fields[0].values.X")), qPrintable(refused.error().message));
}

void TestMappedDecoder::parserIsReusedAcrossMessages()
{
    MappedJsonDecoder decoder(mapping(kBinMapping));
    QVERIFY(!decoder.decode(message(R"({"id": )")).ok());
    QVERIFY(!decoder.decode(message(R"({"id": "b1", "fill": "12,5"})")).ok());
    auto ok = decoder.decode(message(R"({"id": "b2", "fill": "12.5"})"));
    QVERIFY2(ok.ok(), qPrintable(errorText(ok)));
    QCOMPARE(find(ok->first(), "fillingLevel")->number, 0.125);
}

QTEST_GUILESS_MAIN(TestMappedDecoder)
#include "tst_mappeddecoder.moc"
