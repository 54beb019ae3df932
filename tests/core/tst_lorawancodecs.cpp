// LoRaWAN codecs on the vendors' own examples (TTN device repository, ThingsBoard converter
// samples), on malformed frames, and encoder round trips.
#include "ingest/lorawan/lorawanencoder.h"

#include "domain/quantity.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace vigie;
using namespace vigie::lorawan;

namespace {

const QString dataDir = QStringLiteral(TEST_DATA_DIR "/payloads/lorawan/");

QJsonDocument readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull())
        qFatal("%s: %s", qPrintable(path), qPrintable(error.errorString()));
    return doc;
}

QVector<VendorField> fieldsOf(const QJsonObject &o)
{
    QVector<VendorField> fields;
    for (auto it = o.begin(); it != o.end(); ++it) {
        VendorField f;
        f.key = it.key();
        switch (it.value().type()) {
        case QJsonValue::Double: f.type = VendorField::Type::Number; f.number = it.value().toDouble(); break;
        case QJsonValue::String: f.type = VendorField::Type::Text; f.text = it.value().toString(); break;
        case QJsonValue::Bool: f.type = VendorField::Type::Bool; f.flag = it.value().toBool(); break;
        case QJsonValue::Null: f.type = VendorField::Type::Null; break;
        default: f.type = VendorField::Type::Other; break;
        }
        fields << f;
    }
    return fields;
}

VendorField textField(const char *key, const QString &text)
{
    VendorField f;
    f.key = QLatin1String(key);
    f.type = VendorField::Type::Text;
    f.text = text;
    return f;
}

const DecodedValue *find(const QVector<DecodedValue> &values, QLatin1String quantity)
{
    for (const DecodedValue &v : values) {
        if (v.quantity == quantity)
            return &v;
    }
    return nullptr;
}

/// Same quantities, same numbers (relative 1e-9) or texts, same units and validity.
void compareValues(const LorawanValues &actual, const LorawanValues &expected)
{
    QStringList a;
    QStringList e;
    for (const DecodedValue &v : actual.values)
        a << v.quantity;
    for (const DecodedValue &v : expected.values)
        e << v.quantity;
    a.sort();
    e.sort();
    QCOMPARE(a, e);
    for (const DecodedValue &v : expected.values) {
        const DecodedValue *got = find(actual.values, QLatin1String(v.quantity.toLatin1()));
        QVERIFY(got);
        QCOMPARE(got->text, v.text);
        QCOMPARE(got->unitCode, v.unitCode);
        QCOMPARE(got->isValid(), v.isValid());
        if (std::isnan(v.number))
            QVERIFY(std::isnan(got->number));
        else
            QVERIFY2(std::abs(got->number - v.number) <= 1e-9 * std::max(1.0, std::abs(v.number)),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(v.quantity).arg(got->number).arg(v.number)));
    }
    QCOMPARE(actual.hasLocation, expected.hasLocation);
    // The vendor's JavaScript float decoding divides the mantissa by 2^23 − 1: a few 1e-5°.
    QVERIFY(std::abs(actual.lon - expected.lon) < 5e-5);
    QVERIFY(std::abs(actual.lat - expected.lat) < 5e-5);
}

LorawanValues decodeFrame(const QString &codecName, int fPort, const QByteArray &frame)
{
    const LorawanCodec *codec = findLorawanCodec(codecName);
    if (!codec)
        qFatal("no codec %s", qPrintable(codecName));
    auto reading = codec->decode(fPort, frame);
    if (!reading)
        qWarning() << reading.error().code << reading.error().message;
    return reading ? lorawanValues(reading.value()) : LorawanValues{};
}

} // namespace

class TestLorawanCodecs : public QObject
{
    Q_OBJECT
private slots:
    void ttnDeviceRepository_data();
    void ttnDeviceRepository();
    void thingsBoardSamples_data();
    void thingsBoardSamples();
    void em310Example();
    void df703GpsHeartbeat();
    void at101Location();
    void at101WithoutFix_data();
    void at101WithoutFix();
    void malformed_data();
    void malformed();
    void flaggedReadings_data();
    void flaggedReadings();
    void vendorNumbers_data();
    void vendorNumbers();
    void codecLookup();
    void base64_data();
    void base64();
    void em310RoundTrip_data();
    void em310RoundTrip();
    void df703RoundTrip_data();
    void df703RoundTrip();
};

