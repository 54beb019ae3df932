#include "coordinationengine.h"

#include "alarms/suntimes.h"
#include "geosutil.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

Q_LOGGING_CATEGORY(lcCoordination, "vigie.coordination")

namespace vigie {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;
using BPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using BBox = bg::model::box<BPoint>;
using ZoneValue = std::pair<BBox, int>;
using AssetValue = std::pair<BPoint, qint32>;

namespace {

constexpr qint64 kMinMs = std::numeric_limits<qint64>::min();
constexpr qint64 kMaxMs = std::numeric_limits<qint64>::max();
/// Lines and points given as a works geometry (WZDx) become areas of this half-width.
constexpr double kLineHalfWidthM = 4.0;

BBox expanded(const BBox &b, double by)
{
    return BBox(BPoint(b.min_corner().get<0>() - by, b.min_corner().get<1>() - by),
                BPoint(b.max_corner().get<0>() + by, b.max_corner().get<1>() + by));
}

QString dayText(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
}

QString itemKey(CoordinationKind kind, const QString &worksId, const QString &other)
{
    return coordinationKindKey(kind) + QLatin1Char('|') + worksId + QLatin1Char('|') + other;
}

} // namespace

struct CoordinationEngine::Private
{
    struct Zone
    {
        WorksZone data;
        geos::GeomPtr area;           ///< Metric.
        geos::PreparedPtr prepared;
        geos::GeomPtr boundary;       ///< Metric, for the lighting rule.
        geos::PreparedPtr preparedBoundary;
        BBox box;
        QString districtId;
        bool placed = false;
    };
    struct Asset
    {
        CoordinationAsset data;
        QPointF xy;
        geos::GeomShared point;
    };
    struct Round
    {
        CollectionRound data;
        geos::GeomShared path;          ///< Metric LineString (path, or straight legs through containers).
        BBox box;
        bool hasPath = false;
        int number = -1;                ///< Key of its segments in segmentTree.
        std::vector<BBox> segmentBoxes;
    };
    struct Planned
    {
        PlannedWork data;
        QPointF xy;
        geos::GeomShared point;
    };
    struct District
    {
        CoordinationDistrict data;
        geos::GeomPtr geom;           ///< EPSG:4326.
        geos::PreparedPtr prepared;
    };

    Private(const LocalFrame &f, const QTimeZone &z, const CoordinationSettings &s) : frame(f), zone(z), settings(s) {}

    geos::Context ctx;
    LocalFrame frame;
    QTimeZone zone;
    CoordinationSettings settings;
    qint64 nowMs = 0;

    std::vector<std::unique_ptr<Zone>> zones; ///< Slots; null = free.
    std::vector<int> freeSlots;
    QHash<QString, int> zoneSlot;
    bgi::rtree<ZoneValue, bgi::rstar<16>> zoneTree;

    QHash<qint32, Asset> assets;
    QHash<QString, qint32> containerIndex;    ///< URN → index.
    bgi::rtree<AssetValue, bgi::rstar<16>> lampTree;      ///< Dark lamps only: both lamp rules need darkness.
    bgi::rtree<AssetValue, bgi::rstar<16>> containerTree;

    QHash<QString, Round> rounds;
    /// Every leg of every round path, so a zone only tests the rounds that pass near it
    /// (a round's own envelope often spans half the city).
    bgi::rtree<std::pair<BBox, int>, bgi::rstar<16>> segmentTree;
    std::vector<QString> roundIdByNumber;
    QHash<QString, QStringList> roundsOfContainer;
    QHash<qint64, Planned> planned;
    std::vector<District> districts;

    QHash<QString, QVector<CoordinationItem>> itemsByZone;
    // Time-zone arithmetic (QDateTime in a QTimeZone) costs microseconds per call: the
    // schedule-derived values are cached for the current now and dropped on any change that
    // could alter them (setNow, settings, rounds).
    mutable qint64 cacheNowMs = kMinMs;
    mutable QHash<QString, QVector<RoundOccurrence>> occurrenceCache; ///< round → runs in [now − 1 d, now + horizon + 1 d)
    mutable QHash<QString, RoundOccurrence> nextCollectionCache;     ///< container → next run after now
    mutable QHash<qint64, QString> dayTextCache;

