#include "layertreemodel.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace vigie {

namespace {

constexpr quintptr kTopLevel = 0;

QIcon swatch(const LegendEntry &e, LayerRole role)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    if (!e.symbol.isNull()) {
        const QImage s = e.symbol.scaled(16, 16, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        p.drawImage(QPointF((16 - s.width()) / 2.0, (16 - s.height()) / 2.0), s);
        return QIcon(pixmap);
    }
    p.setPen(QPen(e.outline, 1.5));
    p.setBrush(e.fill);
    if (role == LayerRole::Asset)
        p.drawEllipse(QRectF(2.5, 2.5, 11, 11));
    else if (role == LayerRole::Streets)
        p.drawLine(QPointF(1, 12), QPointF(15, 4));
    else
        p.drawRect(QRectF(2.5, 3.5, 11, 9));
    return QIcon(pixmap);
}

} // namespace

LayerTreeModel::LayerTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void LayerTreeModel::setLayers(const QList<MapLayer *> &layers)
{
    beginResetModel();
    for (const QPointer<MapLayer> &l : std::as_const(m_layers)) {
        if (l)
            disconnect(l, nullptr, this, nullptr);
    }
    m_layers.clear();
    m_legends.clear();
    for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
        MapLayer *layer = *it;
        m_layers << layer;
        m_legends << (layer->role() == LayerRole::Asset ? layer->legend() : QVector<LegendEntry>{});
        connect(layer, &MapLayer::legendChanged, this, [this, layer] { legendChanged(layer); });
        connect(layer, &MapLayer::visibilityChanged, this, [this, layer] {
            const QModelIndex i = index(int(m_layers.indexOf(layer)), 0);
            emit dataChanged(i, i, {Qt::CheckStateRole});
        });
    }
    endResetModel();
}

MapLayer *LayerTreeModel::layer(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int row = index.internalId() == kTopLevel ? index.row() : int(index.internalId()) - 1;
    return m_layers.value(row);
}

QModelIndex LayerTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_layers.size() ? createIndex(row, 0, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || row >= m_legends.value(parent.row()).size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex LayerTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kTopLevel);
}

int LayerTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_layers.size());
    if (parent.internalId() != kTopLevel)
        return 0;
    return int(m_legends.value(parent.row()).size());
}

int LayerTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant LayerTreeModel::data(const QModelIndex &index, int role) const
{
    MapLayer *l = layer(index);
    if (!l)
        return {};
    if (index.internalId() == kTopLevel) {
        switch (role) {
        case Qt::DisplayRole: return l->name();
        case Qt::CheckStateRole: return l->isVisible() ? Qt::Checked : Qt::Unchecked;
        case Qt::DecorationRole: {
            const QVector<LegendEntry> own = l->role() == LayerRole::Asset ? QVector<LegendEntry>{} : l->legend();
            return own.isEmpty() ? QVariant() : QVariant(swatch(own.first(), l->role()));
        }
        case Qt::ToolTipRole: return l->id();
        default: return {};
        }
    }
    const LegendEntry &e = m_legends.at(int(index.internalId()) - 1).at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.count >= 0 ? tr("%1 (%L2)").arg(e.label).arg(e.count) : e.label;
    case Qt::DecorationRole: return swatch(e, l->role());
    default: return {};
    }
}

bool LayerTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    MapLayer *l = layer(index);
    if (!l || index.internalId() != kTopLevel || role != Qt::CheckStateRole)
        return false;
    l->setVisible(value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags LayerTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == kTopLevel)
        f |= Qt::ItemIsUserCheckable;
    else
        f |= Qt::ItemNeverHasChildren;
    return f;
}

void LayerTreeModel::legendChanged(MapLayer *layer)
{
    const int row = int(m_layers.indexOf(layer));
    if (row < 0)
        return;
    const QVector<LegendEntry> legend = layer->legend();
    const QModelIndex parent = index(row, 0);
    if (legend.size() != m_legends.at(row).size()) {
        if (!m_legends.at(row).isEmpty()) {
            beginRemoveRows(parent, 0, int(m_legends.at(row).size()) - 1);
            m_legends[row].clear();
            endRemoveRows();
        }
        if (!legend.isEmpty()) {
            beginInsertRows(parent, 0, int(legend.size()) - 1);
            m_legends[row] = legend;
            endInsertRows();
        }
        return;
    }
    m_legends[row] = legend;
    if (!legend.isEmpty())
        emit dataChanged(index(0, 0, parent), index(int(legend.size()) - 1, 0, parent), {Qt::DisplayRole});
}

} // namespace vigie