void TestLorawanCodecs::ttnDeviceRepository_data()
{
    QTest::addColumn<QString>("codec");
    QTest::addColumn<int>("fPort");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QByteArray>("vendor"); // the vendor decoder's output, JSON

    const QJsonObject devices = readJson(dataDir + QStringLiteral("ttn_device_repo_fill_level_codec_vectors.json"))
                                    .object()
                                    .value(QStringLiteral("devices"))
                                    .toObject();
    int rows = 0;
    for (auto it = devices.begin(); it != devices.end(); ++it) {
        for (const QJsonValue &example : it.value().toObject().value(QStringLiteral("uplink")).toArray()) {
            const QJsonObject o = example.toObject();
            QTest::addRow("%s: %s", qPrintable(it.key()), qPrintable(o.value(QStringLiteral("description")).toString()))
                << it.key() << o.value(QStringLiteral("fPort")).toInt()
                << QByteArray::fromHex(o.value(QStringLiteral("bytes_hex")).toString().toLatin1())
                << QJsonDocument(o.value(QStringLiteral("decoded")).toObject()).toJson(QJsonDocument::Compact);
            ++rows;
        }
    }
    QCOMPARE(rows, 11);
}

void TestLorawanCodecs::ttnDeviceRepository()
{
    QFETCH(QString, codec);
    QFETCH(int, fPort);
    QFETCH(QByteArray, frame);
    QFETCH(QByteArray, vendor);

    const LorawanCodec *c = findLorawanCodec(codec);
    QVERIFY(c);
    auto ours = c->decode(fPort, frame);
    QVERIFY2(ours, ours ? "" : qPrintable(ours.error().message));
    auto theirs = readVendorFields(c, fieldsOf(QJsonDocument::fromJson(vendor).object()), QStringLiteral("decoded"));
    QVERIFY2(theirs, theirs ? "" : qPrintable(theirs.error().message));
    const LorawanValues expected = lorawanValues(theirs.value());
    QVERIFY(!expected.values.isEmpty());
    LorawanValues actual = lorawanValues(ours.value());
    if (codec == QLatin1String("dingtek-df702")) {
        // The DF702 parameter frame carries the firmware version (bytes 5–6, as on the DF703);
        // the vendor's DF702 decoder leaves it out.
        actual.values.removeIf([](const DecodedValue &v) { return v.quantity == quantity::firmwareVersion; });
    }
    compareValues(actual, expected);
}

