#include "coordinationdesk.h"

#include "alarms/alarmservice.h"
#include "appsettings.h"
#include "coordinationdock.h"
#include "coordinationmodel.h"
#include "coordinationruledialog.h"
#include "coordinationworker.h"
#include "dispatch/dispatcher.h"
#include "ingest/ingestservice.h"
#include "interventioncontroller.h"
#include "interventiondesk.h"
#include "map/assetlayer.h"
#include "map/citymap.h"
#include "map/mapcanvas.h"
#include "map/roadworkslayer.h"
#include "map/roundlayer.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QPushButton>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace vigie {

namespace {

const QString kTopicKey = QStringLiteral("coordination/topicPattern");

AlarmPriority priorityOf(CoordinationSeverity severity)
{
    switch (severity) {
    case CoordinationSeverity::Critical: return AlarmPriority::High;
    case CoordinationSeverity::Warning: return AlarmPriority::Medium;
    case CoordinationSeverity::Info: break;
    }
    return AlarmPriority::Low;
}

InterventionKind interventionKindOf(CoordinationKind kind)
{
    switch (kind) {
    case CoordinationKind::RoundBlocked:
    case CoordinationKind::OverflowBehindWorks: return InterventionKind::Waste;
    case CoordinationKind::SuspectedCableCut:
    case CoordinationKind::LightingForSafety: return InterventionKind::Lighting;
    case CoordinationKind::CombineIntervention: break;
    }
    return InterventionKind::Roads;
}

} // namespace