    void checkCache() const
    {
        if (cacheNowMs == nowMs)
            return;
        cacheNowMs = nowMs;
        dropCaches();
    }
    void dropCaches() const
    {
        occurrenceCache.clear();
        nextCollectionCache.clear();
        if (dayTextCache.size() > 100000)
            dayTextCache.clear();
    }
    QString dayTextOf(qint64 ms) const
    {
        const auto it = dayTextCache.constFind(ms);
        if (it != dayTextCache.constEnd())
            return *it;
        const QString t = dayText(ms, zone);
        dayTextCache.insert(ms, t);
        return t;
    }
    /// Runs of round `r` overlapping [from, until), from the cache when inside its span.
    QVector<RoundOccurrence> occurrences(const Round &r, qint64 from, qint64 until) const
    {
        checkCache();
        constexpr qint64 kDayMs = 86400000;
        const qint64 spanFrom = nowMs - kDayMs, spanUntil = nowMs + settings.horizonMs + kDayMs;
        if (from < spanFrom || until > spanUntil)
            return roundOccurrences(r.data.schedule, zone, from, until);
        auto it = occurrenceCache.find(r.data.id);
        if (it == occurrenceCache.end())
            it = occurrenceCache.insert(r.data.id, roundOccurrences(r.data.schedule, zone, spanFrom, spanUntil));
        QVector<RoundOccurrence> out;
        for (const RoundOccurrence &o : *it)
            if (o.startMs < until && o.endMs > from)
                out.append(o);
        return out;
    }
    // Night (civil dusk → dawn) around now, at the frame's origin, for the lighting rule.
    qint64 nightCachedFor = kMinMs;
    qint64 nightFromMs = 0, nightUntilMs = 0;

    double maxDistance() const
    {
        return std::max({settings.round.containerAccessM, settings.cableCut.distanceM, settings.overflow.accessM,
                         settings.combine.distanceM, settings.lighting.perimeterM}) + 1.0;
    }

    // -- Building -----------------------------------------------------------------------------

    std::unique_ptr<Zone> buildZone(const WorksZone &w)
    {
        auto z = std::make_unique<Zone>();
        z->data = w;
        z->area = geos::GeomPtr(nullptr, {ctx});
        z->prepared = geos::PreparedPtr(nullptr, {ctx});
        z->boundary = geos::GeomPtr(nullptr, {ctx});
        z->preparedBoundary = geos::PreparedPtr(nullptr, {ctx});
        geos::GeomPtr area(nullptr, {ctx});
        if (!w.wkb.isEmpty()) {
            geos::GeomPtr g = geos::fromWkb(ctx, w.wkb);
            if (g && !GEOSisEmpty_r(ctx, g.get())) {
                geos::GeomPtr m = geos::toFrame(ctx, g.get(), frame);
                const int type = GEOSGeomTypeId_r(ctx, m.get());
                if (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON) {
                    if (GEOSisValid_r(ctx, m.get()) == 1)
                        area = std::move(m);
                    else if (geos::GeomPtr v = geos::own(ctx, GEOSMakeValid_r(ctx, m.get())))
                        area = geos::own(ctx, GEOSBuffer_r(ctx, v.get(), 0.0, 8));
                } else if (m) {
                    area = geos::own(ctx, GEOSBuffer_r(ctx, m.get(), kLineHalfWidthM, 8));
                }
            }
        } else if (!w.areaWkb.isEmpty()) {
            area = geos::fromWkb(ctx, w.areaWkb);
        }
        double x0, y0, x1, y1;
        if (area && geos::envelope(ctx, area.get(), &x0, &y0, &x1, &y1)) {
            z->area = std::move(area);
            z->prepared = geos::PreparedPtr(GEOSPrepare_r(ctx, z->area.get()), {ctx});
            z->boundary = geos::own(ctx, GEOSBoundary_r(ctx, z->area.get()));
            if (z->boundary)
                z->preparedBoundary = geos::PreparedPtr(GEOSPrepare_r(ctx, z->boundary.get()), {ctx});
            z->box = BBox(BPoint(x0, y0), BPoint(x1, y1));
            z->placed = z->prepared && z->preparedBoundary;
        }
        z->districtId = w.districtId;
        if (z->districtId.isEmpty() && z->placed) {
            double lon = w.labelLon, lat = w.labelLat;
            if (!(std::isfinite(lon) && std::isfinite(lat))) {
                const QPointF c = frame.toLonLat(QPointF((x0 + x1) / 2, (y0 + y1) / 2));
                lon = c.x();
                lat = c.y();
            }
            z->districtId = districtAt(lon, lat);
        }
        return z;
    }

    void insertZone(const WorksZone &w)
    {
        removeZone(w.id);
        auto z = buildZone(w);
        int slot;
        if (!freeSlots.empty()) {
            slot = freeSlots.back();
            freeSlots.pop_back();
        } else {
            slot = int(zones.size());
            zones.emplace_back();
        }
        if (z->placed)
            zoneTree.insert({z->box, slot});
        zoneSlot.insert(w.id, slot);
        zones[size_t(slot)] = std::move(z);
    }

    void removeZone(const QString &id)
    {
        const auto it = zoneSlot.find(id);
        if (it == zoneSlot.end())
            return;
        const int slot = it.value();
        Zone *z = zones[size_t(slot)].get();
        if (z->placed)
            zoneTree.remove(ZoneValue{z->box, slot});
        zones[size_t(slot)].reset();
        freeSlots.push_back(slot);
        zoneSlot.erase(it);
    }

