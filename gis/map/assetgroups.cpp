#include "assetgroups.h"

#include "crs/coordinatetransform.h"
#include "storage/sqlite.h"

#include <QLoggingCategory>

#include <geos_c.h>

#include <algorithm>
#include <cmath>
#include <limits>

Q_LOGGING_CATEGORY(lcGroups, "vigie.groups")

namespace vigie {

namespace {

// One GEOS context per computation: the reentrant (_r) API is then safe on any thread.
class Geos
{
public:
    Geos()
        : m_handle(GEOS_init_r())
    {
        GEOSContext_setErrorMessageHandler_r(
            m_handle, [](const char *message, void *) { qCDebug(lcGroups) << "GEOS:" << message; }, nullptr);
        m_reader = GEOSWKBReader_create_r(m_handle);
    }
    ~Geos()
    {
        GEOSWKBReader_destroy_r(m_handle, m_reader);
        GEOS_finish_r(m_handle);
    }
    Geos(const Geos &) = delete;
    Geos &operator=(const Geos &) = delete;

    GEOSContextHandle_t handle() const { return m_handle; }
    GEOSGeometry *read(const QByteArray &wkb) const
    {
        if (wkb.isEmpty())
            return nullptr;
        return GEOSWKBReader_read_r(m_handle, m_reader, reinterpret_cast<const unsigned char *>(wkb.constData()),
                                    std::size_t(wkb.size()));
    }
    void destroy(GEOSGeometry *g) const
    {
        if (g)
            GEOSGeom_destroy_r(m_handle, g);
    }

private:
    GEOSContextHandle_t m_handle;
    GEOSWKBReader *m_reader = nullptr;
};

// WGS 84 / UTM zone of a longitude, as an EPSG code string.
QString utmCrs(double meanLon, double meanLat)
{
    const int zone = std::clamp(int(std::floor((meanLon + 180.0) / 6.0)) + 1, 1, 60);
    return QStringLiteral("EPSG:%1").arg((meanLat >= 0 ? 32600 : 32700) + zone);
}

struct Candidates
{
    std::vector<int> items;
};

void collect(void *item, void *userdata)
{
    static_cast<Candidates *>(userdata)->items.push_back(int(reinterpret_cast<std::intptr_t>(item)));
}

} // namespace

// ---------------------------------------------------------------------------------------
// DistrictIndex: polygons stay in EPSG:4326; containment does not need metres.

struct DistrictIndex::Private
{
    Geos geos;
    std::vector<GEOSGeometry *> polygons;          // index = district index; nullptr if unreadable
    std::vector<const GEOSPreparedGeometry *> prepared;
    GEOSSTRtree *tree = nullptr;
    int readable = 0;

