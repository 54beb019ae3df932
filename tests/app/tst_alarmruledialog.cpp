#include "alarmruledialog.h"
#include "alarmrulemodel.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace vigie;

Q_DECLARE_METATYPE(vigie::AlarmRule)

namespace {

AlarmRule containerFull()
{
    AlarmRule r;
    r.id = 1;
    r.key = QStringLiteral("container.full");
    r.kind = AlarmRuleKind::Threshold;
    r.assetKind = AssetKind::WasteContainer;
    r.quantity = QStringLiteral("fillingLevel");
    r.setpoint = 0.8;
    r.deadband = 0.1;
    r.onDelayMs = 10 * 60'000;
    r.priority = AlarmPriority::High;
    return r;
}

AlarmRule lightFault()
{
    AlarmRule r;
    r.id = 2;
    r.key = QStringLiteral("light.fault");
    r.kind = AlarmRuleKind::StateCode;
    r.assetKind = AssetKind::Streetlight;
    r.quantity = QStringLiteral("status");
    r.codes = {QStringLiteral("defectiveLamp"), QStringLiteral("columnIssue"), QStringLiteral("brokenLantern")};
    return r;
}

AssetDirectoryPtr directory()
{
    AssetRecord lamp;
    lamp.id = QStringLiteral("urn:ngsi-ld:Streetlight:t:7");
    lamp.kind = AssetKind::Streetlight;
    lamp.ref = QStringLiteral("7");
    AssetRecord bin;
    bin.id = QStringLiteral("urn:ngsi-ld:WasteContainer:t:9");
    bin.kind = AssetKind::WasteContainer;
    bin.ref = QStringLiteral("9");
    return std::make_shared<AssetDirectory>(QVector<AssetRecord>{lamp, bin});
}

} // namespace

class TestAlarmRuleDialog : public QObject
{
    Q_OBJECT
private slots:
    void validation_data();
    void validation();
    void editsThroughModel();
    void overrideAndDelete();
    void okRefusedWhileInvalid();
};

void TestAlarmRuleDialog::validation_data()
{
    QTest::addColumn<AlarmRule>("rule");
    QTest::addColumn<int>("problems");
    AlarmRule r = containerFull();
    QTest::newRow("valid threshold") << r << 0;
    r.deadband = -0.1;
    QTest::newRow("negative deadband") << r << 1;
    r = containerFull();
    r.deadband = 0.9; // clears below -0.1: crosses zero, and leaves 0–1
    QTest::newRow("deadband crossing zero") << r << 2;
    r = containerFull();
    r.setpoint = 80; // a percentage where a ratio is expected: setpoint and clearing level out of 0–1
    QTest::newRow("fill setpoint outside 0-1") << r << 2;
    r = containerFull();
    r.high = false;
    r.setpoint = -5;
    r.deadband = 10; // a "below" threshold clears above setpoint + deadband = 5
    r.quantity = QStringLiteral("temperature");
    QTest::newRow("low threshold crossing zero") << r << 1;
    r = containerFull();
    r.onDelayMs = -1;
    QTest::newRow("negative delay") << r << 1;
    r = lightFault();
    QTest::newRow("valid codes") << r << 0;
    r.codes << QStringLiteral("defective");
    QTest::newRow("unknown code") << r << 1;
    r.codes.clear();
    QTest::newRow("no code") << r << 1;
    r = lightFault();
    r.kind = AlarmRuleKind::CommunicationLoss;
    r.periodFactor = 1;
    QTest::newRow("period factor 1") << r << 1;
    r = containerFull();
    r.kind = AlarmRuleKind::InvalidReadings;
    r.windowMs = 0;
    r.count = 0;
    QTest::newRow("invalid readings without window or count") << r << 2;
}

void TestAlarmRuleDialog::validation()
{
    QFETCH(AlarmRule, rule);
    QFETCH(int, problems);
    const QStringList found = AlarmRuleModel::validate(rule);
    QVERIFY2(found.size() == problems, qPrintable(found.join(QStringLiteral(" | "))));
}

