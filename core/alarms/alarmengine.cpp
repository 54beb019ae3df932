#include "alarmengine.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace vigie {

namespace {

const QString kSystem = QStringLiteral("system");

bool isOverlay(AlarmState s)
{
    return s == AlarmState::Shelved || s == AlarmState::SuppressedByDesign || s == AlarmState::OutOfService;
}

} // namespace

void AlarmChanges::append(const AlarmChanges &other)
{
    if (alarms.isEmpty() && transitions.isEmpty() && entered.isEmpty()) {
        *this = other;
        return;
    }
    QHash<qint64, int> at;
    at.reserve(alarms.size());
    for (int i = 0; i < alarms.size(); ++i)
        at.insert(alarms.at(i).id, i);
    for (const Alarm &a : other.alarms) {
        if (auto it = at.constFind(a.id); it != at.constEnd())
            alarms[it.value()] = a;
        else
            alarms.append(a);
    }
    transitions += other.transitions;
    entered += other.entered;
}

AlarmEngine::AlarmEngine(AssetDirectoryPtr directory, QString operatorName)
    : m_directory(std::move(directory))
    , m_operator(operatorName.isEmpty() ? QStringLiteral("operator") : std::move(operatorName))
{
}

void AlarmEngine::setRules(const AlarmRules &rules)
{
    m_rules.clear();
    for (const AlarmRule &r : rules)
        m_rules.insert(r.id, RuleInfo{r.kind, r.priority});
}

void AlarmEngine::restore(const QVector<Alarm> &alarms, qint64 maxStoredId)
{
    qint64 maxId = maxStoredId;
    for (const Alarm &a : alarms) {
        maxId = qMax(maxId, a.id);
        m_alarms.insert(a.id, a);
        if (a.isSubjectAlarm()) {
            m_bySubject[a.ruleId].insert(a.assetId, a.id);
        } else if (a.kind != AlarmRuleKind::Group) {
            m_byKey.insert(Key{a.assetIndex, a.ruleId}, a.id);
            m_byAsset[a.assetIndex].append(a.id);
            // Suppression sources and interventions are not stored on their own: rebuild them
            // from the alarms, so the sources' first setSuppression() after a restart ends the
            // suppressions that no longer hold.
            if (!a.suppressedBy.isEmpty()) {
                const QStringList sources = a.suppressedBy.split(QLatin1Char(','), Qt::SkipEmptyParts);
                for (const QString &s : sources)
                    m_suppression[s].insert(a.assetIndex);
                m_suppressedBy.insert(a.assetIndex, sources);
            }
            if (a.hasIntervention)
                m_interventions.insert(a.assetIndex);
        } else {
            m_children[a.id]; // a parent, possibly without children left
        }
        if (a.parentId != 0)
            m_children[a.parentId].insert(a.id);
        if (a.state == AlarmState::Shelved)
            m_shelved.insert(a.id);
    }
    m_nextId = maxId + 1;
    for (const Alarm &a : std::as_const(m_alarms)) {
        if (a.kind != AlarmRuleKind::Group && a.parentId != 0)
            updateContribution(a);
    }
    m_dirtyParents.clear(); // restored parents keep their stored state
}

AlarmEngine::Contribution AlarmEngine::contributionOf(const Alarm &a) const
{
    Contribution c;
    c.parent = a.parentId;
    if (c.parent == 0)
        return c;
    c.inList = inList(a.state);
    c.attention = c.inList && a.needsAttention();
    c.active = c.inList && a.conditionActive;
    if (m_directory && a.assetIndex >= 0 && a.assetIndex < m_directory->size())
        c.assetKind = qint8(m_directory->at(a.assetIndex).kind);
    c.priority = a.priority;
    return c;
}

void AlarmEngine::updateContribution(const Alarm &a)
{
    const Contribution now = contributionOf(a);
    auto it = m_contrib.find(a.id);
    const Contribution old = it == m_contrib.end() ? Contribution{} : it.value();
    if (old == now)
        return;
    const auto apply = [this](const Contribution &c, int sign) {
        if (c.parent == 0)
            return;
        Summary &s = m_summary[c.parent];
        s.children += sign;
        s.inList += c.inList ? sign : 0;
        s.attention += c.attention ? sign : 0;
        s.active += c.active ? sign : 0;
        if (c.assetKind >= 0 && c.assetKind < 2)
            s.byAssetKind[c.assetKind] += sign;
        s.priorities[int(c.priority)] += sign;
        m_dirtyParents.insert(c.parent);
    };
    apply(old, -1);
    apply(now, +1);
    if (now.parent == 0)
        m_contrib.remove(a.id);
    else
        m_contrib.insert(a.id, now);
}

