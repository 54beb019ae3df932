#include "alarmrulemodel.h"

#include "domain/assetstate.h"
#include "domain/quantity.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace vigie {

namespace {

constexpr double kMsPerMinute = 60'000.0;

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::AlarmRuleModel", text);
}

struct KindEntry
{
    AlarmRuleKind kind;
    const char *key;
    const char *text;
};
// Group and Coordination are not offered: group parents are made by the grouper, coordination
// alarms by the coordination engine (their rules only set priority, texts and enabled).
const KindEntry kKinds[] = {
    {AlarmRuleKind::Threshold, "threshold", QT_TRANSLATE_NOOP("vigie::AlarmRuleModel", "Threshold")},
    {AlarmRuleKind::StateCode, "stateCode", QT_TRANSLATE_NOOP("vigie::AlarmRuleModel", "State code")},
    {AlarmRuleKind::DayNight, "dayNight", QT_TRANSLATE_NOOP("vigie::AlarmRuleModel", "Day/night")},
    {AlarmRuleKind::CommunicationLoss, "communicationLoss", QT_TRANSLATE_NOOP("vigie::AlarmRuleModel", "Communication loss")},
    {AlarmRuleKind::BatteryLow, "batteryLow", QT_TRANSLATE_NOOP("vigie::AlarmRuleModel", "Battery low")},
    {AlarmRuleKind::RateOfChange, "rateOfChange", QT_TRANSLATE_NOOP("vigie::AlarmRuleModel", "Rate of change")},
    {AlarmRuleKind::InvalidReadings, "invalidReadings", QT_TRANSLATE_NOOP("vigie::AlarmRuleModel", "Invalid readings")},
};
struct PriorityEntry
{
    AlarmPriority priority;
    const char *key;
    const char *text;
};
const PriorityEntry kPriorities[] = {
    {AlarmPriority::Urgent, "urgent", QT_TRANSLATE_NOOP("vigie::AlarmRuleModel", "Urgent")},
    {AlarmPriority::High, "high", QT_TRANSLATE_NOOP("vigie::AlarmRuleModel", "High")},
    {AlarmPriority::Medium, "medium", QT_TRANSLATE_NOOP("vigie::AlarmRuleModel", "Medium")},
    {AlarmPriority::Low, "low", QT_TRANSLATE_NOOP("vigie::AlarmRuleModel", "Low")},
};

const KindEntry *kindEntry(AlarmRuleKind kind)
{
    for (const KindEntry &e : kKinds)
        if (e.kind == kind)
            return &e;
    return nullptr;
}

QString kindText(AlarmRuleKind kind)
{
    const KindEntry *e = kindEntry(kind);
    if (e)
        return tr(e->text);
    return kind == AlarmRuleKind::Coordination ? tr("Coordination") : tr("Group");
}

QString priorityKey(AlarmPriority p)
{
    for (const PriorityEntry &e : kPriorities)
        if (e.priority == p)
            return QLatin1String(e.key);
    return {};
}

QString priorityText(AlarmPriority p)
{
    for (const PriorityEntry &e : kPriorities)
        if (e.priority == p)
            return tr(e.text);
    return {};
}

QString assetKindText(AssetKind kind)
{
    return kind == AssetKind::Streetlight ? tr("Street lights") : tr("Waste containers");
}

bool usesThreshold(AlarmRuleKind k)
{
    return k == AlarmRuleKind::Threshold || k == AlarmRuleKind::BatteryLow || k == AlarmRuleKind::RateOfChange;
}

bool isRatio(const QString &quantity)
{
    return quantity == quantity::fillingLevel || quantity == quantity::batteryLevel;
}

QString minutes(qint64 ms)
{
    return QLocale().toString(double(ms) / kMsPerMinute, 'g', 6);
}

bool toNumber(const QVariant &v, double *out)
{
    bool ok = false;
    double d = v.toDouble(&ok);
    if (!ok)
        d = QLocale().toDouble(v.toString(), &ok);
    if (!ok || !std::isfinite(d))
        return false;
    *out = d;
    return true;
}

