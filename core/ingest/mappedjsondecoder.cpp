#include "mappedjsondecoder.h"

#include "jsontext.h"
#include "numbertext.h"

#include "domain/assetstate.h"
#include "domain/quantity.h"
#include "timestamps.h"

#include <QDateTime>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <simdjson.h>

#include <algorithm>
#include <cmath>

namespace vigie {

using namespace simdjson;
using namespace json;

namespace {

QString num(double v) { return QString::number(v, 'g', 12); }

/// Rounding room at a model bound: 120 % × 0.01 must not read as 1.2000000000000002 > 1.2.
double slack(double bound) { return std::isfinite(bound) ? 1e-9 * std::max(1.0, std::abs(bound)) : 0.0; }

/// "0–120", "≥ 0", "≤ 900".
QString rangeText(double min, double max)
{
    if (std::isinf(max))
        return QStringLiteral("≥ %1").arg(num(min));
    if (std::isinf(min))
        return QStringLiteral("≤ %1").arg(num(max));
    return QStringLiteral("%1–%2").arg(num(min), num(max));
}

/// The whole-number text of an integral JSON number (ids, enum codes); empty if not integral.
QString integerText(dom::element e)
{
    switch (e.type()) {
    case dom::element_type::INT64: return QString::number(qint64(int64_t(e)));
    case dom::element_type::UINT64: return QString::number(quint64(uint64_t(e)));
    case dom::element_type::DOUBLE: {
        const double v = double(e);
        if (std::isfinite(v) && v == std::trunc(v) && std::abs(v) < 9007199254740992.0) // 2^53: exact
            return QString::number(qint64(v));
        return {};
    }
    default: return {};
    }
}

/// Whether a Qt date-time format has an unquoted `t` (time zone) section.
bool patternHasZone(const QString &pattern)
{
    bool quoted = false;
    for (QChar c : pattern) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('t'))
            return true;
    }
    return false;
}

/// The element at `pointer` under `e`; false if absent (a missing key, an index past the end,
/// or a path through a scalar all mean "not sent").
bool lookup(dom::element e, const std::string &pointer, dom::element *out)
{
    return e.at_pointer(pointer).get(*out) == SUCCESS;
}

} // namespace

struct MappedJsonDecoder::Private
{
    JsonMapping mapping;
    QTimeZone zone;
    double fillHeadroom = 1.2;
    bool patternZone = false;
    dom::parser parser;

    Result<DecodedEntity> readEntity(dom::element entity, const QString &base, const RawMessage &message,
                                     const TimeInstant &messageTime) const;
    Status readId(dom::element entity, const QString &base, const RawMessage &message, DecodedEntity *out) const;
    Result<TimeInstant> readTime(dom::element scope, const QString &base) const;
    Result<TimeInstant> parseTimeText(const QString &text, const QString &at) const;
    Status readField(dom::element entity, const FieldMapping &f, const QString &base, DecodedEntity *out) const;
};

Status MappedJsonDecoder::Private::readId(dom::element entity, const QString &base, const RawMessage &message,
                                          DecodedEntity *out) const
{
    const IdMapping &m = mapping.id;
    QString id;
    QString at;
    if (m.topicLevel >= 0) {
        const QList<QByteArray> levels = message.topic.split('/');
        at = QStringLiteral("topic level %1").arg(m.topicLevel);
        if (m.topicLevel < levels.size())
            id = QString::fromUtf8(levels.at(m.topicLevel));
        if (id.isEmpty())
            return jsonError("missingId", at, QStringLiteral("the topic \"%1\" has no such level").arg(QString::fromUtf8(message.topic.left(200))));
    } else {
        at = base + qstr(m.pointer);
        dom::element e;
        if (!lookup(entity, m.pointer, &e) || e.is_null())
            return jsonError("missingId", at, QStringLiteral("the entity has no id here"));
        if (e.is_string()) {
            id = qstr(std::string_view(e)); // as sent: "007" stays "007"
        } else if (isNumber(e)) {
            id = integerText(e);
            if (id.isEmpty())
                return jsonError("invalidValue", at, QStringLiteral("an id must be text or a whole number, not %1").arg(describeJson(e)));
        } else {
            return jsonError("invalidValue", at, QStringLiteral("an id must be text or a whole number, not %1").arg(describeJson(e)));
        }
        if (id.trimmed().isEmpty())
            return jsonError("missingId", at, QStringLiteral("the id is empty"));
    }
    if (m.device) {
        // DecodedEntity::deviceId contract: a LoRaWAN DevEUI, 16 lower-case hex digits.
        static const QRegularExpression devEui(QStringLiteral("^[0-9a-f]{16}$"));
        QString eui = id.toLower();
        eui.remove(QLatin1Char(':')).remove(QLatin1Char('-'));
        if (!devEui.match(eui).hasMatch())
            return jsonError("invalidValue", at, QStringLiteral("\"%1\" is not a device EUI (16 hexadecimal digits)").arg(elide(id, 40)));
        out->deviceId = eui;
        return {};
    }
    out->id = m.idTemplate.isEmpty() ? id : QString(m.idTemplate).replace(QLatin1String("{}"), id);
    return {};
}

