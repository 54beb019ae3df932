#include "reportdesk.h"

#include "alarmdock.h"
#include "alarmlistmodel.h"
#include "alarms/suntimes.h"
#include "appsettings.h"
#include "interventioncontroller.h"
#include "interventiondesk.h"
#include "interventionmodel.h"
#include "ingest/ingestservice.h"
#include "map/mapcanvas.h"
#include "map/reportlayer.h"
#include "network/webmercator.h"
#include "reports/open311server.h"
#include "reports/reportintake.h"
#include "reports/reportmatcher.h"
#include "reports/reportservice.h"
#include "reports/reportstore.h"
#include "reportsdock.h"
#include "reportsettingsdialog.h"
#include "storage/sqlite.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

Q_LOGGING_CATEGORY(lcReportDesk, "vigie.app.reports")

namespace vigie {

namespace {

constexpr int kRefreshMs = 150;

ReportPinCategory pinCategory(const ServiceDefinition *s, const QString &code)
{
    const QString key = (s ? s->group + QLatin1Char(' ') + s->code : code).toLower();
    if (key.contains(QLatin1String("dump")) || key.contains(QLatin1String("depot")) || key.contains(QLatin1String("encombrant"))
        || key.contains(QLatin1String("graffiti")) || key.contains(QLatin1String("propret")))
        return ReportPinCategory::Dumping;
    if (!s)
        return ReportPinCategory::Other;
    switch (s->interventionKind) {
    case InterventionKind::Lighting: return ReportPinCategory::Lighting;
    case InterventionKind::Waste: return ReportPinCategory::Waste;
    case InterventionKind::Roads: return ReportPinCategory::Roads;
    case InterventionKind::Other: break;
    }
    return ReportPinCategory::Other;
}

bool filedAtNight(const CitizenReport &r)
{
    if (!r.hasLocation() || r.requestedAtMs <= 0)
        return false;
    const SunTimes sun = sunTimes(r.lat, r.lon, solarDayIndex(r.requestedAtMs, r.lon));
    return daylightAt(sun, r.requestedAtMs).phase == DaylightPhase::Night;
}

} // namespace

ReportDesk::ReportDesk(MapCanvas *canvas, InterventionDesk *interventions, AlarmDock *alarms, QWidget *window)
    : QObject(window)
    , m_canvas(canvas)
    , m_interventions(interventions)
    , m_alarms(alarms)
    , m_window(window)
    , m_dock(new ReportsDock(window))
    , m_layer(new ReportLayer(this))
    , m_settings(appsettings::reports())
    , m_importAction(new QAction(tr("&Import DansMaRue CSV…"), this))
{
    m_importAction->setObjectName(QStringLiteral("importDansMaRue"));
    m_importAction->setToolTip(tr("Import citizen reports from a Paris DansMaRue export (CSV)"));
    m_importAction->setEnabled(false);
    connect(m_importAction, &QAction::triggered, this, &ReportDesk::chooseDansMaRueFile);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &ReportDesk::refresh);
    connect(m_dock, &ReportsDock::confirmRequested, this, &ReportDesk::confirmGroup);
    connect(m_dock, &ReportsDock::splitRequested, this, &ReportDesk::splitReport);
    connect(m_dock, &ReportsDock::linkRequested, this, &ReportDesk::chooseLink);
    connect(m_dock, &ReportsDock::createInterventionRequested, this, &ReportDesk::createIntervention);
    connect(m_dock, &ReportsDock::showRequested, this, &ReportDesk::showGroup);
    connect(m_dock, &ReportsDock::settingsRequested, this, &ReportDesk::editSettings);
    connect(m_layer, &ReportLayer::pinClicked, this, &ReportDesk::selectGroup);
    m_dock->setInterventionText([this](qint64 id) {
        const Intervention i = m_interventions ? m_interventions->controller()->intervention(id) : Intervention{};
        return i.id ? tr("Intervention #%1 · %2").arg(id).arg(InterventionModel::statusText(i.status)) : tr("Intervention #%1").arg(id);
    });
    if (m_interventions) {
        m_interventions->setNightReportCounter([this](const QVector<qint64> &ids) { return reportsAtNight(ids); });
        connect(m_interventions->controller(), &InterventionController::changed, this, &ReportDesk::interventionsChanged);
    }
}

