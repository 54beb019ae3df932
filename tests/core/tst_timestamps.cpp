#include "ingest/timestamps.h"

#include <QDateTime>
#include <QTest>

using namespace vigie;

class TestTimestamps : public QObject
{
    Q_OBJECT
private slots:
    void iso_data();
    void iso();
    void dst_data();
    void dst();
    void springGap_data();
    void springGap();
    void invalid_data();
    void invalid();
    void epoch_data();
    void epoch();
};

static qint64 utc(const char *iso)
{
    QDateTime d = QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
    Q_ASSERT(d.isValid());
    return d.toMSecsSinceEpoch();
}

void TestTimestamps::iso_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("Z") << "2024-05-01T10:00:00Z" << utc("2024-05-01T10:00:00Z");
    QTest::newRow("milliseconds") << "2016-07-08T08:02:21.753Z" << utc("2016-07-08T08:02:21.753Z");
    QTest::newRow("nanoseconds truncated") << "2024-05-01T09:58:00.123456789Z" << utc("2024-05-01T09:58:00.123Z");
    QTest::newRow("one fraction digit") << "2024-05-01T09:58:00.5Z" << utc("2024-05-01T09:58:00.500Z");
    QTest::newRow("offset +05:30") << "2021-01-11T15:51:02+05:30" << utc("2021-01-11T10:21:02Z");
    QTest::newRow("offset +0200 without colon") << "2024-05-01T12:00:00+0200" << utc("2024-05-01T10:00:00Z");
    QTest::newRow("negative offset") << "2024-05-01T05:00:00-05:00" << utc("2024-05-01T10:00:00Z");
    QTest::newRow("Paris +09:00 exporter") << "2018-05-02T11:00:00+09:00" << utc("2018-05-02T02:00:00Z");
    QTest::newRow("space separator") << "2024-05-01 10:00:00Z" << utc("2024-05-01T10:00:00Z");
    // Without an offset: local time of the city zone (Europe/Paris, CEST = UTC+2 in May).
    QTest::newRow("local summer") << "2024-05-01T12:00:00" << utc("2024-05-01T10:00:00Z");
    // 0 means "no time" downstream: a clock never set (1970) must stay visible as a time.
    QTest::newRow("the epoch") << "1970-01-01T00:00:00Z" << qint64(1);
    QTest::newRow("before the epoch") << "1969-12-31T23:00:00Z" << qint64(1);
    QTest::newRow("1900") << "1900-01-01T00:00:00Z" << qint64(1);
    QTest::newRow("year 1, local") << "0001-01-01T00:00:00" << qint64(1);
    // Far-future times are read as written: IngestPipeline flags them (ClockSkewed).
    QTest::newRow("2100") << "2100-01-01T00:00:00Z" << qint64(4102444800000);
    QTest::newRow("year 9999") << "9999-12-31T23:59:59Z" << qint64(253402300799000);
    QTest::newRow("local winter") << "2024-01-15T12:00:00" << utc("2024-01-15T11:00:00Z");
}

void TestTimestamps::iso()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    auto r = parseIsoTimestamp(text, QTimeZone("Europe/Paris"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->ms, expected);
    QVERIFY(!r->isAmbiguous());
}

void TestTimestamps::dst_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("later"); // 0: one reading only
    // Europe/Paris, 2024-10-27: 03:00 CEST became 02:00 CET, so 02:00–02:59 happened twice.
    QTest::newRow("repeated hour start") << "2024-10-27T02:00:00" << utc("2024-10-27T00:00:00Z") << utc("2024-10-27T01:00:00Z");
    QTest::newRow("repeated hour end") << "2024-10-27T02:59:59.999" << utc("2024-10-27T00:59:59.999Z") << utc("2024-10-27T01:59:59.999Z");
    QTest::newRow("just before the repeat") << "2024-10-27T01:59:59" << utc("2024-10-26T23:59:59Z") << qint64(0);
    QTest::newRow("just after the repeat") << "2024-10-27T03:00:00" << utc("2024-10-27T02:00:00Z") << qint64(0);
    // 2024-03-31: 02:00 CET became 03:00 CEST; 01:59 and 03:00 exist.
    QTest::newRow("before the spring gap") << "2024-03-31T01:59:59" << utc("2024-03-31T00:59:59Z") << qint64(0);
    QTest::newRow("after the spring gap") << "2024-03-31T03:00:00" << utc("2024-03-31T01:00:00Z") << qint64(0);
    // An explicit offset is never ambiguous, even inside the repeated hour.
    QTest::newRow("offset in the repeated hour") << "2024-10-27T02:30:00+01:00" << utc("2024-10-27T01:30:00Z") << qint64(0);
}