Result<TimeInstant> MappedJsonDecoder::Private::parseTimeText(const QString &text, const QString &at) const
{
    const TimeMapping &t = *mapping.time;
    const auto fromIso = [&](const QString &iso) -> Result<TimeInstant> {
        auto r = parseIsoTimestamp(iso, zone);
        if (!r)
            return jsonError(r.error().code.toLatin1().constData(), at, r.error().message);
        return r;
    };
    switch (t.form) {
    case TimeForm::Iso8601:
        return fromIso(text);
    case TimeForm::Local: {
        // The mapping promises a local time: a text with an offset means the integrator
        // changed format, and reading it either way could be an hour off.
        static const QRegularExpression offset(QStringLiteral(R"(([Zz]|[+-]\d{2}:?\d{2})$)"));
        if (offset.match(text).hasMatch() && text.size() > 19)
            return jsonError("invalidTime", at,
                        QStringLiteral("\"%1\" carries a time zone, but the mapping says local time").arg(elide(text, 40)));
        return fromIso(text);
    }
    case TimeForm::Pattern: {
        if (patternZone) {
            const QDateTime dt = QDateTime::fromString(text, t.pattern);
            if (!dt.isValid())
                return jsonError("invalidTime", at, QStringLiteral("\"%1\" does not match the pattern \"%2\"").arg(elide(text, 40), t.pattern));
            return TimeInstant{afterEpoch(dt.toMSecsSinceEpoch())};
        }
        // Read the wall-clock time as UTC (so the machine's own zone cannot shift or drop
        // it), then resolve it in the city zone like any local ISO time.
        const QDateTime wall = QDateTime::fromString(text + QStringLiteral(" Z"), t.pattern + QStringLiteral(" t"));
        if (!wall.isValid())
            return jsonError("invalidTime", at, QStringLiteral("\"%1\" does not match the pattern \"%2\"").arg(elide(text, 40), t.pattern));
        const QString iso = wall.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
        auto r = fromIso(iso);
        if (!r) // name the text as sent, not our ISO rewrite of it
            return Error{r.error().code, QString(r.error().message).replace(iso, elide(text, 40))};
        return r;
    }
    case TimeForm::Epoch: {
        const auto v = numberFromText(text);
        if (!v)
            return jsonError("invalidTime", at, QStringLiteral("expected a time since the epoch: %1").arg(v.error().message));
        auto ms = epochToMs(v.value());
        if (!ms)
            return jsonError("invalidTime", at, ms.error().message);
        return TimeInstant{ms.value()};
    }
    }
    return TimeInstant{};
}