/// Minutes as typed → ms.
bool toMs(const QVariant &v, qint64 *ms)
{
    double minutes = 0;
    if (!toNumber(v, &minutes))
        return false;
    *ms = qint64(std::llround(minutes * kMsPerMinute));
    return true;
}

} // namespace

QString AlarmRuleModel::kindName(const QString &key)
{
    for (const KindEntry &e : kKinds)
        if (key == QLatin1String(e.key))
            return tr(e.text);
    if (key == QLatin1String("coordination"))
        return tr("Coordination");
    return key == QLatin1String("group") ? tr("Group") : key;
}

QString AlarmRuleModel::priorityName(const QString &key)
{
    for (const PriorityEntry &e : kPriorities)
        if (key == QLatin1String(e.key))
            return tr(e.text);
    return key;
}

AlarmRuleModel::AlarmRuleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AlarmRuleModel::setRules(const AlarmRules &rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

int AlarmRuleModel::addRule(const AlarmRule &rule)
{
    const int row = m_rules.size();
    beginInsertRows({}, row, row);
    m_rules << rule;
    endInsertRows();
    return row;
}

int AlarmRuleModel::addOverride(int row, const QString &assetId)
{
    AlarmRule rule = m_rules.at(row);
    rule.id = 0; // a new rule row in the store
    rule.assetId = assetId;
    return addRule(rule);
}

void AlarmRuleModel::removeRows(QVector<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= m_rules.size())
            continue;
        beginRemoveRows({}, row, row);
        m_rules.removeAt(row);
        endRemoveRows();
    }
}

QVector<AlarmRuleModel::Choice> AlarmRuleModel::choices(int column)
{
    QVector<Choice> out;
    switch (column) {
    case Kind:
        for (const KindEntry &e : kKinds)
            out << Choice{QLatin1String(e.key), tr(e.text)};
        break;
    case AppliesTo:
        for (AssetKind k : {AssetKind::Streetlight, AssetKind::WasteContainer})
            out << Choice{assetKindName(k), assetKindText(k)};
        break;
    case Priority:
        for (const PriorityEntry &e : kPriorities)
            out << Choice{QLatin1String(e.key), tr(e.text)};
        break;
    case Direction:
        out << Choice{QStringLiteral("high"), tr("Above")} << Choice{QStringLiteral("low"), tr("Below")};
        break;
    default:
        break;
    }
    return out;
}

QStringList AlarmRuleModel::validate(const AlarmRule &rule)
{
    QStringList out;
    if (rule.key.trimmed().isEmpty())
        out << tr("The rule needs a key.");
    if (rule.onDelayMs < 0 || rule.offDelayMs < 0)
        out << tr("Delays cannot be negative.");
    if (usesThreshold(rule.kind)) {
        if (rule.quantity.isEmpty())
            out << tr("The rule needs a quantity.");
        if (rule.deadband < 0)
            out << tr("The deadband cannot be negative.");
        if (rule.kind == AlarmRuleKind::Threshold && rule.deadband > 0) {
            // The alarm clears beyond setpoint ∓ deadband: that value must keep the setpoint's
            // sign, or a 0.1 °C threshold with a 0.5 deadband would never clear on a thermometer
            // hovering around zero, and a fill level would have to go negative.
            const double clear = rule.high ? rule.setpoint - rule.deadband : rule.setpoint + rule.deadband;
            if ((rule.setpoint > 0 && clear < 0) || (rule.setpoint < 0 && clear > 0))
                out << tr("The deadband crosses zero: the alarm would clear only beyond %1.").arg(QLocale().toString(clear));
            if (isRatio(rule.quantity) && (clear < 0 || clear > 1))
                out << tr("The deadband puts the clearing level outside 0–1.");
        }
        if (isRatio(rule.quantity) && (rule.setpoint < 0 || rule.setpoint > 1))
            out << tr("A fill or battery setpoint is a ratio within 0–1 (0.8 = 80 %).");
        if (rule.kind == AlarmRuleKind::RateOfChange && !(rule.setpoint > 0))
            out << tr("The change must be greater than zero.");
    }
    if (rule.kind == AlarmRuleKind::StateCode) {
        if (rule.codes.isEmpty())
            out << tr("A state code rule needs at least one code.");
        for (const QString &code : rule.codes) {
            if (!isKnownEnumValue(rule.assetKind, rule.quantity, code))
                out << tr("\"%1\" is not a %2 %3 value (%4).")
                           .arg(code, assetKindName(rule.assetKind), rule.quantity,
                                enumValues(rule.assetKind, rule.quantity));
        }
    }
    if (rule.kind == AlarmRuleKind::CommunicationLoss && !(rule.periodFactor > 1))
        out << tr("The period factor must be greater than 1.");
    if ((rule.kind == AlarmRuleKind::RateOfChange || rule.kind == AlarmRuleKind::InvalidReadings) && rule.windowMs <= 0)
        out << tr("The window must be longer than zero.");
    if (rule.windowMs < 0)
        out << tr("The window cannot be negative.");
    if (rule.kind == AlarmRuleKind::InvalidReadings && rule.count < 1)
        out << tr("The count must be at least 1.");
    return out;
}