void TestAlarmRuleDialog::editsThroughModel()
{
    AlarmRuleDialog dialog({containerFull(), lightFault()}, directory());
    AlarmRuleModel *model = dialog.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->columnCount(), int(AlarmRuleModel::ColumnCount));
    QCOMPARE(model->index(0, AlarmRuleModel::OnDelay).data(Qt::EditRole).toDouble(), 10.0);

    QVERIFY(model->setData(model->index(0, AlarmRuleModel::OnDelay), 15));
    QVERIFY(model->setData(model->index(0, AlarmRuleModel::OffDelay), 2.5));
    QVERIFY(model->setData(model->index(0, AlarmRuleModel::Priority), QStringLiteral("urgent")));
    QVERIFY(model->setData(model->index(0, AlarmRuleModel::Direction), QStringLiteral("low")));
    QVERIFY(model->setData(model->index(0, AlarmRuleModel::Consequence), QStringLiteral("Débordement sur la voie")));
    QVERIFY(model->setData(model->index(1, AlarmRuleModel::Codes), QStringLiteral("defectiveLamp, brokenLantern")));
    QVERIFY(model->setData(model->index(1, AlarmRuleModel::Enabled), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!model->setData(model->index(0, AlarmRuleModel::Priority), QStringLiteral("critical")));
    QVERIFY(!model->setData(model->index(0, AlarmRuleModel::Setpoint), QStringLiteral("high")));
    QVERIFY(!model->setData(model->index(0, AlarmRuleModel::Kind), QStringLiteral("group"))); // not a rule kind

    const AlarmRules rules = dialog.rules();
    QCOMPARE(rules.at(0).onDelayMs, qint64(15 * 60'000));
    QCOMPARE(rules.at(0).offDelayMs, qint64(150'000));
    QCOMPARE(rules.at(0).priority, AlarmPriority::Urgent);
    QCOMPARE(rules.at(0).high, false);
    QCOMPARE(rules.at(0).consequence, QStringLiteral("Débordement sur la voie"));
    QCOMPARE(rules.at(0).id, qint64(1)); // kept: the store updates the row
    QCOMPARE(rules.at(1).codes, (QStringList{QStringLiteral("defectiveLamp"), QStringLiteral("brokenLantern")}));
    QCOMPARE(rules.at(1).enabled, false);
}

void TestAlarmRuleDialog::overrideAndDelete()
{
    AlarmRuleDialog dialog({containerFull(), lightFault()}, directory());
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.view()->setCurrentIndex(dialog.model()->index(1, 0));
    QVERIFY(!dialog.addOverride(QStringLiteral("nope")));        // unknown asset
    QVERIFY(!dialog.addOverride(QStringLiteral("9")));           // a container, not a light
    QVERIFY(dialog.addOverride(QStringLiteral("7")));            // by inventory reference
    QCOMPARE(dialog.model()->rowCount(), 3);
    AlarmRule over = dialog.rules().at(2);
    QCOMPARE(over.assetId, QStringLiteral("urn:ngsi-ld:Streetlight:t:7"));
    QCOMPARE(over.key, QStringLiteral("light.fault"));
    QCOMPARE(over.id, qint64(0));
    QVERIFY(dialog.problems().isEmpty()); // same key, one asset: an override, not a duplicate

    // A second override of the same asset and key is a duplicate.
    dialog.view()->setCurrentIndex(dialog.model()->index(1, 0));
    QVERIFY(dialog.addOverride(QStringLiteral("urn:ngsi-ld:Streetlight:t:7")));
    QCOMPARE(dialog.problems().size(), 1);

    dialog.view()->clearSelection();
    dialog.view()->selectRow(3);
    dialog.deleteSelected();
    QCOMPARE(dialog.model()->rowCount(), 3);
    QVERIFY(dialog.problems().isEmpty());
}

void TestAlarmRuleDialog::okRefusedWhileInvalid()
{
    AlarmRuleDialog dialog({containerFull()}, directory());
    dialog.show();
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    AlarmRuleModel *model = dialog.model();
    QVERIFY(model->setData(model->index(0, AlarmRuleModel::Deadband), -1));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("ruleProblems"))->text().contains(QStringLiteral("deadband")));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(model->setData(model->index(0, AlarmRuleModel::Deadband), 0.1));
    QVERIFY(ok->isEnabled());
    dialog.addRule();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(ok->isEnabled()); // the new rule's defaults are valid
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestAlarmRuleDialog)
#include "tst_alarmruledialog.moc"
