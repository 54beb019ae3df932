#pragma once

#include "changequeue.h"
#include "rng.h"
#include "sunclock.h"

#include <QString>
#include <QVector>

#include <optional>
#include <queue>
#include <vector>

namespace vigie::sim {

/// Smart Data Models Streetlight.status values the model uses.
enum class LampStatus : quint8 { Ok, DefectiveLamp, BrokenLantern, ColumnIssue };

/// The Smart Data Models spelling ("ok", "defectiveLamp", "brokenLantern", "columnIssue").
QString lampStatusName(LampStatus status);

/// \brief Every street lamp of the city: photocells, failures and repairs.
///
/// Photocells switch a lamp on when the Sun's centre goes below kPhotocellElevationDeg and
/// off when it comes back above; each lamp has its own fixed offset (normal, σ 2.5 min,
/// clipped to ±8 min) standing for the spread of photocell thresholds. Lamps fail as a
/// Poisson process of `failuresPerYear` per working lamp: defectiveLamp 70 %, brokenLantern
/// 20 %, columnIssue 10 %; a failed lamp is off until its repair, 1 to 4 days later
/// (uniform). Simulated time only; not thread-safe.
class LampFleet
{
public:
    /// `assets` are the simulator's indexes of the lamps; the model starts at `startMs` (UTC
    /// ms), with every photocell already in the state the Sun gives it then.
    LampFleet(QVector<int> assets, const SunClock &sun, qint64 startMs, double failuresPerYear, quint64 seed);

    /// Runs every switch, failure and repair due up to `simMs` (UTC ms), in time order,
    /// queuing the assets whose reported state changed. Earlier times are ignored.
    void advanceTo(qint64 simMs, ChangeQueue *changes);

    int size() const { return m_lamps.size(); }
    /// Simulator index of lamp `slot`.
    int asset(int slot) const { return m_lamps.at(slot).asset; }
    LampStatus status(int slot) const { return m_lamps.at(slot).status; }
    /// On when its photocell sees night and it works.
    bool isOn(int slot) const { return m_lamps.at(slot).dark && m_lamps.at(slot).status == LampStatus::Ok; }

    /// A crew repairs lamp `slot` now: a failed lamp is ok again (queued in `changes`) and
    /// its planned repair is dropped. False if it was not failed.
    bool repair(int slot, ChangeQueue *changes);

    /// Lamps currently on, and failed lamps (status not ok). O(n).
    int countOn() const;
    int countFailed() const;

private:
    struct Lamp
    {
        int asset = 0;
        qint32 offsetMs = 0;  ///< Photocell offset: switches at the Sun's crossing + offset.
        bool dark = false;    ///< What the photocell says.
        LampStatus status = LampStatus::Ok;
        qint64 repairSequence = -1; ///< Repair::sequence of its planned repair, -1 while it works.
    };
    struct Repair
    {
        qint64 atMs;
        qint64 sequence;
        int slot;
        bool operator>(const Repair &o) const { return atMs != o.atMs ? atMs > o.atMs : sequence > o.sequence; }
    };

    qint64 nextSwitchMs() const;
    qint64 nextRepairMs() const;
    void runSwitch(ChangeQueue *changes);
    void runFailure(qint64 atMs, ChangeQueue *changes);
    void runRepair(ChangeQueue *changes);
    LampStatus drawFailure();

    SunClock m_sun;
    QVector<Lamp> m_lamps;
    std::vector<int> m_byOffset;               ///< Slots sorted by photocell offset.
    std::optional<SunCrossing> m_crossing;     ///< The crossing being worked through.
    int m_cursor = 0;                          ///< Next lamp (in m_byOffset) to switch for it.
    double m_failureRatePerMs = 0;             ///< Whole fleet.
    qint64 m_nextFailureMs = 0;
    std::priority_queue<Repair, std::vector<Repair>, std::greater<>> m_repairs;
    qint64 m_repairSequence = 0;
    qint64 m_nowMs = 0;
    Rng m_rng;
};

} // namespace vigie::sim
