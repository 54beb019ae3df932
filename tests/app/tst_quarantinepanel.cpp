// The Quarantine dock on a real store and a real IngestService: ChirpStack uplinks of an
// unbound Dingtek DF703 and a capture no codec reads are refused; the dock lists them with
// their reason, device and topic, counts them by reason and device, shows the payload of
// the current row only, and a supervisor binds the device (with the bin's depth) and
// reprocesses: the bound device's messages leave the quarantine as fill levels, the
// unreadable one stays with its reason.
#include "bindingdialog.h"
#include "domain/quantity.h"
#include "ingest/ingestservice.h"
#include "ingest/ingestsource.h"
#include "ingest/lorawan/lorawanencoder.h"
#include "quarantinemodel.h"
#include "quarantinepanel.h"
#include "storage/store.h"
#include "testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace vigie;

namespace {

const QString capturePath = QStringLiteral(TEST_DATA_DIR "/payloads/chirpstack_v4/dingtek_http_integration_up_event.json");
const QString unboundEui = QStringLiteral("a84041000181c0de");

/// A source that delivers what the test gives it, as a broker would.
class ScriptedSource final : public IngestSource
{
public:
    QString description() const override { return QStringLiteral("scripted"); }
    void open() override { publishState(SourceState::Connected); }
    void close() override { publishState(SourceState::Idle); }
    void send(const QByteArray &topic, const QByteArray &payload)
    {
        RawMessage m;
        m.topic = topic;
        m.payload = payload;
        m.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        deliver(std::move(m));
    }
};

QByteArray topicOf(const QString &eui)
{
    return QStringLiteral("application/1ebdc5b7-d43d-46e0-9a4e-bd50ad2d86d2/device/%1/event/up").arg(eui).toUtf8();
}

/// Dingtek's real capture turned into a DF703 heartbeat of `eui` measuring `distanceMm`,
/// under a device profile that names the model (the codec is chosen from it).
QByteArray df703Uplink(const QString &eui, double distanceMm, quint16 frameCounter)
{
    QJsonObject event = QJsonDocument::fromJson(test::readFile(capturePath)).object();
    QJsonObject device = event.value(QLatin1String("deviceInfo")).toObject();
    device.insert(QStringLiteral("devEui"), eui);
    device.insert(QStringLiteral("deviceName"), QStringLiteral("bin sensor"));
    device.insert(QStringLiteral("deviceProfileName"), QStringLiteral("Dingtek DF703 EU868"));
    event.insert(QStringLiteral("deviceInfo"), device);
    lorawan::BinSensorReading reading;
    reading.distanceMm = distanceMm;
    reading.batteryPercent = 90;
    reading.temperatureC = 18;
    reading.tiltDeg = 0;
    event.insert(QStringLiteral("fPort"), 3);
    event.insert(QStringLiteral("fCnt"), frameCounter);
    event.insert(QStringLiteral("data"), QString::fromLatin1(lorawan::encodeDingtekDf703(reading, frameCounter).toBase64()));
    const QDateTime observed = QDateTime::currentDateTimeUtc().addSecs(-30 + frameCounter);
    event.insert(QStringLiteral("time"), observed.toString(Qt::ISODateWithMs));
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

ImportedCity binCity()
{
    ImportedCity city;
    city.pack.id = QStringLiteral("testville");
    city.pack.name = QStringLiteral("Testville");
    city.signature = QStringLiteral("sig");
    ImportedLayer bins;
    bins.layer.id = QStringLiteral("bins");
    bins.layer.role = LayerRole::Asset;
    bins.layer.kind = AssetKind::WasteContainer;
    const QStringList labels{QStringLiteral("Glass bin"), QStringLiteral("Household bin"), QStringLiteral("Paper bin")};
    const QStringList addresses{QStringLiteral("Place de la Comédie"), QStringLiteral("12 rue Foch"), QStringLiteral("3 rue Foch")};
    for (int i = 0; i < 3; ++i) {
        ImportedFeature f;
        f.fid = i;
        f.ref = QStringLiteral("B%1").arg(i + 1);
        f.label = labels.at(i);
        f.address = addresses.at(i);
        f.labelLon = 3.88;
        f.labelLat = 43.61;
        f.wkb = QByteArray(21, '\0');
        f.attributes = "{}";
        bins.features << f;
    }
    bins.sourceCount = 3;
    ImportedLayer lights;
    lights.layer.id = QStringLiteral("lights");
    lights.layer.role = LayerRole::Asset;
    lights.layer.kind = AssetKind::Streetlight;
    ImportedFeature lamp;
    lamp.ref = QStringLiteral("L1");
    lamp.label = QStringLiteral("Lantern on rue Foch");
    lamp.wkb = QByteArray(21, '\0');
    lamp.attributes = "{}";
    lights.features << lamp;
    lights.sourceCount = 1;
    city.layers << bins << lights;
    return city;
}

QStringList comboTexts(QComboBox *combo)
{
    QStringList out;
    for (int i = 0; i < combo->count(); ++i)
        out << combo->itemText(i);
    return out;
}

/// Display texts of `column` for every row of the view's model.
QStringList columnTexts(QAbstractItemModel *model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, column).data().toString();
    return out;
}

int rowWith(QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

qint64 quarantineCount(const QString &path)
{
    auto store = Store::open(path, Store::Mode::ReadOnly);
    return store ? store->quarantineCount().value() : -1;
}

} // namespace

class TestQuarantinePanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsCountsBindsAndReprocesses();
    void bindingDialogSearchesAssets();

private:
    QTemporaryDir m_dir;
    QString m_db;
    AssetDirectoryPtr m_directory;
};

