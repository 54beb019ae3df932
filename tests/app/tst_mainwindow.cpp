// The main window offscreen, on the Montpellier pack: restart shows the cached state, live
// messages reach the map through the one ingest source interface, the inspector and the
// quarantine counter follow, and --screenshot writes the picture.
#include "alarmdock.h"
#include "alarmfilterproxy.h"
#include "alarmlistmodel.h"
#include "alarms/alarmservice.h"
#include "coordinationdesk.h"
#include "interventiondesk.h"
#include "map/roundlayer.h"
#include "network/streetgraph.h"
#include "domain/quantity.h"
#include "floodbanner.h"
#include "ingest/ingestservice.h"
#include "ingest/ingestsource.h"
#include "io/cityloader.h"
#include "mainwindow.h"
#include "map/assetlayer.h"
#include "map/citymap.h"
#include "map/mapcanvas.h"
#include "map/symbology.h"
#include "quarantinepanel.h"
#include "storage/storewriter.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace vigie;

namespace {

/// A source that delivers what the test gives it, as a broker or a replay would.
class ScriptedSource final : public IngestSource
{
public:
    QString description() const override { return QStringLiteral("scripted"); }
    void open() override { publishState(SourceState::Connected); }
    void close() override { publishState(SourceState::Idle); }
    void send(const QByteArray &payload)
    {
        RawMessage m;
        m.topic = "vigie/montpellier/ngsi-ld";
        m.payload = payload;
        m.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        m.qos = 1;
        deliver(std::move(m));
    }
};

Observation obs(const QString &asset, QLatin1String quantity, const char *text, double number, qint64 at, qint64 message)
{
    Observation o;
    o.assetId = asset;
    o.quantity = quantity;
    o.text = QLatin1String(text);
    o.number = number;
    o.observedAtMs = at;
    o.receivedAtMs = at;
    o.messageId = message;
    return o;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void restartShowsTheCachedCityWithTheBrokerDown();
    void liveMessagesReachTheMapAndTheInspector();
    void alarmsReachTheListAndTheMap();
    void screenshotOptionWritesThePicture();
    void monacoRoundsFollowTheStreets();

private:
    AppOptions options() const;
    /// Opens Montpellier in `window` and waits until it is on the map.
    static bool openMontpellier(MainWindow &window);
    QTemporaryDir m_dir;
    QString m_db;
    QString m_lamp;
    QString m_bin;
};

AppOptions TestMainWindow::options() const
{
    AppOptions o;
    o.city = QStringLiteral("montpellier");
    o.database = m_db;
    o.language = QStringLiteral("en");
    o.offline = true;
    o.resetLayout = true;
    return o;
}

bool TestMainWindow::openMontpellier(MainWindow &window)
{
    QSignalSpy ready(&window, &MainWindow::cityReady);
    window.show();
    window.openCity(QStringLiteral("montpellier"));
    return ready.wait(30000) && window.cityMap();
}

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = m_dir.filePath(QStringLiteral("montpellier.sqlite"));
    // A previous session: the city imported, and states written by ingest.
    auto pack = CityPack::load(QStringLiteral(CITIES_DIR "/montpellier"));
    QVERIFY(pack.ok());
    QVERIFY(loadCity(pack.value(), m_db).ok());
    m_lamp = assetUrn(AssetKind::Streetlight, QStringLiteral("montpellier"), QStringLiteral("100"));
    m_bin = assetUrn(AssetKind::WasteContainer, QStringLiteral("montpellier"), QStringLiteral("1165308454"));
    StoreWriter writer(m_db);
    writer.start();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    IngestBatch batch;
    for (qint64 id : {1, 2, 3}) {
        RawMessage m;
        m.id = id;
        m.topic = "vigie/montpellier/old";
        m.payload = id == 3 ? QByteArray("not json") : QByteArray("{}");
        m.receivedAtMs = now;
        batch.messages << m;
    }
    batch.observations << obs(m_lamp, quantity::status, "brokenLantern", std::nan(""), now, 1)
                       << obs(m_bin, quantity::fillingLevel, "", 0.95, now, 2);
    batch.seen << AssetSeen{m_lamp, now, now} << AssetSeen{m_bin, now, now};
    batch.quarantine << QuarantineEntry{3, QStringLiteral("invalidJson"), QStringLiteral("the payload is not valid JSON"), now};
    writer.write(batch);
    writer.stop();
}