Result<TimeInstant> MappedJsonDecoder::Private::readTime(dom::element scope, const QString &base) const
{
    if (!mapping.time)
        return TimeInstant{};
    const TimeMapping &t = *mapping.time;
    const QString at = base + qstr(t.pointer);
    dom::element e;
    if (!lookup(scope, t.pointer, &e) || e.is_null())
        return TimeInstant{}; // not sent: the pipeline uses the received time
    if (e.is_string())
        return parseTimeText(qstr(std::string_view(e)), at);
    if (isNumber(e) && t.form == TimeForm::Epoch) {
        auto ms = epochToMs(double(e));
        if (!ms)
            return jsonError("invalidTime", at, ms.error().message);
        return TimeInstant{ms.value()};
    }
    return jsonError("invalidTime", at, QStringLiteral("expected %1, got %2")
                                       .arg(t.form == TimeForm::Epoch ? QStringLiteral("a time since the epoch")
                                                                      : QStringLiteral("a date-time text"),
                                            describeJson(e)));
}

Status MappedJsonDecoder::Private::readField(dom::element entity, const FieldMapping &f, const QString &base,
                                             DecodedEntity *out) const
{
    dom::element e;
    if (!lookup(entity, f.pointer, &e) || e.is_null())
        return {}; // not observed
    const QString at = base + qstr(f.pointer);
    DecodedValue value;
    value.quantity = f.quantity;

    if (!f.numeric) {
        QString text;
        if (e.is_string())
            text = qstr(std::string_view(e));
        else if (e.is_bool())
            text = bool(e) ? QStringLiteral("true") : QStringLiteral("false");
        else if (isNumber(e))
            text = integerText(e); // numeric status codes, mapped through `values`
        if (text.isEmpty() && !e.is_string())
            return jsonError("invalidValue", at, QStringLiteral("expected a %1 word, got %2").arg(f.quantity, describeJson(e)));
        const QString word = f.values.value(text, text);
        bool known = false;
        QStringList expected;
        const QList<AssetKind> kinds = mapping.kind ? QList<AssetKind>{*mapping.kind}
                                                    : QList<AssetKind>{AssetKind::Streetlight, AssetKind::WasteContainer};
        for (AssetKind k : kinds) {
            const QString values = enumValues(k, f.quantity);
            if (values.isEmpty())
                continue;
            known |= isKnownEnumValue(k, f.quantity, word);
            expected << (kinds.size() > 1 ? assetKindName(k) + QStringLiteral(": ") + values : values);
        }
        if (!known) {
            QString mapped = word == text ? QString() : QStringLiteral(" (mapped from \"%1\")").arg(elide(text, 40));
            QStringList words = f.values.keys();
            words.sort();
            const QString mapNote = words.isEmpty() ? QString()
                                                    : QStringLiteral("; the mapping's words: %1").arg(words.join(QLatin1String(", ")));
            return jsonError("invalidValue", at,
                        QStringLiteral("\"%1\"%2 is not a %3 value (expected one of: %4%5)")
                            .arg(elide(word, 40), mapped, f.quantity, expected.join(QLatin1String("; ")), mapNote));
        }
        value.text = word;
        out->values << value;
        return {};
    }

    double sent = 0;
    if (isNumber(e)) {
        sent = double(e);
    } else if (e.is_string()) {
        const auto number = numberFromText(qstr(std::string_view(e)));
        if (!number)
            return jsonError("invalidValue", at, number.error().message);
        sent = number.value();
    } else {
        return jsonError("invalidValue", at, QStringLiteral("expected a number, got %1").arg(describeJson(e)));
    }
    value.number = sent * f.scale * f.unitFactor + f.unitOffset;
    value.unitCode = f.unitCode;
    // DecodedValue holds finite numbers only, invalid readings included: 1e308 × 1000 is
    // not a reading the history could show.
    if (!std::isfinite(value.number))
        return jsonError("invalidValue", at, QStringLiteral("%1 is too large once converted (scale %2)").arg(num(sent), num(f.scale * f.unitFactor)));
    const double modelMax = f.quantity == quantity::fillingLevel ? fillHeadroom : f.modelMax;
    if (f.sentinels.contains(sent))
        value.invalidReason = QStringLiteral("sentinel %1: no valid reading (mapping line %2)").arg(num(sent)).arg(f.line);
    else if (sent < f.min || sent > f.max)
        value.invalidReason = QStringLiteral("out of range: %1 as sent (valid: %2; mapping line %3)")
                                  .arg(num(sent), rangeText(f.min, f.max)).arg(f.line);
    else if (!std::isfinite(value.number) || value.number < f.modelMin - slack(f.modelMin)
             || value.number > modelMax + slack(modelMax))
        value.invalidReason = QStringLiteral("out of range: %1 %2 (valid: %3, what a %4 can be)")
                                  .arg(num(value.number), f.unitCode, rangeText(f.modelMin, modelMax), f.quantity);
    out->values << value;
    return {};
}

