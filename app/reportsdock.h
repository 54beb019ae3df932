#pragma once

#include "domain/assetdirectory.h"
#include "reports/reporttypes.h"
#include "reports/servicecatalog.h"

#include <QDockWidget>
#include <QHash>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QTreeView;

namespace vigie {

/// \brief The supervisor's inbox of citizen reports (object name "reportsDock"): groups of
/// likely duplicates at the top level, their reports below, newest groups first.
///
/// Per group: the service, how many residents reported it, the matched asset and how far
/// the reports are from it, its state (new, confirmed, linked to an alarm or an
/// intervention, closed). Actions: confirm the group, split a report out of it, link it to
/// an alarm or intervention, create an intervention from it, show it on the map.
///
/// Everything residents wrote is shown as plain text: items carry it as DisplayRole text
/// under the default delegate (never rich text), the detail pane and the banner are
/// QLabels with Qt::PlainText, and no tooltip quotes it (tooltips guess rich text).
/// Reporters' contact details are never here: the dock gets reports without them (see
/// docs/reports-desk.md). GUI thread; the owner calls setReports() at most every ~150 ms.
class ReportsDock : public QDockWidget
{
    Q_OBJECT
public:
    /// What the inbox lists.
    enum Scope { Inbox, Open, Closed, All };
    /// Columns of the tree.
    enum Column { Problem, Residents, Asset, Distance, State, Received, Place, ColumnCount };
    /// Roles of column 0: the group id (both levels) and, on report rows, the report id.
    enum Role { GroupIdRole = Qt::UserRole + 1, ReportIdRole };

    explicit ReportsDock(QWidget *parent = nullptr);

    /// Service names (in `lang`, "fr" or "en") and asset names.
    void setContext(const ServiceCatalog &catalog, AssetDirectoryPtr directory, const QString &lang);
    /// How a linked intervention is described in the State column ("Intervention #4 · en route").
    void setInterventionText(std::function<QString(qint64 interventionId)> text) { m_interventionText = std::move(text); }
    /// Replaces what is listed (all groups and reports the owner knows), keeping the
    /// selection and the expanded groups.
    void setReports(const QHash<qint64, ReportGroup> &groups, const QHash<qint64, CitizenReport> &reports);

    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    void setScope(Scope scope);
    /// The selected group (a selected report names its group), or 0.
    qint64 selectedGroupId() const;
    /// The selected report, or 0 (a group row selected).
    qint64 selectedReportId() const;
    /// Selects the row of `groupId` (showing every scope if it is filtered out).
    void selectGroup(qint64 groupId);
    /// The detail pane's text (plain).
    QString detailText() const;
    QString bannerText() const;

    QAction *confirmAction() const { return m_confirm; }
    QAction *splitAction() const { return m_split; }
    QAction *linkAction() const { return m_link; }
    QAction *createAction() const { return m_create; }
    QAction *showAction() const { return m_show; }
    QAction *settingsAction() const { return m_settings; }

    /// Translated name of a report state ("On site or on the way").
    static QString stateText(ReportState state);

public slots:
    void showBanner(const QString &text);

signals:
    void confirmRequested(qint64 groupId);
    void splitRequested(qint64 reportId);
    void linkRequested(qint64 groupId);
    void createInterventionRequested(qint64 groupId);
    void showRequested(qint64 groupId);
    void settingsRequested();

private:
    void rebuild();
    void updateActions();
    void updateDetail();
    bool accepts(const ReportGroup &group) const;
    QString serviceName(const QString &code) const;
    QString assetText(const QString &assetId) const;
    QString groupStateText(const ReportGroup &group) const;

    ServiceCatalog m_catalog;
    AssetDirectoryPtr m_directory;
    QString m_lang = QStringLiteral("en");
    std::function<QString(qint64)> m_interventionText;
    QHash<qint64, ReportGroup> m_groups;
    QHash<qint64, CitizenReport> m_reports;
    Scope m_scope = Inbox;

    QLabel *m_banner;
    QComboBox *m_scopeBox;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_detail;
    QAction *m_confirm;
    QAction *m_split;
    QAction *m_link;
    QAction *m_create;
    QAction *m_show;
    QAction *m_settings;
};

} // namespace vigie
