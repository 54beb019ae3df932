#include "alarms/suntimes.h"

#include <QDateTime>
#include <QTest>

using namespace vigie;

// Reference values: NOAA Global Monitoring Laboratory, "General Solar Position
// Calculations" (gml.noaa.gov/grad/solcalc/solareqns.PDF), the fractional-year equations of
// time and declination with the hour angle for a zenith of 90.833° (sunrise/sunset) and
// 96° (civil twilight), evaluated independently of libnova for Montpellier (43.61 N,
// 3.88 E). Those equations are good to about a minute at mid-latitudes; libnova uses
// Meeus' algorithm on VSOP87, so the two agree within a couple of minutes.
//   2026-12-21: civil dawn 06:41, sunrise 07:14, sunset 16:10, civil dusk 16:43 UTC
//               (CET = UTC+1: sunrise 08:14, sunset 17:10 local)
//   2026-06-21: civil dawn 03:27, sunrise 04:03, sunset 19:29, civil dusk 20:05 UTC
//               (CEST = UTC+2: sunrise 06:03, sunset 21:29 local)

namespace {
constexpr double kLat = 43.61;
constexpr double kLon = 3.88;
constexpr qint64 kToleranceMs = 3 * 60 * 1000;

qint64 utc(const char *text)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    Q_ASSERT(t.isValid());
    return t.toMSecsSinceEpoch();
}
} // namespace

class TestSunTimes : public QObject
{
    Q_OBJECT
private slots:
    void montpellier_data();
    void montpellier();
    void phases_data();
    void phases();
    void polar();
    void solarDayFollowsLongitude();
};

void TestSunTimes::montpellier_data()
{
    QTest::addColumn<qint64>("dayOf");
    QTest::addColumn<qint64>("dawn");
    QTest::addColumn<qint64>("sunrise");
    QTest::addColumn<qint64>("sunset");
    QTest::addColumn<qint64>("dusk");
    QTest::newRow("winter solstice 2026") << utc("2026-12-21T12:00:00Z") << utc("2026-12-21T06:41:00Z")
                                          << utc("2026-12-21T07:14:00Z") << utc("2026-12-21T16:10:00Z")
                                          << utc("2026-12-21T16:43:00Z");
    QTest::newRow("summer solstice 2026") << utc("2026-06-21T12:00:00Z") << utc("2026-06-21T03:27:00Z")
                                          << utc("2026-06-21T04:03:00Z") << utc("2026-06-21T19:29:00Z")
                                          << utc("2026-06-21T20:05:00Z");
}

void TestSunTimes::montpellier()
{
    QFETCH(qint64, dayOf);
    QFETCH(qint64, dawn);
    QFETCH(qint64, sunrise);
    QFETCH(qint64, sunset);
    QFETCH(qint64, dusk);
    const SunTimes t = sunTimes(kLat, kLon, solarDayIndex(dayOf, kLon));
    QCOMPARE(t.riseSet, SunHorizonCase::RisesAndSets);
    QCOMPARE(t.civil, SunHorizonCase::RisesAndSets);
    QVERIFY2(qAbs(t.sunriseMs - sunrise) <= kToleranceMs, qPrintable(QDateTime::fromMSecsSinceEpoch(t.sunriseMs, Qt::UTC).toString()));
    QVERIFY2(qAbs(t.sunsetMs - sunset) <= kToleranceMs, qPrintable(QDateTime::fromMSecsSinceEpoch(t.sunsetMs, Qt::UTC).toString()));
    QVERIFY2(qAbs(t.civilDawnMs - dawn) <= kToleranceMs, qPrintable(QDateTime::fromMSecsSinceEpoch(t.civilDawnMs, Qt::UTC).toString()));
    QVERIFY2(qAbs(t.civilDuskMs - dusk) <= kToleranceMs, qPrintable(QDateTime::fromMSecsSinceEpoch(t.civilDuskMs, Qt::UTC).toString()));
    QVERIFY(t.dayStartMs <= t.civilDawnMs && t.civilDuskMs < t.dayEndMs);
}