ReportDesk::~ReportDesk()
{
    stop();
}

QList<MapLayer *> ReportDesk::layers() const
{
    return {m_layer};
}

void ReportDesk::fillMenu(QMenu *menu)
{
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("Citizen &reports"));
    menu->addAction(toggle);
    menu->addSeparator();
    menu->addActions({m_dock->confirmAction(), m_dock->splitAction(), m_dock->linkAction(), m_dock->createAction(),
                      m_dock->showAction()});
    menu->addSeparator();
    menu->addAction(m_importAction);
    menu->addAction(m_dock->settingsAction());
}

void ReportDesk::setCity(const LoadedCity *city, const QString &lang)
{
    m_city = city;
    m_lang = lang == QLatin1String("fr") ? lang : QStringLiteral("en");
    m_catalog = ServiceCatalog();
    if (city) {
        // A small file read once per city, like the pack's manifest.
        const QString path = QDir(city->pack.directory).filePath(QStringLiteral("services.json"));
        if (QFileInfo::exists(path)) {
            if (auto catalog = ServiceCatalog::load(path))
                m_catalog = std::move(catalog).value();
            else
                emit message(tr("Citizen reports: the city's services could not be read: %1").arg(catalog.error().message));
        }
    }
    m_dock->setContext(m_catalog, city ? city->directory : nullptr, m_lang);
}

void ReportDesk::setMqttFeed(IngestService *ingest)
{
    if (m_feed && m_service)
        disconnect(m_feed, &IngestService::reportsReceived, m_service.get(), nullptr);
    m_feed = ingest;
    connectFeed();
}

void ReportDesk::connectFeed()
{
    if (!m_feed || !m_service)
        return;
    // From the ingest thread straight to the report thread: submitAll() only queues.
    connect(
        m_feed, &IngestService::reportsReceived, m_service.get(),
        [service = m_service.get()](const QVector<CitizenReport> &reports) { service->submitAll(reports, QStringLiteral("mqtt")); },
        Qt::DirectConnection);
}

void ReportDesk::start(const QString &storePath)
{
    stop();
    m_storePath = storePath;
    m_service = std::make_unique<ReportService>(storePath);
    m_service->setPollInterval(500);
    connect(m_service.get(), &ReportService::reportsChanged, this, &ReportDesk::reportsChanged);
    connect(m_service.get(), &ReportService::groupsChanged, this, &ReportDesk::groupsChanged);
    connect(m_service.get(), &ReportService::failed, this, [this](const Error &e) { emit message(tr("Citizen reports: %1").arg(e.message)); });
    connect(m_service.get(), &ReportService::intakeRejected, this, [](const QString &ref, const Error &e) {
        qCWarning(lcReportDesk).noquote() << "report refused:" << ref << e.code;
    });
    connect(m_service.get(), &ReportService::batchSubmitted, this, &ReportDesk::batchSubmitted);
    m_importAction->setEnabled(true);
    m_service->start(m_city ? m_city->directory : nullptr, m_catalog, m_settings.core, m_settings.templates);
    connectFeed();
    startEndpoint();
}

