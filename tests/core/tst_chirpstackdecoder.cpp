// The ChirpStack v4 decoder on the ChirpStack documentation's events, ThingsBoard's and
// Dingtek's captured uplinks, and malformed events.
#include "ingest/chirpstackdecoder.h"

#include "domain/quantity.h"
#include "ingest/lorawan/lorawancodec.h"
#include "testsupport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <functional>

using namespace vigie;

namespace {

QString docsFile(const char *event)
{
    return QStringLiteral(TEST_DATA_DIR "/payloads/chirpstack_v4/chirpstack_docs_event_") + QLatin1String(event)
           + QStringLiteral(".json");
}

const QString em310File = QStringLiteral(TEST_DATA_DIR "/payloads/lorawan/thingsboard/EM310-UDL/ChirpStack/uplink/payload.json");
const QString dingtekFile = QStringLiteral(TEST_DATA_DIR "/payloads/chirpstack_v4/dingtek_http_integration_up_event.json");
const QByteArray em310Topic = "application/ca739e26-7b67-4f14-b69e-d568c22a5a75/device/1000000000000001/event/up";

QByteArray docsTopic(const char *event)
{
    return QByteArray("application/17c82e96-be03-4f38-aef3-f83d48582d97/device/0101010101010101/event/") + event;
}

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QByteArray edited(const QString &path, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject o = QJsonDocument::fromJson(test::readFile(path)).object();
    change(o);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::function<void(QJsonObject &)> set(const char *key, const QJsonValue &value)
{
    return [key, value](QJsonObject &o) {
        if (value.isUndefined())
            o.remove(QLatin1String(key));
        else
            o.insert(QLatin1String(key), value);
    };
}

std::function<void(QJsonObject &)> setDeviceInfo(const char *key, const QJsonValue &value)
{
    return [key, value](QJsonObject &o) {
        QJsonObject info = o.value(QStringLiteral("deviceInfo")).toObject();
        if (value.isUndefined())
            info.remove(QLatin1String(key));
        else
            info.insert(QLatin1String(key), value);
        o.insert(QStringLiteral("deviceInfo"), info);
    };
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

class TestChirpStackDecoder : public QObject
{
    Q_OBJECT
private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void location();
};

void TestChirpStackDecoder::accepted_data()
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
    QTest::addColumn<double>("margin");   // dB
    QTest::addColumn<QString>("status");

    const double none = std::nan("");
    const qint64 em310Time = 1684741625404; // `time`, ThingsBoard's "ts" too
    const QByteArray em310 = test::readFile(em310File);
    // The EM310-UDL sample's device profile is "Chirpstack default device profile": no codec.
    const QByteArray em310Profile = edited(em310File, setDeviceInfo("deviceProfileName", "Milesight EM310-UDL EU868"));

    QTest::newRow("docs status") << docsTopic("status") << test::readFile(docsFile("status")) << "" << "0101010101010101"
        << utc("2022-07-18T09:35:06.927Z") << false << 2 << none << 0.883 << 10.0 << "";
    QTest::newRow("docs join") << docsTopic("join") << test::readFile(docsFile("join")) << "" << "0101010101010101"
        << utc("2022-07-18T09:33:28.823Z") << false << 0 << none << none << none << "";
    QTest::newRow("ThingsBoard EM310-UDL, route codec") << em310Topic << em310 << "milesight-em310-udl"
        << "1000000000000001" << em310Time << true << 3 << 2.116 << 0.92 << none << "dropped";
    QTest::newRow("EM310-UDL, codec from the device profile") << em310Topic << em310Profile << ""
        << "1000000000000001" << em310Time << true << 3 << 2.116 << 0.92 << none << "dropped";
    QTest::newRow("EM310-UDL, decoded object") << em310Topic
        << edited(em310File, set("object", QJsonObject{{"battery", 92}, {"distance", 2116}, {"position", "tilt"}}))
        << "milesight-em310-udl" << "1000000000000001" << em310Time << true << 3 << 2.116 << 0.92 << none << "dropped";
    QTest::newRow("EM310-UDL, HTTP integration body (no event topic)") << QByteArray("city/chirpstack/http") << em310
        << "milesight-em310-udl" << "1000000000000001" << em310Time << true << 3 << 2.116 << 0.92 << none << "dropped";
    QTest::newRow("DF703 object from ChirpStack's codec") << QByteArray("application/x/device/7cf95720fc015fef/event/up")
        << edited(dingtekFile, set("object", QJsonObject{{"level", 2000}, {"alarmLevel", false}, {"alarmFire", false},
                                                         {"alarmFall", false}, {"alarmBattery", false}, {"angle", 0},
                                                         {"temperature", 25}, {"frameCounter", 1}}))
        << "dingtek-df703" << "7cf95720fc015fef" << utc("2022-10-03T03:17:10.427Z") << true << 6 << 2.0 << none << none << "ok";
    QTest::newRow("status, battery unavailable") << docsTopic("status")
        << edited(docsFile("status"), set("batteryLevelUnavailable", true)) << "" << "0101010101010101"
        << utc("2022-07-18T09:35:06.927Z") << false << 1 << none << none << 10.0 << "";
    QTest::newRow("status, mains powered") << docsTopic("status")
        << edited(docsFile("status"), set("externalPowerSource", true)) << "" << "0101010101010101"
        << utc("2022-07-18T09:35:06.927Z") << false << 1 << none << none << 10.0 << "";
    QTest::newRow("status, zeros left out by protobuf JSON") << docsTopic("status")
        << edited(docsFile("status"), [](QJsonObject &o) {
               o.remove(QStringLiteral("margin"));
               o.remove(QStringLiteral("batteryLevel"));
           })
        << "" << "0101010101010101" << utc("2022-07-18T09:35:06.927Z") << false << 0 << none << none << none << "";
}

void TestChirpStackDecoder::accepted()
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
    QFETCH(double, margin);
    QFETCH(QString, status);

    ChirpStackDecoder decoder({}, codec.isEmpty() ? nullptr : lorawan::findLorawanCodec(codec));
    auto r = decoder.decode(message(topic, payload));
    QVERIFY2(r, r ? "" : qPrintable(r.error().code + QLatin1Char(' ') + r.error().message));
    QCOMPARE(r->size(), 1);
    const DecodedEntity &e = r->first();
    QCOMPARE(e.deviceId, deviceId);
    QVERIFY(e.id.isEmpty());
    QCOMPARE(e.observedAtMs, observedAt);
    QCOMPARE(e.kind.has_value(), container);
    QCOMPARE(e.values.size(), valueCount);
    const struct { QLatin1String quantity; double expected; const char *unit; } numbers[] = {
        {quantity::distance, distance, "MTR"}, {quantity::batteryLevel, battery, "C62"}, {quantity::linkMargin, margin, "2N"}};
    for (const auto &n : numbers) {
        const DecodedValue *v = find(e, n.quantity);
        QCOMPARE(v != nullptr, !std::isnan(n.expected));
        if (v) {
            QVERIFY(std::abs(v->number - n.expected) < 1e-12);
            QCOMPARE(v->unitCode, QLatin1String(n.unit));
            QVERIFY(v->isValid());
        }
    }
    const DecodedValue *s = find(e, quantity::status);
    QCOMPARE(s ? s->text : QString(), status);
    for (const DecodedValue &v : e.values)
        QVERIFY(v.text.isEmpty() ? std::isfinite(v.number) : std::isnan(v.number));
}

void TestChirpStackDecoder::refused_data()
{
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("codec");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message"); // the refusal's message starts with it

    const QString em310 = QStringLiteral("milesight-em310-udl");
    const QByteArray dingtekTopic = "application/1ebdc5b7-d43d-46e0-9a4e-bd50ad2d86d2/device/7cf95720fc015fef/event/up";

    QTest::newRow("docs ack") << docsTopic("ack") << test::readFile(docsFile("ack")) << "" << "notAnUplink" << "a ChirpStack ack";
    QTest::newRow("docs txack") << docsTopic("txack") << test::readFile(docsFile("txack")) << "" << "notAnUplink"
                                << "a ChirpStack txack";
    QTest::newRow("docs log") << docsTopic("log") << test::readFile(docsFile("log")) << "" << "networkLog"
                              << "ChirpStack ERROR UPLINK_MIC: MIC of join-request is invalid";
    QTest::newRow("docs integration")
        << QByteArray("application/17c82e96-be03-4f38-aef3-f83d48582d97/device/0016c001f000175a/event/integration") << test::readFile(docsFile("integration")) << ""
                                      << "unsupportedEvent" << "ChirpStack event \"integration\"";
    QTest::newRow("docs up: no codec") << docsTopic("up") << test::readFile(docsFile("up")) << "" << "unknownCodec"
                                       << "data: device profile \"Test device-profile\"";
    // The real Dingtek capture: its profile ("EU868") names no model; through the DF703 codec
    // it is refused, as the vendor's own scripts refuse it (fPort 10, a 21-byte frame).
    QTest::newRow("Dingtek capture, no codec") << dingtekTopic << test::readFile(dingtekFile) << "" << "unknownCodec"
                                               << "data: device profile \"EU868\"";
    QTest::newRow("Dingtek capture, DF703 codec") << dingtekTopic << test::readFile(dingtekFile) << "dingtek-df703"
                                                  << "wrongPort" << "data (dingtek-df703, 800015011500";
    QTest::newRow("Dingtek capture on fPort 3") << dingtekTopic << edited(dingtekFile, set("fPort", 3)) << "dingtek-df703"
                                                << "unknownFrame" << "data (dingtek-df703";
    QTest::newRow("topic DevEUI differs") << QByteArray("application/x/device/1000000000000002/event/up")
                                          << test::readFile(em310File) << em310 << "deviceMismatch" << "deviceInfo.devEui";
    QTest::newRow("DevEUI too short") << em310Topic << edited(em310File, setDeviceInfo("devEui", "10000000000001")) << em310
                                      << "invalidDevEui" << "deviceInfo.devEui";
    QTest::newRow("DevEUI a number") << em310Topic << edited(em310File, setDeviceInfo("devEui", 1000000000000001.0)) << em310
                                     << "invalidDevEui" << "deviceInfo.devEui";
    QTest::newRow("DevEUI missing") << em310Topic << edited(em310File, setDeviceInfo("devEui", QJsonValue::Undefined))
                                    << em310 << "missingDevEui" << "deviceInfo.devEui";
    QTest::newRow("deviceInfo missing") << em310Topic << edited(em310File, set("deviceInfo", QJsonValue::Undefined)) << em310
                                        << "missingField" << "deviceInfo";
    QTest::newRow("truncated base64") << em310Topic << edited(em310File, set("data", "AXVcA4JECAQAAQ=")) << em310
                                      << "invalidBase64" << "data";
    QTest::newRow("truncated frame") << em310Topic << edited(em310File, set("data", "AXVcA4JECAQA")) << em310
                                     << "truncatedFrame" << "data (milesight-em310-udl";
    QTest::newRow("fPort missing") << em310Topic << edited(em310File, set("fPort", QJsonValue::Undefined)) << em310
                                   << "missingField" << "fPort";
    QTest::newRow("fPort 0") << em310Topic << edited(em310File, set("fPort", 0)) << em310 << "wrongPort" << "data";
    QTest::newRow("object: decimal comma") << em310Topic << edited(em310File, set("object", QJsonObject{{"battery", "92,5"}}))
                                           << em310 << "invalidValue" << "object.battery";
    QTest::newRow("object: NaN") << em310Topic << edited(em310File, set("object", QJsonObject{{"distance", "nan"}}))
                                 << em310 << "invalidValue" << "object.distance";
    QTest::newRow("object: flag not a flag") << QByteArray("application/x/device/7cf95720fc015fef/event/up")
        << edited(dingtekFile, set("object", QJsonObject{{"alarmFire", "yes"}})) << "dingtek-df703" << "invalidValue"
        << "object.alarmFire";
    QTest::newRow("time not ISO 8601") << em310Topic << edited(em310File, set("time", "2023-0522T07:47:05Z")) << em310
                                       << "invalidTime" << "time";
    QTest::newRow("status: battery as text") << docsTopic("status") << edited(docsFile("status"), set("batteryLevel", "88,3"))
                                             << "" << "invalidValue" << "batteryLevel";
    QTest::newRow("unknown event") << docsTopic("downlink") << test::readFile(docsFile("join")) << "" << "unsupportedEvent"
                                   << "ChirpStack event \"downlink\"";
    QTest::newRow("not JSON") << em310Topic << QByteArray("{\"time\": ") << em310 << "invalidJson" << "the payload";
    QTest::newRow("a string") << em310Topic << QByteArray("\"up\"") << em310 << "notAnUplink" << "expected a ChirpStack event";
}

void TestChirpStackDecoder::refused()
{
    QFETCH(QByteArray, topic);
    QFETCH(QByteArray, payload);
    QFETCH(QString, codec);
    QFETCH(QString, code);
    QFETCH(QString, message);

    ChirpStackDecoder decoder({}, codec.isEmpty() ? nullptr : lorawan::findLorawanCodec(codec));
    auto r = decoder.decode(::message(topic, payload));
    QVERIFY(!r);
    QCOMPARE(r.error().code, code);
    QVERIFY2(r.error().message.startsWith(message), qPrintable(r.error().message));
}

void TestChirpStackDecoder::location()
{
    ChirpStackDecoder decoder;
    auto r = decoder.decode(message(docsTopic("location"), test::readFile(docsFile("location"))));
    QVERIFY(r);
    QCOMPARE(r->size(), 1);
    const DecodedEntity &e = r->first();
    QCOMPARE(e.deviceId, QStringLiteral("0101010101010101"));
    QVERIFY(e.hasLocation);
    QCOMPARE(e.lat, 37.344214);
    QCOMPARE(e.lon, -8.839375);
    QVERIFY(e.values.isEmpty());
    QCOMPARE(e.observedAtMs, utc("2022-07-18T09:55:11.059Z"));
}

QTEST_GUILESS_MAIN(TestChirpStackDecoder)
#include "tst_chirpstackdecoder.moc"
