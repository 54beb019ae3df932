#pragma once

#include "domain/result.h"
#include "ingest/payloaddecoder.h"

#include <QByteArrayView>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

/// \file
/// \brief LoRaWAN payload codecs for fill-level sensors and GNSS trackers: FRMPayload bytes +
/// fPort → readings.
///
/// Every function here is pure (no state, no I/O) and may run on any thread.
/// Codecs decode into a BinSensorReading in the sensor's own units, exactly as the vendor's
/// codec reports them; lorawanValues() then turns a reading into DecodedValues in Vigie's
/// units (domain/quantity.h). A vendor decoder's output (TTN `decoded_payload`, ChirpStack
/// `object`) is read into the same BinSensorReading by readVendorFields(), so a frame decoded
/// by Vigie and the same frame decoded upstream give the same values.
///
/// Sources: TheThingsNetwork/lorawan-devices `vendor/milesight-iot/em310-udl.js`,
/// `em400-udl` codec YAML, `vendor/dingtek/df702.js`, `df703-codec.yaml`, `df555-codec.yaml`;
/// Milesight-IoT/SensorDecoders EM310-UDL, EM400-UDL and AT101 payload definitions;
/// cndingtek/Chirpstack_codec DF555, DF703 scripts.
namespace vigie::lorawan {

/// \brief What one frame says, in the sensor's own units (unset: the frame does not say).
struct BinSensorReading
{
    std::optional<double> distanceMm;      ///< Sensor → surface (waste), millimetres.
    std::optional<double> batteryPercent;  ///< 0–100.
    std::optional<double> temperatureC;
    std::optional<double> tiltDeg;         ///< Dingtek: inclination angle, signed degrees.
    std::optional<bool> tilted;            ///< Milesight position "tilt" (≥ 20°), Dingtek fall alarm.
                                           ///< (AT101: the tracker's own tilt sensor.)
    std::optional<bool> fireAlarm;
    std::optional<bool> fullAlarm;         ///< The device's own full threshold was crossed.
    std::optional<bool> batteryAlarm;      ///< The device's own low-battery threshold.
    std::optional<bool> distanceAlarm;     ///< EM400-UDL threshold alarm.
    std::optional<bool> temperatureAlarm;  ///< EM400-UDL threshold alarm.
    bool hasLocation = false;
    double lon = 0;                        ///< Dingtek GPS, AT101 GNSS: EPSG:4326 degrees.
    double lat = 0;

    // Settings, reported by Dingtek parameter frames (frame type 0x03).
    QString firmwareVersion;
    std::optional<double> reportIntervalH;
    std::optional<double> detectionIntervalMin;
    std::optional<double> fullThresholdCm;
    std::optional<double> fireThresholdC;
    std::optional<double> tiltThresholdDeg;
    std::optional<bool> tiltAlarmEnabled;
    std::optional<double> measurementRangeMm; ///< DF702 ultrasonic range (2000 or 5000 mm).
};

/// \brief One field of a vendor decoder's output (a JSON member, reduced to what codecs read).
struct VendorField
{
    enum class Type { Number, Text, Bool, Null, Other };

