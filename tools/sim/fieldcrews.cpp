#include "fieldcrews.h"

#include "crewlink.h"
#include "interventions/crewmessages.h"
#include "lorawanpayloads.h"
#include "simlog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace vigie::sim {

namespace {

constexpr double kEarthRadiusM = 6'371'008.8;
constexpr double kDegToRad = std::numbers::pi / 180.0;
/// The AT101's application port (the device's default; the sample uplinks use it).
constexpr int kAt101Port = 85;
/// What the trackers read: no weather is modelled.
constexpr double kCabinTemperatureC = 15;
constexpr qint64 kNever = std::numeric_limits<qint64>::max();

/// Metres between two lon/lat points; equirectangular, ample within a city.
double metresBetween(QPointF a, QPointF b)
{
    const double meanLat = (a.y() + b.y()) / 2 * kDegToRad;
    const double dx = (b.x() - a.x()) * kDegToRad * std::cos(meanLat) * kEarthRadiusM;
    const double dy = (b.y() - a.y()) * kDegToRad * kEarthRadiusM;
    return std::hypot(dx, dy);
}

void appendInt32Le(QByteArray *out, qint32 v)
{
    for (int shift = 0; shift < 32; shift += 8)
        out->append(char((quint32(v) >> shift) & 0xff));
}

qint32 millionths(double degrees, double limit)
{
    return qint32(std::lround(std::clamp(degrees, -limit, limit) * 1e6));
}

/// A battery level that stays put for a tracker: 70–100 % from its DevEUI.
int batteryOf(const QString &devEui)
{
    return 70 + int(devEui.toULongLong(nullptr, 16) % 31);
}

Error usage(const QString &path, const QString &what)
{
    return Error{QStringLiteral("usage"), QStringLiteral("--crews %1: %2").arg(path, what)};
}

} // namespace