const Alarm *AlarmEngine::alarm(qint64 id) const
{
    auto it = m_alarms.constFind(id);
    return it == m_alarms.constEnd() ? nullptr : &it.value();
}

qint64 AlarmEngine::alarmId(qint32 assetIndex, qint64 ruleId) const
{
    return m_byKey.value(Key{assetIndex, ruleId}, 0);
}

qint64 AlarmEngine::subjectAlarmId(const QString &subjectId, qint64 ruleId) const
{
    return m_bySubject.value(ruleId).value(subjectId, 0);
}

QVector<qint64> AlarmEngine::children(qint64 parentId) const
{
    const QSet<qint64> kids = m_children.value(parentId);
    QVector<qint64> out(kids.cbegin(), kids.cend());
    std::sort(out.begin(), out.end());
    return out;
}

QVector<Alarm> AlarmEngine::alarms() const
{
    QVector<Alarm> out;
    out.reserve(m_alarms.size());
    for (const Alarm &a : m_alarms)
        out.append(a);
    std::sort(out.begin(), out.end(), [](const Alarm &x, const Alarm &y) { return x.id < y.id; });
    return out;
}

void AlarmEngine::begin()
{
    m_actor = kSystem;
}

void AlarmEngine::touch(qint64 id)
{
    if (!m_touchedSet.contains(id)) {
        m_touchedSet.insert(id);
        m_touched.append(id);
    }
}

void AlarmEngine::markParent(const Alarm &child)
{
    if (child.parentId != 0)
        m_dirtyParents.insert(child.parentId);
}

AlarmChanges AlarmEngine::end(qint64 nowMs)
{
    for (qsizetype i = 0; i < m_touched.size(); ++i) {
        auto it = m_alarms.constFind(m_touched.at(i));
        if (it != m_alarms.constEnd() && it->kind != AlarmRuleKind::Group)
            updateContribution(it.value());
    }
    while (!m_dirtyParents.isEmpty()) {
        const QSet<qint64> dirty = std::exchange(m_dirtyParents, {});
        for (qint64 id : dirty) {
            auto it = m_alarms.find(id);
            if (it != m_alarms.end())
                recomputeParent(it.value(), nowMs);
        }
    }
    AlarmChanges out;
    out.alarms.reserve(m_touched.size());
    for (qint64 id : std::as_const(m_touched))
        out.alarms.append(m_alarms.value(id));
    out.transitions = std::exchange(m_transitions, {});
    QSet<qint64> seen;
    for (qint64 id : std::as_const(m_entered)) {
        const Alarm *a = alarm(id);
        if (a && a->state == AlarmState::Unacknowledged && a->parentId == 0 && !seen.contains(id)) {
            seen.insert(id);
            out.entered.append(id);
        }
    }
    m_entered.clear();
    m_touched.clear();
    m_touchedSet.clear();
    return out;
}

void AlarmEngine::record(Alarm &a, AlarmState to, qint64 atMs, const QString &actor, const QString &action, const QString &text)
{
    const AlarmState from = a.state;
    m_transitions.append(AlarmTransition{a.id, from, to, atMs, actor, action, text});
    touch(a.id);
    if (from == to)
        return;
    a.state = to;
    a.lastChangeMs = atMs;
    if (to == AlarmState::Shelved)
        m_shelved.insert(a.id);
    else if (from == AlarmState::Shelved)
        m_shelved.remove(a.id);
    if (a.kind != AlarmRuleKind::Group && to == AlarmState::Unacknowledged && (from == AlarmState::Normal || isOverlay(from))) {
        const Alarm *parent = a.parentId != 0 ? alarm(a.parentId) : nullptr;
        if (!parent || parent->state == AlarmState::Normal) {
            a.parentId = 0; // the closed parent stays in the audit trail ("group" transitions)
            m_entered.append(a.id);
        }
    }
    markParent(a);
}

AlarmState AlarmEngine::returnState(const Alarm &a) const
{
    if (a.kind == AlarmRuleKind::Group)
        return AlarmState::Unacknowledged; // recomputeParent() derives the real state from the children
    if (!a.suppressedBy.isEmpty())
        return AlarmState::SuppressedByDesign;
    return a.conditionActive ? AlarmState::Unacknowledged : AlarmState::Normal;
}

