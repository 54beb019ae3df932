// Mapping files: what a valid one yields, and that every mistake names its line and field.
#include "ingest/jsonmapping.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vigie;

class TestJsonMapping : public QObject
{
    Q_OBJECT
private slots:
    void completeMapping();
    void shippedExamples_data();
    void shippedExamples();
    void errors_data();
    void errors();
    void fileErrors();
    void neverThrows_data();
    void neverThrows();
};

void TestJsonMapping::completeMapping()
{
    const QByteArray yaml = R"(version: 1
description: LumiNet gateways
kind: Streetlight
entities: /lamps
id:
  pointer: /lampId
  template: "urn:ngsi-ld:Streetlight:montpellier:{}"
time:
  pointer: /ts
  form: pattern
  pattern: "dd/MM/yyyy HH:mm:ss"
  scope: message
fields:
  - pointer: /state
    quantity: status
    values: {BROKEN: defectiveLamp, OK: ok, 3: brokenLantern}
  - pointer: /battery
    quantity: batteryLevel
    unit: percent
    range: [0, 100]
    sentinels: [0xFFFF, -1]
  - pointer: /temp
    quantity: temperature
    scale: 0.1
    range: [~, 900]
)";
    auto m = parseJsonMapping(yaml, QStringLiteral("lumi.yaml"));
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    QCOMPARE(m->source, QStringLiteral("lumi.yaml"));
    QCOMPARE(m->kind, AssetKind::Streetlight);
    QCOMPARE(*m->entities, std::string("/lamps"));
    QCOMPARE(m->id.pointer, std::string("/lampId"));
    QCOMPARE(m->id.topicLevel, -1);
    QCOMPARE(m->id.idTemplate, QStringLiteral("urn:ngsi-ld:Streetlight:montpellier:{}"));
    QVERIFY(m->time);
    QCOMPARE(m->time->form, TimeForm::Pattern);
    QVERIFY(m->time->messageScope);
    QCOMPARE(m->fields.size(), 3);
    const FieldMapping &status = m->fields.at(0);
    QVERIFY(!status.numeric);
    QCOMPARE(status.values.value(QStringLiteral("BROKEN")), QStringLiteral("defectiveLamp"));
    QCOMPARE(status.values.value(QStringLiteral("3")), QStringLiteral("brokenLantern"));
    QCOMPARE(status.line, 14);
    const FieldMapping &battery = m->fields.at(1);
    QCOMPARE(battery.unitFactor, 0.01);
    QCOMPARE(battery.unitCode, QStringLiteral("C62"));
    QCOMPARE(battery.min, 0.0);
    QCOMPARE(battery.max, 100.0);
    QCOMPARE(battery.sentinels, (QVector<double>{65535, -1}));
    const FieldMapping &temp = m->fields.at(2);
    QCOMPARE(temp.scale, 0.1);
    QVERIFY(std::isinf(temp.min));
    QCOMPARE(temp.max, 900.0);
    QCOMPARE(temp.unitCode, QStringLiteral("CEL"));
}

