#include "coordinationmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace vigie {

CoordinationModel::CoordinationModel(QObject *parent) : QAbstractItemModel(parent) {}

CoordinationModel::~CoordinationModel() = default;

QString CoordinationModel::kindName(CoordinationKind kind)
{
    switch (kind) {
    case CoordinationKind::RoundBlocked: return tr("Round blocked by works");
    case CoordinationKind::SuspectedCableCut: return tr("Suspected cable cut");
    case CoordinationKind::OverflowBehindWorks: return tr("Overflow behind works");
    case CoordinationKind::CombineIntervention: return tr("Combine with works");
    case CoordinationKind::LightingForSafety: return tr("Lighting for safety");
    }
    return {};
}

QString CoordinationModel::severityName(CoordinationSeverity severity)
{
    switch (severity) {
    case CoordinationSeverity::Info: return tr("Info");
    case CoordinationSeverity::Warning: return tr("Warning");
    case CoordinationSeverity::Critical: return tr("Critical");
    }
    return {};
}

void CoordinationModel::setItems(const QVector<CoordinationItem> &items)
{
    beginResetModel();
    m_items.clear();
    for (const CoordinationItem &i : items)
        m_items.insert(i.key, i);
    rebuild();
    endResetModel();
}

void CoordinationModel::applyDelta(const CoordinationDelta &delta)
{
    if (delta.isEmpty())
        return;
    beginResetModel();
    for (const QString &key : delta.removed)
        m_items.remove(key);
    for (const CoordinationItem &i : delta.added)
        m_items.insert(i.key, i);
    for (const CoordinationItem &i : delta.changed)
        m_items.insert(i.key, i);
    rebuild();
    endResetModel();
}

int CoordinationModel::count(CoordinationKind kind) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [kind](const CoordinationItem &i) { return i.kind == kind; }));
}

const CoordinationItem *CoordinationModel::item(const QString &key) const
{
    const auto it = m_items.constFind(key);
    return it == m_items.cend() ? nullptr : &it.value();
}

const CoordinationItem *CoordinationModel::item(const QModelIndex &index) const
{
    const Node *n = nodeOf(index);
    return n && n->level == 2 ? item(n->key) : nullptr;
}

QModelIndex CoordinationModel::indexOf(const QString &key) const
{
    Node *n = m_byKey.value(key);
    return n ? createIndex(n->row, 0, n) : QModelIndex();
}

void CoordinationModel::rebuild()
{
    m_nodes.clear();
    m_roots.clear();
    m_byKey.clear();
    auto make = [this](Node *parent, int level) {
        m_nodes.push_back(std::make_unique<Node>());
        Node *n = m_nodes.back().get();
        n->parent = parent;
        n->level = level;
        auto &siblings = parent ? parent->children : m_roots;
        n->row = int(siblings.size());
        siblings.push_back(n);
        return n;
    };
    // kind → district → items (sorted below).
    QMap<int, QMap<QString, QVector<const CoordinationItem *>>> groups;
    for (const CoordinationItem &i : m_items)
        groups[int(i.kind)][i.districtId] << &i;
    for (auto k = groups.cbegin(); k != groups.cend(); ++k) {
        Node *kind = make(nullptr, 0);
        kind->kind = CoordinationKind(k.key());
        QStringList districts = k.value().keys();
        std::sort(districts.begin(), districts.end(), [this](const QString &a, const QString &b) {
            if (a.isEmpty() != b.isEmpty())
                return b.isEmpty(); // "No district" last
            return QString::localeAwareCompare(districtName(a), districtName(b)) < 0;
        });
        for (const QString &d : std::as_const(districts)) {
            Node *district = make(kind, 1);
            district->kind = kind->kind;
            district->district = d;
            QVector<const CoordinationItem *> items = k.value().value(d);
            std::sort(items.begin(), items.end(), [](const CoordinationItem *a, const CoordinationItem *b) {
                if (a->severity != b->severity)
                    return int(a->severity) > int(b->severity);
                if (a->fromMs != b->fromMs)
                    return a->fromMs < b->fromMs;
                return a->key < b->key;
            });
            for (const CoordinationItem *i : std::as_const(items)) {
                Node *leaf = make(district, 2);
                leaf->kind = kind->kind;
                leaf->district = d;
                leaf->key = i->key;
                leaf->count = 1;
                leaf->worst = i->severity;
                m_byKey.insert(i->key, leaf);
                district->count++;
                district->worst = std::max(district->worst, i->severity);
            }
            kind->count += district->count;
            kind->worst = std::max(kind->worst, district->worst);
        }
    }
}

CoordinationModel::Node *CoordinationModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex CoordinationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node *p = nodeOf(parent);
    if (parent.isValid() && parent.column() != 0)
        return {};
    const auto &children = p ? p->children : m_roots;
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, children[size_t(row)]);
}

QModelIndex CoordinationModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeOf(child);
    if (!n || !n->parent)
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int CoordinationModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *p = nodeOf(parent);
    return int(p ? p->children.size() : m_roots.size());
}

int CoordinationModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString CoordinationModel::districtName(const QString &id) const
{
    if (id.isEmpty())
        return tr("No district");
    return m_districtLabels.value(id, id);
}

QString CoordinationModel::windowText(qint64 fromMs, qint64 untilMs) const
{
    if (fromMs <= 0 && untilMs <= 0)
        return {};
    const QLocale locale;
    const auto text = [&](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(m_zone), QLocale::ShortFormat);
    };
    if (untilMs <= fromMs)
        return text(fromMs);
    return tr("%1 – %2").arg(text(fromMs), text(untilMs));
}

QVariant CoordinationModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeOf(index);
    if (!n)
        return {};
    switch (role) {
    case KeyRole: return n->key;
    case KindRole: return int(n->kind);
    case DistrictRole: return n->level > 0 ? QVariant(n->district) : QVariant();
    case CountRole: return n->count;
    default: break;
    }
    if (n->level < 2) {
        if (role == Qt::DisplayRole && index.column() == ItemColumn)
            return tr("%1 (%2)").arg(n->level == 0 ? kindName(n->kind) : districtName(n->district)).arg(n->count);
        if (role == Qt::DisplayRole && index.column() == SeverityColumn)
            return severityName(n->worst);
        if (role == Qt::FontRole && n->level == 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    const CoordinationItem *i = item(n->key);
    if (!i)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ItemColumn: return i->summary;
        case SeverityColumn: return severityName(i->severity);
        case WindowColumn: return windowText(i->fromMs, i->untilMs);
        case AssetsColumn: return int(i->assetIds.size());
        case ActionColumn: return i->suggestedAction;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\n%2").arg(i->summary, i->suggestedAction);
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn) {
        switch (i->severity) {
        case CoordinationSeverity::Critical: return QBrush(QColor(0xb7, 0x1c, 0x1c));
        case CoordinationSeverity::Warning: return QBrush(QColor(0xa1, 0x5c, 0x00));
        case CoordinationSeverity::Info: break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == AssetsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CoordinationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn: return tr("Item");
    case SeverityColumn: return tr("Severity");
    case WindowColumn: return tr("When");
    case AssetsColumn: return tr("Assets");
    case ActionColumn: return tr("Suggested action");
    default: return {};
    }
}

} // namespace vigie
