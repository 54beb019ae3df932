#pragma once

#include "alarms/alarmtypes.h"
#include "domain/assetdirectory.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableView;

namespace vigie {

class AlarmRuleModel;

/// \brief Edits the alarm rules (ISA-18.2 rationalisation: setpoint, deadband, delays,
/// priority, consequence, response): a table of every rule, Add rule, Add asset override
/// (a copy of the selected rule restricted to one asset, which replaces the kind-wide rule
/// for it), Delete. OK is refused while a rule is invalid (AlarmRuleModel::validate()); the
/// problems are listed under the table. GUI thread.
class AlarmRuleDialog : public QDialog
{
    Q_OBJECT
public:
    /// `directory` (optional) checks the asset of an override exists.
    AlarmRuleDialog(const AlarmRules &rules, AssetDirectoryPtr directory, QWidget *parent = nullptr);
    ~AlarmRuleDialog() override;

    /// The rules as edited (valid once the dialog was accepted).
    AlarmRules rules() const;
    AlarmRuleModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Problems shown under the table (empty when valid).
    QStringList problems() const;

public slots:
    /// Appends a new threshold rule for containers, to be filled in; selects it.
    void addRule();
    /// Appends an override of the current row for `assetId` (URN or inventory id of an
    /// asset of the directory). Returns false, showing why, if there is no current row or
    /// the asset is unknown.
    bool addOverride(const QString &assetId);
    /// Asks for the asset, then addOverride().
    void askOverride();
    /// Deletes the selected rows.
    void deleteSelected();
    void accept() override;

private:
    void updateProblems();

    AssetDirectoryPtr m_directory;
    AlarmRuleModel *m_model;
    QTableView *m_view;
    QLabel *m_problems;
    QPushButton *m_override;
    QPushButton *m_delete;
    QDialogButtonBox *m_buttons;
};

} // namespace vigie
