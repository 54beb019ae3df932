#include "lorawanjson.h"

#include "ingest/timestamps.h"

namespace vigie::lorawan {

using namespace simdjson;

Result<dom::object> parseObject(dom::parser &parser, const QByteArray &payload, const char *what)
{
    if (payload.trimmed().isEmpty())
        return parseError(EMPTY);
    dom::element root;
    if (auto error = parser.parse(payload.constData(), std::size_t(payload.size())).get(root))
        return parseError(error);
    if (root.type() != dom::element_type::OBJECT)
        return jsonError("notAnUplink", {},
                         QStringLiteral("expected %1 (a JSON object), got %2").arg(QLatin1String(what), describeJson(root)));
    return root.get_object().value();
}

Result<QString> readDevEui(dom::object parent, std::string_view key, const QString &where)
{
    const QString at = jsonPath(where, key);
    dom::element e;
    if (parent.at_key(key).get(e) != SUCCESS || e.is_null()
        || (e.is_string() && std::string_view(e).empty()))
        return jsonError("missingDevEui", at, QStringLiteral("the message names no DevEUI"));
    if (!e.is_string())
        return jsonError("invalidDevEui", at, QStringLiteral("expected 16 hex digits, got %1").arg(describeJson(e)));
    const QString text = qstr(std::string_view(e));
    bool hex = text.size() == 16;
    for (QChar c : text)
        hex = hex && ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
                      || (c >= QLatin1Char('A') && c <= QLatin1Char('F')));
    if (!hex)
        return jsonError("invalidDevEui", at,
                         QStringLiteral("\"%1\" is not a DevEUI (16 hex digits)").arg(elide(text, 40)));
    return text.toLower();
}

Result<qint64> readTime(dom::object parent, std::string_view key, const QString &where, const QTimeZone &zone)
{
    const QString at = jsonPath(where, key);
    dom::element e;
    if (parent.at_key(key).get(e) != SUCCESS || e.is_null())
        return qint64(0);
    if (!e.is_string())
        return jsonError("invalidTime", at, QStringLiteral("expected a date-time, got %1").arg(describeJson(e)));
    auto t = parseIsoTimestamp(qstr(std::string_view(e)), zone);
    if (!t)
        return jsonError(t.error().code.toLatin1().constData(), at, t.error().message);
    // Network servers stamp in UTC: a repeated local hour cannot occur, keep the first reading.
    return t->ms;
}

QVector<VendorField> vendorFields(dom::object decoded)
{
    QVector<VendorField> fields;
    for (auto [key, value] : decoded) {
        VendorField f;
        f.key = qstr(key);
        switch (value.type()) {
        case dom::element_type::INT64:
        case dom::element_type::UINT64:
        case dom::element_type::DOUBLE:
            f.type = VendorField::Type::Number;
            f.number = double(value);
            break;
        case dom::element_type::STRING:
            f.type = VendorField::Type::Text;
            f.text = qstr(std::string_view(value));
            break;
        case dom::element_type::BOOL:
            f.type = VendorField::Type::Bool;
            f.flag = bool(value);
            break;
        case dom::element_type::NULL_VALUE: f.type = VendorField::Type::Null; break;
        default: f.type = VendorField::Type::Other; break;
        }
        fields << f;
    }
    return fields;
}

Result<DecodedEntity> uplinkEntity(const UplinkPayload &uplink)
{
    DecodedEntity entity;
    entity.deviceId = uplink.devEui;
    entity.observedAtMs = uplink.observedAtMs;
    if (uplink.codec && uplink.codec->binFill)
        entity.kind = AssetKind::WasteContainer;

    BinSensorReading reading;
    if (uplink.decoded) {
        auto r = readVendorFields(uplink.codec, vendorFields(*uplink.decoded), uplink.decodedPath);
        if (!r)
            return r.error();
        reading = std::move(r).value();
    } else if (uplink.base64 && !uplink.base64->empty()) {
        const auto bytes = decodeBase64(QByteArrayView(uplink.base64->data(), qsizetype(uplink.base64->size())));
        if (!bytes)
            return jsonError("invalidBase64", uplink.base64Path,
                             QStringLiteral("\"%1\" is not base64 (RFC 4648, padded)").arg(elide(qstr(*uplink.base64), 60)));
        if (!uplink.fPort)
            return jsonError("missingField", uplink.fPortPath, QStringLiteral("a payload without its fPort cannot be decoded"));
        if (!uplink.codec)
            return jsonError("unknownCodec", uplink.base64Path,
                             uplink.noCodecReason + QStringLiteral("; name one in the route's codec (%1)")
                                                        .arg(lorawanCodecNames().join(QStringLiteral(", "))));
        auto r = uplink.codec->decode(*uplink.fPort, *bytes);
        if (!r)
            return Error{r.error().code, QStringLiteral("%1 (%2, %3): %4")
                                             .arg(uplink.base64Path, QLatin1String(uplink.codec->name),
                                                  elide(QString::fromLatin1(bytes->toHex()), 120), r.error().message)};
        reading = std::move(r).value();
    } else {
        return entity; // MAC commands only: a sign of life
    }
    LorawanValues values = lorawanValues(reading);
    entity.values = std::move(values.values);
    entity.hasLocation = values.hasLocation;
    entity.lon = values.lon;
    entity.lat = values.lat;
    return entity;
}

} // namespace vigie::lorawan
