#include "lampfleet.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace vigie::sim {

namespace {

constexpr double kMsPerDay = 86'400'000.0;
constexpr double kMsPerYear = 365.25 * kMsPerDay;
constexpr double kOffsetSigmaMs = 2.5 * 60'000;
constexpr double kOffsetMaxMs = 8 * 60'000;
constexpr double kRepairMinDays = 1;
constexpr double kRepairMaxDays = 4;
constexpr double kShareDefectiveLamp = 0.7;
constexpr double kShareBrokenLantern = 0.2; // columnIssue takes the remaining 10 %
constexpr qint64 kNever = std::numeric_limits<qint64>::max();

} // namespace

QString lampStatusName(LampStatus status)
{
    switch (status) {
    case LampStatus::Ok: return QStringLiteral("ok");
    case LampStatus::DefectiveLamp: return QStringLiteral("defectiveLamp");
    case LampStatus::BrokenLantern: return QStringLiteral("brokenLantern");
    case LampStatus::ColumnIssue: return QStringLiteral("columnIssue");
    }
    return {};
}

LampFleet::LampFleet(QVector<int> assets, const SunClock &sun, qint64 startMs, double failuresPerYear, quint64 seed)
    : m_sun(sun)
    , m_nowMs(startMs)
    , m_rng(makeRng(seed, Stream::Lamps))
{
    m_lamps.reserve(assets.size());
    for (int asset : assets) {
        Lamp lamp;
        lamp.asset = asset;
        lamp.offsetMs = qint32(std::clamp(normal(m_rng, 0, kOffsetSigmaMs), -kOffsetMaxMs, kOffsetMaxMs));
        lamp.dark = m_sun.elevation(startMs - lamp.offsetMs) < kPhotocellElevationDeg;
        m_lamps << lamp;
    }
    m_byOffset.resize(std::size_t(m_lamps.size()));
    std::iota(m_byOffset.begin(), m_byOffset.end(), 0);
    std::stable_sort(m_byOffset.begin(), m_byOffset.end(),
                     [this](int a, int b) { return m_lamps.at(a).offsetMs < m_lamps.at(b).offsetMs; });
    // Start with the crossing the earliest photocells may still have to react to; lamps it
    // already switched are in that state and switching them again changes nothing.
    m_crossing = m_sun.nextCrossing(startMs - qint64(kOffsetMaxMs), kPhotocellElevationDeg);
    m_failureRatePerMs = failuresPerYear * m_lamps.size() / kMsPerYear;
    m_nextFailureMs = startMs + exponentialWaitMs(m_rng, m_failureRatePerMs);
}

void LampFleet::advanceTo(qint64 simMs, ChangeQueue *changes)
{
    if (simMs <= m_nowMs || m_lamps.isEmpty())
        return;
    for (;;) {
        const qint64 switchAt = nextSwitchMs();
        const qint64 repairAt = nextRepairMs();
        const qint64 next = std::min({switchAt, repairAt, m_nextFailureMs});
        if (next > simMs)
            break;
        if (next == switchAt)
            runSwitch(changes);
        else if (next == repairAt)
            runRepair(changes);
        else
            runFailure(next, changes);
    }
    m_nowMs = simMs;
}

int LampFleet::countOn() const
{
    int n = 0;
    for (int slot = 0; slot < m_lamps.size(); ++slot)
        n += isOn(slot);
    return n;
}

int LampFleet::countFailed() const
{
    return int(std::count_if(m_lamps.cbegin(), m_lamps.cend(),
                             [](const Lamp &l) { return l.status != LampStatus::Ok; }));
}

qint64 LampFleet::nextSwitchMs() const
{
    if (!m_crossing)
        return kNever;
    return m_crossing->utcMs + m_lamps.at(m_byOffset[std::size_t(m_cursor)]).offsetMs;
}

qint64 LampFleet::nextRepairMs() const
{
    return m_repairs.empty() ? kNever : m_repairs.top().atMs;
}

void LampFleet::runSwitch(ChangeQueue *changes)
{
    Lamp &lamp = m_lamps[m_byOffset[std::size_t(m_cursor)]];
    const bool dark = m_crossing->direction == SunDirection::Setting;
    if (lamp.dark != dark) {
        lamp.dark = dark;
        if (lamp.status == LampStatus::Ok)
            changes->push(lamp.asset);
    }
    if (++m_cursor == m_lamps.size()) {
        m_cursor = 0;
        m_crossing = m_sun.nextCrossing(m_crossing->utcMs, kPhotocellElevationDeg);
    }
}

void LampFleet::runFailure(qint64 atMs, ChangeQueue *changes)
{
    m_nextFailureMs = atMs + exponentialWaitMs(m_rng, m_failureRatePerMs);
    const int slot = uniformIndex(m_rng, m_lamps.size());
    Lamp &lamp = m_lamps[slot];
    if (lamp.status != LampStatus::Ok)
        return; // only working lamps fail: the fleet rate applies to them
    lamp.status = drawFailure();
    const qint64 repairAt = atMs + qint64(uniform(m_rng, kRepairMinDays, kRepairMaxDays) * kMsPerDay);
    lamp.repairSequence = m_repairSequence++;
    m_repairs.push(Repair{repairAt, lamp.repairSequence, slot});
    changes->push(lamp.asset);
}

void LampFleet::runRepair(ChangeQueue *changes)
{
    const Repair due = m_repairs.top();
    m_repairs.pop();
    Lamp &lamp = m_lamps[due.slot];
    if (lamp.repairSequence != due.sequence)
        return; // a crew repaired that failure already
    lamp.status = LampStatus::Ok;
    lamp.repairSequence = -1;
    changes->push(lamp.asset);
}

bool LampFleet::repair(int slot, ChangeQueue *changes)
{
    Lamp &lamp = m_lamps[slot];
    if (lamp.status == LampStatus::Ok)
        return false;
    lamp.status = LampStatus::Ok;
    lamp.repairSequence = -1;
    changes->push(lamp.asset);
    return true;
}

LampStatus LampFleet::drawFailure()
{
    const double u = uniform(m_rng, 0, 1);
    if (u < kShareDefectiveLamp)
        return LampStatus::DefectiveLamp;
    if (u < kShareDefectiveLamp + kShareBrokenLantern)
        return LampStatus::BrokenLantern;
    return LampStatus::ColumnIssue;
}

} // namespace vigie::sim