void TestSunTimes::phases_data()
{
    QTest::addColumn<qint64>("at");
    QTest::addColumn<int>("phase");
    // Local times: CET (UTC+1) in December, CEST (UTC+2) in June.
    QTest::newRow("winter 14:00 local") << utc("2026-12-21T13:00:00Z") << int(DaylightPhase::Day);
    QTest::newRow("winter 22:00 local") << utc("2026-12-21T21:00:00Z") << int(DaylightPhase::Night);
    QTest::newRow("winter 02:00 local") << utc("2026-12-21T01:00:00Z") << int(DaylightPhase::Night);
    QTest::newRow("winter 10 min after sunset") << utc("2026-12-21T16:19:00Z") << int(DaylightPhase::Twilight);
    QTest::newRow("winter 10 min before sunrise") << utc("2026-12-21T07:03:00Z") << int(DaylightPhase::Twilight);
    QTest::newRow("winter 30 min after sunrise") << utc("2026-12-21T07:43:00Z") << int(DaylightPhase::Day);
    QTest::newRow("summer 14:00 local") << utc("2026-06-21T12:00:00Z") << int(DaylightPhase::Day);
    // 22:00 CEST is 32 min after sunset, before the end of civil twilight: the 20 min
    // tolerance after sunset makes it night.
    QTest::newRow("summer 22:00 local") << utc("2026-06-21T20:00:00Z") << int(DaylightPhase::Night);
    QTest::newRow("summer 05:50 local") << utc("2026-06-21T03:50:00Z") << int(DaylightPhase::Twilight);
    QTest::newRow("summer 03:00 local") << utc("2026-06-21T01:00:00Z") << int(DaylightPhase::Night);
}

void TestSunTimes::phases()
{
    QFETCH(qint64, at);
    QFETCH(int, phase);
    const SunTimes t = sunTimes(kLat, kLon, solarDayIndex(at, kLon));
    const DaylightSpan span = daylightAt(t, at);
    QCOMPARE(int(span.phase), phase);
    QVERIFY(span.fromMs <= at);
    QVERIFY(span.untilMs > at);
    // The phase holds over the whole span and changes right after it (or the day ends).
    QCOMPARE(int(daylightAt(t, span.untilMs - 1).phase), phase);
    if (span.untilMs < t.dayEndMs)
        QVERIFY(daylightAt(t, span.untilMs).phase != span.phase);
}

void TestSunTimes::polar()
{
    // Tromsø-like latitude: midnight sun in June, polar night in December.
    const qint64 june = utc("2026-06-21T12:00:00Z");
    const SunTimes summer = sunTimes(70.0, 19.0, solarDayIndex(june, 19.0));
    QCOMPARE(summer.riseSet, SunHorizonCase::AlwaysAbove);
    QCOMPARE(daylightAt(summer, june).phase, DaylightPhase::Day);
    const qint64 december = utc("2026-12-21T12:00:00Z");
    const SunTimes winter = sunTimes(70.0, 19.0, solarDayIndex(december, 19.0));
    QCOMPARE(winter.riseSet, SunHorizonCase::AlwaysBelow);
    QCOMPARE(daylightAt(winter, december).phase, DaylightPhase::Night);
}

void TestSunTimes::solarDayFollowsLongitude()
{
    // 23:50 UTC is already the next local mean day at 3.88 E (local mean time UTC+15.5 min),
    // still the same day at 122 W.
    const qint64 at = utc("2026-12-21T23:50:00Z");
    QCOMPARE(solarDayIndex(at, kLon), solarDayIndex(utc("2026-12-22T12:00:00Z"), kLon));
    QCOMPARE(solarDayIndex(at, -122.0), solarDayIndex(utc("2026-12-21T12:00:00Z"), 0.0));
    const SunTimes sf = sunTimes(37.77, -122.42, solarDayIndex(utc("2026-12-21T20:00:00Z"), -122.42));
    QVERIFY(sf.sunriseMs < sf.sunsetMs); // San Francisco's sunset falls on the next UTC date
}

QTEST_GUILESS_MAIN(TestSunTimes)
#include "tst_suntimes.moc"
