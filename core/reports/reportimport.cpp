#include "reportimport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace vigie {

namespace {

const QStringList kReportTypes = {QStringLiteral("IssueReporting"), QStringLiteral("service_requests"),
                                  QStringLiteral("ServiceRequest"), QStringLiteral("Open311:ServiceRequest")};

/// The value of a key-values or normalized (NGSI v2 / NGSI-LD) attribute.
QJsonValue attr(const QJsonObject &entity, const char *name)
{
    QJsonValue v = entity.value(QLatin1String(name));
    if (v.isObject() && v.toObject().contains(QLatin1String("value")))
        v = v.toObject().value(QLatin1String("value"));
    if (v.isObject() && v.toObject().contains(QLatin1String("@value"))) // NGSI-LD {"@type": "DateTime", "@value": …}
        v = v.toObject().value(QLatin1String("@value"));
    return v;
}

QString attrText(const QJsonObject &entity, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        const QJsonValue v = attr(entity, n);
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 15);
    }
    return {};
}

QString addressText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    const QJsonObject o = v.toObject();
    QStringList parts;
    for (const char *k : {"streetAddress", "postalCode", "addressLocality"}) {
        const QString p = o.value(QLatin1String(k)).toString().trimmed();
        if (!p.isEmpty())
            parts << p;
    }
    return parts.join(QStringLiteral(", "));
}

qint64 isoMs(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

bool isFiwareReportPayload(const QByteArray &payload)
{
    if (payload.size() > 1024 * 1024)
        return false;
    // Asked of every MQTT message (IngestPipeline): no allocation per call.
    static const QByteArrayList quoted = [] {
        QByteArrayList out;
        for (const QString &t : kReportTypes)
            out << '"' + t.toUtf8() + '"';
        return out;
    }();
    return std::any_of(quoted.cbegin(), quoted.cend(), [&](const QByteArray &q) { return payload.contains(q); });
}

Result<CitizenReport> decodeFiwareReport(const QByteArray &payload, const QHash<QString, QString> &categoryMap)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("invalidJson"), QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)};
    QJsonObject e = doc.isArray() ? doc.array().first().toObject() : doc.object();
    if (e.contains(QLatin1String("data")) && e.value(QLatin1String("data")).isArray()) // NGSI notification
        e = e.value(QLatin1String("data")).toArray().first().toObject();
    const QString type = e.value(QLatin1String("type")).toString();
    if (!kReportTypes.contains(type))
        return Error{QStringLiteral("unknownEntity"), QStringLiteral("type %1 is not a citizen report entity").arg(elide(type, 60))};

    CitizenReport r;
    r.source = ReportSource::Mqtt;
    r.sourceRef = elide(e.value(QLatin1String("id")).toString(), 200);
    // The first candidate the city knows wins; else the most specific one present.
    const QStringList candidates = {attrText(e, {"service_code", "serviceCode"}), attrText(e, {"subCategory"}),
                                    attrText(e, {"category"}), attrText(e, {"categoryCode"})};
    for (const QString &c : candidates) {
        if (!c.isEmpty() && categoryMap.contains(c.toLower())) {
            r.serviceCode = categoryMap.value(c.toLower());
            break;
        }
    }
    for (int i = 0; r.serviceCode.isEmpty() && i < candidates.size(); ++i)
        r.serviceCode = candidates.at(i);
    if (r.serviceCode.isEmpty())
        return Error{QStringLiteral("missingField"), QStringLiteral("%1: no service_code, subCategory or category").arg(r.sourceRef)};
    r.description = attrText(e, {"description", "comments", "title"});
    const QJsonObject location = attr(e, "location").toObject();
    const QJsonArray coords = location.value(QLatin1String("coordinates")).toArray();
    if (location.value(QLatin1String("type")).toString() == QLatin1String("Point") && coords.size() >= 2) {
        r.lon = coords.at(0).toDouble(std::nan(""));
        r.lat = coords.at(1).toDouble(std::nan(""));
    } else if (attr(e, "lat").isDouble() && attr(e, "long").isDouble()) {
        r.lat = attr(e, "lat").toDouble();
        r.lon = attr(e, "long").toDouble();
    }
    r.addressString = attrText(e, {"address_string"});
    if (r.addressString.isEmpty())
        r.addressString = addressText(attr(e, "address"));
    if (r.addressString.isEmpty())
        r.addressString = attrText(e, {"landmark"});
    r.requestedAtMs = isoMs(attrText(e, {"requested_datetime", "observationDateTime", "dateCreated"}));
    r.mediaUrl = attrText(e, {"media_url", "mediaURL"});
    return r;
}

