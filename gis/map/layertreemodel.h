#pragma once

#include "maplayer.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace vigie {

/// \brief The map's layers (top layer first, as QGIS lists them) with a checkbox each, and
/// their legend entries as children (colour swatch, label and, for asset layers, how many
/// assets are in that condition now).
///
/// GUI thread. Does not own the layers.
class LayerTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit LayerTreeModel(QObject *parent = nullptr);

    /// Layers bottom to top, as the canvas takes them.
    void setLayers(const QList<MapLayer *> &layers);
    MapLayer *layer(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void legendChanged(MapLayer *layer);

    QList<QPointer<MapLayer>> m_layers;           // top first
    QList<QVector<LegendEntry>> m_legends;        // parallel
};

} // namespace vigie
