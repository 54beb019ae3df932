#include "alarmgrouper.h"

namespace vigie {

namespace {

const QString kCityKey = QStringLiteral("city:all");

} // namespace

AlarmGrouper::AlarmGrouper(const AlarmSettings &settings, AssetGroupTable groups)
    : m_settings(settings)
    , m_groups(std::move(groups))
{
}

QString AlarmGrouper::keyOf(qint32 assetIndex, Level level) const
{
    if (level == Level::City)
        return kCityKey;
    if (assetIndex < 0 || assetIndex >= m_groups.size())
        return {};
    const AssetGroupKeys &g = m_groups.at(assetIndex);
    switch (level) {
    case Level::Cabinet:
        return g.cabinet.isEmpty() ? QString() : QStringLiteral("cabinet:") + g.cabinet;
    case Level::Street:
        return g.street.isEmpty() ? QString() : QStringLiteral("street:") + g.street;
    case Level::District:
        return g.district.isEmpty() ? QString() : QStringLiteral("district:") + g.district;
    case Level::City:
        break;
    }
    return {};
}

AlarmGrouper::Keys AlarmGrouper::keysOf(qint32 assetIndex) const
{
    Keys k;
    k.district = keyOf(assetIndex, Level::District);
    for (Level level : {Level::Cabinet, Level::Street, Level::District}) {
        k.primary = keyOf(assetIndex, level);
        if (!k.primary.isEmpty()) {
            k.primaryLevel = level;
            break;
        }
    }
    return k;
}

void AlarmGrouper::restore(const AlarmEngine &engine)
{
    m_open.clear();
    const QVector<Alarm> all = engine.alarms();
    for (const Alarm &a : all) {
        if (a.kind != AlarmRuleKind::Group || a.state == AlarmState::Normal)
            continue;
        OpenGroup g;
        g.id = a.id;
        const QString prefix = a.assetId.section(QLatin1Char(':'), 0, 0);
        g.level = prefix == QLatin1String("cabinet") ? Level::Cabinet
                  : prefix == QLatin1String("street") ? Level::Street
                  : prefix == QLatin1String("district") ? Level::District
                                                         : Level::City;
        if (g.level == Level::District)
            g.district = a.assetId;
        else if (g.level != Level::City) {
            const QVector<qint64> kids = engine.children(a.id);
            for (qint64 k : kids) {
                if (const Alarm *c = engine.alarm(k); c && !(g.district = keyOf(c->assetIndex, Level::District)).isEmpty())
                    break;
            }
        }
        m_open.insert(a.assetId, g);
    }
}

qint64 AlarmGrouper::nextDecisionMs() const
{
    for (const auto &[at, id] : m_queue) {
        if (m_held.contains(id))
            return at;
    }
    return 0;
}

bool AlarmGrouper::isOpen(qint64 parentId, const AlarmEngine &engine) const
{
    const Alarm *p = engine.alarm(parentId);
    return p && p->state != AlarmState::Normal;
}

qint64 AlarmGrouper::coveringParent(const Keys &keys, const AlarmEngine &engine)
{
    for (const QString &key : {kCityKey, keys.district, keys.primary}) {
        if (key.isEmpty())
            continue;
        auto it = m_open.find(key);
        if (it == m_open.end())
            continue;
        if (isOpen(it->id, engine))
            return it->id;
        m_open.erase(it);
    }
    return 0;
}

int AlarmGrouper::countFired(const QHash<QString, qint64> &fired, qint64 fromMs) const
{
    int n = 0;
    for (qint64 at : fired)
        n += at >= fromMs ? 1 : 0;
    return n;
}

void AlarmGrouper::noteEntered(qint64 id, const Keys &keys, qint64 nowMs)
{
    const qint64 from = nowMs - m_settings.groupWindowMs;
    // One alarm counts once per window, however often it chatters in and out of the list.
    if (auto it = m_windowed.constFind(id); it != m_windowed.constEnd() && it.value() >= from)
        return;
    m_windowed.insert(id, nowMs);
    const int minimum = qMax(1, m_settings.groupMinChildren);
    m_city.prune(from);
    m_city.items.emplace_back(nowMs, id);
    if (!keys.district.isEmpty()) {
        Window &d = m_byDistrict[keys.district];
        d.prune(from);
        d.items.emplace_back(nowMs, id);
    }
    if (keys.primary.isEmpty())
        return;
    Window &w = m_primary[keys.primary];
    w.prune(from);
    w.items.emplace_back(nowMs, id);
    if (int(w.items.size()) < minimum || keys.district.isEmpty())
        return;
    bool districtFires = false;
    if (keys.primaryLevel == Level::District) {
        districtFires = true;
    } else {
        QHash<QString, qint64> &finer = m_firedFiner[keys.district];
        const bool fresh = finer.value(keys.primary, from - 1) < from;
        finer.insert(keys.primary, nowMs);
        districtFires = fresh ? countFired(finer, from) >= minimum : m_firedDistricts.value(keys.district, from - 1) >= from;
    }
    if (!districtFires)
        return;
    const bool freshDistrict = m_firedDistricts.value(keys.district, from - 1) < from;
    m_firedDistricts.insert(keys.district, nowMs);
    if (freshDistrict && countFired(m_firedDistricts, from) >= minimum)
        m_cityFiredMs = nowMs;
    else if (m_cityFiredMs >= from)
        m_cityFiredMs = nowMs;
}

AlarmGrouper::Outcome AlarmGrouper::update(const QVector<qint64> &entered, AlarmEngine &engine, qint64 nowMs)
{
    Outcome out;
    QHash<qint64, QVector<qint64>> toAttach; // one engine call per parent, not per alarm
    for (qint64 id : entered) {
        const Alarm *a = engine.alarm(id);
        if (!a || a->kind == AlarmRuleKind::Group || a->parentId != 0)
            continue;
        const Keys keys = keysOf(a->assetIndex);
        noteEntered(id, keys, nowMs);
        if (const qint64 parent = coveringParent(keys, engine)) {
            m_held.remove(id);
            toAttach[parent].append(id);
            continue;
        }
        if (!m_held.contains(id)) {
            m_held.insert(id);
            m_queue.emplace_back(nowMs + qMax<qint64>(0, m_settings.groupHoldMs), id);
        }
    }
    for (auto it = toAttach.cbegin(); it != toAttach.cend(); ++it)
        out.changes.append(engine.attach(it.value(), it.key(), nowMs));
    while (!m_queue.empty() && m_queue.front().first <= nowMs) {
        const qint64 id = m_queue.front().second;
        m_queue.pop_front();
        if (m_held.remove(id))
            decide(id, engine, nowMs, out);
    }
    return out;
}

void AlarmGrouper::decide(qint64 id, AlarmEngine &engine, qint64 nowMs, Outcome &out)
{
    const Alarm *a = engine.alarm(id);
    if (!a || !AlarmEngine::inList(a->state) || a->parentId != 0)
        return; // left the list while held (acknowledged and cleared, shelved…), or grouped
    const Keys keys = keysOf(a->assetIndex);
    if (const qint64 parent = coveringParent(keys, engine)) {
        out.changes.append(engine.attach({id}, parent, nowMs));
        return;
    }
    const qint64 from = nowMs - m_settings.groupWindowMs;
    const int minimum = qMax(1, m_settings.groupMinChildren);
    if (m_cityFiredMs >= from && m_cityFiredMs > 0) {
        form(kCityKey, Level::City, QString(), engine, nowMs, out);
    } else if (!keys.district.isEmpty() && m_firedDistricts.value(keys.district, from - 1) >= from) {
        form(keys.district, Level::District, keys.district, engine, nowMs, out);
    } else if (auto w = m_primary.find(keys.primary); !keys.primary.isEmpty() && w != m_primary.end()) {
        w->prune(from);
        if (int(w->items.size()) >= minimum)
            form(keys.primary, keys.primaryLevel, keys.district, engine, nowMs, out);
    }
    a = engine.alarm(id);
    if (a && a->parentId == 0 && AlarmEngine::inList(a->state))
        out.newEntries.append(id);
}

void AlarmGrouper::form(const QString &key, Level level, const QString &district, AlarmEngine &engine, qint64 nowMs,
                        Outcome &out)
{
    const qint64 from = nowMs - m_settings.groupWindowMs;
    Window *window = level == Level::City       ? &m_city
                     : level == Level::District ? &m_byDistrict[key]
                                                : &m_primary[key];
    window->prune(from);
    QVector<qint64> members;
    QSet<qint64> taken;
    // Finer open parents this one covers give it all their children, and close.
    for (auto it = m_open.begin(); it != m_open.end();) {
        const OpenGroup &g = it.value();
        const bool covered = g.level < level && (level == Level::City || g.district == district);
        if (!covered) {
            ++it;
            continue;
        }
        if (isOpen(g.id, engine)) {
            const QVector<qint64> kids = engine.children(g.id);
            for (qint64 k : kids) {
                const Alarm *c = engine.alarm(k);
                if (c && c->parentId == g.id && !taken.contains(k)) {
                    taken.insert(k);
                    members.append(k);
                }
            }
        }
        it = m_open.erase(it);
    }
    for (const auto &[at, id] : window->items) {
        const Alarm *c = engine.alarm(id);
        if (!c || taken.contains(id) || !AlarmEngine::inList(c->state) || c->parentId != 0)
            continue;
        taken.insert(id);
        members.append(id);
        m_held.remove(id); // decided with the group
    }
    if (members.size() < qMax(1, m_settings.groupMinChildren) && level != Level::City && level != Level::District) {
        // The window's alarms left the list meanwhile: nothing to group.
        return;
    }
    if (members.isEmpty())
        return;
    qint64 parent = 0;
    out.changes.append(engine.createParent(key, nowMs, &parent));
    out.changes.append(engine.attach(members, parent, nowMs));
    m_open.insert(key, OpenGroup{parent, level, district});
    out.newEntries.append(parent);
}

} // namespace vigie
