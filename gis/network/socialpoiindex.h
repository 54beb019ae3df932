#pragma once

#include "domain/result.h"
#include "storage/store.h"

#include <QJsonObject>
#include <QPointF>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace vigie {

/// \brief A place where a fault weighs more: a school, a crèche, a hospital, a care home.
struct SocialPoi
{
    QString name;      ///< The feature's label; may be empty.
    QString category;  ///< SocialPoiIndex category key; empty when the layer does not say.
    QPointF mercator;  ///< EPSG:3857.
};

/// \brief The social place nearest to a point.
struct NearestSocialPoi
{
    QString name;      ///< The place's name, else its translated category ("Hospital").
    QString category;
    double distanceM = 0; ///< True metres.
};

/// \brief Nearest social place of interest, from the pack's `poi` layers (priority score's
/// "socialStakes" term: "Crèche Les Lucioles, 120 m").
///
/// OpenStreetMap-tagged layers mix categories (town halls, doctors, NGOs…): only schools,
/// crèches and kindergartens, hospitals, clinics and care homes count (socialCategory()).
/// A feature whose attributes carry none of the tags read there is kept as it is: the pack
/// listed it as a place of interest. Immutable once built; any thread may query it.
class SocialPoiIndex
{
public:
    /// An index of `pois`.
    explicit SocialPoiIndex(const QVector<SocialPoi> &pois = {});

    /// \brief The category of a place from its OSM tags (`amenity`, `healthcare`,
    /// `social_facility`, `category` attributes): "school", "childcare", "hospital",
    /// "clinic" or "careHome"; an empty string when it has none of these attributes (kept,
    /// unclassified); nullopt when its tags say it is something else (a town hall, a
    /// doctor's office, a university: left out).
    static std::optional<QString> socialCategory(const QJsonObject &attributes);
    /// Translated, capitalised name of a category key ("Hospital"); "Place of interest" for "".
    static QString categoryLabel(const QString &category);

    /// \brief Reads the features of the `poi` role layers among `layers` from the city store
    /// at `storePath` (read-only), keeping the social ones (socialCategory()), at their
    /// label point. An empty index when the pack has no poi layer. Errors: `storeOpen`,
    /// `storeSql`. Any thread.
    static Result<SocialPoiIndex> load(const QString &storePath, const QVector<StoredLayer> &layers);

    bool isEmpty() const;
    int size() const;
    /// The place nearest to `mercator` (EPSG:3857), or nullopt when the index is empty.
    std::optional<NearestSocialPoi> nearest(QPointF mercator) const;

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};

} // namespace vigie
