#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <limits>

/// \file
/// \brief Roadworks zones (WZDx "work zone" road events, Paris "chantiers perturbants"),
/// as the coordination rules and the roadworks map layer use them.

namespace vigie {

/// \brief What a works zone does to traffic.
///
/// Values and names follow the Paris `impact_circulation` codebook; WZDx v4
/// `vehicle_impact` is mapped onto them (see worksimport.h).
enum class TrafficImpact : quint8 {
    Unknown,       ///< Not given, or a value outside the codebook (then flagged).
    BarrageTotal,  ///< Road closed to traffic (WZDx all-lanes-closed).
    Restreinte,    ///< Capacity reduced, traffic passes (WZDx some-lanes-closed, alternating…).
    SensUnique,    ///< One-way only through the zone.
    Impasse,       ///< The street becomes a dead end.
};

/// The stable key ("BARRAGE_TOTAL", "RESTREINTE", "SENS_UNIQUE", "IMPASSE", "unknown"),
/// as the Paris data spells it; stored and sent over MQTT.
QString trafficImpactKey(TrafficImpact impact);
/// Parses a key of trafficImpactKey(); false if unknown.
bool trafficImpactFromKey(const QString &key, TrafficImpact *impact);
/// True for the impacts that stop a collection vehicle going through (BarrageTotal, Impasse).
bool isBlocking(TrafficImpact impact);

/// \brief Lifecycle of a works zone, as far as the source says.
///
/// Paris `statut` is an undocumented integer 1–5 in the open data; it is kept raw in
/// WorksZone::statusCode and mapped to Unknown here: activity comes from the dates.
/// WZDx v4 `event_status` maps to Planned / Pending / Active / Completed / Cancelled.
enum class WorksStatus : quint8 { Unknown, Planned, Pending, Active, Completed, Cancelled };
QString worksStatusKey(WorksStatus status); ///< "unknown", "planned", "pending", "active", "completed", "cancelled".
bool worksStatusFromKey(const QString &key, WorksStatus *status);

/// \brief Where a works zone came from.
enum class WorksSource : quint8 { ParisChantiers, Wzdx, Mqtt, Manual };
QString worksSourceKey(WorksSource source); ///< "parisChantiers", "wzdx", "mqtt", "manual".

/// \brief Data-quality findings on one works zone, OR-ed. Never fatal: the zone is kept
/// (unless it has no usable geometry, which WorksImport reports as an ImportIssue too).
enum WorksQualityFlag : quint32 {
    WorksQualityOk              = 0,
    /// Times carried an offset that is not the city's (Paris export: "+09:00"); read as
    /// calendar dates in the city's zone (see docs/coordination.md, "Time-zone quirk").
    WorksForeignOffset          = 1u << 0,
    /// Only the calendar day is meaningful: start = 00:00 local of the first day,
    /// end = 00:00 local of the day after the last day.
    WorksDateOnly               = 1u << 1,
    WorksStartMissing           = 1u << 2,  ///< No start time: treated as active since forever.
    WorksEndMissing             = 1u << 3,  ///< No end time: treated as open-ended.
    WorksEpochPlaceholder       = 1u << 4,  ///< A 1970-01-01 date (a null in disguise): treated as missing.
    WorksEndBeforeStart         = 1u << 5,  ///< End < start in the source: dates swapped, flagged.
    WorksImpactMissing          = 1u << 6,
    WorksImpactNormalised       = 1u << 7,  ///< Free text mapped to the codebook ("Mise en impasse" → IMPASSE).
    WorksImpactUnknown          = 1u << 8,  ///< A value that could not be mapped.
    WorksGeometryMissing        = 1u << 9,  ///< Null or empty geometry: the zone cannot be placed.
    WorksGeometryInvalid        = 1u << 10, ///< Not OGC-valid (self-intersection…): repaired with GEOS MakeValid.
    WorksGeometryBuffered       = 1u << 11, ///< Line or point source (WZDx): area = buffer of roadWidthM / 2.
    WorksUnparsableDate         = 1u << 12, ///< A date string that is not ISO 8601: treated as missing.
};
using WorksQuality = quint32;

/// \brief One roadworks zone.
///
/// Geometry: `wkb` is ISO WKB in EPSG:4326 (lon, lat) as the source gave it (line sources
/// included); `areaWkb` is the zone's area in LocalFrame metres (polygons as given, lines and
/// points buffered), empty when the zone has no usable geometry. Times are UTC ms; the zone
/// is active over [startMs, endMs). startMs = min() / endMs = max() when unknown (flagged).
struct WorksZone
{
    QString id;                ///< Source id (Paris `identifiant`, WZDx feature id); unique per source.
    WorksSource source = WorksSource::Manual;
    QByteArray wkb;            ///< EPSG:4326 ISO WKB; may be empty (flagged WorksGeometryMissing).
    QByteArray areaWkb;        ///< LocalFrame metres ISO WKB (Polygon or MultiPolygon); may be empty.
    double labelLon = std::numeric_limits<double>::quiet_NaN(); ///< EPSG:4326 representative point.
    double labelLat = std::numeric_limits<double>::quiet_NaN();
    qint64 startMs = std::numeric_limits<qint64>::min();
    qint64 endMs = std::numeric_limits<qint64>::max();
    WorksStatus status = WorksStatus::Unknown;
    int statusCode = 0;        ///< Source's raw status code (Paris `statut`), 0 if none.
    TrafficImpact impact = TrafficImpact::Unknown;
    QString impactDetail;      ///< Source's free text (Paris `impact_circulation_detail`).
    QString owner;             ///< Maître d'ouvrage / WZDx data source organisation.
    QString street;            ///< Paris `voie`, WZDx road_names joined.
    QString description;
    QString districtId;        ///< Paris `cp_arrondissement` or as assigned by the engine.
    WorksQuality quality = WorksQualityOk;

    bool hasArea() const { return !areaWkb.isEmpty(); }
    /// Active at `atMs` (UTC ms): startMs <= atMs < endMs.
    bool isActiveAt(qint64 atMs) const { return startMs <= atMs && atMs < endMs; }
    /// Active at some time in [fromMs, untilMs) (UTC ms).
    bool overlaps(qint64 fromMs, qint64 untilMs) const { return startMs < untilMs && fromMs < endMs; }
};

/// The zones of `zones` active at `atMs` (UTC ms), in input order. Any thread.
QVector<WorksZone> worksActiveAt(const QVector<WorksZone> &zones, qint64 atMs);
/// The zones active at some time in [fromMs, untilMs) (UTC ms), in input order. Any thread.
QVector<WorksZone> worksActiveIn(const QVector<WorksZone> &zones, qint64 fromMs, qint64 untilMs);

} // namespace vigie

Q_DECLARE_METATYPE(vigie::WorksZone)
