#include "coordinationworker.h"

#include "coordination/worksimport.h"
#include "crs/coordinatetransform.h"
#include "io/wkbgeometry.h"
#include "network/roundgenerator.h"
#include "network/webmercator.h"
#include "storage/store.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

Q_LOGGING_CATEGORY(lcCoordUi, "vigie.coordination.ui")

namespace vigie {

namespace {

constexpr qint64 kMin = std::numeric_limits<qint64>::min();
constexpr qint64 kMax = std::numeric_limits<qint64>::max();

/// A lamp is dark when its status says it is broken (Smart Data Models Streetlight).
bool isDark(const AssetState &s)
{
    return isFaultStatus(AssetKind::Streetlight, s.status);
}

/// The instant when the most zones are active (a sweep over starts and ends).
qint64 busiestInstant(const QVector<WorksZone> &zones)
{
    QMap<qint64, int> events;
    for (const WorksZone &z : zones) {
        if (!z.hasArea() || z.startMs == kMin || z.endMs == kMax)
            continue;
        events[z.startMs] += 1;
        events[z.endMs] -= 1;
    }
    int active = 0, best = 0;
    qint64 at = 0;
    for (auto it = events.cbegin(); it != events.cend(); ++it) {
        active += it.value();
        if (active > best) {
            best = active;
            at = it.key();
        }
    }
    return at;
}

} // namespace

CoordinationWorker::CoordinationWorker(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<vigie::CoordinationCityInput>();
    qRegisterMetaType<vigie::CoordinationSnapshot>();
    qRegisterMetaType<vigie::CoordinationDelta>();
    qRegisterMetaType<vigie::CoordinationSettings>();
    qRegisterMetaType<vigie::RoadworksZones>();
    qRegisterMetaType<vigie::StateDelta>();
    qRegisterMetaType<QVector<vigie::WorksZone>>();
    qRegisterMetaType<QVector<vigie::PlannedWork>>();
}

CoordinationWorker::~CoordinationWorker() = default;

RoadworksZone CoordinationWorker::drawable(const WorksZone &zone) const
{
    RoadworksZone d;
    d.id = zone.id;
    d.impact = zone.impact;
    d.startMs = zone.startMs == kMin ? 0 : zone.startMs;
    // The engine's end is exclusive, the layer's inclusive.
    d.endMs = zone.endMs == kMax ? 0 : zone.endMs - 1;
    d.label = zone.street;
    static thread_local std::optional<CoordinateTransform> toMap = [] {
        auto t = CoordinateTransform::create(QString::fromLatin1(kWgs84), QString::fromLatin1(kWebMercator));
        return t ? std::optional<CoordinateTransform>(std::move(t).value()) : std::nullopt;
    }();
    if (toMap && !zone.wkb.isEmpty())
        if (auto f = featureFromWkb(zone.wkb, *toMap)) {
            d.rings = f->parts;
            d.bbox = f->bbox;
        }
    return d;
}

void CoordinationWorker::load(const CoordinationCityInput &input)
{
    if (!m_timer) { // created here: the worker's thread owns it
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setInterval(kCoalesceMs);
        connect(m_timer, &QTimer::timeout, this, &CoordinationWorker::flush);
    }
    QElapsedTimer clock;
    clock.start();
    m_input = input;
    m_assetRow.clear();
    for (int i = 0; i < m_input.assets.size(); ++i)
        m_assetRow.insert(m_input.assets.at(i).index, i);
    loadFillHistory();
    m_works.clear();
    m_drawn.clear();
    m_importIssues = 0;
    WorksImportOptions options;
    options.zone = input.zone;
    options.frame = input.frame;
    for (const QString &file : input.worksFiles) {
        options.source = WorksSource::ParisChantiers;
        auto read = importWorksFile(file, options);
        if (!read) {
            emit failed(tr("Roadworks of %1 could not be read: %2").arg(file, read.error().message));
            continue;
        }
        m_importIssues += int(read->issues.size());
        for (const WorksZone &z : std::as_const(read->zones)) {
            m_works.insert(z.id, z);
            m_drawn.insert(z.id, drawable(z));
        }
    }
    m_rounds.clear();
    if (!input.roundsFile.isEmpty()) {
        auto rounds = loadRoundsFile(input.roundsFile, input.cityId);
        if (rounds)
            m_rounds = rounds.value();
        else
            emit failed(tr("Rounds of %1 could not be read: %2").arg(input.roundsFile, rounds.error().message));
    }
    if (m_rounds.isEmpty() && !input.roundStops.isEmpty())
        m_rounds = generateRounds(input.roundStops, input.streets);

    m_engine = std::make_unique<CoordinationEngine>(input.frame, input.zone, input.settings);
    m_engine->setNow(input.nowMs);
    m_engine->setWorks(m_works.values());
    m_engine->setAssets(m_input.assets);
    m_engine->setRounds(m_rounds);
    m_engine->recompute();
    qCInfo(lcCoordUi) << "coordination for" << input.cityId << ":" << m_works.size() << "works zones," << m_rounds.size()
                      << "rounds," << m_input.assets.size() << "assets," << m_engine->itemCount() << "items in"
                      << clock.elapsed() << "ms";
    emit loaded(snapshot());
}

void CoordinationWorker::loadFillHistory()
{
    m_fill = FillHistory();
    if (!m_input.storePath.isEmpty()) {
        auto store = Store::open(m_input.storePath, Store::Mode::ReadOnly);
        auto history = store ? FillHistory::load(store.value(), m_input.assets) : Result<FillHistory>(store.error());
        if (history)
            m_fill = std::move(history).value();
        else
            emit failed(tr("Fill histories could not be read (%1): the forecasts use live readings only.").arg(history.error().message));
    }
    for (CoordinationAsset &a : m_input.assets) {
        if (a.kind != AssetKind::WasteContainer)
            continue;
        if (a.fill.observedAtMs > 0)
            m_fill.add(a.index, a.fill.observedAtMs, a.fill.fillRatio); // ignored when the store has it already
        a.fill.ratePerDay = m_fill.rate(a.index);
    }
}

CoordinationSnapshot CoordinationWorker::snapshot() const
{
    CoordinationSnapshot s;
    auto zones = std::make_shared<QVector<RoadworksZone>>();
    zones->reserve(m_drawn.size());
    for (const RoadworksZone &z : m_drawn)
        zones->append(z);
    std::sort(zones->begin(), zones->end(), [](const RoadworksZone &a, const RoadworksZone &b) { return a.id < b.id; });
    s.zones = zones;
    s.items = m_engine ? m_engine->items() : QVector<CoordinationItem>{};
    s.unplacedWorks = m_engine ? m_engine->unplacedWorks() : QStringList{};
    s.importIssues = m_importIssues;
    s.collectionRounds = m_rounds;
    const QVector<WorksZone> works = m_works.values();
    for (const WorksZone &z : works) {
        if (z.startMs != kMin && (s.dataFromMs == 0 || z.startMs < s.dataFromMs))
            s.dataFromMs = z.startMs;
        if (z.endMs != kMax && z.endMs > s.dataUntilMs)
            s.dataUntilMs = z.endMs;
    }
    s.busiestMs = busiestInstant(works);
    // Containers of an item's round that are forecast to overflow, or unreachable.
    QSet<QString> overflowing, unreachable;
    for (const CoordinationItem &item : std::as_const(s.items)) {
        if (item.kind == CoordinationKind::OverflowBehindWorks)
            for (const QString &id : item.assetIds)
                overflowing.insert(id);
        if (item.kind == CoordinationKind::RoundBlocked)
            for (const QString &id : item.assetIds)
                unreachable.insert(id);
    }
    QHash<QString, const CoordinationAsset *> byId;
    for (const CoordinationAsset &a : m_input.assets)
        byId.insert(a.id, &a);
    for (int r = 0; r < m_rounds.size(); ++r) {
        const CollectionRound &round = m_rounds.at(r);
        RoundPath path;
        path.id = round.id;
        path.name = round.label.isEmpty() ? round.id : round.label;
        path.color = RoundLayer::colorFor(r);
        QPolygonF line;
        for (QPointF p : round.path)
            line << webmercator::fromLonLat(p.x(), p.y());
        int order = 0;
        QPolygonF straight;
        for (const QString &id : round.containerIds) {
            const CoordinationAsset *a = byId.value(id);
            ++order;
            if (!a)
                continue;
            RoundMarker m;
            m.assetIndex = a->index;
            m.position = webmercator::fromLonLat(a->lon, a->lat);
            m.order = order;
            const FillForecast f = m_engine ? m_engine->forecast(id) : FillForecast{};
            m.overflowForecast = overflowing.contains(id) || (f.known && f.overflowsBeforeCollection);
            m.unreachable = unreachable.contains(id);
            path.stops << m;
            straight << m.position;
        }
        path.path = {line.size() > 1 ? line : straight};
        s.rounds << path;
    }
    return s;
}

void CoordinationWorker::setNow(qint64 nowMs)
{
    m_input.nowMs = nowMs;
    if (!m_engine)
        return;
    m_engine->setNow(nowMs);
    m_engine->recompute();
    emit loaded(snapshot());
}

void CoordinationWorker::setSettings(const CoordinationSettings &settings)
{
    m_input.settings = settings;
    if (!m_engine)
        return;
    m_engine->setSettings(settings);
    m_engine->recompute();
    emit loaded(snapshot());
}

CoordinationAsset *CoordinationWorker::assetAt(qint32 index)
{
    const auto it = m_assetRow.constFind(index);
    return it == m_assetRow.cend() ? nullptr : &m_input.assets[it.value()];
}

void CoordinationWorker::applyStates(const StateDelta &delta)
{
    for (int i = 0; i < delta.assetIndexes.size(); ++i) {
        const qint32 index = delta.assetIndexes.at(i);
        const int at = int(m_pendingStates.assetIndexes.indexOf(index));
        if (at >= 0) {
            m_pendingStates.states[at] = delta.states.at(i);
        } else {
            m_pendingStates.assetIndexes << index;
            m_pendingStates.states << delta.states.at(i);
        }
    }
    if (m_timer && !m_timer->isActive())
        m_timer->start();
}

void CoordinationWorker::applyWorks(const QVector<WorksZone> &zones)
{
    m_pendingWorks += zones;
    if (m_timer && !m_timer->isActive())
        m_timer->start();
}

void CoordinationWorker::receiveWorks(const QByteArray &payload)
{
    if (!m_engine)
        return;
    WorksImportOptions options;
    options.zone = m_input.zone;
    options.frame = m_input.frame;
    options.source = WorksSource::Mqtt;
    auto decoded = WorksFeatureDecoder(options).decode(payload);
    if (!decoded) {
        qCWarning(lcCoordUi).noquote() << "roadworks message dropped:" << decoded.error().code << decoded.error().message.left(200);
        return;
    }
    applyWorks(decoded->zones);
}

void CoordinationWorker::setPlannedWorks(const QVector<PlannedWork> &works)
{
    if (!m_engine)
        return;
    m_engine->setPlannedWorks(works);
    const CoordinationDelta delta = m_engine->recompute();
    if (!delta.isEmpty())
        emit itemsChanged(delta);
}

void CoordinationWorker::clear()
{
    m_engine.reset();
    m_works.clear();
    m_drawn.clear();
    m_rounds.clear();
    m_fill = FillHistory();
    m_pendingStates = {};
    m_pendingWorks.clear();
}

void CoordinationWorker::merge(CoordinationDelta &into, const CoordinationDelta &d) const
{
    for (const QString &key : d.removed) {
        const auto sameKey = [&](const CoordinationItem &i) { return i.key == key; };
        const bool wasNew = std::any_of(into.added.cbegin(), into.added.cend(), sameKey);
        into.added.removeIf(sameKey);
        into.changed.removeIf(sameKey);
        if (!wasNew && !into.removed.contains(key))
            into.removed << key;
    }
    for (const CoordinationItem &item : d.added) {
        into.removed.removeAll(item.key);
        into.added << item;
    }
    for (const CoordinationItem &item : d.changed) {
        auto inAdded = std::find_if(into.added.begin(), into.added.end(), [&](const CoordinationItem &i) { return i.key == item.key; });
        if (inAdded != into.added.end()) {
            *inAdded = item;
            continue;
        }
        into.changed.removeIf([&](const CoordinationItem &i) { return i.key == item.key; });
        into.changed << item;
    }
}

void CoordinationWorker::flush()
{
    if (!m_engine) {
        m_pendingStates = {};
        m_pendingWorks.clear();
        return;
    }
    CoordinationDelta total;
    bool zonesMoved = false;
    for (const WorksZone &z : std::as_const(m_pendingWorks)) {
        if (z.status == WorksStatus::Cancelled) {
            m_works.remove(z.id);
            m_drawn.remove(z.id);
            merge(total, m_engine->removeWorks(z.id));
        } else {
            m_works.insert(z.id, z);
            m_drawn.insert(z.id, drawable(z));
            merge(total, m_engine->updateWorks(z));
        }
        zonesMoved = true;
    }
    m_pendingWorks.clear();
    for (int i = 0; i < m_pendingStates.assetIndexes.size(); ++i) {
        CoordinationAsset *a = assetAt(m_pendingStates.assetIndexes.at(i));
        if (!a)
            continue;
        const AssetState &s = m_pendingStates.states.at(i);
        CoordinationAsset next = *a;
        if (a->kind == AssetKind::Streetlight) {
            next.dark = isDark(s);
            next.darkSinceMs = next.dark ? (a->dark ? a->darkSinceMs : s.statusAtMs) : 0;
        } else if (a->kind == AssetKind::WasteContainer && s.fillingLevel == s.fillingLevel) {
            // The rate over the history with this reading; unknown so far: the previous one.
            m_fill.add(a->index, s.fillingLevelAtMs, s.fillingLevel);
            next.fill.fillRatio = s.fillingLevel;
            next.fill.observedAtMs = s.fillingLevelAtMs;
            if (const double rate = m_fill.rate(a->index); std::isfinite(rate))
                next.fill.ratePerDay = rate;
        }
        if (next.dark == a->dark && next.fill.fillRatio == a->fill.fillRatio && next.fill.ratePerDay == a->fill.ratePerDay)
            continue;
        *a = next;
        merge(total, m_engine->updateAsset(next));
    }
    m_pendingStates = {};
    if (zonesMoved) {
        auto zones = std::make_shared<QVector<RoadworksZone>>();
        for (const RoadworksZone &z : std::as_const(m_drawn))
            zones->append(z);
        emit zonesChanged(zones);
    }
    if (!total.isEmpty())
        emit itemsChanged(total);
}

} // namespace vigie