void TestTimestamps::dst()
{
    QFETCH(QString, text);
    QFETCH(qint64, first);
    QFETCH(qint64, later);
    auto r = parseIsoTimestamp(text, QTimeZone("Europe/Paris"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->ms, first);
    QCOMPARE(r->laterMs, later);
}

void TestTimestamps::springGap_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("02:00") << "2024-03-31T02:00:00";
    QTest::newRow("02:30") << "2024-03-31T02:30:00";
    QTest::newRow("02:59:59.999") << "2024-03-31T02:59:59.999";
    QTest::newRow("2025") << "2025-03-30T02:15:00";
}

void TestTimestamps::springGap()
{
    QFETCH(QString, text);
    auto r = parseIsoTimestamp(text, QTimeZone("Europe/Paris"));
    QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted %1 as %2").arg(text).arg(r.ok() ? r->ms : 0)));
    QCOMPARE(r.error().code, QStringLiteral("nonexistentLocalTime"));
    QVERIFY2(r.error().message.contains(QLatin1String("Europe/Paris")), qPrintable(r.error().message));
}

void TestTimestamps::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("words") << "yesterday";
    QTest::newRow("date only") << "2024-05-01";
    QTest::newRow("malformed month") << "2020-0327T12:39:05.547336Z"; // from a real Milesight gateway payload
    QTest::newRow("february 30") << "2024-02-30T10:00:00Z";
    QTest::newRow("hour 25") << "2024-05-01T25:00:00Z";
    QTest::newRow("offset 25h") << "2024-05-01T10:00:00+25:00";
}

void TestTimestamps::invalid()
{
    QFETCH(QString, text);
    auto r = parseIsoTimestamp(text, QTimeZone("Europe/Paris"));
    QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted %1 as %2").arg(text).arg(r.ok() ? r->ms : 0)));
    QCOMPARE(r.error().code, QStringLiteral("invalidTime"));
}

void TestTimestamps::epoch_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<qint64>("expected"); // -1: rejected
    QTest::newRow("seconds") << 1714557600.0 << qint64(1714557600000);
    QTest::newRow("zero") << 0.0 << qint64(1);
    QTest::newRow("fractional seconds") << 1714557600.25 << qint64(1714557600250);
    QTest::newRow("milliseconds") << 1714557600123.0 << qint64(1714557600123);
    QTest::newRow("microseconds") << 1714557600123456.0 << qint64(1714557600123);
    QTest::newRow("nanoseconds") << 1714557600123456789.0 << qint64(-1);
    QTest::newRow("negative") << -5.0 << qint64(-1);
    QTest::newRow("seconds in 2099") << 4102444799.0 << qint64(4102444799000);
    QTest::newRow("seconds in 2100") << 4102444800.0 << qint64(4102444800000);
    QTest::newRow("seconds in 3554") << 5e10 << qint64(50000000000000);
}

void TestTimestamps::epoch()
{
    QFETCH(double, value);
    QFETCH(qint64, expected);
    auto r = epochToMs(value);
    if (expected < 0) {
        QVERIFY(!r.ok());
        return;
    }
    QVERIFY(r.ok());
    QCOMPARE(r.value(), expected);
}

QTEST_GUILESS_MAIN(TestTimestamps)
#include "tst_timestamps.moc"
