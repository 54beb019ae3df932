#pragma once

#include "ingest/jsontext.h"
#include "lorawancodec.h"

#include <QTimeZone>

#include <simdjson.h>

#include <optional>
#include <string_view>

/// \file
/// \brief What TtnDecoder and ChirpStackDecoder share: JSON helpers (simdjson DOM) and the
/// uplink-to-entity step. Internal to vigie_core (simdjson is a private dependency).
namespace vigie::lorawan {

using json::describeJson;
using json::jsonError;
using json::jsonPath;
using json::parseError;
using json::qstr;

/// Parses `payload` into an object. Errors: those of parseError(); `notAnUplink` when the
/// root is not an object (`what` names the expected message).
Result<simdjson::dom::object> parseObject(simdjson::dom::parser &parser, const QByteArray &payload, const char *what);

/// \brief A DevEUI as 16 lower-case hex digits. Errors: `missingDevEui` (absent or empty),
/// `invalidDevEui` (anything but 16 hex digits, e.g. with separators or 15 digits).
Result<QString> readDevEui(simdjson::dom::object parent, std::string_view key, const QString &where);

/// \brief The date-time member `key` of `parent` in UTC ms, 0 if absent or null.
/// Errors: `invalidTime`, `nonexistentLocalTime` (parseIsoTimestamp()), naming the path.
Result<qint64> readTime(simdjson::dom::object parent, std::string_view key, const QString &where, const QTimeZone &zone);

/// The members of a decoded-payload object, as readVendorFields() takes them.
QVector<VendorField> vendorFields(simdjson::dom::object decoded);

/// \brief The application payload of one uplink, as a network server delivered it.
struct UplinkPayload
{
    QString devEui;
    qint64 observedAtMs = 0;
    /// The network server's decoded payload (TTN decoded_payload, ChirpStack object); only a
    /// non-empty object counts (an empty one means its decoder produced nothing).
    std::optional<simdjson::dom::object> decoded;
    QString decodedPath;
    std::optional<std::string_view> base64; ///< FRMPayload (TTN frm_payload, ChirpStack data).
    QString base64Path;
    std::optional<int> fPort;
    QString fPortPath;
    const LorawanCodec *codec = nullptr;
    /// Why `codec` is nullptr, for the `unknownCodec` message.
    QString noCodecReason;
};

/// \brief The entity of one uplink: decoded payload if any, else FRMPayload through the
/// codec, else (MAC commands only) an entity without values, a sign of life.
/// Errors: `invalidBase64`, `missingField` (FRMPayload without fPort), `unknownCodec`, the
/// codec's own (prefixed with the path and codec name), readVendorFields()'s.
Result<DecodedEntity> uplinkEntity(const UplinkPayload &uplink);

} // namespace vigie::lorawan
