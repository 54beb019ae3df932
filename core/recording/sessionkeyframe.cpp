#include "sessionkeyframe.h"

#include "recording/sessioncodec.h"

#include <QHash>

#include <array>
#include <cmath>

namespace vigie {

namespace {

using session::ByteReader;
using session::ByteWriter;

constexpr char kMagic[4] = {'V', 'K', 'F', '\0'};

Error bad(const QString &what)
{
    return Error{QStringLiteral("badKeyframe"), QStringLiteral("Damaged keyframe: %1.").arg(what)};
}

bool isDefault(const AssetState &s)
{
    return std::isnan(s.fillingLevel) && s.fillingLevelAtMs == 0 && s.status.isEmpty() && s.statusAtMs == 0
           && s.powerState.isEmpty() && s.powerStateAtMs == 0 && s.lastSeenMs == 0 && s.lastObservedMs == 0
           && s.staleMask == 0 && s.lastInvalidMs == 0;
}

/// Version 1 states (read only): every field at full width.
AssetState readStateV1(ByteReader &r)
{
    AssetState s;
    s.fillingLevel = r.f64();
    s.fillingLevelAtMs = r.i64();
    s.status = r.str();
    s.statusAtMs = r.i64();
    s.powerState = r.str();
    s.powerStateAtMs = r.i64();
    s.lastSeenMs = r.i64();
    s.lastObservedMs = r.i64();
    s.staleMask = r.u8();
    s.lastInvalidMs = r.i64();
    return s;
}

// Version 2 states: a field mask, then only the fields set. Times are differences to the
// previous time written (the first to the keyframe's), so the usual equal or close times of
// one asset take one or two bytes; texts are indexes into a table of the distinct values.
enum StateField : quint8 {
    HasState = 0x80, // 0 alone: an asset never heard of
    HasFillingLevel = 0x01,
    HasStatus = 0x02,
    HasPowerState = 0x04,
    HasStaleMask = 0x08,
};
constexpr quint8 kStateFields = HasState | HasFillingLevel | HasStatus | HasPowerState | HasStaleMask;

std::array<qint64 AssetState::*, 6> stateTimes()
{
    return {&AssetState::fillingLevelAtMs, &AssetState::statusAtMs, &AssetState::powerStateAtMs,
            &AssetState::lastSeenMs, &AssetState::lastObservedMs, &AssetState::lastInvalidMs};
}

/// Distinct status and powerState texts, in first-seen order.
class TextTable
{
public:
    quint32 indexOf(const QString &text)
    {
        auto it = m_index.constFind(text);
        if (it != m_index.constEnd())
            return it.value();
        m_texts.append(text);
        return *m_index.insert(text, quint32(m_texts.size() - 1));
    }
    const QStringList &texts() const { return m_texts; }

private:
    QHash<QString, quint32> m_index;
    QStringList m_texts;
};

void writeState(ByteWriter &w, const AssetState &s, qint64 referenceMs, TextTable &texts)
{
    quint8 fields = HasState;
    fields |= std::isnan(s.fillingLevel) ? 0 : HasFillingLevel;
    fields |= s.status.isEmpty() ? 0 : HasStatus;
    fields |= s.powerState.isEmpty() ? 0 : HasPowerState;
    fields |= s.staleMask == 0 ? 0 : HasStaleMask;
    w.u8(fields);
    quint8 timesSet = 0;
    const auto times = stateTimes();
    for (std::size_t i = 0; i < times.size(); ++i)
        timesSet |= s.*times[i] != 0 ? quint8(1u << i) : 0;
    w.u8(timesSet);
    for (std::size_t i = 0; i < times.size(); ++i) {
        if (s.*times[i] == 0)
            continue;
        w.svar(qint64(quint64(s.*times[i]) - quint64(referenceMs)));
        referenceMs = s.*times[i];
    }
    if (fields & HasFillingLevel)
        w.f64(s.fillingLevel);
    if (fields & HasStatus)
        w.uvar(texts.indexOf(s.status));
    if (fields & HasPowerState)
        w.uvar(texts.indexOf(s.powerState));
    if (fields & HasStaleMask)
        w.u8(s.staleMask);
}

/// Reads one version 2 state after its non-zero `fields` byte; false on bad input.
bool readState(ByteReader &r, quint8 fields, qint64 referenceMs, const QStringList &texts, AssetState *s)
{
    if ((fields & ~kStateFields) || !(fields & HasState))
        return false;
    const quint8 timesSet = r.u8();
    const auto times = stateTimes();
    if (timesSet >> times.size())
        return false;
    for (std::size_t i = 0; i < times.size(); ++i) {
        if (!(timesSet & (1u << i)))
            continue;
        referenceMs = qint64(quint64(referenceMs) + quint64(r.svar()));
        s->*times[i] = referenceMs;
    }
    if (fields & HasFillingLevel)
        s->fillingLevel = r.f64();
    const auto text = [&](QString *out) {
        const quint64 i = r.uvar();
        if (i >= quint64(texts.size()))
            return false;
        *out = texts.at(qsizetype(i));
        return true;
    };
    if ((fields & HasStatus) && !text(&s->status))
        return false;
    if ((fields & HasPowerState) && !text(&s->powerState))
        return false;
    if (fields & HasStaleMask)
        s->staleMask = r.u8();
    return r.ok();
}

void writeStrings(ByteWriter &w, const QStringList &list)
{
    w.u32(quint32(list.size()));
    for (const QString &v : list)
        w.str(v);
}

/// Reads a count and checks that `minBytes` per item fit in what is left.
bool readCount(ByteReader &r, qsizetype minBytes, quint32 *count)
{
    *count = r.u32();
    return r.ok() && qsizetype(*count) <= r.remaining() / qMax<qsizetype>(1, minBytes);
}

bool readStrings(ByteReader &r, QStringList *list)
{
    quint32 n = 0;
    if (!readCount(r, 4, &n))
        return false;
    list->reserve(qsizetype(n));
    for (quint32 i = 0; i < n && r.ok(); ++i)
        list->append(r.str());
    return r.ok();
}

template<typename Enum>
bool readEnum(ByteReader &r, int count, Enum *out)
{
    const quint8 v = r.u8();
    if (!r.ok() || v >= count)
        return false;
    *out = Enum(v);
    return true;
}

void writeRule(ByteWriter &w, const AlarmRule &a)
{
    w.i64(a.id);
    w.str(a.key);
    w.u8(quint8(a.kind));
    w.u8(quint8(a.assetKind));
    w.str(a.assetId);
    w.str(a.quantity);
    w.f64(a.setpoint);
    w.f64(a.deadband);
    w.u8(a.high ? 1 : 0);
    w.i64(a.onDelayMs);
    w.i64(a.offDelayMs);
    writeStrings(w, a.codes);
    w.f64(a.periodFactor);
    w.i32(a.count);
    w.i64(a.windowMs);
    w.u8(quint8(a.priority));
    w.str(a.consequence);
    w.str(a.response);
    w.u8(a.enabled ? 1 : 0);
}

bool readRule(ByteReader &r, AlarmRule *a)
{
    a->id = r.i64();
    a->key = r.str();
    if (!readEnum(r, kAlarmRuleKindCount, &a->kind) || !readEnum(r, 2, &a->assetKind))
        return false;
    a->assetId = r.str();
    a->quantity = r.str();
    a->setpoint = r.f64();
    a->deadband = r.f64();
    a->high = r.u8() != 0;
    a->onDelayMs = r.i64();
    a->offDelayMs = r.i64();
    if (!readStrings(r, &a->codes))
        return false;
    a->periodFactor = r.f64();
    a->count = r.i32();
    a->windowMs = r.i64();
    if (!readEnum(r, kAlarmPriorityCount, &a->priority))
        return false;
    a->consequence = r.str();
    a->response = r.str();
    a->enabled = r.u8() != 0;
    return r.ok();
}

void writeAlarm(ByteWriter &w, const Alarm &a)
{
    w.i64(a.id);
    w.i32(a.assetIndex);
    w.str(a.assetId);
    w.i64(a.ruleId);
    w.u8(quint8(a.kind));
    w.u8(quint8(a.priority));
    w.u8(quint8(a.state));
    w.u8(a.conditionActive ? 1 : 0);
    w.i64(a.firstActiveMs);
    w.i64(a.lastActiveMs);
    w.i64(a.lastChangeMs);
    w.i32(a.count);
    w.str(a.detail);
    w.i64(a.parentId);
    w.i32(a.childCount);
    w.i64(a.shelvedUntilMs);
    w.str(a.shelveReason);
    w.str(a.suppressedBy);
    w.u8(a.hasIntervention ? 1 : 0);
}

bool readAlarm(ByteReader &r, qint32 assetCount, Alarm *a)
{
    a->id = r.i64();
    a->assetIndex = r.i32();
    a->assetId = r.str();
    a->ruleId = r.i64();
    if (!readEnum(r, kAlarmRuleKindCount, &a->kind) || !readEnum(r, kAlarmPriorityCount, &a->priority)
        || !readEnum(r, kAlarmStateCount, &a->state))
        return false;
    a->conditionActive = r.u8() != 0;
    a->firstActiveMs = r.i64();
    a->lastActiveMs = r.i64();
    a->lastChangeMs = r.i64();
    a->count = r.i32();
    a->detail = r.str();
    a->parentId = r.i64();
    a->childCount = r.i32();
    a->shelvedUntilMs = r.i64();
    a->shelveReason = r.str();
    a->suppressedBy = r.str();
    a->hasIntervention = r.u8() != 0;
    // An index outside the directory would be used to index vectors downstream.
    return r.ok() && a->assetIndex >= -1 && a->assetIndex < assetCount;
}

void writeIntervention(ByteWriter &w, const Intervention &v)
{
    w.i64(v.id);
    w.i32(v.version);
    w.u8(quint8(v.kind));
    w.u8(quint8(v.status));
    writeStrings(w, v.assetIds);
    w.f64(v.lon);
    w.f64(v.lat);
    w.str(v.location);
    w.str(v.description);
    w.u32(quint32(v.alarmIds.size()));
    for (qint64 id : v.alarmIds)
        w.i64(id);
    w.u32(quint32(v.reportIds.size()));
    for (qint64 id : v.reportIds)
        w.i64(id);
    w.u8(quint8(v.priority));
    w.f64(v.score);
    w.f64(v.breakdown.score);
    w.u32(quint32(v.breakdown.terms.size()));
    for (const PriorityTerm &t : v.breakdown.terms) {
        w.str(t.key);
        w.f64(t.input);
        w.str(t.inputText);
        w.f64(t.weight);
        w.f64(t.points);
    }
    w.i64(v.dueAtMs);
    w.str(v.crewId);
    w.str(v.blockedReason);
    w.i64(v.createdAtMs);
    w.str(v.createdBy);
    w.i64(v.updatedAtMs);
    w.str(v.updatedBy);
    w.i64(v.closedAtMs);
    w.i32(v.dispatchedVersion);
    w.i64(v.dispatchedAtMs);
}

bool readIds(ByteReader &r, QVector<qint64> *ids)
{
    quint32 n = 0;
    if (!readCount(r, 8, &n))
        return false;
    ids->reserve(qsizetype(n));
    for (quint32 i = 0; i < n; ++i)
        ids->append(r.i64());
    return r.ok();
}

bool readIntervention(ByteReader &r, Intervention *v)
{
    v->id = r.i64();
    v->version = r.i32();
    if (!readEnum(r, int(InterventionKind::Other) + 1, &v->kind)
        || !readEnum(r, int(InterventionStatus::Reopened) + 1, &v->status) || !readStrings(r, &v->assetIds))
        return false;
    v->lon = r.f64();
    v->lat = r.f64();
    v->location = r.str();
    v->description = r.str();
    if (!readIds(r, &v->alarmIds) || !readIds(r, &v->reportIds) || !readEnum(r, kAlarmPriorityCount, &v->priority))
        return false;
    v->score = r.f64();
    v->breakdown.score = r.f64();
    quint32 terms = 0;
    if (!readCount(r, 4 + 8 + 4 + 8 + 8, &terms))
        return false;
    for (quint32 i = 0; i < terms && r.ok(); ++i) {
        PriorityTerm t;
        t.key = r.str();
        t.input = r.f64();
        t.inputText = r.str();
        t.weight = r.f64();
        t.points = r.f64();
        v->breakdown.terms.append(t);
    }
    v->dueAtMs = r.i64();
    v->crewId = r.str();
    v->blockedReason = r.str();
    v->createdAtMs = r.i64();
    v->createdBy = r.str();
    v->updatedAtMs = r.i64();
    v->updatedBy = r.str();
    v->closedAtMs = r.i64();
    v->dispatchedVersion = r.i32();
    v->dispatchedAtMs = r.i64();
    return r.ok();
}

void writeFix(ByteWriter &w, const CrewFix &f)
{
    w.str(f.crewId);
    w.str(f.deviceId);
    w.f64(f.lon);
    w.f64(f.lat);
    w.i64(f.atMs);
    w.i64(f.receivedAtMs);
    w.f64(f.speedMps);
    w.i64(f.messageId);
}

CrewFix readFix(ByteReader &r)
{
    CrewFix f;
    f.crewId = r.str();
    f.deviceId = r.str();
    f.lon = r.f64();
    f.lat = r.f64();
    f.atMs = r.i64();
    f.receivedAtMs = r.i64();
    f.speedMps = r.f64();
    f.messageId = r.i64();
    return f;
}

} // namespace

QByteArray SessionKeyframe::encode() const
{
    QByteArray out;
    out.reserve(64 + qsizetype(states.size()) * 24);
    ByteWriter w(&out);
    out.append(kMagic, 4);
    w.u16(kVersion);
    w.i64(atMs);
    w.str(cityId);
    w.i32(qint32(states.size()));
    w.i64(lastMessageId);
    // States: one zero byte for an asset never heard of. The text table they index comes first.
    QByteArray stateBytes;
    stateBytes.reserve(qsizetype(states.size()) * 20);
    ByteWriter stateWriter(&stateBytes);
    TextTable texts;
    for (const AssetState &s : states) {
        if (isDefault(s))
            stateWriter.u8(0);
        else
            writeState(stateWriter, s, atMs, texts);
    }
    writeStrings(w, texts.texts());
    out.append(stateBytes);
    w.u32(quint32(alarms.rules.size()));
    for (const AlarmRule &rule : alarms.rules)
        writeRule(w, rule);
    w.u32(quint32(alarms.alarms.size()));
    for (const Alarm &a : alarms.alarms)
        writeAlarm(w, a);
    w.i64(alarms.maxAlarmId);
    w.u32(quint32(interventions.size()));
    for (const Intervention &v : interventions)
        writeIntervention(w, v);
    w.u32(quint32(crewFixes.size()));
    for (const CrewFix &f : crewFixes)
        writeFix(w, f);
    w.bytes(alarms.evaluatorState);
    return out;
}

Result<SessionKeyframe> SessionKeyframe::decode(const QByteArray &bytes)
{
    if (bytes.size() < 6 || !bytes.startsWith(QByteArrayView(kMagic, 4)))
        return bad(QStringLiteral("not a keyframe"));
    ByteReader r(QByteArrayView(bytes).sliced(4));
    const quint16 version = r.u16();
    if (version > kVersion)
        return Error{QStringLiteral("unsupportedKeyframe"),
                     QStringLiteral("The keyframe was written by a newer Vigie (version %1; this one reads up to %2).")
                         .arg(version).arg(kVersion)};
    if (version == 0)
        return bad(QStringLiteral("version 0"));
    SessionKeyframe k;
    k.atMs = r.i64();
    k.cityId = r.str();
    const qint32 count = r.i32();
    k.lastMessageId = r.i64();
    if (!r.ok() || count < 0 || count > r.remaining())
        return bad(QStringLiteral("asset count %1 does not match its %2 bytes").arg(count).arg(bytes.size()));
    k.assetCount = count;
    QStringList texts;
    if (version >= 2 && !readStrings(r, &texts))
        return bad(QStringLiteral("text table"));
    k.states.resize(count);
    for (qint32 i = 0; i < count && r.ok(); ++i) {
        const quint8 fields = r.u8();
        if (fields == 0)
            continue;
        if (version == 1 && fields == 1)
            k.states[i] = readStateV1(r);
        else if (version == 1 || !readState(r, fields, k.atMs, texts, &k.states[i]))
            return bad(QStringLiteral("state %1").arg(i));
    }
    if (!r.ok())
        return bad(QStringLiteral("truncated in the asset states"));
    quint32 n = 0;
    if (!readCount(r, 40, &n))
        return bad(QStringLiteral("rule count"));
    for (quint32 i = 0; i < n; ++i) {
        AlarmRule rule;
        if (!readRule(r, &rule))
            return bad(QStringLiteral("rule %1").arg(i));
        k.alarms.rules.append(rule);
    }
    if (!readCount(r, 40, &n))
        return bad(QStringLiteral("alarm count"));
    for (quint32 i = 0; i < n; ++i) {
        Alarm a;
        if (!readAlarm(r, count, &a))
            return bad(QStringLiteral("alarm %1").arg(i));
        k.alarms.alarms.append(a);
    }
    k.alarms.maxAlarmId = r.i64();
    if (!readCount(r, 40, &n))
        return bad(QStringLiteral("intervention count"));
    for (quint32 i = 0; i < n; ++i) {
        Intervention v;
        if (!readIntervention(r, &v))
            return bad(QStringLiteral("intervention %1").arg(i));
        k.interventions.append(v);
    }
    if (!readCount(r, 48, &n))
        return bad(QStringLiteral("crew fix count"));
    for (quint32 i = 0; i < n && r.ok(); ++i)
        k.crewFixes.append(readFix(r));
    if (!r.ok())
        return bad(QStringLiteral("truncated in the crew fixes"));
    if (version >= 3) {
        k.alarms.evaluatorState = r.bytes();
        if (!r.ok())
            return bad(QStringLiteral("truncated in the rule evaluator state"));
    }
    if (!r.atEnd())
        return bad(QStringLiteral("%1 trailing bytes").arg(r.remaining()));
    return k;
}

QByteArray encodeInterventionSnapshot(const Intervention &intervention)
{
    QByteArray out;
    ByteWriter w(&out);
    writeIntervention(w, intervention);
    return out;
}

std::optional<Intervention> decodeInterventionSnapshot(QByteArrayView bytes)
{
    ByteReader r(bytes);
    Intervention v;
    if (!readIntervention(r, &v) || !r.atEnd())
        return std::nullopt;
    return v;
}

} // namespace vigie