void TestJsonMapping::shippedExamples_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(MAPPINGS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.yaml")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestJsonMapping::shippedExamples()
{
    QFETCH(QString, file);
    auto m = loadJsonMapping(file);
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    QVERIFY(!m->fields.isEmpty());
}

void TestJsonMapping::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");       // 1-based line the message must name
    QTest::addColumn<QString>("field");  // the field path it must name
    QTest::addColumn<QString>("mentions");

    const QByteArray head = "version: 1\nkind: WasteContainer\nid:\n  pointer: /id\nfields:\n"; // 5 lines
    QTest::newRow("unknown top-level key") << QByteArray("version: 1\ncolour: red\nid: {pointer: /id}\nfields: [{pointer: /f, quantity: fillingLevel}]\n")
        << 2 << "colour" << "unknown key";
    QTest::newRow("unknown field key") << head + "  - pointer: /f\n    quantity: fillingLevel\n    factor: 2\n"
        << 8 << "fields[0].factor" << "unknown key";
    QTest::newRow("unknown id key") << QByteArray("version: 1\nid:\n  pointer: /id\n  prefix: x\nfields: [{pointer: /f, quantity: status}]\n")
        << 4 << "id.prefix" << "unknown key";
    QTest::newRow("scale is text") << head + "  - pointer: /f\n    quantity: fillingLevel\n    scale: abc\n"
        << 8 << "fields[0].scale" << "expected a number";
    QTest::newRow("scale quoted") << head + "  - pointer: /f\n    quantity: fillingLevel\n    scale: \"0.01\"\n"
        << 8 << "fields[0].scale" << "expected a number";
    QTest::newRow("scale nan") << head + "  - pointer: /f\n    quantity: fillingLevel\n    scale: .nan\n"
        << 8 << "fields[0].scale" << "expected a number";
    QTest::newRow("scale of zero") << head + "  - pointer: /f\n    quantity: fillingLevel\n    scale: 0\n"
        << 8 << "fields[0].scale" << "scale of 0";
    QTest::newRow("scale of zero written 0.0") << head + "  - pointer: /f\n    quantity: fillingLevel\n    scale: 0.0\n"
        << 8 << "fields[0].scale" << "scale of 0";
    QTest::newRow("pointer without slash") << head + "  - pointer: fill\n    quantity: fillingLevel\n"
        << 6 << "fields[0].pointer" << "must start with \"/\"";
    QTest::newRow("pointer with bad escape") << head + "  - quantity: fillingLevel\n    pointer: /a~2b\n"
        << 7 << "fields[0].pointer" << "~0";
    QTest::newRow("pointer ending in tilde") << head + "  - quantity: fillingLevel\n    pointer: /a~\n"
        << 7 << "fields[0].pointer" << "RFC 6901";
    QTest::newRow("empty id pointer") << QByteArray("version: 1\nid:\n  pointer: \"\"\nfields: [{pointer: /f, quantity: status}]\n")
        << 3 << "id.pointer" << "JSON pointer";
    QTest::newRow("bad entities pointer") << QByteArray("version: 1\nentities: lamps\nid: {pointer: /id}\nfields: [{pointer: /f, quantity: status}]\n")
        << 2 << "entities" << "JSON pointer";
    QTest::newRow("unknown quantity") << head + "  - pointer: /f\n    quantity: fillLevel\n"
        << 7 << "fields[0].quantity" << "unknown quantity \"fillLevel\"";
    QTest::newRow("quantity of another kind") << head + "  - pointer: /f\n    quantity: powerState\n"
        << 7 << "fields[0].quantity" << "Streetlight";
    QTest::newRow("missing quantity") << head + "  - pointer: /f\n"
        << 6 << "fields[0]" << "\"quantity\" is required";
    QTest::newRow("unknown kind") << QByteArray("version: 1\nkind: Bin\nid: {pointer: /id}\nfields: [{pointer: /f, quantity: status}]\n")
        << 2 << "kind" << "Bin";
    QTest::newRow("kind wrong case") << QByteArray("version: 1\nkind: streetlight\nid: {pointer: /id}\nfields: [{pointer: /f, quantity: status}]\n")
        << 2 << "kind" << "Streetlight or WasteContainer";
    QTest::newRow("value map outside the enum") << QByteArray("version: 1\nkind: Streetlight\nid: {pointer: /id}\nfields:\n  - pointer: /s\n    quantity: status\n    values:\n      OK: ok\n      BROKEN: broken\n")
        << 9 << "fields[0].values.BROKEN" << "defectiveLamp";
    QTest::newRow("value map to another kind's word") << QByteArray("version: 1\nkind: WasteContainer\nid: {pointer: /id}\nfields:\n  - pointer: /s\n    quantity: status\n    values: {LAMP: defectiveLamp}\n")
        << 7 << "fields[0].values.LAMP" << "lidOpen";
    QTest::newRow("value map without kind: any kind's word") << QByteArray("version: 1\nid: {pointer: /id}\nfields:\n  - pointer: /s\n    quantity: status\n    values:\n      X: full\n")
        << 7 << "fields[0].values.X" << "WasteContainer:";
    QTest::newRow("value map on a number") << head + "  - pointer: /f\n    quantity: fillingLevel\n    values: {FULL: 1}\n"
        << 8 << "fields[0].values" << "is a number";
    QTest::newRow("unit on text") << QByteArray("version: 1\nid: {pointer: /id}\nfields:\n  - pointer: /s\n    quantity: status\n    unit: percent\n")
        << 6 << "fields[0].unit" << "is text";
    QTest::newRow("unknown unit") << head + "  - pointer: /f\n    quantity: fillingLevel\n    unit: litres\n"
        << 8 << "fields[0].unit" << "percent";
    QTest::newRow("range reversed") << head + "  - pointer: /f\n    quantity: fillingLevel\n    range: [100, 0]\n"
        << 8 << "fields[0].range" << "above the maximum";
    QTest::newRow("range of one") << head + "  - pointer: /f\n    quantity: fillingLevel\n    range: [100]\n"
        << 8 << "fields[0].range" << "[min, max]";
    QTest::newRow("range bound not a number") << head + "  - pointer: /f\n    quantity: fillingLevel\n    range:\n      - 0\n      - full\n"
        << 10 << "fields[0].range[1]" << "expected a number";
    QTest::newRow("sentinel not a number") << head + "  - pointer: /f\n    quantity: fillingLevel\n    sentinels: [65535, none]\n"
        << 8 << "fields[0].sentinels[1]" << "expected a number";
    QTest::newRow("second field wrong") << head + "  - pointer: /f\n    quantity: fillingLevel\n  - pointer: /t\n    quantity: temperature\n    scale: 0\n"
        << 10 << "fields[1].scale" << "scale of 0";
    QTest::newRow("id with pointer and topic level") << QByteArray("version: 1\nid:\n  pointer: /id\n  topicLevel: 2\nfields: [{pointer: /f, quantity: status}]\n")
        << 4 << "id" << "exactly one";
    QTest::newRow("id with neither") << QByteArray("version: 1\nid:\n  template: \"x{}\"\nfields: [{pointer: /f, quantity: status}]\n")
        << 3 << "id" << "exactly one";
    QTest::newRow("negative topic level") << QByteArray("version: 1\nid:\n  topicLevel: -1\nfields: [{pointer: /f, quantity: status}]\n")
        << 3 << "id.topicLevel" << "whole number";
    QTest::newRow("template without placeholder") << QByteArray("version: 1\nid:\n  pointer: /id\n  template: \"urn:ngsi-ld:Streetlight:x\"\nfields: [{pointer: /f, quantity: status}]\n")
        << 4 << "id.template" << "{}";
    QTest::newRow("template on a device id") << QByteArray("version: 1\nid:\n  pointer: /eui\n  device: true\n  template: \"x{}\"\nfields: [{pointer: /f, quantity: status}]\n")
        << 5 << "id.template" << "device";
    QTest::newRow("device not a boolean") << QByteArray("version: 1\nid:\n  pointer: /eui\n  device: yes\nfields: [{pointer: /f, quantity: status}]\n")
        << 4 << "id.device" << "true or false";
    QTest::newRow("id missing") << QByteArray("version: 1\nfields: [{pointer: /f, quantity: status}]\n")
        << 1 << "id" << "required";
    QTest::newRow("unknown time form") << QByteArray("version: 1\nid: {pointer: /id}\ntime:\n  pointer: /ts\n  form: unix\nfields: [{pointer: /f, quantity: status}]\n")
        << 5 << "time.form" << "epoch, iso8601, local, pattern";
    QTest::newRow("pattern form without pattern") << QByteArray("version: 1\nid: {pointer: /id}\ntime:\n  pointer: /ts\n  form: pattern\nfields: [{pointer: /f, quantity: status}]\n")
        << 5 << "time.pattern" << "needs a \"pattern\"";
    QTest::newRow("pattern without hour") << QByteArray("version: 1\nid: {pointer: /id}\ntime:\n  pointer: /ts\n  form: pattern\n  pattern: dd/MM/yyyy\nfields: [{pointer: /f, quantity: status}]\n")
        << 6 << "time.pattern" << "hour";
    QTest::newRow("message scope without entities") << QByteArray("version: 1\nid: {pointer: /id}\ntime:\n  pointer: /ts\n  form: epoch\n  scope: message\nfields: [{pointer: /f, quantity: status}]\n")
        << 6 << "time.scope" << "entities";
    QTest::newRow("fields empty") << QByteArray("version: 1\nid: {pointer: /id}\nfields: []\n")
        << 3 << "fields" << "at least one";
    QTest::newRow("fields a map") << QByteArray("version: 1\nid: {pointer: /id}\nfields:\n  fill: /f\n")
        << 4 << "fields" << "a list";
    QTest::newRow("version 2") << QByteArray("version: 2\nid: {pointer: /id}\nfields: [{pointer: /f, quantity: status}]\n")
        << 1 << "version" << "version 1";
    QTest::newRow("key given twice") << QByteArray("version: 1\nid: {pointer: /id}\nkind: Streetlight\nkind: WasteContainer\nfields: [{pointer: /f, quantity: status}]\n")
        << 4 << "kind" << "twice";
    QTest::newRow("YAML syntax") << QByteArray("version: 1\nid: {pointer: /id\nfields: []\n")
        << 3 << "" << "not valid YAML";
    QTest::newRow("tab indentation") << QByteArray("version: 1\nid:\n\tpointer: /id\n")
        << 3 << "" << "not valid YAML";
    QTest::newRow("top level a list") << QByteArray("- version: 1\n")
        << 1 << "" << "expected a map";
}