void TestQuarantinePanel::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("testville.sqlite"));
    auto store = Store::open(m_db, Store::Mode::ReadWrite);
    QVERIFY(store.ok());
    QVERIFY(store->replaceCity(binCity()).ok());
    m_directory = std::make_shared<const AssetDirectory>(store->assets().value());
    QCOMPARE(m_directory->size(), 4);
}

void TestQuarantinePanel::listsCountsBindsAndReprocesses()
{
    IngestConfig config;
    config.storePath = m_db;
    config.directory = m_directory;
    config.routes << DecoderRoute{QStringLiteral("application/#"), QStringLiteral("chirpstack"), {}, {}};
    IngestService ingest(config);
    QVERIFY(ingest.start().ok());
    auto owned = std::make_unique<ScriptedSource>();
    ScriptedSource *source = owned.get();
    ingest.setSource(std::move(owned));

    // Three readings of an unbound bin sensor, and Dingtek's capture, which no codec reads.
    for (quint16 n = 1; n <= 3; ++n)
        source->send(topicOf(unboundEui), df703Uplink(unboundEui, 600, n));
    source->send(topicOf(QStringLiteral("7cf95720fc015fef")), test::readFile(capturePath));
    QTRY_COMPARE_WITH_TIMEOUT(quarantineCount(m_db), qint64(4), 5000);

    QuarantinePanel panel;
    panel.resize(1000, 600);
    panel.setStorePath(m_db);
    panel.setIngest(&ingest, m_directory);
    panel.show();
    auto *table = panel.findChild<QTableView *>(QStringLiteral("quarantineTable"));
    auto *payload = panel.findChild<QPlainTextEdit *>(QStringLiteral("quarantinePayload"));
    auto *reasons = panel.findChild<QComboBox *>(QStringLiteral("reasonFilter"));
    auto *devices = panel.findChild<QComboBox *>(QStringLiteral("deviceFilter"));
    QVERIFY(table && payload && reasons && devices);
    QAbstractItemModel *model = table->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 5000);

    // Reason, device, topic; newest first.
    QCOMPARE(columnTexts(model, QuarantineModel::Reason),
             (QStringList{QStringLiteral("No codec for this device"), QStringLiteral("Device not bound to an asset"),
                          QStringLiteral("Device not bound to an asset"), QStringLiteral("Device not bound to an asset")}));
    // The reason's label is translated; its code stays in the tooltip, with the detail.
    QVERIFY(model->index(1, QuarantineModel::Reason).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("unboundDevice — ")));
    QCOMPARE(columnTexts(model, QuarantineModel::Device), (QStringList{QString(), unboundEui, unboundEui, unboundEui}));
    QCOMPARE(model->index(1, QuarantineModel::Topic).data().toString(), QString::fromUtf8(topicOf(unboundEui)));
    QVERIFY(model->index(1, QuarantineModel::Detail).data().toString().contains(QStringLiteral("not bound")));
    QVERIFY(!model->index(0, QuarantineModel::Received).data().toString().isEmpty());
    // Counted by reason and by device.
    QCOMPARE(comboTexts(reasons), (QStringList{QStringLiteral("All reasons (4)"), QStringLiteral("Device not bound to an asset (3)"),
                                               QStringLiteral("No codec for this device (1)")}));
    QCOMPARE(comboTexts(devices), (QStringList{QStringLiteral("All devices (4)"), QStringLiteral("a84041000181c0de (3)"),
                                               QStringLiteral("No device (1)")}));

    // A filter lists only its messages; sorting by time ascending reverses the list.
    devices->setCurrentIndex(2);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
    QCOMPARE(model->index(0, QuarantineModel::Reason).data().toString(), QStringLiteral("No codec for this device"));
    devices->setCurrentIndex(0);
    reasons->setCurrentIndex(reasons->findData(QStringLiteral("unboundDevice")));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 5000);
    reasons->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 5000);
    table->sortByColumn(QuarantineModel::Received, Qt::AscendingOrder);
    QCOMPARE(model->index(3, QuarantineModel::Reason).data().toString(), QStringLiteral("No codec for this device"));
    table->sortByColumn(QuarantineModel::Received, Qt::DescendingOrder);

    // The payload is read for the current row only.
    QVERIFY(payload->toPlainText().isEmpty());
    const qint64 badId = model->index(0, 0).data(QuarantineModel::MessageIdRole).toLongLong();
    table->setCurrentIndex(model->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(payload->toPlainText().contains(QStringLiteral("\"tenantName\": \"Dingtek\"")), 5000);
    QVERIFY(payload->toPlainText().startsWith(QStringLiteral("Message %1").arg(badId)));
    QVERIFY(!payload->toPlainText().contains(unboundEui));
    table->setCurrentIndex(model->index(1, 0));
    QTRY_VERIFY_WITH_TIMEOUT(payload->toPlainText().contains(unboundEui), 5000);

    // Reprocessing the unreadable capture keeps it, with its reason.
    QSignalSpy reprocessed(&ingest, &IngestService::reprocessed);
    table->selectionModel()->clearSelection();
    table->setCurrentIndex(model->index(0, 0));
    QVERIFY(!panel.bindAction()->isEnabled()); // no device to bind
    QVERIFY(panel.reprocessAction()->isEnabled());
    panel.reprocessAction()->trigger();
    QVERIFY(reprocessed.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(panel.findChild<QLabel *>(QStringLiteral("quarantineStatus"))->text().startsWith(QStringLiteral("Reprocessed")), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 5000);
    QCOMPARE(model->index(rowWith(model, QuarantineModel::Device, QString()), QuarantineModel::Reason).data().toString(),
             QStringLiteral("No codec for this device"));
    QCOMPARE(quarantineCount(m_db), qint64(4));

    // Binding the device to a bin, with its depth, takes its three messages out of quarantine.
    const int unboundRow = rowWith(model, QuarantineModel::Device, unboundEui);
    table->selectionModel()->clearSelection();
    table->setCurrentIndex(model->index(unboundRow, 0));
    QVERIFY(panel.bindAction()->isEnabled());
    panel.bindAction()->trigger();
    auto *dialog = panel.findChild<BindingDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 2000);
    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("assetSearch"));
    auto *depth = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("depth"));
    auto *again = dialog->findChild<QCheckBox *>(QStringLiteral("reprocessAfter"));
    QVERIFY(search && depth && again);
    QVERIFY(again->isChecked());
    QVERIFY(again->text().contains(QLatin1Char('3')));
    QTest::keyClicks(search, QStringLiteral("household foch"));
    QVERIFY(depth->isEnabled());
    QCOMPARE(depth->value(), 1.5);
    const QString bin = assetUrn(AssetKind::WasteContainer, QStringLiteral("testville"), QStringLiteral("B2"));
    QCOMPARE(dialog->binding().assetId, bin);
    QCOMPARE(dialog->binding().deviceId, unboundEui);
    reprocessed.clear();
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
    QCOMPARE(model->index(0, QuarantineModel::Reason).data().toString(), QStringLiteral("No codec for this device"));
    QCOMPARE(comboTexts(reasons), (QStringList{QStringLiteral("All reasons (1)"), QStringLiteral("No codec for this device (1)")}));

    auto store = Store::open(m_db, Store::Mode::ReadOnly);
    QVERIFY(store.ok());
    QCOMPARE(store->quarantineCount().value(), qint64(1));
    const auto bindings = store->bindings().value();
    QCOMPARE(bindings.size(), 1);
    QCOMPARE(bindings.first().deviceId, unboundEui);
    QCOMPARE(bindings.first().assetId, bin);
    QCOMPARE(bindings.first().containerDepthM, 1.5);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto fill = store->history(bin, QString(quantity::fillingLevel), now - 3600000, now + 3600000).value();
    QCOMPARE(fill.size(), 3);
    for (const Observation &o : fill)
        QVERIFY2(std::abs(o.number - 0.6) < 1e-6, qPrintable(QString::number(o.number))); // (1.5 − 0.6) / 1.5
    ingest.stop(); // the latest state is written every few seconds, and at stop (StoreWriter)
    QCOMPARE(store->latestStates().value().value(bin).fillingLevel, 0.6);
}