void ReportDesk::startEndpoint()
{
    m_server.reset();
    if (!m_service || !m_settings.open311Enabled)
        return;
    if (m_catalog.isEmpty()) {
        emit message(tr("Open311 endpoint not started: the city pack lists no services (services.json)."));
        return;
    }
    m_server = std::make_unique<Open311Server>(m_storePath);
    const ReportIntake intake(m_catalog, AssetMatcher(m_city ? m_city->directory : nullptr), m_settings.core, m_settings.templates);
    QHostAddress address;
    if (!address.setAddress(m_settings.open311Address))
        address = QHostAddress::LocalHost;
    if (const Status started = m_server->start(intake, quint16(m_settings.open311Port), address.toString()); !started) {
        emit message(tr("Open311 endpoint not started on %1:%2: %3").arg(m_settings.open311Address).arg(m_settings.open311Port).arg(started.error().message));
        m_server.reset();
        return;
    }
    qCInfo(lcReportDesk).noquote() << "Open311 endpoint on" << address.toString() << m_server->port();
    emit message(tr("Open311 endpoint listening on %1:%2").arg(address.toString()).arg(m_server->port()));
}

void ReportDesk::stop()
{
    if (m_server) {
        m_server->stop();
        m_server.reset();
    }
    if (m_service) {
        // No more reports from the ingest thread first, then the thread stops.
        if (m_feed)
            disconnect(m_feed, &IngestService::reportsReceived, m_service.get(), nullptr);
        m_service->stop();
        m_service.reset();
    }
    m_importAction->setEnabled(false);
    m_imports.clear();
    m_autoDispatched.clear();
    m_groups.clear();
    m_reports.clear();
    m_readySent = false;
    m_refresh.stop();
    refresh();
}

quint16 ReportDesk::open311Port() const
{
    return m_server ? m_server->port() : 0;
}

void ReportDesk::post(std::function<void(ReportService *)> call)
{
    if (!m_service)
        return;
    // Queued, in the service object's thread: the GUI never waits for the store.
    QMetaObject::invokeMethod(m_service.get(), [service = m_service.get(), call = std::move(call)] { call(service); }, Qt::QueuedConnection);
}

QString ReportDesk::actor() const
{
    return appsettings::operatorName();
}

void ReportDesk::reportsChanged(const QVector<CitizenReport> &changed, bool all)
{
    if (all)
        m_reports.clear();
    for (const CitizenReport &r : changed)
        m_reports.insert(r.id, r);
    if (all && !m_readySent) {
        m_readySent = true;
        emit ready();
    }
    scheduleRefresh();
}

void ReportDesk::groupsChanged(const QVector<ReportGroup> &changed, bool all)
{
    if (all)
        m_groups.clear();
    for (const ReportGroup &g : changed)
        m_groups.insert(g.id, g);
    scheduleRefresh();
}

void ReportDesk::interventionsChanged(const QVector<Intervention> &changed, bool all)
{
    if (m_service)
        post([=](ReportService *s) { s->onInterventionsChanged(changed, all); });
    // An intervention created from (or edited to answer) reports: its groups follow it.
    for (const Intervention &i : changed) {
        if (vigie::isClosed(i.status))
            continue;
        QSet<qint64> groups;
        for (qint64 reportId : i.reportIds) {
            const auto r = m_reports.constFind(reportId);
            if (r != m_reports.cend() && r->groupId && m_groups.value(r->groupId).interventionId != i.id)
                groups.insert(r->groupId);
        }
        for (qint64 groupId : std::as_const(groups))
            if (m_groups.value(groupId).interventionId == 0 && m_service)
                post([groupId, id = i.id, who = actor()](ReportService *s) { s->linkGroup(groupId, 0, id, who); });
    }
    scheduleRefresh(); // pins show the intervention's stage
}

void ReportDesk::autoDispatch()
{
    if (m_autoDispatchAt <= 0 || !m_interventions)
        return;
    for (const ReportGroup &g : std::as_const(m_groups)) {
        if (!g.open || g.interventionId || g.reportCount < m_autoDispatchAt || m_autoDispatched.contains(g.id))
            continue;
        m_autoDispatched.insert(g.id);
        qCInfo(lcReportDesk) << "group" << g.id << "of" << g.reportCount << "reports: intervention created and dispatched";
        m_interventions->createAndDispatch(proposalFor(g.id));
    }
}

