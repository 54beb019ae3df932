// The Things Stack v3 decoder on the TTS documentation's examples, ThingsBoard's captured
// TTN uplinks, and malformed messages.
#include "ingest/ttndecoder.h"

#include "domain/quantity.h"
#include "ingest/decoderroute.h"
#include "ingest/lorawan/lorawancodec.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <functional>

using namespace vigie;

namespace {

QString ttnFile(const char *name) { return QStringLiteral(TEST_DATA_DIR "/payloads/ttn_v3/") + QLatin1String(name); }

QString thingsBoardFile(const char *path)
{
    return QStringLiteral(TEST_DATA_DIR "/payloads/lorawan/thingsboard/") + QLatin1String(path);
}

const char *em310Tts = "EM310-UDL/ThingsStackCommunity/uplink/payload.json";
const QByteArray em310Topic = "v3/application-tts-name@ttn/devices/eui-1000000000000001/up";

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

/// `path` with `change` applied to its JSON object.
QByteArray edited(const QString &path, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject o = QJsonDocument::fromJson(test::readFile(path)).object();
    change(o);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// Sets `uplink_message.<key>`.
std::function<void(QJsonObject &)> setUplink(const char *key, const QJsonValue &value)
{
    return [key, value](QJsonObject &o) {
        QJsonObject uplink = o.value(QStringLiteral("uplink_message")).toObject();
        if (value.isUndefined())
            uplink.remove(QLatin1String(key));
        else
            uplink.insert(QLatin1String(key), value);
        o.insert(QStringLiteral("uplink_message"), uplink);
    };
}

std::function<void(QJsonObject &)> setIds(const char *key, const QJsonValue &value)
{
    return [key, value](QJsonObject &o) {
        QJsonObject ids = o.value(QStringLiteral("end_device_ids")).toObject();
        if (value.isUndefined())
            ids.remove(QLatin1String(key));
        else
            ids.insert(QLatin1String(key), value);
        o.insert(QStringLiteral("end_device_ids"), ids);
    };
}

const lorawan::LorawanCodec *codec(const QString &name)
{
    return name.isEmpty() ? nullptr : lorawan::findLorawanCodec(name);
}

RawMessage message(const QByteArray &topic, const QByteArray &payload)
{
    RawMessage m;
    m.topic = topic;
    m.payload = payload;
    m.receivedAtMs = 1'700'000'000'000;
    return m;
}

const DecodedValue *find(const DecodedEntity &e, QLatin1String quantity)
{
    for (const DecodedValue &v : e.values) {
        if (v.quantity == quantity)
            return &v;
    }
    return nullptr;
}

} // namespace

class TestTtnDecoder : public QObject
{
    Q_OBJECT
private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void routes();
};

void TestTtnDecoder::accepted_data()
{
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("codec"); // the route's
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<qint64>("observedAt");
    QTest::addColumn<bool>("container");
    QTest::addColumn<int>("valueCount");
    QTest::addColumn<double>("distance"); // metres; NaN: absent
    QTest::addColumn<double>("battery");  // ratio
    QTest::addColumn<double>("temperature");
    QTest::addColumn<QString>("status");

    const double none = std::nan("");
    const QByteArray em310 = test::readFile(thingsBoardFile(em310Tts));
    const qint64 em310Time = 1684474415641; // uplink_message.received_at, ThingsBoard's "ts" too

    QTest::newRow("TTS docs uplink (fixed), decoded_payload") << QByteArray("v3/app1@tenant1/devices/dev1/up")
        << test::readFile(ttnFile("tts_docs_uplink_message_example.fixed.json")) << "" << "0004a30b001c0530"
        << utc("2020-02-12T15:15:45.789Z") << false << 1 << none << none << 1.0 << "";
    QTest::newRow("TTS docs join") << QByteArray("v3/app1@tenant1/devices/dev1/join")
        << test::readFile(ttnFile("tts_docs_join_message_example.json")) << "" << "0004a30b001c0530"
        << utc("2020-02-17T07:49:09.736Z") << false << 0 << none << none << none << "";
    QTest::newRow("ThingsBoard TTN EM310-UDL, route codec") << em310Topic << em310 << "milesight-em310-udl"
        << "1000000000000001" << em310Time << true << 3 << 2.116 << 0.92 << none << "dropped";
    QTest::newRow("ThingsBoard TTI EM310-UDL, route codec")
        << QByteArray("v3/application-tti-name@tenant/devices/eui-1000000000000001/up")
        << test::readFile(thingsBoardFile("EM310-UDL/ThingsStackIndustries/uplink/payload.json")) << "milesight-em310-udl"
        << "1000000000000001" << qint64(1684398325906) << true << 3 << 2.116 << 0.92 << none << "dropped";
    QTest::newRow("ThingsBoard TTN EM400-UDL alarms")
        << QByteArray("v3/application-tts-name@ttn/devices/eui-1000000000000001/up")
        << test::readFile(thingsBoardFile("EM400-UDL/ThingsStackCommunity/uplink/payload.json")) << "milesight-em400-udl"
        << "1000000000000001" << qint64(0) << false << 4 << 1.601 << none << 23.2 << "";
    QTest::newRow("codec from version_ids") << em310Topic
        << edited(thingsBoardFile(em310Tts), setUplink("version_ids", QJsonObject{{"brand_id", "milesight-iot"},
                                                                                  {"model_id", "em310-udl"}}))
        << "" << "1000000000000001" << em310Time << true << 3 << 2.116 << 0.92 << none << "dropped";
    QTest::newRow("decoded_payload numbers as strings") << em310Topic
        << edited(thingsBoardFile(em310Tts), setUplink("decoded_payload", QJsonObject{{"distance", "2116"},
                                                                                      {"battery", " 92 "},
                                                                                      {"position", "normal"}}))
        << "milesight-em310-udl" << "1000000000000001" << em310Time << true << 3 << 2.116 << 0.92 << none << "ok";
    QTest::newRow("decoded_payload wins over frm_payload") << em310Topic
        << edited(thingsBoardFile(em310Tts), setUplink("decoded_payload", QJsonObject{{"distance", 900}}))
        << "milesight-em310-udl" << "1000000000000001" << em310Time << true << 1 << 0.9 << none << none << "";
    QTest::newRow("MAC commands only: a sign of life") << em310Topic
        << edited(thingsBoardFile(em310Tts), [](QJsonObject &o) {
               setUplink("frm_payload", QJsonValue::Undefined)(o);
               setUplink("f_port", QJsonValue::Undefined)(o);
           })
        << "milesight-em310-udl" << "1000000000000001" << em310Time << true << 0 << none << none << none << "";
    QTest::newRow("uplink time missing: message time") << em310Topic
        << edited(thingsBoardFile(em310Tts), setUplink("received_at", QJsonValue::Undefined)) << "milesight-em310-udl"
        << "1000000000000001" << utc("2023-05-19T05:33:35.848Z") << true << 3 << 2.116 << 0.92 << none << "dropped";
    QTest::newRow("other topic layout") << QByteArray("city/lorawan/uplinks") << em310 << "milesight-em310-udl"
        << "1000000000000001" << em310Time << true << 3 << 2.116 << 0.92 << none << "dropped";
}

void TestTtnDecoder::accepted()
{
    QFETCH(QByteArray, topic);
    QFETCH(QByteArray, payload);
    QFETCH(QString, codec);
    QFETCH(QString, deviceId);
    QFETCH(qint64, observedAt);
    QFETCH(bool, container);
    QFETCH(int, valueCount);
    QFETCH(double, distance);
    QFETCH(double, battery);
    QFETCH(double, temperature);
    QFETCH(QString, status);

    TtnDecoder decoder({}, ::codec(codec));
    auto r = decoder.decode(message(topic, payload));
    QVERIFY2(r, r ? "" : qPrintable(r.error().code + QLatin1Char(' ') + r.error().message));
    QCOMPARE(r->size(), 1);
    const DecodedEntity &e = r->first();
    QCOMPARE(e.deviceId, deviceId);
    QVERIFY(e.id.isEmpty());
    if (observedAt)
        QCOMPARE(e.observedAtMs, observedAt);
    QCOMPARE(e.kind.has_value(), container);
    if (container)
        QCOMPARE(*e.kind, AssetKind::WasteContainer);
    QCOMPARE(e.values.size(), valueCount);
    const struct { QLatin1String quantity; double expected; const char *unit; } numbers[] = {
        {quantity::distance, distance, "MTR"}, {quantity::batteryLevel, battery, "C62"}, {quantity::temperature, temperature, "CEL"}};
    for (const auto &n : numbers) {
        const DecodedValue *v = find(e, n.quantity);
        QCOMPARE(v != nullptr, !std::isnan(n.expected));
        if (v) {
            QCOMPARE(v->number, n.expected);
            QCOMPARE(v->unitCode, QLatin1String(n.unit));
            QVERIFY(v->isValid());
        }
    }
    const DecodedValue *s = find(e, quantity::status);
    QCOMPARE(s ? s->text : QString(), status);
    for (const DecodedValue &v : e.values) {
        QVERIFY(v.text.isEmpty() ? std::isfinite(v.number) : std::isnan(v.number));
        QCOMPARE(v.observedAtMs, 0); // the entity's time applies
    }
}

void TestTtnDecoder::refused_data()
{
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("codec");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path"); // the message starts with it

    const QByteArray docsTopic = "v3/app1@tenant1/devices/dev1/up";
    const QString em310 = QStringLiteral("milesight-em310-udl");
    const QString file = thingsBoardFile(em310Tts);

    QTest::newRow("TTS docs uplink, invalid JSON upstream") << docsTopic
        << test::readFile(ttnFile("tts_docs_uplink_message_example.json")) << "" << "invalidJson" << "";
    QTest::newRow("downlink ack") << QByteArray("v3/app1@tenant1/devices/dev1/down/ack")
        << test::readFile(ttnFile("tts_docs_downlink_event_message_example.json")) << "" << "notAnUplink" << "downlink_ack";
    QTest::newRow("downlink failed") << QByteArray("v3/app1@tenant1/devices/dev1/down/failed")
        << test::readFile(ttnFile("tts_docs_downlink_failed_event_message_example.json")) << "" << "notAnUplink" << "downlink_failed";
    QTest::newRow("downlink push") << QByteArray("v3/app1@tenant1/devices/dev1/down/push")
        << test::readFile(ttnFile("tts_docs_downlink_message_example.json")) << "" << "notAnUplink" << "downlinks";
    QTest::newRow("location solved") << QByteArray("v3/app1@tenant1/devices/dev1/location/solved")
        << QByteArray(R"({"end_device_ids":{"device_id":"dev1","dev_eui":"0004A30B001C0530"},"location_solved":{"location":{"latitude":1,"longitude":2}}})")
        << "" << "unsupportedEvent" << "location_solved";
    QTest::newRow("no codec for the device") << em310Topic << test::readFile(file) << "" << "unknownCodec"
                                             << "uplink_message.frm_payload";
    QTest::newRow("unknown model in version_ids") << em310Topic
        << edited(file, setUplink("version_ids", QJsonObject{{"brand_id", "acme"}, {"model_id", "bin-9000"}}))
        << "" << "unknownCodec" << "uplink_message.frm_payload";
    QTest::newRow("truncated base64") << em310Topic << edited(file, setUplink("frm_payload", "AXVcA4JECAQAAQ"))
                                      << em310 << "invalidBase64" << "uplink_message.frm_payload";
    QTest::newRow("base64 of a truncated frame") << em310Topic << edited(file, setUplink("frm_payload", "AXVcA4JE"))
                                                 << em310 << "truncatedFrame" << "uplink_message.frm_payload";
    QTest::newRow("frm_payload not a string") << em310Topic << edited(file, setUplink("frm_payload", 12))
                                              << em310 << "invalidBase64" << "uplink_message.frm_payload";
    QTest::newRow("fPort 0") << em310Topic << edited(file, setUplink("f_port", 0)) << em310 << "wrongPort"
                             << "uplink_message.frm_payload";
    QTest::newRow("DF703 codec on fPort 85") << em310Topic << edited(file, setUplink("frm_payload", "gAABAREH0AAZAAAAAAABAIE="))
                                             << "dingtek-df703" << "wrongPort" << "uplink_message.frm_payload";
    QTest::newRow("Milesight frame through the DF703 codec") << em310Topic
        << edited(file, setUplink("f_port", 3)) << "dingtek-df703" << "truncatedFrame" << "uplink_message.frm_payload";
    QTest::newRow("f_port missing") << em310Topic << edited(file, setUplink("f_port", QJsonValue::Undefined)) << em310
                                    << "missingField" << "uplink_message.f_port";
    QTest::newRow("f_port 300") << em310Topic << edited(file, setUplink("f_port", 300)) << em310 << "invalidValue"
                                << "uplink_message.f_port";
    QTest::newRow("DevEUI 15 digits") << em310Topic << edited(file, setIds("dev_eui", "100000000000001")) << em310
                                      << "invalidDevEui" << "end_device_ids.dev_eui";
    QTest::newRow("DevEUI with dashes") << em310Topic << edited(file, setIds("dev_eui", "10-00-00-00-00-00-00-01"))
                                        << em310 << "invalidDevEui" << "end_device_ids.dev_eui";
    QTest::newRow("DevEUI not hex") << em310Topic << edited(file, setIds("dev_eui", "100000000000000G")) << em310
                                    << "invalidDevEui" << "end_device_ids.dev_eui";
    QTest::newRow("DevEUI missing") << em310Topic << edited(file, setIds("dev_eui", QJsonValue::Undefined)) << em310
                                    << "missingDevEui" << "end_device_ids.dev_eui";
    QTest::newRow("end_device_ids missing") << em310Topic
        << edited(file, [](QJsonObject &o) { o.remove(QStringLiteral("end_device_ids")); }) << em310 << "missingField"
        << "end_device_ids";
    QTest::newRow("topic names another device") << QByteArray("v3/application-tts-name@ttn/devices/eui-2000000000000002/up")
        << test::readFile(file) << em310 << "deviceMismatch" << "end_device_ids.device_id";
    QTest::newRow("decimal comma") << em310Topic
        << edited(file, setUplink("decoded_payload", QJsonObject{{"distance", "2116,5"}})) << em310 << "invalidValue"
        << "uplink_message.decoded_payload.distance";
    QTest::newRow("NaN as a string") << em310Topic << edited(file, setUplink("decoded_payload", QJsonObject{{"distance", "NaN"}}))
                                     << em310 << "invalidValue" << "uplink_message.decoded_payload.distance";
    QTest::newRow("NaN as a literal") << em310Topic
        << QByteArray(R"({"end_device_ids":{"device_id":"eui-1000000000000001","dev_eui":"1000000000000001"},"uplink_message":{"decoded_payload":{"distance":NaN}}})")
        << em310 << "invalidJson" << "";
    QTest::newRow("position not in the enum") << em310Topic
        << edited(file, setUplink("decoded_payload", QJsonObject{{"position", "upside down"}})) << em310 << "invalidValue"
        << "uplink_message.decoded_payload.position";
    QTest::newRow("decoded_payload an array") << em310Topic << edited(file, setUplink("decoded_payload", QJsonArray{1}))
                                              << em310 << "invalidValue" << "uplink_message.decoded_payload";
    QTest::newRow("impossible date") << em310Topic << edited(file, setUplink("received_at", "2023-02-30T05:33:35Z"))
                                     << em310 << "invalidTime" << "uplink_message.received_at";
    QTest::newRow("empty") << em310Topic << QByteArray(" \n") << em310 << "emptyPayload" << "";
    QTest::newRow("an array") << em310Topic << QByteArray("[1, 2]") << em310 << "notAnUplink" << "";
}

void TestTtnDecoder::refused()
{
    QFETCH(QByteArray, topic);
    QFETCH(QByteArray, payload);
    QFETCH(QString, codec);
    QFETCH(QString, code);
    QFETCH(QString, path);

    TtnDecoder decoder({}, ::codec(codec));
    auto r = decoder.decode(message(topic, payload));
    QVERIFY(!r);
    QCOMPARE(r.error().code, code);
    QVERIFY2(r.error().message.startsWith(path), qPrintable(r.error().message));
    // A refusal must not poison the parser for the next message.
    auto next = decoder.decode(message(em310Topic, test::readFile(thingsBoardFile(em310Tts))));
    QCOMPARE(bool(next), !codec.isEmpty() && codec == QLatin1String("milesight-em310-udl"));
}

void TestTtnDecoder::routes()
{
    QVERIFY(decoderFormats().contains(QStringLiteral("ttn")));
    QVERIFY(decoderFormats().contains(QStringLiteral("chirpstack")));
    for (const char *format : {"ttn", "chirpstack"}) {
        DecoderRoute route;
        route.topicFilter = QStringLiteral("#");
        route.format = QLatin1String(format);
        auto plain = makeDecoder(route, {});
        QVERIFY(plain);
        QCOMPARE(plain.value()->name(), QLatin1String(format));
        route.codec = QStringLiteral("dingtek-df703");
        QVERIFY(makeDecoder(route, {}));
        route.codec = QStringLiteral("dingtek-df999");
        auto unknown = makeDecoder(route, {});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("unknownCodec"));
    }
}

QTEST_GUILESS_MAIN(TestTtnDecoder)
#include "tst_ttndecoder.moc"