void TestQuarantinePanel::bindingDialogSearchesAssets()
{
    DeviceBinding current;
    current.deviceId = QStringLiteral("A8-40-41-00-01-81-C0-DE");
    current.assetId = assetUrn(AssetKind::WasteContainer, QStringLiteral("testville"), QStringLiteral("B3"));
    current.containerDepthM = 1.1;
    BindingDialog dialog(current.deviceId, m_directory, current, 0);
    dialog.show();
    auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("assetSearch"));
    auto *list = dialog.findChild<QListView *>(QStringLiteral("assetList"));
    auto *hasDepth = dialog.findChild<QCheckBox *>(QStringLiteral("hasDepth"));
    auto *depth = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("depth"));
    QVERIFY(search && list && hasDepth && depth);
    QVERIFY(dialog.findChild<QCheckBox *>(QStringLiteral("reprocessAfter"))->isHidden()); // nothing quarantined
    // The current binding is preselected, device id normalized.
    QCOMPARE(dialog.binding().deviceId, unboundEui);
    QCOMPARE(dialog.binding().assetId, current.assetId);
    QCOMPARE(dialog.binding().containerDepthM, 1.1);
    QVERIFY(!dialog.reprocessAfter());

    // Every word must match, in id, label, address or reference.
    QTest::keyClicks(search, QStringLiteral("FOCH"));
    QCOMPARE(list->model()->rowCount(), 3); // two bins and the lantern
    search->clear();
    QTest::keyClicks(search, QStringLiteral("foch lantern"));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(dialog.binding().assetId, assetUrn(AssetKind::Streetlight, QStringLiteral("testville"), QStringLiteral("L1")));
    // A street light has no depth.
    QVERIFY(!hasDepth->isEnabled());
    QVERIFY(!depth->isEnabled());
    QVERIFY(std::isnan(dialog.binding().containerDepthM));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("B1"));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(dialog.binding().assetId, assetUrn(AssetKind::WasteContainer, QStringLiteral("testville"), QStringLiteral("B1")));
    hasDepth->setChecked(false);
    QVERIFY(std::isnan(dialog.binding().containerDepthM)); // depth unknown
    search->clear();
    QTest::keyClicks(search, QStringLiteral("nowhere"));
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(dialog.binding().assetId.isEmpty());
}

QTEST_MAIN(TestQuarantinePanel)
#include "tst_quarantinepanel.moc"