void TestLorawanCodecs::thingsBoardSamples_data()
{
    QTest::addColumn<QString>("codec");
    QTest::addColumn<int>("fPort");
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QByteArray>("vendor");

    int rows = 0;
    for (const char *model : {"EM310-UDL", "EM400-UDL", "AT101"}) {
        const QString codec = QStringLiteral("milesight-") + QString::fromLatin1(model).toLower();
        QDirIterator it(dataDir + QStringLiteral("thingsboard/") + QLatin1String(model), {QStringLiteral("payload*.json")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString network = QFileInfo(path).dir().absolutePath().section(QLatin1Char('/'), -2, -2);
            const QJsonObject payload = readJson(path).object();
            int fPort = 0;
            QByteArray frame;
            if (network.startsWith(QLatin1String("ThingsStack"))) {
                const QJsonObject uplink = payload.value(QStringLiteral("uplink_message")).toObject();
                fPort = uplink.value(QStringLiteral("f_port")).toInt();
                frame = QByteArray::fromBase64(uplink.value(QStringLiteral("frm_payload")).toString().toLatin1());
            } else if (network == QLatin1String("LORIOT")) {
                fPort = payload.value(QStringLiteral("port")).toInt();
                frame = QByteArray::fromHex(payload.value(QStringLiteral("data")).toString().toLatin1());
            } else { // ChirpStack v4, HTTP (ChirpStack v3 style)
                fPort = payload.value(QStringLiteral("fPort")).toInt();
                frame = QByteArray::fromBase64(payload.value(QStringLiteral("data")).toString().toLatin1());
            }
            const QFileInfo info(path);
            const QString resultPath = info.dir().filePath(info.fileName().replace(QLatin1String("payload"), QLatin1String("result")));
            const QJsonDocument result = readJson(resultPath);
            const QJsonObject device = result.isArray() ? result.array().first().toObject() : result.object();
            const QJsonObject values =
                device.value(QStringLiteral("telemetry")).toArray().first().toObject().value(QStringLiteral("values")).toObject();
            QTest::addRow("%s %s %s", model, qPrintable(network), qPrintable(QFileInfo(path).fileName()))
                << codec << fPort << frame << QJsonDocument(values).toJson(QJsonDocument::Compact);
            ++rows;
        }
    }
    QCOMPARE(rows, 26);
}

void TestLorawanCodecs::thingsBoardSamples() { ttnDeviceRepository(); }

void TestLorawanCodecs::em310Example()
{
    // Milesight's own example: 01 75 5C | 03 82 44 08 | 04 00 01.
    const LorawanValues v = decodeFrame(QStringLiteral("milesight-em310-udl"), 85, QByteArray::fromHex("01755c03824408040001"));
    QCOMPARE(v.values.size(), 3);
    const DecodedValue *distance = find(v.values, quantity::distance);
    QVERIFY(distance);
    QCOMPARE(distance->number, 2.116);
    QCOMPARE(distance->unitCode, QStringLiteral("MTR"));
    QVERIFY(distance->isValid());
    const DecodedValue *battery = find(v.values, quantity::batteryLevel);
    QVERIFY(battery);
    QCOMPARE(battery->number, 0.92);
    QCOMPARE(battery->unitCode, QStringLiteral("C62"));
    const DecodedValue *status = find(v.values, quantity::status);
    QVERIFY(status);
    QCOMPARE(status->text, QStringLiteral("dropped"));
    QVERIFY(std::isnan(status->number));
    QVERIFY(findLorawanCodec(QStringLiteral("milesight-em310-udl"))->binFill);
}

void TestLorawanCodecs::df703GpsHeartbeat()
{
    const LorawanValues v = decodeFrame(QStringLiteral("dingtek-df703"), 3,
                                        QByteArray::fromHex("800001011907d001cd03e942ef272042190000000000010081"));
    QVERIFY(v.hasLocation);
    QVERIFY(std::abs(v.lon - 116.507430) < 5e-5);
    QVERIFY(std::abs(v.lat - 40.038999) < 5e-5);
    QCOMPARE(find(v.values, quantity::distance)->number, 2.0);
    QCOMPARE(find(v.values, quantity::temperature)->number, 25.0);
    QCOMPARE(find(v.values, quantity::temperature)->unitCode, QStringLiteral("CEL"));
    QCOMPARE(find(v.values, quantity::tiltAngle)->unitCode, QStringLiteral("DD"));
    QCOMPARE(find(v.values, quantity::status)->text, QStringLiteral("ok"));
    QCOMPARE(find(v.values, quantity::fullAlarm)->number, 0.0);
}

void TestLorawanCodecs::at101Location()
{
    // The ThingsBoard sample (TTN frm_payload AXVkA2cKAQUAAQSI3rx3AQj/CAcg): battery 100 %,
    // 26.6 °C, tilted, at 24.62435 N 118.030088 E, motion unknown, geofence unset.
    const LorawanCodec *codec = findLorawanCodec(QStringLiteral("milesight-at101"));
    QVERIFY(codec);
    QVERIFY(!codec->binFill);
    const LorawanValues v = decodeFrame(QStringLiteral("milesight-at101"), 85,
                                        QByteArray::fromBase64("AXVkA2cKAQUAAQSI3rx3AQj/CAcg"));
    QVERIFY(v.hasLocation);
    QCOMPARE(v.lat, 24.62435);
    QCOMPARE(v.lon, 118.030088);
    QCOMPARE(find(v.values, quantity::batteryLevel)->number, 1.0);
    QCOMPARE(find(v.values, quantity::temperature)->number, 26.6);
    QCOMPARE(find(v.values, quantity::status)->text, QStringLiteral("dropped"));
    // Milesight's README sample: 28.3 °C, position normal, 24.62495 N 118.030576 E, moving.
    const LorawanValues readme = decodeFrame(QStringLiteral("milesight-at101"), 85,
                                             QByteArray::fromHex("017564 03671b01 050000 048836bf7701f000090722"));
    QVERIFY(readme.hasLocation);
    QCOMPARE(readme.lat, 24.62495);
    QCOMPARE(readme.lon, 118.030576);
    QCOMPARE(find(readme.values, quantity::status)->text, QStringLiteral("ok"));
    // Southern and western hemispheres: int32, negative.
    const LorawanValues south = decodeFrame(QStringLiteral("milesight-at101"), 85,
                                            QByteArray::fromHex("0488a0afc1fd" "6046a5fe" "00"));
    QVERIFY(south.hasLocation);
    QCOMPARE(south.lat, -37.638240);
    QCOMPARE(south.lon, -22.722976);
}

void TestLorawanCodecs::at101WithoutFix_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<int>("values"); // still decoded

    // The vendor's "all channels" example: location 0xFFFFFFFF (GNSS timed out) and Wi-Fi scans.
    QTest::newRow("no GNSS fix") << QByteArray("01756403671b010488ffffffffffffffff3305000106d9081cc316222df9c310")
                                 << 3;
    QTest::newRow("null island") << QByteArray("0175640488000000000000000020") << 1;
    QTest::newRow("latitude out of range") << QByteArray("0488" "00e9a435" "00000000" "20") << 0; // 900 °N
    QTest::newRow("no location channel") << QByteArray("017564 0700 01 20ce 00000000 00000000 00000000") << 1;
    QTest::newRow("device information") << QByteArray("ff0101 ff090140 ff0a0102 ff0f00 ff166136b12345678900 017532") << 1;
}

