#include "interventiondesk.h"

#include "alarmdock.h"
#include "alarmlistmodel.h"
#include "alarms/alarmservice.h"
#include "alarms/suntimes.h"
#include "dispatch/dispatcher.h"
#include "ingest/ingestservice.h"
#include "interventioncontroller.h"
#include "interventiondialog.h"
#include "interventiondock.h"
#include "interventionmodel.h"
#include "interventions/interventionservice.h"
#include "interventions/priorityscore.h"
#include "map/assetlayer.h"
#include "map/citymap.h"
#include "map/crewlayer.h"
#include "map/interventionlayer.h"
#include "map/mapcanvas.h"
#include "network/crewsuggester.h"
#include "network/socialpoiindex.h"
#include "network/webmercator.h"
#include "workordersheet.h"

#include <QDateTime>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QStandardItemModel>
#include <QTimeZone>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcDesk, "vigie.app.interventions")

namespace vigie {

namespace {

bool underWay(InterventionStatus s)
{
    return s == InterventionStatus::Assigned || s == InterventionStatus::Accepted || s == InterventionStatus::EnRoute
           || s == InterventionStatus::OnSite || s == InterventionStatus::Blocked;
}

} // namespace

InterventionDesk::InterventionDesk(MapCanvas *canvas, AlarmDock *alarmDock, QWidget *window)
    : QObject(window)
    , m_canvas(canvas)
    , m_alarmDock(alarmDock)
    , m_window(window)
    , m_controller(new InterventionController(this))
    , m_dock(new InterventionDock(m_controller, window))
    , m_interventionLayer(new InterventionLayer(this))
    , m_crewLayer(new CrewLayer(this))
{
    connect(m_controller, &InterventionController::changed, this, &InterventionDesk::interventionsChanged);
    connect(m_controller, &InterventionController::applied, this, &InterventionDesk::requestApplied);
    connect(m_dock, &InterventionDock::createRequested, this, &InterventionDesk::createFromSelection);
    connect(m_dock, &InterventionDock::editRequested, this, &InterventionDesk::edit);
    connect(m_dock, &InterventionDock::showRequested, this, &InterventionDesk::showIntervention);
    connect(m_dock, &InterventionDock::sheetRequested, this, [this](const QVector<qint64> &ids) { writeSheets(ids, {}); });
    connect(m_dock, &InterventionDock::crewSheetRequested, this, [this](const QString &crewId) {
        QVector<qint64> ids;
        for (const Intervention &i : m_controller->interventions())
            if (i.crewId == crewId && (!isClosed(i.status) || i.closedAtMs > QDateTime::currentMSecsSinceEpoch() - 24 * 3600'000LL))
                ids << i.id;
        std::sort(ids.begin(), ids.end());
        const auto crew = std::find_if(m_crews.cbegin(), m_crews.cend(), [&](const Crew &c) { return c.id == crewId; });
        writeSheets(ids, tr("Day sheet — %1 — %2").arg(crew != m_crews.cend() ? crew->name : crewId,
                                                      QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    });
    connect(canvas, &MapCanvas::assetsSelected, this, [this](const QVector<qint32> &indexes) { mapSelection(indexes); });
    if (alarmDock) {
        connect(alarmDock->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this] { m_mapSelectionNewer = false; });
    }
    connect(&m_graphBuild, &QFutureWatcherBase::finished, this, [this] {
        const CityNetwork network = m_graphBuild.result();
        m_graph = network.graph;
        m_poi = network.poi;
        m_graphPending = false;
        if (m_graph)
            qCInfo(lcDesk) << "street graph:" << m_graph->nodeCount() << "nodes," << m_graph->edgeCount() << "edges";
        emit streetGraphReady();
    });
    connect(&m_routeBuild, &QFutureWatcherBase::finished, this, [this] {
        const QHash<QString, QVector<QPointF>> routes = m_routeBuild.result();
        for (const QString &crewId : std::as_const(m_routed))
            if (!routes.contains(crewId))
                m_crewLayer->setRoute(crewId, {});
        for (auto it = routes.cbegin(); it != routes.cend(); ++it)
            m_crewLayer->setRoute(it.key(), it.value());
        m_routed = QSet<QString>(routes.keyBegin(), routes.keyEnd());
    });
    m_crewTimer.setInterval(2000);
    connect(&m_crewTimer, &QTimer::timeout, this, &InterventionDesk::refreshCrews);
    m_crewTimer.start();
}

InterventionDesk::~InterventionDesk()
{
    stop();
    m_graphBuild.waitForFinished();
    m_routeBuild.waitForFinished();
}

QList<MapLayer *> InterventionDesk::layers() const
{
    return {m_crewLayer, m_interventionLayer};
}

void InterventionDesk::fillMenu(QMenu *menu)
{
    menu->addAction(m_dock->toggleViewAction());
    menu->addSeparator();
    menu->addActions({m_dock->newAction(), m_dock->editAction(), m_dock->dispatchAction()});
    menu->addMenu(m_dock->statusMenu());
    menu->addActions({m_dock->noteAction(), m_dock->sheetAction()});
    menu->addSeparator();
    menu->addActions({m_dock->undoAction(), m_dock->redoAction()});
}

void InterventionDesk::setCity(const LoadedCity *city, CityMap *cityMap)
{
    m_city = city;
    m_cityMap = cityMap;
    m_graph.reset();
    m_poi.reset();
    m_lastFix.clear();
    m_mapSelection.clear();
    m_crews = city ? city->crews : QVector<Crew>{};
    QHash<QString, QString> names;
    for (const Crew &c : std::as_const(m_crews))
        names.insert(c.id, c.name);
    m_dock->setCrewNames(names);
    m_crewLayer->setCrews(m_crews);
    m_crewLayer->setFixes({});
    m_graphPending = false;
    if (!city)
        return;
    QVector<VectorLayerDataPtr> streets;
    for (const StoredLayer &layer : city->layers)
        if (layer.role == LayerRole::Streets && city->vectors.contains(layer.id))
            streets << city->vectors.value(layer.id);
    m_graphBuild.waitForFinished();
    m_graphPending = true;
    m_graphBuild.setFuture(QtConcurrent::run([streets, storePath = city->storePath, layers = city->layers] {
        CityNetwork network;
        if (!streets.isEmpty())
            network.graph = StreetGraph::build(streets);
        if (auto poi = SocialPoiIndex::load(storePath, layers); poi && !poi->isEmpty())
            network.poi = std::make_shared<const SocialPoiIndex>(std::move(poi).value());
        else if (!poi)
            qCWarning(lcDesk).noquote() << "social places not loaded:" << poi.error().message;
        return network;
    }));
    refreshCrews();
}

void InterventionDesk::start(const QString &storePath, AlarmService *alarms, IngestService *ingest)
{
    stop();
    m_alarms = alarms;
    m_storePath = storePath;
    m_service = std::make_unique<InterventionService>(storePath);
    m_controller->setService(m_service.get());
    connect(m_service.get(), &InterventionService::failed, this, [this](const Error &e) {
        emit message(tr("Interventions: %1").arg(e.message));
    });
    if (ingest) {
        QHash<QString, QString> trackers;
        for (const Crew &c : std::as_const(m_crews))
            if (!c.trackerDeviceId.isEmpty())
                trackers.insert(c.trackerDeviceId, c.id);
        ingest->setTrackers(trackers);
        connect(ingest, &IngestService::crewFixes, this, &InterventionDesk::crewFixes);
    }
    m_service->start(m_city ? m_city->directory : nullptr, m_sla);
}

void InterventionDesk::setDispatch(const DispatchSettings *settings)
{
    if (m_dispatcher) {
        m_dispatcher->close();
        m_dispatcher.reset();
    }
    if (!settings || !m_service)
        return;
    m_dispatcher = std::make_unique<Dispatcher>(*settings, m_storePath);
    connect(m_service.get(), &InterventionService::outboxChanged, m_dispatcher.get(), &Dispatcher::outboxChanged);
    connect(m_dispatcher.get(), &Dispatcher::crewStatus, m_service.get(), &InterventionService::applyCrewStatus);
    connect(m_dispatcher.get(), &Dispatcher::rejected, this, [](const QString &topic, const Error &e) {
        qCWarning(lcDesk).noquote() << "crew status refused on" << topic << ':' << e.code << e.message;
    });
    connect(m_dispatcher.get(), &Dispatcher::stateChanged, this, [this](SourceState state, const QString &detail) {
        if (state == SourceState::Failed)
            emit message(tr("Dispatch to crews: %1").arg(detail));
    });
    m_dispatcher->open();
}

void InterventionDesk::stop()
{
    setDispatch(nullptr);
    if (m_service) {
        m_controller->setService(nullptr);
        m_service->stop();
        m_service.reset();
    }
    m_lastStatus.clear();
    m_followUps.clear();
    updateMarkers();
}

void InterventionDesk::mapSelection(const QVector<qint32> &assetIndexes)
{
    m_mapSelection = assetIndexes;
    m_mapSelectionNewer = true;
    emit message(assetIndexes.isEmpty() ? tr("No asset in the selection.")
                                        : tr("%n asset(s) selected on the map: Ctrl+N makes one intervention for them.",
                                             nullptr, int(assetIndexes.size())));
}

void InterventionDesk::crewFixes(const CrewFixes &fixes)
{
    for (const CrewFix &f : fixes) {
        const auto it = m_lastFix.constFind(f.crewId);
        if (it == m_lastFix.cend() || it->atMs <= f.atMs)
            m_lastFix.insert(f.crewId, f);
    }
    m_fixesChanged = true; // drawn by the next refreshCrews(), never per message
}

Intervention InterventionDesk::proposal() const
{
    Intervention p;
    if (!m_city || !m_city->directory)
        return p;
    const AssetDirectory &dir = *m_city->directory;
    QVector<qint32> assets;
    const QVector<qint64> alarmIds = m_alarmDock && !m_mapSelectionNewer ? m_alarmDock->selectedIds() : QVector<qint64>{};
    bool fromAlarms = false;
    p.priority = AlarmPriority::Medium;
    QStringList details;
    for (qint64 id : alarmIds) {
        const Alarm *a = m_alarmDock->model()->alarm(id);
        if (!a)
            continue;
        QVector<const Alarm *> members{a};
        if (a->assetIndex < 0) // a group parent brings its children
            for (qint64 child : m_alarmDock->model()->childrenOf(a->id))
                if (const Alarm *c = m_alarmDock->model()->alarm(child))
                    members << c;
        for (const Alarm *m : members) {
            if (m->assetIndex < 0)
                continue;
            if (!fromAlarms || int(m->priority) < int(p.priority))
                p.priority = m->priority;
            fromAlarms = true;
            if (!p.alarmIds.contains(m->id))
                p.alarmIds << m->id;
            if (!assets.contains(m->assetIndex))
                assets << m->assetIndex;
            if (!m->detail.isEmpty() && !details.contains(m->detail) && details.size() < 5)
                details << m->detail;
        }
    }
    if (!fromAlarms)
        assets = m_mapSelection;
    if (assets.isEmpty())
        return p;
    double lon = 0, lat = 0;
    QMap<QString, int> addresses;
    for (qint32 index : std::as_const(assets)) {
        const AssetRecord &r = dir.at(index);
        p.assetIds << r.id;
        lon += r.lon;
        lat += r.lat;
        const AssetGroupKeys keys = m_city->groups.value(index);
        const QString place = !r.address.isEmpty() ? r.address : !keys.street.isEmpty() ? keys.street : keys.district;
        if (!place.isEmpty())
            addresses[place]++;
    }
    p.lon = lon / assets.size();
    p.lat = lat / assets.size();
    p.kind = interventionKindFor(dir.at(assets.first()).kind);
    if (!addresses.isEmpty())
        p.location = std::max_element(addresses.cbegin(), addresses.cend()).key();
    p.description = details.join(QLatin1Char('\n'));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    p.dueAtMs = now + m_sla.dueAfter(p.priority);
    p.createdAtMs = now;
    return p;
}

void InterventionDesk::createFromSelection()
{
    if (!m_service) {
        emit message(tr("Interventions are not available: no city is open."));
        return;
    }
    const Intervention p = proposal();
    if (p.assetIds.isEmpty()) {
        m_dock->showBanner(tr("Select alarms in the alarm list, or assets on the map with Shift+drag, then press Ctrl+N."));
        return;
    }
    openDialog(p);
}

bool InterventionDesk::createFrom(const Intervention &proposal)
{
    if (!m_service) {
        emit message(tr("Interventions are not available: no city is open."));
        return false;
    }
    openDialog(prepared(proposal));
    return true;
}

bool InterventionDesk::createAndDispatch(const Intervention &proposal)
{
    if (!m_service) {
        emit message(tr("Interventions are not available: no city is open."));
        return false;
    }
    const Intervention initial = prepared(proposal);
    Intervention p = initial;
    p.breakdown = score(p);
    p.score = p.breakdown.score;
    QString crew;
    if (p.hasLocation()) {
        for (const CrewChoice &c : crewChoices(QPointF(p.lon, p.lat), p.kind)) {
            if (c.eligible) {
                crew = c.crewId;
                break;
            }
        }
    }
    submit(initial, p, crew, true);
    return true;
}

Intervention InterventionDesk::prepared(const Intervention &proposal) const
{
    Intervention p = proposal;
    p.id = 0;
    p.version = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (p.createdAtMs <= 0)
        p.createdAtMs = now;
    if (p.dueAtMs <= 0)
        p.dueAtMs = now + m_sla.dueAfter(p.priority);
    return p;
}

void InterventionDesk::edit(qint64 id)
{
    const Intervention i = m_controller->intervention(id);
    if (i.id)
        openDialog(i);
}

void InterventionDesk::openDialog(const Intervention &initial)
{
    const QPointF lonLat(initial.lon, initial.lat);
    InterventionDialog dialog(initial, assetLines(initial), [this](const Intervention &i) { return score(i); },
                              initial.hasLocation() ? crewChoices(lonLat, initial.kind) : QVector<CrewChoice>{}, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    submit(initial, dialog.intervention(), dialog.crewId(), dialog.dispatchRequested());
}

void InterventionDesk::submit(const Intervention &initial, const Intervention &edited, const QString &crew, bool dispatch)
{
    const FollowUp follow{crew != initial.crewId ? crew : QString(), dispatch};
    const qint64 request = initial.id ? m_controller->edit(edited) : m_controller->create(edited);
    if (request && (!follow.crewId.isEmpty() || follow.dispatch))
        m_followUps.insert(request, follow);
}

void InterventionDesk::requestApplied(qint64 requestId, const Intervention &after)
{
    const auto it = m_followUps.constFind(requestId);
    if (it == m_followUps.cend())
        return;
    const FollowUp follow = it.value();
    m_followUps.erase(it);
    if (!follow.crewId.isEmpty()) {
        const qint64 next = m_controller->assign(after.id, follow.crewId);
        if (follow.dispatch && next)
            m_followUps.insert(next, FollowUp{{}, true});
    } else if (follow.dispatch) {
        m_controller->dispatch(after.id);
    }
    m_dock->selectIntervention(after.id);
}

QVector<CrewChoice> InterventionDesk::crewChoices(QPointF lonLat, InterventionKind kind) const
{
    QSet<QString> busy;
    QHash<QString, qint64> jobOf;
    for (const Intervention &i : m_controller->interventions())
        if (underWay(i.status) && !i.crewId.isEmpty()) {
            busy.insert(i.crewId);
            jobOf.insert(i.crewId, i.id);
        }
    const QTimeZone zone(m_city ? m_city->pack.timeZone.toUtf8() : QByteArrayLiteral("Europe/Paris"));
    const QTime local = QDateTime::currentDateTimeUtc().toTimeZone(zone).time();
    const QVector<CrewSuggestion> suggestions = suggestCrews(m_graph.get(), webmercator::fromLonLat(lonLat.x(), lonLat.y()), kind, m_crews, m_lastFix,
                                                             busy, local.hour() * 60 + local.minute());
    QVector<CrewChoice> out;
    for (const CrewSuggestion &s : suggestions) {
        CrewChoice c;
        c.crewId = s.crewId;
        const auto crew = std::find_if(m_crews.cbegin(), m_crews.cend(), [&](const Crew &k) { return k.id == s.crewId; });
        c.name = crew != m_crews.cend() ? crew->name : s.crewId;
        c.state = s.activity == CrewActivity::Busy ? tr("Busy (#%1)").arg(jobOf.value(s.crewId))
                  : s.activity == CrewActivity::OffShift ? tr("Off shift")
                                                         : tr("Available");
        c.distance = describeTravel(s);
        if (!s.hasPosition)
            c.distance += tr(" (from its depot)");
        c.whyNot = s.whyNot;
        c.eligible = s.whyNot.isEmpty();
        out << c;
    }
    return out;
}

PriorityBreakdown InterventionDesk::score(const Intervention &i) const
{
    PriorityInputs in;
    in.priority = i.priority;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    in.nowMs = now;
    in.dueAtMs = i.dueAtMs;
    in.openSinceMs = i.createdAtMs > 0 ? i.createdAtMs : now;
    for (qint64 id : i.alarmIds) {
        if (const Alarm *a = m_alarmDock ? m_alarmDock->model()->alarm(id) : nullptr) {
            in.openSinceMs = std::min(in.openSinceMs, a->firstActiveMs > 0 ? a->firstActiveMs : in.openSinceMs);
            in.repeats += std::max(0, a->count - 1);
        }
    }
    // Frequency: each report once, however often it was linked.
    QVector<qint64> reports = i.reportIds;
    std::sort(reports.begin(), reports.end());
    reports.erase(std::unique(reports.begin(), reports.end()), reports.end());
    in.reports = int(reports.size());
    if (m_nightReports && !reports.isEmpty())
        in.reportsAtNight = m_nightReports(reports);
    in.lighting = i.kind == InterventionKind::Lighting;
    if (i.hasLocation()) {
        if (m_poi) {
            const auto nearest = m_poi->nearest(webmercator::fromLonLat(i.lon, i.lat));
            if (nearest) {
                in.nearestSocialPoiM = nearest->distanceM;
                in.nearestSocialPoiName = nearest->name;
            }
        }
        const SunTimes sun = sunTimes(i.lat, i.lon, solarDayIndex(now, i.lon));
        in.night = daylightAt(sun, now).phase == DaylightPhase::Night;
    }
    return priorityScore(in, PriorityWeights{});
}

QVector<qint32> InterventionDesk::assetIndexes(const Intervention &i) const
{
    QVector<qint32> out;
    if (!m_city || !m_city->directory)
        return out;
    for (const QString &id : i.assetIds)
        if (const int index = m_city->directory->indexOf(id); index >= 0)
            out << qint32(index);
    return out;
}

QStringList InterventionDesk::assetLines(const Intervention &i) const
{
    QStringList lines;
    if (!m_city || !m_city->directory)
        return lines;
    for (qint32 index : assetIndexes(i)) {
        const AssetRecord &r = m_city->directory->at(index);
        QStringList parts{r.ref};
        if (!r.label.isEmpty())
            parts << r.label;
        if (!r.address.isEmpty())
            parts << r.address;
        parts << QStringLiteral("%1, %2").arg(r.lat, 0, 'f', 5).arg(r.lon, 0, 'f', 5);
        lines << parts.join(QStringLiteral(" – "));
    }
    return lines;
}

void InterventionDesk::interventionsChanged(const QVector<Intervention> &changed, bool all)
{
    updateMarkers();
    updateAlarmLinks(changed);
    if (all)
        m_lastStatus.clear();
    for (const Intervention &i : changed)
        m_lastStatus.insert(i.id, i.status);
    refreshCrews();
}

void InterventionDesk::updateMarkers()
{
    QVector<InterventionMarker> markers;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Intervention &i : m_controller->interventions()) {
        if (isClosed(i.status) || !i.hasLocation())
            continue;
        markers << InterventionMarker{i.id, webmercator::fromLonLat(i.lon, i.lat), i.status, slaState(i, now, m_sla), QStringLiteral("#%1").arg(i.id)};
    }
    m_interventionLayer->setMarkers(markers);
}

void InterventionDesk::updateAlarmLinks(const QVector<Intervention> &changed)
{
    if (!m_alarms)
        return;
    QSet<qint32> handled, onSite;
    for (const Intervention &i : m_controller->interventions()) {
        if (!underWay(i.status))
            continue;
        for (qint32 index : assetIndexes(i)) {
            handled.insert(index);
            if (i.status == InterventionStatus::OnSite)
                onSite.insert(index);
        }
    }
    // AlarmService's slots only post to its thread.
    m_alarms->setInterventions(handled);
    m_alarms->setSuppression(QStringLiteral("intervention"), onSite);
    // Done: the linked alarms still waiting for an operator are acknowledged in its name.
    // Not in review: those acknowledgements were recorded and are replayed as they were.
    if (m_controller->isReadOnly())
        return;
    QVector<qint64> toAck;
    for (const Intervention &i : changed) {
        const auto before = m_lastStatus.constFind(i.id);
        if (i.status != InterventionStatus::Done || (before != m_lastStatus.cend() && before.value() == InterventionStatus::Done)
            || before == m_lastStatus.cend())
            continue;
        for (qint64 alarmId : i.alarmIds) {
            const Alarm *a = m_alarmDock ? m_alarmDock->model()->alarm(alarmId) : nullptr;
            if (a && a->needsAttention())
                toAck << alarmId;
            m_alarms->comment(alarmId, tr("Intervention #%1 done").arg(i.id));
        }
    }
    if (!toAck.isEmpty())
        m_alarms->acknowledge(toAck);
}

QHash<QString, CrewActivity> InterventionDesk::crewActivities() const
{
    QHash<QString, CrewActivity> out;
    const QTimeZone zone(m_city ? m_city->pack.timeZone.toUtf8() : QByteArrayLiteral("Europe/Paris"));
    const QTime local = QDateTime::currentDateTimeUtc().toTimeZone(zone).time();
    for (const Crew &c : m_crews)
        out.insert(c.id, c.onShift(local.hour() * 60 + local.minute()) ? CrewActivity::Available : CrewActivity::OffShift);
    for (const Intervention &i : m_controller->interventions())
        if (underWay(i.status) && out.contains(i.crewId))
            out.insert(i.crewId, CrewActivity::Busy);
    return out;
}

void InterventionDesk::refreshCrews()
{
    updateRoutes();
    const QHash<QString, CrewActivity> activities = crewActivities();
    m_crewLayer->setActivities(activities);
    if (m_fixesChanged) {
        CrewFixes fixes;
        for (const CrewFix &f : std::as_const(m_lastFix))
            fixes << f;
        m_crewLayer->setFixes(fixes);
        m_fixesChanged = false;
    }
    QStandardItemModel *model = m_dock->crewModel();
    model->setRowCount(int(m_crews.size()));
    QHash<QString, const Intervention *> jobOf;
    for (const Intervention &i : m_controller->interventions())
        if (underWay(i.status) && !i.crewId.isEmpty())
            jobOf.insert(i.crewId, &i);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int r = 0; r < m_crews.size(); ++r) {
        const Crew &c = m_crews.at(r);
        QStringList skills;
        for (InterventionKind k : {InterventionKind::Lighting, InterventionKind::Waste, InterventionKind::Roads, InterventionKind::Other})
            if (c.hasSkill(k))
                skills << InterventionModel::kindText(k);
        const CrewActivity a = activities.value(c.id);
        const QString state = a == CrewActivity::Busy ? tr("Busy") : a == CrewActivity::OffShift ? tr("Off shift") : tr("Available");
        const auto fix = m_lastFix.constFind(c.id);
        const QString position = fix == m_lastFix.cend() ? tr("depot (no fix yet)")
                                                         : tr("%1 ago").arg(QLocale().toString(std::max<qint64>(0, now - fix->atMs) / 1000)) + QStringLiteral(" s");
        const Intervention *job = jobOf.value(c.id);
        const QStringList cells{c.name,
                                state,
                                skills.join(QStringLiteral(", ")),
                                QStringLiteral("%1–%2").arg(QTime(0, 0).addSecs(c.shiftStartMin * 60).toString(QStringLiteral("HH:mm")),
                                                            QTime(0, 0).addSecs(c.shiftEndMin % 1440 * 60).toString(QStringLiteral("HH:mm"))),
                                c.vehicle,
                                position,
                                job ? QStringLiteral("#%1 %2").arg(job->id).arg(InterventionModel::statusText(job->status)) : QString()};
        for (int col = 0; col < cells.size(); ++col) {
            QStandardItem *item = model->item(r, col);
            if (!item) {
                item = new QStandardItem;
                model->setItem(r, col, item);
            }
            item->setText(cells.at(col));
            if (col == 0)
                item->setData(c.id, Qt::UserRole);
        }
    }
}

void InterventionDesk::updateRoutes()
{
    if (m_routeBuild.isRunning())
        return;
    QVector<QPair<QString, QPair<QPointF, QPointF>>> legs; // crew, from, to (EPSG:3857)
    for (const Intervention &i : m_controller->interventions()) {
        if (i.status != InterventionStatus::EnRoute || !i.hasLocation())
            continue;
        const auto crew = std::find_if(m_crews.cbegin(), m_crews.cend(), [&](const Crew &c) { return c.id == i.crewId; });
        QPointF from;
        if (crew != m_crews.cend() && crewPosition(*crew, m_lastFix, &from))
            legs.append({i.crewId, {from, webmercator::fromLonLat(i.lon, i.lat)}});
    }
    if (legs.isEmpty() && m_routed.isEmpty())
        return;
    m_routeBuild.setFuture(QtConcurrent::run([graph = m_graph, legs] {
        QHash<QString, QVector<QPointF>> routes;
        for (const auto &leg : legs) {
            QVector<QPointF> path = graph ? graph->path(leg.second.first, leg.second.second) : QVector<QPointF>{};
            routes.insert(leg.first, path.size() >= 2 ? path : QVector<QPointF>{leg.second.first, leg.second.second});
        }
        return routes;
    }));
}

void InterventionDesk::showIntervention(qint64 id)
{
    const Intervention i = m_controller->intervention(id);
    const QVector<qint32> assets = assetIndexes(i);
    if (!assets.isEmpty())
        emit assetsRequested(assets);
    else if (i.hasLocation() && m_canvas)
        m_canvas->centerOn(webmercator::fromLonLat(i.lon, i.lat), std::min(m_canvas->settings().resolution(), 1.0));
}

void InterventionDesk::writeSheets(const QVector<qint64> &ids, const QString &dayTitle)
{
    if (ids.isEmpty()) {
        m_dock->showBanner(tr("Nothing to print for this crew today."));
        return;
    }
    const QString suggested = dayTitle.isEmpty() ? tr("work-order-%1.pdf").arg(ids.first()) : tr("crew-day.pdf");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Work-order sheet"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QList<MapLayer *> layers = m_canvas ? m_canvas->layers() : QList<MapLayer *>{};
    std::vector<WorkOrderPage> pages;
    for (qint64 id : ids) {
        const Intervention i = m_controller->intervention(id);
        const auto crew = std::find_if(m_crews.cbegin(), m_crews.cend(), [&](const Crew &c) { return c.id == i.crewId; });
        const QPointF centre = i.hasLocation() ? webmercator::fromLonLat(i.lon, i.lat) : QPointF();
        pages.push_back(prepareWorkOrderPage(i, crew != m_crews.cend() ? crew->name : QString(), assetLines(i), layers, centre));
    }
    auto *watcher = new QFutureWatcher<Result<int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const Result<int> r = watcher->result();
        emit message(r ? tr("Work-order sheet written: %1 (%n page(s))", nullptr, r.value()).arg(path)
                       : tr("The work-order sheet could not be written: %1").arg(r.error().message));
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path, pages = std::move(pages), dayTitle] { return writeWorkOrderSheets(path, pages, dayTitle); }));
}

} // namespace vigie
