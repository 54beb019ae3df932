#pragma once

#include "domain/assetkind.h"
#include "interventions/interventiontypes.h"

#include <QMetaType>
#include <QString>
#include <QVector>

#include <limits>
#include <optional>

/// \file
/// \brief Citizen reports (Open311 GeoReport v2 "service requests") and what Vigie keeps
/// around them: groups of likely duplicates, the reporter's contact (kept apart), and the
/// status history.
///
/// Times are UTC milliseconds since the Unix epoch; positions EPSG:4326 degrees; distances
/// metres. Field names follow the GeoReport v2 specification
/// (https://wiki.open311.org/GeoReport_v2); docs/reports.md describes the extensions.

namespace vigie {

/// Where a report came in from. Stored as its key.
enum class ReportSource : quint8 {
    Open311, ///< POST requests.json on Vigie's endpoint.
    Mqtt,    ///< A FIWARE IssueReporting / ServiceRequest entity over MQTT.
    Csv,     ///< An imported export (Paris "DansMaRue").
};
QString reportSourceKey(ReportSource source); ///< "open311", "mqtt", "csv".
bool reportSourceFromKey(const QString &key, ReportSource *source);

/// \brief Vigie's finer state of a report. Open311 only knows `open` and `closed`
/// (see open311Status()); this one travels in the extension field `vigie_state` and is
/// spelled out in `status_notes`.
///
/// It follows the linked intervention (reportStateFor()); without one it stays Received
/// until a supervisor acts.
enum class ReportState : quint8 {
    Received,     ///< Stored, not yet looked at (or linked to nothing yet).
    Acknowledged, ///< Linked to an intervention not yet given to a crew (intervention New/Reopened).
    Scheduled,    ///< A crew has it (Assigned, Accepted).
    InProgress,   ///< The crew is on its way or on site (EnRoute, OnSite).
    Blocked,      ///< The work is held up (intervention Blocked).
    Resolved,     ///< Work done (intervention Done). Closed.
    Declined,     ///< Will not be handled (intervention Cancelled, or rejected). Closed.
};
/// "received", "acknowledged", "scheduled", "inProgress", "blocked", "resolved", "declined".
QString reportStateKey(ReportState state);
bool reportStateFromKey(const QString &key, ReportState *state);
/// Resolved and Declined.
bool isClosed(ReportState state);
/// The GeoReport v2 `status`: "closed" for closed states, else "open".
QString open311Status(ReportState state);
/// The report state that mirrors an intervention status (Reopened → Acknowledged).
ReportState reportStateFor(InterventionStatus status);

/// \brief One citizen report, as stored (table `report`) and served over Open311.
///
/// Never holds who sent it: the reporter's contact lives in ReporterContact, in its own
/// table, and is never part of what views, crews, logs or exports see. Text fields are
/// plain text exactly as received (after trimming and length limits); markup is never
/// interpreted, only escaped when serialised.
struct CitizenReport
{
    qint64 id = 0;                 ///< Store row id; 0 before insertion.
    /// GeoReport `service_request_id`: the row id in decimal (unique per city store).
    QString serviceRequestId() const { return id > 0 ? QString::number(id) : QString(); }
    QString serviceCode;           ///< GeoReport `service_code`, a code of the city's ServiceCatalog.
    QString description;           ///< GeoReport `description`, plain text, ≤ ReportSettings::maxDescriptionChars.
    double lat = std::numeric_limits<double>::quiet_NaN(); ///< GeoReport `lat`, EPSG:4326; NaN = unknown.
    double lon = std::numeric_limits<double>::quiet_NaN(); ///< GeoReport `long`.
    QString addressString;         ///< GeoReport `address_string` as sent (served as `address`).
    QString mediaUrl;              ///< GeoReport `media_url` (http/https only), never fetched by Vigie.
    qint64 requestedAtMs = 0;      ///< GeoReport `requested_datetime`.
    qint64 updatedAtMs = 0;        ///< GeoReport `updated_datetime`: last change of state or notes.
    ReportState state = ReportState::Received; ///< Extension `vigie_state`; GeoReport `status` derives from it.
    QString statusNotes;           ///< GeoReport `status_notes`: the last resident-facing message.
    QString agencyResponsible;     ///< GeoReport `agency_responsible` (the service's agency).
    QString lang = QStringLiteral("fr"); ///< Language of the messages for this resident ("fr" or "en").

