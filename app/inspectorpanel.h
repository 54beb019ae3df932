#pragma once

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace vigie {

class CityMap;
class HistoryChart;
struct AssetHistory;

/// \brief The asset inspector: identity, latest values with units, last seen, source
/// attributes and a chart of the asset's history.
///
/// Latest values come from the CityMap's live state (no I/O); attributes and history are
/// read from the store on a worker thread, and the history is re-read at most every two
/// seconds while the selected asset keeps changing. GUI thread.
class InspectorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget *parent = nullptr);
    ~InspectorPanel() override;

    /// `map` (not owned) may be null; `storePath` is the city's database.
    void setCity(const CityMap *map, const QString &storePath);
    /// Directory index, or -1 for none.
    void showAsset(int index);
    int asset() const { return m_index; }

public slots:
    /// Assets whose live state changed (from CityMap::statesChanged).
    void statesChanged(const QVector<qint32> &indexes);

private:
    void refreshValues();
    void requestHistory();
    void historyReady();

    const CityMap *m_map = nullptr;
    QString m_storePath;
    int m_index = -1;
    QLabel *m_title;
    QFormLayout *m_form;
    QLabel *m_layer;
    QLabel *m_address;
    QLabel *m_position;
    QLabel *m_condition;
    QLabel *m_values;
    QLabel *m_lastSeen;
    QTableWidget *m_attributes;
    HistoryChart *m_chart;
    QTimer m_historyThrottle;
    QTimer m_ageTick;
    QFutureWatcher<AssetHistory> *m_history;
};

} // namespace vigie
