#include "ttndecoder.h"

#include "lorawan/lorawanjson.h"

#include <QList>
#include <QLoggingCategory>

namespace vigie {

Q_LOGGING_CATEGORY(lcTtn, "vigie.ingest.ttn")

using namespace simdjson;
using namespace lorawan;

struct TtnDecoder::Private
{
    dom::parser parser;
    QTimeZone zone;
    const LorawanCodec *codec = nullptr;
};

namespace {

/// The device id of a `v3/{app}@{tenant}/devices/{device}/…` topic, empty for another topic.
QString topicDevice(const QByteArray &topic)
{
    const QList<QByteArray> parts = topic.split('/');
    if (parts.size() >= 5 && parts.at(0) == "v3" && parts.at(2) == "devices")
        return QString::fromUtf8(parts.at(3));
    return {};
}

bool has(dom::object o, std::string_view key)
{
    dom::element e;
    return o.at_key(key).get(e) == SUCCESS;
}

} // namespace

TtnDecoder::TtnDecoder(DecoderOptions options, const LorawanCodec *codec)
    : d(std::make_unique<Private>())
{
    d->zone = options.zone.isValid() ? options.zone : QTimeZone::utc();
    d->codec = codec;
}

TtnDecoder::~TtnDecoder() = default;

Result<QVector<DecodedEntity>> TtnDecoder::decode(const RawMessage &message)
{
    auto parsed = parseObject(d->parser, message.payload, "a The Things Stack message");
    if (!parsed)
        return parsed.error();
    const dom::object root = parsed.value();

    dom::object ids;
    if (root.at_key("end_device_ids").get_object().get(ids) != SUCCESS)
        return jsonError("missingField", QStringLiteral("end_device_ids"),
                         QStringLiteral("a The Things Stack message names its device in \"end_device_ids\""));
    const QString fromTopic = topicDevice(message.topic);
    std::string_view deviceId;
    if (!fromTopic.isEmpty() && ids.at_key("device_id").get_string().get(deviceId) == SUCCESS
        && qstr(deviceId) != fromTopic)
        return jsonError("deviceMismatch", QStringLiteral("end_device_ids.device_id"),
                         QStringLiteral("the body is about device \"%1\", the topic about \"%2\"")
                             .arg(elide(qstr(deviceId), 60), elide(fromTopic, 60)));

    for (std::string_view downlink : {"downlink_ack", "downlink_nack", "downlink_sent", "downlink_failed",
                                      "downlink_queued", "downlink_queue_invalidated", "downlinks"}) {
        if (has(root, downlink))
            return jsonError("notAnUplink", qstr(downlink),
                             QStringLiteral("a downlink event says nothing about the device's state"));
    }

    dom::object uplink;
    dom::object join;
    const bool isUplink = root.at_key("uplink_message").get_object().get(uplink) == SUCCESS;
    const bool isJoin = !isUplink && root.at_key("join_accept").get_object().get(join) == SUCCESS;
    if (!isUplink && !isJoin) {
        QString what;
        for (auto [key, value] : root) {
            if (key != "end_device_ids" && key != "correlation_ids" && key != "received_at" && key != "unique_id") {
                what = elide(qstr(key), 60);
                break;
            }
        }
        return jsonError("unsupportedEvent", what,
                         QStringLiteral("only uplink_message and join_accept are read (topic %1)")
                             .arg(QString::fromUtf8(message.topic.left(120))));
    }

    auto devEui = readDevEui(ids, "dev_eui", QStringLiteral("end_device_ids"));
    if (!devEui)
        return devEui.error();
    auto messageTime = readTime(root, "received_at", {}, d->zone);
    if (!messageTime)
        return messageTime.error();

    if (isJoin) {
        auto joined = readTime(join, "received_at", QStringLiteral("join_accept"), d->zone);
        if (!joined)
            return joined.error();
        DecodedEntity entity;
        entity.deviceId = devEui.value();
        entity.observedAtMs = joined.value() ? joined.value() : messageTime.value();
        return QVector<DecodedEntity>{entity};
    }

    const QString at = QStringLiteral("uplink_message");
    UplinkPayload payload;
    payload.devEui = devEui.value();
    auto received = readTime(uplink, "received_at", at, d->zone);
    if (!received)
        return received.error();
    payload.observedAtMs = received.value() ? received.value() : messageTime.value();

    dom::element decoded;
    if (uplink.at_key("decoded_payload").get(decoded) == SUCCESS && !decoded.is_null()) {
        if (!decoded.is_object())
            return jsonError("invalidValue", jsonPath(at, "decoded_payload"),
                             QStringLiteral("expected an object, got %1").arg(describeJson(decoded)));
        if (decoded.get_object().size() > 0) {
            payload.decoded = decoded.get_object().value();
            payload.decodedPath = jsonPath(at, "decoded_payload");
        }
    }
    dom::element frm;
    if (uplink.at_key("frm_payload").get(frm) == SUCCESS && !frm.is_null()) {
        if (!frm.is_string())
            return jsonError("invalidBase64", jsonPath(at, "frm_payload"),
                             QStringLiteral("expected a base64 string, got %1").arg(describeJson(frm)));
        payload.base64 = std::string_view(frm);
    }
    payload.base64Path = jsonPath(at, "frm_payload");
    payload.fPortPath = jsonPath(at, "f_port");
    dom::element port;
    if (uplink.at_key("f_port").get(port) == SUCCESS) {
        if (!port.is_int64() || int64_t(port) < 0 || int64_t(port) > 255)
            return jsonError("invalidValue", payload.fPortPath,
                             QStringLiteral("expected an fPort 0–255, got %1").arg(describeJson(port)));
        payload.fPort = int(int64_t(port));
    }

    payload.codec = d->codec;
    if (!payload.codec) {
        std::string_view brand;
        std::string_view model;
        dom::object versions;
        if (uplink.at_key("version_ids").get_object().get(versions) == SUCCESS
            && versions.at_key("brand_id").get_string().get(brand) == SUCCESS
            && versions.at_key("model_id").get_string().get(model) == SUCCESS) {
            payload.codec = lorawanCodecForModel(qstr(brand), qstr(model));
            if (!payload.codec)
                payload.noCodecReason = QStringLiteral("Vigie has no codec for device model %1/%2 (version_ids)")
                                            .arg(elide(qstr(brand), 40), elide(qstr(model), 40));
        } else {
            payload.noCodecReason = QStringLiteral("the uplink has no version_ids and the route names no codec");
        }
        if (!payload.codec)
            qCDebug(lcTtn) << "no codec for" << payload.devEui << payload.noCodecReason;
    }

    auto entity = uplinkEntity(payload);
    if (!entity)
        return entity.error();
    return QVector<DecodedEntity>{std::move(entity).value()};
}

} // namespace vigie