    qint64 groupId = 0;            ///< ReportGroup::id (every stored report has one).
    QString matchedAssetId;        ///< Asset URN matched within ReportSettings::matchRadiusM; empty = none.
    double matchedDistanceM = std::numeric_limits<double>::quiet_NaN(); ///< Metres to that asset.
    qint64 alarmId = 0;            ///< Linked alarm (Alarm::id), via its group; 0 = none.
    qint64 interventionId = 0;     ///< Linked intervention (Intervention::id), via its group; 0 = none.

    ReportSource source = ReportSource::Open311;
    QString sourceRef;             ///< The id the source gave it (FIWARE entity id, DansMaRue number); may be empty.

    bool isOpen() const { return !isClosed(state); }
    bool hasLocation() const { return lat == lat && lon == lon; }
};

/// \brief Who sent a report: personal data, stored apart (table `reporter_contact`).
///
/// Never shown to crews, never in exports, never logged (not even at debug level), and
/// deleted by ReportStore::purgeContacts() after ReportSettings::contactRetentionDays.
struct ReporterContact
{
    QString email;                 ///< GeoReport `email`.
    QString firstName;             ///< GeoReport `first_name`.
    QString lastName;              ///< GeoReport `last_name`.
    QString phone;                 ///< GeoReport `phone`.
    QString deviceId;              ///< GeoReport `device_id`.
    qint64 storedAtMs = 0;         ///< When it was stored: the retention period counts from here.

    bool isEmpty() const { return email.isEmpty() && firstName.isEmpty() && lastName.isEmpty() && phone.isEmpty() && deviceId.isEmpty(); }
};

/// \brief Reports that are likely the same problem (table `report_group`).
///
/// A report joins an open group of the same service code whose anchor is within
/// ReportSettings::groupRadiusM, or the group of the same matched asset; else it starts its
/// own. A supervisor confirms a group (the grouping is right), splits a report out of it,
/// or links it to an alarm or an intervention; links are copied to its reports.
struct ReportGroup
{
    qint64 id = 0;
    QString serviceCode;
    QString assetId;               ///< Matched asset of its first matched report; empty = none.
    double lat = std::numeric_limits<double>::quiet_NaN(); ///< Anchor: the first report's position, EPSG:4326.
    double lon = std::numeric_limits<double>::quiet_NaN();
    int reportCount = 0;           ///< Distinct reports in it (the "how many residents" figure).
    bool confirmed = false;        ///< A supervisor confirmed the grouping.
    bool open = true;              ///< False once its intervention is closed or every report is closed.
    qint64 alarmId = 0;
    qint64 interventionId = 0;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

/// \brief One entry of a report's status history (table `report_event`).
struct ReportEvent
{
    qint64 reportId = 0;
    qint64 atMs = 0;
    ReportState state = ReportState::Received;
    QString statusNotes;
    QString actor;                 ///< "system", "open311", "intervention:<id>", or a supervisor's name.
};

/// \brief GeoReport v2 GET requests.json filters. Empty/zero fields do not filter.
struct ReportQuery
{
    QStringList serviceRequestIds; ///< `service_request_id` (comma list); when set, the others are ignored (spec).
    QStringList serviceCodes;      ///< `service_code` (comma list).
    qint64 startMs = 0;            ///< `start_date`: requested at or after (UTC ms).
    qint64 endMs = 0;              ///< `end_date`: requested at or before.
    std::optional<bool> open;      ///< `status`: open (true) or closed (false).
    int limit = 1000;              ///< Most recent first, at most this many (spec: 90 days / 1000 by default).
};

/// \brief Settings of the reports module (application settings, group "reports").
struct ReportSettings
{
    double matchRadiusM = 30;      ///< An asset of the service's kind farther than this is not matched.
    double groupRadiusM = 50;      ///< Same-service reports within this of a group's anchor join it.
    int contactRetentionDays = 30; ///< Reporter contacts older than this are purged.
    int maxDescriptionChars = 4000;///< Longer descriptions are refused (400).
    qint64 maxBodyBytes = 16 * 1024; ///< Larger request bodies are refused (413, spec error list).
    int ratePerMinute = 10;        ///< POSTs per API key per minute; more get 429 (spec error list).
    QString jurisdictionId;        ///< GeoReport `jurisdiction_id` accepted (empty = any).
};

} // namespace vigie

Q_DECLARE_METATYPE(vigie::CitizenReport)
Q_DECLARE_METATYPE(vigie::ReportGroup)
