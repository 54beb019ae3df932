#pragma once

#include "domain/assetkind.h"
#include "domain/result.h"
#include "rawmessage.h"

#include <QString>
#include <QTimeZone>
#include <QVector>

#include <limits>

namespace vigie {

/// \brief One attribute value a decoder understood, in Vigie's units.
struct DecodedValue
{
    QString quantity;          ///< Smart Data Models attribute name.
    double number = std::numeric_limits<double>::quiet_NaN();
    QString text;
    QString unitCode;          ///< UN/CEFACT.
    qint64 observedAtMs = 0;   ///< From the attribute itself (NGSI-LD observedAt); 0 = not given.
};

/// \brief One entity a payload described.
struct DecodedEntity
{
    QString id;                ///< As given (URN or NGSI v2 id).
    AssetKind kind = AssetKind::Streetlight;
    QVector<DecodedValue> values;
    qint64 observedAtMs = 0;   ///< Entity-level observation time; 0 = not given.
    bool hasLocation = false;
    double lon = 0;            ///< EPSG:4326 degrees.
    double lat = 0;
};

/// \brief Turns the payload of a RawMessage into entities, or says why it cannot.
///
/// A decoder is strict: a message with any value it cannot trust (wrong type, outside the
/// model's range or enum, impossible time) is refused as a whole, with an Error whose code
/// becomes the quarantine reason code. Not thread-safe: one instance per thread (decoders
/// keep parse buffers).
class PayloadDecoder
{
public:
    virtual ~PayloadDecoder() = default;
    /// Short name, e.g. "fiware".
    virtual QString name() const = 0;
    /// Error codes: see docs/ingest.md.
    virtual Result<QVector<DecodedEntity>> decode(const RawMessage &message) = 0;
};

} // namespace vigie
