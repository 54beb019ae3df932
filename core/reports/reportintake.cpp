#include "reportintake.h"

#include "reportstore.h"
#include "storage/sqlite.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace vigie {

namespace {

constexpr qsizetype kMaxFieldChars = 500;

/// Plain text as received, minus what could hide or forge content: control characters
/// (other than newline and tab) become spaces; markup is left as the resident typed it.
QString cleanText(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            c = QLatin1Char(' ');
    }
    return out.trimmed();
}

Error error(const char *code, const QString &message) { return Error{QLatin1String(code), message}; }

} // namespace

ReportIntake::ReportIntake(ServiceCatalog catalog, AssetMatcher matcher, ReportSettings settings, StatusTemplates templates)
    : m_catalog(std::move(catalog))
    , m_matcher(std::move(matcher))
    , m_settings(std::move(settings))
    , m_templates(std::move(templates))
{
}

Status ReportIntake::validate(CitizenReport &report, const ReporterContact &contact) const
{
    report.serviceCode = report.serviceCode.trimmed();
    const ServiceDefinition *service = m_catalog.find(report.serviceCode);
    if (!service)
        return error("unknownService", QStringLiteral("service_code %1 is not a service of this city").arg(elide(report.serviceCode, 40)));
    report.description = cleanText(report.description);
    report.addressString = cleanText(report.addressString);
    report.mediaUrl = report.mediaUrl.trimmed();
    if (report.description.size() > m_settings.maxDescriptionChars)
        return error("tooLong", QStringLiteral("description is longer than %1 characters").arg(m_settings.maxDescriptionChars));
    if (report.addressString.size() > kMaxFieldChars)
        return error("tooLong", QStringLiteral("address_string is longer than %1 characters").arg(kMaxFieldChars));
    if (report.mediaUrl.size() > 2000)
        return error("tooLong", QStringLiteral("media_url is longer than 2000 characters"));
    const bool hasLat = !std::isnan(report.lat), hasLon = !std::isnan(report.lon);
    if (hasLat != hasLon)
        return error("invalidLocation", QStringLiteral("lat and long go together"));
    if (hasLat) {
        if (!std::isfinite(report.lat) || !std::isfinite(report.lon) || report.lat < -90 || report.lat > 90
            || report.lon < -180 || report.lon > 180)
            return error("invalidLocation", QStringLiteral("lat must be within [-90, 90] and long within [-180, 180] (EPSG:4326 degrees)"));
    } else if (report.addressString.isEmpty()) {
        return error("missingLocation", QStringLiteral("lat/long or address_string is required"));
    }
    if (!report.mediaUrl.isEmpty()) {
        const QUrl url(report.mediaUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
            return error("invalidMediaUrl", QStringLiteral("media_url must be an http or https URL"));
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{1,63}$"));
    if (!contact.email.isEmpty() && !email.match(contact.email).hasMatch())
        return error("invalidEmail", QStringLiteral("email is not an e-mail address"));
    for (const QString *f : {&contact.firstName, &contact.lastName, &contact.phone, &contact.deviceId}) {
        if (f->size() > kMaxFieldChars)
            return error("tooLong", QStringLiteral("a contact field is longer than %1 characters").arg(kMaxFieldChars));
    }
    if (report.lang != QLatin1String("en"))
        report.lang = QStringLiteral("fr");
    if (report.agencyResponsible.isEmpty())
        report.agencyResponsible = service->agency;
    return {};
}

Result<CitizenReport> ReportIntake::submit(ReportStore &store, CitizenReport report, const ReporterContact &contact,
                                           const QString &actor, qint64 nowMs) const
{
    if (auto v = validate(report, contact); !v)
        return v.error();
    const ServiceDefinition *service = m_catalog.find(report.serviceCode);
    report.id = 0;
    report.state = ReportState::Received;
    if (report.requestedAtMs <= 0)
        report.requestedAtMs = nowMs;
    report.updatedAtMs = nowMs;
    report.alarmId = 0;
    report.interventionId = 0;
    report.matchedAssetId.clear();
    report.matchedDistanceM = std::numeric_limits<double>::quiet_NaN();
    if (service->assetKind && report.hasLocation()) {
        const AssetMatcher::Match m = m_matcher.nearest(*service->assetKind, report.lat, report.lon, m_settings.matchRadiusM);
        if (m.index >= 0) {
            report.matchedAssetId = m_matcher.directory()->at(m.index).id;
            report.matchedDistanceM = m.distanceM;
        }
    }
    report.statusNotes = m_templates.render(ReportState::Received, report.lang, service->name(report.lang), report.addressString,
                                            QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")));

    // One transaction: the group lookup and the insertion cannot interleave with another
    // intake thread, and a failure leaves no empty group behind.
    if (auto b = store.connection().exec("BEGIN IMMEDIATE"); !b)
        return b.error();
    auto stored = place(store, report, contact, actor, nowMs);
    if (!stored) {
        store.connection().exec("ROLLBACK");
        return stored;
    }
    if (auto c = store.connection().exec("COMMIT"); !c) {
        store.connection().exec("ROLLBACK");
        return c.error();
    }
    return stored;
}

Result<CitizenReport> ReportIntake::place(ReportStore &store, CitizenReport report, const ReporterContact &contact,
                                          const QString &actor, qint64 nowMs) const
{
    // The same entity sent again (a retained message at resubscription, a QoS 1
    // redelivery, a file imported twice) is the same report: checked inside the transaction.
    auto earlier = store.reportFromSource(report.source, report.sourceRef);
    if (!earlier)
        return earlier.error();
    if (earlier.value())
        return Error{QStringLiteral("duplicateReport"),
                     QStringLiteral("%1 is already stored as report %2").arg(elide(report.sourceRef, 120)).arg(earlier.value()->id)};
    auto candidates = store.openGroups(report.serviceCode);
    if (!candidates)
        return candidates.error();
    qint64 groupId = findGroup(report, candidates.value(), m_settings.groupRadiusM);
    if (groupId > 0) {
        for (const ReportGroup &g : candidates.value()) {
            if (g.id == groupId) {
                // A report joining a group linked to work already under way takes its links.
                report.alarmId = g.alarmId;
                report.interventionId = g.interventionId;
            }
        }
    } else {
        ReportGroup g;
        g.serviceCode = report.serviceCode;
        g.assetId = report.matchedAssetId;
        g.lat = report.lat;
        g.lon = report.lon;
        g.createdAtMs = g.updatedAtMs = nowMs;
        auto id = store.insertGroup(g);
        if (!id)
            return id.error();
        groupId = id.value();
    }
    report.groupId = groupId;
    ReporterContact c = contact;
    c.storedAtMs = nowMs;
    return store.insertReport(report, c, actor);
}

} // namespace vigie
