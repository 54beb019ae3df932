#include "socialpoiindex.h"

#include "storage/sqlite.h"
#include "webmercator.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>

#include <cmath>
#include <vector>

namespace vigie {

namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

using BPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using Entry = std::pair<BPoint, int>;

QString tag(const QJsonObject &attributes, const char *key)
{
    return attributes.value(QLatin1String(key)).toString().trimmed().toLower();
}

bool isCareHome(const QString &value)
{
    return value == QLatin1String("nursing_home") || value == QLatin1String("assisted_living")
           || value == QLatin1String("group_home");
}

} // namespace

struct SocialPoiIndex::Data
{
    QVector<SocialPoi> pois;
    bgi::rtree<Entry, bgi::rstar<16>> tree;
};

SocialPoiIndex::SocialPoiIndex(const QVector<SocialPoi> &pois)
{
    auto data = std::make_shared<Data>();
    std::vector<Entry> entries;
    for (const SocialPoi &p : pois) {
        if (!std::isfinite(p.mercator.x()) || !std::isfinite(p.mercator.y()))
            continue;
        entries.emplace_back(BPoint(p.mercator.x(), p.mercator.y()), int(data->pois.size()));
        data->pois << p;
    }
    data->tree = decltype(data->tree)(entries.begin(), entries.end());
    m_data = std::move(data);
}

std::optional<QString> SocialPoiIndex::socialCategory(const QJsonObject &attributes)
{
    const QString amenity = tag(attributes, "amenity");
    const QString healthcare = tag(attributes, "healthcare");
    const QString facility = tag(attributes, "social_facility");
    if (amenity == QLatin1String("school"))
        return QStringLiteral("school");
    if (amenity == QLatin1String("kindergarten") || amenity == QLatin1String("childcare"))
        return QStringLiteral("childcare");
    if (amenity == QLatin1String("hospital") || healthcare == QLatin1String("hospital"))
        return QStringLiteral("hospital");
    if (amenity == QLatin1String("clinic") || healthcare == QLatin1String("clinic"))
        return QStringLiteral("clinic");
    if (amenity == QLatin1String("nursing_home") || isCareHome(healthcare) || isCareHome(facility))
        return QStringLiteral("careHome");
    const bool tagged = !amenity.isEmpty() || !healthcare.isEmpty() || !facility.isEmpty()
                        || !tag(attributes, "category").isEmpty();
    if (tagged)
        return std::nullopt;
    return QString();
}

QString SocialPoiIndex::categoryLabel(const QString &category)
{
    if (category == QLatin1String("school"))
        return QCoreApplication::translate("vigie::SocialPoiIndex", "School");
    if (category == QLatin1String("childcare"))
        return QCoreApplication::translate("vigie::SocialPoiIndex", "Crèche or kindergarten");
    if (category == QLatin1String("hospital"))
        return QCoreApplication::translate("vigie::SocialPoiIndex", "Hospital");
    if (category == QLatin1String("clinic"))
        return QCoreApplication::translate("vigie::SocialPoiIndex", "Clinic");
    if (category == QLatin1String("careHome"))
        return QCoreApplication::translate("vigie::SocialPoiIndex", "Care home");
    return QCoreApplication::translate("vigie::SocialPoiIndex", "Place of interest");
}

Result<SocialPoiIndex> SocialPoiIndex::load(const QString &storePath, const QVector<StoredLayer> &layers)
{
    QVector<SocialPoi> pois;
    std::optional<SqliteConnection> db;
    for (const StoredLayer &layer : layers) {
        if (layer.role != LayerRole::PointsOfInterest)
            continue;
        if (!db) {
            auto opened = SqliteConnection::open(storePath, SqliteConnection::Mode::ReadOnly);
            if (!opened)
                return opened.error();
            db.emplace(std::move(opened).value());
        }
        auto stmt = db->prepare("SELECT label, label_lon, label_lat, attributes FROM feature WHERE layer_id = ? ORDER BY id");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, layer.id);
        const Status read = stmt->forEachRow([&](SqliteStatement &r) {
            const QJsonObject attributes = QJsonDocument::fromJson(r.text(3).toUtf8()).object();
            const auto category = socialCategory(attributes);
            if (!category || r.isNull(1) || r.isNull(2))
                return;
            pois << SocialPoi{r.text(0).trimmed(), *category, webmercator::fromLonLat(r.real(1), r.real(2))};
        });
        if (!read)
            return read.error();
    }
    return SocialPoiIndex(pois);
}

bool SocialPoiIndex::isEmpty() const { return m_data->pois.isEmpty(); }

int SocialPoiIndex::size() const { return int(m_data->pois.size()); }

std::optional<NearestSocialPoi> SocialPoiIndex::nearest(QPointF mercator) const
{
    if (m_data->pois.isEmpty() || !std::isfinite(mercator.x()) || !std::isfinite(mercator.y()))
        return std::nullopt;
    std::vector<Entry> found;
    m_data->tree.query(bgi::nearest(BPoint(mercator.x(), mercator.y()), 1), std::back_inserter(found));
    const SocialPoi &poi = m_data->pois.at(found.front().second);
    return NearestSocialPoi{poi.name.isEmpty() ? categoryLabel(poi.category) : poi.name, poi.category,
                            webmercator::distanceM(mercator, poi.mercator)};
}

} // namespace vigie