void TestMainWindow::restartShowsTheCachedCityWithTheBrokerDown()
{
    MainWindow window(options());
    QVERIFY(openMontpellier(window));
    CityMap *map = window.cityMap();
    const int lamp = map->directory().indexOf(m_lamp);
    const int bin = map->directory().indexOf(m_bin);
    QCOMPARE(map->live().condition(lamp), AssetCondition::Fault);
    QCOMPARE(map->live().condition(bin), AssetCondition::Full);

    // The cached fault is on the map where the lamp is.
    MapCanvas *canvas = window.canvas();
    AssetLayer *lights = nullptr;
    for (AssetLayer *l : map->assetLayers()) {
        if (l->contains(lamp))
            lights = l;
    }
    QVERIFY(lights);
    canvas->centerOn(lights->position(lamp), 2.0);
    const QImage image = canvas->renderToImage();
    const QPoint px = canvas->settings().toPixel(lights->position(lamp)).toPoint();
    const QColor fault = symbology::fillColor(AssetCondition::Fault);
    bool found = false;
    for (int dx = -1; dx <= 1 && !found; ++dx) {
        for (int dy = -1; dy <= 1 && !found; ++dy)
            found = image.pixelColor(px + QPoint(dx, dy)) == fault;
    }
    QVERIFY(found);
    // The quarantine of the previous session is counted.
    auto *counter = window.statusBar()->findChild<QToolButton *>(); // the quarantine counter
    QVERIFY(counter);
    QVERIFY2(counter->text().contains(QLatin1Char('1')), qPrintable(counter->text()));
}

void TestMainWindow::liveMessagesReachTheMapAndTheInspector()
{
    MainWindow window(options());
    QVERIFY(openMontpellier(window));
    CityMap *map = window.cityMap();
    const int bin = map->directory().indexOf(m_bin);

    auto source = std::make_unique<ScriptedSource>();
    ScriptedSource *raw = source.get();
    window.ingest()->setSource(std::move(source));
    raw->open();
    QSignalSpy changed(map, &CityMap::statesChanged);
    raw->send(QStringLiteral(R"({"id": "%1", "type": "WasteContainer", "fillingLevel": 0.42, "status": "lidOpen"})").arg(m_bin).toUtf8());
    raw->send("garbage");
    QTRY_COMPARE_WITH_TIMEOUT(map->live().condition(bin), AssetCondition::Fault, 5000);
    QCOMPARE(map->live().state(bin).fillingLevel, 0.42);

    // Selecting it shows its latest values with units.
    window.canvas()->selectAsset(bin);
    emit window.canvas()->assetSelected(bin);
    auto *values = window.findChild<QLabel *>(QStringLiteral("inspectorValues"));
    QVERIFY(values);
    QTRY_VERIFY_WITH_TIMEOUT(values->text().contains(QStringLiteral("42 %")), 3000);
    QVERIFY(values->text().contains(QStringLiteral("Lid open")));
    auto *counter = window.statusBar()->findChild<QToolButton *>(); // the quarantine counter
    QTRY_VERIFY_WITH_TIMEOUT(counter->text().contains(QLatin1Char('2')), 3000); // 1 stored + 1 new

    // The Quarantine dock lists both and acts through this city's ingest.
    counter->click();
    auto *panel = window.findChild<QuarantinePanel *>();
    auto *table = panel->findChild<QTableView *>(QStringLiteral("quarantineTable"));
    QVERIFY(panel->isVisible() && table);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 5000);
    table->setCurrentIndex(table->model()->index(0, 0));
    QVERIFY(panel->reprocessAction()->isEnabled());
    QVERIFY(!panel->bindAction()->isEnabled()); // garbage names no device
}