Result<DecodedEntity> MappedJsonDecoder::Private::readEntity(dom::element entity, const QString &base,
                                                             const RawMessage &message, const TimeInstant &messageTime) const
{
    DecodedEntity out;
    out.kind = mapping.kind;
    if (auto s = readId(entity, base, message, &out); !s)
        return s.error();
    TimeInstant when = messageTime;
    if (mapping.time && !mapping.time->messageScope) {
        auto t = readTime(entity, base);
        if (!t)
            return t.error();
        when = t.value();
    }
    out.observedAtMs = when.ms;
    out.observedAtLaterMs = when.laterMs;
    for (const FieldMapping &f : mapping.fields) {
        if (auto s = readField(entity, f, base, &out); !s)
            return s.error();
    }
    return out;
}

MappedJsonDecoder::MappedJsonDecoder(JsonMapping mapping, DecoderOptions options)
    : d(std::make_unique<Private>())
{
    d->mapping = std::move(mapping);
    d->zone = options.zone.isValid() ? options.zone : QTimeZone::utc();
    d->fillHeadroom = options.fillHeadroom;
    d->patternZone = d->mapping.time && d->mapping.time->form == TimeForm::Pattern && patternHasZone(d->mapping.time->pattern);
}

MappedJsonDecoder::~MappedJsonDecoder() = default;

const JsonMapping &MappedJsonDecoder::mapping() const { return d->mapping; }

Result<QVector<DecodedEntity>> MappedJsonDecoder::decode(const RawMessage &message)
{
    if (message.payload.trimmed().isEmpty())
        return parseError(EMPTY);
    dom::element root;
    if (auto error = d->parser.parse(message.payload.constData(), std::size_t(message.payload.size())).get(root))
        return parseError(error);

    QVector<DecodedEntity> entities;
    if (!d->mapping.entities) {
        if (!root.is_object())
            return jsonError("notAnEntity", {}, QStringLiteral("expected a JSON object, got %1%2")
                                               .arg(describeJson(root), root.is_array() ? QStringLiteral(" (the mapping has no \"entities\" pointer)")
                                                                                    : QString()));
        auto entity = d->readEntity(root, {}, message, {});
        if (!entity)
            return entity.error();
        entities << std::move(entity).value();
        return entities;
    }

    const std::string &listPointer = *d->mapping.entities;
    const QString listPath = qstr(listPointer);
    dom::element listElement;
    if (!lookup(root, listPointer, &listElement) || !listElement.is_array())
        return jsonError("notAnEntity", listPath.isEmpty() ? QStringLiteral("the message") : listPath,
                    QStringLiteral("expected an array of entities, got %1")
                        .arg(lookup(root, listPointer, &listElement) ? describeJson(listElement) : QStringLiteral("nothing")));
    TimeInstant messageTime;
    if (d->mapping.time && d->mapping.time->messageScope) {
        auto t = d->readTime(root, {});
        if (!t)
            return t.error();
        messageTime = t.value();
    }
    std::size_t i = 0;
    for (dom::element e : dom::array(listElement)) {
        const QString base = listPath + QStringLiteral("/%1").arg(i++);
        if (!e.is_object())
            return jsonError("notAnEntity", base, QStringLiteral("expected an entity object, got %1").arg(describeJson(e)));
        auto entity = d->readEntity(e, base, message, messageTime);
        if (!entity)
            return entity.error();
        entities << std::move(entity).value();
    }
    if (entities.isEmpty())
        return jsonError("notAnEntity", listPath.isEmpty() ? QStringLiteral("the message") : listPath,
                    QStringLiteral("the array holds no entity"));
    return entities;
}

} // namespace vigie
