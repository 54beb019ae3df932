#include "mainwindow.h"

#include "alarmdock.h"
#include "alarmkpidock.h"
#include "alarmlistmodel.h"
#include "alarmruledialog.h"
#include "alarms/alarmservice.h"
#include "alarmsound.h"
#include "appsettings.h"
#include "brokerdialog.h"
#include "brokersecrets.h"
#include "clientidlock.h"
#include "coordinationdesk.h"
#include "coordinationdock.h"
#include "crs/coordinatetransform.h"
#include "dispatch/dispatcher.h"
#include "floodbanner.h"
#include "importreportdialog.h"
#include "ingest/ingestservice.h"
#include "ingest/mqttsource.h"
#include "ingeststatus.h"
#include "inspectorpanel.h"
#include "interventioncontroller.h"
#include "interventiondesk.h"
#include "interventiondock.h"
#include "liverecording.h"
#include "map/assetlayer.h"
#include "map/citymap.h"
#include "map/layertreemodel.h"
#include "map/mapcanvas.h"
#include "quarantinepanel.h"
#include "reportdesk.h"
#include "reportsdock.h"
#include "reports/mqttreportreader.h"
#include "reviewbanner.h"
#include "reviewcontroller.h"
#include "timelinebar.h"
#include "storage/storewriter.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcApp, "vigie.app")

