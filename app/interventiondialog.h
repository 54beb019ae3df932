#pragma once

#include "interventions/interventiontypes.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace vigie {

/// \brief One row of the crew suggestion, ready to show.
struct CrewChoice
{
    QString crewId;
    QString name;
    QString state;        ///< "Available", "Busy (#12)", "Off shift" (translated).
    QString distance;     ///< "2.4 km by street", "1.1 km as the crow flies (no street network)".
    QString whyNot;       ///< Empty when eligible.
    bool eligible = false;
};

/// \brief Creates or edits one intervention: service, priority and due time, place,
/// instructions, the assets and alarms it covers, its priority score with the breakdown,
/// and the crew, chosen among the suggestions (eligible and nearest by street first).
///
/// "Save and dispatch" asks the caller to send it at once. GUI thread; modal.
class InterventionDialog : public QDialog
{
    Q_OBJECT
public:
    /// `initial`: an intervention to edit (id ≠ 0) or the proposal for a new one.
    /// `assetLabels`: one line per asset of `initial`. `score` recomputes the breakdown for
    /// the fields as edited (priority, kind). `crews` is the suggestion, in order.
    InterventionDialog(const Intervention &initial, const QStringList &assetLabels,
                       std::function<PriorityBreakdown(const Intervention &)> score,
                       const QVector<CrewChoice> &crews, QWidget *parent = nullptr);

    /// The intervention as edited (id and version as given).
    Intervention intervention() const;
    /// The chosen crew, or empty (none, or unchanged "keep").
    QString crewId() const;
    bool dispatchRequested() const { return m_dispatch; }

    /// Localised name of a priority term key (PriorityTerm::key).
    static QString termText(const QString &key);

private:
    void refreshScore();

    Intervention m_initial;
    std::function<PriorityBreakdown(const Intervention &)> m_score;
    QVector<CrewChoice> m_crews;
    QComboBox *m_kind;
    QComboBox *m_priority;
    QDateTimeEdit *m_due;
    QLineEdit *m_location;
    QPlainTextEdit *m_description;
    QListWidget *m_assets;
    QLabel *m_scoreLabel;
    QTableWidget *m_breakdown;
    QTableWidget *m_crewTable;
    bool m_dispatch = false;
};

} // namespace vigie
