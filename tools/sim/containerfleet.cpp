#include "containerfleet.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace vigie::sim {

namespace {

constexpr double kMsPerDay = 86'400'000.0;
constexpr double kMsPerYear = 365.25 * kMsPerDay;
// Log-normal fitted to the 124 Trilib' avgFillingRatePerDay values (2018-12-22): quartiles
// 7 and 15.75 %/day, median 11 %/day → σ = ln(15.75 / 7) / (2 × 0.674) = 0.60.
constexpr double kMedianRatePerDay = 0.11;
constexpr double kRateLogSigma = 0.60;
constexpr double kMinRatePerDay = 0.01;
constexpr double kMaxRatePerDay = 0.35;
constexpr double kMeasuredRateNoise = 0.10;
constexpr int kDefaultPerWeek = 3;
constexpr double kLeftAfterCollection = 0.05;
const QTime kRoundStart(5, 0);
constexpr qint64 kRoundDurationMs = 3 * 3'600'000;
constexpr double kIncidentsPerContainerYear = 3.0;
/// Cumulative shares of the incident kinds (burning takes what is left, 6 %).
constexpr double kUpToLidOpen = 0.55;
constexpr double kUpToVandalized = 0.70;
constexpr double kUpToMoved = 0.82;
constexpr double kUpToDropped = 0.94;

/// Collection weekdays (Qt: 1 = Monday … 7 = Sunday) for 1 to 7 collections a week,
/// spread as evenly as a week allows.
bool collectsOn(int perWeek, int dayOfWeek)
{
    static const std::array<std::array<bool, 7>, 7> days{{
        {true, false, false, false, false, false, false},
        {true, false, false, true, false, false, false},
        {true, false, true, false, true, false, false},
        {true, true, false, true, false, true, false},
        {true, true, true, true, true, false, false},
        {true, true, true, true, true, true, false},
        {true, true, true, true, true, true, true},
    }};
    return days[std::size_t(std::clamp(perWeek, 1, 7) - 1)][std::size_t(dayOfWeek - 1)];
}

} // namespace

QString containerStatusName(ContainerStatus status)
{
    switch (status) {
    case ContainerStatus::Ok: return QStringLiteral("ok");
    case ContainerStatus::LidOpen: return QStringLiteral("lidOpen");
    case ContainerStatus::Dropped: return QStringLiteral("dropped");
    case ContainerStatus::Moved: return QStringLiteral("moved");
    case ContainerStatus::Vandalized: return QStringLiteral("vandalized");
    case ContainerStatus::Burning: return QStringLiteral("burning");
    }
    return {};
}

ContainerFleet::ContainerFleet(QVector<int> assets, const QVector<AssetSpec> &specs, const QTimeZone &zone,
                               qint64 startMs, quint64 seed)
    : m_zone(zone)
    , m_nowMs(startMs)
    , m_rng(makeRng(seed, Stream::Containers))
{
    m_containers.reserve(assets.size());
    for (int asset : assets)
        m_containers << makeContainer(asset, specs.at(asset), startMs);
    rankWestToEast(specs);
    for (int slot = 0; slot < m_containers.size(); ++slot)
        m_collections.push(Collection{collectionAfter(m_containers.at(slot), startMs), slot});
    m_incidentRatePerMs = kIncidentsPerContainerYear * m_containers.size() / kMsPerYear;
    m_nextIncidentMs = startMs + exponentialWaitMs(m_rng, m_incidentRatePerMs);
}

ContainerFleet::Container ContainerFleet::makeContainer(int asset, const AssetSpec &spec, qint64 startMs)
{
    Container c;
    c.asset = asset;
    c.levelAtMs = startMs;
    c.perWeek = spec.collectionsPerWeek > 0 ? spec.collectionsPerWeek : kDefaultPerWeek;
    double perDay = 0;
    if (std::isnan(spec.fillRatePerDay)) {
        perDay = std::clamp(std::exp(normal(m_rng, std::log(kMedianRatePerDay), kRateLogSigma)),
                            kMinRatePerDay, kMaxRatePerDay);
    } else {
        perDay = std::max(0.0, spec.fillRatePerDay * (1.0 + normal(m_rng, 0, kMeasuredRateNoise)));
    }
    c.ratePerMs = perDay / kMsPerDay;
    if (std::isnan(spec.initialLevel)) {
        const double daysSinceEmptied = uniform(m_rng, 0, 7.0 / c.perWeek);
        c.level = std::min(1.0, perDay * daysSinceEmptied);
    } else {
        c.level = spec.initialLevel;
    }
    return c;
}

