#include "fiwaredecoder.h"

#include "domain/assetstate.h"
#include "domain/quantity.h"
#include "jsontext.h"
#include "numbertext.h"
#include "timestamps.h"

#include <simdjson.h>

#include <QStringList>

#include <cmath>
#include <optional>

namespace vigie {

using namespace simdjson;
using namespace json;

struct FiwareDecoder::Private
{
    dom::parser parser;
    QTimeZone zone;
    double fillHeadroom = 1.2;
};

namespace {

/// A numeric attribute of a model: its physical range (outside it, an invalid reading) and unit.
struct NumberSpec
{
    std::string_view name;
    double min;
    double max;
    QLatin1String unit;
    const char *note;
    // Made once in models(): every DecodedValue shares them instead of allocating its own.
    QString quantity;
    QString unitCode;
};

/// An enumerated text attribute of a model and its values (empty: the asset kind's enum).
struct EnumSpec
{
    std::string_view name;
    QStringList values;
    QString quantity; ///< `name`, made once in models().
};

/// What Vigie reads of a Smart Data Models entity type. `kind` is set for the types that
/// are city assets; the others bind to an asset by their id like any entity, and are
/// otherwise `unknownEntity`.
struct ModelSpec
{
    std::string_view type;
    std::optional<AssetKind> kind;
    QVector<EnumSpec> enums;
    QVector<NumberSpec> numbers;
};

const QStringList kPowerStates{QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("low"), QStringLiteral("bootingUp")};

// dataModel.WasteManagement and dataModel.Streetlighting schemas. `fillingLevel`'s upper
// bound is DecoderOptions::fillHeadroom (an overfull bin reads a little above 1).
const QVector<ModelSpec> &models()
{
    static const QVector<ModelSpec> m = [] {
    QVector<ModelSpec> m{
        {"WasteContainer", AssetKind::WasteContainer, {{"status", {}}},
         {{"fillingLevel", 0.0, 1.0, unit::ratio, "Smart Data Models WasteContainer.fillingLevel is a ratio"},
          {"temperature", -60.0, 1500.0, unit::celsius, "degrees Celsius"},
          {"cargoWeight", 0.0, 100000.0, unit::kilogram, "kilograms"}}},
        {"Streetlight", AssetKind::Streetlight, {{"status", {}}, {"powerState", {}}}, {}},
        {"StreetlightGroup", std::nullopt, {{"powerState", kPowerStates}}, {}},
        {"StreetlightControlCabinet", std::nullopt,
         {{"workingMode", {QStringLiteral("automatic"), QStringLiteral("manual"), QStringLiteral("semiautomatic")}}},
         {{"energyConsumed", 0.0, 1e12, unit::kilowattHour, "kilowatt hours"},
          {"lastMeterReading", 0.0, 1e12, unit::kilowattHour, "kilowatt hours"},
          {"maximumPowerAvailable", 0.0, 1e6, unit::kilowatt, "kilowatts"},
          {"intensityR", 0.0, 1e4, unit::ampere, "amperes"},
          {"intensityS", 0.0, 1e4, unit::ampere, "amperes"},
          {"intensityT", 0.0, 1e4, unit::ampere, "amperes"}}},
        {"WasteObserved", std::nullopt, {},
         {{"weight", 0.0, 100000.0, unit::kilogram, "kilograms"},
          {"grossWeight", 0.0, 100000.0, unit::kilogram, "kilograms"},
          {"tareWeight", 0.0, 100000.0, unit::kilogram, "kilograms"}}},
    };
    for (ModelSpec &model : m) {
        for (EnumSpec &e : model.enums)
            e.quantity = qstr(e.name);
        for (NumberSpec &n : model.numbers) {
            n.quantity = qstr(n.name);
            n.unitCode = n.unit;
        }
    }
    return m;
    }();
    return m;
}

/// An attribute after unwrapping the normalized forms.
struct Attr
{
    dom::element value;
    TimeInstant observedAt;
    bool present = false;
};

class EntityReader
{
public:
    EntityReader(const QTimeZone &zone, double fillHeadroom) : m_zone(zone), m_fillHeadroom(fillHeadroom) {}

    Result<DecodedEntity> read(dom::element e, const QString &where);

private:
    Result<Attr> attribute(dom::object entity, std::string_view name, const QString &where) const;
    /// `where()` names the value in an error: built only when there is one.
    template<typename Where>
    Result<TimeInstant> timeOf(dom::element e, const Where &where) const;
    Result<TimeInstant> entityTime(dom::object entity, const QString &where) const;
    Status readLocation(dom::element e, const QString &where, DecodedEntity *out) const;
    Status readNumber(dom::object entity, const NumberSpec &spec, const QString &where, DecodedEntity *out) const;
    Status readEnum(dom::object entity, const EnumSpec &spec, const QString &where, DecodedEntity *out) const;

