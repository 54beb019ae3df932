// RuleEvaluator::saveState() / restoreState(): the evaluator's memory as bytes, for session
// keyframes (docs/recording.md, "Rule evaluator state").
//
// Layout (little-endian, domain/bytecodec.h; "t" = svar of a time minus a base):
//   "VRE" u8 version
//   svar referenceMs; uvar assetCount
//   uvar kinds, uvar fleetPeriodMs per kind; u8 hasNextFleetUpdate [t nextFleetUpdateMs − ref]
//   periods:  uvar n; n × (uvar assetDelta, t lastSeen − ref, u8 gaps, gaps: uvar first, svar Δ)
//   slots:    uvar slotCount; per slot: svar ruleId, uvar stateCount, uvar n,
//             n × (uvar posDelta, u8 flags, [t lastObs], [t rawSince], [t queuedDue],
//                  [compact value], [uvar samples, samples × (t atMs, compact value)])
//             with base = the asset's lastSeen when heard, else ref
//   expected: uvar n; n × (uvar assetDelta, uvar intervals, intervals × (t from − ref, uvar to − from))
// Only what differs from a fresh evaluator is written: assets never heard of and conditions
// never touched take no room. rawSinceMs is written only while raw or active (otherwise it
// is never read before setRaw() overwrites it).

#include "ruleevaluator.h"
#include "ruleevaluator_p.h"

#include "domain/bytecodec.h"

#include <QLoggingCategory>