void ReportDesk::scheduleRefresh()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

void ReportDesk::refresh()
{
    autoDispatch();
    if (m_dock) {
        m_dock->setReports(m_groups, m_reports);
        // The tab says how many groups wait in the inbox, even behind the Interventions tab.
        int waiting = 0;
        for (const ReportGroup &g : std::as_const(m_groups))
            waiting += g.open && !g.confirmed && g.alarmId == 0 && g.interventionId == 0 ? 1 : 0;
        m_dock->setWindowTitle(waiting ? tr("Citizen reports (%1 new)").arg(waiting) : tr("Citizen reports"));
    }
    QHash<qint64, const CitizenReport *> located;
    for (const CitizenReport &r : std::as_const(m_reports))
        if (r.hasLocation() && !located.contains(r.groupId))
            located.insert(r.groupId, &r);
    QVector<ReportPin> pins;
    pins.reserve(m_groups.size());
    for (const ReportGroup &g : std::as_const(m_groups)) {
        double lat = g.lat, lon = g.lon;
        if (!(lat == lat && lon == lon)) {
            const CitizenReport *r = located.value(g.id);
            if (!r)
                continue;
            lat = r->lat;
            lon = r->lon;
        }
        ReportPin pin;
        pin.id = g.id;
        pin.position = webmercator::fromLonLat(lon, lat);
        pin.category = pinCategory(m_catalog.find(g.serviceCode), g.serviceCode);
        pin.residents = std::max(1, g.reportCount);
        const Intervention i = g.interventionId && m_interventions ? m_interventions->controller()->intervention(g.interventionId) : Intervention{};
        if (!g.open || (i.id && vigie::isClosed(i.status)))
            pin.stage = ReportPinStage::Closed;
        else if (g.interventionId)
            pin.stage = ReportPinStage::InProgress;
        else if (g.confirmed || g.alarmId)
            pin.stage = ReportPinStage::Confirmed;
        else
            pin.stage = ReportPinStage::New;
        pins << pin;
    }
    m_layer->setPins(pins);
}

Intervention ReportDesk::proposalFor(qint64 groupId) const
{
    Intervention p;
    const auto g = m_groups.constFind(groupId);
    if (g == m_groups.cend())
        return p;
    const ServiceDefinition *service = m_catalog.find(g->serviceCode);
    p.kind = service ? service->interventionKind : InterventionKind::Other;
    p.priority = AlarmPriority::Medium;
    QVector<const CitizenReport *> reports;
    for (const CitizenReport &r : m_reports)
        if (r.groupId == groupId)
            reports << &r;
    std::sort(reports.begin(), reports.end(), [](const CitizenReport *a, const CitizenReport *b) { return a->id < b->id; });
    for (const CitizenReport *r : std::as_const(reports))
        p.reportIds << r->id;
    if (g->alarmId)
        p.alarmIds << g->alarmId;
    p.lat = g->lat;
    p.lon = g->lon;
    const int asset = m_city && m_city->directory && !g->assetId.isEmpty() ? m_city->directory->indexOf(g->assetId) : -1;
    if (asset >= 0) {
        const AssetRecord &r = m_city->directory->at(asset);
        p.assetIds << r.id;
        p.lat = r.lat;
        p.lon = r.lon;
        p.location = r.address;
    }
    if (!p.hasLocation())
        for (const CitizenReport *r : std::as_const(reports))
            if (r->hasLocation()) {
                p.lat = r->lat;
                p.lon = r->lon;
                break;
            }
    if (p.location.isEmpty())
        for (const CitizenReport *r : std::as_const(reports))
            if (!r->addressString.trimmed().isEmpty()) {
                p.location = r->addressString.simplified().left(200);
                break;
            }
    // The crew reads this: the service and how many residents, never their words or names.
    QStringList ids;
    for (qint64 id : std::as_const(p.reportIds))
        ids << QStringLiteral("#%1").arg(id);
    p.description = tr("%1: reported by %n resident(s) (reports %2).", nullptr, std::max(g->reportCount, int(p.reportIds.size())))
                        .arg(service ? service->name(m_lang) : g->serviceCode, ids.join(QStringLiteral(", ")));
    return p;
}

