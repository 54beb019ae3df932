#pragma once

#include "maplayer.h"
#include "vectordata.h"

#include <QBrush>
#include <QFont>
#include <QPen>

namespace vigie {

/// \brief How a context layer is drawn.
struct VectorStyle
{
    QPen pen;                       ///< Cosmetic (width in logical pixels).
    QBrush brush = Qt::NoBrush;     ///< Polygons only.
    double pointSize = 5;           ///< Logical pixels, points only.
    QColor labelColor = QColor(0x33, 0x33, 0x33);
    QFont labelFont;
    double labelMaxResolution = 0;  ///< Labels drawn at this many metres per pixel or closer; 0: never.
    double minResolution = 0;       ///< Layer hidden when zoomed out beyond this (m/px); 0: always drawn.

    /// The style Vigie gives a layer of `role`; `rank` counts earlier layers of the same role
    /// (the second districts layer is the finer subdivision, drawn lighter).
    static VectorStyle forRole(LayerRole role, int rank);
};

/// Whether `box` touches `view`; unlike QRectF::intersects, also true for degenerate boxes
/// (points, horizontal or vertical lines). Both in the same CRS.
bool touches(const QRectF &box, const QRectF &view);

/// \brief A context layer (streets, districts, roadworks, points of interest, boundary).
///
/// Its labels are not drawn with it but by the LabelLayer on top of every layer, as QGIS
/// does, so markers never hide district or street names.
class VectorLayer final : public MapLayer
{
    Q_OBJECT
public:
    VectorLayer(QString id, QString name, LayerRole role, VectorLayerDataPtr data, VectorStyle style,
                QObject *parent = nullptr);

    QRectF extent() const override { return m_data->extent; }
    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const override;
    QVector<LegendEntry> legend() const override;
    const VectorLayerDataPtr &data() const { return m_data; }
    const VectorStyle &style() const { return m_style; }

private:
    VectorLayerDataPtr m_data;
    VectorStyle m_style;
};

} // namespace vigie
