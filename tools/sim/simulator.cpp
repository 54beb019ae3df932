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
    m_idSet = QSet<QString>(m_ids.cbegin(), m_ids.cend());
    for (int slot = 0; slot < m_lamps.size(); ++slot)
        m_slot[m_lamps.asset(slot)] = slot;
    for (int slot = 0; slot < m_containers.size(); ++slot)
        m_slot[m_containers.asset(slot)] = slot;

    Rng orderRng = makeRng(m_config.seed, Stream::Order);
    m_order.resize(std::size_t(m_assets.size()));
    for (std::size_t i = 0; i < m_order.size(); ++i) {
        const std::size_t j = std::size_t(uniformIndex(orderRng, int(i) + 1)); // Fisher–Yates
        m_order[i] = m_order[j];
        m_order[j] = int(i);
    }
    planSilences();
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

void Simulator::advanceTo(qint64 simMs)
{
    if (simMs <= m_nowMs)
        return;
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
    const std::optional<int> index = nextReporter();
    if (!index)
        return std::nullopt;
    SimMessage message;
    message.asset = *index;
    message.topic = m_topics.at(*index);
    message.payload = entityPayload(measured(*index), form, wallMs);
    ++m_valid;
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
        r.powerState = m_lamps.isOn(slot) ? QStringLiteral("on") : QStringLiteral("off");
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
    switch (m_config.format) {
    case PayloadFormat::Normalized: return PayloadForm::Normalized;
    case PayloadFormat::KeyValues: return PayloadForm::KeyValues;
    case PayloadFormat::Mixed: break;
    }
    return m_formCount++ % 2 == 0 ? PayloadForm::Normalized : PayloadForm::KeyValues;
}

std::optional<int> Simulator::nextReporter()
{
    while (const std::optional<int> changed = m_changes.pop()) {
        if (!m_silent.at(*changed))
            return changed;
    }
    for (std::size_t tried = 0; tried < m_order.size(); ++tried) {
        const int index = m_order[m_reportCursor];
        m_reportCursor = (m_reportCursor + 1) % m_order.size();
        if (!m_silent.at(index))
            return index;
    }
    return std::nullopt;
}

std::optional<SimMessage> Simulator::malformedMessage(PayloadForm form, qint64 wallMs)
{
    for (int tried = 0; tried < kMalformedKindCount; ++tried) {
        const auto kind = MalformedKind(m_nextBadKind);
        m_nextBadKind = (m_nextBadKind + 1) % kMalformedKindCount;
        const std::optional<int> index = malformedSubject(malformedKindNeeds(kind));
        if (!index)
            continue; // the pack has no live asset of the kind it needs
        SimMessage message;
        message.asset = *index;
        message.malformed = true;
        message.kind = kind;
        message.topic = m_topics.at(*index);
        EntityReport report = measured(*index);
        if (kind == MalformedKind::UnknownEntityId) {
            const QString ref = unknownRef(report.kind);
            report.id = assetUrn(report.kind, m_config.cityId, ref);
            message.topic = topicFor(m_config.cityId, report.kind, ref);
        }
        message.payload = malformedPayload(kind, report, form, wallMs);
        return message;
    }
    return std::nullopt;
}

std::optional<int> Simulator::malformedSubject(std::optional<AssetKind> kind)
{
    for (std::size_t tried = 0; tried < m_order.size(); ++tried) {
        const int index = m_order[m_badCursor];
        m_badCursor = (m_badCursor + 1) % m_order.size();
        if (!m_silent.at(index) && (!kind || m_assets.at(index).kind == *kind))
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

QString Simulator::unknownRef(AssetKind kind)
{
    QString ref = QStringLiteral("sim-unknown-%1").arg(++m_unknownCount);
    while (m_idSet.contains(assetUrn(kind, m_config.cityId, ref)))
        ref += QLatin1Char('x');
    return ref;
}

} // namespace vigie::sim