    void insertAsset(const CoordinationAsset &a)
    {
        removeAsset(a.index);
        if (!std::isfinite(a.lon) || !std::isfinite(a.lat) || a.index < 0)
            return;
        Asset s{a, frame.toMetric(a.lon, a.lat), {}};
        s.point = geos::share(geos::point(ctx, s.xy.x(), s.xy.y()));
        const AssetValue v{BPoint(s.xy.x(), s.xy.y()), a.index};
        if (a.kind == AssetKind::Streetlight) {
            if (a.dark)
                lampTree.insert(v);
        } else {
            containerTree.insert(v);
            containerIndex.insert(a.id, a.index);
        }
        assets.insert(a.index, std::move(s));
    }

    void removeAsset(qint32 index)
    {
        const auto it = assets.find(index);
        if (it == assets.end())
            return;
        const AssetValue v{BPoint(it->xy.x(), it->xy.y()), index};
        if (it->data.kind == AssetKind::Streetlight) {
            if (it->data.dark)
                lampTree.remove(v);
        } else {
            containerTree.remove(v);
            containerIndex.remove(it->data.id);
        }
        assets.erase(it);
    }

    void insertRound(const CollectionRound &r)
    {
        removeRound(r.id);
        dropCaches();
        Round s{r, {}, BBox(), false};
        std::vector<double> xy;
        if (r.path.size() >= 2) {
            for (const QPointF &p : r.path) {
                const QPointF m = frame.toMetric(p.x(), p.y());
                xy.push_back(m.x());
                xy.push_back(m.y());
            }
        } else {
            for (const QString &id : r.containerIds) {
                const auto c = containerIndex.constFind(id);
                if (c == containerIndex.constEnd())
                    continue;
                const QPointF m = assets.value(*c).xy;
                xy.push_back(m.x());
                xy.push_back(m.y());
            }
        }
        s.path = geos::share(geos::lineString(ctx, xy.data(), int(xy.size() / 2)));
        s.number = int(roundIdByNumber.size());
        roundIdByNumber.push_back(r.id);
        for (size_t k = 2; s.path && k + 1 < xy.size(); k += 2) {
            const BBox seg(BPoint(std::min(xy[k - 2], xy[k]), std::min(xy[k - 1], xy[k + 1])),
                           BPoint(std::max(xy[k - 2], xy[k]), std::max(xy[k - 1], xy[k + 1])));
            s.segmentBoxes.push_back(seg);
            segmentTree.insert({seg, s.number});
        }
        double x0, y0, x1, y1;
        if (s.path && geos::envelope(ctx, s.path.get(), &x0, &y0, &x1, &y1)) {
            s.box = BBox(BPoint(x0, y0), BPoint(x1, y1));
            s.hasPath = true;
        }
        for (const QString &c : r.containerIds)
            roundsOfContainer[c].append(r.id);
        rounds.insert(r.id, std::move(s));
    }

    void removeRound(const QString &id)
    {
        dropCaches();
        const auto it = rounds.find(id);
        if (it == rounds.end())
            return;
        for (const BBox &seg : it->segmentBoxes)
            segmentTree.remove(std::make_pair(seg, it->number));
        for (const QString &c : it->data.containerIds) {
            auto &list = roundsOfContainer[c];
            list.removeAll(id);
            if (list.isEmpty())
                roundsOfContainer.remove(c);
        }
        rounds.erase(it);
    }

    void insertPlanned(const PlannedWork &w)
    {
        planned.remove(w.interventionId);
        if (!std::isfinite(w.lon) || !std::isfinite(w.lat))
            return;
        Planned p{w, frame.toMetric(w.lon, w.lat), {}};
        p.point = geos::share(geos::point(ctx, p.xy.x(), p.xy.y()));
        planned.insert(w.interventionId, std::move(p));
    }

    QString districtAt(double lon, double lat) const
    {
        if (districts.empty())
            return {};
        geos::GeomPtr p = geos::point(ctx, lon, lat);
        for (const District &d : districts)
            if (d.prepared && GEOSPreparedContains_r(ctx, d.prepared.get(), p.get()) == 1)
                return d.data.id;
        return {};
    }

    // -- Rules --------------------------------------------------------------------------------

    RoundOccurrence nextCollectionNow(const QString &containerId) const
    {
        checkCache();
        const auto it = nextCollectionCache.constFind(containerId);
        if (it != nextCollectionCache.constEnd())
            return *it;
        const RoundOccurrence o = nextCollection(containerId, nowMs);
        nextCollectionCache.insert(containerId, o);
        return o;
    }

    RoundOccurrence nextCollection(const QString &containerId, qint64 afterMs) const
    {
        RoundOccurrence best;
        for (const QString &rid : roundsOfContainer.value(containerId)) {
            const RoundOccurrence o = nextRoundOccurrence(rounds.value(rid).data.schedule, zone, afterMs);
            if (o.startMs != 0 && (best.startMs == 0 || o.startMs < best.startMs))
                best = o;
        }
        return best;
    }

    FillForecast forecast(const Asset &a) const
    {
        const RoundOccurrence next = nextCollectionNow(a.data.id);
        return forecastFill(a.data.fill, a.data.fullRatio, next.startMs ? next.startMs : kMaxMs);
    }

