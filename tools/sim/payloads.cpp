#include "payloads.h"

#include "domain/quantity.h"

#include <QDateTime>
#include <QLocale>
#include <QVector>

#include <algorithm>
#include <cmath>

namespace vigie::sim {

namespace {

const QByteArray kCoreContext = QByteArrayLiteral("https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v1.8.jsonld");

QByteArray modelContext(AssetKind kind)
{
    return kind == AssetKind::Streetlight
        ? QByteArrayLiteral("https://raw.githubusercontent.com/smart-data-models/dataModel.Streetlighting/master/context.jsonld")
        : QByteArrayLiteral("https://raw.githubusercontent.com/smart-data-models/dataModel.WasteManagement/master/context.jsonld");
}

QByteArray shortest(double v) { return QByteArray::number(v, 'g', QLocale::FloatingPointShortest); }

/// One attribute: its name, its JSON value and, for numbers, its UN/CEFACT unit.
struct Attribute
{
    QByteArray name;
    QByteArray value;
    QByteArray unitCode;
};

/// An entity before serialisation; each part is JSON text, so a malformed kind replaces a
/// part (or empties it: the member is left out).
struct Fields
{
    QByteArray id;
    QByteArray type;
    QByteArray observedAt;
    QVector<Attribute> attributes;
    QByteArray coordinates;
    QByteArray context;
};

Fields fieldsOf(const EntityReport &r, qint64 observedAtMs)
{
    Fields f;
    f.id = jsonString(r.id);
    f.type = jsonString(assetKindName(r.kind));
    f.observedAt = jsonString(isoUtc(observedAtMs));
    f.attributes << Attribute{quantity::status.latin1(), jsonString(r.status), {}};
    if (r.kind == AssetKind::Streetlight) {
        f.attributes << Attribute{quantity::powerState.latin1(), jsonString(r.powerState), {}};
    } else {
        const double level = std::round(std::clamp(r.fillingLevel, 0.0, 1.0) * 100.0) / 100.0;
        f.attributes << Attribute{quantity::fillingLevel.latin1(), shortest(level), unit::ratio.latin1()};
    }
    f.coordinates = '[' + QByteArray::number(r.lon, 'f', 6) + ',' + QByteArray::number(r.lat, 'f', 6) + ']';
    f.context = "[\"" + modelContext(r.kind) + "\",\"" + kCoreContext + "\"]";
    return f;
}

void replaceAttribute(Fields *f, const QByteArray &name, const QByteArray &value)
{
    for (Attribute &a : f->attributes) {
        if (a.name == name)
            a.value = value;
    }
}

QByteArray member(const QByteArray &name, const QByteArray &value)
{
    return '"' + name + "\":" + value;
}

QByteArray write(const Fields &f, PayloadForm form)
{
    QByteArrayList members;
    if (!f.id.isEmpty())
        members << member("id", f.id);
    if (!f.type.isEmpty())
        members << member("type", f.type);
    if (form == PayloadForm::KeyValues)
        members << member("dateObserved", f.observedAt);
    for (const Attribute &a : f.attributes) {
        if (form == PayloadForm::KeyValues) {
            members << member(a.name, a.value);
            continue;
        }
        QByteArray property = "{\"type\":\"Property\",\"value\":" + a.value + ",\"observedAt\":" + f.observedAt;
        if (!a.unitCode.isEmpty())
            property += ",\"unitCode\":\"" + a.unitCode + '"';
        members << member(a.name, property + '}');
    }
    const QByteArray point = "{\"type\":\"Point\",\"coordinates\":" + f.coordinates + '}';
    members << member("location", form == PayloadForm::KeyValues
                                      ? point
                                      : "{\"type\":\"GeoProperty\",\"value\":" + point + '}');
    members << member("@context", f.context);
    return '{' + members.join(',') + '}';
}

QByteArray plainText(const EntityReport &r, qint64 observedAtMs)
{
    QByteArray line = assetKindName(r.kind).toUtf8() + ' ' + r.id.toUtf8() + " status=" + r.status.toUtf8();
    if (r.kind == AssetKind::Streetlight)
        line += " power=" + r.powerState.toUtf8();
    else
        line += " fill=" + QByteArray::number(qRound(r.fillingLevel * 100)) + '%';
    return line + " at " + isoUtc(observedAtMs);
}

} // namespace

std::optional<WireFormat> wireFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("ngsi-ld"))
        return WireFormat::NgsiLd;
    if (n == QLatin1String("ttn"))
        return WireFormat::Ttn;
    if (n == QLatin1String("chirpstack"))
        return WireFormat::ChirpStack;
    if (n == QLatin1String("json"))
        return WireFormat::Json;
    return std::nullopt;
}

