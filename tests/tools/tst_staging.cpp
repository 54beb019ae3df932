#include "cityassets.h"
#include "simulator.h"
#include "staging.h"

#include <QSet>
#include <QtTest>

using namespace vigie;
using namespace vigie::sim;

class TestStaging : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void districtLamps();
    void powerLossLastGaspThenSilence();

private:
    CityAssets m_city;
};

void TestStaging::initTestCase()
{
    auto pack = CityPack::load(QStringLiteral(CITIES_DIR "/montpellier"));
    QVERIFY(pack);
    auto city = loadCityAssets(pack.value());
    QVERIFY(city);
    m_city = city.value();
    QCOMPARE(m_city.districts.size(), 7); // the first districts layer: quartiers, not sous-quartiers
}

void TestStaging::parse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("value");
    QTest::addColumn<double>("at");
    QTest::addColumn<double>("duration");
    QTest::newRow("district with duration") << "power-loss:district=PRES D'ARENE@60+600" << true << "PRES D'ARENE" << 60.0 << 600.0;
    QTest::newRow("district for good") << "power-loss:district=3@12.5" << true << "3" << 12.5 << 0.0;
    QTest::newRow("cabinet") << "cabinet-failure:cabinet=AR-12@30" << true << "AR-12" << 30.0 << 0.0;
    QTest::newRow("no time") << "power-loss:district=MOSSON" << false << "" << 0.0 << 0.0;
    QTest::newRow("unknown kind") << "flood:district=MOSSON@1" << false << "" << 0.0 << 0.0;
    QTest::newRow("cabinet failure of a district") << "cabinet-failure:district=MOSSON@1" << false << "" << 0.0 << 0.0;
}

void TestStaging::parse()
{
    QFETCH(QString, spec);
    QFETCH(bool, ok);
    auto stage = parseStage(spec);
    QCOMPARE(bool(stage), ok);
    if (!ok) {
        QCOMPARE(stage.error().code, QStringLiteral("usage"));
        return;
    }
    QFETCH(QString, value);
    QFETCH(double, at);
    QFETCH(double, duration);
    QCOMPARE(stage->value, value);
    QCOMPARE(stage->atS, at);
    QCOMPARE(stage->durationS, duration);
}

void TestStaging::districtLamps()
{
    auto byLabel = stagedAssets(parseStage(QStringLiteral("power-loss:district=pres d'arene@1")).value(), m_city);
    QVERIFY(byLabel);
    QVERIFY(byLabel->size() > 1000);
    const QSet<int> lamps(byLabel->cbegin(), byLabel->cend());
    int lamp1 = -1;
    int lamp20000 = -1;
    for (int i = 0; i < m_city.assets.size(); ++i) {
        if (m_city.assets.at(i).kind != AssetKind::Streetlight)
            continue;
        if (m_city.assets.at(i).ref == QLatin1String("1"))
            lamp1 = i;
        if (m_city.assets.at(i).ref == QLatin1String("20000"))
            lamp20000 = i;
    }
    QVERIFY(lamps.contains(lamp1));        // in PRES D'ARENE (SpatiaLite, see tst_assetgroups)
    QVERIFY(!lamps.contains(lamp20000));   // in MOSSON
    for (int i : byLabel.value())
        QCOMPARE(m_city.assets.at(i).kind, AssetKind::Streetlight); // containers are not on the lighting circuit

    // By the district's id: the same lamps.
    const int d = m_city.assets.at(lamp1).district;
    auto byId = stagedAssets(parseStage(QStringLiteral("power-loss:district=%1@1").arg(m_city.districts.at(d).ref)).value(), m_city);
    QVERIFY(byId);
    QCOMPARE(byId.value(), byLabel.value());

    auto unknown = stagedAssets(parseStage(QStringLiteral("power-loss:district=Atlantis@1")).value(), m_city);
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message.contains(QStringLiteral("MOSSON")));
    // Montpellier's inventory names no cabinets: none is invented.
    QVERIFY(!stagedAssets(parseStage(QStringLiteral("cabinet-failure:cabinet=AR-1@1")).value(), m_city));
}

void TestStaging::powerLossLastGaspThenSilence()
{
    auto staged = stagedAssets(parseStage(QStringLiteral("power-loss:district=MOSSON@1")).value(), m_city);
    QVERIFY(staged);
    const QSet<int> lamps(staged->cbegin(), staged->cend());
    SimulatorConfig config;
    config.cityId = m_city.pack.id;
    config.startMs = QDateTime(QDate(2024, 12, 21), QTime(20, 0), QTimeZone("Europe/Paris")).toMSecsSinceEpoch(); // night: lamps on
    config.silentShare = 0;
    config.lampFailuresPerYear = 0;
    Simulator sim(config, m_city.assets);
    const qint64 from = config.startMs + 60'000;
    const qint64 until = from + 2 * 3'600'000;
    sim.stagePowerLoss(staged.value(), from, until);

    sim.advanceTo(from - 1);
    for (int k = 0; k < 100; ++k)
        QVERIFY(sim.nextMessage(0));
    QVERIFY(!sim.isUnpowered(staged->first()));

    // The power goes: each lamp of the district sends one last report, powerState off…
    sim.advanceTo(from);
    QSet<int> lastGasps;
    for (int k = 0; k < lamps.size(); ++k) {
        const auto m = sim.nextMessage(0);
        QVERIFY(m);
        QVERIFY(lamps.contains(m->asset));
        QCOMPARE(m->report.powerState, QStringLiteral("off"));
        QCOMPARE(m->report.status, QStringLiteral("ok")); // not a lamp fault
        lastGasps << m->asset;
    }
    QCOMPARE(lastGasps, lamps);
    // …then nothing from them, through more than a full round of periodic reports.
    for (int k = 0; k < m_city.assets.size() + 1000; ++k) {
        const auto m = sim.nextMessage(0);
        QVERIFY(m);
        QVERIFY(!lamps.contains(m->asset));
    }
    QVERIFY(sim.isUnpowered(staged->first()));

    // The power returns: each reports again, lit (it is night).
    sim.advanceTo(until);
    QSet<int> back;
    for (int k = 0; k < lamps.size(); ++k) {
        const auto m = sim.nextMessage(0);
        QVERIFY(m);
        QVERIFY(lamps.contains(m->asset));
        QCOMPARE(m->report.powerState, QStringLiteral("on"));
        back << m->asset;
    }
    QCOMPARE(back, lamps);
    QVERIFY(!sim.isUnpowered(staged->first()));
}

QTEST_GUILESS_MAIN(TestStaging)
#include "tst_staging.moc"