    void updateNight()
    {
        if (nightCachedFor == nowMs)
            return;
        nightCachedFor = nowMs;
        const double lon = frame.originLon(), lat = frame.originLat();
        const qint64 day = solarDayIndex(nowMs, lon);
        const SunTimes today = sunTimes(lat, lon, day);
        if (nowMs < today.civilDawnMs) {
            nightFromMs = sunTimes(lat, lon, day - 1).civilDuskMs;
            nightUntilMs = today.civilDawnMs;
        } else {
            nightFromMs = today.civilDuskMs;
            nightUntilMs = sunTimes(lat, lon, day + 1).civilDawnMs;
        }
        if (today.civil != SunHorizonCase::RisesAndSets) { // polar cases: no night / all night
            nightFromMs = today.civil == SunHorizonCase::AlwaysBelow ? today.dayStartMs : 0;
            nightUntilMs = today.civil == SunHorizonCase::AlwaysBelow ? today.dayEndMs : 0;
        }
    }

    template<typename Fn>
    void forAssetsNear(const bgi::rtree<AssetValue, bgi::rstar<16>> &tree, const Zone &z, double distance, Fn &&fn) const
    {
        const BBox query = expanded(z.box, distance);
        for (auto it = tree.qbegin(bgi::intersects(query)); it != tree.qend(); ++it)
            fn(it->second);
    }

    bool within(const GEOSPreparedGeometry *prepared, const GEOSGeometry *g, double distance) const
    {
        return distance <= 0 ? GEOSPreparedIntersects_r(ctx, prepared, g) == 1
                             : GEOSPreparedDistanceWithin_r(ctx, prepared, g, distance) == 1;
    }

    CoordinationItem baseItem(CoordinationKind kind, const Zone &z, const QString &other) const
    {
        CoordinationItem item;
        item.key = itemKey(kind, z.data.id, other);
        item.kind = kind;
        item.worksId = z.data.id;
        item.districtId = z.districtId;
        if (std::isfinite(z.data.labelLon) && std::isfinite(z.data.labelLat)) {
            item.lon = z.data.labelLon;
            item.lat = z.data.labelLat;
        } else {
            const QPointF c = frame.toLonLat(QPointF((z.box.min_corner().get<0>() + z.box.max_corner().get<0>()) / 2,
                                                     (z.box.min_corner().get<1>() + z.box.max_corner().get<1>()) / 2));
            item.lon = c.x();
            item.lat = c.y();
        }
        return item;
    }

    QString zoneName(const Zone &z) const
    {
        return z.data.street.isEmpty() ? z.data.id : QStringLiteral("%1 (%2)").arg(z.data.id, z.data.street);
    }

    void ruleRound(const Zone &z, qint64 horizonEnd, QVector<CoordinationItem> &out) const
    {
        const auto &rule = settings.round;
        const bool blocking = isBlocking(z.data.impact);
        const bool restricting = z.data.impact == TrafficImpact::Restreinte || z.data.impact == TrafficImpact::SensUnique;
        if (!rule.enabled || !(blocking || (rule.includeRestricting && restricting)))
            return;
        const qint64 from = std::max(nowMs, z.data.startMs), until = std::min(horizonEnd, z.data.endMs);
        if (from >= until)
            return;
        std::vector<int> candidates;
        for (auto q = segmentTree.qbegin(bgi::intersects(z.box)); q != segmentTree.qend(); ++q)
            candidates.push_back(q->second);
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        for (int number : candidates) {
            const auto it = rounds.constFind(roundIdByNumber[size_t(number)]);
            if (it == rounds.constEnd() || it->number != number)
                continue;
            const Round &r = it.value();
            if (!r.hasPath || GEOSPreparedIntersects_r(ctx, z.prepared.get(), r.path.get()) != 1)
                continue;
            const QVector<RoundOccurrence> occ = occurrences(r, from, until);
            if (occ.isEmpty())
                continue;
            CoordinationItem item = baseItem(CoordinationKind::RoundBlocked, z, r.data.id);
            item.roundId = r.data.id;
            item.severity = blocking ? CoordinationSeverity::Critical : CoordinationSeverity::Warning;
            item.fromMs = occ.first().startMs;
            item.untilMs = occ.first().endMs;
            for (const QString &cid : r.data.containerIds) {
                const auto c = containerIndex.constFind(cid);
                if (c == containerIndex.constEnd())
                    continue;
                const Asset &a = assets.find(*c).value();
                if (within(z.prepared.get(), a.point.get(), rule.containerAccessM)) {
                    item.assetIds.append(cid);
                    item.assetIndexes.append(*c);
                }
            }
            item.summary = QStringLiteral("Round %1 crosses %2 works %3 on %4 (%5 run(s) in the horizon)")
                               .arg(r.data.label, blocking ? QStringLiteral("blocking") : QStringLiteral("restricting"),
                                    zoneName(z), dayTextOf(item.fromMs))
                               .arg(occ.size());
            item.suggestedAction = item.assetIds.isEmpty()
                ? QStringLiteral("Reroute the round around the works zone.")
                : QStringLiteral("Reroute the round; %1 container(s) cannot be reached: collect them before the works "
                                 "or ask the works owner (%2) for access.")
                      .arg(item.assetIds.size())
                      .arg(z.data.owner.isEmpty() ? QStringLiteral("unknown") : z.data.owner);
            out.append(item);
        }
    }