    ~Private()
    {
        const auto h = geos.handle();
        if (tree)
            GEOSSTRtree_destroy_r(h, tree);
        for (auto *p : prepared)
            if (p)
                GEOSPreparedGeom_destroy_r(h, p);
        for (auto *g : polygons)
            geos.destroy(g);
    }
};

DistrictIndex::DistrictIndex()
    : d(std::make_unique<Private>())
{
}
DistrictIndex::DistrictIndex(DistrictIndex &&) noexcept = default;
DistrictIndex &DistrictIndex::operator=(DistrictIndex &&) noexcept = default;
DistrictIndex::~DistrictIndex() = default;

Result<DistrictIndex> DistrictIndex::create(const QVector<GroupFeature> &districts)
{
    DistrictIndex index;
    Private &p = *index.d;
    const auto h = p.geos.handle();
    p.tree = GEOSSTRtree_create_r(h, 10);
    p.polygons.assign(districts.size(), nullptr);
    p.prepared.assign(districts.size(), nullptr);
    for (int i = 0; i < districts.size(); ++i) {
        GEOSGeometry *g = p.geos.read(districts.at(i).wkb);
        if (!g || GEOSisEmpty_r(h, g) != 0) {
            p.geos.destroy(g);
            continue;
        }
        p.polygons[i] = g;
        p.prepared[i] = GEOSPrepare_r(h, g);
        GEOSSTRtree_insert_r(h, p.tree, g, reinterpret_cast<void *>(std::intptr_t(i)));
        ++p.readable;
    }
    return index;
}

int DistrictIndex::size() const
{
    return d->readable;
}

int DistrictIndex::districtAt(double lon, double lat) const
{
    if (d->readable == 0)
        return -1;
    const auto h = d->geos.handle();
    GEOSGeometry *point = GEOSGeom_createPointFromXY_r(h, lon, lat);
    Candidates found;
    GEOSSTRtree_query_r(h, d->tree, point, collect, &found);
    // First in layer order wins on shared boundaries: deterministic whatever the tree order.
    std::sort(found.items.begin(), found.items.end());
    int hit = -1;
    for (int i : found.items) {
        if (GEOSPreparedIntersects_r(h, d->prepared[std::size_t(i)], point) == 1) {
            hit = i;
            break;
        }
    }
    d->geos.destroy(point);
    return hit;
}

// ---------------------------------------------------------------------------------------

Result<AssetGroupTable> computeAssetGroups(const QVector<QPointF> &lonLat, const AssetGroupSources &sources,
                                           const std::atomic<bool> *cancel)
{
    AssetGroupTable table(lonLat.size());
    if (lonLat.isEmpty())
        return table;
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    const Error cancelledError{QStringLiteral("cancelled"), QStringLiteral("asset grouping cancelled")};

    if (sources.cabinets.size() == lonLat.size()) {
        for (int i = 0; i < lonLat.size(); ++i)
            table[i].cabinet = sources.cabinets.at(i);
    }

    if (!sources.districts.isEmpty()) {
        auto districts = DistrictIndex::create(sources.districts);
        if (!districts)
            return districts.error();
        for (int i = 0; i < lonLat.size(); ++i) {
            if ((i & 4095) == 0 && cancelled())
                return cancelledError;
            const int hit = districts->districtAt(lonLat.at(i).x(), lonLat.at(i).y());
            if (hit >= 0)
                table[i].district = sources.districts.at(hit).label;
        }
    }

    if (sources.streets.isEmpty() || sources.streetSearchM <= 0)
        return table;

    // Streets and points go to metres (the city's UTM zone) for the distance test.
    double sumLon = 0;
    double sumLat = 0;
    for (const QPointF &p : lonLat) {
        sumLon += p.x();
        sumLat += p.y();
    }
    auto toMetres = CoordinateTransform::create(QString::fromLatin1(kWgs84),
                                                utmCrs(sumLon / lonLat.size(), sumLat / lonLat.size()));
    if (!toMetres)
        return toMetres.error();
    const CoordinateTransform &tr = toMetres.value();

    Geos geos;
    const auto h = geos.handle();
    std::vector<GEOSGeometry *> streets(std::size_t(sources.streets.size()), nullptr);
    GEOSSTRtree *tree = GEOSSTRtree_create_r(h, 10);
    const auto release = [&] {
        GEOSSTRtree_destroy_r(h, tree);
        for (auto *g : streets)
            geos.destroy(g);
    };
    const GEOSTransformXYCallback project = [](double *x, double *y, void *user) -> int {
        return static_cast<const CoordinateTransform *>(user)->transform(x, y, 1) ? 1 : 0;
    };
    int readable = 0;
    for (int i = 0; i < sources.streets.size(); ++i) {
        GEOSGeometry *g = geos.read(sources.streets.at(i).wkb);
        if (!g)
            continue;
        GEOSGeometry *m = GEOSGeom_transformXY_r(h, g, project, const_cast<CoordinateTransform *>(&tr));
        geos.destroy(g);
        if (!m || GEOSisEmpty_r(h, m) != 0) {
            geos.destroy(m);
            continue;
        }
        streets[std::size_t(i)] = m;
        GEOSSTRtree_insert_r(h, tree, m, reinterpret_cast<void *>(std::intptr_t(i)));
        ++readable;
    }
    if (readable == 0) {
        release();
        return table;
    }

    std::vector<double> xs(std::size_t(lonLat.size()));
    std::vector<double> ys(std::size_t(lonLat.size()));
    for (int i = 0; i < lonLat.size(); ++i) {
        xs[std::size_t(i)] = lonLat.at(i).x();
        ys[std::size_t(i)] = lonLat.at(i).y();
    }
    tr.transform(xs.data(), ys.data(), xs.size()); // failed points come back HUGE_VAL and find nothing

    const double r = sources.streetSearchM;
    Candidates found;
    for (int i = 0; i < lonLat.size(); ++i) {
        if ((i & 4095) == 0 && cancelled()) {
            release();
            return cancelledError;
        }
        const double x = xs[std::size_t(i)];
        const double y = ys[std::size_t(i)];
        if (!std::isfinite(x) || !std::isfinite(y) || std::abs(x) > 1e9)
            continue;
        GEOSGeometry *box = GEOSGeom_createRectangle_r(h, x - r, y - r, x + r, y + r);
        found.items.clear();
        GEOSSTRtree_query_r(h, tree, box, collect, &found);
        geos.destroy(box);
        if (found.items.empty())
            continue;
        GEOSGeometry *point = GEOSGeom_createPointFromXY_r(h, x, y);
        double best = std::numeric_limits<double>::infinity();
        int bestStreet = -1;
        for (int s : found.items) {
            double dist = 0;
            if (GEOSDistance_r(h, point, streets[std::size_t(s)], &dist) != 1)
                continue;
            // Ties (a lamp at a crossing) go to the lower feature index: stable across runs.
            if (dist < best || (dist == best && s < bestStreet)) {
                best = dist;
                bestStreet = s;
            }
        }
        geos.destroy(point);
        if (bestStreet >= 0 && best <= r)
            table[i].street = sources.streets.at(bestStreet).label;
    }
    release();
    return table;
}

Result<QVector<QString>> readAssetCabinets(const QString &storePath, const AssetDirectory &directory)
{
    QVector<QString> out(directory.size());
    auto db = SqliteConnection::open(storePath, SqliteConnection::Mode::ReadOnly);
    if (!db)
        return db.error();
    // json_extract on the stored attributes: one pass, no per-asset query.
    auto stmt = db->prepare("SELECT id, coalesce(json_extract(attributes, '$.refStreetlightControlCabinet'),"
                            " json_extract(attributes, '$.cabinet')) FROM asset"
                            " WHERE json_valid(attributes) AND coalesce(json_extract(attributes, '$.refStreetlightControlCabinet'),"
                            " json_extract(attributes, '$.cabinet')) IS NOT NULL");
    if (!stmt)
        return stmt.error();
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const int index = directory.indexOf(stmt->text(0));
        if (index >= 0)
            out[index] = stmt->text(1).trimmed();
    }
    return out;
}

} // namespace vigie