QStringList AlarmRuleModel::problems() const
{
    QStringList out;
    QHash<QString, int> seen; // key|assetKind|assetId → first row
    for (int r = 0; r < m_rules.size(); ++r) {
        const AlarmRule &rule = m_rules.at(r);
        for (const QString &p : validate(rule))
            out << tr("Rule %1: %2").arg(r + 1).arg(p);
        const QString identity = rule.key + QLatin1Char('|') + assetKindName(rule.assetKind) + QLatin1Char('|') + rule.assetId;
        if (const auto it = seen.constFind(identity); it != seen.constEnd())
            out << tr("Rule %1: same key as rule %2 for the same assets.").arg(r + 1).arg(*it + 1);
        else
            seen.insert(identity, r);
    }
    return out;
}

int AlarmRuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int AlarmRuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlarmRuleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return {};
    const AlarmRule &r = m_rules.at(index.row());
    const QLocale locale;
    if (role == Qt::CheckStateRole)
        return index.column() == Enabled ? QVariant(r.enabled ? Qt::Checked : Qt::Unchecked) : QVariant();
    if (role == Qt::ToolTipRole && (index.column() == Consequence || index.column() == Response))
        return index.column() == Consequence ? r.consequence : r.response;
    if (role == Qt::ToolTipRole && index.column() == Key) {
        const QStringList p = validate(r);
        return p.isEmpty() ? QVariant() : QVariant(p.join(QLatin1Char('\n')));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Key: return r.key;
    case Kind: return edit ? QVariant(QLatin1String(kindEntry(r.kind) ? kindEntry(r.kind)->key : "group")) : QVariant(kindText(r.kind));
    case AppliesTo: return edit ? assetKindName(r.assetKind) : assetKindText(r.assetKind);
    case Asset: return r.assetId.isEmpty() && !edit ? tr("every asset") : r.assetId;
    case Quantity: return r.quantity;
    case Setpoint: return edit ? QVariant(r.setpoint) : QVariant(locale.toString(r.setpoint));
    case Deadband: return edit ? QVariant(r.deadband) : QVariant(locale.toString(r.deadband));
    case Direction: return edit ? QString(r.high ? QStringLiteral("high") : QStringLiteral("low")) : (r.high ? tr("Above") : tr("Below"));
    case OnDelay: return edit ? QVariant(double(r.onDelayMs) / kMsPerMinute) : QVariant(minutes(r.onDelayMs));
    case OffDelay: return edit ? QVariant(double(r.offDelayMs) / kMsPerMinute) : QVariant(minutes(r.offDelayMs));
    case Codes: return r.codes.join(QStringLiteral(", "));
    case PeriodFactor: return edit ? QVariant(r.periodFactor) : QVariant(locale.toString(r.periodFactor));
    case Count: return r.count;
    case Window: return edit ? QVariant(double(r.windowMs) / kMsPerMinute) : QVariant(minutes(r.windowMs));
    case Priority: return edit ? priorityKey(r.priority) : priorityText(r.priority);
    case Consequence: return r.consequence;
    case Response: return r.response;
    case Enabled: return {};
    default: return {};
    }
}