    void ruleCableCut(const Zone &z, QVector<CoordinationItem> &out) const
    {
        const auto &rule = settings.cableCut;
        if (!rule.enabled || z.data.startMs == kMinMs || z.data.startMs > nowMs)
            return;
        const qint64 from = z.data.startMs - rule.slackBeforeStartMs;
        const qint64 until = z.data.startMs + rule.afterStartMs;
        QVector<qint32> lamps;
        qint64 first = kMaxMs;
        forAssetsNear(lampTree, z, rule.distanceM, [&](qint32 index) {
            const Asset &a = assets.find(index).value();
            if (!a.data.dark || a.data.darkSinceMs < from || a.data.darkSinceMs > until)
                return;
            if (within(z.prepared.get(), a.point.get(), rule.distanceM)) {
                lamps.append(index);
                first = std::min(first, a.data.darkSinceMs);
            }
        });
        if (lamps.size() < std::max(1, rule.minLamps))
            return;
        std::sort(lamps.begin(), lamps.end());
        CoordinationItem item = baseItem(CoordinationKind::SuspectedCableCut, z, QString());
        item.severity = CoordinationSeverity::Critical;
        for (qint32 i : lamps) {
            item.assetIndexes.append(i);
            item.assetIds.append(assets.find(i)->data.id);
        }
        item.fromMs = first;
        item.untilMs = z.data.endMs;
        item.summary = QStringLiteral("%1 lamps went dark within %2 m of works %3 after it started on %4: suspected cable cut")
                           .arg(lamps.size())
                           .arg(rule.distanceM)
                           .arg(zoneName(z), dayTextOf(z.data.startMs));
        item.suggestedAction = QStringLiteral("Send one lighting crew to the works and contact its owner (%1); the "
                                              "individual lamp alarms are suppressed by design.")
                                   .arg(z.data.owner.isEmpty() ? QStringLiteral("unknown") : z.data.owner);
        out.append(item);
    }

    void ruleOverflow(const Zone &z, qint64 horizonEnd, QVector<CoordinationItem> &out) const
    {
        const auto &rule = settings.overflow;
        if (!rule.enabled || (rule.blockingOnly && !isBlocking(z.data.impact)) || !z.data.overlaps(nowMs, horizonEnd))
            return;
        forAssetsNear(containerTree, z, rule.accessM, [&](qint32 index) {
            const Asset &a = assets.find(index).value();
            if (!std::isfinite(a.data.fill.fillRatio) || !within(z.prepared.get(), a.point.get(), rule.accessM))
                return;
            const FillForecast f = forecast(a);
            if (!f.known || !f.overflowsBeforeCollection)
                return;
            const RoundOccurrence next = nextCollectionNow(a.data.id);
            const qint64 from = std::max(nowMs, f.fullAtMs);
            const qint64 until = next.startMs ? std::min(horizonEnd, next.endMs) : horizonEnd;
            // Behind the works when they stand between now and the collection that should empty it.
            if (!z.data.overlaps(std::min(from, until - 1), until))
                return;
            CoordinationItem item = baseItem(CoordinationKind::OverflowBehindWorks, z, a.data.id);
            item.severity = isBlocking(z.data.impact) ? CoordinationSeverity::Critical : CoordinationSeverity::Warning;
            item.assetIds = {a.data.id};
            item.assetIndexes = {index};
            const QStringList rids = roundsOfContainer.value(a.data.id);
            item.roundId = rids.isEmpty() ? QString() : rids.first();
            item.fromMs = from;
            item.untilMs = until;
            item.lon = a.data.lon;
            item.lat = a.data.lat;
            item.summary = QStringLiteral("Container %1 will be full on %2, before its next collection, behind works %3")
                               .arg(a.data.id, dayTextOf(f.fullAtMs), zoneName(z));
            item.suggestedAction = QStringLiteral("Collect it early, before %1, or arrange access with the works owner (%2).")
                                       .arg(dayTextOf(std::max(nowMs, std::min(f.fullAtMs, z.data.startMs))),
                                            z.data.owner.isEmpty() ? QStringLiteral("unknown") : z.data.owner);
            out.append(item);
        });
    }