int ReportDesk::reportsAtNight(const QVector<qint64> &reportIds) const
{
    int n = 0;
    for (qint64 id : reportIds) {
        const auto r = m_reports.constFind(id);
        n += r != m_reports.cend() && filedAtNight(*r) ? 1 : 0;
    }
    return n;
}

void ReportDesk::createIntervention(qint64 groupId)
{
    if (!m_groups.contains(groupId) || !m_interventions)
        return;
    if (const qint64 existing = m_groups.value(groupId).interventionId) {
        m_dock->showBanner(tr("This group is already answered by intervention #%1.").arg(existing));
        return;
    }
    m_interventions->createFrom(proposalFor(groupId));
}

void ReportDesk::confirmGroup(qint64 groupId)
{
    if (m_service)
        post([groupId, who = actor()](ReportService *s) { s->confirmGroup(groupId, who); });
}

void ReportDesk::splitReport(qint64 reportId)
{
    if (m_service)
        post([reportId, who = actor()](ReportService *s) { s->splitReport(reportId, who); });
}

void ReportDesk::linkGroup(qint64 groupId, qint64 alarmId, qint64 interventionId)
{
    if (!m_service || !m_groups.contains(groupId))
        return;
    post([=, who = actor()](ReportService *s) { s->linkGroup(groupId, alarmId, interventionId, who); });
    if (interventionId <= 0 || !m_interventions)
        return;
    // The intervention answers these reports too: its frequency term counts them.
    Intervention i = m_interventions->controller()->intervention(interventionId);
    if (!i.id)
        return;
    bool added = false;
    for (const CitizenReport &r : std::as_const(m_reports))
        if (r.groupId == groupId && !i.reportIds.contains(r.id)) {
            i.reportIds << r.id;
            added = true;
        }
    if (!added)
        return;
    i.breakdown = m_interventions->score(i);
    i.score = i.breakdown.score;
    m_interventions->controller()->edit(i);
}

void ReportDesk::chooseLink(qint64 groupId)
{
    const ReportGroup g = m_groups.value(groupId);
    if (!g.id)
        return;
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("reportLinkDialog"));
    dialog.setWindowTitle(tr("Link reports"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Link this group to an open intervention (nearest first) or to an alarm of its asset:"), &dialog));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("linkCandidates"));
    struct Candidate { double distance; QString text; qint64 intervention; qint64 alarm; };
    QVector<Candidate> candidates;
    if (m_interventions)
        for (const Intervention &i : m_interventions->controller()->interventions()) {
            if (vigie::isClosed(i.status))
                continue;
            const double d = i.hasLocation() && g.lat == g.lat ? distanceM(g.lat, g.lon, i.lat, i.lon) : 1e12;
            const QString where = d < 1e12 ? tr("%1 m away").arg(qRound(d)) : tr("place unknown");
            candidates.append({d, tr("Intervention #%1 · %2 · %3 · %4").arg(i.id).arg(InterventionModel::statusText(i.status), i.location, where), i.id, 0});
        }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) { return a.distance < b.distance; });
    if (m_alarms && !g.assetId.isEmpty()) {
        AlarmListModel *model = m_alarms->model();
        std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
            for (int r = 0; r < model->rowCount(parent); ++r) {
                const QModelIndex index = model->index(r, 0, parent);
                if (const Alarm *a = model->alarmAt(index); a && a->assetId == g.assetId)
                    candidates.append({0, tr("Alarm #%1 · %2 · %3").arg(a->id).arg(AlarmListModel::stateLabel(a->state), a->detail), 0, a->id});
                visit(index);
            }
        };
        visit({});
    }
    for (const Candidate &c : std::as_const(candidates)) {
        auto *item = new QListWidgetItem(c.text, list);
        item->setData(Qt::UserRole, c.intervention);
        item->setData(Qt::UserRole + 1, c.alarm);
    }
    if (candidates.isEmpty())
        layout->addWidget(new QLabel(tr("No open intervention, and no alarm on the matched asset."), &dialog));
    layout->addWidget(list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Link"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(list, &QListWidget::itemDoubleClicked, &dialog, &QDialog::accept);
    layout->addWidget(buttons);
    dialog.resize(620, 360);
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return;
    linkGroup(groupId, list->currentItem()->data(Qt::UserRole + 1).toLongLong(), list->currentItem()->data(Qt::UserRole).toLongLong());
}

