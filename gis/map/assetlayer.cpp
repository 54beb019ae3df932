#include "assetlayer.h"

#include <algorithm>

#include "domain/livestate.h"
#include "pointindex.h"
#include "symbology.h"

#include <QPainter>

#include <array>

namespace vigie {

namespace {

class AssetRenderer final : public LayerRenderer
{
public:
    AssetRenderer(AssetLayerDataPtr data, QVector<quint8> conditions)
        : m_data(std::move(data))
        , m_conditions(std::move(conditions))
    {
    }

    void render(QPainter &painter, const MapSettings &settings, const std::atomic<bool> &cancel) override
    {
        const int size = symbology::markerSize(settings.resolution());
        const double margin = (size + 6) * settings.resolution();
        const QRectF view = settings.extent().adjusted(-margin, -margin, margin, margin);
        // Bucket by condition so the most important ones are drawn last, on top.
        std::array<QVector<QPointF>, kAssetConditionCount> buckets;
        QVector<QPointF> stale;
        QVector<QPointF> handled;
        QVector<QPointF> unhandled;
        const QVector<QPointF> &positions = m_data->positions;
        for (int i = 0; i < positions.size(); ++i) {
            if ((i & 4095) == 0 && cancel.load())
                return;
            const QPointF &p = positions.at(i);
            if (!view.contains(p))
                continue;
            const quint8 code = m_conditions.value(m_data->firstIndex + i, quint8(AssetCondition::NoData));
            const QPointF px = settings.toPixel(p);
            buckets[std::size_t(markerCondition(code))] << px;
            if (code & kStaleMarker)
                stale << px;
            switch (markerAlarm(code)) {
            case AlarmMark::Unhandled: unhandled << px; break;
            case AlarmMark::Handled: handled << px; break;
            case AlarmMark::None: break;
            }
        }
        for (int c = kAssetConditionCount - 1; c >= 0; --c) {
            const QVector<QPointF> &points = buckets[std::size_t(c)];
            if (points.isEmpty())
                continue;
            const QImage sprite = symbology::marker(AssetCondition(c), size, painter.device()->devicePixelRatioF());
            const QSizeF half = QSizeF(sprite.size()) / sprite.devicePixelRatio() / 2;
            for (const QPointF &px : points)
                painter.drawImage(QPointF(px.x() - half.width(), px.y() - half.height()), sprite);
            if (cancel.load())
                return;
        }
        // Stale: the colour is the last valid value's; a dashed grey ring says the newest
        // reading was invalid.
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 1.5, Qt::DashLine));
        const double ring = size * 0.5 + 3;
        for (const QPointF &px : std::as_const(stale))
            painter.drawEllipse(px, ring, ring);
        // Alarm marks last, unhandled on top of handled: they are what the operator looks for.
        const qreal dpr = painter.device()->devicePixelRatioF();
        for (const auto &[mark, points] : {std::pair{AlarmMark::Handled, &handled}, std::pair{AlarmMark::Unhandled, &unhandled}}) {
            if (points->isEmpty() || cancel.load())
                continue;
            const QImage sprite = symbology::alarmMark(mark, size, dpr);
            const QSizeF half = QSizeF(sprite.size()) / sprite.devicePixelRatio() / 2;
            for (const QPointF &px : std::as_const(*points))
                painter.drawImage(QPointF(px.x() - half.width(), px.y() - half.height()), sprite);
        }
    }

private:
    AssetLayerDataPtr m_data;
    QVector<quint8> m_conditions;
};

} // namespace

AssetLayer::AssetLayer(QString id, QString name, AssetLayerDataPtr data, const LiveState *live, QObject *parent)
    : MapLayer(std::move(id), std::move(name), LayerRole::Asset, parent)
    , m_data(std::move(data))
    , m_live(live)
    , m_index(std::make_unique<PointIndex>(m_data->positions))
{
}

AssetLayer::~AssetLayer() = default;

std::unique_ptr<LayerRenderer> AssetLayer::createRenderer(const MapSettings &) const
{
    return std::make_unique<AssetRenderer>(m_data, m_live->conditions());
}

QVector<LegendEntry> AssetLayer::legend() const
{
    std::array<int, kAssetConditionCount> counts{};
    int unhandled = 0;
    int handled = 0;
    const QVector<quint8> &conditions = m_live->conditions();
    for (int i = 0; i < m_data->positions.size(); ++i) {
        const quint8 code = conditions.value(m_data->firstIndex + i, quint8(AssetCondition::NoData));
        ++counts[std::size_t(markerCondition(code))];
        const AlarmMark mark = markerAlarm(code);
        unhandled += mark == AlarmMark::Unhandled;
        handled += mark == AlarmMark::Handled;
    }
    QVector<LegendEntry> entries;
    // Alarm marks first: they are listed whenever the layer has any, with their own symbol.
    for (const auto &[mark, count] : {std::pair{AlarmMark::Unhandled, unhandled}, std::pair{AlarmMark::Handled, handled}}) {
        if (count == 0)
            continue;
        LegendEntry e;
        e.outline = symbology::alarmMarkColor(mark);
        e.fill = Qt::transparent;
        e.label = symbology::alarmMarkLabel(mark);
        e.count = count;
        e.symbol = symbology::alarmMark(mark, 2, 1.0);
        entries << e;
    }
    for (AssetCondition c : assetConditions(m_data->kind)) {
        LegendEntry e;
        e.fill = symbology::fillColor(c);
        e.outline = symbology::outlineColor(c);
        e.label = symbology::conditionLabel(m_data->kind, c);
        e.count = counts[std::size_t(c)];
        entries << e;
    }
    return entries;
}

bool AssetLayer::contains(int index) const
{
    return index >= m_data->firstIndex && index < m_data->firstIndex + m_data->positions.size();
}

QPointF AssetLayer::position(int index) const
{
    return m_data->positions.at(index - m_data->firstIndex);
}

int AssetLayer::hitTest(QPointF mapPoint, double tolerance) const
{
    const int i = m_index->nearest(mapPoint, tolerance);
    return i < 0 ? -1 : m_data->firstIndex + i;
}

QVector<qint32> AssetLayer::indexesIn(const QRectF &mapRect) const
{
    QVector<qint32> out;
    for (int i : m_index->within(mapRect))
        out << qint32(m_data->firstIndex + i);
    std::sort(out.begin(), out.end());
    return out;
}

void AssetLayer::conditionsChanged(const QVector<qint32> &indexes)
{
    for (qint32 index : indexes) {
        if (contains(index)) {
            emit repaintRequested();
            emit legendChanged();
            return;
        }
    }
}

} // namespace vigie