void AlarmEngine::leaveOverlay(Alarm &a, qint64 nowMs, const QString &actor, const QString &action)
{
    const AlarmState from = a.state;
    if (from == AlarmState::Shelved) {
        a.shelvedUntilMs = 0;
        a.shelveReason.clear();
    }
    AlarmState to = returnState(a);
    // Suppression is outranked by shelving and out of service: leaving those while a source
    // still covers the asset lands in SuppressedByDesign; leaving suppression never lands in it.
    if (from == AlarmState::SuppressedByDesign && to == AlarmState::SuppressedByDesign)
        to = a.conditionActive ? AlarmState::Unacknowledged : AlarmState::Normal;
    record(a, to, nowMs, actor, action, QString());
    if (a.kind == AlarmRuleKind::Group)
        m_dirtyParents.insert(a.id);
}

Alarm &AlarmEngine::create(qint32 assetIndex, qint64 ruleId)
{
    Alarm a;
    a.id = m_nextId++;
    a.assetIndex = assetIndex;
    if (m_directory && assetIndex >= 0 && assetIndex < m_directory->size())
        a.assetId = m_directory->at(assetIndex).id;
    a.ruleId = ruleId;
    const RuleInfo rule = m_rules.value(ruleId);
    a.kind = rule.kind;
    a.priority = rule.priority;
    a.hasIntervention = m_interventions.contains(assetIndex);
    a.suppressedBy = suppressionOf(assetIndex);
    m_byKey.insert(Key{assetIndex, ruleId}, a.id);
    m_byAsset[assetIndex].append(a.id);
    auto it = m_alarms.insert(a.id, a);
    touch(a.id);
    return it.value();
}

Alarm &AlarmEngine::createForSubject(const QString &subjectId, qint64 ruleId)
{
    Alarm a;
    a.id = m_nextId++;
    a.assetId = subjectId;
    a.ruleId = ruleId;
    a.kind = AlarmRuleKind::Coordination;
    a.priority = m_rules.value(ruleId).priority;
    m_bySubject[ruleId].insert(subjectId, a.id);
    auto it = m_alarms.insert(a.id, a);
    touch(a.id);
    return it.value();
}

void AlarmEngine::activate(Alarm &a, const ConditionChange &c)
{
    a.detail = c.detail;
    if (a.conditionActive) {
        touch(a.id);
        return;
    }
    if (auto rule = m_rules.constFind(a.ruleId); rule != m_rules.constEnd())
        a.priority = rule->priority;
    a.conditionActive = true;
    ++a.count;
    a.lastActiveMs = c.atMs;
    if (a.firstActiveMs == 0)
        a.firstActiveMs = c.atMs;
    if (!a.suppressedBy.isEmpty() && a.state == AlarmState::Normal)
        record(a, AlarmState::SuppressedByDesign, c.atMs, kSystem, QStringLiteral("suppress"), a.suppressedBy);
    AlarmState to = a.state;
    if (a.state == AlarmState::Normal || a.state == AlarmState::ReturnedUnacknowledged)
        to = AlarmState::Unacknowledged;
    if (a.parentId != 0) {
        auto parent = m_alarms.find(a.parentId);
        if (parent != m_alarms.end() && parent->state != AlarmState::Normal) {
            ++parent->count;
            parent->lastActiveMs = c.atMs;
            touch(parent->id);
        }
    }
    record(a, to, c.atMs, kSystem, QStringLiteral("activate"), c.detail);
}

void AlarmEngine::clear(Alarm &a, const ConditionChange &c)
{
    if (!a.conditionActive)
        return;
    a.conditionActive = false;
    AlarmState to = a.state;
    if (a.state == AlarmState::Unacknowledged)
        to = AlarmState::ReturnedUnacknowledged;
    else if (a.state == AlarmState::Acknowledged)
        to = AlarmState::Normal;
    record(a, to, c.atMs, kSystem, QStringLiteral("clear"), c.detail);
}

AlarmChanges AlarmEngine::applyConditions(const ConditionChanges &changes)
{
    begin();
    qint64 last = 0;
    for (const ConditionChange &c : changes) {
        last = qMax(last, c.atMs);
        const qint64 id = alarmId(c.assetIndex, c.ruleId);
        if (id == 0 && !c.active)
            continue; // a condition clearing that never raised an alarm
        Alarm &a = id == 0 ? create(c.assetIndex, c.ruleId) : m_alarms[id];
        if (c.active)
            activate(a, c);
        else
            clear(a, c);
    }
    return end(last);
}

