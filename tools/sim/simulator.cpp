#include "simulator.h"

#include "domain/assetdirectory.h"
#include "domain/assetstate.h"

#include <algorithm>
#include <cmath>

namespace vigie::sim {

namespace {

constexpr double kMsPerDay = 86'400'000.0;
/// Standard deviation of a fill-level sensor reading (ultrasonic sensors: about ±1 %).
constexpr double kLevelNoise = 0.01;
/// A device whose devices.csv row gives no depth measures as in a container this deep (Vigie
/// then keeps its distances but derives no fill level from them).
constexpr double kDefaultDepthM = 1.5;
/// LumiNet lamps per gateway.
constexpr int kLampsPerGateway = 250;

QVector<int> indexesOf(const QVector<AssetSpec> &assets, AssetKind kind)
{
    QVector<int> indexes;
    for (int i = 0; i < assets.size(); ++i) {
        if (assets.at(i).kind == kind)
            indexes << i;
    }
    return indexes;
}

/// Mean position of the assets: where the Sun is computed for the whole city (a city
/// 20 km wide sees the Sun cross an elevation within about a minute).
SunClock sunOver(const QVector<AssetSpec> &assets)
{
    double lon = 0;
    double lat = 0;
    for (const AssetSpec &a : assets) {
        lon += a.lon;
        lat += a.lat;
    }
    const double n = std::max<double>(1, assets.size());
    return SunClock(lat / n, lon / n);
}

} // namespace

Simulator::Simulator(SimulatorConfig config, QVector<AssetSpec> assets)
    : m_config(std::move(config))
    , m_assets(std::move(assets))
    , m_slot(m_assets.size(), -1)
    , m_lamps(indexesOf(m_assets, AssetKind::Streetlight), sunOver(m_assets), m_config.startMs,
              m_config.lampFailuresPerYear, m_config.seed)
    , m_containers(indexesOf(m_assets, AssetKind::WasteContainer), m_assets, m_config.zone, m_config.startMs,
                   m_config.seed)
    , m_changes(m_assets.size())
    , m_silent(m_assets.size(), false)