void TestLorawanCodecs::at101WithoutFix()
{
    QFETCH(QByteArray, hex);
    QFETCH(int, values);
    const LorawanValues v = decodeFrame(QStringLiteral("milesight-at101"), 85, QByteArray::fromHex(hex));
    QVERIFY(!v.hasLocation);
    QCOMPARE(v.values.size(), values);
}

void TestLorawanCodecs::malformed_data()
{
    QTest::addColumn<QString>("codec");
    QTest::addColumn<int>("fPort");
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<QString>("code");

    const QString em310 = QStringLiteral("milesight-em310-udl");
    const QString em400 = QStringLiteral("milesight-em400-udl");
    const QString df703 = QStringLiteral("dingtek-df703");
    const QByteArray heartbeat = "800001011107d000190000000000010081";
    // The real ChirpStack capture (chirpstack_v4/dingtek_http_integration_up_event.json):
    // fPort 10 and a 21-byte frame that no Dingtek codec (not even the vendor's HTTP script
    // it came with) decodes.
    const QByteArray captured = "800015011500000000016f000000000000000100" "81";

    QTest::newRow("EM310 empty") << em310 << 85 << QByteArray() << "truncatedFrame";
    QTest::newRow("EM310 header only") << em310 << 85 << QByteArray("0175") << "truncatedFrame";
    QTest::newRow("EM310 half a header") << em310 << 85 << QByteArray("01755c03") << "truncatedFrame";
    QTest::newRow("EM310 distance cut") << em310 << 85 << QByteArray("01755c038244") << "truncatedFrame";
    QTest::newRow("EM310 unknown channel") << em310 << 85 << QByteArray("01755c09990000") << "unknownChannel";
    QTest::newRow("EM310 EM400 temperature") << em310 << 85 << QByteArray("03670101") << "unknownChannel";
    QTest::newRow("EM400 EM310 distance") << em400 << 85 << QByteArray("03824408") << "unknownChannel";
    QTest::newRow("EM310 fPort 0 (MAC)") << em310 << 0 << QByteArray("01755c") << "wrongPort";
    QTest::newRow("EM310 fPort 224") << em310 << 224 << QByteArray("01755c") << "wrongPort";
    const QString at101 = QStringLiteral("milesight-at101");
    QTest::newRow("AT101 location cut") << at101 << 85 << QByteArray("0488debc770108ff08") << "truncatedFrame";
    QTest::newRow("AT101 EM310 distance") << at101 << 85 << QByteArray("03824408") << "unknownChannel";
    QTest::newRow("AT101 fPort 0") << at101 << 0 << QByteArray("017564") << "wrongPort";
    QTest::newRow("EM400 AT101 location") << em400 << 85 << QByteArray("0488debc770108ff080720") << "unknownChannel";
    QTest::newRow("DF703 fPort 85") << df703 << 85 << heartbeat << "wrongPort";
    QTest::newRow("DF703 too short") << df703 << 3 << QByteArray("800001011107d00019") << "truncatedFrame";
    QTest::newRow("DF703 no 0x80") << df703 << 3 << QByteArray("810001011107d000190000000000010081") << "invalidFrame";
    QTest::newRow("DF703 no 0x81") << df703 << 3 << QByteArray("800001011107d000190000000000010080") << "invalidFrame";
    QTest::newRow("DF703 length byte") << df703 << 3 << QByteArray("800001011207d000190000000000010081") << "invalidFrame";
    QTest::newRow("DF703 frame type 5") << df703 << 3 << QByteArray("800001051107d000190000000000010081") << "unknownFrame";
    QTest::newRow("DF703 capture as is") << df703 << 10 << captured << "wrongPort";
    QTest::newRow("DF703 capture on fPort 3") << df703 << 3 << captured << "unknownFrame";
    QTest::newRow("DF555 25-byte parameters") << QStringLiteral("dingtek-df555") << 3
                                              << QByteArray("8000010319010418011e4b1e00000000000000000000000081") << "unknownFrame";
    QTest::newRow("DF702 ASCII downlink") << QStringLiteral("dingtek-df702") << 3
                                          << QByteArray("3830303239393939303931333831") << "truncatedFrame";
}

