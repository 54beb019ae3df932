#pragma once

#include "alarms/alarmkpis.h"
#include "domain/assetdirectory.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QTimer>

#include <functional>

class QAction;
class QLabel;
class QTableWidget;

class QBarSet;
class QBarSeries;
class QChart;
class QLineSeries;
class QValueAxis;
class QBarCategoryAxis;

namespace vigie {

/// \brief The alarm KPIs dock (object name "alarmKpiDock"): alarms per 10 minutes over the
/// last 24 hours against the EEMUA 191 / ISA-18.2 reference rates (1 and 2 per 10 minutes)
/// and the flood threshold (10), the standing, stale, chattering, shelved, suppressed and
/// out-of-service counts, and the 10 most frequent alarms.
///
/// The figures are computed by computeAlarmKpis() on a worker thread (QtConcurrent) with
/// its own read-only connection to the store: never SQL on the GUI thread. Refreshed every
/// refreshIntervalMs while visible, and on demand (refresh(), F5 or the Refresh button); a
/// refresh asked while one runs is run once after it. GUI thread.
class AlarmKpiDock : public QDockWidget
{
    Q_OBJECT
public:
    static constexpr int refreshIntervalMs = 30'000;

    explicit AlarmKpiDock(QWidget *parent = nullptr);
    ~AlarmKpiDock() override;

    /// The city's database (schema v4 alarm tables); empty clears the figures.
    void setStorePath(const QString &path);
    /// Names the assets of the top 10 by their label (optional; null: by id).
    void setDirectory(AssetDirectoryPtr directory);
    /// Tests and replay: what "now" is (UTC ms). Default: the system clock.
    void setClock(std::function<qint64()> clock);

    /// The figures last shown (empty before the first refresh).
    const AlarmKpis &kpis() const { return m_kpis; }
    QChart *chart() const { return m_chart; }
    QTableWidget *topTable() const { return m_top; }
    QAction *refreshAction() const { return m_refreshAction; }
    /// The figure labels by key: "standing", "stale", "chattering", "shelved", "suppressed",
    /// "outOfService", "unacknowledged", "average", "peak", "floods", "topShare".
    QLabel *figure(const QString &key) const;

public slots:
    /// Recomputes now (or right after the computation running).
    void refresh();

signals:
    /// New figures are shown.
    void refreshed();
    /// The computation failed (e.g. a store without alarm tables); `message` is operator-facing.
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildChart();
    void computed();
    void display(const AlarmKpis &kpis);
    QString kindName(const QString &key) const;
    QString priorityName(const QString &key) const;

    QString m_storePath;
    AssetDirectoryPtr m_directory;
    std::function<qint64()> m_clock;
    QTimer m_timer;
    QFutureWatcher<Result<AlarmKpis>> m_watcher;
    bool m_again = false;
    AlarmKpis m_kpis;

    QChart *m_chart = nullptr;
    QBarSet *m_annunciated = nullptr;
    QBarSeries *m_bars = nullptr;
    QLineSeries *m_acceptable = nullptr;
    QLineSeries *m_manageable = nullptr;
    QLineSeries *m_flood = nullptr;
    QBarCategoryAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QHash<QString, QLabel *> m_figures;
    QLabel *m_status = nullptr;
    QTableWidget *m_top = nullptr;
    QAction *m_refreshAction = nullptr;
};

} // namespace vigie
