// Decoder tests on the Smart Data Models' own examples and on malformed payloads.
#include "ingest/fiwaredecoder.h"

#include "testsupport.h"

#include <QDateTime>
#include <QTest>

#include <cmath>

using namespace vigie;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TEST_DATA_DIR "/payloads/fiware/") + QLatin1String(name);
}

RawMessage message(const QByteArray &payload)
{
    RawMessage m;
    m.topic = "vigie/test/ngsi-ld";
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

} // namespace

class TestFiwareDecoder : public QObject
{
    Q_OBJECT
private slots:
    void realExamples_data();
    void realExamples();
    void unsupportedModels_data();
    void unsupportedModels();
    void moreModels_data();
    void moreModels();
    void valuesAsSentOrInvalid_data();
    void valuesAsSentOrInvalid();
    void identifiersStayText();
    void malformed_data();
    void malformed();
    void notificationAndAttributeTimes();
    void nullValuesAreNotObservations();
    void parserIsReusedAcrossMessages();
};

void TestFiwareDecoder::realExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("observedAt");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("powerState");
    QTest::addColumn<double>("fillingLevel"); // NaN: absent

    const double none = std::nan("");
    const QString wcId = QStringLiteral("urn:ngsi-ld:wastecontainer:1021:AAWD");
    // The WasteContainer examples carry no fillingLevel; their observation time is binLoggedTime.
    QTest::newRow("WasteContainer keyValues") << fixture("WasteContainer__example.json") << wcId << "WasteContainer"
        << utc("2021-03-01T10:21:02Z") << -8.768460000000001 << 42.60214472222222 << "" << "" << none;
    QTest::newRow("WasteContainer NGSI v2 normalized") << fixture("WasteContainer__example-normalized.json") << wcId << "WasteContainer"
        << utc("2021-03-01T10:21:02Z") << -8.768460000000001 << 42.60214472222222 << "" << "" << none;
    QTest::newRow("WasteContainer NGSI-LD normalized") << fixture("WasteContainer__example-normalized.jsonld") << wcId << "WasteContainer"
        << utc("2021-03-11T10:21:02Z") << -8.768460000000001 << 42.60214472222222 << "" << "" << none;
    QTest::newRow("WasteContainer NGSI-LD keyValues") << fixture("WasteContainer__example.jsonld") << wcId << "WasteContainer"
        << utc("2021-03-01T10:21:02Z") << -8.768460000000001 << 42.60214472222222 << "" << "" << none;
    QTest::newRow("WasteContainer GeoJSON feature") << fixture("WasteContainer__example-geojsonfeature.json")
        << "urn:ngsi-ld:WasteContainer:wastecontainer:Fleming:12a" << "WasteContainer" << qint64(0)
        << -3.164485591715449 << 40.62785133667262 << "ok" << "" << 0.4;

    const qint64 slTime = utc("2021-01-11T10:21:02Z");
    QTest::newRow("Streetlight keyValues") << fixture("Streetlight__example.json") << "streetlight:guadalajara:4567"
        << "Streetlight" << slTime << -3.164485591715449 << 40.62785133667262 << "ok" << "off" << none;
    QTest::newRow("Streetlight NGSI v2 normalized") << fixture("Streetlight__example-normalized.json")
        << "streetlight:guadalajara:4567" << "Streetlight" << slTime << -3.164485591715449 << 40.62785133667262 << "ok" << "off" << none;
    QTest::newRow("Streetlight NGSI-LD normalized") << fixture("Streetlight__example-normalized.jsonld")
        << "urn:ngsi-ld:Streetlight:streetlight:guadalajara:4567" << "Streetlight" << slTime << -3.164485591715449
        << 40.62785133667262 << "ok" << "off" << none;
    QTest::newRow("Streetlight NGSI-LD keyValues") << fixture("Streetlight__example.jsonld")
        << "urn:ngsi-ld:Streetlight:streetlight:guadalajara:4567" << "Streetlight" << slTime << -3.164485591715449
        << 40.62785133667262 << "ok" << "off" << none;
}

