#pragma once

#include "interventions/interventiontypes.h"

#include <QDockWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace vigie {

class InterventionController;
class InterventionFilterProxy;
class InterventionModel;

/// \brief The supervisor's interventions dock (object name "interventionDock"): a table with
/// filters, a board with one column per stage, and the crews.
///
/// Changes go through the InterventionController; refusals (a conflict with another
/// supervisor, an illegal status) show in a banner at the top of the dock, never in a modal
/// box that would hide the alarms. Keyboard: Ctrl+N new (from the selected alarms or map
/// selection), Enter edit, Ctrl+D dispatch, Ctrl+Shift+N note, Ctrl+P work-order sheet,
/// Ctrl+Z / Ctrl+Shift+Z undo and redo. GUI thread.
class InterventionDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit InterventionDock(InterventionController *controller, QWidget *parent = nullptr);

    InterventionModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Crew rows for the Crews tab: name, state, skills, shift, vehicle, last position, job.
    QStandardItemModel *crewModel() const { return m_crews; }
    void setSlaPolicy(const SlaPolicy &sla);
    void setCrewNames(const QHash<QString, QString> &names);

    /// Selected intervention ids, in view order.
    QVector<qint64> selectedIds() const;
    /// Selects `id` in the table (and shows the list tab).
    void selectIntervention(qint64 id);
    /// The banner's text (empty when hidden).
    QString bannerText() const;

    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *dispatchAction() const { return m_dispatchAction; }
    QAction *noteAction() const { return m_noteAction; }
    QAction *sheetAction() const { return m_sheetAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    /// Status changes for the selection, in workflow order.
    QMenu *statusMenu() const { return m_statusMenu; }

public slots:
    void showBanner(const QString &text);

signals:
    /// New intervention from what is selected elsewhere (alarms, map).
    void createRequested();
    void editRequested(qint64 id);
    /// Show the intervention's assets (or place) on the map.
    void showRequested(qint64 id);
    /// Work-order sheets (PDF) for these interventions.
    void sheetRequested(const QVector<qint64> &ids);
    /// A crew's day: every open or today's intervention of the crew.
    void crewSheetRequested(const QString &crewId);

private:
    QWidget *buildList();
    QWidget *buildBoard();
    QWidget *buildCrews();
    void buildActions();
    void updateActions();
    void updateDetail();
    void changeStatus(InterventionStatus status);
    void addNote();

    InterventionController *m_controller;
    InterventionModel *m_model;
    InterventionFilterProxy *m_proxy;
    QStandardItemModel *m_crews;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_crewTable = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLabel *m_banner = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_search = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_dispatchAction = nullptr;
    QAction *m_noteAction = nullptr;
    QAction *m_sheetAction = nullptr;
    QAction *m_crewSheetAction = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QMenu *m_statusMenu = nullptr;
    QHash<int, QAction *> m_statusActions; ///< By int(InterventionStatus).
};

} // namespace vigie