AlarmChanges AlarmEngine::setSubjectConditions(qint64 ruleId, const QHash<QString, QString> &active, qint64 nowMs)
{
    begin();
    const QHash<QString, qint64> known = m_bySubject.value(ruleId);
    // Sorted, so that alarm ids and transitions do not depend on hash order.
    QStringList raised = active.keys();
    std::sort(raised.begin(), raised.end());
    for (const QString &subject : std::as_const(raised)) {
        const qint64 id = known.value(subject, 0);
        const QString detail = active.value(subject);
        if (const Alarm *same = alarm(id); same && same->conditionActive && same->detail == detail)
            continue; // nothing new: no record to publish or write
        Alarm &a = id == 0 ? createForSubject(subject, ruleId) : m_alarms[id];
        activate(a, ConditionChange{-1, ruleId, true, nowMs, std::numeric_limits<double>::quiet_NaN(), detail});
    }
    QStringList gone;
    for (auto it = known.cbegin(); it != known.cend(); ++it)
        if (!active.contains(it.key()))
            gone << it.key();
    std::sort(gone.begin(), gone.end());
    for (const QString &subject : std::as_const(gone)) {
        Alarm &a = m_alarms[known.value(subject)];
        clear(a, ConditionChange{-1, ruleId, false, nowMs, std::numeric_limits<double>::quiet_NaN(), a.detail});
    }
    return end(nowMs);
}

template<typename Fn>
void AlarmEngine::forEachWithChildren(const QVector<qint64> &ids, Fn fn)
{
    for (qint64 id : ids) {
        auto it = m_alarms.find(id);
        if (it == m_alarms.end())
            continue;
        if (it->kind == AlarmRuleKind::Group) {
            const QSet<qint64> kids = m_children.value(id);
            for (qint64 k : kids) {
                auto child = m_alarms.find(k);
                if (child != m_alarms.end() && child->parentId == id)
                    fn(child.value());
            }
            it = m_alarms.find(id);
        }
        fn(it.value());
    }
}

AlarmChanges AlarmEngine::acknowledge(const QVector<qint64> &ids, qint64 nowMs)
{
    begin();
    m_actor = m_operator;
    const QString action = QStringLiteral("acknowledge");
    forEachWithChildren(ids, [&](Alarm &a) {
        if (a.kind == AlarmRuleKind::Group)
            return; // derived from its children (recomputeParent)
        if (a.state == AlarmState::Unacknowledged)
            record(a, AlarmState::Acknowledged, nowMs, m_operator, action, QString());
        else if (a.state == AlarmState::ReturnedUnacknowledged)
            record(a, AlarmState::Normal, nowMs, m_operator, action, QString());
    });
    return end(nowMs);
}

AlarmChanges AlarmEngine::shelve(const QVector<qint64> &ids, const QString &reason, qint64 untilMs, qint64 nowMs)
{
    begin();
    m_actor = m_operator;
    if (untilMs > nowMs) {
        forEachWithChildren(ids, [&](Alarm &a) {
            if (a.state == AlarmState::OutOfService || (a.kind == AlarmRuleKind::Group && a.state == AlarmState::Normal))
                return;
            a.shelvedUntilMs = untilMs;
            a.shelveReason = reason;
            record(a, AlarmState::Shelved, nowMs, m_operator, QStringLiteral("shelve"), reason);
        });
    }
    return end(nowMs);
}

AlarmChanges AlarmEngine::unshelve(const QVector<qint64> &ids, qint64 nowMs)
{
    begin();
    m_actor = m_operator;
    forEachWithChildren(ids, [&](Alarm &a) {
        if (a.state == AlarmState::Shelved)
            leaveOverlay(a, nowMs, m_operator, QStringLiteral("unshelve"));
    });
    return end(nowMs);
}

AlarmChanges AlarmEngine::expireShelves(qint64 nowMs)
{
    begin();
    QVector<qint64> due;
    for (qint64 id : std::as_const(m_shelved)) {
        const Alarm *a = alarm(id);
        if (a && a->shelvedUntilMs <= nowMs)
            due.append(id);
    }
    std::sort(due.begin(), due.end());
    for (qint64 id : std::as_const(due))
        leaveOverlay(m_alarms[id], nowMs, kSystem, QStringLiteral("shelveExpired"));
    return end(nowMs);
}