namespace vigie {

MainWindow::MainWindow(AppOptions options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(std::move(options))
    , m_canvas(new MapCanvas(this))
    , m_layerModel(new LayerTreeModel(this))
    , m_layerTree(new QTreeView(this))
    , m_inspector(new InspectorPanel(this))
    , m_quarantine(new QuarantinePanel(this))
    , m_status(new IngestStatus(this))
    , m_pointer(new QLabel(this))
    , m_alarmDock(new AlarmDock(this))
    , m_floodBanner(new FloodBanner(this))
    , m_sound(new AlarmSound(this))
    , m_secrets(new BrokerSecrets(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Vigie"));
    // The flood banner sits above the map, in sight whatever the docks do.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_floodBanner);
    centreLayout->addWidget(m_canvas, 1);
    setCentralWidget(centre);
    statusBar()->addWidget(m_pointer);
    statusBar()->addPermanentWidget(m_status);
    buildDocks();
    buildActions();
    resize(1400, 900);
    QSettings settings;
    if (!m_options.resetLayout) {
        restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
        restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    }
    if (auto t = CoordinateTransform::create(QString::fromLatin1(kWgs84), QString::fromLatin1(kWebMercator)))
        m_toMap = std::make_unique<CoordinateTransform>(std::move(t).value());

    connect(m_canvas, &MapCanvas::assetSelected, m_inspector, &InspectorPanel::showAsset);
    connect(m_canvas, &MapCanvas::assetSelected, this, [this](int index) {
        if (index >= 0)
            findChild<QDockWidget *>(QStringLiteral("inspectorDock"))->raise();
    });
    connect(m_canvas, &MapCanvas::pointerMoved, this, &MainWindow::pointerMoved);
    connect(m_status, &IngestStatus::quarantineClicked, this, [this] {
        m_quarantineDock->show();
        m_quarantineDock->raise();
    });
    connect(&m_loader, &QFutureWatcherBase::finished, this, &MainWindow::cityLoaded);
    connect(m_floodBanner, &FloodBanner::showGroupsRequested, m_alarmDock, &AlarmDock::showGroups);
    connect(m_alarmDock, &AlarmDock::assetsRequested, this, &MainWindow::showAssets);
    connect(m_secrets, &BrokerSecrets::passwordRead, this, [this](const QString &key, const QString &password) {
        passwordArrived(key, password);
    });
    connect(m_secrets, &BrokerSecrets::readFailed, this, [this](const QString &key, const QString &reason) {
        statusBar()->showMessage(tr("The broker password could not be read from the system keychain (%1): "
                                    "enter it in Broker › Settings.").arg(reason), 30000);
        passwordArrived(key, QString());
    });
    connect(m_secrets, &BrokerSecrets::storeFailed, this, [this](const QString &, const QString &reason) {
        statusBar()->showMessage(tr("The broker password could not be saved in the system keychain (%1): "
                                    "it is used for this session only.").arg(reason), 30000);
    });

    if (!m_options.screenshot.isEmpty())
        QTimer::singleShot(int(m_options.screenshotAfter * 1000), this, &MainWindow::takeScreenshot);
}

MainWindow::~MainWindow()
{
    m_cancelLoad = true;
    m_loader.waitForFinished();
    stopIngest();
}

void MainWindow::buildDocks()
{
    m_layerTree->setModel(m_layerModel);
    m_layerTree->setHeaderHidden(true);
    m_layerTree->setIndentation(14);
    m_layerTree->setUniformRowHeights(true);
    auto *layers = new QDockWidget(tr("Layers"), this);
    layers->setObjectName(QStringLiteral("layersDock"));
    layers->setWidget(m_layerTree);
    addDockWidget(Qt::LeftDockWidgetArea, layers);

    auto *inspector = new QDockWidget(tr("Asset"), this);
    inspector->setObjectName(QStringLiteral("inspectorDock"));
    inspector->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, inspector);

    m_quarantineDock = new QDockWidget(tr("Quarantine"), this);
    m_quarantineDock->setObjectName(QStringLiteral("quarantineDock"));
    m_quarantineDock->setWidget(m_quarantine);
    addDockWidget(Qt::BottomDockWidgetArea, m_quarantineDock);
    m_quarantineDock->hide();
    addDockWidget(Qt::BottomDockWidgetArea, m_alarmDock);
    m_desk = new InterventionDesk(m_canvas, m_alarmDock, this);
    splitDockWidget(m_alarmDock, m_desk->dock(), Qt::Horizontal);
    connect(m_desk, &InterventionDesk::assetsRequested, this, &MainWindow::showAssets);
    connect(m_desk, &InterventionDesk::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    buildAlarmKpiDock();
    m_coordination = new CoordinationDesk(m_canvas, m_desk, this);
    connect(m_alarmDock, &AlarmDock::subjectRequested, m_coordination, &CoordinationDesk::showSubject);
    // A tab beside the asset inspector (which raises itself when an asset is selected).
    tabifyDockWidget(inspector, m_coordination->dock());
    m_coordination->dock()->raise();
    connect(m_coordination, &CoordinationDesk::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_coordination, &CoordinationDesk::settingsChanged, this, [this](const QJsonObject &change) {
        if (m_recording)
            m_recording->recordSettingsChange(QStringLiteral("coordination/rules"), change);
    });
    buildReportDesk();
    resizeDocks({layers, inspector}, {260, 380}, Qt::Horizontal);
    resizeDocks({m_alarmDock}, {260}, Qt::Vertical);
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&City"));
    m_cityMenu = file->addMenu(tr("&Open city"));
    auto *cities = new QActionGroup(this);
    for (const QString &id : CityPack::available(citySearchPaths())) {
        QAction *a = m_cityMenu->addAction(id.left(1).toUpper() + id.mid(1));
        a->setData(id);
        a->setCheckable(true);
        cities->addAction(a);
        connect(a, &QAction::triggered, this, [this, id] { openCity(id); });
    }
    QAction *openSessionAction = file->addAction(tr("Open &session…"), this, &MainWindow::chooseSession);
    openSessionAction->setObjectName(QStringLiteral("openSession"));
    openSessionAction->setToolTip(tr("Review a recorded session, read-only (a live window opens it in a new window)"));
    file->addAction(tr("&Import report…"), this, &MainWindow::showImportReport);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QToolBar *tools = addToolBar(tr("Map"));
    tools->setObjectName(QStringLiteral("mapToolBar"));
    QAction *zoomIn = m_viewMenu->addAction(tr("Zoom &in"), this, [this] { m_canvas->zoomBy(2.0); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = m_viewMenu->addAction(tr("Zoom &out"), this, [this] { m_canvas->zoomBy(0.5); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *full = m_viewMenu->addAction(tr("&Whole city"), m_canvas, &MapCanvas::zoomToFullExtent);
    full->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    tools->addAction(zoomIn);
    tools->addAction(zoomOut);
    tools->addAction(full);
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *alarms = menuBar()->addMenu(tr("&Alarms"));
    QAction *alarmList = m_alarmDock->toggleViewAction();
    alarmList->setText(tr("Alarm &list"));
    alarmList->setShortcut(QKeySequence(Qt::Key_F9));
    alarms->addAction(alarmList);
    alarms->addAction(tr("Show &grouped alarms"), m_alarmDock, &AlarmDock::showGroups);
    alarms->addAction(m_alarmKpiDock->toggleViewAction());
    alarms->addSeparator();
    alarms->addActions({m_alarmDock->acknowledgeAction(), m_alarmDock->acknowledgePageAction()});
    alarms->addSeparator();
    alarms->addActions({m_alarmDock->shelveAction(), m_alarmDock->unshelveAction(), m_alarmDock->commentAction(),
                        m_alarmDock->removeFromServiceAction(), m_alarmDock->returnToServiceAction()});
    alarms->addSeparator();
    m_soundAction = alarms->addAction(tr("&Sound for new urgent alarms"));
    m_soundAction->setObjectName(QStringLiteral("alarmSound"));
    m_soundAction->setCheckable(true);
    m_soundAction->setChecked(m_sound->isEnabled());
    connect(m_soundAction, &QAction::toggled, m_sound, &AlarmSound::setEnabled);
    addAlarmRulesAction(alarms);
    m_desk->fillMenu(menuBar()->addMenu(tr("&Interventions")));
    m_coordinationMenu = menuBar()->addMenu(tr("C&oordination"));
    m_coordination->fillMenu(m_coordinationMenu);
    m_reports->fillMenu(menuBar()->addMenu(tr("&Reports")));

    QMenu *broker = menuBar()->addMenu(tr("&Broker"));
    m_brokerMenu = broker;
    m_connectAction = broker->addAction(tr("&Receive live data"));
    m_connectAction->setToolTip(tr("Connect to the broker and receive live data (Ctrl+K); unchecked, the map shows the stored state only"));
    m_connectAction->setCheckable(true);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::setConnected);
    broker->addAction(tr("&Settings…"), this, &MainWindow::editBroker);
    tools->addSeparator();
    tools->addAction(m_connectAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Vigie"), this, &MainWindow::showAbout);
}

void MainWindow::openCity(const QString &city)
{
    auto pack = CityPack::locate(city, citySearchPaths());
    if (!pack) {
        const QString message = pack.error().message;
        qCCritical(lcApp).noquote() << "cannot open the city:" << message;
        m_status->setProgress({}, -1);
        statusBar()->showMessage(message);
        emit cityFailed(message);
        if (m_options.screenshot.isEmpty())
            QMessageBox::critical(this, tr("Cannot open the city"), message);
        return;
    }
    if (m_loader.isRunning())
        return;
    saveView();
    closeCity();
    for (QAction *a : m_cityMenu->actions())
        a->setChecked(a->data().toString() == pack->id);
    setWindowTitle(tr("Vigie — %1").arg(pack->name));
    const QString storePath = m_options.database.isEmpty() ? Store::defaultPath(pack->id) : m_options.database;
    m_status->setProgress(tr("Opening %1").arg(pack->name), 0);
    m_cancelLoad = false;
    auto progress = [this](const QString &stage, int percent) {
        QMetaObject::invokeMethod(this, [this, stage, percent] {
            const QString text = stage == QLatin1String("import") ? tr("Importing the city")
                                 : stage == QLatin1String("store") ? tr("Storing the city")
                                                                   : tr("Loading the city");
            m_status->setProgress(text, percent);
        }, Qt::QueuedConnection);
    };
    m_loader.setFuture(QtConcurrent::run(
        [pack = pack.value(), storePath, progress, cancel = &m_cancelLoad] { return loadCity(pack, storePath, progress, cancel); }));
}

void MainWindow::cityLoaded()
{
    m_status->setProgress({}, -1);
    Result<LoadedCity> result = m_loader.result();
    if (!result) {
        const QString message = result.error().message;
        qCCritical(lcApp).noquote() << "cannot open the city:" << message;
        statusBar()->showMessage(message);
        emit cityFailed(message);
        if (m_options.screenshot.isEmpty())
            QMessageBox::critical(this, tr("Cannot open the city"), message);
        return;
    }
    m_city = std::move(result).value();
    if (!m_review)
        appsettings::setLastCity(m_city.pack.id);
    else
        m_review->setTimeZone(QTimeZone(m_city.pack.timeZone.toUtf8()));
    const QString lang = m_options.language.isEmpty() ? systemLanguage() : m_options.language;
    m_cityMap = std::make_unique<CityMap>(m_city, lang);
    if (m_review)
        m_review->prepareMap(m_cityMap.get());
    m_desk->setCity(&m_city, m_cityMap.get());
    m_coordination->setCity(&m_city, m_cityMap.get());
    m_reports->setCity(&m_city, m_options.language.isEmpty() ? systemLanguage() : m_options.language);
    m_canvas->setLayers(m_coordination->arrange(m_cityMap->layers()) + m_desk->layers() + m_reports->layers());
    m_canvas->setAttribution(m_city.pack.attribution);
    m_layerModel->setLayers(m_cityMap->legendLayers() + m_coordination->layers());
    m_layerTree->expandAll();
    m_inspector->setCity(m_cityMap.get(), m_city.storePath);
    connect(m_cityMap.get(), &CityMap::statesChanged, m_inspector, &InspectorPanel::statesChanged);
    m_quarantine->setStorePath(m_city.storePath);
    showAlarmKpisOf(&m_city);
    m_status->setStoredQuarantine(m_city.quarantined);
    restoreView();
    if (!m_city.issues.isEmpty())
        statusBar()->showMessage(tr("%n feature(s) skipped at import: see City › Import report.", nullptr, int(m_city.issues.size())), 15000);
    qCInfo(lcApp) << "city" << m_city.pack.id << "on the map:" << m_city.directory->size() << "assets, imported:"
                  << m_city.imported << "in" << m_city.importMs << "ms, loaded in" << m_city.loadMs << "ms";
    startIngest();
    emit cityReady();
}

void MainWindow::startIngest()
{
    IngestConfig config;
    config.storePath = m_city.storePath;
    config.directory = m_city.directory;
    config.initialStates = m_city.states;
    config.lastMessageId = m_city.lastMessageId;
    config.bindings = m_city.bindings;
    config.decoderOptions.zone = QTimeZone(m_city.pack.timeZone.toUtf8());
    config.routes = appsettings::broker(m_city.pack.id, m_options).routes();
    // Citizen-report entities are told from sensor payloads in review too, so that a replay
    // reads the recorded messages as live did; only live mode hands them on (startReports()).
    config.reports = std::make_shared<const MqttReportReader>(m_reports->catalog(), m_reports->settings().core);
    m_ingest = std::make_unique<IngestService>(config);
    connect(m_ingest.get(), &IngestService::stateChanged, m_cityMap.get(), &CityMap::applyDelta);
    connect(m_ingest.get(), &IngestService::statsChanged, m_status, &IngestStatus::setStats);
    connect(m_ingest.get(), &IngestService::statsChanged, m_quarantine, &QuarantinePanel::quarantineChanged);
    connect(m_ingest.get(), &IngestService::sourceStateChanged, m_status, &IngestStatus::setSourceState);
    connect(m_ingest.get(), &IngestService::storeFailed, m_status, &IngestStatus::setStoreError);
    connect(m_ingest.get(), &IngestService::committed, m_status, [this] { m_status->setStoreError({}); });
    if (!m_review) { // a review records nothing
        m_recording = std::make_unique<LiveRecording>(m_city.pack.id, appsettings::operatorName(), config.decoderOptions.zone, m_ingest.get());
        connect(m_recording.get(), &LiveRecording::failed, this, [this](const QString &message) { statusBar()->showMessage(message, 30000); });
    }
    if (auto started = m_ingest->start(); !started) {
        qCCritical(lcApp).noquote() << "cannot start ingest:" << started.error().message;
        m_status->setStoreError(started.error().message);
        return;
    }
    m_quarantine->setIngest(m_ingest.get(), m_city.directory);
    m_coordination->setIngest(m_ingest.get());
    startAlarms();
    if (m_review) { // replay only: never a broker connection, so never a dispatcher either
        m_review->attach(m_ingest.get(), m_alarms.get(), m_desk->controller());
        return;
    }
    setConnected(!m_options.offline);
}

void MainWindow::startAlarms()
{
    AlarmSettings settings;
    settings.operatorName = appsettings::operatorName();
    m_floodThreshold = settings.floodThreshold;
    m_alarms = std::make_unique<AlarmService>(settings);
    // Group keys (cabinet, street, district), computed by the city loader: the grouper's
    // keys and the list's district column and filter.
    m_alarms->setCity(m_city.directory, m_city.groups);
    m_alarmDock->setCity(m_city.directory, m_city.groups);
    connect(m_alarms.get(), &AlarmService::alarmsChanged, this, &MainWindow::alarmsChanged);
    connect(m_alarms.get(), &AlarmService::rulesChanged, m_alarmDock, &AlarmDock::setRules);
    connect(m_alarms.get(), &AlarmService::rulesChanged, this, &MainWindow::recordRulesEdit);
    connect(m_alarms.get(), &AlarmService::urgentRaised, m_sound, [this] { m_sound->cue(); });
    connect(m_alarms.get(), &AlarmService::failed, this, [this](const QString &message) {
        qCWarning(lcApp).noquote() << "alarms:" << message;
        statusBar()->showMessage(tr("Alarms: %1").arg(message), 30000);
    });
    AlarmService *service = m_alarms.get();
    if (!m_review) { // in review the operator commands cannot reach the service
        connect(m_alarmDock, &AlarmDock::acknowledgeRequested, service, &AlarmService::acknowledge);
        connect(m_alarmDock, &AlarmDock::shelveRequested, service, &AlarmService::shelve);
        connect(m_alarmDock, &AlarmDock::unshelveRequested, service, &AlarmService::unshelve);
        connect(m_alarmDock, &AlarmDock::commentRequested, service, &AlarmService::comment);
        connect(m_alarmDock, &AlarmDock::removeFromServiceRequested, service, &AlarmService::removeFromService);
        connect(m_alarmDock, &AlarmDock::returnToServiceRequested, service, &AlarmService::returnToService);
    }
    // observe() only posts to the alarm thread: no hop through the GUI thread per drain.
    connect(m_ingest.get(), &IngestService::observed, service, &AlarmService::observe, Qt::DirectConnection);
    if (m_review)
        m_review->prepareAlarms(m_alarms.get());
    m_alarms->start(m_city.storePath, m_ingest->writer());
    m_alarmRulesAction->setEnabled(true);
    m_desk->start(m_city.storePath, service, m_ingest.get());
    if (!m_review) // replay brings the recorded alarms: the live engine raises none
        m_coordination->setAlarms(service);
    if (!m_review) // a review serves no Open311 endpoint and takes no reports
        startReports();
    if (m_recording)
        m_recording->attach(service, m_desk->service());
}

void MainWindow::stopAlarms()
{
    if (m_review)
        m_review->detach(); // the player lets go of the services before they stop
    if (!m_alarms)
        return;
    // No more observations first (a direct connection from the ingest thread), then stop
    // before ingest stops: the service hands its last transitions to ingest's store writer.
    if (m_ingest)
        disconnect(m_ingest.get(), &IngestService::observed, m_alarms.get(), nullptr);
    m_alarmRulesAction->setEnabled(false);
    m_reports->stop();
    m_reports->setMqttFeed(nullptr);
    m_desk->stop();
    m_coordination->setAlarms(nullptr);
    m_alarms->stop();
    disconnect(m_alarmDock, nullptr, m_alarms.get(), nullptr);
    m_alarms.reset();
    m_rulesBeforeEdit.reset();
    m_alarmDock->model()->clear();
    m_floodBanner->setFlood(false, 0, 0);
    applyAlarmMarks(m_alarmMarks.clear());
}

void MainWindow::alarmsChanged(const AlarmDelta &delta)
{
    m_alarmDock->applyDelta(delta);
    m_floodBanner->setFlood(delta.flood, delta.rateLast10Min, m_floodThreshold);
    applyAlarmMarks(m_alarmMarks.apply(delta));
}

void MainWindow::applyAlarmMarks(const AlarmMarks::Changes &changes)
{
    if (m_cityMap && !changes.isEmpty())
        m_cityMap->setAlarmMarks(changes.assetIndexes, changes.marks);
}

void MainWindow::showAssets(const QVector<qint32> &assetIndexes)
{
    if (!m_cityMap || assetIndexes.isEmpty())
        return;
    const QRectF box = m_cityMap->boundsOf(assetIndexes);
    if (box.isNull())
        return;
    const QSize view = m_canvas->viewport()->size();
    // One asset: street level (1 m per pixel) unless already closer; several: frame them.
    double resolution = std::min(m_canvas->settings().resolution(), 1.0);
    if (assetIndexes.size() > 1 && view.width() > 0 && view.height() > 0)
        resolution = std::max({resolution, box.width() * 1.2 / view.width(), box.height() * 1.2 / view.height()});
    m_canvas->centerOn(box.center(), resolution);
    if (assetIndexes.size() == 1) {
        m_canvas->selectAsset(assetIndexes.first());
        emit m_canvas->assetSelected(assetIndexes.first());
    }
}

void MainWindow::setConnected(bool connected)
{
    if (m_review) {
        m_connectAction->setChecked(false);
        return;
    }
    m_connectAction->setChecked(connected);
    m_pendingBroker.reset();
    if (!m_ingest)
        return;
    if (!connected) {
        m_desk->setDispatch(nullptr);
        m_coordination->setDispatch(nullptr);
        m_ingest->setSource(nullptr);
        m_clientLock.reset();
        m_status->setSourceState(SourceState::Idle, {});
        return;
    }
    connectWithPassword(appsettings::broker(m_city.pack.id, m_options));
}

void MainWindow::connectWithPassword(MqttSettings settings)
{
    const QString key = BrokerSecrets::key(settings);
    if (key.isEmpty() || m_secrets->sessionPassword(key, &settings.password)) {
        useBroker(settings);
        return;
    }
    // The keychain answers asynchronously (it may ask the user to unlock it): connect then.
    m_pendingBroker = settings;
    m_status->setSourceState(SourceState::Connecting, tr("Reading the password from the system keychain…"));
    m_secrets->read(settings);
}

void MainWindow::passwordArrived(const QString &key, const QString &password)
{
    if (!m_pendingBroker || BrokerSecrets::key(*m_pendingBroker) != key || !m_ingest)
        return; // disconnected, or other settings chosen, meanwhile
    MqttSettings settings = *m_pendingBroker;
    m_pendingBroker.reset();
    settings.password = password; // empty: the broker will say whether it needs one
    useBroker(settings);
}

void MainWindow::editBroker()
{
    if (m_review)
        return;
    const QString city = m_city.pack.id.isEmpty() ? appsettings::lastCity() : m_city.pack.id;
    MqttSettings current = appsettings::broker(city, m_options);
    m_secrets->sessionPassword(BrokerSecrets::key(current), &current.password);
    BrokerDialog dialog(current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MqttSettings chosen = dialog.settings();
    if (m_recording)
        m_recording->recordSettingsChange(QStringLiteral("broker"), mqttSettingsChange(current, chosen));
    appsettings::saveBroker(chosen, city);
    if (!chosen.username.isEmpty())
        m_secrets->store(chosen); // asynchronous; the session keeps the password meanwhile
    // The command line no longer overrides what was just chosen.
    m_options.brokerHost.clear();
    m_options.brokerPort = 0;
    m_options.topics.clear();
    m_options.clientId.clear();
    if (m_ingest) {
        m_connectAction->setChecked(true);
        m_pendingBroker.reset();
        useBroker(chosen);
    }
}

void MainWindow::useBroker(const MqttSettings &settings)
{
    // Two Vigie on this computer with one client id would kick each other off the broker.
    if (!m_clientLock || m_clientLock->clientId() != settings.clientId) {
        m_clientLock.reset();
        auto lock = ClientIdLock::acquire(settings.clientId);
        if (!lock) {
            m_ingest->setSource(nullptr);
            m_status->setSourceState(SourceState::Failed, lock.error().message);
            statusBar()->showMessage(lock.error().message, 30000);
            qCWarning(lcApp) << "not connecting:" << lock.error().message;
            return;
        }
        m_clientLock = std::move(lock).value();
    }
    if (auto routed = m_ingest->setRoutes(settings.routes()); !routed) {
        m_status->setSourceState(SourceState::Failed, routed.error().message);
        return;
    }
    m_ingest->setSource(std::make_unique<MqttSource>(settings));
    DispatchSettings dispatch;
    dispatch.mqtt = settings;
    dispatch.mqtt.clientId = settings.clientId + QStringLiteral("-dispatch");
    dispatch.mqtt.cleanSession = false;
    m_desk->setDispatch(&dispatch);
    m_coordination->setDispatch(&dispatch);
}

void MainWindow::stopIngest()
{
    stopAlarms();
    m_pendingBroker.reset();
    m_quarantine->setIngest(nullptr, {});
    m_coordination->setIngest(nullptr);
    m_coordination->setDispatch(nullptr);
    if (m_ingest)
        m_ingest->stop();
    m_ingest.reset();
    m_recording.reset(); // after ingest: its last drain is recorded, then the file is closed
    m_clientLock.reset();
}

void MainWindow::closeCity()
{
    stopIngest();
    m_canvas->setLayers({});
    m_layerModel->setLayers({});
    m_inspector->setCity(nullptr, {});
    showAlarmKpisOf(nullptr);
    m_desk->setCity(nullptr, nullptr);
    m_coordination->setCity(nullptr, nullptr);
    m_reports->setCity(nullptr, {});
    m_cityMap.reset();
}

void MainWindow::buildAlarmKpiDock()
{
    m_alarmKpiDock = new AlarmKpiDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_alarmKpiDock);
    m_alarmKpiDock->hide(); // Alarms › Alarm KPIs (and View); figures are computed only while it is shown
}

void MainWindow::addAlarmRulesAction(QMenu *menu)
{
    m_alarmRulesAction = menu->addAction(tr("Alarm &rules…"), this, &MainWindow::editAlarmRules);
    m_alarmRulesAction->setEnabled(false);
}

void MainWindow::showAlarmKpisOf(const LoadedCity *city)
{
    m_alarmKpiDock->setDirectory(city ? city->directory : nullptr);
    m_alarmKpiDock->setStorePath(city ? city->storePath : QString());
}

void MainWindow::editAlarmRules()
{
    if (!m_alarms)
        return;
    AlarmRuleDialog dialog(m_alarms->rules(), m_city.directory, this);
    // The service may have stopped while the dialog was open (city reload, shutdown).
    if (dialog.exec() != QDialog::Accepted || !m_alarms)
        return;
    m_rulesBeforeEdit = m_alarms->rules(); // recorded once the service has numbered new rules
    m_alarms->setRules(dialog.rules());    // stored and re-evaluated by the service
}

void MainWindow::recordRulesEdit(const AlarmRules &inForce)
{
    // The change carries the rules with the ids the service gave them, so that a replay
    // switches to exactly these rules (alarmRulesInForce()).
    if (!m_rulesBeforeEdit)
        return;
    if (m_recording)
        m_recording->recordSettingsChange(QStringLiteral("alarms/rules"), alarmRulesChange(*m_rulesBeforeEdit, inForce));
    m_rulesBeforeEdit.reset();
}

void MainWindow::buildReportDesk()
{
    m_reports = new ReportDesk(m_canvas, m_desk, m_alarmDock, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_reports->dock());
    tabifyDockWidget(m_desk->dock(), m_reports->dock());
    m_desk->dock()->raise();
    connect(m_reports, &ReportDesk::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_reports, &ReportDesk::settingsChanged, this, [this](const QJsonObject &change) {
        if (m_recording)
            m_recording->recordSettingsChange(QStringLiteral("reports"), change);
    });
}

void MainWindow::startReports()
{
    m_reports->setMqttFeed(m_ingest.get()); // live only: a review takes no reports
    m_reports->setAutoDispatch(m_options.dispatchReports);
    m_reports->start(m_city.storePath);
    // --open311 PORT [--open311-bind ADDRESS] serves the endpoint for this run (loopback by
    // default), without saving it; --open311-key registers keys in the city store.
    if (m_options.open311Port > 0 || !m_options.open311Keys.isEmpty()) {
        ReportDeskSettings settings = m_reports->settings();
        if (m_options.open311Port > 0) {
            settings.open311Enabled = true;
            settings.open311Address = m_options.open311Bind.isEmpty() ? QStringLiteral("127.0.0.1") : m_options.open311Bind;
            settings.open311Port = m_options.open311Port;
        }
        m_reports->applySettings(settings, m_options.open311Keys);
    }
}

void MainWindow::showImportReport()
{
    ImportReportDialog(m_city.pack, m_city.issues, this).exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Vigie"),
                       tr("<h3>Vigie %1</h3><p>Hypervision station for city public services: live sensor data "
                          "over MQTT, cached in SQLite, on an interactive map.</p><p>Data of this city: %2</p>")
                           .arg(QApplication::applicationVersion(), m_city.pack.attribution.toHtmlEscaped()));
}

void MainWindow::saveView()
{
    if (m_city.pack.id.isEmpty() || !m_canvas->settings().isValid())
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("view/%1/center").arg(m_city.pack.id), m_canvas->settings().center());
    settings.setValue(QStringLiteral("view/%1/resolution").arg(m_city.pack.id), m_canvas->settings().resolution());
}

void MainWindow::restoreView()
{
    QSettings settings;
    const QVariant center = settings.value(QStringLiteral("view/%1/center").arg(m_city.pack.id));
    const double resolution = settings.value(QStringLiteral("view/%1/resolution").arg(m_city.pack.id)).toDouble();
    if (m_options.resetLayout || !center.isValid() || resolution <= 0 || !m_canvas->fullExtent().contains(center.toPointF())) {
        m_canvas->zoomToFullExtent();
        return;
    }
    m_canvas->setSettings(MapSettings(center.toPointF(), resolution, m_canvas->viewport()->size(), devicePixelRatioF()));
}

void MainWindow::pointerMoved(QPointF mapPoint)
{
    if (!m_toMap)
        return;
    if (auto lonLat = m_toMap->inverse(mapPoint))
        m_pointer->setText(QStringLiteral("%1° N  %2° E").arg(lonLat->y(), 0, 'f', 5).arg(lonLat->x(), 0, 'f', 5));
}

void MainWindow::takeScreenshot()
{
    // Wait for the city and its first render, within reason, so the picture shows the map.
    if ((m_loader.isRunning() || m_canvas->isRendering()) && m_screenshotWaitedMs < 30000) {
        m_screenshotWaitedMs += 200;
        QTimer::singleShot(200, this, &MainWindow::takeScreenshot);
        return;
    }
    const QPixmap picture = grab();
    if (!picture.save(m_options.screenshot))
        qCWarning(lcApp) << "cannot write the screenshot to" << m_options.screenshot;
    else
        qCInfo(lcApp) << "screenshot written to" << m_options.screenshot;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    if (!m_review) { // a review's layout (timeline bar) is not the control room's
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        settings.setValue(QStringLiteral("window/state"), saveState());
    }
    saveView();
    m_cancelLoad = true;
    m_loader.waitForFinished();
    stopIngest();
    event->accept();
}

} // namespace vigie

namespace vigie {

void MainWindow::failOpening(const QString &message)
{
    qCCritical(lcApp).noquote() << "cannot open the city:" << message;
    m_status->setProgress({}, -1);
    statusBar()->showMessage(message);
    emit cityFailed(message);
    if (m_options.screenshot.isEmpty())
        QMessageBox::critical(this, tr("Cannot open the session"), message);
}

void MainWindow::openSession(const QString &path)
{
    if (m_loader.isRunning())
        return;
    if (m_review)
        closeCity(); // the scratch store of the previous session goes with it
    auto *review = m_review ? m_review : new ReviewController(this);
    if (auto opened = review->open(path); !opened) {
        if (review != m_review)
            delete review;
        failOpening(tr("Cannot open the session %1: %2").arg(QDir::toNativeSeparators(path), opened.error().message));
        return;
    }
    const QString cityId = review->header().cityId;
    // --city, with --review, says where the session's pack is; it must be that city.
    const QString where = m_options.city.isEmpty() ? cityId : m_options.city;
    if (auto pack = CityPack::locate(where, citySearchPaths()); pack && pack->id != cityId) {
        if (review != m_review)
            delete review;
        failOpening(tr("The session was recorded in %1, not in %2.").arg(cityId, pack->id));
        return;
    }
    if (!m_review) {
        m_review = review;
        enterReviewMode();
    }
    m_options.offline = true;
    m_options.database = review->storePath();
    connect(this, &MainWindow::cityReady, review, [this, path] {
        setWindowTitle(tr("Vigie — review of %1 (%2)").arg(QFileInfo(path).fileName(), m_city.pack.name));
    }, Qt::SingleShotConnection);
    openCity(where);
}

void MainWindow::enterReviewMode()
{
    auto *centre = qobject_cast<QVBoxLayout *>(centralWidget()->layout());
    centre->insertWidget(0, m_review->banner());
    auto *bar = new QToolBar(tr("Session timeline"), this);
    bar->setObjectName(QStringLiteral("reviewToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->addWidget(m_review->timeline());
    addToolBar(Qt::BottomToolBarArea, bar);
    connect(m_review, &ReviewController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_review, &ReviewController::crewFixesRestored, m_desk, &InterventionDesk::crewFixes);
    addSessionMenu();

    // Everything that would change the city, the alarms, the interventions or the broker.
    QList<QAction *> editing{m_alarmDock->acknowledgeAction(), m_alarmDock->acknowledgePageAction(),
                             m_alarmDock->shelveAction(), m_alarmDock->unshelveAction(), m_alarmDock->commentAction(),
                             m_alarmDock->removeFromServiceAction(), m_alarmDock->returnToServiceAction(),
                             m_alarmRulesAction, m_desk->dock()->newAction(), m_desk->dock()->editAction(),
                             m_desk->dock()->dispatchAction(), m_desk->dock()->noteAction(), m_desk->dock()->undoAction(),
                             m_desk->dock()->redoAction(), m_desk->dock()->statusMenu()->menuAction()};
    editing += m_desk->dock()->statusMenu()->actions();
    editing += m_brokerMenu->actions();
    editing << m_cityMenu->menuAction(); // another city would not be the session's
    editing += {m_reports->dock()->confirmAction(), m_reports->dock()->splitAction(), m_reports->dock()->linkAction(),
                m_reports->dock()->createAction(), m_reports->dock()->settingsAction(), m_reports->importAction()};
    for (QAction *action : m_coordinationMenu->actions()) {
        if (action != m_coordination->dock()->toggleViewAction()) // the panel itself stays
            editing << action;
    }
    m_coordination->setReadOnly();
    m_review->lockActions(editing);
    for (auto *button : m_desk->dock()->findChildren<QToolButton *>()) {
        if (button->menu() == m_desk->dock()->statusMenu()) {
            button->setEnabled(false);
            button->setToolTip(ReviewController::readOnlyReason());
        }
    }
    m_desk->controller()->setReadOnly(true);
    m_status->setReplay(true);
    m_status->setSourceState(SourceState::Idle, {});
}

void MainWindow::addSessionMenu()
{
    // After the City menu, which a review locks.
    const QList<QAction *> menus = menuBar()->actions();
    const qsizetype city = menus.indexOf(m_cityMenu->menuAction());
    menuBar()->insertMenu(city >= 0 && city + 1 < menus.size() ? menus.at(city + 1) : nullptr, m_review->createSessionMenu(this));
}

void MainWindow::chooseSession()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a recorded session"),
                                                      QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                                      tr("Vigie sessions (*.vigiesession);;All files (*)"));
    if (path.isEmpty())
        return;
    if (m_review) {
        openSession(path);
        return;
    }
    // A live control room keeps running: the review opens in a Vigie of its own.
    const QString lang = m_options.language.isEmpty() ? systemLanguage() : m_options.language;
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--review"), path, QStringLiteral("--lang"), lang}))
        statusBar()->showMessage(tr("Opening %1 for review in a new window…").arg(QFileInfo(path).fileName()), 10000);
    else
        QMessageBox::warning(this, tr("Cannot open the session"), tr("Vigie could not be started to review %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace vigie
