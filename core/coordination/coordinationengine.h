#pragma once

#include "collectionround.h"
#include "coordinationtypes.h"
#include "localframe.h"
#include "workszone.h"

#include <QSet>
#include <QStringList>
#include <QTimeZone>
#include <QVector>

#include <memory>

/// \file
/// \brief The cross-service coordination rules (issue 6), evaluated as spatio-temporal joins.

namespace vigie {

/// \brief Evaluates the five coordination rules over works zones, lamps, containers,
/// collection rounds and planned interventions, fully or incrementally.
///
/// Geometry: every input is projected once into `frame` (LocalFrame metres); works areas
/// become GEOS prepared geometries (GEOS C API, reentrant `_r` functions, one context owned
/// by the engine); works, lamps, containers, round legs and interventions sit in Boost.Geometry
/// R-trees (dynamic, so one zone or asset can be moved without rebuilding).
///
/// Time: rules look at [now, now + settings.horizonMs). Rounds run on their schedule in
/// `zone` (the city's time zone). Night for the lighting rule comes from SunTimes at the
/// zone's position (civil twilight).
///
/// Every item belongs to exactly one works zone, so the engine keeps items per zone: a full
/// recompute evaluates every zone; an incremental update re-evaluates only the zones the
/// change can touch (found through the R-trees with the largest rule distance) and returns
/// what changed as a CoordinationDelta. A full recompute after any sequence of updates
/// yields the same items (tests check it).
///
/// Bad input is reported, never fatal: zones without a usable area (null, empty, unreadable
/// WKB) are kept out of the joins and listed by unplacedWorks(); invalid polygons are made
/// valid (GEOSMakeValid); assets with non-finite coordinates are ignored.
///
/// Thread: not thread-safe. Create, feed and query it on one thread (a worker; a full
/// recompute on 30 000 lamps takes tens of ms, see docs/performance.md). Not a QObject: a
/// service wraps it and emits deltas as signals. Not copyable.
class CoordinationEngine
{
public:
    /// `frame`: metric plane for the city (centre of the pack). `zone`: the city's time zone.
    CoordinationEngine(const LocalFrame &frame, const QTimeZone &zone,
                       const CoordinationSettings &settings = {});
    ~CoordinationEngine();
    CoordinationEngine(const CoordinationEngine &) = delete;
    CoordinationEngine &operator=(const CoordinationEngine &) = delete;

    const LocalFrame &frame() const;
    const QTimeZone &timeZone() const;

    // -- Inputs. set*() replace a whole set and take effect at the next recompute(). -------

    /// Replaces the settings (takes effect at the next recompute()).
    void setSettings(const CoordinationSettings &settings);
    const CoordinationSettings &settings() const;
    /// The instant the rules look from (UTC ms). Takes effect at the next recompute().
    void setNow(qint64 nowMs);
    qint64 now() const;
    void setDistricts(const QVector<CoordinationDistrict> &districts);
    /// Zones with the same id: the last one wins. Zones are read from WorksZone::wkb
    /// (EPSG:4326, projected here; polygons made valid, lines and points buffered by 4 m),
    /// or from areaWkb (already in this engine's frame) when wkb is empty.
    void setWorks(const QVector<WorksZone> &zones);
    /// Lamps and containers; `index` must be unique (the last one wins).
    void setAssets(const QVector<CoordinationAsset> &assets);
    void setRounds(const QVector<CollectionRound> &rounds);
    void setPlannedWorks(const QVector<PlannedWork> &works);

    // -- Evaluation. ------------------------------------------------------------------------

    /// Re-evaluates every rule over every zone; the delta is against the previous items.
    CoordinationDelta recompute();

    /// Incremental updates: apply one change and re-evaluate only what it touches. They use
    /// the current now() and settings (call recompute() after changing those).
    CoordinationDelta updateAsset(const CoordinationAsset &asset);    ///< Insert or replace by index.
    CoordinationDelta removeAsset(qint32 index);
    CoordinationDelta updateWorks(const WorksZone &zone);             ///< Insert or replace by id.
    CoordinationDelta removeWorks(const QString &worksId);
    CoordinationDelta updateRound(const CollectionRound &round);      ///< Insert or replace by id.
    CoordinationDelta removeRound(const QString &roundId);
    CoordinationDelta updatePlannedWork(const PlannedWork &work);     ///< Insert or replace by interventionId.
    CoordinationDelta removePlannedWork(qint64 interventionId);

    // -- Results. ---------------------------------------------------------------------------

    /// Current items, sorted by key.
    QVector<CoordinationItem> items() const;
    int itemCount() const;
    /// Lamps (AssetDirectory indexes) whose alarms the current SuspectedCableCut items
    /// suppress by design: pass to AlarmService::setSuppression(coordinationSuppressionSource(), …).
    QSet<qint32> suppressedLamps() const;
    /// Ids of zones kept out of the joins (no usable geometry), sorted.
    QStringList unplacedWorks() const;
    /// The next collection of a container after `afterMs` over every round that lists it;
    /// startMs = 0 when it is on no round.
    RoundOccurrence nextCollection(const QString &containerId, qint64 afterMs) const;
    /// Fill forecast of a container against its next collection after now().
    FillForecast forecast(const QString &containerId) const;
    /// District of a point (EPSG:4326), empty if in none.
    QString districtAt(double lon, double lat) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vigie