AlarmChanges AlarmEngine::removeFromService(const QVector<qint64> &ids, const QString &reason, qint64 nowMs)
{
    begin();
    m_actor = m_operator;
    forEachWithChildren(ids, [&](Alarm &a) {
        if (a.state == AlarmState::OutOfService || (a.kind == AlarmRuleKind::Group && a.state == AlarmState::Normal))
            return;
        a.shelvedUntilMs = 0;
        a.shelveReason.clear();
        record(a, AlarmState::OutOfService, nowMs, m_operator, QStringLiteral("removeFromService"), reason);
    });
    return end(nowMs);
}

AlarmChanges AlarmEngine::returnToService(const QVector<qint64> &ids, qint64 nowMs)
{
    begin();
    m_actor = m_operator;
    forEachWithChildren(ids, [&](Alarm &a) {
        if (a.state == AlarmState::OutOfService)
            leaveOverlay(a, nowMs, m_operator, QStringLiteral("returnToService"));
    });
    return end(nowMs);
}

AlarmChanges AlarmEngine::comment(qint64 id, const QString &text, qint64 nowMs)
{
    begin();
    if (auto it = m_alarms.find(id); it != m_alarms.end())
        record(it.value(), it->state, nowMs, m_operator, QStringLiteral("comment"), text);
    return end(nowMs);
}

QString AlarmEngine::suppressionOf(qint32 assetIndex) const
{
    return m_suppressedBy.value(assetIndex).join(QLatin1Char(','));
}

void AlarmEngine::applySuppression(Alarm &a, const QString &by, qint64 nowMs)
{
    const QString old = std::exchange(a.suppressedBy, by);
    touch(a.id);
    if (old.isEmpty() && !by.isEmpty()) {
        if (!isOverlay(a.state))
            record(a, AlarmState::SuppressedByDesign, nowMs, kSystem, QStringLiteral("suppress"), by);
    } else if (!old.isEmpty() && by.isEmpty()) {
        if (a.state == AlarmState::SuppressedByDesign)
            leaveOverlay(a, nowMs, kSystem, QStringLiteral("unsuppress"));
    }
}

AlarmChanges AlarmEngine::setSuppression(const QString &source, const QSet<qint32> &assetIndexes, qint64 nowMs)
{
    begin();
    const QSet<qint32> old = m_suppression.value(source);
    QSet<qint32> changed;
    for (qint32 i : assetIndexes) {
        if (!old.contains(i))
            changed.insert(i);
    }
    for (qint32 i : old) {
        if (!assetIndexes.contains(i))
            changed.insert(i);
    }
    if (assetIndexes.isEmpty())
        m_suppression.remove(source);
    else
        m_suppression.insert(source, assetIndexes);
    for (qint32 asset : std::as_const(changed)) {
        QStringList by;
        for (auto it = m_suppression.cbegin(); it != m_suppression.cend(); ++it) {
            if (it.value().contains(asset))
                by.append(it.key());
        }
        by.sort();
        if (by.isEmpty())
            m_suppressedBy.remove(asset);
        else
            m_suppressedBy.insert(asset, by);
        const QString joined = by.join(QLatin1Char(','));
        const QVector<qint64> ids = m_byAsset.value(asset);
        for (qint64 id : ids)
            applySuppression(m_alarms[id], joined, nowMs);
    }
    return end(nowMs);
}

AlarmChanges AlarmEngine::setInterventions(const QSet<qint32> &assetIndexes)
{
    begin();
    QSet<qint32> changed;
    for (qint32 i : assetIndexes) {
        if (!m_interventions.contains(i))
            changed.insert(i);
    }
    for (qint32 i : std::as_const(m_interventions)) {
        if (!assetIndexes.contains(i))
            changed.insert(i);
    }
    m_interventions = assetIndexes;
    for (qint32 asset : std::as_const(changed)) {
        const QVector<qint64> ids = m_byAsset.value(asset);
        for (qint64 id : ids) {
            m_alarms[id].hasIntervention = assetIndexes.contains(asset);
            touch(id);
        }
    }
    return end(0);
}

