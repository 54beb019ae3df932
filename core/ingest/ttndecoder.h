#pragma once

#include "payloaddecoder.h"

#include <memory>

namespace vigie {

namespace lorawan {
struct LorawanCodec;
}

/// \brief Decodes The Things Stack (v3) application messages: uplinks, joins.
///
/// Topic `v3/{application id}@{tenant id}/devices/{device id}/{event}`; the body says what it
/// is. An uplink (`uplink_message`) gives one entity: `deviceId` = `end_device_ids.dev_eui`
/// (16 lower-case hex digits), values from `uplink_message.decoded_payload` (the vendor
/// decoder TTN ran) when it is a non-empty object, else from `frm_payload` (base64) and
/// `f_port` through a LoRaWAN codec (ingest/lorawan/lorawancodec.h): the route's codec, else
/// the one of `uplink_message.version_ids` (brand_id, model_id). An uplink without payload
/// (MAC commands only) is a sign of life. `kind` is WasteContainer for bin-fill sensors.
/// Observation time: `uplink_message.received_at`, else the message's `received_at`.
///
/// A join (`join_accept`) is a device-health event: an entity without values, observed at
/// `join_accept.received_at`. Downlink events (`downlink_ack`, `_nack`, `_sent`, `_failed`,
/// `_queued`, `downlinks`) are refused with `notAnUplink`; other events (`location_solved`,
/// `service_data`…) with `unsupportedEvent`. When the topic names a device, it must be the
/// body's `end_device_ids.device_id` (`deviceMismatch`).
///
/// Errors (docs/ingest.md): emptyPayload, invalidEncoding, invalidJson, notAnUplink,
/// unsupportedEvent, missingField, missingDevEui, invalidDevEui, deviceMismatch, invalidTime,
/// invalidBase64, unknownCodec, invalidValue, and the codecs' wrongPort, truncatedFrame,
/// unknownChannel, invalidFrame, unknownFrame. Not thread-safe (parse buffers).
///
/// Source: TheThingsIndustries/lorawan-stack-docs, integrations/data-formats and
/// integrations/other-integrations/mqtt.
class TtnDecoder final : public PayloadDecoder
{
public:
    /// `codec`: the route's codec (DecoderRoute::codec), nullptr to choose per uplink.
    explicit TtnDecoder(DecoderOptions options = {}, const lorawan::LorawanCodec *codec = nullptr);
    ~TtnDecoder() override;

    QString name() const override { return QStringLiteral("ttn"); }
    Result<QVector<DecodedEntity>> decode(const RawMessage &message) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vigie
