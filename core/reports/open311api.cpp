#include "open311api.h"

#include "reportstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamWriter>

#include <cmath>

Q_LOGGING_CATEGORY(lcOpen311, "vigie.reports.open311")

namespace vigie {

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kDayMs = 86'400'000;

enum class Format { Json, Xml };

/// An ordered list of fields, serialised as a JSON object or an XML element.
struct Fields
{
    QVector<QPair<QString, QJsonValue>> items;
    void add(const QString &k, const QJsonValue &v) { items.append({k, v}); }
};

QJsonObject toJson(const Fields &f)
{
    QJsonObject o;
    for (const auto &[k, v] : f.items)
        o.insert(k, v);
    return o;
}

void writeXmlValue(QXmlStreamWriter &w, const QString &name, const QJsonValue &v)
{
    if (v.isBool())
        w.writeTextElement(name, v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    else if (v.isDouble())
        w.writeTextElement(name, QString::number(v.toDouble(), 'g', 12));
    else if (v.isNull() || v.isUndefined())
        w.writeEmptyElement(name);
    else
        w.writeTextElement(name, v.toString()); // escaped by the writer: markup stays text
}

QByteArray serialise(Format format, const char *xmlRoot, const char *xmlItem, const QVector<Fields> &list)
{
    if (format == Format::Json) {
        QJsonArray a;
        for (const Fields &f : list)
            a.append(toJson(f));
        return QJsonDocument(a).toJson(QJsonDocument::Indented);
    }
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QLatin1String(xmlRoot));
    for (const Fields &f : list) {
        w.writeStartElement(QLatin1String(xmlItem));
        for (const auto &[k, v] : f.items)
            writeXmlValue(w, k, v);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QByteArray contentType(Format format)
{
    return format == Format::Json ? QByteArrayLiteral("application/json; charset=utf-8") : QByteArrayLiteral("text/xml; charset=utf-8");
}

Open311Response errorResponse(Format format, int status, const QString &description)
{
    Fields f;
    f.add(QStringLiteral("code"), status);
    f.add(QStringLiteral("description"), description);
    return {status, contentType(format), serialise(format, "errors", "error", {f})};
}

QString w3cTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QJsonValue orNull(const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); }

/// W3C date-time (ISO 8601), e.g. 2010-01-01T00:00:00Z or with an offset; a bare date is midnight UTC.
std::optional<qint64> parseW3c(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toMSecsSinceEpoch();
}

std::optional<double> parseDegrees(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

Open311Api::Open311Api(ReportStore &store, ReportIntake intake, std::function<qint64()> clock)
    : m_store(store)
    , m_intake(std::move(intake))
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

bool Open311Api::takeToken(const QString &key, qint64 nowMs)
{
    if (m_rate.size() > 10000) { // bounded memory whatever the number of callers
        for (auto it = m_rate.begin(); it != m_rate.end();)
            it = nowMs - it->windowStartMs >= kMinuteMs ? m_rate.erase(it) : std::next(it);
    }
    RateBucket &b = m_rate[key];
    if (nowMs - b.windowStartMs >= kMinuteMs) {
        b.windowStartMs = nowMs;
        b.count = 0;
    }
    return ++b.count <= std::max(1, m_intake.settings().ratePerMinute);
}

Open311Response Open311Api::handle(const Open311Request &request)
{
    // Route: [/open311/v2|/georeport/v2]/(services|requests)[/{id}].(json|xml)
    static const QRegularExpression route(QStringLiteral(
        "^(?:/open311/v2|/georeport/v2)?/(services|requests)(?:/([A-Za-z0-9_.:-]{1,64}?))?\\.(json|xml)$"));
    const auto m = route.match(request.path);
    const Format guess = request.path.endsWith(QLatin1String(".xml")) ? Format::Xml : Format::Json;
    if (!m.hasMatch())
        return errorResponse(guess, 404, QStringLiteral("No such method. See services.json and requests.json (GeoReport v2)."));
    const Format format = m.captured(3) == QLatin1String("xml") ? Format::Xml : Format::Json;
    const QString resource = m.captured(1);
    const QString id = m.captured(2);
    const ReportSettings &settings = m_intake.settings();

    const QString jurisdiction = request.query.queryItemValue(QStringLiteral("jurisdiction_id"), QUrl::FullyDecoded);
    if (!settings.jurisdictionId.isEmpty() && !jurisdiction.isEmpty() && jurisdiction != settings.jurisdictionId)
        return errorResponse(format, 404, QStringLiteral("jurisdiction_id not found"));

    if (request.method == "POST") {
        if (resource != QLatin1String("requests") || !id.isEmpty())
            return errorResponse(format, 405, QStringLiteral("Method not allowed: only requests.%1 accepts POST").arg(m.captured(3)));
        return postRequest(request, format == Format::Xml);
    }
    if (request.method != "GET" && request.method != "HEAD")
        return errorResponse(format, 405, QStringLiteral("Method not allowed"));
    if (resource == QLatin1String("services"))
        return id.isEmpty() ? serviceList(request, format == Format::Xml) : serviceDefinition(id, format == Format::Xml);
    return id.isEmpty() ? requestList(request, format == Format::Xml) : oneRequest(id, format == Format::Xml);
}

Open311Response Open311Api::serviceList(const Open311Request &request, bool xml)
{
    const Format format = xml ? Format::Xml : Format::Json;
    const QString lang = request.query.queryItemValue(QStringLiteral("lang")) == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("fr");
    QVector<Fields> list;
    for (const ServiceDefinition &s : m_intake.catalog().services()) {
        Fields f;
        f.add(QStringLiteral("service_code"), s.code);
        f.add(QStringLiteral("service_name"), s.name(lang));
        f.add(QStringLiteral("description"), s.description(lang));
        f.add(QStringLiteral("metadata"), false);
        f.add(QStringLiteral("type"), QStringLiteral("realtime"));
        f.add(QStringLiteral("keywords"), s.keywords.join(QStringLiteral(", ")));
        f.add(QStringLiteral("group"), s.group);
        list << f;
    }
    return {200, contentType(format), serialise(format, "services", "service", list)};
}

Open311Response Open311Api::serviceDefinition(const QString &code, bool xml)
{
    const Format format = xml ? Format::Xml : Format::Json;
    if (!m_intake.catalog().find(code))
        return errorResponse(format, 404, QStringLiteral("service_code not found"));
    // Vigie's services take no extra attributes (metadata false): an empty definition.
    if (format == Format::Json) {
        QJsonObject o{{QStringLiteral("service_code"), code}, {QStringLiteral("attributes"), QJsonArray()}};
        return {200, contentType(format), QJsonDocument(o).toJson(QJsonDocument::Indented)};
    }
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("service_definition"));
    w.writeTextElement(QStringLiteral("service_code"), code);
    w.writeEmptyElement(QStringLiteral("attributes"));
    w.writeEndElement();
    w.writeEndDocument();
    return {200, contentType(format), out};
}

namespace {

Fields requestFields(const CitizenReport &r, const ServiceCatalog &catalog)
{
    const ServiceDefinition *s = catalog.find(r.serviceCode);
    Fields f;
    f.add(QStringLiteral("service_request_id"), r.serviceRequestId());
    f.add(QStringLiteral("status"), open311Status(r.state));
    f.add(QStringLiteral("status_notes"), orNull(r.statusNotes));
    f.add(QStringLiteral("service_name"), s ? s->name(r.lang) : r.serviceCode);
    f.add(QStringLiteral("service_code"), r.serviceCode);
    f.add(QStringLiteral("description"), orNull(r.description));
    f.add(QStringLiteral("agency_responsible"), orNull(r.agencyResponsible));
    f.add(QStringLiteral("service_notice"), QJsonValue::Null);
    f.add(QStringLiteral("requested_datetime"), w3cTime(r.requestedAtMs));
    f.add(QStringLiteral("updated_datetime"), w3cTime(r.updatedAtMs));
    f.add(QStringLiteral("expected_datetime"), QJsonValue::Null);
    f.add(QStringLiteral("address"), orNull(r.addressString));
    f.add(QStringLiteral("address_id"), QJsonValue::Null);
    f.add(QStringLiteral("zipcode"), QJsonValue::Null);
    f.add(QStringLiteral("lat"), r.hasLocation() ? QJsonValue(r.lat) : QJsonValue(QJsonValue::Null));
    f.add(QStringLiteral("long"), r.hasLocation() ? QJsonValue(r.lon) : QJsonValue(QJsonValue::Null));
    f.add(QStringLiteral("media_url"), orNull(r.mediaUrl));
    f.add(QStringLiteral("vigie_state"), reportStateKey(r.state)); // extension, docs/reports.md
    return f;
}

} // namespace

Open311Response Open311Api::requestList(const Open311Request &request, bool xml)
{
    const Format format = xml ? Format::Xml : Format::Json;
    const QUrlQuery &q = request.query;
    ReportQuery query;
    const auto value = [&](const char *k) { return q.queryItemValue(QLatin1String(k), QUrl::FullyDecoded).trimmed(); };
    const QString ids = value("service_request_id");
    if (!ids.isEmpty()) {
        for (const QString &id : ids.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            if (id.trimmed().toLongLong(&ok) <= 0 || !ok)
                return errorResponse(format, 400, QStringLiteral("service_request_id: expected a comma-separated list of request ids"));
            query.serviceRequestIds << id.trimmed();
        }
        if (query.serviceRequestIds.size() > 100)
            return errorResponse(format, 400, QStringLiteral("service_request_id: at most 100 ids"));
    }
    const QString codes = value("service_code");
    if (!codes.isEmpty())
        query.serviceCodes = codes.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &c : query.serviceCodes)
        c = c.trimmed();
    const QString start = value("start_date"), end = value("end_date"), status = value("status");
    if (!start.isEmpty()) {
        const auto t = parseW3c(start);
        if (!t)
            return errorResponse(format, 400, QStringLiteral("start_date: expected a W3C date-time such as 2026-11-30T00:00:00Z"));
        query.startMs = *t;
    }
    if (!end.isEmpty()) {
        const auto t = parseW3c(end);
        if (!t)
            return errorResponse(format, 400, QStringLiteral("end_date: expected a W3C date-time such as 2026-11-30T23:59:59Z"));
        query.endMs = *t;
    }
    if (query.startMs > 0 && query.endMs > 0 && query.endMs < query.startMs)
        return errorResponse(format, 400, QStringLiteral("end_date is before start_date"));
    if (!status.isEmpty()) {
        if (status == QLatin1String("open"))
            query.open = true;
        else if (status == QLatin1String("closed"))
            query.open = false;
        else
            return errorResponse(format, 400, QStringLiteral("status: expected open or closed"));
    }
    // Spec default: the last 90 days when no date is given.
    if (query.serviceRequestIds.isEmpty() && query.startMs == 0 && query.endMs == 0)
        query.startMs = m_clock() - 90 * kDayMs;
    auto rows = m_store.reports(query);
    if (!rows) {
        qCWarning(lcOpen311) << "GET requests failed:" << rows.error().code;
        return errorResponse(format, 500, QStringLiteral("Internal error; try again later"));
    }
    QVector<Fields> list;
    for (const CitizenReport &r : rows.value())
        list << requestFields(r, m_intake.catalog());
    return {200, contentType(format), serialise(format, "service_requests", "request", list)};
}

Open311Response Open311Api::oneRequest(const QString &id, bool xml)
{
    const Format format = xml ? Format::Xml : Format::Json;
    bool ok = false;
    const qint64 n = id.toLongLong(&ok);
    if (!ok || n <= 0)
        return errorResponse(format, 404, QStringLiteral("service_request_id not found"));
    auto r = m_store.report(n);
    if (!r) {
        if (r.error().code == QLatin1String("notFound"))
            return errorResponse(format, 404, QStringLiteral("service_request_id not found"));
        qCWarning(lcOpen311) << "GET request failed:" << r.error().code;
        return errorResponse(format, 500, QStringLiteral("Internal error; try again later"));
    }
    return {200, contentType(format), serialise(format, "service_requests", "request", {requestFields(r.value(), m_intake.catalog())})};
}

Open311Response Open311Api::postRequest(const Open311Request &request, bool xml)
{
    const Format format = xml ? Format::Xml : Format::Json;
    const qint64 now = m_clock();
    const ReportSettings &settings = m_intake.settings();
    if (request.body.size() > settings.maxBodyBytes)
        return errorResponse(format, 413, QStringLiteral("Request body larger than %1 bytes").arg(settings.maxBodyBytes));
    const QByteArray type = request.contentType.split(';').first().trimmed().toLower();
    if (type != "application/x-www-form-urlencoded")
        return errorResponse(format, 400, QStringLiteral("Expected Content-Type application/x-www-form-urlencoded (GeoReport v2 POST); a JSON or XML body is not accepted"));
    if (!QString::fromUtf8(request.body).isValidUtf16() || QString::fromUtf8(request.body).contains(QChar::ReplacementCharacter))
        return errorResponse(format, 400, QStringLiteral("The body is not valid UTF-8"));

    // Form encoding: '+' is a space (QUrlQuery alone would keep it).
    QByteArray body = request.body;
    body.replace('+', "%20");
    const QUrlQuery form(QString::fromLatin1(body));
    QHash<QString, QString> fields;
    for (const auto &[k, v] : form.queryItems(QUrl::FullyDecoded)) {
        if (fields.contains(k))
            return errorResponse(format, 400, QStringLiteral("%1 given twice").arg(elide(k, 40)));
        fields.insert(k, v);
    }
    if (QString::fromUtf8(QByteArray::fromPercentEncoding(body)).contains(QChar::ReplacementCharacter))
        return errorResponse(format, 400, QStringLiteral("The body is not valid UTF-8"));
    // Some clients send api_key in the URL query; the body wins when both are given.
    if (!fields.contains(QStringLiteral("api_key")) && request.query.hasQueryItem(QStringLiteral("api_key")))
        fields.insert(QStringLiteral("api_key"), request.query.queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded));

