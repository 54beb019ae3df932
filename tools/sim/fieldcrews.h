#pragma once

#include "domain/result.h"
#include "interventions/interventiontypes.h"
#include "payloads.h"

#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <deque>
#include <functional>
#include <optional>

/// \file
/// \brief The field devices of a city's crews (`--crews`, docs/simulator.md "Field crews"):
/// they receive Vigie's work orders, accept them, drive there, work, report each step, and
/// the assets they repair come back to normal in the simulation.
///
/// Wire formats are Vigie's (docs/interventions.md): assignments on
/// `{prefix}/{crew}/interventions`, status reports on `{prefix}/{crew}/status`, and the
/// vehicles' Milesight AT101 GNSS trackers as The Things Stack v3 uplinks.
namespace vigie::sim {

class CrewLink;

/// \brief One crew as its field device knows it (an entry of a pack's crews.json).
struct FieldCrew
{
    QString id;              ///< [a-z0-9_-]+: the MQTT topic level.
    QString trackerDevEui;   ///< The AT101's DevEUI, 16 lower-case hex digits; empty: no tracker.
    QPointF depot;           ///< Where the vehicle starts: x longitude, y latitude (EPSG:4326).
};

/// Reads the crews of a crews.json (docs/interventions.md): each entry's `id`, `tracker` and
/// `depot`; other fields are not the device's business. Errors: `usage`, naming the file and
/// the entry: unreadable file, not JSON, no `crews` array, a missing or invalid id, a
/// duplicate id, a tracker that is not 16 hex digits, a depot missing or out of range.
Result<QVector<FieldCrew>> readFieldCrews(const QString &path);

/// Milesight AT101 motion status: the low nibble of the location channel's status byte.
enum class TrackerMotion : quint8 { Unknown = 0, StartMoving = 1, Moving = 2, StopMoving = 3 };

/// \brief A Milesight AT101 uplink frame (fPort 85), channels as the device sends them:
/// battery `01 75` (uint8 %), temperature `03 67` (int16 LE, 0.1 °C), location `04 88`
/// (latitude then longitude, int32 LE millionths of a degree, then a status byte: geofence
/// "unset" (2) in the high nibble, `motion` in the low one). Values are rounded to the
/// frame's resolution and clamped to what it holds. Pure, any thread.
QByteArray at101Frame(QPointF lonLat, int batteryPercent, double temperatureC, TrackerMotion motion);

/// The path from one point to another (x longitude, y latitude), both ends included.
using RouteFinder = std::function<QVector<QPointF>(QPointF fromLonLat, QPointF toLonLat)>;
/// The straight line: {from, to}.
QVector<QPointF> straightRoute(QPointF fromLonLat, QPointF toLonLat);

/// Asked of the simulation when a job is done: put these assets (entity ids) right.
using RepairRequest = std::function<void(const QStringList &assetIds)>;

/// \brief How the crews behave. Durations are simulated seconds (they follow --speed).
struct FieldCrewOptions
{
    QString cityId;                    ///< Names the trackers' TTN application, vigie-sim-<city>.
    QString topicPrefix = QStringLiteral("vigie/crews");
    double speedKmh = 40;              ///< Driving speed along the route.
    double workS = 1200;               ///< Time on site.
    double acceptAfterS = 30;          ///< From receiving an order to accepting it.
    double departAfterS = 60;          ///< From accepting (or finishing the job before) to leaving.
    double positionEveryS = 60;        ///< Between tracker uplinks while driving.
};

/// \brief The crews' field devices and what the crews do, on simulated time.
///
/// A device keeps the highest version it has seen per intervention and drops any message
/// not newer (docs/interventions.md), so an order sent again after a reconnection is done
/// once. A crew accepts every new order after acceptAfterS and does them one at a time, in
/// the order they came: departAfterS after accepting (or after its previous job), it reports
/// `enRoute` and drives from where it is (its depot at first) along the RouteFinder's path
/// at speedKmh, its tracker reporting every positionEveryS; on arrival it reports `onSite`,
/// works workS, reports `done` with a note and asks for its assets' repair. A newer version
/// replaces the order (a new place: it drives there from where it is); a `cancelled` one
/// drops it (the crew stops where it is and takes its next order). An order with no place
/// and no located asset is answered `blocked`.
///
/// Status reports have messageId `<crew>:<intervention>:<version>:<status>`, so the same
/// step reported again (a restarted simulator) is the same report to Vigie. Messages are
/// stamped with the wall-clock time they are made, like the sensors'. Not thread-safe.
class FieldCrews
{
public:
    FieldCrews(QVector<FieldCrew> crews, FieldCrewOptions options, RouteFinder route, RepairRequest repair);