void TestLorawanCodecs::malformed()
{
    QFETCH(QString, codec);
    QFETCH(int, fPort);
    QFETCH(QByteArray, hex);
    QFETCH(QString, code);

    auto r = findLorawanCodec(codec)->decode(fPort, QByteArray::fromHex(hex));
    QVERIFY(!r);
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().message.isEmpty());
}

void TestLorawanCodecs::flaggedReadings_data()
{
    QTest::addColumn<QString>("codec");
    QTest::addColumn<int>("fPort");
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<double>("number");
    QTest::addColumn<bool>("valid");

    const QString em310 = QStringLiteral("milesight-em310-udl");
    QTest::newRow("no echo 0xFFFF") << em310 << 85 << QByteArray("0382ffff") << "distance" << 65.535 << false;
    QTest::newRow("beyond 10 m") << em310 << 85 << QByteArray("03821127") << "distance" << 10.001 << false;
    QTest::newRow("10 m") << em310 << 85 << QByteArray("03821027") << "distance" << 10.0 << true;
    QTest::newRow("battery 200 %") << em310 << 85 << QByteArray("0175c8") << "batteryLevel" << 2.0 << false;
    QTest::newRow("battery 100 %") << em310 << 85 << QByteArray("017564") << "batteryLevel" << 1.0 << true;
    QTest::newRow("EM400 −3.2 °C") << QStringLiteral("milesight-em400-udl") << 85 << QByteArray("0367e0ff")
                                   << "temperature" << -3.2 << true;
    QTest::newRow("DF703 level 15 m") << QStringLiteral("dingtek-df703") << 3
                                      << QByteArray("80000101113a9800190000000000010081") << "distance" << 15.0 << false;
    QTest::newRow("DF703 angle −12°") << QStringLiteral("dingtek-df703") << 3
                                      << QByteArray("800001011107d00019010c000000010081") << "tiltAngle" << -12.0 << true;
}

void TestLorawanCodecs::flaggedReadings()
{
    QFETCH(QString, codec);
    QFETCH(int, fPort);
    QFETCH(QByteArray, hex);
    QFETCH(QString, quantity);
    QFETCH(double, number);
    QFETCH(bool, valid);

    const LorawanValues v = decodeFrame(codec, fPort, QByteArray::fromHex(hex));
    const DecodedValue *value = find(v.values, QLatin1String(quantity.toLatin1()));
    QVERIFY(value);
    QCOMPARE(value->number, number);
    QCOMPARE(value->isValid(), valid);
    QVERIFY(std::isfinite(value->number));
}

