#pragma once

#include "domain/assetkind.h"
#include "fillforecast.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <limits>

/// \file
/// \brief What the coordination engine reads (assets, planned interventions, districts,
/// settings) and what it finds (coordination items, deltas).

namespace vigie {

/// \brief The five cross-service rules; also the kind of the items they produce.
enum class CoordinationKind : quint8 {
    RoundBlocked,         ///< A round's path crosses a blocking/restricting works zone active on its day.
    SuspectedCableCut,    ///< N+ lamps went dark in or near a works zone soon after it started.
    OverflowBehindWorks,  ///< A container forecast to overflow sits in, or only behind, active works.
    CombineIntervention,  ///< An intervention is planned where and when works are: do both at once.
    LightingForSafety,    ///< Dark lamps along a works zone's perimeter at night: raise lighting.
};
constexpr int kCoordinationKindCount = 5;
/// Stable keys: "roundBlocked", "suspectedCableCut", "overflowBehindWorks",
/// "combineIntervention", "lightingForSafety" (stored, sent over MQTT, used in settings).
QString coordinationKindKey(CoordinationKind kind);
bool coordinationKindFromKey(const QString &key, CoordinationKind *kind);

/// ISA-18.2-like severity of an item, for sorting and colour.
enum class CoordinationSeverity : quint8 { Info, Warning, Critical };
QString coordinationSeverityKey(CoordinationSeverity severity); ///< "info", "warning", "critical".

/// \brief One live asset as the rules see it (a lamp or a container).
///
/// `index` is the AssetDirectory index (what AlarmService::setSuppression takes).
/// `dark`: the lamp is not lighting (failed, or off while it should be on), since
/// `darkSinceMs`. Fill data only for containers.
struct CoordinationAsset
{
    qint32 index = -1;
    QString id;                ///< URN.
    AssetKind kind = AssetKind::Streetlight;
    double lon = 0;            ///< EPSG:4326 degrees.
    double lat = 0;
    bool dark = false;         ///< Streetlight only.
    qint64 darkSinceMs = 0;    ///< UTC ms; meaningful when dark.
    FillState fill;            ///< WasteContainer only.
    double fullRatio = 0.9;    ///< Layer's full threshold (ConditionPolicy).
};

/// \brief An intervention with a planned place and window (from InterventionService).
struct PlannedWork
{
    qint64 interventionId = 0;
    QString kind;              ///< interventionKindKey(), e.g. "lighting".
    QString label;             ///< For the suggested action text (location or description).
    double lon = std::numeric_limits<double>::quiet_NaN(); ///< EPSG:4326; NaN = no place (ignored).
    double lat = std::numeric_limits<double>::quiet_NaN();
    qint64 fromMs = 0;         ///< Planned window, UTC ms [fromMs, untilMs).
    qint64 untilMs = 0;
};

/// \brief A district polygon, to label items (Paris arrondissements, Monaco quartiers…).
struct CoordinationDistrict
{
    QString id;                ///< The pack's district ref.
    QString label;
    QByteArray wkb;            ///< EPSG:4326 ISO WKB polygon or multipolygon.
};

/// \brief Per-rule settings. Defaults are the values docs/coordination.md justifies.
///
/// Distances are metres (LocalFrame), times milliseconds. Every rule can be disabled.
struct CoordinationSettings
{
    /// Rules look at [now, now + horizonMs) for planned rounds, works and interventions.
    qint64 horizonMs = 7LL * 24 * 3600 * 1000;

    struct RoundRule {
        bool enabled = true;
        bool includeRestricting = true;   ///< Also RESTREINTE and SENS_UNIQUE (not only BARRAGE_TOTAL / IMPASSE).
        double containerAccessM = 15.0;   ///< A container this close to the zone cannot be reached.
    } round;