void TestFiwareDecoder::realExamples()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QString, kind);
    QFETCH(qint64, observedAt);
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QString, status);
    QFETCH(QString, powerState);
    QFETCH(double, fillingLevel);

    const QByteArray payload = test::readFile(file);
    QVERIFY(!payload.isEmpty());
    FiwareDecoder decoder;
    auto result = decoder.decode(message(payload));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->size(), 1);
    const DecodedEntity &e = result->first();
    QCOMPARE(e.id, id);
    QVERIFY(e.kind);
    QCOMPARE(assetKindName(*e.kind), kind);
    QCOMPARE(e.observedAtMs, observedAt);
    QVERIFY(e.hasLocation);
    QCOMPARE(e.lon, lon);
    QCOMPARE(e.lat, lat);

    const DecodedValue *s = find(e, "status");
    QCOMPARE(s ? s->text : QString(), status);
    const DecodedValue *p = find(e, "powerState");
    QCOMPARE(p ? p->text : QString(), powerState);
    const DecodedValue *f = find(e, "fillingLevel");
    if (std::isnan(fillingLevel)) {
        QVERIFY(!f);
    } else {
        QVERIFY(f);
        QCOMPARE(f->number, fillingLevel);
        QCOMPARE(f->unitCode, QStringLiteral("C62"));
    }
}

void TestFiwareDecoder::unsupportedModels_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("IssueReporting") << fixture("IssueTracking_IssueReporting__example.json");
}

void TestFiwareDecoder::unsupportedModels()
{
    QFETCH(QString, file);
    FiwareDecoder decoder;
    auto result = decoder.decode(message(test::readFile(file)));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("unsupportedType"));
}

void TestFiwareDecoder::malformed_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions"); // the error message must name this

    QTest::newRow("empty") << QByteArray() << "emptyPayload" << "empty";
    QTest::newRow("blank") << QByteArray(" \n\t") << "emptyPayload" << "empty";
    QTest::newRow("truncated") << QByteArray(R"({"id": "urn:ngsi-ld:Streetlight:x", "type": "Streetlight")") << "invalidJson" << "JSON";
    QTest::newRow("not utf-8") << QByteArray("{\"id\": \"a\xff\xfe\", \"type\": \"Streetlight\"}") << "invalidEncoding" << "UTF-8";
    QTest::newRow("number") << QByteArray("42") << "notAnEntity" << "number";
    QTest::newRow("empty array") << QByteArray("[]") << "notAnEntity" << "no entity";
    QTest::newRow("array of strings") << QByteArray(R"(["a"])") << "notAnEntity" << "[0]";
    QTest::newRow("no id") << QByteArray(R"({"type": "Streetlight", "status": "ok"})") << "missingId" << "id";
    QTest::newRow("no type") << QByteArray(R"({"id": "urn:ngsi-ld:Streetlight:x"})") << "missingType" << "type";
    QTest::newRow("decimal comma") << QByteArray(R"({"id": "w", "type": "WasteContainer", "fillingLevel": "0,4"})")
        << "invalidValue" << "decimal comma";
    QTest::newRow("NaN as text") << QByteArray(R"({"id": "w", "type": "WasteContainer", "fillingLevel": "NaN"})")
        << "invalidValue" << "fillingLevel";
    QTest::newRow("Infinity as text") << QByteArray(R"({"id": "w", "type": "WasteContainer", "fillingLevel": "-Infinity"})")
        << "invalidValue" << "fillingLevel";
    QTest::newRow("empty text") << QByteArray(R"({"id": "w", "type": "WasteContainer", "fillingLevel": ""})")
        << "invalidValue" << "empty";
    QTest::newRow("overflowing number") << QByteArray(R"({"id": "w", "type": "WasteContainer", "fillingLevel": 1e400})")
        << "invalidJson" << "JSON";
    QTest::newRow("boolean") << QByteArray(R"({"id": "w", "type": "WasteContainer", "fillingLevel": true})")
        << "invalidValue" << "fillingLevel";
    QTest::newRow("working mode not in enum") << QByteArray(R"({"id": "c", "type": "StreetlightControlCabinet", "workingMode": "auto"})")
        << "invalidValue" << "semiautomatic";
    QTest::newRow("normalized filling level as text")
        << QByteArray(R"({"id": "w", "type": "WasteContainer", "fillingLevel": {"type": "Property", "value": "high"}})")
        << "invalidValue" << "fillingLevel";
    QTest::newRow("unknown lamp status") << QByteArray(R"({"id": "s", "type": "Streetlight", "status": "broken"})")
        << "invalidValue" << "defectiveLamp";
    QTest::newRow("power state wrong case") << QByteArray(R"({"id": "s", "type": "Streetlight", "powerState": "ON"})")
        << "invalidValue" << "powerState";
    QTest::newRow("container status not in enum") << QByteArray(R"({"id": "w", "type": "WasteContainer", "status": "full"})")
        << "invalidValue" << "lidOpen";
    QTest::newRow("status not text") << QByteArray(R"({"id": "s", "type": "Streetlight", "status": 1})")
        << "invalidValue" << "status";
    QTest::newRow("date in words") << QByteArray(R"({"id": "s", "type": "Streetlight", "dateObserved": "yesterday"})")
        << "invalidTime" << "dateObserved";
    QTest::newRow("impossible date") << QByteArray(R"({"id": "s", "type": "Streetlight", "dateObserved": "2024-02-30T10:00:00Z"})")
        << "invalidTime" << "no such date";
    QTest::newRow("bad observedAt") << QByteArray(R"({"id": "s", "type": "Streetlight", "status": {"type": "Property", "value": "ok", "observedAt": "soon"}})")
        << "invalidTime" << "status.observedAt";
    QTest::newRow("longitude out of range") << QByteArray(R"({"id": "s", "type": "Streetlight", "location": {"type": "Point", "coordinates": [200, 10]}})")
        << "invalidValue" << "location";
    QTest::newRow("coordinates not numbers") << QByteArray(R"({"id": "s", "type": "Streetlight", "location": {"type": "Point", "coordinates": ["3.8", "43.6"]}})")
        << "invalidValue" << "location";
    QTest::newRow("coordinates missing") << QByteArray(R"({"id": "s", "type": "Streetlight", "location": {"type": "Point"}})")
        << "invalidValue" << "coordinates";
    QTest::newRow("one bad entity in a notification")
        << QByteArray(R"({"id": "urn:ngsi-ld:Notification:1", "type": "Notification", "data": [
               {"id": "w1", "type": "WasteContainer", "fillingLevel": 0.5},
               {"id": "w2", "type": "WasteContainer", "status": "overflowing"}]})")
        << "invalidValue" << "data[1].status";
    QTest::newRow("feature without properties") << QByteArray(R"({"type": "Feature", "id": "w", "geometry": null})")
        << "notAnEntity" << "properties";
}