void TestLorawanCodecs::vendorNumbers_data()
{
    QTest::addColumn<QString>("codec");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected"); // NaN: refused with invalidValue

    const double refused = std::nan("");
    const QString df702 = QStringLiteral("dingtek-df702");
    const QString em310 = QStringLiteral("milesight-em310-udl");
    QTest::newRow("string number") << em310 << "distance" << "2116" << 2.116;
    QTest::newRow("with the vendor's unit") << df702 << "level" << "2000 mm" << 2.0;
    QTest::newRow("with another unit") << df702 << "level" << "200 cm" << refused;
    QTest::newRow("decimal comma") << df702 << "temperature" << "12,5 ℃" << refused;
    QTest::newRow("decimal point") << df702 << "temperature" << "12.5 ℃" << 12.5;
    QTest::newRow("NaN") << em310 << "distance" << "NaN" << refused;
    QTest::newRow("Infinity") << em310 << "distance" << "Infinity" << refused;
    QTest::newRow("empty") << em310 << "battery" << "" << refused;
    QTest::newRow("words") << em310 << "battery" << "full" << refused;
}

void TestLorawanCodecs::vendorNumbers()
{
    QFETCH(QString, codec);
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(double, expected);

    auto r = readVendorFields(findLorawanCodec(codec), {textField(key.toLatin1().constData(), text)},
                              QStringLiteral("uplink_message.decoded_payload"));
    if (std::isnan(expected)) {
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("invalidValue"));
        QVERIFY(r.error().message.startsWith(QStringLiteral("uplink_message.decoded_payload.") + key));
        return;
    }
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    const LorawanValues v = lorawanValues(r.value());
    QCOMPARE(v.values.size(), 1);
    QCOMPARE(v.values.first().number, expected);
}

void TestLorawanCodecs::codecLookup()
{
    QCOMPARE(findLorawanCodec(u"Dingtek-DF703")->name, QLatin1String("dingtek-df703"));
    QVERIFY(!findLorawanCodec(u"dingtek-df704"));
    QCOMPARE(lorawanCodecForModel(u"milesight-iot", u"em310-udl")->name, QLatin1String("milesight-em310-udl"));
    QCOMPARE(lorawanCodecForModel(u"dingtek", u"df555")->name, QLatin1String("dingtek-df555"));
    QVERIFY(!lorawanCodecForModel(u"the-things-products", u"the-things-uno"));
    QCOMPARE(lorawanCodecForProfile(u"Milesight EM310-UDL (EU868)")->name, QLatin1String("milesight-em310-udl"));
    QCOMPARE(lorawanCodecForProfile(u"DF703 bins")->name, QLatin1String("dingtek-df703"));
    QVERIFY(!lorawanCodecForProfile(u"EU868"));
    QVERIFY(!lorawanCodecForProfile(u"Chirpstack default device profile"));
    QVERIFY(!lorawanCodecForProfile(u"DF702 or DF703"));
    QCOMPARE(lorawanCodecForModel(u"milesight-iot", u"at101")->name, QLatin1String("milesight-at101"));
    QCOMPARE(lorawanCodecForProfile(u"Milesight AT101 tracker EU868")->name, QLatin1String("milesight-at101"));
    QCOMPARE(lorawanCodecNames().size(), 6);
}

void TestLorawanCodecs::base64_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("hex"); // "-": refused

    QTest::newRow("EM310 frame") << QByteArray("AXVcA4JECAQAAQ==") << QByteArray("01755c03824408040001");
    QTest::newRow("no padding needed") << QByteArray("gkHe") << QByteArray("8241de");
    QTest::newRow("truncated") << QByteArray("AXVcA4JECAQAAQ") << QByteArray("-");
    QTest::newRow("padding missing") << QByteArray("AXVcA4JECAQAAQ=") << QByteArray("-");
    QTest::newRow("URL alphabet") << QByteArray("AXVc-4JE") << QByteArray("-");
    QTest::newRow("padding inside") << QByteArray("AX=cA4JE") << QByteArray("-");
    QTest::newRow("hex text") << QByteArray("01755c03824408040001") << QByteArray("d35ef9e5cd37f36e38d3cd38d34d35");
}

void TestLorawanCodecs::base64()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, hex);

    const auto decoded = decodeBase64(text);
    if (hex == "-") {
        QVERIFY(!decoded);
        return;
    }
    QVERIFY(decoded);
    QCOMPARE(decoded->toHex(), hex);
}

