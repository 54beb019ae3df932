#pragma once

#include "changequeue.h"
#include "cityassets.h"
#include "rng.h"

#include <QString>
#include <QTimeZone>
#include <QVector>

#include <queue>
#include <vector>

namespace vigie::sim {

/// Smart Data Models WasteContainer.status values the model uses.
enum class ContainerStatus : quint8 { Ok, LidOpen, Dropped, Moved, Vandalized, Burning };

/// The Smart Data Models spelling ("ok", "lidOpen", "dropped", "moved", "vandalized", "burning").
QString containerStatusName(ContainerStatus status);

/// \brief Every waste container of the city: filling, collection rounds, incidents.
///
/// A container fills at its own constant rate (ratio per day) and saturates at 1. Its rate
/// and starting level come from the pack when it has them (Trilib' avgFillingRatePerDay with
/// ±10 % noise, fillingRate); otherwise the rate is drawn from a log-normal fitted to the
/// Trilib' data (median 0.11 a day, σ of the log 0.60, clipped to 0.01–0.35) and the level
/// as if the container had last been emptied at a random time since its previous round.
/// Rounds run on fixed weekdays (3 a week: Mon, Wed, Fri; 4: Mon, Tue, Thu, Sat; see
/// docs/simulator.md) from 05:00 local time for 3 hours, container by container from west
/// to east; a collection leaves 0–5 % and rights an incident. Incidents (lidOpen, vandalized,
/// moved, dropped, burning) strike 3 times per container-year. Not thread-safe.
class ContainerFleet
{
public:
    /// `assets` are the simulator's indexes of the containers and `specs` the simulator's
    /// whole asset list; `zone` gives the local time of the rounds. Starts at `startMs`.
    ContainerFleet(QVector<int> assets, const QVector<AssetSpec> &specs, const QTimeZone &zone,
                   qint64 startMs, quint64 seed);

    /// Runs every collection and incident due up to `simMs` (UTC ms), in time order,
    /// queuing the assets whose status or level jumped. Earlier times are ignored.
    void advanceTo(qint64 simMs, ChangeQueue *changes);

    int size() const { return m_containers.size(); }
    /// Simulator index of container `slot`.
    int asset(int slot) const { return m_containers.at(slot).asset; }
    ContainerStatus status(int slot) const { return m_containers.at(slot).status; }
    /// Filling level at the current simulated time, ratio 0–1.
    double level(int slot) const;
    /// A crew rights container `slot` now (lid closed, put back, fire out): status ok,
    /// queued in `changes`. False if it was ok.
    bool clearIncident(int slot, ChangeQueue *changes);
    /// Containers at or above `threshold` (ratio 0–1) now. O(n).
    int countAtLeast(double threshold) const;

private:
    struct Container
    {
        int asset = 0;
        double level = 0;          ///< ratio, at levelAtMs
        qint64 levelAtMs = 0;
        double ratePerMs = 0;      ///< ratio per millisecond
        int perWeek = 3;
        int sweepRank = 0;         ///< Position in the west-to-east round.
        ContainerStatus status = ContainerStatus::Ok;
    };
    struct Collection
    {
        qint64 atMs;
        int slot;
        bool operator>(const Collection &o) const { return atMs != o.atMs ? atMs > o.atMs : slot > o.slot; }
    };

    Container makeContainer(int asset, const AssetSpec &spec, qint64 startMs);
    void rankWestToEast(const QVector<AssetSpec> &specs);
    qint64 collectionAfter(const Container &c, qint64 afterMs) const;
    void runCollection(ChangeQueue *changes);
    void runIncident(qint64 atMs, ChangeQueue *changes);
    ContainerStatus drawIncident();

    QVector<Container> m_containers;
    QTimeZone m_zone;
    std::priority_queue<Collection, std::vector<Collection>, std::greater<>> m_collections;
    double m_incidentRatePerMs = 0;
    qint64 m_nextIncidentMs = 0;
    qint64 m_nowMs = 0;
    Rng m_rng;
};

} // namespace vigie::sim
