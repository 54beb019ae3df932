#pragma once

#include "domain/result.h"
#include "ingest/rawmessage.h"
#include "localframe.h"
#include "workszone.h"

#include <QByteArray>
#include <QString>
#include <QTimeZone>
#include <QVector>

/// \file
/// \brief Reading roadworks: the Paris "chantiers perturbants" GeoJSON, WZDx v4
/// WorkZoneFeed GeoJSON, and single GeoJSON features received over MQTT.
///
/// All readers are lenient per feature and strict per document: a document that is not
/// JSON / not a FeatureCollection is an Error; a bad feature is reported as a
/// WorksImportIssue (and kept when it still has an id and dates, see each reader) and never
/// stops the import. Geometries go through GEOS (GeoJSON reader, MakeValid, buffer) with the
/// reentrant `_r` API, one GEOS context per call. Any thread; no shared state.

namespace vigie {

/// \brief One problem found while reading a feature.
struct WorksImportIssue
{
    int featureIndex = -1;  ///< 0-based position in the document's `features`.
    QString id;             ///< The feature's id when known.
    QString code;           ///< Stable: "geometryMissing", "geometryEmpty", "geometryInvalid",
                            ///< "geometryUnreadable", "idMissing", "dateUnparsable",
                            ///< "dateEpoch", "endBeforeStart", "foreignOffset",
                            ///< "impactUnknown", "impactNormalised", "impactMissing", "duplicateId",
                            ///< "notWorkZone" (WZDx detour and other event types, skipped).
    QString message;        ///< English, names the field and quotes the value (elided).
};

/// \brief The zones read from one document, and what was wrong with it.
///
/// `zones` holds every feature that has an id, also those without a usable geometry
/// (flagged WorksGeometryMissing, `areaWkb` empty: listed, never placed on the map or joined).
struct WorksImport
{
    QVector<WorksZone> zones;
    QVector<WorksImportIssue> issues;
    int sourceCount = 0;    ///< Features in the document.
};

struct WorksImportOptions
{
    /// The city's zone: Paris dates are read as calendar days in it (docs/coordination.md).
    QTimeZone zone{"Europe/Paris"};
    /// Frame for WorksZone::areaWkb. Default origin (0, 0) is only right near the equator:
    /// callers pass the city's centre.
    LocalFrame frame;
    /// WZDx line and point geometries become areas buffered by half this width (metres),
    /// unless the feature gives `lanes` (then 3.5 m per lane).
    double roadWidthM = 8.0;
    /// Source tag for the zones (Mqtt for WorksFeatureDecoder).
    WorksSource source = WorksSource::Manual;
};

/// \brief Reads the Paris open-data "chantiers perturbants" GeoJSON.
///
/// Fields: `identifiant` → id, `date_debut`/`date_fin` → start/end, `statut` → statusCode,
/// `impact_circulation` → impact, `maitre_ouvrage` → owner, `voie` → street,
/// `cp_arrondissement` → districtId, `description`, `impact_circulation_detail`.
/// Dates: the 2018–19 export writes every date with a "+09:00" offset and an hour that
/// encodes nothing (01:00–20:00 UTC); only the calendar day in the city's zone is meaningful.
/// Start = 00:00 local of that day, end = 00:00 local of the day after the end day;
/// flagged WorksForeignOffset | WorksDateOnly. 1970-01-01 = missing. End before start: swapped.
/// Errors: "invalidJson", "notFeatureCollection".
Result<WorksImport> importParisChantiers(const QByteArray &geojson, const WorksImportOptions &options);

/// \brief Reads a WZDx v4.x WorkZoneFeed (GeoJSON FeatureCollection of RoadEventFeature).
///
/// Only `event_type` "work-zone" features are kept ("detour" ones are reported, skipped).
/// `core_details.road_names` → street, `data_source_id` resolved through
/// `feed_info.data_sources[].organization_name` → owner, `start_date`/`end_date` (RFC 3339,
/// UTC ms), `event_status` → status, `vehicle_impact` → impact:
/// all-lanes-closed → BarrageTotal; some-lanes-closed* → Restreinte; alternating-one-way →
/// SensUnique; all-lanes-open* and unknown → Unknown (traffic passes: no rule acts on it);
/// any other value → Unknown, flagged WorksImpactUnknown. LineString / MultiPoint geometries are buffered (WorksGeometryBuffered).
/// Spec: github.com/usdot-jpo-ode/wzdx, v4.2 WorkZoneFeed.
/// Errors: "invalidJson", "notFeatureCollection", "notWzdx".
Result<WorksImport> importWzdx(const QByteArray &geojson, const WorksImportOptions &options);

/// Reads a file with the reader its content calls for (WZDx when it has `feed_info`, Paris
/// when features carry `identifiant`, else the generic feature reader of WorksFeatureDecoder).
/// Errors: "fileUnreadable" and the readers' codes.
Result<WorksImport> importWorksFile(const QString &path, const WorksImportOptions &options);

/// \brief Decodes roadworks sent over MQTT as GeoJSON: one Feature or a FeatureCollection.
///
/// Accepts a WZDx RoadEventFeature, a Paris "chantiers" feature, or Vigie's own properties:
/// `id` (or the feature's `id`), `start`, `end` (ISO 8601 with offset; a time without offset
/// is read in options.zone), `impact` (trafficImpactKey), `status` (worksStatusKey), `owner`,
/// `street`, `description`. A feature with `"status": "cancelled"` or `"deleted": true`
/// withdraws the zone of that id (returned with status Cancelled).
/// The ingest side routes a topic to it (like a PayloadDecoder route); it produces works
/// zones, not observations. Errors (the message goes to quarantine): "invalidJson",
/// "notGeoJson", "noUsableFeature" (every feature was refused; the issues say why).
/// Not thread-safe: one instance per thread.
class WorksFeatureDecoder
{
public:
    explicit WorksFeatureDecoder(WorksImportOptions options);
    QString name() const { return QStringLiteral("worksGeoJson"); }
    Result<WorksImport> decode(const RawMessage &message) const;
    /// Same, from a document (a file or a test).
    Result<WorksImport> decode(const QByteArray &geojson) const;

private:
    WorksImportOptions m_options;
};

} // namespace vigie