CoordinationDesk::CoordinationDesk(MapCanvas *canvas, InterventionDesk *interventions, QWidget *window)
    : QObject(window)
    , m_canvas(canvas)
    , m_interventions(interventions)
    , m_window(window)
    , m_dock(new CoordinationDock(window))
    , m_roadworks(new RoadworksLayer(this))
    , m_rounds(new RoundLayer(this))
    , m_worker(new CoordinationWorker)
    , m_settings(coordinationsettings::load())
{
    m_thread.setObjectName(QStringLiteral("vigie-coordination"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &CoordinationDesk::loadRequested, m_worker, &CoordinationWorker::load);
    connect(this, &CoordinationDesk::nowRequested, m_worker, &CoordinationWorker::setNow);
    connect(this, &CoordinationDesk::settingsRequested, m_worker, &CoordinationWorker::setSettings);
    connect(this, &CoordinationDesk::plannedWorksRequested, m_worker, &CoordinationWorker::setPlannedWorks);
    connect(this, &CoordinationDesk::clearRequested, m_worker, &CoordinationWorker::clear);
    connect(m_worker, &CoordinationWorker::loaded, this, &CoordinationDesk::loaded);
    connect(m_worker, &CoordinationWorker::itemsChanged, this, &CoordinationDesk::itemsChanged);
    connect(m_worker, &CoordinationWorker::zonesChanged, this, [this](const RoadworksZones &zones) {
        m_roadworks->setZones(zones);
        updateStatus();
    });
    connect(m_worker, &CoordinationWorker::failed, this, [this](const QString &text) { emit message(text); });
    m_thread.start();

    connect(m_dock, &CoordinationDock::timeWindowChanged, this, &CoordinationDesk::timeWindowChanged);
    connect(m_dock, &CoordinationDock::showRequested, this, &CoordinationDesk::showItem);
    connect(m_dock, &CoordinationDock::interventionRequested, this, &CoordinationDesk::createIntervention);
    connect(m_dock, &CoordinationDock::notifyRequested, this, &CoordinationDesk::notify);
    connect(m_dock, &CoordinationDock::rulesRequested, this, &CoordinationDesk::editRules);
    connect(m_dock, &CoordinationDock::selectionChanged, this, [this](const QString &key) {
        const CoordinationItem *i = m_dock->model()->item(key);
        m_roadworks->setHighlighted(i && !i->worksId.isEmpty() ? QSet<QString>{i->worksId} : QSet<QString>{});
    });
    m_roadworks->setTimeWindow(m_dock->windowFrom(), m_dock->windowUntil());

    m_collectionTimer.setInterval(3600'000);
    connect(&m_collectionTimer, &QTimer::timeout, this, &CoordinationDesk::sendCollectionWindows);
        m_plannedTimer.setSingleShot(true);
    m_plannedTimer.setInterval(1000);
    connect(&m_plannedTimer, &QTimer::timeout, this, &CoordinationDesk::updatePlannedWorks);
    if (m_interventions) {
        connect(m_interventions->controller(), &InterventionController::changed, this, [this] { m_plannedTimer.start(); });
        connect(m_interventions, &InterventionDesk::streetGraphReady, this, [this] {
            if (!m_waitingForStreets)
                return;
            CoordinationCityInput input = std::move(*m_waitingForStreets);
            m_waitingForStreets.reset();
            input.streets = m_interventions->streetGraph();
            input.settings = m_settings; // both may have changed meanwhile
            input.nowMs = m_dock->windowFrom();
            emit loadRequested(input);
        });
    }
    updateActions();
}

CoordinationDesk::~CoordinationDesk()
{
    m_notifier.reset(); // its network thread may post to the worker: stop it first
    m_thread.quit();
    m_thread.wait();
}

QList<MapLayer *> CoordinationDesk::layers() const
{
    return {m_roadworks, m_rounds};
}

QList<MapLayer *> CoordinationDesk::arrange(const QList<MapLayer *> &cityLayers) const
{
    QList<MapLayer *> out;
    int firstAsset = -1, lastAsset = -1;
    for (int i = 0; i < cityLayers.size(); ++i) {
        MapLayer *layer = cityLayers.at(i);
        if (layer->role() == LayerRole::Asset) {
            if (firstAsset < 0)
                firstAsset = i;
            lastAsset = i;
        } else if (layer->role() == LayerRole::Roadworks) {
            layer->setVisible(false);
        }
    }
    if (firstAsset < 0) // no assets: on top of everything but the labels
        firstAsset = lastAsset = int(cityLayers.size()) - 2;
    for (int i = 0; i < cityLayers.size(); ++i) {
        if (i == firstAsset)
            out << m_roadworks;
        out << cityLayers.at(i);
        if (i == lastAsset)
            out << m_rounds;
    }
    if (!out.contains(m_roadworks))
        out << m_roadworks << m_rounds;
    return out;
}

void CoordinationDesk::fillMenu(QMenu *menu)
{
    QAction *panel = m_dock->toggleViewAction();
    panel->setText(tr("Coordination &panel"));
    menu->addAction(panel);
    menu->addAction(tr("&Rules…"), this, &CoordinationDesk::editRules);
    menu->addAction(tr("Notification &topic…"), this, [this] {
        bool ok = false;
        const QString pattern = QInputDialog::getText(m_window, tr("Coordination messages"),
                                                      tr("MQTT topic per service ({service} is replaced by roads, waste or lighting):"),
                                                      QLineEdit::Normal, topicPattern(), &ok);
        if (ok && !pattern.trimmed().isEmpty())
            setTopicPattern(pattern.trimmed());
    });
}

QString CoordinationDesk::topicPattern() const
{
    return QSettings().value(kTopicKey, CoordinationNotifySettings().topicPattern).toString();
}

void CoordinationDesk::setTopicPattern(const QString &pattern)
{
    CoordinationNotifySettings probe;
    probe.topicPattern = pattern;
    probe.mqtt.clientId = QStringLiteral("probe");
    if (auto valid = probe.validate(); !valid) {
        emit message(valid.error().message);
        return;
    }
    QSettings().setValue(kTopicKey, pattern);
    if (m_notifier) { // reconnect with the new pattern
        const DispatchSettings again{m_notifier->settings().mqtt, {}};
        setDispatch(&again);
    }
}

void CoordinationDesk::setCity(const LoadedCity *city, CityMap *cityMap)
{
    m_city = city;
    m_cityMap = cityMap;
    m_ready = false;
    m_autoJumped = false;
    m_firstSnapshot = true;
    m_unplaced.clear();
    m_importIssues = 0;
    m_cableCuts.clear();
    m_haveResult = false;
    m_collectionRounds.clear();
    m_collectionTimer.stop();
    m_waitingForStreets.reset();
    m_roadworks->setZones(nullptr);
    m_roadworks->setHighlighted({});
    m_rounds->setRounds({});
    m_dock->setItems({});
    m_dock->setDataPeriod(0, 0, 0);
    if (!city || !city->directory) {
        emit clearRequested();
        updateActions();
        updateStatus();
        return;
    }
    CoordinationCityInput input;
    input.cityId = city->pack.id;
    input.zone = QTimeZone(city->pack.timeZone.toUtf8());
    m_zone = input.zone;
    m_dock->setTimeZone(input.zone);
    for (const PackLayer &layer : city->pack.layers)
        if (layer.role == LayerRole::Roadworks)
            input.worksFiles << layer.file;
    const QString rounds = QDir(city->pack.directory).filePath(QStringLiteral("rounds.json"));
    if (QFileInfo::exists(rounds))
        input.roundsFile = rounds;
    const AssetDirectory &dir = *city->directory;
    double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
    for (int i = 0; i < dir.size(); ++i) {
        const AssetRecord &r = dir.at(i);
        if (r.kind != AssetKind::Streetlight && r.kind != AssetKind::WasteContainer)
            continue;
        CoordinationAsset a;
        a.index = i;
        a.id = r.id;
        a.kind = r.kind;
        a.lon = r.lon;
        a.lat = r.lat;
        minLon = std::min(minLon, r.lon);
        maxLon = std::max(maxLon, r.lon);
        minLat = std::min(minLat, r.lat);
        maxLat = std::max(maxLat, r.lat);
        if (i < city->states.size()) {
            const AssetState &s = city->states.at(i);
            if (r.kind == AssetKind::Streetlight && isFaultStatus(r.kind, s.status)) {
                a.dark = true;
                a.darkSinceMs = s.statusAtMs;
            }
            if (r.kind == AssetKind::WasteContainer) {
                a.fill.fillRatio = s.fillingLevel;
                a.fill.observedAtMs = s.fillingLevelAtMs;
            }
        }
        if (r.kind == AssetKind::WasteContainer) {
            RoundStop stop;
            stop.containerId = r.id;
            stop.districtId = i < city->groups.size() ? city->groups.at(i).district : QString();
            stop.lon = r.lon;
            stop.lat = r.lat;
            input.roundStops << stop;
        }
        input.assets << a;
    }
    input.frame = minLon <= maxLon ? LocalFrame((minLon + maxLon) / 2, (minLat + maxLat) / 2) : LocalFrame();
    input.streets = m_interventions ? m_interventions->streetGraph() : StreetGraphPtr{};
    input.settings = m_settings;
    input.storePath = city->storePath;
    input.nowMs = m_dock->windowFrom();
    if (m_interventions && m_interventions->streetGraphPending())
        m_waitingForStreets = input; // the graph is built in the background: rounds wait for it
    else
        emit loadRequested(input);
    updateActions();
    updateStatus();
}

void CoordinationDesk::setIngest(IngestService *ingest)
{
    if (m_ingest)
        disconnect(m_ingest, nullptr, m_worker, nullptr);
    m_ingest = ingest;
    // Ingest's deltas are already coalesced; the worker merges them again per 100 ms.
    if (ingest)
        connect(ingest, &IngestService::stateChanged, m_worker, &CoordinationWorker::applyStates);
    updateActions();
}

void CoordinationDesk::setAlarms(AlarmService *alarms)
{
    m_alarms = alarms;
    m_alarmsSent = {};
    m_alarmsSynced = false;
    if (m_haveResult)
        sendCableCutAlarms();
    sendCollectionWindows();
}

void CoordinationDesk::sendCollectionWindows()
{
    // In review the session's keyframes carry the windows that were in force.
    if (!m_alarms || m_readOnly || !m_city || !m_city->directory || m_collectionRounds.isEmpty()) {
        m_collectionTimer.stop();
        return;
    }
    constexpr qint64 kDay = 24 * 3600'000LL;
    constexpr qint64 kMarginMs = 30 * 60'000; // a crew ahead of or behind its schedule
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const ExpectedChanges windows = collectionWindows(m_collectionRounds, m_zone, now - kDay, now + 2 * kDay, kMarginMs);
    QHash<qint32, QVector<QPair<qint64, qint64>>> byAsset;
    for (auto it = windows.cbegin(); it != windows.cend(); ++it) {
        const qint32 index = qint32(m_city->directory->indexOf(it.key()));
        if (index >= 0)
            byAsset.insert(index, it.value());
    }
    m_alarms->setExpectedChanges(byAsset);
    if (!m_collectionTimer.isActive())
        m_collectionTimer.start();
}

void CoordinationDesk::updateCableCuts(const QVector<CoordinationItem> &items, const QStringList &removed, bool all)
{
    if (all)
        m_cableCuts.clear();
    for (const QString &key : removed)
        m_cableCuts.remove(key);
    for (const CoordinationItem &i : items) {
        if (i.kind == CoordinationKind::SuspectedCableCut)
            m_cableCuts.insert(i.key, i);
    }
    m_haveResult = true;
    sendCableCutAlarms();
}

void CoordinationDesk::sendCableCutAlarms()
{
    if (!m_alarms || m_readOnly)
        return;
    CableCutAlarms now = cableCutAlarms(m_cableCuts.values());
    // The first set is always sent: after a restart it ends the stored alarms and
    // suppressions that no longer hold.
    if (m_alarmsSynced && now == m_alarmsSent)
        return;
    // Suppression first: a lamp alarm raised meanwhile starts suppressed.
    if (!m_alarmsSynced || now.lamps != m_alarmsSent.lamps)
        m_alarms->setSuppression(coordinationSuppressionSource(), now.lamps);
    if (!m_alarmsSynced || now.conditions != m_alarmsSent.conditions)
        m_alarms->setSubjectConditions(QString::fromLatin1(kCableCutRuleKey), now.conditions);
    m_alarmsSent = std::move(now);
    m_alarmsSynced = true;
}

void CoordinationDesk::setDispatch(const DispatchSettings *settings)
{
    m_notifier.reset();
    if (settings) {
        CoordinationNotifySettings s;
        s.mqtt = settings->mqtt;
        QString id = s.mqtt.clientId;
        if (id.endsWith(QLatin1String("-dispatch")))
            id.chop(int(qstrlen("-dispatch")));
        if (!id.endsWith(QLatin1String("-coordination")))
            id += QStringLiteral("-coordination");
        s.mqtt.clientId = id;
        s.mqtt.cleanSession = true;
        s.mqtt.subscriptions.clear();
        s.topicPattern = topicPattern();
        if (!m_readOnly && m_city)
            s.storePath = m_city->storePath; // unsent messages survive a restart
        m_notifier = std::make_unique<CoordinationNotifier>(s);
        CoordinationWorker *worker = m_worker;
        m_notifier->setWorksHandler([worker](const QByteArray &, const QByteArray &payload) {
            QMetaObject::invokeMethod(worker, [worker, payload] { worker->receiveWorks(payload); }, Qt::QueuedConnection);
        });
        connect(m_notifier.get(), &CoordinationNotifier::delivered, this, [this](const QString &, const QString &topic) {
            emit message(tr("Coordination message delivered to %1.").arg(topic));
        });
        connect(m_notifier.get(), &CoordinationNotifier::refused, this, [this](const QString &, const QString &topic, const QString &why) {
            emit message(tr("The broker refused the coordination message to %1 (%2).").arg(topic, why));
        });
        connect(m_notifier.get(), &CoordinationNotifier::stateChanged, this, [this] { updateActions(); });
        m_notifier->open();
    }
    updateActions();
}

void CoordinationDesk::updateActions()
{
    m_dock->setActionsAvailable(!m_readOnly && m_interventions && m_interventions->isRunning() && m_city,
                                !m_readOnly && m_notifier != nullptr && m_city);
}

void CoordinationDesk::setReadOnly()
{
    m_readOnly = true;
    for (auto *button : m_dock->findChildren<QPushButton *>(QStringLiteral("coordinationRules")))
        button->setEnabled(false);
    updateActions();
}

void CoordinationDesk::loaded(const CoordinationSnapshot &snapshot)
{
    if (!m_city)
        return;
    m_roadworks->setZones(snapshot.zones);
    m_rounds->setRounds(snapshot.rounds);
    if (m_collectionRounds.size() != snapshot.collectionRounds.size()
        || !std::equal(m_collectionRounds.cbegin(), m_collectionRounds.cend(), snapshot.collectionRounds.cbegin(),
                       [](const CollectionRound &a, const CollectionRound &b) {
                           return a.id == b.id && a.containerIds == b.containerIds && a.schedule == b.schedule;
                       })) {
        m_collectionRounds = snapshot.collectionRounds;
        sendCollectionWindows();
    }
    m_dock->setDataPeriod(snapshot.dataFromMs, snapshot.dataUntilMs, snapshot.busiestMs);
    m_dock->setItems(snapshot.items);
    m_unplaced = snapshot.unplacedWorks;
    m_importIssues = snapshot.importIssues;
    if (m_firstSnapshot) {
        m_firstSnapshot = false;
        // Nothing of the data active in the look-ahead from now (the Paris open data ends in
        // 2019, but a few of its zones have no end): move into the data's period rather
        // than show an empty panel.
        const qint64 from = m_dock->windowFrom();
        const qint64 until = std::max(m_dock->windowUntil(), from + m_settings.horizonMs);
        const bool anyActive = snapshot.zones && std::any_of(snapshot.zones->cbegin(), snapshot.zones->cend(),
                                                             [&](const RoadworksZone &z) { return z.activeDuring(from, until); });
        // A few open-ended zones do not make the data current: jump as well when every
        // dated zone ended before the window.
        const bool dataEnded = snapshot.dataUntilMs > 0 && from > snapshot.dataUntilMs;
        if ((!anyActive || dataEnded) && snapshot.busiestMs > 0) {
            m_autoJumped = true;
            m_dock->setTimeWindow(snapshot.busiestMs, snapshot.busiestMs); // → nowRequested → loaded again
            updateStatus();
            return;
        }
    }
    updateCableCuts(snapshot.items, {}, true);
    updateStatus();
    if (!m_ready) {
        m_ready = true;
        emit ready();
    }
}

void CoordinationDesk::itemsChanged(const CoordinationDelta &delta)
{
    m_dock->applyDelta(delta);
    updateCableCuts(delta.added + delta.changed, delta.removed, false);
    updateStatus();
}

void CoordinationDesk::timeWindowChanged(qint64 fromMs, qint64 untilMs)
{
    m_roadworks->setTimeWindow(fromMs, untilMs);
    emit nowRequested(fromMs);
    updateStatus();
}

void CoordinationDesk::updateStatus()
{
    if (!m_city) {
        m_dock->setStatusText({});
        return;
    }
    const int total = m_roadworks->zones() ? int(m_roadworks->zones()->size()) : 0;
    QStringList parts;
    parts << tr("%n works zone(s)", nullptr, total) + QStringLiteral(", ")
                 + tr("%n active in the window", nullptr, m_roadworks->activeCount());
    const int rounds = m_rounds->rounds() ? int(m_rounds->rounds()->size()) : 0;
    parts << tr("%n collection round(s)", nullptr, rounds);
    QString text = parts.join(QStringLiteral(" · ")) + QLatin1Char('.');
    if (!m_unplaced.isEmpty())
        text += QLatin1Char(' ') + tr("%n works zone(s) without a usable geometry are listed only (City › Import report).", nullptr, int(m_unplaced.size()));
    if (m_autoJumped) {
        const QLocale locale;
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_dock->windowFrom(), Qt::UTC).toTimeZone(QTimeZone(m_city->pack.timeZone.toUtf8()));
        text += QLatin1Char(' ') + tr("The roadworks data is not current: showing %1, when most of its works were active. Press Now to come back.")
                                       .arg(locale.toString(at.date(), QLocale::LongFormat));
    }
    m_dock->setStatusText(text);
}

void CoordinationDesk::updatePlannedWorks()
{
    if (!m_interventions)
        return;
    QVector<PlannedWork> works;
    for (const Intervention &i : m_interventions->controller()->interventions()) {
        if (i.closedAtMs > 0 || !i.hasLocation())
            continue;
        PlannedWork w;
        w.interventionId = i.id;
        w.kind = interventionKindKey(i.kind);
        w.label = !i.location.isEmpty() ? i.location : i.description.section(QLatin1Char('\n'), 0, 0);
        w.lon = i.lon;
        w.lat = i.lat;
        w.fromMs = i.createdAtMs;
        w.untilMs = i.dueAtMs > i.createdAtMs ? i.dueAtMs : i.createdAtMs + 24LL * 3600 * 1000;
        works << w;
    }
    emit plannedWorksRequested(works);
}

void CoordinationDesk::showItem(const QString &key)
{
    const CoordinationItem *i = m_dock->model()->item(key);
    if (!i || !m_canvas)
        return;
    QRectF box;
    if (!i->worksId.isEmpty()) {
        box = m_roadworks->extentOf({i->worksId});
        m_roadworks->setHighlighted({i->worksId});
    }
    frameOnMap(m_cityMap ? m_cityMap->boundsOf(i->assetIndexes, box) : box);
}

void CoordinationDesk::showSubject(const QString &subject)
{
    const QString prefix = QStringLiteral("worksZone:");
    if (!subject.startsWith(prefix) || !m_canvas)
        return;
    const QString worksId = subject.mid(prefix.size());
    m_roadworks->setHighlighted({worksId});
    frameOnMap(m_roadworks->extentOf({worksId}));
}

void CoordinationDesk::frameOnMap(const QRectF &frame)
{
    if (frame.isNull())
        return;
    const QSize view = m_canvas->viewport()->size();
    double resolution = 1.0; // street level for a point
    if (view.width() > 0 && view.height() > 0)
        resolution = std::max({resolution, frame.width() * 1.4 / view.width(), frame.height() * 1.4 / view.height()});
    m_canvas->centerOn(frame.center(), resolution);
    // centerOn only zooms in: zoom out as well when the frame is larger than the view.
    if (m_canvas->settings().resolution() < resolution)
        m_canvas->setSettings(MapSettings(frame.center(), resolution, view, m_canvas->devicePixelRatioF()));
}

Intervention CoordinationDesk::interventionFor(const CoordinationItem &item) const
{
    Intervention p;
    p.kind = interventionKindOf(item.kind);
    p.assetIds = item.assetIds;
    p.priority = priorityOf(item.severity);
    p.lon = item.lon;
    p.lat = item.lat;
    if (!p.hasLocation() && m_city && m_city->directory && !item.assetIndexes.isEmpty()) {
        const AssetRecord &r = m_city->directory->at(item.assetIndexes.first());
        p.lon = r.lon;
        p.lat = r.lat;
    }
    QString street;
    if (m_roadworks->zones())
        for (const RoadworksZone &z : *m_roadworks->zones())
            if (z.id == item.worksId) {
                street = z.label;
                break;
            }
    p.location = street;
    QStringList text{item.summary};
    if (!item.suggestedAction.isEmpty())
        text << tr("Suggested: %1").arg(item.suggestedAction);
    if (!item.worksId.isEmpty())
        text << tr("Roadworks %1%2: coordinate with the works owner on site.")
                    .arg(item.worksId, street.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(street));
    if (!item.roundId.isEmpty())
        text << tr("Collection round %1.").arg(item.roundId);
    if (item.interventionId > 0)
        text << tr("Combine with intervention #%1.").arg(item.interventionId);
    p.description = text.join(QLatin1Char('\n'));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    p.createdAtMs = now;
    p.dueAtMs = now + SlaPolicy().dueAfter(p.priority);
    return p;
}

CoordinationMessage CoordinationDesk::messageFor(const CoordinationItem &item, const QString &service) const
{
    CoordinationMessage m;
    m.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.city = m_city ? m_city->pack.id : QString();
    m.service = service;
    m.sentBy = appsettings::operatorName();
    m.sentAtMs = QDateTime::currentMSecsSinceEpoch();
    m.item = item;
    return m;
}

void CoordinationDesk::createIntervention(const QString &key)
{
    const CoordinationItem *i = m_dock->model()->item(key);
    if (!i || !m_interventions)
        return;
    m_interventions->createFrom(interventionFor(*i));
}

void CoordinationDesk::notify(const QString &key, const QString &service)
{
    const CoordinationItem *i = m_dock->model()->item(key);
    if (!i)
        return;
    if (!m_notifier) {
        emit message(tr("Not connected to the broker: the coordination message was not sent."));
        return;
    }
    const CoordinationMessage m = messageFor(*i, service);
    const QString topic = m_notifier->settings().topicFor(service);
    if (auto queued = m_notifier->notify(m.messageId, topic, coordinationMessageJson(m)); !queued) {
        emit message(queued.error().message);
        return;
    }
    emit message(tr("Coordination message for %1 queued on %2.").arg(CoordinationDock::serviceName(service), topic));
}

void CoordinationDesk::editRules()
{
    if (m_readOnly)
        return;
    CoordinationRuleDialog dialog(m_settings, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QJsonObject change = coordinationSettingsChange(m_settings, dialog.settings());
    m_settings = dialog.settings();
    coordinationsettings::save(m_settings);
    emit settingsRequested(m_settings);
    if (!change.isEmpty())
        emit settingsChanged(change);
}

} // namespace vigie