    const QString key = fields.value(QStringLiteral("api_key"));
    // Rate limit first, per key and per client address, so guessing keys is slow too.
    if (!takeToken(QStringLiteral("ip:") + request.clientAddress, now) || (!key.isEmpty() && !takeToken(QStringLiteral("key:") + key, now)))
        return errorResponse(format, 429, QStringLiteral("Too many requests; try again in a minute"));
    if (key.isEmpty())
        return errorResponse(format, 403, QStringLiteral("api_key required -- can't proceed with create_request."));
    auto valid = m_store.isApiKeyValid(key);
    if (!valid) {
        qCWarning(lcOpen311) << "api key check failed:" << valid.error().code;
        return errorResponse(format, 500, QStringLiteral("Internal error; try again later"));
    }
    if (!valid.value())
        return errorResponse(format, 403, QStringLiteral("Invalid api_key received -- can't proceed with create_request."));

    CitizenReport report;
    report.source = ReportSource::Open311;
    report.serviceCode = fields.value(QStringLiteral("service_code"));
    if (report.serviceCode.isEmpty())
        return errorResponse(format, 400, QStringLiteral("service_code missing"));
    const QString lat = fields.value(QStringLiteral("lat")), lon = fields.value(QStringLiteral("long"));
    if (!lat.isEmpty() || !lon.isEmpty()) {
        const auto la = parseDegrees(lat), lo = parseDegrees(lon);
        if (!la || !lo)
            return errorResponse(format, 400, QStringLiteral("lat and long must both be decimal degrees (EPSG:4326)"));
        report.lat = *la;
        report.lon = *lo;
    }
    report.addressString = fields.value(QStringLiteral("address_string"));
    report.description = fields.value(QStringLiteral("description"));
    report.mediaUrl = fields.value(QStringLiteral("media_url"));
    report.lang = fields.value(QStringLiteral("lang"));
    ReporterContact contact;
    contact.email = fields.value(QStringLiteral("email")).trimmed();
    contact.firstName = fields.value(QStringLiteral("first_name")).trimmed();
    contact.lastName = fields.value(QStringLiteral("last_name")).trimmed();
    contact.phone = fields.value(QStringLiteral("phone")).trimmed();
    contact.deviceId = fields.value(QStringLiteral("device_id")).trimmed();

    auto stored = m_intake.submit(m_store, report, contact, QStringLiteral("open311"), now);
    if (!stored) {
        const Error &e = stored.error();
        if (e.code == QLatin1String("storeSql")) {
            qCWarning(lcOpen311) << "storing a request failed:" << e.code; // never the content
            return errorResponse(format, 500, QStringLiteral("Internal error; try again later"));
        }
        return errorResponse(format, 400, e.message);
    }
    if (m_onStored)
        m_onStored(stored->id);
    Fields f;
    f.add(QStringLiteral("service_request_id"), stored->serviceRequestId());
    f.add(QStringLiteral("service_notice"), stored->statusNotes);
    f.add(QStringLiteral("account_id"), QJsonValue::Null);
    return {200, contentType(format), serialise(format, "service_requests", "request", {f})};
}

} // namespace vigie
