#pragma once

#include "domain/assetkind.h"
#include "domain/observation.h"

#include <QChartView>

class QAbstractAxis;
class QScatterSeries;

namespace vigie {

/// \brief The history of one asset (Qt Charts): fill level in % for containers; power
/// state (on/off steps) and faults for street lights. Time axis in local time.
///
/// GUI thread. Data comes ready from a background query (InspectorPanel).
class HistoryChart : public QChartView
{
    Q_OBJECT
public:
    explicit HistoryChart(QWidget *parent = nullptr);

    /// `primary` is fillingLevel (containers) or powerState (lamps); `status` the status
    /// history. Both oldest first. Invalid readings are drawn as grey marks on the time
    /// axis, not as values.
    void setHistory(AssetKind kind, const Observations &primary, const Observations &status);
    void clear();

private:
    /// Adds `series` to the chart on axes `x`, `y`, or deletes it when it is empty.
    void addMarkers(QScatterSeries *series, QAbstractAxis *x, QAbstractAxis *y);
};

} // namespace vigie