void TestMainWindow::alarmsReachTheListAndTheMap()
{
    MainWindow window(options());
    QVERIFY(openMontpellier(window));
    window.findChild<QAction *>(QStringLiteral("alarmSound"))->setChecked(false); // no sound device here
    QVERIFY(window.alarmService());
    CityMap *map = window.cityMap();
    // A lamp other than the one the previous session left broken.
    const int lamp = map->directory().indexOf(m_lamp);
    QVERIFY(lamp >= 0 && map->directory().at(lamp + 1).kind == AssetKind::Streetlight);
    const QString otherLamp = map->directory().at(lamp + 1).id;

    // A lamp reports a defect through ingest: the alarm service raises it (after holding it
    // for grouping), the list shows it, and the map marks the lamp as an unhandled alarm.
    auto source = std::make_unique<ScriptedSource>();
    ScriptedSource *raw = source.get();
    window.ingest()->setSource(std::move(source));
    raw->open();
    raw->send(QStringLiteral(R"({"id": "%1", "type": "Streetlight", "status": "defectiveLamp", "powerState": "off"})").arg(otherLamp).toUtf8());
    AlarmDock *dock = window.alarmDock();
    QTRY_VERIFY_WITH_TIMEOUT(dock->model()->alarmCount() >= 1, 15000);
    const int other = map->directory().indexOf(otherLamp);
    QModelIndex row;
    for (int r = 0; r < dock->model()->rowCount() && !row.isValid(); ++r) {
        if (dock->model()->index(r, 0).data(AlarmListModel::AssetIndexRole).toInt() == other)
            row = dock->model()->index(r, 0);
    }
    QVERIFY(row.isValid());
    QCOMPARE(row.siblingAtColumn(AlarmListModel::State).data().toString(), QStringLiteral("Unacknowledged"));
    QTRY_COMPARE_WITH_TIMEOUT(map->live().alarmMark(other), AlarmMark::Unhandled, 3000);
    QCOMPARE(map->live().condition(other), AssetCondition::Fault); // the condition is kept

    // F4 from the list acknowledges it through the service; without an intervention it is
    // still an unhandled problem on the map.
    QTreeView *view = dock->view();
    const QModelIndex viewRow = dock->proxy()->mapFromSource(row);
    view->setFocus();
    view->selectionModel()->select(viewRow, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->setCurrentIndex(viewRow);
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    dock->acknowledgeAction()->trigger();
    const qint64 id = row.data(AlarmListModel::AlarmIdRole).toLongLong();
    QTRY_COMPARE_WITH_TIMEOUT(dock->model()->alarm(id)->state, AlarmState::Acknowledged, 5000);
    QCOMPARE(map->live().alarmMark(other), AlarmMark::Unhandled);
    // Shelved, it is handled: the mark changes, and it leaves the list's default view.
    window.alarmService()->shelve({id}, QStringLiteral("test"), QDateTime::currentMSecsSinceEpoch() + 3600'000);
    QTRY_COMPARE_WITH_TIMEOUT(map->live().alarmMark(other), AlarmMark::Handled, 5000);
    QVERIFY(!dock->proxy()->mapFromSource(dock->model()->indexOf(id)).isValid());

    // The flood banner follows the service's flag.
    QVERIFY(window.floodBanner()->isHidden());
    AlarmDelta flood;
    flood.flood = true;
    flood.rateLast10Min = 23;
    emit window.alarmService()->alarmsChanged(flood);
    QVERIFY(window.floodBanner()->isVisible());
    QVERIFY2(window.floodBanner()->text().contains(QStringLiteral("23")), qPrintable(window.floodBanner()->text()));
    flood.flood = false;
    emit window.alarmService()->alarmsChanged(flood);
    QVERIFY(window.floodBanner()->isHidden());
}

void TestMainWindow::screenshotOptionWritesThePicture()
{
    AppOptions o = options();
    o.screenshot = m_dir.filePath(QStringLiteral("shot.png"));
    o.screenshotAfter = 0.5;
    MainWindow window(o);
    window.resize(1000, 700);
    window.show();
    window.openCity(QStringLiteral("montpellier"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(o.screenshot), 40000);
    const QImage shot(o.screenshot);
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() >= 1000);
    // The picture shows the map: the background colour and some lamp markers.
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 7) {
        for (int x = 0; x < shot.width(); x += 7)
            colours.insert(shot.pixel(x, y));
    }
    QVERIFY(colours.contains(symbology::background().rgb()));
    QVERIFY(colours.size() > 20);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 5000); // it closes itself
}

void TestMainWindow::monacoRoundsFollowTheStreets()
{
    // Monaco's pack has streets: the generated rounds wait for the street graph and follow it.
    AppOptions o = options();
    o.city = QStringLiteral("monaco");
    o.database = m_dir.filePath(QStringLiteral("monaco.sqlite"));
    MainWindow window(o);
    QSignalSpy ready(&window, &MainWindow::cityReady);
    window.show();
    window.openCity(QStringLiteral("monaco"));
    QVERIFY(ready.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(window.coordinationDesk()->isReady(), 60000);
    const StreetGraphPtr graph = window.interventionDesk()->streetGraph();
    QVERIFY(graph && graph->nodeCount() > 1000);
    const RoundPaths rounds = window.coordinationDesk()->roundLayer()->rounds();
    QVERIFY(rounds && !rounds->isEmpty());
    int stops = 0, vertices = 0, onStreets = 0;
    for (const RoundPath &round : *rounds) {
        stops += int(round.stops.size());
        for (const QPolygonF &leg : round.path) {
            for (QPointF p : leg) {
                double d = 0;
                graph->nearestNode(p, &d);
                ++vertices;
                onStreets += d < 0.5;
            }
        }
    }
    // A straight round has one vertex per container, off the street nodes; a round along the
    // streets turns at the intersections: many vertices, nearly all street nodes.
    QVERIFY2(vertices > 3 * stops, qPrintable(QStringLiteral("%1 vertices for %2 stops").arg(vertices).arg(stops)));
    QVERIFY2(onStreets > 0.8 * vertices, qPrintable(QStringLiteral("%1 of %2 vertices on the streets").arg(onStreets).arg(vertices)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