namespace {

/// Splits `text` into CSV records (RFC 4180 quoting, `sep` separator), keeping each
/// record's first line number.
QVector<QPair<int, QStringList>> csvRecords(const QString &text, QChar sep)
{
    QVector<QPair<int, QStringList>> out;
    QStringList fields;
    QString field;
    bool quoted = false;
    int line = 1, recordLine = 1;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            any = true;
        } else if (c == sep) {
            fields << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (any || !field.isEmpty()) {
                fields << field;
                out.append({recordLine, fields});
            }
            fields.clear();
            field.clear();
            any = false;
            recordLine = ++line;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        fields << field;
        out.append({recordLine, fields});
    }
    return out;
}

QString decodeText(const QByteArray &bytes)
{
    QByteArray data = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(data);
    if (!utf8.hasError())
        return text;
    // Older exports were saved from Excel in Windows-1252.
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid())
        return cp1252(data);
    return QString::fromLatin1(data);
}

/// "2017-10-30", "2017-10-30 14:05:00", "30/10/2017", "30/10/2017 14:05": local time in Paris.
qint64 frenchDateMs(const QString &text)
{
    static const QTimeZone paris("Europe/Paris");
    const QString t = text.trimmed();
    for (const char *format : {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd", "dd/MM/yyyy HH:mm:ss",
                               "dd/MM/yyyy HH:mm", "dd/MM/yyyy"}) {
        QDateTime d = QDateTime::fromString(t, QLatin1String(format));
        if (d.isValid()) {
            d.setTimeZone(paris);
            return d.toMSecsSinceEpoch();
        }
    }
    const QDateTime iso = QDateTime::fromString(t, Qt::ISODate);
    return iso.isValid() ? iso.toMSecsSinceEpoch() : 0;
}

} // namespace

Result<DansMaRueImport> readDansMaRueCsv(const QString &path, const QHash<QString, QString> &categoryMap)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("csvUnreadable"), QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    const auto records = csvRecords(decodeText(file.readAll()), QLatin1Char(';'));
    if (records.isEmpty())
        return Error{QStringLiteral("csvHeader"), QStringLiteral("%1 is empty").arg(path)};
    const QStringList header = records.first().second;
    auto column = [&](const char *name) { return header.indexOf(QLatin1String(name)); };
    const int cType = column("TYPE"), cSub = column("SOUSTYPE"), cAddress = column("ADRESSE"), cDate = column("DATEDECL"),
              cNumber = column("NUMERO"), cPrefix = column("PREFIXE"), cPoint = column("geo_point_2d");
    if (cType < 0 || cPoint < 0)
        return Error{QStringLiteral("csvHeader"), QStringLiteral("%1: the columns TYPE and geo_point_2d are required").arg(path)};

    DansMaRueImport out;
    for (int i = 1; i < records.size(); ++i) {
        const auto &[line, f] = records.at(i);
        auto at = [&](int c) { return c >= 0 && c < f.size() ? f.at(c).trimmed() : QString(); };
        const QStringList latLon = at(cPoint).split(QLatin1Char(','));
        bool okLat = false, okLon = false;
        const double lat = latLon.value(0).trimmed().toDouble(&okLat);
        const double lon = latLon.value(1).trimmed().toDouble(&okLon);
        if (latLon.size() != 2 || !okLat || !okLon) {
            out.issues.append({line, QStringLiteral("geo_point_2d: expected \"lat,lon\", got \"%1\"").arg(elide(at(cPoint), 60))});
            continue;
        }
        CitizenReport r;
        r.source = ReportSource::Csv;
        r.lat = lat;
        r.lon = lon;
        const QString type = at(cType), sub = at(cSub);
        r.serviceCode = categoryMap.value(sub.toLower(), categoryMap.value(type.toLower(), type));
        r.description = sub.isEmpty() ? type : type + QStringLiteral(" — ") + sub;
        r.addressString = at(cAddress);
        r.requestedAtMs = frenchDateMs(at(cDate));
        QString number = at(cNumber);
        if (number.endsWith(QLatin1String(".0")))
            number.chop(2);
        r.sourceRef = number.isEmpty() ? QString() : at(cPrefix) + number;
        out.reports.append(r);
    }
    return out;
}

} // namespace vigie