const QVector<MalformedKind> &malformedKinds(WireFormat format)
{
    using K = MalformedKind;
    static const QVector<MalformedKind> ngsiLd{
        K::TruncatedJson, K::InvalidUtf8, K::PlainText, K::EmptyPayload, K::FillingLevelPercent,
        K::FillingLevelString, K::StatusNotInEnum, K::PowerStateUpperCase, K::MissingId, K::MissingType,
        K::UnknownEntityId, K::ImpossibleDate, K::LongitudeOutOfRange};
    static const QVector<MalformedKind> lorawan{
        K::TruncatedJson, K::InvalidUtf8, K::PlainText, K::EmptyPayload, K::InvalidBase64, K::WrongPort,
        K::TruncatedFrame, K::InvalidDevEui, K::MissingDevice, K::DeviceMismatch, K::UnboundDevice,
        K::ImpossibleDate};
    static const QVector<MalformedKind> json{
        K::TruncatedJson, K::InvalidUtf8, K::PlainText, K::EmptyPayload, K::DecimalComma,
        K::StatusNotInEnum, K::MissingId, K::UnknownEntityId, K::ImpossibleDate};
    switch (format) {
    case WireFormat::NgsiLd: return ngsiLd;
    case WireFormat::Ttn:
    case WireFormat::ChirpStack: return lorawan;
    case WireFormat::Json: return json;
    }
    return ngsiLd;
}

std::optional<PayloadFormat> payloadFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("normalized"))
        return PayloadFormat::Normalized;
    if (n == QLatin1String("keyvalues"))
        return PayloadFormat::KeyValues;
    if (n == QLatin1String("mixed"))
        return PayloadFormat::Mixed;
    return std::nullopt;
}

QString malformedKindName(MalformedKind kind)
{
    switch (kind) {
    case MalformedKind::TruncatedJson: return QStringLiteral("truncatedJson");
    case MalformedKind::InvalidUtf8: return QStringLiteral("invalidUtf8");
    case MalformedKind::PlainText: return QStringLiteral("plainText");
    case MalformedKind::EmptyPayload: return QStringLiteral("emptyPayload");
    case MalformedKind::FillingLevelPercent: return QStringLiteral("fillingLevelPercent");
    case MalformedKind::FillingLevelString: return QStringLiteral("fillingLevelString");
    case MalformedKind::StatusNotInEnum: return QStringLiteral("statusNotInEnum");
    case MalformedKind::PowerStateUpperCase: return QStringLiteral("powerStateUpperCase");
    case MalformedKind::MissingId: return QStringLiteral("missingId");
    case MalformedKind::MissingType: return QStringLiteral("missingType");
    case MalformedKind::UnknownEntityId: return QStringLiteral("unknownEntityId");
    case MalformedKind::ImpossibleDate: return QStringLiteral("impossibleDate");
    case MalformedKind::LongitudeOutOfRange: return QStringLiteral("longitudeOutOfRange");
    case MalformedKind::InvalidBase64: return QStringLiteral("invalidBase64");
    case MalformedKind::WrongPort: return QStringLiteral("wrongPort");
    case MalformedKind::TruncatedFrame: return QStringLiteral("truncatedFrame");
    case MalformedKind::InvalidDevEui: return QStringLiteral("invalidDevEui");
    case MalformedKind::MissingDevice: return QStringLiteral("missingDevice");
    case MalformedKind::DeviceMismatch: return QStringLiteral("deviceMismatch");
    case MalformedKind::UnboundDevice: return QStringLiteral("unboundDevice");
    case MalformedKind::DecimalComma: return QStringLiteral("decimalComma");
    }
    return {};
}