    , m_publishes(m_assets.size(), true)
    , m_battery(m_assets.size(), 100.0)
    , m_fCnt(m_assets.size(), 0)
    , m_nowMs(m_config.startMs)
    , m_reportRng(makeRng(m_config.seed, Stream::Reports))
    , m_badRng(makeRng(m_config.seed, Stream::Malformed))
{
    m_ids.reserve(m_assets.size());
    m_topics.reserve(m_assets.size());
    for (const AssetSpec &a : std::as_const(m_assets)) {
        m_ids << assetUrn(a.kind, m_config.cityId, a.ref);
        m_topics << topicFor(m_config.cityId, a.kind, a.ref);
    }
    for (int i = 0; i < m_ids.size(); ++i)
        m_indexById.insert(m_ids.at(i), i);
    for (int slot = 0; slot < m_lamps.size(); ++slot)
        m_slot[m_lamps.asset(slot)] = slot;
    for (int slot = 0; slot < m_containers.size(); ++slot)
        m_slot[m_containers.asset(slot)] = slot;

    Rng deviceRng = makeRng(m_config.seed, Stream::Devices);
    for (int i = 0; i < m_assets.size(); ++i) {
        const AssetSpec &a = m_assets.at(i);
        if (a.kind != AssetKind::WasteContainer)
            continue;
        m_battery[i] = uniform(deviceRng, 35, 100);
        if (!a.deviceId.isEmpty())
            m_devEuis << a.deviceId;
        m_publishes[i] = !speaksLorawan(i) || !a.deviceId.isEmpty();
    }

    Rng orderRng = makeRng(m_config.seed, Stream::Order);
    m_order.resize(std::size_t(m_assets.size()));
    for (std::size_t i = 0; i < m_order.size(); ++i) {
        const std::size_t j = std::size_t(uniformIndex(orderRng, int(i) + 1)); // Fisher–Yates
        m_order[i] = m_order[j];
        m_order[j] = int(i);
    }
    planSilences();
    m_outages.fill(0, m_assets.size());
    m_lastGaspSent.fill(false, m_assets.size());
}

void Simulator::planSilences()
{
    Rng rng = makeRng(m_config.seed, Stream::Silence);
    for (int i = 0; i < m_assets.size(); ++i) {
        const bool goesSilent = uniform(rng, 0, 1) < m_config.silentShare;
        const qint64 atMs = m_config.startMs + qint64(uniform(rng, 0, kMsPerDay));
        if (goesSilent)
            m_silences.push_back(Silence{atMs, i});
    }
    std::stable_sort(m_silences.begin(), m_silences.end(),
                     [](const Silence &a, const Silence &b) { return a.atMs < b.atMs; });
}

void Simulator::stagePowerLoss(const QVector<int> &assets, qint64 fromMs, qint64 untilMs)
{
    m_powerEvents.push_back(PowerEvent{fromMs, assets, true});
    if (untilMs > fromMs)
        m_powerEvents.push_back(PowerEvent{untilMs, assets, false});
    std::stable_sort(m_powerEvents.begin() + qint64(m_nextPowerEvent), m_powerEvents.end(),
                     [](const PowerEvent &a, const PowerEvent &b) { return a.atMs < b.atMs; });
}

void Simulator::runPowerEvents(qint64 simMs)
{
    while (m_nextPowerEvent < m_powerEvents.size() && m_powerEvents[m_nextPowerEvent].atMs <= simMs) {
        const PowerEvent &e = m_powerEvents[m_nextPowerEvent++];
        for (int index : e.assets) {
            if (m_assets.at(index).kind != AssetKind::Streetlight)
                continue;
            if (e.lost) {
                if (m_outages[index]++ == 0) {
                    m_lastGaspSent[index] = false;
                    m_changes.push(index); // the last gasp goes out before periodic reports
                }
            } else if (m_outages[index] > 0 && --m_outages[index] == 0) {
                m_changes.push(index);     // back on the mains: reports its photocell's state
            }
        }
    }
}

bool Simulator::repair(int index)
{
    const int slot = m_slot.at(index);
    if (slot < 0)
        return false;
    if (m_assets.at(index).kind == AssetKind::WasteContainer)
        return m_containers.clearIncident(slot, &m_changes);
    bool repaired = m_lamps.repair(slot, &m_changes);
    if (m_outages.at(index) > 0) {
        m_outages[index] = 0;
        m_lastGaspSent[index] = false;
        m_changes.push(index); // back on the mains: reports its photocell's state
        repaired = true;
    }
    return repaired;
}

bool Simulator::quiet(int index) const
{
    return m_silent.at(index) || !m_publishes.at(index) || (m_outages.at(index) > 0 && m_lastGaspSent.at(index));
}

void Simulator::advanceTo(qint64 simMs)
{
    if (simMs <= m_nowMs)
        return;
    runPowerEvents(simMs);
    m_lamps.advanceTo(simMs, &m_changes);
    m_containers.advanceTo(simMs, &m_changes);
    while (m_nextSilence < m_silences.size() && m_silences[m_nextSilence].atMs <= simMs)
        m_silent[m_silences[m_nextSilence++].asset] = true;
    m_nowMs = simMs;
}

std::optional<SimMessage> Simulator::nextMessage(qint64 wallMs)
{
    const PayloadForm form = nextForm();
    if (m_config.badRatio > 0 && uniform(m_badRng, 0, 1) < m_config.badRatio) {
        if (auto bad = malformedMessage(form, wallMs)) {
            ++m_malformed;
            return bad;
        }
    }
    const std::optional<Reporter> reporter = nextReporter();
    if (!reporter)
        return std::nullopt;
    ++m_valid;
    return reportMessage(*reporter, form, wallMs);
}

SimMessage Simulator::reportMessage(const Reporter &reporter, PayloadForm form, qint64 wallMs)
{
    const int index = reporter.asset;
    SimMessage message;
    message.asset = index;
    message.report = measured(index);
    if (m_outages.at(index) > 0)
        m_lastGaspSent[index] = true; // that was its last report until the power returns
    WireMessage wire;
    if (speaksLorawan(index)) {
        const bool status = m_config.wire == WireFormat::ChirpStack && reporter.periodic
            && ++m_periodicCount % kStatusEvery == 0;
        if (!status)
            ++m_fCnt[index];
        const DeviceUplink uplink = uplinkOf(index, message.report);
        message.deviceStatus = status;
        wire = status ? chirpStackStatus(uplink, m_battery.at(index), wallMs)
             : m_config.wire == WireFormat::Ttn ? ttnUplink(uplink, wallMs)
                                                 : chirpStackUplink(uplink, wallMs);
    } else if (m_config.wire == WireFormat::Json) {
        wire = integratorMessage(integratorReportOf(index, message.report), m_config.zone, wallMs);
    } else {
        wire = {m_topics.at(index), entityPayload(message.report, form, wallMs)};
    }
    message.topic = wire.topic;
    message.payload = wire.payload;
    return message;
}

EntityReport Simulator::state(int index) const
{
    const AssetSpec &a = m_assets.at(index);
    EntityReport r;
    r.kind = a.kind;
    r.id = m_ids.at(index);
    r.lon = a.lon;
    r.lat = a.lat;
    const int slot = m_slot.at(index);
    if (a.kind == AssetKind::Streetlight) {
        r.status = lampStatusName(m_lamps.status(slot));
        r.powerState = m_lamps.isOn(slot) && m_outages.at(index) == 0 ? QStringLiteral("on") : QStringLiteral("off");
    } else {
        r.status = containerStatusName(m_containers.status(slot));
        r.fillingLevel = m_containers.level(slot);
    }
    return r;
}

SimTotals Simulator::totals() const
{
    SimTotals t;
    t.valid = m_valid;
    t.malformed = m_malformed;
    t.lampsOn = m_lamps.countOn();
    t.failedLamps = m_lamps.countFailed();
    t.fullContainers = m_containers.countAtLeast(ConditionPolicy{}.fullFill);
    t.silent = int(m_nextSilence);
    t.queuedChanges = m_changes.size();
    return t;
}

PayloadForm Simulator::nextForm()
{
    switch (m_config.ngsiForm) {
    case PayloadFormat::Normalized: return PayloadForm::Normalized;
    case PayloadFormat::KeyValues: return PayloadForm::KeyValues;
    case PayloadFormat::Mixed: break;
    }
    return m_formCount++ % 2 == 0 ? PayloadForm::Normalized : PayloadForm::KeyValues;
}

bool Simulator::speaksLorawan(int index) const
{
    return (m_config.wire == WireFormat::Ttn || m_config.wire == WireFormat::ChirpStack)
        && m_assets.at(index).kind == AssetKind::WasteContainer;
}

std::optional<Simulator::Reporter> Simulator::nextReporter()
{
    while (const std::optional<int> changed = m_changes.pop()) {
        if (!quiet(*changed))
            return Reporter{*changed, false};
    }
    for (std::size_t tried = 0; tried < m_order.size(); ++tried) {
        const int index = m_order[m_reportCursor];
        m_reportCursor = (m_reportCursor + 1) % m_order.size();
        if (!quiet(index))
            return Reporter{index, true};
    }
    return std::nullopt;
}

std::optional<SimMessage> Simulator::malformedMessage(PayloadForm form, qint64 wallMs)
{
    const QVector<MalformedKind> &kinds = malformedKinds(m_config.wire);
    for (int tried = 0; tried < kinds.size(); ++tried) {
        const MalformedKind kind = kinds.at(m_nextBadKind);
        m_nextBadKind = (m_nextBadKind + 1) % int(kinds.size());
        const std::optional<int> index = malformedSubject(kind);
        if (!index)
            continue; // the pack has no live asset of the kind it needs
        SimMessage message;
        message.asset = *index;
        message.malformed = true;
        message.kind = kind;
        message.report = measured(*index);
        WireMessage wire;
        switch (m_config.wire) {
        case WireFormat::NgsiLd: {
            EntityReport report = message.report;
            wire.topic = m_topics.at(*index);
            if (kind == MalformedKind::UnknownEntityId) {
                const QString ref = unknownRef(report.kind);
                report.id = assetUrn(report.kind, m_config.cityId, ref);
                wire.topic = topicFor(m_config.cityId, report.kind, ref);
            }
            wire.payload = malformedPayload(kind, report, form, wallMs);
            break;
        }
        case WireFormat::Ttn:
        case WireFormat::ChirpStack: {
            DeviceUplink uplink = uplinkOf(*index, message.report);
            ++uplink.fCnt; // the counter of the uplink this one stands for
            if (kind == MalformedKind::UnboundDevice) {
                uplink.devEui = unboundDevEui();
                uplink.model = sensorModelOf(uplink.devEui);
                const AssetSpec &a = m_assets.at(*index);
                uplink.reading = sensorReading(uplink.model, message.report,
                                               a.containerDepthM > 0 ? a.containerDepthM : kDefaultDepthM,
                                               m_battery.at(*index));
            }
            wire = malformedUplink(kind, m_config.wire, uplink, wallMs);
            break;
        }
        case WireFormat::Json: {
            IntegratorReport report = integratorReportOf(*index, message.report);
            if (kind == MalformedKind::UnknownEntityId)
                report.ref = unknownRef(message.report.kind);
            wire = malformedIntegratorMessage(kind, report, m_config.zone, wallMs);
            break;
        }
        }
        message.topic = wire.topic;
        message.payload = wire.payload;
        return message;
    }
    return std::nullopt;
}

std::optional<int> Simulator::malformedSubject(MalformedKind kind)
{
    // In the LoRaWAN formats every kind is a broken uplink: only a container with a device
    // sends one (the lamps' NGSI-LD stream stays clean).
    const bool lorawan = m_config.wire == WireFormat::Ttn || m_config.wire == WireFormat::ChirpStack;
    const std::optional<AssetKind> needs = lorawan ? AssetKind::WasteContainer : malformedKindNeeds(kind);
    for (std::size_t tried = 0; tried < m_order.size(); ++tried) {
        const int index = m_order[m_badCursor];
        m_badCursor = (m_badCursor + 1) % m_order.size();
        if (!quiet(index) && (!needs || m_assets.at(index).kind == *needs))
            return index;
    }
    return std::nullopt;
}

EntityReport Simulator::measured(int index)
{
    EntityReport r = state(index);
    if (r.kind == AssetKind::WasteContainer)
        r.fillingLevel = std::clamp(normal(m_reportRng, r.fillingLevel, kLevelNoise), 0.0, 1.0);
    return r;
}

DeviceUplink Simulator::uplinkOf(int index, const EntityReport &report) const
{
    const AssetSpec &a = m_assets.at(index);
    DeviceUplink u;
    u.cityId = m_config.cityId;
    u.devEui = a.deviceId;
    u.deviceName = a.ref;
    u.model = sensorModelOf(a.deviceId);
    u.fCnt = m_fCnt.at(index);
    u.reading = sensorReading(u.model, report, a.containerDepthM > 0 ? a.containerDepthM : kDefaultDepthM,
                              m_battery.at(index));
    return u;
}

IntegratorReport Simulator::integratorReportOf(int index, const EntityReport &report) const
{
    const AssetSpec &a = m_assets.at(index);
    IntegratorReport r;
    r.cityId = m_config.cityId;
    r.ref = a.ref;
    r.report = report;
    if (a.kind == AssetKind::Streetlight) {
        r.gateway = QStringLiteral("gw-%1").arg(m_slot.at(index) / kLampsPerGateway + 1, 2, 10, QLatin1Char('0'));
    } else {
        if (a.containerDepthM > 0)
            r.depthM = a.containerDepthM;
        r.batteryPercent = m_battery.at(index);
    }
    return r;
}

QString Simulator::unboundDevEui()
{
    // The simulated fleet's prefix with pack number 0xff, which no pack uses.
    QString eui;
    do
        eui = QStringLiteral("02564947ff%1").arg(++m_unknownCount % 0x1000000, 6, 16, QLatin1Char('0'));
    while (m_devEuis.contains(eui));
    return eui;
}

QString Simulator::unknownRef(AssetKind kind)
{
    QString ref = QStringLiteral("sim-unknown-%1").arg(++m_unknownCount);
    while (m_indexById.contains(assetUrn(kind, m_config.cityId, ref)))
        ref += QLatin1Char('x');
    return ref;
}

} // namespace vigie::sim
