#pragma once

#include "coordination/coordinationtypes.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QTimeZone>

#include <memory>
#include <vector>

namespace vigie {

/// \brief Coordination items as a tree: kind › district › item, with counts on the group
/// rows.
///
/// Columns: the item (its summary; on groups the name and count), severity, time window
/// (in the city's zone), assets, suggested action. Groups are ordered by kind, districts by
/// name ("No district" last), items by severity (critical first) then start time.
/// applyDelta() rebuilds the tree (a model reset): views keep their expansion and
/// selection by key (CoordinationDock does). GUI thread.
class CoordinationModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, SeverityColumn, WindowColumn, AssetsColumn, ActionColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< Item key (QString); empty on group rows.
        KindRole,                   ///< int(CoordinationKind), on every row.
        DistrictRole,               ///< District id, on district and item rows.
        CountRole,                  ///< Items under a group row; 1 on an item row.
    };

    explicit CoordinationModel(QObject *parent = nullptr);
    ~CoordinationModel() override;

    /// Zone the time windows are shown in.
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    /// District labels by id ("75013" → "13e arrondissement"); ids shown as they are otherwise.
    void setDistrictLabels(const QHash<QString, QString> &labels) { m_districtLabels = labels; }

    /// Replaces every item.
    void setItems(const QVector<CoordinationItem> &items);
    /// Applies a delta (added, changed, removed by key).
    void applyDelta(const CoordinationDelta &delta);
    void clear() { setItems({}); }

    int itemCount() const { return int(m_items.size()); }
    /// Items of one kind.
    int count(CoordinationKind kind) const;
    /// The item with `key`, or null.
    const CoordinationItem *item(const QString &key) const;
    /// The item at `index` (an item row), or null for a group row.
    const CoordinationItem *item(const QModelIndex &index) const;
    /// The item row of `key` (column 0), invalid if absent.
    QModelIndex indexOf(const QString &key) const;

    /// Translated name of a kind, e.g. "Round blocked by works".
    static QString kindName(CoordinationKind kind);
    static QString severityName(CoordinationSeverity severity);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Node *parent = nullptr;
        int row = 0;
        int level = 0;                 ///< 0 kind, 1 district, 2 item.
        CoordinationKind kind = CoordinationKind::RoundBlocked;
        QString district;
        QString key;                   ///< Item rows.
        int count = 0;
        CoordinationSeverity worst = CoordinationSeverity::Info;
        std::vector<Node *> children;
    };
    void rebuild();
    Node *nodeOf(const QModelIndex &index) const;
    QString windowText(qint64 fromMs, qint64 untilMs) const;
    QString districtName(const QString &id) const;

    QHash<QString, CoordinationItem> m_items;
    std::vector<std::unique_ptr<Node>> m_nodes; ///< Owns every node.
    std::vector<Node *> m_roots;
    QHash<QString, Node *> m_byKey;
    QTimeZone m_zone{"Europe/Paris"};
    QHash<QString, QString> m_districtLabels;
};

} // namespace vigie
