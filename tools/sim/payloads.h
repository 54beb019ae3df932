#pragma once

#include "domain/assetkind.h"

#include <QByteArray>
#include <QString>

#include <limits>
#include <optional>

/// \file
/// \brief FIWARE Smart Data Models NGSI-LD payloads, valid and deliberately broken.
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

/// `--format`: one form for every message, or alternating (Normalized first).
enum class PayloadFormat : quint8 { Normalized, KeyValues, Mixed };

/// Parses "normalized", "keyvalues" or "mixed" (case-insensitive). Empty if unknown.
std::optional<PayloadFormat> payloadFormatFromName(const QString &name);

/// \brief Ways a message can be wrong. Each one must be refused by vigie::FiwareDecoder,
/// or (UnknownEntityId) decode but bind to no asset of the pack.
enum class MalformedKind : quint8 {
    TruncatedJson,        ///< The payload cut in half.
    InvalidUtf8,          ///< Bytes 0xFF 0xFE inside the id string.
    PlainText,            ///< A line of text, not JSON.
    EmptyPayload,         ///< Zero bytes.
    FillingLevelPercent,  ///< fillingLevel 2–100 instead of a ratio (WasteContainer): an invalid reading.
    FillingLevelString,   ///< fillingLevel as text with a decimal comma, "0,57" (WasteContainer).
    StatusNotInEnum,      ///< status "broken" (lamp) or "full" (container).
    PowerStateUpperCase,  ///< powerState "ON" (Streetlight).
    MissingId,
    MissingType,
    UnknownEntityId,      ///< A well-formed entity whose id names no asset of the pack.
    ImpossibleDate,       ///< Observation time on 2024-02-30.
    LongitudeOutOfRange,  ///< location longitude 200.
};
inline constexpr int kMalformedKindCount = 13;

/// Stable camel-case name of a kind ("truncatedJson"…), for logs and tests.
QString malformedKindName(MalformedKind kind);

/// The asset kind a malformed kind needs (fillingLevel kinds need a container, the
/// powerState kind a lamp); empty when any asset will do.
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

/// ISO 8601 UTC with milliseconds and Z ("2024-06-21T19:42:03.120Z") of `utcMs`.
QByteArray isoUtc(qint64 utcMs);

/// MQTT topic `vigie/<cityId>/ngsi-ld/<Type>/<ref>`; '/', '+', '#' and '%' in the ref are
/// percent-encoded so the ref stays one topic level and never acts as a wildcard.
QByteArray topicFor(const QString &cityId, AssetKind kind, const QString &ref);

/// One NGSI-LD entity with status, powerState (lamps) or fillingLevel (containers, two
/// decimals), location and @context, observed at `observedAtMs` (UTC ms).
QByteArray entityPayload(const EntityReport &report, PayloadForm form, qint64 observedAtMs);

/// The payload entityPayload() would give, broken in the way `kind` says. For
/// UnknownEntityId the caller puts an id that is in no pack into `report.id`; the kinds that
/// need a given asset kind (malformedKindNeeds) expect a report of that kind.
QByteArray malformedPayload(MalformedKind kind, const EntityReport &report, PayloadForm form, qint64 observedAtMs);

} // namespace vigie::sim