void ContainerFleet::rankWestToEast(const QVector<AssetSpec> &specs)
{
    std::vector<int> order(std::size_t(m_containers.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const AssetSpec &sa = specs.at(m_containers.at(a).asset);
        const AssetSpec &sb = specs.at(m_containers.at(b).asset);
        return sa.lon != sb.lon ? sa.lon < sb.lon : sa.lat < sb.lat;
    });
    for (std::size_t rank = 0; rank < order.size(); ++rank)
        m_containers[order[rank]].sweepRank = int(rank);
}

void ContainerFleet::advanceTo(qint64 simMs, ChangeQueue *changes)
{
    if (simMs <= m_nowMs)
        return;
    for (;;) {
        const qint64 collectAt = m_collections.empty() ? m_nextIncidentMs : m_collections.top().atMs;
        const qint64 next = std::min(collectAt, m_nextIncidentMs);
        if (next > simMs)
            break;
        if (!m_collections.empty() && next == collectAt)
            runCollection(changes);
        else
            runIncident(next, changes);
    }
    m_nowMs = simMs;
}

double ContainerFleet::level(int slot) const
{
    const Container &c = m_containers.at(slot);
    return std::min(1.0, c.level + c.ratePerMs * double(m_nowMs - c.levelAtMs));
}

int ContainerFleet::countAtLeast(double threshold) const
{
    int n = 0;
    for (int slot = 0; slot < m_containers.size(); ++slot)
        n += level(slot) >= threshold;
    return n;
}

qint64 ContainerFleet::collectionAfter(const Container &c, qint64 afterMs) const
{
    const qint64 offsetMs = kRoundDurationMs * c.sweepRank / std::max(1, int(m_containers.size()));
    const QDate today = QDateTime::fromMSecsSinceEpoch(afterMs, m_zone).date();
    for (QDate day = today.addDays(-1);; day = day.addDays(1)) {
        if (!collectsOn(c.perWeek, day.dayOfWeek()))
            continue;
        const qint64 at = QDateTime(day, kRoundStart, m_zone).toMSecsSinceEpoch() + offsetMs;
        if (at > afterMs)
            return at;
    }
}

void ContainerFleet::runCollection(ChangeQueue *changes)
{
    const Collection due = m_collections.top();
    m_collections.pop();
    Container &c = m_containers[due.slot];
    c.level = uniform(m_rng, 0, kLeftAfterCollection);
    c.levelAtMs = due.atMs;
    c.status = ContainerStatus::Ok;
    m_collections.push(Collection{collectionAfter(c, due.atMs), due.slot});
    changes->push(c.asset);
}

void ContainerFleet::runIncident(qint64 atMs, ChangeQueue *changes)
{
    m_nextIncidentMs = atMs + exponentialWaitMs(m_rng, m_incidentRatePerMs);
    Container &c = m_containers[uniformIndex(m_rng, m_containers.size())];
    if (c.status != ContainerStatus::Ok)
        return;
    c.status = drawIncident();
    changes->push(c.asset);
}

bool ContainerFleet::clearIncident(int slot, ChangeQueue *changes)
{
    Container &c = m_containers[slot];
    if (c.status == ContainerStatus::Ok)
        return false;
    c.status = ContainerStatus::Ok;
    changes->push(c.asset);
    return true;
}

ContainerStatus ContainerFleet::drawIncident()
{
    const double u = uniform(m_rng, 0, 1);
    if (u < kUpToLidOpen)
        return ContainerStatus::LidOpen;
    if (u < kUpToVandalized)
        return ContainerStatus::Vandalized;
    if (u < kUpToMoved)
        return ContainerStatus::Moved;
    if (u < kUpToDropped)
        return ContainerStatus::Dropped;
    return ContainerStatus::Burning;
}

} // namespace vigie::sim