    struct CableCutRule {
        bool enabled = true;
        int minLamps = 3;                 ///< N: dark lamps needed for one alarm.
        double distanceM = 25.0;          ///< D: lamps within this distance of the zone count.
        qint64 afterStartMs = 72LL * 3600 * 1000; ///< Lamp went dark within this long after works start.
        qint64 slackBeforeStartMs = 2LL * 3600 * 1000; ///< …or this long before (dates are day-precise).
    } cableCut;

    struct OverflowRule {
        bool enabled = true;
        double accessM = 15.0;            ///< Container within this distance of an active zone is behind it.
        bool blockingOnly = false;        ///< Only BARRAGE_TOTAL / IMPASSE zones.
    } overflow;

    struct CombineRule {
        bool enabled = true;
        double distanceM = 30.0;          ///< Intervention place within this distance of the zone.
        qint64 slackMs = 24LL * 3600 * 1000; ///< Windows closer than this count as "same window".
    } combine;

    struct LightingRule {
        bool enabled = true;
        double perimeterM = 20.0;         ///< Lamps within this distance of the zone's boundary.
        int minLamps = 1;                 ///< Dark lamps needed for one item.
    } lighting;

    bool isEnabled(CoordinationKind kind) const;
    void setEnabled(CoordinationKind kind, bool enabled);
};

/// What an edit of the coordination rules changed, for the audit trail (a session's
/// "settingsChange" action, setting "coordination/rules"): settingsChange() of every field
/// under its struct's name and unit ("horizonMs", "round.containerAccessM",
/// "cableCut.minLamps"…). Empty when nothing changed. Pure; any thread.
QJsonObject coordinationSettingsChange(const CoordinationSettings &before, const CoordinationSettings &after);

/// \brief One finding: assets, works, round, time window, district and a suggested action.
///
/// `key` is stable for the same finding across recomputations (kind, works id, round or
/// intervention id): the UI updates rows by it and deltas name it. Texts are English and
/// built from tr()-free templates in core; the UI may rebuild them from the fields.
struct CoordinationItem
{
    QString key;                    ///< "<kindKey>|<worksId>|<roundId or interventionId or ''>".
    CoordinationKind kind = CoordinationKind::RoundBlocked;
    CoordinationSeverity severity = CoordinationSeverity::Warning;
    QString worksId;
    QString roundId;                ///< RoundBlocked, OverflowBehindWorks (the container's round).
    qint64 interventionId = 0;      ///< CombineIntervention.
    QStringList assetIds;           ///< URNs: unreachable containers, dark lamps, overflowing container.
    QVector<qint32> assetIndexes;   ///< Same assets, AssetDirectory indexes (parallel to assetIds).
    qint64 fromMs = 0;              ///< Time window of the conflict, UTC ms [fromMs, untilMs).
    qint64 untilMs = 0;
    QString districtId;             ///< District of the works zone (or the round); may be empty.
    double lon = std::numeric_limits<double>::quiet_NaN(); ///< Where to show it (EPSG:4326).
    double lat = std::numeric_limits<double>::quiet_NaN();
    QString summary;                ///< One line, e.g. "Round r-13-1 crosses closed works CP000617 on Mon 2018-05-07".
    QString suggestedAction;        ///< e.g. "Reroute the round; collect 2 containers from rue X before 06:00".

    bool operator==(const CoordinationItem &other) const;
};

/// \brief Changes from one evaluation to the next: items added, changed (same key, other
/// content) and removed (keys). Empty when nothing changed.
struct CoordinationDelta
{
    QVector<CoordinationItem> added;
    QVector<CoordinationItem> changed;
    QStringList removed;

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
};

/// Suppression source name the engine's cable-cut lamps are listed under in
/// AlarmService::setSuppression ("worksZone").
inline QString coordinationSuppressionSource() { return QStringLiteral("worksZone"); }

} // namespace vigie

Q_DECLARE_METATYPE(vigie::CoordinationItem)
Q_DECLARE_METATYPE(vigie::CoordinationDelta)