AlarmChanges AlarmEngine::createParent(const QString &groupKey, qint64 nowMs, qint64 *id)
{
    begin();
    Alarm p;
    p.id = m_nextId++;
    p.assetId = groupKey;
    p.kind = AlarmRuleKind::Group;
    p.priority = AlarmPriority::Low;
    p.conditionActive = true;
    p.firstActiveMs = nowMs;
    p.lastActiveMs = nowMs;
    Alarm &stored = m_alarms.insert(p.id, p).value();
    m_children[p.id];
    record(stored, AlarmState::Unacknowledged, nowMs, kSystem, QStringLiteral("activate"), groupKey);
    if (id)
        *id = p.id;
    return end(nowMs);
}

AlarmChanges AlarmEngine::attach(const QVector<qint64> &children, qint64 parentId, qint64 nowMs)
{
    begin();
    auto parent = m_alarms.find(parentId);
    if (parent == m_alarms.end() || parent->kind != AlarmRuleKind::Group || parent->state == AlarmState::Normal)
        return end(nowMs);
    const QString key = parent->assetId;
    int attached = 0;
    QSet<qint64> &kids = m_children[parentId];
    for (qint64 id : children) {
        auto it = m_alarms.find(id);
        if (it == m_alarms.end() || it->kind == AlarmRuleKind::Group || it->parentId == parentId)
            continue;
        if (it->parentId != 0) {
            m_children[it->parentId].remove(id);
            m_dirtyParents.insert(it->parentId);
        }
        it->parentId = parentId;
        kids.insert(id);
        ++attached;
        record(it.value(), it->state, nowMs, kSystem, QStringLiteral("group"), key);
    }
    if (attached > 0) {
        Alarm &p = m_alarms[parentId];
        p.count += attached;
        p.lastActiveMs = nowMs;
        m_dirtyParents.insert(parentId);
    }
    return end(nowMs);
}

QString AlarmEngine::groupPlace(const Alarm &parent) const
{
    const QString key = parent.assetId;
    const int colon = key.indexOf(QLatin1Char(':'));
    const QString level = key.left(colon);
    const QString value = key.mid(colon + 1);
    QString where;
    if (level == QLatin1String("cabinet"))
        where = tr("cabinet %1").arg(value);
    else if (level == QLatin1String("street"))
        where = tr("street %1").arg(value);
    else if (level == QLatin1String("district"))
        where = tr("district %1").arg(value);
    else
        where = tr("whole city");
    return where;
}

void AlarmEngine::recomputeParent(Alarm &p, qint64 nowMs)
{
    if (p.kind != AlarmRuleKind::Group || p.state == AlarmState::Normal)
        return; // closed parents never reopen
    const Summary s = m_summary.value(p.id);
    const bool anyInList = s.inList > 0;
    const bool anyAttention = s.attention > 0;
    const bool anyActive = s.active > 0;
    const int n = s.children;
    const QString where = groupPlace(p);
    if (s.byAssetKind[int(AssetKind::Streetlight)] == n && n > 0)
        p.detail = tr("%n light(s), %1", nullptr, n).arg(where);
    else if (s.byAssetKind[int(AssetKind::WasteContainer)] == n && n > 0)
        p.detail = tr("%n container(s), %1", nullptr, n).arg(where);
    else
        p.detail = tr("%n alarm(s), %1", nullptr, n).arg(where);
    for (int i = 0; i < kAlarmPriorityCount; ++i) {
        if (s.priorities[i] > 0) {
            p.priority = AlarmPriority(i); // the highest child priority
            break;
        }
    }
    p.childCount = n;
    touch(p.id);
    if (isOverlay(p.state))
        return;
    AlarmState to = AlarmState::Normal;
    if (anyInList && anyAttention)
        to = anyActive ? AlarmState::Unacknowledged : AlarmState::ReturnedUnacknowledged;
    else if (anyInList && anyActive)
        to = AlarmState::Acknowledged;
    const bool wasActive = p.conditionActive;
    p.conditionActive = anyActive;
    if (to == p.state)
        return;
    QString action;
    QString actor = kSystem;
    if (n == 0) {
        action = QStringLiteral("group");
    } else if (to == AlarmState::Unacknowledged) {
        action = QStringLiteral("activate");
        p.lastActiveMs = nowMs;
    } else if (to == AlarmState::ReturnedUnacknowledged || (!anyActive && wasActive)) {
        action = QStringLiteral("clear");
    } else if (m_actor != kSystem && (to == AlarmState::Acknowledged || to == AlarmState::Normal)) {
        action = QStringLiteral("acknowledge");
        actor = m_actor;
    } else {
        action = QStringLiteral("group");
    }
    record(p, to, nowMs, actor, action, p.detail);
}

} // namespace vigie