std::optional<AssetKind> malformedKindNeeds(MalformedKind kind)
{
    switch (kind) {
    case MalformedKind::FillingLevelPercent:
    case MalformedKind::FillingLevelString:
    case MalformedKind::InvalidBase64:
    case MalformedKind::WrongPort:
    case MalformedKind::TruncatedFrame:
    case MalformedKind::InvalidDevEui:
    case MalformedKind::MissingDevice:
    case MalformedKind::DeviceMismatch:
    case MalformedKind::UnboundDevice:
    case MalformedKind::DecimalComma:
        return AssetKind::WasteContainer;
    case MalformedKind::PowerStateUpperCase:
        return AssetKind::Streetlight;
    default:
        return std::nullopt;
    }
}

QByteArray jsonString(const QByteArray &utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (char c : utf8) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (uchar(c) < 0x20) {
            out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

QByteArray jsonString(const QString &text)
{
    return jsonString(text.toUtf8());
}

QByteArray isoUtc(qint64 utcMs)
{
    // Qt::UTC (not QTimeZone::utc()) makes Qt write the "Z" designator rather than "+00:00".
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
}

QByteArray topicLevel(const QString &ref)
{
    QByteArray level;
    for (char c : ref.toUtf8()) {
        if (c == '/' || c == '+' || c == '#' || c == '%')
            level += '%' + QByteArray::number(uchar(c), 16).toUpper().rightJustified(2, '0');
        else
            level += c;
    }
    return level;
}

QByteArray topicFor(const QString &cityId, AssetKind kind, const QString &ref)
{
    return "vigie/" + cityId.toUtf8() + "/ngsi-ld/" + assetKindName(kind).toUtf8() + '/' + topicLevel(ref);
}

QByteArray entityPayload(const EntityReport &report, PayloadForm form, qint64 observedAtMs)
{
    return write(fieldsOf(report, observedAtMs), form);
}

QByteArray malformedPayload(MalformedKind kind, const EntityReport &report, PayloadForm form, qint64 observedAtMs)
{
    Fields f = fieldsOf(report, observedAtMs);
    switch (kind) {
    case MalformedKind::TruncatedJson: {
        const QByteArray whole = write(f, form);
        return whole.left(whole.size() / 2);
    }
    case MalformedKind::InvalidUtf8:
        f.id = jsonString(report.id.toUtf8() + "\xFF\xFE");
        break;
    case MalformedKind::PlainText:
        return plainText(report, observedAtMs);
    case MalformedKind::EmptyPayload:
        return {};
    case MalformedKind::FillingLevelPercent:
        replaceAttribute(&f, quantity::fillingLevel.latin1(),
                         QByteArray::number(qMax(2, qRound(report.fillingLevel * 100))));
        break;
    case MalformedKind::FillingLevelString:
        replaceAttribute(&f, quantity::fillingLevel.latin1(),
                         jsonString(QByteArray::number(report.fillingLevel, 'f', 2).replace('.', ',')));
        break;
    case MalformedKind::StatusNotInEnum:
        replaceAttribute(&f, quantity::status.latin1(),
                         jsonString(report.kind == AssetKind::Streetlight ? QByteArrayLiteral("broken") : QByteArrayLiteral("full")));
        break;
    case MalformedKind::PowerStateUpperCase:
        replaceAttribute(&f, quantity::powerState.latin1(), jsonString(QByteArrayLiteral("ON")));
        break;
    case MalformedKind::MissingId:
        f.id.clear();
        break;
    case MalformedKind::MissingType:
        f.type.clear();
        break;
    case MalformedKind::UnknownEntityId:
        break;
    case MalformedKind::ImpossibleDate:
        f.observedAt = jsonString("2024-02-30T" + isoUtc(observedAtMs).mid(11));
        break;
    case MalformedKind::LongitudeOutOfRange:
        f.coordinates = "[200.000000," + QByteArray::number(report.lat, 'f', 6) + ']';
        break;
    case MalformedKind::InvalidBase64:
    case MalformedKind::WrongPort:
    case MalformedKind::TruncatedFrame:
    case MalformedKind::InvalidDevEui:
    case MalformedKind::MissingDevice:
    case MalformedKind::DeviceMismatch:
    case MalformedKind::UnboundDevice:
    case MalformedKind::DecimalComma:
        break; // other formats' kinds: malformedKinds(WireFormat::NgsiLd) never gives them
    }
    return write(f, form);
}

} // namespace vigie::sim
