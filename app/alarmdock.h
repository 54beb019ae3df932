#pragma once

#include "alarms/alarmservice.h"
#include "alarms/alarmtypes.h"
#include "domain/assetdirectory.h"

#include <QDockWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeView;

namespace vigie {

class AlarmFilterProxy;
class AlarmListModel;

/// \brief The operator's alarm list dock (object name "alarmDock"): filters, the list
/// (AlarmListModel through AlarmFilterProxy: priority, then newest first) and the selected
/// alarm's detail (condition, ISA-18.2 consequence and response, shelving, group children).
///
/// It does not depend on AlarmService: operator actions leave as signals carrying alarm ids,
/// which MainWindow connects to the service's slots; the list follows through applyDelta().
/// Keyboard (function keys, as on control-room operator keyboards):
/// - F4 acknowledge the selected alarms (a selected group parent brings its children),
///   Shift+F4 acknowledge every alarm visible on the page; both work anywhere in the window;
/// - F6 shelve…, Shift+F6 unshelve, F7 comment…, F8 remove from service…, Shift+F8 return to
///   service, while the dock has the focus;
/// - Enter or double click: show the alarm's asset(s) on the map; Ctrl+F: search.
/// Selection survives model resets (large deltas). GUI thread.
class AlarmDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit AlarmDock(QWidget *parent = nullptr);
    ~AlarmDock() override;

    AlarmListModel *model() const { return m_model; }
    AlarmFilterProxy *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }

    /// See AlarmListModel::setCity(); fills the district filter.
    void setCity(AssetDirectoryPtr directory, AssetGroupTable groups);
    void setRules(const AlarmRules &rules);
    /// The clock the shelve dialog starts from (UTC ms). Default: system clock.
    void setClock(std::function<qint64()> clock);

    /// Ids of the selected alarms (both levels), in view order.
    QVector<qint64> selectedIds() const;
    /// Ids the acknowledge actions would send: needing attention, selected (with the
    /// children of selected parents) or visible on the page.
    QVector<qint64> acknowledgeableSelected() const;
    QVector<qint64> acknowledgeableOnPage() const;

    QAction *acknowledgeAction() const { return m_ackAction; }
    QAction *acknowledgePageAction() const { return m_ackPageAction; }
    QAction *shelveAction() const { return m_shelveAction; }
    QAction *unshelveAction() const { return m_unshelveAction; }
    QAction *commentAction() const { return m_commentAction; }
    QAction *removeFromServiceAction() const { return m_removeAction; }
    QAction *returnToServiceAction() const { return m_returnAction; }

public slots:
    /// AlarmService::alarmsChanged.
    void applyDelta(const vigie::AlarmDelta &delta);
    /// Shows only group parents (flood banner), and raises the dock.
    void showGroups();
    /// Clears the filters.
    void resetFilters();

signals:
    void acknowledgeRequested(const QVector<qint64> &ids);
    void shelveRequested(const QVector<qint64> &ids, const QString &reason, qint64 untilMs);
    void unshelveRequested(const QVector<qint64> &ids);
    void commentRequested(qint64 id, const QString &text);
    void removeFromServiceRequested(const QVector<qint64> &ids, const QString &reason);
    void returnToServiceRequested(const QVector<qint64> &ids);
    /// Show these assets (AssetDirectory indexes) on the map: one is centred and selected,
    /// several are framed.
    void assetsRequested(const QVector<qint32> &assetIndexes);
    /// "Show on map" of an alarm on a subject rather than an asset (Alarm::assetId, e.g.
    /// "worksZone:CP000617").
    void subjectRequested(const QString &subject);

private:
    void buildFilters(QWidget *bar);
    void applyFilters();
    void updateActions();
    void updateDetail();
    void updateCounts();
    void showOnMap(const QModelIndex &proxyIndex);
    void shelveSelected();
    void commentSelected();
    void removeSelected();
    /// `ids` plus the children of the group parents among them, filtered by `keep`.
    QVector<qint64> withChildren(const QVector<qint64> &ids, const std::function<bool(const Alarm &)> &keep) const;

    AlarmListModel *m_model;
    AlarmFilterProxy *m_proxy;
    QTreeView *m_view;
    QTextBrowser *m_detail;
    QLabel *m_counts;
    QComboBox *m_priority;
    QComboBox *m_kind;
    QComboBox *m_district;
    QComboBox *m_state;
    QLineEdit *m_search;
    QCheckBox *m_showRemoved;
    QAction *m_ackAction;
    QAction *m_ackPageAction;
    QAction *m_shelveAction;
    QAction *m_unshelveAction;
    QAction *m_commentAction;
    QAction *m_removeAction;
    QAction *m_returnAction;
    std::function<qint64()> m_clock;
    QVector<qint64> m_keptSelection; ///< Across a model reset.
    qint64 m_keptCurrent = 0;
};

} // namespace vigie