    /// `{prefix}/+/interventions`, what the devices subscribe to.
    QString assignmentFilter() const;
    /// An assignment received at simulated time `simMs` (UTC ms), on or after the last
    /// advanceTo(). Unknown crews, unreadable payloads and versions already seen are ignored
    /// (logged).
    void receive(const QByteArray &topic, const QByteArray &payload, qint64 simMs);
    /// Runs the crews up to `simMs`; returns what their devices publish, in order, stamped
    /// `wallMs` (UTC ms).
    QVector<WireMessage> advanceTo(qint64 simMs, qint64 wallMs);
    /// Where crew `index` is at the last time the model reached (x longitude, y latitude).
    QPointF position(int index) const { return m_crews.at(index).position; }
    /// Crews with an order to do.
    int busyCount() const;

private:
    struct Job
    {
        qint64 interventionId = 0;
        int version = 0;
        bool hasTarget = false;
        QPointF target;
        QStringList assetIds;
        qint64 acceptAtMs = 0;
        bool accepted = false;
    };
    enum class Phase : quint8 { Idle, Waiting, Driving, Working };
    struct Crew
    {
        FieldCrew spec;
        QPointF position;
        std::deque<Job> jobs;        ///< The front one is under way once the phase leaves Idle.
        Phase phase = Phase::Idle;
        qint64 readyAtMs = 0;        ///< Idle: free since. Waiting: leaves at. Working: done at.
        QVector<QPointF> path;       ///< Driving.
        QVector<double> along;       ///< Metres from the path's start to each vertex.
        qint64 departedAtMs = 0;
        qint64 arrivalAtMs = 0;
        qint64 nextFixAtMs = 0;
        quint32 fCnt = 0;
        QHash<qint64, int> versions; ///< Highest version seen per intervention.
    };
    struct Order;

    static std::optional<Order> readOrder(const QByteArray &payload);
    void apply(Crew &crew, const Order &order, qint64 simMs);
    void stopCurrent(Crew &crew, qint64 simMs);
    /// When the crew's phase next moves on (simulated UTC ms), or never.
    static qint64 nextStepMs(const Crew &crew);
    void run(Crew &crew, qint64 simMs, qint64 wallMs, QVector<WireMessage> *out);
    void finish(Crew &crew, qint64 wallMs, QVector<WireMessage> *out);
    void depart(Crew &crew, qint64 atMs, qint64 wallMs, QVector<WireMessage> *out);
    void planRoute(Crew &crew, qint64 fromMs);
    QPointF positionAt(const Crew &crew, qint64 atMs) const;
    WireMessage status(const Crew &crew, const Job &job, InterventionStatus status, const QString &note, qint64 wallMs) const;
    void fix(Crew &crew, TrackerMotion motion, qint64 wallMs, QVector<WireMessage> *out);

    QVector<Crew> m_crews;
    QHash<QString, int> m_indexById;
    FieldCrewOptions m_options;
    RouteFinder m_route;
    RepairRequest m_repair;
    qint64 m_nowMs = 0;
};

/// One turn of the crews against the broker: hands them what `link` received since the
/// last turn, runs them to `simMs` and publishes what they say. The runner's thread.
void stepFieldCrews(FieldCrews &crews, CrewLink &link, qint64 simMs, qint64 wallMs);

} // namespace vigie::sim
