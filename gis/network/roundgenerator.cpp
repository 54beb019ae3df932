#include "roundgenerator.h"

#include "coordination/localframe.h"
#include "network/webmercator.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

namespace vigie {

namespace {

/// Symmetric distance matrix of one group, metres: along the streets when a graph is given
/// (unreachable pairs fall back to 3 × the straight line, so they are visited last), straight
/// line in a local frame otherwise.
std::vector<double> distances(const QVector<RoundStop> &group, const StreetGraphPtr &streets)
{
    const int n = int(group.size());
    std::vector<double> d(size_t(n) * size_t(n), 0.0);
    LocalFrame frame(group.first().lon, group.first().lat);
    QVector<QPointF> metric, mercator;
    for (const RoundStop &s : group) {
        metric.append(frame.toMetric(s.lon, s.lat));
        mercator.append(webmercator::fromLonLat(s.lon, s.lat));
    }
    const auto straight = [&](int i, int j) { return std::hypot(metric[i].x() - metric[j].x(), metric[i].y() - metric[j].y()); };
    for (int i = 0; i < n; ++i) {
        QVector<double> row;
        if (streets && streets->nodeCount() > 0)
            row = streets->distancesFrom(mercator[i], mercator);
        for (int j = 0; j < n; ++j) {
            double v = straight(i, j);
            if (!row.isEmpty())
                v = std::isfinite(row[j]) ? row[j] : 3 * v;
            d[size_t(i) * size_t(n) + size_t(j)] = v;
        }
    }
    for (int i = 0; i < n; ++i) // symmetrise (one-way legs are not modelled)
        for (int j = i + 1; j < n; ++j) {
            const double m = std::min(d[size_t(i) * size_t(n) + size_t(j)], d[size_t(j) * size_t(n) + size_t(i)]);
            d[size_t(i) * size_t(n) + size_t(j)] = d[size_t(j) * size_t(n) + size_t(i)] = m;
        }
    return d;
}

QVector<int> orderStops(const QVector<RoundStop> &group, const std::vector<double> &d)
{
    const int n = int(group.size());
    int start = 0;
    for (int i = 1; i < n; ++i)
        if (group[i].lon < group[start].lon || (group[i].lon == group[start].lon && group[i].containerId < group[start].containerId))
            start = i;
    QVector<int> order{start};
    std::vector<bool> used(size_t(n), false);
    used[size_t(start)] = true;
    for (int k = 1; k < n; ++k) {
        const int last = order.last();
        int best = -1;
        for (int j = 0; j < n; ++j)
            if (!used[size_t(j)] && (best < 0 || d[size_t(last) * size_t(n) + size_t(j)] < d[size_t(last) * size_t(n) + size_t(best)]))
                best = j;
        used[size_t(best)] = true;
        order.append(best);
    }
    // 2-opt on the open path.
    const auto at = [&](int a, int b) { return d[size_t(a) * size_t(n) + size_t(b)]; };
    for (bool improved = true; improved;) {
        improved = false;
        for (int i = 0; i + 2 < n; ++i)
            for (int j = i + 2; j + 1 < n; ++j) {
                const double before = at(order[i], order[i + 1]) + at(order[j], order[j + 1]);
                const double after = at(order[i], order[j]) + at(order[i + 1], order[j + 1]);
                if (after + 1e-6 < before) {
                    std::reverse(order.begin() + i + 1, order.begin() + j + 1);
                    improved = true;
                }
            }
    }
    return order;
}

} // namespace

QVector<CollectionRound> generateRounds(const QVector<RoundStop> &stops, const StreetGraphPtr &streets,
                                        const RoundGenerationOptions &options)
{
    QMap<QString, QVector<RoundStop>> byDistrict;
    for (const RoundStop &s : stops)
        if (std::isfinite(s.lon) && std::isfinite(s.lat))
            byDistrict[s.districtId].append(s);
    const bool useStreets = streets && streets->nodeCount() > 0;
    QVector<CollectionRound> out;
    int districtNumber = 0;
    for (auto it = byDistrict.begin(); it != byDistrict.end(); ++it, ++districtNumber) {
        QVector<RoundStop> group = it.value();
        std::sort(group.begin(), group.end(), [](const RoundStop &a, const RoundStop &b) { return a.containerId < b.containerId; });
        const std::vector<double> d = distances(group, streets);
        const QVector<int> order = orderStops(group, d);
        const int per = std::max(1, options.maxStopsPerRound);
        const int roundCount = int((order.size() + per - 1) / per);
        for (int r = 0; r < roundCount; ++r) {
            CollectionRound round;
            const QString district = it.key().isEmpty() ? QStringLiteral("none") : it.key();
            round.id = QStringLiteral("%1-%2-%3").arg(options.idPrefix, district).arg(r + 1);
            round.label = round.id;
            round.districtId = it.key();
            round.schedule.daysOfWeek = options.dayPatterns.isEmpty()
                ? quint8(0b0011111)
                : options.dayPatterns.at(districtNumber % options.dayPatterns.size());
            round.schedule.startMinutes = options.startMinutes;
            round.pathFollowsStreets = useStreets;
            const int from = r * per, until = std::min(int(order.size()), from + per);
            double length = 0;
            for (int k = from; k < until; ++k) {
                const RoundStop &s = group[order[k]];
                round.containerIds.append(s.containerId);
                if (k == from) {
                    round.path.append(QPointF(s.lon, s.lat));
                    continue;
                }
                const RoundStop &prev = group[order[k - 1]];
                double legM = d[size_t(order[k - 1]) * size_t(group.size()) + size_t(order[k])];
                QVector<QPointF> leg;
                if (useStreets) {
                    double routeM = 0;
                    leg = streets->path(webmercator::fromLonLat(prev.lon, prev.lat), webmercator::fromLonLat(s.lon, s.lat), &routeM);
                    if (!leg.isEmpty())
                        legM = routeM;
                }
                if (leg.size() >= 2) {
                    for (int p = 1; p < leg.size(); ++p)
                        round.path.append(webmercator::toLonLat(leg[p]));
                } else {
                    round.path.append(QPointF(s.lon, s.lat));
                }
                length += legM;
            }
            round.lengthM = length;
            const double driveMinutes = length / 1000.0 / std::max(1.0, options.speedKmh) * 60.0;
            round.schedule.durationMinutes
                = std::max(1, int(std::ceil(driveMinutes + options.minutesPerStop * double(until - from))));
            out.append(round);
        }
    }
    return out;
}

} // namespace vigie