    void ruleCombine(const Zone &z, QVector<CoordinationItem> &out) const
    {
        const auto &rule = settings.combine;
        if (!rule.enabled)
            return;
        const BBox query = expanded(z.box, rule.distanceM);
        for (auto it = planned.constBegin(); it != planned.constEnd(); ++it) {
            const Planned &p = it.value();
            if (!bg::within(BPoint(p.xy.x(), p.xy.y()), query))
                continue;
            const qint64 pFrom = p.data.fromMs, pUntil = std::max(p.data.untilMs, p.data.fromMs + 1);
            if (!(z.data.startMs < pUntil + rule.slackMs && pFrom - rule.slackMs < z.data.endMs))
                continue;
            if (!within(z.prepared.get(), p.point.get(), rule.distanceM))
                continue;
            CoordinationItem item = baseItem(CoordinationKind::CombineIntervention, z, QString::number(p.data.interventionId));
            item.severity = CoordinationSeverity::Info;
            item.interventionId = p.data.interventionId;
            item.fromMs = std::max(pFrom, z.data.startMs);
            item.untilMs = std::min(pUntil, z.data.endMs);
            if (item.untilMs <= item.fromMs) { // within the slack only: show the intervention's window
                item.fromMs = pFrom;
                item.untilMs = pUntil;
            }
            item.lon = p.data.lon;
            item.lat = p.data.lat;
            item.summary = QStringLiteral("Intervention %1 (%2) is planned at works %3 in the same window")
                               .arg(p.data.interventionId)
                               .arg(p.data.label, zoneName(z));
            item.suggestedAction = QStringLiteral("Do both at once: coordinate intervention %1 with the works owner (%2) "
                                                  "while the street is open.")
                                       .arg(p.data.interventionId)
                                       .arg(z.data.owner.isEmpty() ? QStringLiteral("unknown") : z.data.owner);
            out.append(item);
        }
    }

    void ruleLighting(const Zone &z, QVector<CoordinationItem> &out) const
    {
        const auto &rule = settings.lighting;
        if (!rule.enabled || nightUntilMs <= nightFromMs)
            return;
        const qint64 from = std::max({nightFromMs, z.data.startMs, nowMs}), until = std::min(nightUntilMs, z.data.endMs);
        if (from >= until)
            return;
        QVector<qint32> lamps;
        forAssetsNear(lampTree, z, rule.perimeterM, [&](qint32 index) {
            const Asset &a = assets.find(index).value();
            if (a.data.dark && within(z.preparedBoundary.get(), a.point.get(), rule.perimeterM))
                lamps.append(index);
        });
        if (lamps.size() < std::max(1, rule.minLamps))
            return;
        std::sort(lamps.begin(), lamps.end());
        CoordinationItem item = baseItem(CoordinationKind::LightingForSafety, z, QString());
        item.severity = CoordinationSeverity::Warning;
        for (qint32 i : lamps) {
            item.assetIndexes.append(i);
            item.assetIds.append(assets.find(i)->data.id);
        }
        item.fromMs = from;
        item.untilMs = until;
        item.summary = QStringLiteral("%1 dark lamp(s) along the perimeter of works %2 tonight")
                           .arg(lamps.size())
                           .arg(zoneName(z));
        item.suggestedAction = QStringLiteral("Raise lighting around the works from %1 to %2; repair the dark lamps.")
                                   .arg(dayTextOf(from), dayTextOf(until));
        out.append(item);
    }

    QVector<CoordinationItem> evaluate(const Zone &z) const
    {
        QVector<CoordinationItem> out;
        if (!z.placed || z.data.status == WorksStatus::Cancelled)
            return out;
        const qint64 horizonEnd = nowMs > kMaxMs - settings.horizonMs ? kMaxMs : nowMs + settings.horizonMs;
        ruleRound(z, horizonEnd, out);
        ruleCableCut(z, out);
        ruleOverflow(z, horizonEnd, out);
        ruleCombine(z, out);
        ruleLighting(z, out);
        return out;
    }

    /// Re-evaluates the zones `ids` (present or gone) and returns what changed.
    CoordinationDelta reevaluate(const QSet<QString> &ids)
    {
        updateNight();
        CoordinationDelta delta;
        for (const QString &id : ids) {
            QHash<QString, CoordinationItem> before;
            for (const CoordinationItem &item : itemsByZone.value(id))
                before.insert(item.key, item);
            QVector<CoordinationItem> now;
            const auto slot = zoneSlot.constFind(id);
            if (slot != zoneSlot.constEnd())
                now = evaluate(*zones[size_t(*slot)]);
            for (const CoordinationItem &item : now) {
                const auto b = before.find(item.key);
                if (b == before.end())
                    delta.added.append(item);
                else {
                    if (!(*b == item))
                        delta.changed.append(item);
                    before.erase(b);
                }
            }
            for (auto it = before.cbegin(); it != before.cend(); ++it)
                delta.removed.append(it.key());
            if (now.isEmpty())
                itemsByZone.remove(id);
            else
                itemsByZone.insert(id, now);
        }
        return delta;
    }

    QSet<QString> zonesNear(const QPointF &xy, double distance) const
    {
        QSet<QString> ids;
        const BBox q(BPoint(xy.x() - distance, xy.y() - distance), BPoint(xy.x() + distance, xy.y() + distance));
        for (auto it = zoneTree.qbegin(bgi::intersects(q)); it != zoneTree.qend(); ++it)
            ids.insert(zones[size_t(it->second)]->data.id);
        return ids;
    }

    QSet<QString> zonesNear(const BBox &box) const
    {
        QSet<QString> ids;
        for (auto it = zoneTree.qbegin(bgi::intersects(box)); it != zoneTree.qend(); ++it)
            ids.insert(zones[size_t(it->second)]->data.id);
        return ids;
    }