void TestFiwareDecoder::moreModels_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<double>("number"); // NaN: text
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("unit");
    QTest::newRow("WasteObserved weight") << fixture("WasteObserved__example.json") << "weight" << 6.85 << "" << "KGM";
    QTest::newRow("WasteObserved normalized") << fixture("WasteObserved__example-normalized.jsonld") << "grossWeight" << 8.85 << "" << "KGM";
    QTest::newRow("StreetlightGroup power") << fixture("StreetlightGroup__example.json") << "powerState" << qQNaN() << "on" << "";
    QTest::newRow("cabinet energy") << fixture("StreetlightControlCabinet__example.json") << "energyConsumed" << 162456.0 << "" << "KWH";
    QTest::newRow("cabinet mode") << fixture("StreetlightControlCabinet__example.json") << "workingMode" << qQNaN() << "automatic" << "";
    QTest::newRow("cabinet normalized") << fixture("StreetlightControlCabinet__example-normalized.json") << "intensityS" << 14.4 << "" << "AMP";
}

void TestFiwareDecoder::moreModels()
{
    QFETCH(QString, file);
    QFETCH(QString, quantity);
    QFETCH(double, number);
    QFETCH(QString, text);
    QFETCH(QString, unit);
    FiwareDecoder decoder;
    auto result = decoder.decode(message(test::readFile(file)));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const DecodedEntity &e = result->first();
    QVERIFY(!e.kind); // not a city asset kind: bound by id like any entity
    const DecodedValue *v = find(e, qPrintable(quantity));
    QVERIFY(v);
    QVERIFY(v->isValid());
    if (std::isnan(number))
        QCOMPARE(v->text, text);
    else
        QCOMPARE(v->number, number);
    QCOMPARE(v->unitCode, unit);
}

void TestFiwareDecoder::valuesAsSentOrInvalid_data()
{
    QTest::addColumn<QByteArray>("value");   // fillingLevel as sent
    QTest::addColumn<double>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ratio") << QByteArray("0.4") << 0.4 << true;
    QTest::newRow("text") << QByteArray("\"0.4\"") << 0.4 << true;
    QTest::newRow("text with spaces and exponent") << QByteArray("\" 4e-1 \"") << 0.4 << true;
    QTest::newRow("overfull, within headroom") << QByteArray("1.15") << 1.15 << true;
    QTest::newRow("above headroom") << QByteArray("1.3") << 1.3 << false;
    QTest::newRow("percentage") << QByteArray("57") << 57.0 << false;
    QTest::newRow("negative") << QByteArray("-0.1") << -0.1 << false;
    QTest::newRow("minus zero") << QByteArray("-0") << 0.0 << true;
    QTest::newRow("normalized text") << QByteArray(R"({"type": "Property", "value": "0.25"})") << 0.25 << true;
}

