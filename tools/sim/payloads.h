#pragma once

#include "domain/assetkind.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <limits>
#include <optional>

/// \file
/// \brief Wire formats and malformed kinds; FIWARE Smart Data Models NGSI-LD payloads, valid
/// and deliberately broken. (LoRaWAN: lorawanpayloads.h; integrator JSON: jsonpayloads.h.)
///
/// Sources: ETSI GS CIM 009 (NGSI-LD API) §4.5 for the normalized and keyValues (concise)
/// representations; smart-data-models dataModel.Streetlighting `Streetlight` and
/// dataModel.WasteManagement `WasteContainer` schemas for attributes and enums. All
/// functions are pure; any thread.
namespace vigie::sim {

/// Representation of one NGSI-LD entity.
enum class PayloadForm : quint8 {
    Normalized, ///< Each attribute is {"type":"Property","value":…,"observedAt":…}.
    KeyValues,  ///< Attributes are bare values; the time is the entity's dateObserved.
};

/// `--ngsi-form`: one NGSI-LD form for every message, or alternating (Normalized first).
enum class PayloadFormat : quint8 { Normalized, KeyValues, Mixed };

/// Parses "normalized", "keyvalues" or "mixed" (case-insensitive). Empty if unknown.
std::optional<PayloadFormat> payloadFormatFromName(const QString &name);

/// \brief `--format`: what the city's sensors speak on the wire (docs/simulator.md).
enum class WireFormat : quint8 {
    NgsiLd,     ///< FIWARE Smart Data Models entities, NGSI-LD (Vigie route format `fiware`).
    Ttn,        ///< The Things Stack v3 uplinks of bin-fill sensors; lamps stay NGSI-LD.
    ChirpStack, ///< ChirpStack v4 `up` and `status` events of bin-fill sensors; lamps stay NGSI-LD.
    Json,       ///< The integrator JSON of resources/mappings (BinSense bins, LumiNet lamps).
};

/// Parses "ngsi-ld", "ttn", "chirpstack" or "json" (case-insensitive). Empty if unknown.
std::optional<WireFormat> wireFormatFromName(const QString &name);

/// \brief Ways a message can be wrong. Each one must be refused by the decoder of its format
/// (vigie::makeDecoder()), or (UnknownEntityId, UnboundDevice) decode but bind to no asset.
enum class MalformedKind : quint8 {
    TruncatedJson,        ///< The payload cut in half.
    InvalidUtf8,          ///< Bytes 0xFF 0xFE inside a string.
    PlainText,            ///< A line of text, not JSON.
    EmptyPayload,         ///< Zero bytes.
    FillingLevelPercent,  ///< fillingLevel 2–100 instead of a ratio (WasteContainer): an invalid reading.
    FillingLevelString,   ///< fillingLevel as text with a decimal comma, "0,57" (WasteContainer).
    StatusNotInEnum,      ///< status "broken" (lamp) or "full" (container); JSON: a word or code the mapping does not know.
    PowerStateUpperCase,  ///< powerState "ON" (Streetlight).
    MissingId,            ///< NGSI-LD: no `id`; JSON: no lamp id, or an empty topic level for the bin serial.
    MissingType,
    UnknownEntityId,      ///< A well-formed message whose id names no asset of the pack.
    ImpossibleDate,       ///< Observation time on 2024-02-30.
    LongitudeOutOfRange,  ///< location longitude 200.
    // LoRaWAN (ttn, chirpstack), on bin-fill sensor uplinks:
    InvalidBase64,        ///< frm_payload / data with its last two characters cut.
    WrongPort,            ///< fPort 0 (MAC commands) with an application payload.
    TruncatedFrame,       ///< The frame without its last bytes.
    InvalidDevEui,        ///< A DevEUI that is not 16 hex digits, in the body and the topic.
    MissingDevice,        ///< No `end_device_ids` (TTN) / `deviceInfo` (ChirpStack).
    DeviceMismatch,       ///< The topic names another device than the body.
    UnboundDevice,        ///< A well-formed uplink from a DevEUI the pack's devices.csv does not list.
    // Integrator JSON:
    DecimalComma,         ///< BinSense fill_pct "57,5" (WasteContainer).
};

/// The kinds `format` cycles through, in order (docs/simulator.md, "Malformed messages").
const QVector<MalformedKind> &malformedKinds(WireFormat format);

/// Stable camel-case name of a kind ("truncatedJson"…), for logs and tests.
QString malformedKindName(MalformedKind kind);

/// The asset kind a malformed kind needs (fillingLevel and LoRaWAN kinds need a container,
/// the powerState kind a lamp); empty when any asset will do.
std::optional<AssetKind> malformedKindNeeds(MalformedKind kind);

/// \brief What one message says about one asset.
struct EntityReport
{
    AssetKind kind = AssetKind::Streetlight;
    QString id;          ///< NGSI-LD URN.
    double lon = 0;      ///< EPSG:4326 degrees.
    double lat = 0;
    QString status;      ///< Smart Data Models enum value.
    QString powerState;  ///< Streetlight only: "on" or "off".
    double fillingLevel = std::numeric_limits<double>::quiet_NaN(); ///< WasteContainer only: ratio 0–1.
};

/// \brief A topic and its payload.
struct WireMessage
{
    QByteArray topic;
    QByteArray payload;
};

/// `ref` as one MQTT topic level: '/', '+', '#' and '%' percent-encoded, so the ref never
/// splits the topic or acts as a wildcard.
QByteArray topicLevel(const QString &ref);

/// The JSON string literal of `utf8` (quotes, escapes for '"', '\\' and control characters).
/// Bytes are copied as they are, so invalid UTF-8 stays invalid.
QByteArray jsonString(const QByteArray &utf8);
QByteArray jsonString(const QString &text);

/// ISO 8601 UTC with milliseconds and Z ("2024-06-21T19:42:03.120Z") of `utcMs`.
QByteArray isoUtc(qint64 utcMs);

/// MQTT topic `vigie/<cityId>/ngsi-ld/<Type>/<ref>`, the ref as topicLevel().
QByteArray topicFor(const QString &cityId, AssetKind kind, const QString &ref);

/// One NGSI-LD entity with status, powerState (lamps) or fillingLevel (containers, two
/// decimals), location and @context, observed at `observedAtMs` (UTC ms).
QByteArray entityPayload(const EntityReport &report, PayloadForm form, qint64 observedAtMs);

/// The payload entityPayload() would give, broken in the way `kind` says; `kind` is one of
/// malformedKinds(WireFormat::NgsiLd). For UnknownEntityId the caller puts an id that is in
/// no pack into `report.id`; the kinds that need a given asset kind (malformedKindNeeds)
/// expect a report of that kind.
QByteArray malformedPayload(MalformedKind kind, const EntityReport &report, PayloadForm form, qint64 observedAtMs);

} // namespace vigie::sim