bool AlarmRuleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return false;
    AlarmRule &r = m_rules[index.row()];
    if (role == Qt::CheckStateRole) {
        if (index.column() != Enabled)
            return false;
        r.enabled = value.toInt() == Qt::Checked;
        emit dataChanged(index, index, {role});
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    double number = 0;
    qint64 ms = 0;
    switch (index.column()) {
    case Key: r.key = text; break;
    case Kind: {
        const auto it = std::find_if(std::begin(kKinds), std::end(kKinds), [&](const KindEntry &e) { return text == QLatin1String(e.key); });
        if (it == std::end(kKinds))
            return false;
        r.kind = it->kind;
        break;
    }
    case AppliesTo:
        if (!assetKindFromName(text, &r.assetKind))
            return false;
        break;
    case Asset: r.assetId = text; break;
    case Quantity: r.quantity = text; break;
    case Setpoint:
        if (!toNumber(value, &number))
            return false;
        r.setpoint = number;
        break;
    case Deadband:
        if (!toNumber(value, &number))
            return false;
        r.deadband = number;
        break;
    case Direction:
        if (text != QLatin1String("high") && text != QLatin1String("low"))
            return false;
        r.high = text == QLatin1String("high");
        break;
    case OnDelay:
        if (!toMs(value, &ms))
            return false;
        r.onDelayMs = ms;
        break;
    case OffDelay:
        if (!toMs(value, &ms))
            return false;
        r.offDelayMs = ms;
        break;
    case Codes: {
        QStringList codes;
        for (const QString &c : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!c.trimmed().isEmpty())
                codes << c.trimmed();
        r.codes = codes;
        break;
    }
    case PeriodFactor:
        if (!toNumber(value, &number))
            return false;
        r.periodFactor = number;
        break;
    case Count: {
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok)
            return false;
        r.count = n;
        break;
    }
    case Window:
        if (!toMs(value, &ms))
            return false;
        r.windowMs = ms;
        break;
    case Priority: {
        const auto it = std::find_if(std::begin(kPriorities), std::end(kPriorities),
                                     [&](const PriorityEntry &e) { return text == QLatin1String(e.key); });
        if (it == std::end(kPriorities))
            return false;
        r.priority = it->priority;
        break;
    }
    case Consequence: r.consequence = value.toString(); break;
    case Response: r.response = value.toString(); break;
    default: return false;
    }
    // Validity shows in the key's tooltip: that cell changes too.
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags AlarmRuleModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == Enabled)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    // A coordination rule is found by its key: only its priority and texts are edited.
    const bool coordination = index.row() < m_rules.size() && m_rules.at(index.row()).kind == AlarmRuleKind::Coordination;
    if (coordination && (index.column() == Key || index.column() == Kind || index.column() == AppliesTo || index.column() == Asset))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant AlarmRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key: return tr("Key");
    case Kind: return tr("Kind");
    case AppliesTo: return tr("Asset kind");
    case Asset: return tr("Asset");
    case Quantity: return tr("Quantity");
    case Setpoint: return tr("Setpoint");
    case Deadband: return tr("Deadband");
    case Direction: return tr("Direction");
    case OnDelay: return tr("On delay (min)");
    case OffDelay: return tr("Off delay (min)");
    case Codes: return tr("Codes");
    case PeriodFactor: return tr("Period factor");
    case Count: return tr("Count");
    case Window: return tr("Window (min)");
    case Priority: return tr("Priority");
    case Consequence: return tr("Consequence");
    case Response: return tr("Response");
    case Enabled: return tr("Enabled");
    default: return {};
    }
}

} // namespace vigie