namespace vigie {

using namespace ruleevaluator;

namespace {

Q_LOGGING_CATEGORY(lcRuleState, "vigie.alarms.rules", QtInfoMsg)

constexpr char kMagic[3] = {'V', 'R', 'E'};
constexpr quint8 kVersion = 1;

enum StateFlag : quint8 {
    Raw = 1,
    Active = 2,
    HasLastObs = 4,
    HasRawSince = 8,
    HasQueued = 16,
    HasValue = 32,
    HasHistory = 64,
};

bool isFresh(const CondState &s)
{
    return s.lastObsMs == kNever && s.queuedDue == kNever && std::isnan(s.value) && !s.raw && !s.active;
}

Error bad(const QString &what)
{
    return Error{QStringLiteral("badEvaluatorState"), QStringLiteral("Damaged rule evaluator state: %1.").arg(what)};
}

Error mismatch(const QString &what)
{
    return Error{QStringLiteral("evaluatorStateMismatch"),
                 QStringLiteral("The rule evaluator state was saved for %1.").arg(what)};
}

// A count read from the input that needs at least `minBytes` each of what remains.
bool readCount(ByteReader &r, qsizetype minBytes, quint64 *n)
{
    *n = r.uvar();
    return r.ok() && *n <= quint64(r.remaining() / std::max<qsizetype>(1, minBytes));
}

// A time written as svar(t − base). Wraps instead of overflowing on damaged input.
qint64 readTime(ByteReader &r, qint64 base)
{
    return qint64(quint64(base) + quint64(r.svar()));
}

// The next index of a sparse list written as uvar(gap): false when it passes `limit`.
bool nextIndex(ByteReader &r, qint64 *index, qint64 limit)
{
    const quint64 gap = r.uvar();
    if (!r.ok() || gap >= quint64(limit - *index))
        return false;
    *index += qint64(gap) + 1;
    return *index < limit;
}

} // namespace

QByteArray RuleEvaluator::saveState(qint64 referenceMs) const
{
    const Private &p = *d;
    QByteArray out;
    out.reserve(64 + qsizetype(p.periods.size()) * 24);
    ByteWriter w(&out);
    out.append(kMagic, 3);
    w.u8(kVersion);
    w.svar(referenceMs);
    w.uvar(quint64(p.assetCount()));
    w.uvar(p.fleetPeriodMs.size());
    for (const qint64 period : p.fleetPeriodMs)
        w.uvar(quint64(period));
    w.u8(p.nextFleetUpdateMs != kNever);
    if (p.nextFleetUpdateMs != kNever)
        w.svar(p.nextFleetUpdateMs - referenceMs);

    const auto base = [&](qint32 asset) {
        const qint64 seen = p.periods[size_t(asset)].lastSeenMs();
        return seen != kNever ? seen : referenceMs;
    };

    quint64 heard = 0;
    for (const UsualPeriod &period : p.periods)
        heard += period.lastSeenMs() != kNever;
    w.uvar(heard);
    qint64 previous = -1;
    quint32 gaps[UsualPeriod::kGaps];
    for (size_t a = 0; a < p.periods.size(); ++a) {
        const UsualPeriod &period = p.periods[a];
        if (period.lastSeenMs() == kNever)
            continue;
        w.uvar(quint64(qint64(a) - previous - 1));
        previous = qint64(a);
        w.svar(period.lastSeenMs() - referenceMs);
        const int n = period.gaps(gaps);
        w.u8(quint8(n));
        for (int i = 0; i < n; ++i) {
            if (i == 0)
                w.uvar(gaps[0]);
            else
                w.svar(qint64(gaps[i]) - qint64(gaps[i - 1]));
        }
    }

    w.uvar(p.ruleSlots.size());
    QByteArray entries;
    for (const Slot &sl : p.ruleSlots) {
        w.svar(sl.rule.id);
        w.uvar(sl.states.size());
        entries.clear();
        entries.reserve(qsizetype(sl.states.size()) * 8);
        ByteWriter e(&entries);
        quint64 count = 0;
        qint64 previousPos = -1;
        for (size_t pos = 0; pos < sl.states.size(); ++pos) {
            const CondState &s = sl.states[pos];
            const bool history = !sl.history.empty() && !sl.history[pos].empty();
            if (isFresh(s) && !history)
                continue;
            ++count;
            e.uvar(quint64(qint64(pos) - previousPos - 1));
            previousPos = qint64(pos);
            const qint64 b = base(p.assetAt(sl, pos));
            const bool rawSince = s.raw || s.active;
            e.u8(quint8((s.raw ? Raw : 0) | (s.active ? Active : 0) | (s.lastObsMs != kNever ? HasLastObs : 0)
                        | (rawSince ? HasRawSince : 0) | (s.queuedDue != kNever ? HasQueued : 0)
                        | (!std::isnan(s.value) ? HasValue : 0) | (history ? HasHistory : 0)));
            if (s.lastObsMs != kNever)
                e.svar(s.lastObsMs - b);
            if (rawSince)
                e.svar(s.rawSinceMs - b);
            if (s.queuedDue != kNever)
                e.svar(s.queuedDue - b);
            if (!std::isnan(s.value))
                writeCompactDouble(e, s.value);
            if (history) {
                e.uvar(sl.history[pos].size());
                for (const Sample &x : sl.history[pos]) {
                    e.svar(x.atMs - b);
                    writeCompactDouble(e, x.value);
                }
            }
        }
        w.uvar(count);
        out.append(entries);
    }

    w.uvar(quint64(p.expected.size()));
    QList<qint32> assets = p.expected.keys();
    std::sort(assets.begin(), assets.end());
    previous = -1;
    for (const qint32 asset : std::as_const(assets)) {
        const auto &intervals = p.expected[asset];
        w.uvar(quint64(qint64(asset) - previous - 1));
        previous = asset;
        w.uvar(quint64(intervals.size()));
        for (const auto &i : intervals) {
            w.svar(i.first - referenceMs);
            w.uvar(quint64(i.second - i.first));
        }
    }
    return out;
}

Result<void> RuleEvaluator::restoreState(QByteArrayView bytes, qint64 nowMs)
{
    Result<void> result = d->readMemory(bytes);
    if (!result) {
        qCWarning(lcRuleState) << "evaluator state not restored:" << result.error().message;
        d->resetMemory();
    }
    d->rebuildTimers(nowMs);
    return result;
}

void RuleEvaluator::reset(qint64 nowMs)
{
    d->resetMemory();
    d->rebuildTimers(nowMs);
}

void RuleEvaluator::Private::resetMemory()
{
    if (pristine)
        return;
    pristine = true;
    for (Slot &sl : ruleSlots) {
        std::fill(sl.states.begin(), sl.states.end(), CondState());
        for (auto &h : sl.history)
            h.clear();
    }
    std::fill(periods.begin(), periods.end(), UsualPeriod());
    std::fill(fleetPeriodMs.begin(), fleetPeriodMs.end(), 0);
    nextFleetUpdateMs = kNever;
    expected.clear();
}

Result<void> RuleEvaluator::Private::readMemory(QByteArrayView bytes)
{
    if (bytes.size() < 4 || !bytes.startsWith(QByteArrayView(kMagic, 3)))
        return bad(QStringLiteral("not an evaluator state"));
    ByteReader r(bytes.sliced(3));
    const quint8 version = r.u8();
    if (version != kVersion)
        return Error{QStringLiteral("unsupportedEvaluatorState"),
                     QStringLiteral("Rule evaluator state version %1; this Vigie reads %2.").arg(version).arg(kVersion)};
    resetMemory();
    pristine = false; // from here on, what is read lands in the memory
    const qint64 ref = r.svar();
    if (r.uvar() != quint64(assetCount()) || !r.ok())
        return mismatch(QStringLiteral("another asset directory"));

    quint64 n = 0;
    if (!readCount(r, 1, &n) || n > 1024)
        return bad(QStringLiteral("kind count"));
    fleetPeriodMs.assign(std::max<size_t>(fleetPeriodMs.size(), size_t(n)), 0);
    for (quint64 k = 0; k < n; ++k)
        fleetPeriodMs[size_t(k)] = qint64(r.uvar());
    if (r.u8())
        nextFleetUpdateMs = readTime(r, ref);

    if (!readCount(r, 3, &n))
        return bad(QStringLiteral("period count"));
    qint64 asset = -1;
    quint32 gaps[UsualPeriod::kGaps];
    for (quint64 i = 0; i < n; ++i) {
        if (!nextIndex(r, &asset, assetCount()))
            return bad(QStringLiteral("period %1").arg(i));
        const qint64 lastSeen = readTime(r, ref);
        const int count = r.u8();
        if (!r.ok() || count > UsualPeriod::kGaps)
            return bad(QStringLiteral("period %1").arg(i));
        for (int g = 0; g < count; ++g)
            gaps[g] = quint32(g == 0 ? qint64(r.uvar()) : qint64(gaps[g - 1]) + r.svar());
        periods[size_t(asset)] = UsualPeriod::restored(lastSeen, gaps, count);
    }

    if (r.uvar() != ruleSlots.size() || !r.ok())
        return mismatch(QStringLiteral("other rules"));
    for (Slot &sl : ruleSlots) {
        const qint64 id = r.svar();
        if (id != sl.rule.id || r.uvar() != sl.states.size() || !r.ok())
            return mismatch(QStringLiteral("other rules (rule %1)").arg(sl.rule.key));
        if (!readCount(r, 2, &n))
            return bad(QStringLiteral("rule %1").arg(sl.rule.key));
        qint64 pos = -1;
        for (quint64 i = 0; i < n; ++i) {
            if (!nextIndex(r, &pos, qint64(sl.states.size())))
                return bad(QStringLiteral("rule %1, condition %2").arg(sl.rule.key).arg(i));
            const qint64 seen = periods[size_t(assetAt(sl, size_t(pos)))].lastSeenMs();
            const qint64 b = seen != kNever ? seen : ref;
            const quint8 flags = r.u8();
            CondState &s = sl.states[size_t(pos)];
            s.raw = flags & Raw;
            s.active = flags & Active;
            if (flags & HasLastObs)
                s.lastObsMs = readTime(r, b);
            if (flags & HasRawSince)
                s.rawSinceMs = readTime(r, b);
            if (flags & HasQueued)
                s.queuedDue = readTime(r, b);
            if (flags & HasValue)
                s.value = readCompactDouble(r);
            if (flags & HasHistory) {
                quint64 samples = 0;
                if (sl.history.empty() || !readCount(r, 2, &samples))
                    return bad(QStringLiteral("rule %1, window %2").arg(sl.rule.key).arg(i));
                auto &h = sl.history[size_t(pos)];
                h.reserve(size_t(samples));
                for (quint64 k = 0; k < samples; ++k) {
                    const qint64 at = readTime(r, b);
                    h.push_back({at, readCompactDouble(r)});
                }
            }
        }
    }

    if (!readCount(r, 2, &n))
        return bad(QStringLiteral("expected change count"));
    asset = -1;
    for (quint64 i = 0; i < n; ++i) {
        quint64 intervals = 0;
        if (!nextIndex(r, &asset, assetCount()) || !readCount(r, 2, &intervals))
            return bad(QStringLiteral("expected changes %1").arg(i));
        auto &list = expected[qint32(asset)];
        for (quint64 k = 0; k < intervals; ++k) {
            const qint64 from = readTime(r, ref);
            list.append({from, qint64(quint64(from) + r.uvar())});
        }
    }
    if (!r.ok())
        return bad(QStringLiteral("truncated"));
    if (!r.atEnd())
        return bad(QStringLiteral("%1 trailing bytes").arg(r.remaining()));
    return {};
}

} // namespace vigie
