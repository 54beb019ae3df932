#pragma once

#include "alarms/alarmtypes.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace vigie {

/// \brief The alarm rules as an editable table (the rule dialog's model).
///
/// One row per AlarmRule, in the order given. Edit role values: Kind, AppliesTo (asset
/// kind), Priority and Direction columns take and give the stable keys of choices(column)
/// ("stateCode", "Streetlight", "urgent", "high"/"low"); delays and windows are edited in
/// minutes, codes as a comma-separated list, Enabled through Qt::CheckStateRole. Values
/// that do not parse are refused by setData(); rule-level checks are validate()'s. GUI thread.
class AlarmRuleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Key, Kind, AppliesTo, Asset, Quantity, Setpoint, Deadband, Direction, OnDelay, OffDelay, Codes,
        PeriodFactor, Count, Window, Priority, Consequence, Response, Enabled, ColumnCount
    };
    /// One choice of a Kind, AppliesTo, Priority or Direction cell: its key and display text.
    struct Choice
    {
        QString key;
        QString text;
    };

    explicit AlarmRuleModel(QObject *parent = nullptr);

    void setRules(const AlarmRules &rules);
    const AlarmRules &rules() const { return m_rules; }
    /// Appends a copy of row `row` that applies to the one asset `assetId` only (a per-asset
    /// override: same key, so it replaces the kind-wide rule for that asset). Returns the new row.
    int addOverride(int row, const QString &assetId);
    /// Appends `rule`; returns its row.
    int addRule(const AlarmRule &rule);
    void removeRows(QVector<int> rows);

    /// The choices of an enumerated column (empty for the others).
    static QVector<Choice> choices(int column);

    /// Problems of `rule`, operator-facing sentences (empty = valid): key missing; deadband
    /// negative, or crossing zero (setpoint ∓ deadband changes sign); delays or window
    /// negative; fill setpoints outside 0–1; state codes not in the Smart Data Models enum
    /// of the quantity; period factor ≤ 1; count < 1; a per-asset rule and a kind-wide one
    /// of the same key and kind are fine, two with the same key, kind-wide or same asset, are not.
    static QStringList validate(const AlarmRule &rule);
    /// validate() of every row plus duplicate keys, each prefixed by its row number (1-based).
    QStringList problems() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AlarmRules m_rules;
};

} // namespace vigie
