#include "chirpstackdecoder.h"

#include "domain/quantity.h"
#include "lorawan/lorawanjson.h"

#include <QList>
#include <QLoggingCategory>

#include <cmath>

namespace vigie {

Q_LOGGING_CATEGORY(lcChirpStack, "vigie.ingest.chirpstack")

using namespace simdjson;
using namespace lorawan;

struct ChirpStackDecoder::Private
{
    dom::parser parser;
    QTimeZone zone;
    const LorawanCodec *codec = nullptr;
};

namespace {

struct Topic
{
    QString devEui; ///< As written in the topic.
    QString event;  ///< Empty: not an event topic.
};

Topic parseTopic(const QByteArray &topic)
{
    const QList<QByteArray> parts = topic.split('/');
    if (parts.size() == 6 && parts.at(0) == "application" && parts.at(2) == "device" && parts.at(4) == "event")
        return {QString::fromUtf8(parts.at(3)), QString::fromUtf8(parts.at(5))};
    return {};
}

bool has(dom::object o, std::string_view key)
{
    dom::element e;
    return o.at_key(key).get(e) == SUCCESS;
}

/// The event an untopicked body is (HTTP integration relayed as is): by its members.
QString eventOf(dom::object root)
{
    if (has(root, "fPort") || has(root, "data") || has(root, "object") || has(root, "rxInfo"))
        return QStringLiteral("up");
    if (has(root, "margin") || has(root, "batteryLevel") || has(root, "externalPowerSource")
        || has(root, "batteryLevelUnavailable"))
        return QStringLiteral("status");
    if (has(root, "level") && has(root, "code"))
        return QStringLiteral("log");
    if (has(root, "acknowledged"))
        return QStringLiteral("ack");
    if (has(root, "downlinkId"))
        return QStringLiteral("txack");
    if (has(root, "location"))
        return QStringLiteral("location");
    if (has(root, "integrationName"))
        return QStringLiteral("integration");
    if (has(root, "devAddr"))
        return QStringLiteral("join");
    return {};
}

Result<std::optional<double>> optionalNumber(dom::object o, std::string_view key, const QString &where)
{
    dom::element e;
    if (o.at_key(key).get(e) != SUCCESS || e.is_null())
        return std::optional<double>();
    if (!e.is_number())
        return jsonError("invalidValue", jsonPath(where, key),
                         QStringLiteral("expected a number, got %1").arg(describeJson(e)));
    return std::optional<double>(double(e));
}

QString text(dom::object o, std::string_view key)
{
    std::string_view value;
    return o.at_key(key).get_string().get(value) == SUCCESS ? qstr(value) : QString();
}

bool optionalTrue(dom::object o, std::string_view key)
{
    bool value = false;
    return o.at_key(key).get_bool().get(value) == SUCCESS && value;
}

} // namespace

ChirpStackDecoder::ChirpStackDecoder(DecoderOptions options, const LorawanCodec *codec)
    : d(std::make_unique<Private>())
{
    d->zone = options.zone.isValid() ? options.zone : QTimeZone::utc();
    d->codec = codec;
}

ChirpStackDecoder::~ChirpStackDecoder() = default;

Result<QVector<DecodedEntity>> ChirpStackDecoder::decode(const RawMessage &message)
{
    auto parsed = parseObject(d->parser, message.payload, "a ChirpStack event");
    if (!parsed)
        return parsed.error();
    const dom::object root = parsed.value();

    const QString deviceInfoPath = QStringLiteral("deviceInfo");
    dom::object deviceInfo;
    if (root.at_key("deviceInfo").get_object().get(deviceInfo) != SUCCESS)
        return jsonError("missingField", deviceInfoPath,
                         QStringLiteral("a ChirpStack v4 event names its device in \"deviceInfo\""));
    auto devEui = readDevEui(deviceInfo, "devEui", deviceInfoPath);
    if (!devEui)
        return devEui.error();
    const Topic topic = parseTopic(message.topic);
    if (!topic.devEui.isEmpty() && topic.devEui.toLower() != devEui.value())
        return jsonError("deviceMismatch", QStringLiteral("deviceInfo.devEui"),
                         QStringLiteral("the body is about device %1, the topic about %2")
                             .arg(devEui.value(), topic.devEui.left(40)));
    const QString event = topic.event.isEmpty() ? eventOf(root) : topic.event;
    auto time = readTime(root, "time", {}, d->zone);
    if (!time)
        return time.error();

    DecodedEntity health;
    health.deviceId = devEui.value();
    health.observedAtMs = time.value();

    if (event == QLatin1String("up")) {
        UplinkPayload payload;
        payload.devEui = devEui.value();
        payload.observedAtMs = time.value();
        dom::element object;
        if (root.at_key("object").get(object) == SUCCESS && !object.is_null()) {
            if (!object.is_object())
                return jsonError("invalidValue", QStringLiteral("object"),
                                 QStringLiteral("expected an object, got %1").arg(describeJson(object)));
            if (object.get_object().size() > 0) {
                payload.decoded = object.get_object().value();
                payload.decodedPath = QStringLiteral("object");
            }
        }
        dom::element data;
        if (root.at_key("data").get(data) == SUCCESS && !data.is_null()) {
            if (!data.is_string())
                return jsonError("invalidBase64", QStringLiteral("data"),
                                 QStringLiteral("expected a base64 string, got %1").arg(describeJson(data)));
            payload.base64 = std::string_view(data);
        }
        payload.base64Path = QStringLiteral("data");
        payload.fPortPath = QStringLiteral("fPort");
        dom::element port;
        if (root.at_key("fPort").get(port) == SUCCESS) {
            if (!port.is_int64() || int64_t(port) < 0 || int64_t(port) > 255)
                return jsonError("invalidValue", payload.fPortPath,
                                 QStringLiteral("expected an fPort 0–255, got %1").arg(describeJson(port)));
            payload.fPort = int(int64_t(port));
        }
        payload.codec = d->codec;
        if (!payload.codec) {
            std::string_view profile;
            if (deviceInfo.at_key("deviceProfileName").get_string().get(profile) == SUCCESS) {
                payload.codec = lorawanCodecForProfile(qstr(profile));
                payload.noCodecReason =
                    QStringLiteral("device profile \"%1\" names no model Vigie has a codec for").arg(elide(qstr(profile), 60));
            } else {
                payload.noCodecReason = QStringLiteral("the event has no deviceInfo.deviceProfileName");
            }
            if (!payload.codec)
                qCDebug(lcChirpStack) << "no codec for" << payload.devEui << payload.noCodecReason;
        }
        auto entity = uplinkEntity(payload);
        if (!entity)
            return entity.error();
        return QVector<DecodedEntity>{std::move(entity).value()};
    }

    if (event == QLatin1String("status")) {
        auto margin = optionalNumber(root, "margin", {});
        if (!margin)
            return margin.error();
        auto battery = optionalNumber(root, "batteryLevel", {});
        if (!battery)
            return battery.error();
        if (margin.value()) {
            DecodedValue v;
            v.quantity = quantity::linkMargin;
            v.number = *margin.value();
            v.unitCode = unit::decibel;
            // DevStatusAns carries the margin as a 6-bit signed integer (LoRaWAN 1.0.4 §5.5).
            if (v.number < -32 || v.number > 31)
                v.invalidReason = QStringLiteral("a link margin of %1 dB is outside −32…31 dB").arg(v.number);
            health.values << v;
        }
        if (battery.value() && !optionalTrue(root, "batteryLevelUnavailable") && !optionalTrue(root, "externalPowerSource")) {
            const double pct = *battery.value();
            DecodedValue v;
            v.quantity = quantity::batteryLevel;
            v.number = pct / 100.0;
            v.unitCode = unit::ratio;
            if (pct < 0 || pct > 100)
                v.invalidReason = QStringLiteral("battery %1 % is outside 0–100 %").arg(pct);
            health.values << v;
        }
        return QVector<DecodedEntity>{health};
    }

    if (event == QLatin1String("join"))
        return QVector<DecodedEntity>{health};

    if (event == QLatin1String("location")) {
        dom::object location;
        if (root.at_key("location").get_object().get(location) != SUCCESS)
            return jsonError("missingField", QStringLiteral("location"), QStringLiteral("a location event needs \"location\""));
        auto lat = optionalNumber(location, "latitude", QStringLiteral("location"));
        if (!lat)
            return lat.error();
        auto lon = optionalNumber(location, "longitude", QStringLiteral("location"));
        if (!lon)
            return lon.error();
        if (!lat.value() || !lon.value() || std::abs(*lat.value()) > 90 || std::abs(*lon.value()) > 180)
            return jsonError("invalidValue", QStringLiteral("location"),
                             QStringLiteral("expected a latitude and a longitude in degrees (EPSG:4326)"));
        health.hasLocation = true;
        health.lat = *lat.value();
        health.lon = *lon.value();
        return QVector<DecodedEntity>{health};
    }

    if (event == QLatin1String("ack") || event == QLatin1String("txack"))
        return jsonError("notAnUplink", {},
                         QStringLiteral("a ChirpStack %1 event is about a downlink, not the device's state").arg(event));

    if (event == QLatin1String("log")) {
        return jsonError("networkLog", {},
                         QStringLiteral("ChirpStack %1 %2: %3")
                             .arg(elide(text(root, "level"), 20), elide(text(root, "code"), 60),
                                  elide(text(root, "description"), 300)));
    }

    return jsonError("unsupportedEvent", {},
                     QStringLiteral("ChirpStack event \"%1\" is not read (up, status, join and location are)")
                         .arg(event.isEmpty() ? QStringLiteral("unrecognised") : elide(event, 40)));
}

} // namespace vigie
