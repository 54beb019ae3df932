#pragma once

#include "domain/assetkind.h"
#include "domain/result.h"
#include "rawmessage.h"

#include <QString>
#include <QTimeZone>
#include <QVector>

#include <limits>
#include <memory>
#include <optional>

namespace vigie {

/// \brief One attribute value a decoder understood, in Vigie's units (see domain/quantity.h).
///
/// Exactly one of `number` (finite) and `text` (non-empty) carries the value. Times are UTC
/// milliseconds; `observedAtLaterMs` is the second reading of a local time in the repeated
/// autumn hour (see TimeInstant), 0 otherwise.
struct DecodedValue
{
    QString quantity;          ///< Smart Data Models attribute name.
    double number = std::numeric_limits<double>::quiet_NaN();
    QString text;
    QString unitCode;          ///< UN/CEFACT.
    qint64 observedAtMs = 0;   ///< From the attribute itself (NGSI-LD observedAt); 0 = not given.
    qint64 observedAtLaterMs = 0;
    /// Non-empty: the device sent a reading that cannot be true (outside the model's range,
    /// a sentinel such as 0xFFFF). It is kept in history as an invalid reading; the last valid
    /// value stays the current one, marked stale. `number` then holds what was sent.
    QString invalidReason;

    bool isValid() const { return invalidReason.isEmpty(); }
};

/// \brief One entity a payload described.
///
/// At least one of `id` and `deviceId` is set. `id` names an asset of the city pack (NGSI
/// entity id, or an id a mapping extracted); `deviceId` names the network device that sent
/// it (LoRaWAN DevEUI), which a DeviceBinding ties to an asset.
struct DecodedEntity
{
    QString id;                ///< As given (URN, NGSI v2 id or a city inventory id).
    QString deviceId;          ///< LoRaWAN DevEUI: 16 lower-case hex digits. Empty if none.
    std::optional<AssetKind> kind; ///< Unset when the payload does not say (LoRaWAN).
    QVector<DecodedValue> values;
    qint64 observedAtMs = 0;   ///< Entity-level observation time; 0 = not given.
    qint64 observedAtLaterMs = 0;
    bool hasLocation = false;
    double lon = 0;            ///< EPSG:4326 degrees.
    double lat = 0;
};

/// \brief What every decoder needs to know about the city it decodes for.
struct DecoderOptions
{
    /// Reads date-times that carry no offset (the city's zone).
    QTimeZone zone{"Europe/Paris"};
    /// Largest fillingLevel accepted as a true reading (ratio; an overfull bin reads above 1).
    double fillHeadroom = 1.2;
};

/// \brief Turns the payload of a RawMessage into entities, or says why it cannot.
///
/// A decoder is strict: a message it cannot trust as a whole (not the format, wrong types,
/// an impossible time, a value outside an enum) is refused with an Error whose code becomes
/// the quarantine reason code (docs/ingest.md). A numeric reading outside its physical range
/// is not a refusal: it is returned with DecodedValue::invalidReason set. NaN, infinities,
/// "nan" and empty strings are never returned as values. Not thread-safe: one instance per
/// thread (decoders keep parse buffers).
class PayloadDecoder
{
public:
    virtual ~PayloadDecoder() = default;
    /// Short name, e.g. "fiware".
    virtual QString name() const = 0;
    /// Error codes: see docs/ingest.md.
    virtual Result<QVector<DecodedEntity>> decode(const RawMessage &message) = 0;
};

using PayloadDecoderPtr = std::unique_ptr<PayloadDecoder>;

} // namespace vigie
