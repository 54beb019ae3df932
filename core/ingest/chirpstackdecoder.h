#pragma once

#include "payloaddecoder.h"

#include <memory>

namespace vigie {

namespace lorawan {
struct LorawanCodec;
}

/// \brief Decodes ChirpStack v4 integration events (MQTT or HTTP integration JSON).
///
/// Topic `application/{application id}/device/{DevEUI}/event/{event}`; on another topic (an
/// HTTP integration relayed as is) the event is told by the body's members. `deviceId` is
/// `deviceInfo.devEui` as 16 lower-case hex digits; the topic's DevEUI must be the same
/// (`deviceMismatch`). Observation time: the event's `time`.
///
/// - `up`: values from `object` (the device profile's codec output) when it is a non-empty
///   object, else from `data` (base64) and `fPort` through a LoRaWAN codec: the route's,
///   else the one `deviceInfo.deviceProfileName` names (lorawanCodecForProfile()). Without
///   `data` (MAC commands only): a sign of life. `kind` is WasteContainer for bin-fill sensors.
/// - `status`: device health. `batteryLevel` (%) → batteryLevel ratio 0–1 (Smart Data Models
///   Device), unless `batteryLevelUnavailable` or `externalPowerSource`; `margin` → linkMargin
///   in dB (LoRaWAN DevStatusAns). Absent members are not observed (protobuf JSON leaves out
///   zeros, so an absent battery is not read as 0 %).
/// - `join`: device health, an entity without values (the device is alive, it rejoined).
/// - `location`: the resolved position as the entity's location, without values.
/// - `ack`, `txack`: downlink events, refused with `notAnUplink`.
/// - `log`: refused with `networkLog`, the quarantine keeping ChirpStack's level, code and
///   description (e.g. a MIC error: wrong keys) for the operator.
/// - `integration` and anything else: `unsupportedEvent`.
///
/// Errors (docs/ingest.md): emptyPayload, invalidEncoding, invalidJson, notAnUplink,
/// networkLog, unsupportedEvent, missingField, missingDevEui, invalidDevEui, deviceMismatch,
/// invalidTime, invalidBase64, unknownCodec, invalidValue, and the codecs' errors. Not
/// thread-safe (parse buffers).
///
/// Source: chirpstack/chirpstack-docs, integrations/events.md and integrations/mqtt.md.
class ChirpStackDecoder final : public PayloadDecoder
{
public:
    /// `codec`: the route's codec (DecoderRoute::codec), nullptr to choose per event.
    explicit ChirpStackDecoder(DecoderOptions options = {}, const lorawan::LorawanCodec *codec = nullptr);
    ~ChirpStackDecoder() override;

    QString name() const override { return QStringLiteral("chirpstack"); }
    Result<QVector<DecodedEntity>> decode(const RawMessage &message) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vigie