void TestJsonMapping::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    auto m = parseJsonMapping(yaml, QStringLiteral("m.yaml"));
    QVERIFY2(!m.ok(), "a broken mapping was accepted");
    QCOMPARE(m.error().code, QStringLiteral("invalidMapping"));
    const QString message = m.error().message;
    // m.yaml:<line>:<column>: <field>: <what>
    static const QRegularExpression shape(QStringLiteral(R"(^m\.yaml:(\d+):\d+: (.*)$)"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const auto match = shape.match(message);
    QVERIFY2(match.hasMatch(), qPrintable(message));
    QCOMPARE(match.captured(1).toInt(), line);
    if (!field.isEmpty())
        QVERIFY2(match.captured(2).startsWith(field + QStringLiteral(": ")), qPrintable(message));
    QVERIFY2(message.contains(mentions), qPrintable(message));
}

void TestJsonMapping::fileErrors()
{
    auto missing = loadJsonMapping(QStringLiteral("/nonexistent/vigie/lamps.yaml"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("unreadableMapping"));
    QVERIFY(missing.error().message.contains(QStringLiteral("/nonexistent/vigie/lamps.yaml")));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile f(dir.filePath(QStringLiteral("bins.yaml")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("version: 1\nid: {pointer: /id}\nfields:\n  - {pointer: /f, quantity: fillingLevel, scale: 0}\n");
    f.close();
    auto bad = loadJsonMapping(f.fileName());
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.startsWith(QStringLiteral("bins.yaml:4:")), qPrintable(bad.error().message));

    auto empty = parseJsonMapping(QByteArray(), QStringLiteral("e.yaml"));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, QStringLiteral("invalidMapping"));
    QVERIFY(empty.error().message.contains(QStringLiteral("empty")));
}

void TestJsonMapping::neverThrows_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{[:\x01", 8);
    QTest::newRow("unclosed quote") << QByteArray("version: \"1\nid:");
    QTest::newRow("anchors") << QByteArray("a: &x [*x]\n");
    QTest::newRow("deep nesting") << QByteArray(2000, '[');
    QTest::newRow("scalar") << QByteArray("42");
    QTest::newRow("map keys") << QByteArray("version: 1\n? [a, b]\n: c\n");
}

void TestJsonMapping::neverThrows()
{
    QFETCH(QByteArray, yaml);
    auto m = parseJsonMapping(yaml, QStringLiteral("x.yaml"));
    QVERIFY(!m.ok());
    QCOMPARE(m.error().code, QStringLiteral("invalidMapping"));
}

QTEST_GUILESS_MAIN(TestJsonMapping)
#include "tst_jsonmapping.moc"
