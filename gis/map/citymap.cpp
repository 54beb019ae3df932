#include "citymap.h"

#include "assetlayer.h"
#include "labellayer.h"
#include "vectorlayer.h"

#include <QDateTime>

#include <algorithm>

namespace vigie {

namespace {

/// Drawing rank of a role: lower is drawn first (underneath).
int roleRank(LayerRole role, AssetKind kind)
{
    switch (role) {
    case LayerRole::Districts: return 0;
    case LayerRole::Boundary: return 1;
    case LayerRole::Streets: return 2;
    case LayerRole::Roadworks: return 3;
    case LayerRole::PointsOfInterest: return 4;
    case LayerRole::Asset: return kind == AssetKind::Streetlight ? 5 : 6;
    }
    return 7;
}

} // namespace

CityMap::CityMap(const LoadedCity &city, const QString &lang, QObject *parent)
    : QObject(parent)
    , m_pack(city.pack)
    , m_live(city.directory, city.states, QDateTime::currentMSecsSinceEpoch())
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    QVector<StoredLayer> ordered = city.layers;
    std::stable_sort(ordered.begin(), ordered.end(), [](const StoredLayer &a, const StoredLayer &b) {
        return roleRank(a.role, a.kind) < roleRank(b.role, b.kind);
    });
    QHash<LayerRole, int> rankInRole;
    QList<VectorLayer *> labelled;
    for (const StoredLayer &l : std::as_const(ordered)) {
        const QString title = lang == QLatin1String("fr") ? (l.titleFr.isEmpty() ? l.titleEn : l.titleFr)
                                                          : (l.titleEn.isEmpty() ? l.titleFr : l.titleEn);
        if (l.role == LayerRole::Asset) {
            auto *layer = new AssetLayer(l.id, title, city.assets.value(l.id), &m_live, this);
            m_assetLayers << layer;
            m_layers << layer;
        } else {
            const int rank = rankInRole[l.role]++;
            auto *layer = new VectorLayer(l.id, title, l.role, city.vectors.value(l.id), VectorStyle::forRole(l.role, rank), this);
            m_layers << layer;
            labelled << layer;
        }
    }
    // Label priority: main districts, places, roadworks, then finer districts and streets.
    std::stable_sort(labelled.begin(), labelled.end(), [](VectorLayer *a, VectorLayer *b) {
        return a->style().labelFont.pointSize() > b->style().labelFont.pointSize();
    });
    m_layers << new LabelLayer(labelled, this);
    m_reevaluate.setInterval(15000);
    connect(&m_reevaluate, &QTimer::timeout, this, &CityMap::reevaluate);
    m_reevaluate.start();
}

CityMap::~CityMap() = default;

void CityMap::applyDelta(const StateDelta &delta)
{
    notifyLayers(m_live.apply(delta, m_clock()));
    emit statesChanged(delta.assetIndexes);
}

void CityMap::reevaluate()
{
    notifyLayers(m_live.reevaluate(m_clock()));
}

void CityMap::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    reevaluate();
}

void CityMap::setAlarmMarks(const QVector<qint32> &indexes, const QVector<AlarmMark> &marks)
{
    notifyLayers(m_live.setAlarmMarks(indexes, marks));
}

void CityMap::notifyLayers(const QVector<qint32> &changedConditions)
{
    if (changedConditions.isEmpty())
        return;
    for (AssetLayer *layer : std::as_const(m_assetLayers))
        layer->conditionsChanged(changedConditions);
}

QRectF CityMap::boundsOf(const QVector<qint32> &assetIndexes, const QRectF &extra) const
{
    // Bounds by hand: QRectF::united() ignores the zero-size rectangles of single points.
    bool found = !extra.isNull();
    double left = found ? extra.left() : 0, right = found ? extra.right() : 0;
    double top = found ? extra.top() : 0, bottom = found ? extra.bottom() : 0;
    for (qint32 index : assetIndexes) {
        for (AssetLayer *layer : m_assetLayers) {
            if (!layer->contains(index))
                continue;
            const QPointF p = layer->position(index);
            left = found ? std::min(left, p.x()) : p.x();
            right = found ? std::max(right, p.x()) : p.x();
            top = found ? std::min(top, p.y()) : p.y();
            bottom = found ? std::max(bottom, p.y()) : p.y();
            found = true;
            break;
        }
    }
    if (!found)
        return {};
    // A point: a 1e-9 m box, so that isNull() stays false for callers.
    return QRectF(QPointF(left, top), QPointF(std::max(right, left + 1e-9), std::max(bottom, top + 1e-9)));
}

} // namespace vigie