void TestFiwareDecoder::valuesAsSentOrInvalid()
{
    QFETCH(QByteArray, value);
    QFETCH(double, number);
    QFETCH(bool, valid);
    FiwareDecoder decoder;
    auto result = decoder.decode(message(R"({"id": "w", "type": "WasteContainer", "fillingLevel": )" + value + "}"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const DecodedValue *f = find(result->first(), "fillingLevel");
    QVERIFY(f);
    QCOMPARE(f->number, number);
    QCOMPARE(f->isValid(), valid);
    if (!valid)
        QVERIFY2(f->invalidReason.contains(QLatin1String("fillingLevel")), qPrintable(f->invalidReason));
}

void TestFiwareDecoder::identifiersStayText()
{
    FiwareDecoder decoder;
    auto result = decoder.decode(message(R"({"id": "007", "type": "Streetlight", "status": "ok"})"));
    QVERIFY(result.ok());
    QCOMPARE(result->first().id, QStringLiteral("007"));
    auto numeric = decoder.decode(message(R"({"id": 7, "type": "Streetlight", "status": "ok"})"));
    QVERIFY(!numeric.ok()); // NGSI ids are strings (URIs)
    QCOMPARE(numeric.error().code, QStringLiteral("missingId"));
}

void TestFiwareDecoder::malformed()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    FiwareDecoder decoder;
    auto result = decoder.decode(message(payload));
    QVERIFY2(!result.ok(), "a malformed payload was accepted");
    QCOMPARE(result.error().code, code);
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
}

void TestFiwareDecoder::notificationAndAttributeTimes()
{
    // NGSI-LD notification; attribute observedAt wins over the entity's dateObserved,
    // expanded type IRIs are accepted, dates in @value objects and epoch milliseconds too.
    const QByteArray payload = R"({
      "id": "urn:ngsi-ld:Notification:42", "type": "Notification",
      "notifiedAt": "2024-05-01T10:00:05Z",
      "data": [
        {"id": "urn:ngsi-ld:WasteContainer:paris:13010-PM 001",
         "type": "https://smartdatamodels.org/dataModel.WasteManagement/WasteContainer",
         "dateObserved": {"type": "Property", "value": {"@type": "DateTime", "@value": "2024-05-01T11:59:00+02:00"}},
         "fillingLevel": {"type": "Property", "value": 0.83, "observedAt": "2024-05-01T09:58:00.123456789Z"},
         "status": {"type": "Property", "value": "lidOpen"}},
        {"id": "urn:ngsi-ld:Streetlight:montpellier:12", "type": "Streetlight",
         "dateObserved": 1714557600000, "powerState": "on"}
      ]})";
    FiwareDecoder decoder;
    auto result = decoder.decode(message(payload));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->size(), 2);
    const DecodedEntity &bin = result->at(0);
    QCOMPARE(bin.kind, AssetKind::WasteContainer);
    QCOMPARE(bin.observedAtMs, utc("2024-05-01T09:59:00Z"));
    QCOMPARE(find(bin, "fillingLevel")->observedAtMs, utc("2024-05-01T09:58:00.123Z"));
    QCOMPARE(find(bin, "status")->observedAtMs, qint64(0)); // the pipeline falls back to the entity time
    QCOMPARE(find(bin, "status")->text, QStringLiteral("lidOpen"));
    const DecodedEntity &lamp = result->at(1);
    QCOMPARE(lamp.observedAtMs, qint64(1714557600000));
    QCOMPARE(find(lamp, "powerState")->text, QStringLiteral("on"));
    QVERIFY(!lamp.hasLocation);
}

void TestFiwareDecoder::nullValuesAreNotObservations()
{
    FiwareDecoder decoder;
    auto result = decoder.decode(message(R"([{"id": "w", "type": "WasteContainer", "fillingLevel": null, "status": null, "location": null}])"));
    QVERIFY(result.ok());
    QVERIFY(result->first().values.isEmpty());
    QVERIFY(!result->first().hasLocation);
}

void TestFiwareDecoder::parserIsReusedAcrossMessages()
{
    // A failure must not poison the decoder for the next message (shared parse buffers).
    FiwareDecoder decoder;
    QVERIFY(!decoder.decode(message("{\"id\": ")).ok());
    auto ok = decoder.decode(message(R"({"id": "s", "type": "Streetlight", "status": "columnIssue"})"));
    QVERIFY(ok.ok());
    QCOMPARE(find(ok->first(), "status")->text, QStringLiteral("columnIssue"));
}

QTEST_GUILESS_MAIN(TestFiwareDecoder)
#include "tst_fiwaredecoder.moc"