    QString key;
    Type type = Type::Null;
    double number = 0;
    QString text;
    bool flag = false;
};

/// Decodes one uplink frame. Errors: see LorawanCodec.
using FrameDecoder = Result<BinSensorReading> (*)(int fPort, QByteArrayView frame);

/// \brief One supported device model.
struct LorawanCodec
{
    QLatin1String name;     ///< Codec name used by DecoderRoute::codec, e.g. "dingtek-df703".
    QLatin1String brandId;  ///< TTN device repository vendor id (uplink version_ids.brand_id).
    QLatin1String modelId;  ///< TTN device repository model id (version_ids.model_id).
    /// True for waste-bin fill sensors: their entity is an AssetKind::WasteContainer.
    bool binFill = false;
    FrameDecoder decode = nullptr;
};

/// Every codec, in a stable order. Any thread.
const QVector<LorawanCodec> &lorawanCodecs();
/// Codec names, for messages and settings dialogs.
QStringList lorawanCodecNames();
/// The codec named `name` (case-insensitive), or nullptr.
const LorawanCodec *findLorawanCodec(QStringView name);
/// The codec of a TTN device repository model (`version_ids`), or nullptr. Case-insensitive.
const LorawanCodec *lorawanCodecForModel(QStringView brandId, QStringView modelId);
/// \brief The codec a ChirpStack device-profile name designates, or nullptr.
///
/// Profile names are free text: the name matches a model when, ignoring case and every
/// character but letters and digits, it contains the model id ("Milesight EM310-UDL EU868"
/// → em310udl). A name containing two models' ids designates none.
const LorawanCodec *lorawanCodecForProfile(QStringView profileName);

/// \brief Reads the output of the vendor's own decoder for `codec` into a reading.
///
/// Keys are the vendor's (Milesight `distance` mm, `battery` %, `position`; Dingtek `level`
/// mm, `alarmFire`…; DF702 strings with units such as "2000 mm"). Numbers may come as JSON
/// numbers or as strings holding a C-locale number, optionally followed by the unit the
/// vendor's codec appends; a decimal comma ("12,5"), "NaN", "Infinity" and empty strings are
/// refused. Booleans may be JSON booleans. Unknown keys are ignored (vendors add fields).
/// `codec` nullptr: only `temperature` (°C) is read, the one key every vendor means alike.
/// `where` prefixes error messages (the JSON path of the object).
/// Errors: `invalidValue` naming the key.
Result<BinSensorReading> readVendorFields(const LorawanCodec *codec, const QVector<VendorField> &fields,
                                          const QString &where);

/// \brief A reading in Vigie's units, ready for a DecodedEntity.
struct LorawanValues
{
    QVector<DecodedValue> values;
    bool hasLocation = false;
    double lon = 0;
    double lat = 0;
};

/// \brief Converts a reading to Vigie's quantities and units (domain/quantity.h).
///
/// distance mm → metres; battery % → ratio 0–1; the alarms become WasteContainer `status`:
/// fire → `burning`, tilt/fall → `dropped` (a bin knocked over and a lid opened with the
/// sensor on it read alike), neither → `ok`; fire wins over a fall. Full, battery, distance
/// and temperature alarms are 0/1 flags. Readings the sensor cannot have measured come back
/// with DecodedValue::invalidReason: a distance of 0xFFFF mm (no echo) or beyond 10 m (no
/// bin sensor reaches that far), a battery outside 0–100 %, a temperature outside
/// −60…1500 °C, a tilt beyond ±180°. A GPS position outside EPSG:4326 or within 1e-5° of
/// (0, 0) (no fix; the vendors' decoders turn an AT101's 0xFFFFFFFF into −0.000001°) is
/// dropped. All times are left 0: the caller knows the uplink's time.
LorawanValues lorawanValues(const BinSensorReading &reading);

/// \brief Strict base64 (RFC 4648 §4, padding required), as TTN and ChirpStack send
/// FRMPayloads. Returns nullopt for anything else, including a truncated string.
std::optional<QByteArray> decodeBase64(QByteArrayView text);

// Frame decoders, also reachable through lorawanCodecs(). Errors: `wrongPort` (fPort 0
// carries MAC commands, 224–255 are reserved; Dingtek uplinks use fPort 3), `truncatedFrame`,
// `unknownChannel` (Milesight), `invalidFrame` (Dingtek: not 0x80 … 0x81, length byte wrong),
// `unknownFrame` (Dingtek: a frame type or length the vendor's codec does not decode).

/// Milesight EM310-UDL: channels battery (01 75), distance (03 82, uint16 LE mm), position
/// (04 00), plus device information and downlink acknowledgements (FF/FE …), skipped.
/// Milesight's application port is configurable (85 by default): any fPort 1–223 is accepted.
Result<BinSensorReading> decodeMilesightEm310Udl(int fPort, QByteArrayView frame);
/// Milesight EM400-UDL: battery (01 75), temperature (03 67, int16 LE 0.1 °C), distance
/// (04 82), position (05 00), temperature and distance alarms (83 67, 84 82).
Result<BinSensorReading> decodeMilesightEm400Udl(int fPort, QByteArrayView frame);
/// Milesight AT101 GNSS tracker: battery (01 75), temperature (03 67; 83 67 adds an alarm
/// byte), location (04 88 and the alarm report 84 88: latitude and longitude int32 LE in
/// 1e-6°, then a motion/geofence status byte, not carried over; both 0xFFFFFFFF: no fix),
/// position (05 00, 1 = tilt), plus Wi-Fi scans (06 D9), tamper (07 00), history (20 CE),
/// device information and downlink acknowledgements (FF/FE …), skipped. Any fPort 1–223.
Result<BinSensorReading> decodeMilesightAt101(int fPort, QByteArrayView frame);
/// Dingtek DF702 (fPort 3): heartbeat 17 bytes, GPS heartbeat 25 bytes, parameters 25 bytes.
Result<BinSensorReading> decodeDingtekDf702(int fPort, QByteArrayView frame);
/// Dingtek DF703 (fPort 3): same frames as the DF702; the parameter frame has no range byte.
Result<BinSensorReading> decodeDingtekDf703(int fPort, QByteArrayView frame);
/// Dingtek DF555 (fPort 3): heartbeat and parameters 17 bytes, GPS heartbeat 25 bytes; no
/// fire, fall or angle.
Result<BinSensorReading> decodeDingtekDf555(int fPort, QByteArrayView frame);

} // namespace vigie::lorawan
