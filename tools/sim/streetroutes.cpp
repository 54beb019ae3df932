#include "streetroutes.h"

#include "crs/coordinatetransform.h"
#include "io/ogrimporter.h"
#include "io/wkbgeometry.h"
#include "network/streetgraph.h"
#include "network/webmercator.h"
#include "simlog.h"

namespace vigie::sim {

RouteFinder streetRoutes(const CityPack &pack)
{
    auto toMap = CoordinateTransform::create(QString::fromLatin1(kWgs84), QString::fromLatin1(kWebMercator));
    if (!toMap)
        return straightRoute;
    QVector<VectorLayerDataPtr> streets;
    for (const PackLayer &layer : pack.layers) {
        if (layer.role != LayerRole::Streets)
            continue;
        auto imported = ogrimport::importLayer(layer);
        if (!imported) {
            qCWarning(lcSim).noquote() << "crews drive straight lines: streets not read:" << imported.error().message;
            continue;
        }
        auto data = std::make_shared<VectorLayerData>();
        for (const ImportedFeature &f : imported->features)
            if (auto feature = featureFromWkb(f.wkb, toMap.value()))
                data->features << std::move(*feature);
        streets << data;
    }
    if (streets.isEmpty())
        return straightRoute;
    std::shared_ptr<const StreetGraph> graph = StreetGraph::build(streets);
    qCInfo(lcSim).noquote() << QStringLiteral("crews drive along %1 street segments").arg(graph->edgeCount());
    return [graph](QPointF from, QPointF to) {
        const QVector<QPointF> path = graph->path(webmercator::fromLonLat(from.x(), from.y()), webmercator::fromLonLat(to.x(), to.y()));
        if (path.size() < 2)
            return straightRoute(from, to);
        QVector<QPointF> lonLat;
        lonLat.reserve(path.size());
        for (const QPointF &p : path)
            lonLat << webmercator::toLonLat(p);
        lonLat.front() = from; // exact ends, whatever the projection round trip
        lonLat.back() = to;
        return lonLat;
    };
}

} // namespace vigie::sim