void ReportDesk::selectGroup(qint64 groupId)
{
    if (!m_dock || !m_groups.contains(groupId))
        return;
    m_dock->selectGroup(groupId);
    m_dock->show();
    m_dock->raise(); // in front of the Interventions tab it shares
}

void ReportDesk::showGroup(qint64 groupId)
{
    const ReportGroup g = m_groups.value(groupId);
    if (!g.id || !m_canvas)
        return;
    m_dock->selectGroup(groupId);
    double lat = g.lat, lon = g.lon;
    if (!(lat == lat))
        for (const CitizenReport &r : std::as_const(m_reports))
            if (r.groupId == groupId && r.hasLocation()) {
                lat = r.lat;
                lon = r.lon;
                break;
            }
    if (lat == lat)
        m_canvas->centerOn(webmercator::fromLonLat(lon, lat), std::min(m_canvas->settings().resolution(), 1.0));
}

void ReportDesk::chooseDansMaRueFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import DansMaRue reports"), QString(),
                                                      tr("DansMaRue exports (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importDansMaRue(path);
}

void ReportDesk::importDansMaRue(const QString &path)
{
    if (!m_service)
        return;
    struct Read
    {
        DansMaRueImport data;
        Error error;
    };
    auto *watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Read read = watcher->result();
        if (!read.error.code.isEmpty()) {
            const QString text = tr("%1 could not be imported: %2").arg(QFileInfo(path).fileName(), read.error.message);
            showImportSummary(path, text, {});
            emit dansMaRueImported(path, ReportBatchOutcome{}, text);
            return;
        }
        if (!m_service)
            return; // stopped meanwhile (city closed)
        m_imports.insert(path, read.data.issues);
        post([path, reports = read.data.reports](ReportService *s) { s->submitAll(reports, path); });
    });
    emit message(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    watcher->setFuture(QtConcurrent::run([path, aliases = m_catalog.aliasMap()] {
        auto imported = readDansMaRueCsv(path, aliases);
        return imported ? Read{std::move(imported).value(), {}} : Read{{}, imported.error()};
    }));
}

void ReportDesk::batchSubmitted(const ReportBatchOutcome &outcome)
{
    const auto pending = m_imports.constFind(outcome.tag);
    if (pending == m_imports.cend())
        return; // MQTT reports, or an import of a previous service
    const QVector<CsvRowIssue> unreadable = pending.value();
    m_imports.erase(pending);
    QStringList lines{tr("%n report(s) imported from %1.", nullptr, outcome.stored).arg(QFileInfo(outcome.tag).fileName())};
    if (outcome.grouped > 0)
        lines << tr("%n of them joined a group of likely duplicates.", nullptr, outcome.grouped);
    if (outcome.duplicates > 0)
        lines << tr("%n already imported before: skipped.", nullptr, outcome.duplicates);
    QStringList refusals;
    for (const CsvRowIssue &issue : unreadable)
        refusals << tr("line %1: %2").arg(issue.line).arg(issue.reason);
    for (const auto &[ref, error] : outcome.rejected)
        refusals << tr("%1: %2").arg(ref.isEmpty() ? tr("(no number)") : ref, error.message);
    if (!refusals.isEmpty())
        lines << tr("%n row(s) refused:", nullptr, int(refusals.size()));
    const QString text = lines.join(QLatin1Char('\n'));
    showImportSummary(outcome.tag, text, refusals);
    emit dansMaRueImported(outcome.tag, outcome, refusals.isEmpty() ? text : text + QLatin1Char('\n') + refusals.join(QLatin1Char('\n')));
}

