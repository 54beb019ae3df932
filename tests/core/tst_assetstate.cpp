#include "domain/assetdirectory.h"
#include "domain/assetstate.h"
#include "domain/quantity.h"

#include <QTest>

using namespace vigie;

namespace {
Observation obs(const char *quantity, double number, const char *text, qint64 observed, qint64 received)
{
    Observation o;
    o.quantity = QLatin1String(quantity);
    o.number = number;
    o.text = QLatin1String(text);
    o.observedAtMs = observed;
    o.receivedAtMs = received;
    return o;
}
} // namespace

class TestAssetState : public QObject
{
    Q_OBJECT
private slots:
    void olderObservationDoesNotRollBack();
    void conditions_data();
    void conditions();
    void directoryLookup();
};

void TestAssetState::olderObservationDoesNotRollBack()
{
    AssetState s;
    QVERIFY(s.apply(obs("fillingLevel", 0.8, "", 2000, 2100)));
    QVERIFY(s.apply(obs("fillingLevel", 0.3, "", 1000, 2200))); // late delivery: only a sign of life
    QCOMPARE(s.fillingLevel, 0.8);
    QCOMPARE(s.lastSeenMs, qint64(2200));
    QVERIFY(s.apply(obs("status", std::nan(""), "lidOpen", 3000, 3100)));
    QCOMPARE(s.status, QStringLiteral("lidOpen"));
    QVERIFY(!s.apply(obs("status", std::nan(""), "lidOpen", 3000, 3100)));
}

void TestAssetState::conditions_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("power");
    QTest::addColumn<double>("fill");
    QTest::addColumn<qint64>("ageMs");
    QTest::addColumn<int>("expected");
    const int sl = int(AssetKind::Streetlight);
    const int wc = int(AssetKind::WasteContainer);
    const double none = std::nan("");
    QTest::newRow("lamp on") << sl << "ok" << "on" << none << qint64(1000) << int(AssetCondition::LightOn);
    QTest::newRow("lamp dimmed counts as on") << sl << "ok" << "low" << none << qint64(1000) << int(AssetCondition::LightOn);
    QTest::newRow("lamp off") << sl << "ok" << "off" << none << qint64(1000) << int(AssetCondition::LightOff);
    QTest::newRow("defective lamp") << sl << "defectiveLamp" << "on" << none << qint64(1000) << int(AssetCondition::Fault);
    QTest::newRow("silent lamp") << sl << "defectiveLamp" << "on" << none << qint64(31 * 60 * 1000) << int(AssetCondition::Silent);
    QTest::newRow("bin low") << wc << "ok" << "" << 0.2 << qint64(1000) << int(AssetCondition::Normal);
    QTest::newRow("bin at high threshold") << wc << "ok" << "" << 0.75 << qint64(1000) << int(AssetCondition::High);
    QTest::newRow("bin full") << wc << "ok" << "" << 0.95 << qint64(1000) << int(AssetCondition::Full);
    QTest::newRow("bin burning") << wc << "burning" << "" << 0.1 << qint64(1000) << int(AssetCondition::Fault);
    QTest::newRow("bin status unknown is not a fault") << wc << "unknown" << "" << 0.1 << qint64(1000) << int(AssetCondition::Normal);
}

void TestAssetState::conditions()
{
    QFETCH(int, kind);
    QFETCH(QString, status);
    QFETCH(QString, power);
    QFETCH(double, fill);
    QFETCH(qint64, ageMs);
    QFETCH(int, expected);
    AssetState s;
    s.status = status;
    s.powerState = power;
    s.fillingLevel = fill;
    s.lastSeenMs = 1'000'000;
    QCOMPARE(int(assetCondition(AssetKind(kind), s, s.lastSeenMs + ageMs, ConditionPolicy{})), expected);
    QCOMPARE(int(assetCondition(AssetKind(kind), AssetState{}, 0, ConditionPolicy{})), int(AssetCondition::NoData));
}

void TestAssetState::directoryLookup()
{
    AssetRecord a;
    a.id = assetUrn(AssetKind::Streetlight, QStringLiteral("montpellier"), QStringLiteral("12"));
    QCOMPARE(a.id, QStringLiteral("urn:ngsi-ld:Streetlight:montpellier:12"));
    AssetDirectory dir({a});
    QCOMPARE(dir.indexOf(a.id), 0);
    QCOMPARE(dir.indexOf(QStringLiteral("Streetlight:montpellier:12")), 0); // NGSI v2 id
    QCOMPARE(dir.indexOf(QStringLiteral("urn:ngsi-ld:Streetlight:montpellier:13")), -1);
}

QTEST_GUILESS_MAIN(TestAssetState)
#include "tst_assetstate.moc"