void TestLorawanCodecs::em310RoundTrip_data()
{
    QTest::addColumn<double>("battery");
    QTest::addColumn<double>("distanceMm");
    QTest::addColumn<bool>("tilted");

    QTest::newRow("vendor example") << 92.0 << 2116.0 << true;
    QTest::newRow("empty bin") << 100.0 << 1200.0 << false;
    QTest::newRow("extremes") << 0.0 << 65535.0 << false;
    QTest::newRow("full") << 37.0 << 1.0 << false;
}

void TestLorawanCodecs::em310RoundTrip()
{
    QFETCH(double, battery);
    QFETCH(double, distanceMm);
    QFETCH(bool, tilted);

    BinSensorReading in;
    in.batteryPercent = battery;
    in.distanceMm = distanceMm;
    in.tilted = tilted;
    const QByteArray frame = encodeMilesightEm310Udl(in);
    if (battery == 92.0)
        QCOMPARE(frame.toHex(), QByteArray("01755c03824408040001")); // Milesight's own example
    auto out = decodeMilesightEm310Udl(85, frame);
    QVERIFY(out);
    QCOMPARE(out->batteryPercent, in.batteryPercent);
    QCOMPARE(out->distanceMm, in.distanceMm);
    QCOMPARE(out->tilted, in.tilted);
}

void TestLorawanCodecs::df703RoundTrip_data()
{
    QTest::addColumn<double>("levelMm");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<double>("angle");
    QTest::addColumn<int>("alarms"); // bits: full, fire, fall, battery
    QTest::addColumn<bool>("gps");
    QTest::addColumn<int>("frameCounter");

    QTest::newRow("vendor example") << 2000.0 << 25.0 << 0.0 << 0 << false << 1;
    QTest::newRow("vendor example with GPS") << 2000.0 << 25.0 << 0.0 << 0 << true << 1;
    QTest::newRow("every alarm") << 150.0 << 80.0 << -45.0 << 0xf << false << 65535;
    QTest::newRow("fall, tilted") << 900.0 << 12.0 << 60.0 << 0x4 << true << 300;
}

void TestLorawanCodecs::df703RoundTrip()
{
    QFETCH(double, levelMm);
    QFETCH(double, temperature);
    QFETCH(double, angle);
    QFETCH(int, alarms);
    QFETCH(bool, gps);
    QFETCH(int, frameCounter);

    BinSensorReading in;
    in.distanceMm = levelMm;
    in.temperatureC = temperature;
    in.tiltDeg = angle;
    in.fullAlarm = (alarms & 1) != 0;
    in.fireAlarm = (alarms & 2) != 0;
    in.tilted = (alarms & 4) != 0;
    in.batteryAlarm = (alarms & 8) != 0;
    if (gps) {
        in.hasLocation = true;
        in.lon = 116.507423400878906; // the float32 values of the vendor's example
        in.lat = 40.0389976501464844;
    }
    const QByteArray frame = encodeDingtekDf703(in, quint16(frameCounter));
    if (levelMm == 2000.0)
        QCOMPARE(frame.toHex(), gps ? QByteArray("800001011907d001cd03e942ef272042190000000000010081")
                                    : QByteArray("800001011107d000190000000000010081"));
    auto out = decodeDingtekDf703(3, frame);
    QVERIFY2(out, out ? "" : qPrintable(out.error().message));
    QCOMPARE(out->distanceMm, in.distanceMm);
    QCOMPARE(out->temperatureC, in.temperatureC);
    QCOMPARE(out->tiltDeg, in.tiltDeg);
    QCOMPARE(out->fullAlarm, in.fullAlarm);
    QCOMPARE(out->fireAlarm, in.fireAlarm);
    QCOMPARE(out->tilted, in.tilted);
    QCOMPARE(out->batteryAlarm, in.batteryAlarm);
    QCOMPARE(out->hasLocation, gps);
    if (gps) {
        QVERIFY(std::abs(out->lon - in.lon) < 1e-5); // float32
        QVERIFY(std::abs(out->lat - in.lat) < 1e-5);
    }
}

QTEST_GUILESS_MAIN(TestLorawanCodecs)
#include "tst_lorawancodecs.moc"
