#pragma once

#include "coordination/coordinationtypes.h"

#include <QDockWidget>
#include <QSet>
#include <QTimeZone>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QToolButton;
class QTreeView;

namespace vigie {

class CoordinationModel;

/// \brief The coordination panel: a time filter on top, the items in a tree (kind ›
/// district › item, with counts), the selected item's details and its actions.
///
/// Time filter: "Active at" one instant or "Active between" two, in the city's zone,
/// defaulting to now; "Now" and "Data period" jump there (the data period is what the
/// loaded roadworks cover; the Paris open data is 2018–2019). Changes are announced once the
/// operator stops editing (timeWindowChanged(), debounced 300 ms).
/// Actions on the selected item: show it on the map, create a combined intervention,
/// notify another service (default service by kind, or pick one), and the rules dialog.
/// GUI thread.
class CoordinationDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit CoordinationDock(QWidget *parent = nullptr);

    CoordinationModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    void setTimeZone(const QTimeZone &zone);
    /// The period the data covers (UTC ms) and an instant inside it worth showing; 0: unknown.
    void setDataPeriod(qint64 fromMs, qint64 untilMs, qint64 busiestMs);
    /// Sets the filter (UTC ms; from == until: "active at") without debounce; emits
    /// timeWindowChanged() if it changed.
    void setTimeWindow(qint64 fromMs, qint64 untilMs);
    qint64 windowFrom() const;
    qint64 windowUntil() const;
    /// A line under the filter (what is shown, what was skipped), empty to hide it.
    void setStatusText(const QString &text);
    QString statusText() const;
    /// Actions need a running city (and, for notifying, a broker).
    void setActionsAvailable(bool interventions, bool notify);

    /// The selected item's key, or empty.
    QString selectedKey() const;
    /// Selects (and scrolls to) the item with `key`.
    void selectItem(const QString &key);
    /// Applies a delta keeping the expansion and the selection.
    void applyDelta(const CoordinationDelta &delta);
    void setItems(const QVector<CoordinationItem> &items);

    /// The services offered by "Notify" (keys), in menu order.
    static QStringList services();
    /// Translated name of a service key.
    static QString serviceName(const QString &service);

signals:
    void timeWindowChanged(qint64 fromMs, qint64 untilMs);
    void showRequested(const QString &key);
    void interventionRequested(const QString &key);
    void notifyRequested(const QString &key, const QString &service);
    void rulesRequested();
    /// The selection changed (key or empty).
    void selectionChanged(const QString &key);

private:
    void keepingState(const std::function<void()> &change);
    void updateDetail();
    void windowEdited();
    void modeChanged();
    void jumpToNow();
    void jumpToData();

    CoordinationModel *m_model;
    QTreeView *m_view;
    QComboBox *m_mode;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_until;
    QPushButton *m_now;
    QPushButton *m_data;
    QLabel *m_status;
    QLabel *m_detail;
    QPushButton *m_show;
    QPushButton *m_intervention;
    QToolButton *m_notify;
    QTimer *m_debounce;
    QTimeZone m_zone{"Europe/Paris"};
    qint64 m_dataFrom = 0;
    qint64 m_dataUntil = 0;
    qint64 m_dataBusiest = 0;
    qint64 m_lastFrom = -1;
    qint64 m_lastUntil = -1;
    QSet<int> m_closedKinds; ///< int(CoordinationKind) the operator collapsed.
    bool m_canIntervene = false;
    bool m_canNotify = false;
};

} // namespace vigie
