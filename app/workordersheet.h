#pragma once

#include "domain/result.h"
#include "interventions/interventiontypes.h"
#include "map/maplayer.h"
#include "map/mapsettings.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <vector>

namespace vigie {

class MapLayer;

/// \brief What one page of a work-order sheet shows. Prepared on the GUI thread
/// (prepareWorkOrderPage), written on any thread.
struct WorkOrderPage
{
    Intervention intervention;
    QString crewName;
    QStringList assetLines;        ///< One per asset: id, label, address, position.
    MapSettings map;               ///< The extract: centred on the job, ~600 m across.
    /// Snapshots of the visible layers for `map`, bottom to top (LayerRenderer contract:
    /// they touch nothing the GUI thread changes).
    std::vector<std::shared_ptr<LayerRenderer>> renderers;
};

/// \brief Prepares a page: takes the layers' renderers for a map extract around
/// `centerMercator` (EPSG:3857) of `widthM` metres. GUI thread (MapLayer::createRenderer).
WorkOrderPage prepareWorkOrderPage(const Intervention &intervention, const QString &crewName,
                                   const QStringList &assetLines, const QList<MapLayer *> &layers,
                                   QPointF centerMercator, double widthM = 600);

/// \brief Writes an A4 PDF (QPdfWriter): for a crew's day (`dayTitle` not empty) a cover
/// page listing the jobs, then one page per intervention with the map extract, the place,
/// the assets, the instructions, the notes' space and signature boxes. Returns the number
/// of pages written. Errors: `pdfWrite` (the file cannot be written). Any thread; French or
/// English by the application's translator.
Result<int> writeWorkOrderSheets(const QString &path, const std::vector<WorkOrderPage> &pages,
                                 const QString &dayTitle = {});

} // namespace vigie