    const QTimeZone &m_zone;
    double m_fillHeadroom;
};

template<typename Where>
Result<TimeInstant> EntityReader::timeOf(dom::element e, const Where &where) const
{
    if (e.type() == dom::element_type::OBJECT) {
        dom::element inner;
        if (e.get_object().at_key("@value").get(inner) == SUCCESS)
            return timeOf(inner, where);
    }
    if (e.type() == dom::element_type::STRING) {
        auto t = parseIsoTimestamp(qstr(std::string_view(e)), m_zone);
        if (!t)
            return jsonError(t.error().code.toLatin1().constData(), where(), t.error().message);
        return t;
    }
    if (isNumber(e)) {
        auto t = epochToMs(double(e));
        if (!t)
            return jsonError("invalidTime", where(), t.error().message);
        return TimeInstant{t.value()};
    }
    return jsonError("invalidTime", where(), QStringLiteral("expected a date-time, got %1").arg(describeJson(e)));
}

Result<Attr> EntityReader::attribute(dom::object entity, std::string_view name, const QString &where) const
{
    Attr attr;
    dom::element raw;
    if (entity.at_key(name).get(raw) != SUCCESS)
        return attr;
    attr.present = true;
    attr.value = raw;
    if (raw.type() != dom::element_type::OBJECT)
        return attr; // keyValues
    dom::object o = raw.get_object();
    dom::element type;
    dom::element inner;
    // Normalized forms: NGSI-LD {"type": "Property", "value": …, "observedAt": …},
    // {"type": "Relationship", "object": …}; NGSI v2 {"type": "Number", "value": …, "metadata": …}.
    if (o.at_key("type").get(type) != SUCCESS || type.type() != dom::element_type::STRING)
        return attr;
    if (o.at_key("value").get(inner) != SUCCESS && o.at_key("object").get(inner) != SUCCESS)
        return attr; // a keyValues GeoJSON geometry also has "type"
    attr.value = inner;
    dom::element observed;
    if (o.at_key("observedAt").get(observed) == SUCCESS) {
        auto t = timeOf(observed, [&] { return jsonPath(jsonPath(where, name), "observedAt"); });
        if (!t)
            return t.error();
        attr.observedAt = t.value();
    } else if (o.at_pointer("/metadata/TimeInstant/value").get(observed) == SUCCESS) {
        auto t = timeOf(observed, [&] { return jsonPath(jsonPath(where, name), "metadata.TimeInstant"); });
        if (!t)
            return t.error();
        attr.observedAt = t.value();
    }
    return attr;
}

Result<TimeInstant> EntityReader::entityTime(dom::object entity, const QString &where) const
{
    for (std::string_view name : {"dateObserved", "observationDateTime", "timeInstant"}) {
        auto attr = attribute(entity, name, where);
        if (!attr)
            return attr.error();
        if (!attr->present)
            continue;
        auto t = timeOf(attr->value, [&] { return jsonPath(where, name); });
        if (!t)
            return t.error();
        return t.value();
    }
    return TimeInstant{};
}

Status EntityReader::readLocation(dom::element e, const QString &where, DecodedEntity *out) const
{
    dom::object geometry;
    if (e.get_object().get(geometry) != SUCCESS)
        return jsonError("invalidValue", where, QStringLiteral("expected a GeoJSON geometry, got %1").arg(describeJson(e)));
    std::string_view type;
    if (geometry.at_key("type").get_string().get(type) != SUCCESS)
        return jsonError("invalidValue", where, QStringLiteral("a GeoJSON geometry needs a \"type\""));
    dom::array coordinates;
    if (geometry.at_key("coordinates").get_array().get(coordinates) != SUCCESS)
        return jsonError("invalidValue", where, QStringLiteral("a GeoJSON geometry needs \"coordinates\""));
    if (type != "Point")
        return {}; // kept in the raw log; assets do not move with their geometry
    double lonLat[2];
    std::size_t n = 0;
    for (dom::element c : coordinates) {
        if (!isNumber(c))
            return jsonError("invalidValue", where, QStringLiteral("coordinates must be numbers"));
        if (n < 2)
            lonLat[n] = double(c);
        ++n;
    }
    if (n < 2 || n > 3)
        return jsonError("invalidValue", where, QStringLiteral("a Point has 2 or 3 coordinates, not %1").arg(n));
    if (!(std::abs(lonLat[0]) <= 180) || !(std::abs(lonLat[1]) <= 90))
        return jsonError("invalidValue", where,
                    QStringLiteral("(%1, %2) is not a longitude, latitude pair in degrees (EPSG:4326)").arg(lonLat[0]).arg(lonLat[1]));
    out->hasLocation = true;
    out->lon = lonLat[0];
    out->lat = lonLat[1];
    return {};
}

Status EntityReader::readNumber(dom::object entity, const NumberSpec &spec, const QString &where, DecodedEntity *out) const
{
    auto attr = attribute(entity, spec.name, where);
    if (!attr)
        return attr.error();
    if (!attr->present)
        return {};
    const auto at = [&] { return jsonPath(where, spec.name); }; // for errors only
    if (attr->value.type() == dom::element_type::NULL_VALUE)
        return {}; // NGSI "no value": nothing observed
    double v = 0;
    if (isNumber(attr->value)) {
        v = double(attr->value);
    } else if (attr->value.type() == dom::element_type::STRING) {
        auto number = numberFromText(qstr(std::string_view(attr->value)));
        if (!number)
            return jsonError("invalidValue", at(), number.error().message);
        v = number.value();
    } else {
        return jsonError("invalidValue", at(), QStringLiteral("expected a number, got %1").arg(describeJson(attr->value)));
    }
    const double max = spec.name == "fillingLevel" ? m_fillHeadroom : spec.max;
    DecodedValue value;
    value.quantity = spec.quantity;
    value.number = v;
    value.unitCode = spec.unitCode;
    value.observedAtMs = attr->observedAt.ms;
    value.observedAtLaterMs = attr->observedAt.laterMs;
    if (!std::isfinite(v) || v < spec.min || v > max)
        value.invalidReason = QStringLiteral("%1: %2 is outside %3–%4 (%5)").arg(at()).arg(v).arg(spec.min).arg(max).arg(QLatin1String(spec.note));
    out->values << std::move(value);
    return {};
}

Status EntityReader::readEnum(dom::object entity, const EnumSpec &spec, const QString &where, DecodedEntity *out) const
{
    const std::string_view name = spec.name;
    auto attr = attribute(entity, name, where);
    if (!attr)
        return attr.error();
    if (!attr->present || attr->value.type() == dom::element_type::NULL_VALUE)
        return {};
    const auto at = [&] { return jsonPath(where, name); }; // for errors only
    if (attr->value.type() != dom::element_type::STRING)
        return jsonError("invalidValue", at(), QStringLiteral("expected text, got %1").arg(describeJson(attr->value)));
    const QString text = qstr(std::string_view(attr->value));
    const QString &quantity = spec.quantity;
    const bool known = spec.values.isEmpty() ? isKnownEnumValue(*out->kind, quantity, text) : spec.values.contains(text);
    if (!known)
        return jsonError("invalidValue", at(),
                    QStringLiteral("\"%1\" is not a %2 value (expected one of: %3)")
                        .arg(elide(text, 40), quantity,
                             spec.values.isEmpty() ? enumValues(*out->kind, quantity) : spec.values.join(QStringLiteral(", "))));
    DecodedValue value;
    value.quantity = quantity;
    value.text = text;
    value.observedAtMs = attr->observedAt.ms;
    value.observedAtLaterMs = attr->observedAt.laterMs;
    out->values << std::move(value);
    return {};
}

Result<DecodedEntity> EntityReader::read(dom::element e, const QString &where)
{
    dom::object entity;
    if (e.get_object().get(entity) != SUCCESS)
        return jsonError("notAnEntity", where, QStringLiteral("expected an entity object, got %1").arg(describeJson(e)));

    DecodedEntity out;
    std::string_view id;
    std::string_view type;
    dom::element geometry;
    bool hasGeometry = false;
    bool feature = false;
    if (entity.at_key("type").get_string().get(type) == SUCCESS && type == "Feature") {
        // GeoJSON representation (NGSI-LD §4.5.16): attributes under "properties".
        feature = true;
        hasGeometry = entity.at_key("geometry").get(geometry) == SUCCESS;
        dom::element idElement;
        if (entity.at_key("id").get(idElement) == SUCCESS && idElement.is_string())
            id = std::string_view(idElement);
        if (entity.at_key("properties").get_object().get(entity) != SUCCESS)
            return jsonError("notAnEntity", where, QStringLiteral("a GeoJSON Feature entity needs \"properties\""));
        if (entity.at_key("type").get_string().get(type) != SUCCESS)
            type = {};
    }
    if (id.empty() && (entity.at_key("id").get_string().get(id) != SUCCESS || id.empty()))
        return jsonError("missingId", where, QStringLiteral("the entity has no \"id\""));
    if (qstr(id).trimmed().isEmpty())
        return jsonError("missingId", where, QStringLiteral("the entity's \"id\" is blank"));
    if (type.empty())
        return jsonError("missingType", where, QStringLiteral("the entity %1 has no \"type\"").arg(elide(qstr(id), 120)));
    out.id = qstr(id);

    // Expanded IRIs (https://smartdatamodels.org/dataModel.WasteManagement/WasteContainer).
    const std::size_t cut = type.find_last_of("/#");
    const QString typeName = qstr(cut == std::string_view::npos ? type : type.substr(cut + 1));
    const ModelSpec *model = nullptr;
    for (const ModelSpec &m : models()) {
        if (typeName == qstr(m.type))
            model = &m;
    }
    if (!model) {
        QStringList known;
        for (const ModelSpec &m : models())
            known << qstr(m.type);
        return jsonError("unsupportedType", where, QStringLiteral("entity type \"%1\" is not handled (expected one of: %2)")
                                                  .arg(elide(qstr(type), 80), known.join(QStringLiteral(", "))));
    }
    out.kind = model->kind;

    auto when = entityTime(entity, where);
    if (!when)
        return when.error();
    out.observedAtMs = when->ms;
    out.observedAtLaterMs = when->laterMs;

    if (feature && hasGeometry && geometry.type() == dom::element_type::OBJECT) {
        dom::element unwrapped;
        if (geometry.get_object().at_key("value").get(unwrapped) == SUCCESS)
            geometry = unwrapped; // "geometry": {"type": "GeoProperty", "value": {...}}
        if (auto s = readLocation(geometry, jsonPath(where, "geometry"), &out); !s)
            return s.error();
    } else {
        auto location = attribute(entity, "location", where);
        if (!location)
            return location.error();
        if (location->present && location->value.type() != dom::element_type::NULL_VALUE) {
            if (auto s = readLocation(location->value, jsonPath(where, "location"), &out); !s)
                return s.error();
        }
    }

    for (const EnumSpec &spec : model->enums) {
        if (auto s = readEnum(entity, spec, where, &out); !s)
            return s.error();
    }
    for (const NumberSpec &spec : model->numbers) {
        if (auto s = readNumber(entity, spec, where, &out); !s)
            return s.error();
    }
    if (model->kind != AssetKind::WasteContainer)
        return out;
    if (out.observedAtMs == 0) {
        // WasteContainer.binLoggedTime: "time when the bin's level was last logged".
        auto logged = attribute(entity, "binLoggedTime", where);
        if (!logged)
            return logged.error();
        if (logged->present) {
            auto t = timeOf(logged->value, [&] { return jsonPath(where, "binLoggedTime"); });
            if (!t)
                return t.error();
            out.observedAtMs = t->ms;
            out.observedAtLaterMs = t->laterMs;
        }
    }
    return out;
}

} // namespace

FiwareDecoder::FiwareDecoder(DecoderOptions options)
    : d(std::make_unique<Private>())
{
    d->zone = options.zone.isValid() ? options.zone : QTimeZone::utc();
    d->fillHeadroom = options.fillHeadroom;
}

FiwareDecoder::~FiwareDecoder() = default;

Result<QVector<DecodedEntity>> FiwareDecoder::decode(const RawMessage &message)
{
    if (message.payload.trimmed().isEmpty())
        return parseError(EMPTY);
    dom::element root;
    if (auto error = d->parser.parse(message.payload.constData(), std::size_t(message.payload.size())).get(root))
        return parseError(error);

    // Where the entities are: a single entity, an array, a notification's "data", or a
    // FeatureCollection's "features".
    dom::array list;
    QString listName;
    bool isList = false;
    if (root.type() == dom::element_type::ARRAY) {
        list = root.get_array();
        isList = true;
    } else if (root.type() == dom::element_type::OBJECT) {
        dom::object o = root.get_object();
        if (o.at_key("data").get_array().get(list) == SUCCESS) {
            isList = true;
            listName = QStringLiteral("data");
        } else if (o.at_key("features").get_array().get(list) == SUCCESS) {
            isList = true;
            listName = QStringLiteral("features");
        }
    } else {
        return jsonError("notAnEntity", {}, QStringLiteral("expected a JSON object or array, got %1").arg(describeJson(root)));
    }

    EntityReader reader(d->zone, d->fillHeadroom);
    QVector<DecodedEntity> entities;
    if (!isList) {
        auto entity = reader.read(root, {});
        if (!entity)
            return entity.error();
        entities << std::move(entity).value();
        return entities;
    }
    int i = 0;
    for (dom::element e : list) {
        auto entity = reader.read(e, QStringLiteral("%1[%2]").arg(listName).arg(i++));
        if (!entity)
            return entity.error();
        entities << std::move(entity).value();
    }
    if (entities.isEmpty())
        return jsonError("notAnEntity", listName, QStringLiteral("the list holds no entity"));
    return entities;
}

} // namespace vigie