Result<QVector<FieldCrew>> readFieldCrews(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return usage(path, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return usage(path, QStringLiteral("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonValue list = doc.object().value(QLatin1String("crews"));
    if (!list.isArray())
        return usage(path, QStringLiteral("no \"crews\" array"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_-]+$"));
    static const QRegularExpression euiPattern(QStringLiteral("^[0-9a-fA-F]{16}$"));
    QVector<FieldCrew> crews;
    QSet<QString> ids;
    for (const QJsonValue &entry : list.toArray()) {
        const QJsonObject o = entry.toObject();
        FieldCrew crew;
        crew.id = o.value(QLatin1String("id")).toString();
        const QString which = QStringLiteral("crew %1").arg(crews.size() + 1);
        if (!idPattern.match(crew.id).hasMatch())
            return usage(path, QStringLiteral("%1: \"id\" must be made of a-z, 0-9, _ and -").arg(which));
        if (ids.contains(crew.id))
            return usage(path, QStringLiteral("%1: the id \"%2\" is used twice").arg(which, crew.id));
        ids.insert(crew.id);
        const QJsonValue tracker = o.value(QLatin1String("tracker"));
        if (!tracker.isUndefined() && !tracker.isNull()) {
            if (!euiPattern.match(tracker.toString()).hasMatch())
                return usage(path, QStringLiteral("crew %1: \"tracker\" must be a DevEUI of 16 hex digits").arg(crew.id));
            crew.trackerDevEui = tracker.toString().toLower();
        }
        const QJsonObject depot = o.value(QLatin1String("depot")).toObject();
        const QJsonValue lon = depot.value(QLatin1String("lon"));
        const QJsonValue lat = depot.value(QLatin1String("lat"));
        if (!lon.isDouble() || !lat.isDouble() || std::abs(lon.toDouble()) > 180 || std::abs(lat.toDouble()) > 90)
            return usage(path, QStringLiteral("crew %1: \"depot\" needs a lon (−180–180) and a lat (−90–90)").arg(crew.id));
        crew.depot = QPointF(lon.toDouble(), lat.toDouble());
        crews << crew;
    }
    return crews;
}

QByteArray at101Frame(QPointF lonLat, int batteryPercent, double temperatureC, TrackerMotion motion)
{
    QByteArray frame;
    frame.append("\x01\x75", 2).append(char(std::clamp(batteryPercent, 0, 100)));
    const qint16 decidegrees = qint16(std::lround(std::clamp(temperatureC, -3276.8, 3276.7) * 10));
    frame.append("\x03\x67", 2).append(char(decidegrees & 0xff)).append(char((decidegrees >> 8) & 0xff));
    frame.append("\x04\x88", 2);
    appendInt32Le(&frame, millionths(lonLat.y(), 90));
    appendInt32Le(&frame, millionths(lonLat.x(), 180));
    constexpr quint8 kGeofenceUnset = 2;
    frame.append(char((kGeofenceUnset << 4) | quint8(motion)));
    return frame;
}

QVector<QPointF> straightRoute(QPointF fromLonLat, QPointF toLonLat)
{
    return {fromLonLat, toLonLat};
}

/// \brief An assignment as a device reads it.
struct FieldCrews::Order
{
    qint64 interventionId = 0;
    int version = 0;
    bool cancelled = false;
    bool hasTarget = false;
    QPointF target;
    QString place;
    QStringList assetIds;
};

FieldCrews::FieldCrews(QVector<FieldCrew> crews, FieldCrewOptions options, RouteFinder route, RepairRequest repair)
    : m_options(std::move(options))
    , m_route(std::move(route))
    , m_repair(std::move(repair))
{
    for (const FieldCrew &spec : std::as_const(crews)) {
        Crew crew;
        crew.spec = spec;
        crew.position = spec.depot;
        m_indexById.insert(spec.id, int(m_crews.size()));
        m_crews << crew;
    }
}

QString FieldCrews::assignmentFilter() const
{
    return crewInterventionsTopic(m_options.topicPrefix, QStringLiteral("+"));
}

int FieldCrews::busyCount() const
{
    return int(std::count_if(m_crews.cbegin(), m_crews.cend(), [](const Crew &c) { return !c.jobs.empty(); }));
}

std::optional<FieldCrews::Order> FieldCrews::readOrder(const QByteArray &payload)
{
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    Order order;
    const double id = o.value(QLatin1String("interventionId")).toDouble(-1);
    const double version = o.value(QLatin1String("version")).toDouble(-1);
    if (!(id >= 1 && id < 9e15) || !(version >= 1 && version < 2e9))
        return std::nullopt;
    order.interventionId = qint64(id);
    order.version = int(version);
    order.cancelled = o.value(QLatin1String("status")).toString() == QLatin1String("cancelled");
    const QJsonObject location = o.value(QLatin1String("location")).toObject();
    order.place = location.value(QLatin1String("text")).toString();
    double lonSum = 0;
    double latSum = 0;
    int located = 0;
    for (const QJsonValue &a : o.value(QLatin1String("assets")).toArray()) {
        const QJsonObject asset = a.toObject();
        if (const QString assetId = asset.value(QLatin1String("id")).toString(); !assetId.isEmpty())
            order.assetIds << assetId;
        if (asset.value(QLatin1String("lon")).isDouble() && asset.value(QLatin1String("lat")).isDouble()) {
            lonSum += asset.value(QLatin1String("lon")).toDouble();
            latSum += asset.value(QLatin1String("lat")).toDouble();
            ++located;
        }
    }
    // The order's place, else the middle of its assets.
    if (location.value(QLatin1String("lon")).isDouble() && location.value(QLatin1String("lat")).isDouble()) {
        order.target = QPointF(location.value(QLatin1String("lon")).toDouble(), location.value(QLatin1String("lat")).toDouble());
        order.hasTarget = true;
    } else if (located > 0) {
        order.target = QPointF(lonSum / located, latSum / located);
        order.hasTarget = true;
    }
    if (order.hasTarget && (std::abs(order.target.x()) > 180 || std::abs(order.target.y()) > 90))
        order.hasTarget = false;
    return order;
}

void FieldCrews::receive(const QByteArray &topic, const QByteArray &payload, qint64 simMs)
{
    // {prefix}/{crew}/interventions
    const QString t = QString::fromUtf8(topic);
    const QString crewId = t.mid(m_options.topicPrefix.size() + 1).section(QLatin1Char('/'), 0, 0);
    const auto index = m_indexById.constFind(crewId);
    if (index == m_indexById.constEnd()) {
        qCInfo(lcSim).noquote() << QStringLiteral("an order for crew \"%1\", which crews.json does not list: ignored").arg(elide(crewId, 80));
        return;
    }
    const std::optional<Order> order = readOrder(payload);
    if (!order) {
        qCWarning(lcSim).noquote() << QStringLiteral("crew %1 cannot read an order: %2").arg(crewId, elide(QString::fromUtf8(payload).simplified(), 200));
        return;
    }
    Crew &crew = m_crews[*index];
    if (crew.versions.value(order->interventionId, 0) >= order->version)
        return; // seen already (sent again after a reconnection, or an older version)
    crew.versions.insert(order->interventionId, order->version);
    apply(crew, *order, std::max(simMs, m_nowMs));
}

void FieldCrews::apply(Crew &crew, const Order &order, qint64 simMs)
{
    const auto held = std::find_if(crew.jobs.begin(), crew.jobs.end(),
                                   [&](const Job &j) { return j.interventionId == order.interventionId; });
    const bool current = held == crew.jobs.begin() && crew.phase != Phase::Idle;
    if (order.cancelled) {
        if (held == crew.jobs.end())
            return;
        qCInfo(lcSim).noquote() << QStringLiteral("crew %1: intervention %2 cancelled").arg(crew.spec.id).arg(order.interventionId);
        if (current)
            stopCurrent(crew, simMs);
        else
            crew.jobs.erase(held);
        return;
    }
    if (held == crew.jobs.end()) {
        Job job;
        job.interventionId = order.interventionId;
        job.acceptAtMs = simMs + qint64(m_options.acceptAfterS * 1000);
        crew.jobs.push_back(job);
        qCInfo(lcSim).noquote() << QStringLiteral("crew %1: new order, intervention %2 (%3)")
                                       .arg(crew.spec.id).arg(order.interventionId).arg(elide(order.place, 80));
    }
    Job &job = *std::find_if(crew.jobs.begin(), crew.jobs.end(),
                             [&](const Job &j) { return j.interventionId == order.interventionId; });
    const bool moved = job.hasTarget != order.hasTarget || job.target != order.target;
    job.version = order.version;
    job.hasTarget = order.hasTarget;
    job.target = order.target;
    job.assetIds = order.assetIds;
    if (current && crew.phase == Phase::Driving && moved && job.hasTarget) {
        crew.position = positionAt(crew, simMs);
        planRoute(crew, simMs); // the order now names another place: from here to there
    }
}

void FieldCrews::stopCurrent(Crew &crew, qint64 simMs)
{
    if (crew.phase == Phase::Driving)
        crew.position = positionAt(crew, std::min(simMs, crew.arrivalAtMs));
    crew.jobs.pop_front();
    crew.phase = Phase::Idle;
    crew.readyAtMs = simMs;
}

QVector<WireMessage> FieldCrews::advanceTo(qint64 simMs, qint64 wallMs)
{
    QVector<WireMessage> out;
    if (simMs < m_nowMs)
        return out;
    for (Crew &crew : m_crews)
        run(crew, simMs, wallMs, &out);
    m_nowMs = simMs;
    return out;
}

qint64 FieldCrews::nextStepMs(const Crew &crew)
{
    switch (crew.phase) {
    case Phase::Idle:
        return crew.jobs.empty() || !crew.jobs.front().accepted ? kNever
                                                                : std::max(crew.readyAtMs, crew.jobs.front().acceptAtMs);
    case Phase::Waiting:
    case Phase::Working:
        return crew.readyAtMs;
    case Phase::Driving:
        return std::min(crew.nextFixAtMs, crew.arrivalAtMs);
    }
    return kNever;
}

void FieldCrews::run(Crew &crew, qint64 simMs, qint64 wallMs, QVector<WireMessage> *out)
{
    // Every step due by simMs, in time order (an acceptance before a step due at the same time).
    for (;;) {
        auto accepting = std::min_element(crew.jobs.begin(), crew.jobs.end(), [](const Job &a, const Job &b) {
            return (a.accepted ? kNever : a.acceptAtMs) < (b.accepted ? kNever : b.acceptAtMs);
        });
        const qint64 acceptAt = accepting == crew.jobs.end() || accepting->accepted ? kNever : accepting->acceptAtMs;
        const qint64 stepAt = nextStepMs(crew);
        if (std::min(acceptAt, stepAt) > simMs) {
            if (crew.phase == Phase::Driving)
                crew.position = positionAt(crew, simMs);
            return;
        }
        if (acceptAt <= stepAt) {
            accepting->accepted = true;
            out->append(status(crew, *accepting, InterventionStatus::Accepted, {}, wallMs));
            continue;
        }
        switch (crew.phase) {
        case Phase::Idle:
            crew.phase = Phase::Waiting;
            crew.readyAtMs = stepAt + qint64(m_options.departAfterS * 1000);
            break;
        case Phase::Waiting:
            depart(crew, stepAt, wallMs, out);
            break;
        case Phase::Driving:
            if (stepAt == crew.arrivalAtMs) {
                crew.position = crew.path.last();
                fix(crew, TrackerMotion::StopMoving, wallMs, out);
                out->append(status(crew, crew.jobs.front(), InterventionStatus::OnSite, {}, wallMs));
                crew.phase = Phase::Working;
                crew.readyAtMs = crew.arrivalAtMs + qint64(m_options.workS * 1000);
            } else {
                crew.position = positionAt(crew, stepAt);
                fix(crew, TrackerMotion::Moving, wallMs, out);
                crew.nextFixAtMs = stepAt + qint64(std::max(1.0, m_options.positionEveryS) * 1000);
            }
            break;
        case Phase::Working:
            finish(crew, wallMs, out);
            break;
        }
    }
}

void FieldCrews::finish(Crew &crew, qint64 wallMs, QVector<WireMessage> *out)
{
    const Job job = crew.jobs.front();
    const QString note = job.assetIds.isEmpty()
        ? QStringLiteral("Intervention terminée.")
        : QStringLiteral("Intervention terminée : %1 équipement(s) remis en service.").arg(job.assetIds.size());
    out->append(status(crew, job, InterventionStatus::Done, note, wallMs));
    qCInfo(lcSim).noquote() << QStringLiteral("crew %1: intervention %2 done, %3 asset(s) repaired")
                                   .arg(crew.spec.id).arg(job.interventionId).arg(job.assetIds.size());
    if (m_repair && !job.assetIds.isEmpty())
        m_repair(job.assetIds);
    crew.jobs.pop_front();
    crew.phase = Phase::Idle; // free since readyAtMs
}

void FieldCrews::depart(Crew &crew, qint64 atMs, qint64 wallMs, QVector<WireMessage> *out)
{
    Job &job = crew.jobs.front();
    if (!job.hasTarget) {
        out->append(status(crew, job, InterventionStatus::Blocked, QStringLiteral("Aucun lieu indiqué pour cette intervention."), wallMs));
        crew.jobs.pop_front();
        crew.phase = Phase::Idle;
        return;
    }
    out->append(status(crew, job, InterventionStatus::EnRoute, {}, wallMs));
    fix(crew, TrackerMotion::StartMoving, wallMs, out);
    planRoute(crew, atMs);
    crew.phase = Phase::Driving;
}

void FieldCrews::planRoute(Crew &crew, qint64 fromMs)
{
    const QPointF target = crew.jobs.front().target;
    crew.path = m_route ? m_route(crew.position, target) : straightRoute(crew.position, target);
    if (crew.path.isEmpty() || crew.path.first() != crew.position)
        crew.path.prepend(crew.position);
    if (crew.path.last() != target)
        crew.path.append(target);
    crew.along = {0.0};
    for (qsizetype i = 1; i < crew.path.size(); ++i)
        crew.along << crew.along.last() + metresBetween(crew.path.at(i - 1), crew.path.at(i));
    const double speedMps = std::max(0.1, m_options.speedKmh / 3.6);
    crew.departedAtMs = fromMs;
    crew.arrivalAtMs = fromMs + qint64(std::ceil(crew.along.last() / speedMps * 1000));
    crew.nextFixAtMs = fromMs + qint64(std::max(1.0, m_options.positionEveryS) * 1000);
}

QPointF FieldCrews::positionAt(const Crew &crew, qint64 atMs) const
{
    const double speedMps = std::max(0.1, m_options.speedKmh / 3.6);
    const double metres = std::max(0.0, double(atMs - crew.departedAtMs) / 1000 * speedMps);
    if (metres >= crew.along.last())
        return crew.path.last();
    const auto next = std::upper_bound(crew.along.cbegin(), crew.along.cend(), metres);
    const qsizetype i = next - crew.along.cbegin(); // along[i-1] <= metres < along[i]
    const double span = crew.along.at(i) - crew.along.at(i - 1);
    const double t = span > 0 ? (metres - crew.along.at(i - 1)) / span : 1.0;
    return crew.path.at(i - 1) + (crew.path.at(i) - crew.path.at(i - 1)) * t;
}

WireMessage FieldCrews::status(const Crew &crew, const Job &job, InterventionStatus s, const QString &note, qint64 wallMs) const
{
    CrewStatusReport r;
    r.crewId = crew.spec.id;
    r.interventionId = job.interventionId;
    r.version = job.version;
    r.status = s;
    r.note = note;
    r.atMs = wallMs;
    r.messageId = QStringLiteral("%1:%2:%3:%4").arg(crew.spec.id).arg(job.interventionId).arg(job.version).arg(interventionStatusKey(s));
    return {crewStatusTopic(m_options.topicPrefix, crew.spec.id).toUtf8(), crewStatusPayload(r)};
}

void FieldCrews::fix(Crew &crew, TrackerMotion motion, qint64 wallMs, QVector<WireMessage> *out)
{
    if (crew.spec.trackerDevEui.isEmpty())
        return;
    DeviceUplink device;
    device.cityId = m_options.cityId;
    device.devEui = crew.spec.trackerDevEui;
    device.deviceName = crew.spec.id;
    device.fCnt = ++crew.fCnt;
    const UplinkFrame frame{at101Frame(crew.position, batteryOf(crew.spec.trackerDevEui), kCabinTemperatureC, motion),
                            kAt101Port, QByteArrayLiteral("milesight-iot"), QByteArrayLiteral("at101")};
    out->append(ttnUplink(device, frame, wallMs));
}

void stepFieldCrews(FieldCrews &crews, CrewLink &link, qint64 simMs, qint64 wallMs)
{
    for (const WireMessage &m : link.takeReceived())
        crews.receive(m.topic, m.payload, simMs);
    for (const WireMessage &m : crews.advanceTo(simMs, wallMs))
        link.publish(m);
}

} // namespace vigie::sim