void ReportDesk::showImportSummary(const QString &path, const QString &text, const QStringList &refusals)
{
    // The first refusals in the text itself, all of them behind Show Details (plain text
    // too). The informative text is not used: Qt guesses its format, and reasons quote the file.
    constexpr int kShown = 10;
    QStringList shown{text};
    shown += refusals.mid(0, kShown);
    if (refusals.size() > kShown)
        shown << tr("… and %n more (Show Details).", nullptr, int(refusals.size() - kShown));
    // Not modal: the control room goes on while the supervisor reads it.
    auto *box = new QMessageBox(refusals.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("DansMaRue import"),
                                shown.join(QLatin1Char('\n')), QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("dansMaRueSummary"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    if (refusals.size() > kShown)
        box->setDetailedText(refusals.join(QLatin1Char('\n')));
    box->setToolTip(QDir::toNativeSeparators(path));
    box->open();
}

void ReportDesk::editSettings()
{
    ReportSettingsDialog dialog(m_settings, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    appsettings::saveReports(dialog.settings());
    const QJsonObject change = reportSettingsChange(m_settings, dialog.settings(), int(dialog.newApiKeys().size()),
                                                    int(dialog.revokedApiKeys().size()));
    applySettings(dialog.settings(), dialog.newApiKeys(), dialog.revokedApiKeys());
    if (!change.isEmpty())
        emit settingsChanged(change);
}

void ReportDesk::applySettings(const ReportDeskSettings &settings, const QStringList &newKeys, const QStringList &revokedKeys)
{
    const ReportDeskSettings before = m_settings;
    m_settings = settings;
    if (!newKeys.isEmpty() || !revokedKeys.isEmpty())
        registerKeys(newKeys, revokedKeys);
    if (!m_service)
        return;
    const bool coreChanged = before.core.matchRadiusM != settings.core.matchRadiusM || before.core.groupRadiusM != settings.core.groupRadiusM
                             || before.core.contactRetentionDays != settings.core.contactRetentionDays;
    const bool endpointChanged = before.open311Enabled != settings.open311Enabled || before.open311Address != settings.open311Address
                                 || before.open311Port != settings.open311Port;
    if (coreChanged) {
        start(m_storePath); // the service and the endpoint take distances and retention at start
        return;
    }
    post([templates = settings.templates](ReportService *s) { s->setTemplates(templates); });
    if (endpointChanged || m_server)
        startEndpoint(); // the endpoint's intake holds the templates of the Received note
}

void ReportDesk::registerKeys(const QStringList &add, const QStringList &revoke)
{
    if (m_storePath.isEmpty()) {
        emit message(tr("API keys can be registered once a city is open."));
        return;
    }
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        emit message(watcher->result());
        watcher->deleteLater();
    });
    const QString label = tr("added by %1").arg(actor());
    watcher->setFuture(QtConcurrent::run([path = m_storePath, add, revoke, label] {
        auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
        if (!db)
            return ReportDesk::tr("API keys not saved: %1").arg(db.error().message);
        ReportStore store(db.value());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        int added = 0, revoked = 0;
        for (const QString &key : add)
            added += store.addApiKey(key, label, now).ok() ? 1 : 0;
        for (const QString &key : revoke)
            revoked += store.revokeApiKey(key).ok() ? 1 : 0;
        return ReportDesk::tr("Open311: %1 API key(s) registered, %2 revoked.").arg(added).arg(revoked);
    }));
}

} // namespace vigie