    /// Zones a round touches: along its path, and near its containers (their next collection).
    QSet<QString> zonesOfRound(const QString &id) const
    {
        QSet<QString> ids;
        const auto it = rounds.constFind(id);
        if (it == rounds.constEnd())
            return ids;
        if (it->hasPath)
            ids = zonesNear(it->box);
        for (const QString &cid : it->data.containerIds) {
            const auto c = containerIndex.constFind(cid);
            if (c != containerIndex.constEnd())
                ids.unite(zonesNear(assets.find(*c)->xy, maxDistance()));
        }
        return ids;
    }
};

CoordinationEngine::CoordinationEngine(const LocalFrame &frame, const QTimeZone &zone, const CoordinationSettings &settings)
    : d(std::make_unique<Private>(frame, zone, settings))
{}

CoordinationEngine::~CoordinationEngine() = default;

const LocalFrame &CoordinationEngine::frame() const { return d->frame; }
const QTimeZone &CoordinationEngine::timeZone() const { return d->zone; }
void CoordinationEngine::setSettings(const CoordinationSettings &settings)
{
    d->settings = settings;
    d->dropCaches();
}
const CoordinationSettings &CoordinationEngine::settings() const { return d->settings; }
void CoordinationEngine::setNow(qint64 nowMs) { d->nowMs = nowMs; }
qint64 CoordinationEngine::now() const { return d->nowMs; }

void CoordinationEngine::setDistricts(const QVector<CoordinationDistrict> &districts)
{
    d->districts.clear();
    for (const CoordinationDistrict &c : districts) {
        Private::District dist{c, geos::fromWkb(d->ctx, c.wkb), geos::PreparedPtr(nullptr, {d->ctx})};
        if (dist.geom)
            dist.prepared = geos::PreparedPtr(GEOSPrepare_r(d->ctx, dist.geom.get()), {d->ctx});
        else
            qCWarning(lcCoordination) << "District" << c.id << "has no readable geometry";
        d->districts.push_back(std::move(dist));
    }
}

void CoordinationEngine::setWorks(const QVector<WorksZone> &zones)
{
    const QStringList ids = d->zoneSlot.keys();
    for (const QString &id : ids)
        d->removeZone(id);
    d->zones.clear();
    d->freeSlots.clear();
    d->zoneTree.clear();
    for (const WorksZone &z : zones)
        d->insertZone(z);
}

void CoordinationEngine::setAssets(const QVector<CoordinationAsset> &assets)
{
    d->assets.clear();
    d->containerIndex.clear();
    d->lampTree.clear();
    d->containerTree.clear();
    // Bulk-load the trees (packing is much faster than 30 000 inserts and gives better nodes).
    std::vector<AssetValue> lamps, containers;
    for (const CoordinationAsset &a : assets) {
        if (!std::isfinite(a.lon) || !std::isfinite(a.lat) || a.index < 0)
            continue;
        d->assets.remove(a.index);
        Private::Asset s{a, d->frame.toMetric(a.lon, a.lat), {}};
        s.point = geos::share(geos::point(d->ctx, s.xy.x(), s.xy.y()));
        if (a.kind == AssetKind::WasteContainer)
            d->containerIndex.insert(a.id, a.index);
        d->assets.insert(a.index, std::move(s));
    }
    for (auto it = d->assets.cbegin(); it != d->assets.cend(); ++it) {
        if (it->data.kind == AssetKind::Streetlight && !it->data.dark)
            continue;
        (it->data.kind == AssetKind::Streetlight ? lamps : containers)
            .push_back({BPoint(it->xy.x(), it->xy.y()), it.key()});
    }
    d->lampTree = bgi::rtree<AssetValue, bgi::rstar<16>>(lamps);
    d->containerTree = bgi::rtree<AssetValue, bgi::rstar<16>>(containers);
    // Rounds without a path draw straight legs through their containers: rebuild them.
    const QVector<CollectionRound> rounds = [&] {
        QVector<CollectionRound> out;
        for (const auto &r : std::as_const(d->rounds))
            out.append(r.data);
        return out;
    }();
    setRounds(rounds);
}

void CoordinationEngine::setRounds(const QVector<CollectionRound> &rounds)
{
    d->rounds.clear();
    d->segmentTree.clear();
    d->roundIdByNumber.clear();
    d->roundsOfContainer.clear();
    for (const CollectionRound &r : rounds)
        d->insertRound(r);
}

void CoordinationEngine::setPlannedWorks(const QVector<PlannedWork> &works)
{
    d->planned.clear();
    for (const PlannedWork &w : works)
        d->insertPlanned(w);
}

CoordinationDelta CoordinationEngine::recompute()
{
    QSet<QString> ids(d->itemsByZone.keyBegin(), d->itemsByZone.keyEnd());
    for (auto it = d->zoneSlot.cbegin(); it != d->zoneSlot.cend(); ++it)
        ids.insert(it.key());
    d->nightCachedFor = kMinMs;
    return d->reevaluate(ids);
}

CoordinationDelta CoordinationEngine::updateAsset(const CoordinationAsset &asset)
{
    QSet<QString> ids;
    const auto old = d->assets.constFind(asset.index);
    if (old != d->assets.constEnd())
        ids = d->zonesNear(old->xy, d->maxDistance());
    const QString oldId = old != d->assets.constEnd() ? old->data.id : QString();
    d->insertAsset(asset);
    const auto now = d->assets.constFind(asset.index);
    if (now != d->assets.constEnd())
        ids.unite(d->zonesNear(now->xy, d->maxDistance()));
    // A container on a path-less round moves the round's straight legs.
    if (asset.kind == AssetKind::WasteContainer) {
        for (const QString &id : {oldId, asset.id}) {
            const QStringList rids = d->roundsOfContainer.value(id);
            for (const QString &rid : rids) {
                if (d->rounds.value(rid).data.path.size() >= 2)
                    continue;
                ids.unite(d->zonesOfRound(rid));
                d->insertRound(d->rounds.value(rid).data);
                ids.unite(d->zonesOfRound(rid));
            }
        }
    }
    return d->reevaluate(ids);
}

CoordinationDelta CoordinationEngine::removeAsset(qint32 index)
{
    const auto old = d->assets.constFind(index);
    if (old == d->assets.constEnd())
        return {};
    const QSet<QString> ids = d->zonesNear(old->xy, d->maxDistance());
    d->removeAsset(index);
    return d->reevaluate(ids);
}

CoordinationDelta CoordinationEngine::updateWorks(const WorksZone &zone)
{
    d->insertZone(zone);
    return d->reevaluate({zone.id});
}

CoordinationDelta CoordinationEngine::removeWorks(const QString &worksId)
{
    d->removeZone(worksId);
    return d->reevaluate({worksId});
}

CoordinationDelta CoordinationEngine::updateRound(const CollectionRound &round)
{
    QSet<QString> ids = d->zonesOfRound(round.id);
    d->insertRound(round);
    ids.unite(d->zonesOfRound(round.id));
    return d->reevaluate(ids);
}

CoordinationDelta CoordinationEngine::removeRound(const QString &roundId)
{
    const QSet<QString> ids = d->zonesOfRound(roundId);
    d->removeRound(roundId);
    return d->reevaluate(ids);
}

CoordinationDelta CoordinationEngine::updatePlannedWork(const PlannedWork &work)
{
    QSet<QString> ids;
    const auto old = d->planned.constFind(work.interventionId);
    if (old != d->planned.constEnd())
        ids = d->zonesNear(old->xy, d->settings.combine.distanceM + 1);
    d->insertPlanned(work);
    const auto now = d->planned.constFind(work.interventionId);
    if (now != d->planned.constEnd())
        ids.unite(d->zonesNear(now->xy, d->settings.combine.distanceM + 1));
    return d->reevaluate(ids);
}

CoordinationDelta CoordinationEngine::removePlannedWork(qint64 interventionId)
{
    const auto old = d->planned.constFind(interventionId);
    if (old == d->planned.constEnd())
        return {};
    const QSet<QString> ids = d->zonesNear(old->xy, d->settings.combine.distanceM + 1);
    d->planned.remove(interventionId);
    return d->reevaluate(ids);
}

QVector<CoordinationItem> CoordinationEngine::items() const
{
    QVector<CoordinationItem> out;
    for (const auto &list : std::as_const(d->itemsByZone))
        out.append(list);
    std::sort(out.begin(), out.end(), [](const CoordinationItem &a, const CoordinationItem &b) { return a.key < b.key; });
    return out;
}

int CoordinationEngine::itemCount() const
{
    int n = 0;
    for (const auto &list : std::as_const(d->itemsByZone))
        n += int(list.size());
    return n;
}

QSet<qint32> CoordinationEngine::suppressedLamps() const
{
    QSet<qint32> out;
    for (const auto &list : std::as_const(d->itemsByZone))
        for (const CoordinationItem &item : list)
            if (item.kind == CoordinationKind::SuspectedCableCut)
                for (qint32 i : item.assetIndexes)
                    out.insert(i);
    return out;
}

QStringList CoordinationEngine::unplacedWorks() const
{
    QStringList out;
    for (auto it = d->zoneSlot.cbegin(); it != d->zoneSlot.cend(); ++it)
        if (!d->zones[size_t(it.value())]->placed)
            out.append(it.key());
    out.sort();
    return out;
}

RoundOccurrence CoordinationEngine::nextCollection(const QString &containerId, qint64 afterMs) const
{
    return d->nextCollection(containerId, afterMs);
}

FillForecast CoordinationEngine::forecast(const QString &containerId) const
{
    const auto c = d->containerIndex.constFind(containerId);
    if (c == d->containerIndex.constEnd())
        return {};
    return d->forecast(d->assets.find(*c).value());
}

QString CoordinationEngine::districtAt(double lon, double lat) const
{
    return d->districtAt(lon, lat);
}

} // namespace vigie
