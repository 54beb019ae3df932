#pragma once

#include "interventions/interventiontypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QTimer>

#include <functional>

namespace vigie {

/// \brief Interventions as a table: one row each, most urgent first when sorted by score.
///
/// Fed with InterventionController::changed(). The due column counts down (refreshed
/// every 30 s) and turns amber, then red (SlaPolicy); its text says the state too.
/// GUI thread.
class InterventionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Score, Status, Kind, Place, Crew, Due, Alarms, Updated, ColumnCount };
    enum Role {
        InterventionIdRole = Qt::UserRole + 1, ///< qint64
        StatusRole,                            ///< int(InterventionStatus)
        SlaRole,                               ///< int(SlaState)
        SortRole,
        CardRole,                              ///< Multi-line text for the board.
    };

    explicit InterventionModel(QObject *parent = nullptr);

    void setSlaPolicy(const SlaPolicy &sla) { m_sla = sla; }
    /// Crew id → display name.
    void setCrewNames(const QHash<QString, QString> &names);
    /// UTC ms "now"; default the system clock. Tests.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Intervention *at(int row) const;
    QModelIndex indexOf(qint64 id, int column = 0) const;

    /// Localised names, for filters and dialogs.
    static QString statusText(InterventionStatus status);
    static QString kindText(InterventionKind kind);
    /// "in 1 h 20 min", "overdue by 12 min", "—".
    static QString dueText(const Intervention &intervention, qint64 nowMs);

public slots:
    void apply(const QVector<vigie::Intervention> &changed, bool all);

private:
    qint64 now() const { return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch(); }

    QVector<Intervention> m_rows;
    QHash<qint64, int> m_rowOf;
    QHash<QString, QString> m_crewNames;
    SlaPolicy m_sla;
    std::function<qint64()> m_clock;
    QTimer m_tick;
};

} // namespace vigie
