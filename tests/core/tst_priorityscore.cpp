#include "interventions/priorityscore.h"

#include <QLocale>
#include <QTest>

#include <cmath>

using namespace vigie;

namespace {

constexpr qint64 kNow = 1'764'522'000'000; // 2025-11-30T17:00:00Z
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;

const PriorityTerm &term(const PriorityBreakdown &b, const char *key)
{
    for (const PriorityTerm &t : b.terms) {
        if (t.key == QLatin1String(key))
            return t;
    }
    qFatal("no term %s", key);
}

double sum(const PriorityBreakdown &b)
{
    double s = 0;
    for (const PriorityTerm &t : b.terms)
        s += t.points;
    return s;
}

} // namespace

class TestPriorityScore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void termsAreStable();
    void urgentLampNearSchoolAtNight();
    void saturationAndMissingInputs();
    void curvesMidway();
    void nightOnlyForLighting();
    void reportsRaiseFrequencyAndNight();
    void customWeights();
    void orderingExplained();
    void durations();
};

void TestPriorityScore::termsAreStable()
{
    const PriorityBreakdown b = priorityScore(PriorityInputs{});
    QStringList keys;
    for (const PriorityTerm &t : b.terms)
        keys << t.key;
    QCOMPARE(keys, (QStringList{"alarmPriority", "openFor", "slaLeft", "repeats", "reports", "socialStakes", "night"}));
    const PriorityWeights w;
    QCOMPARE(term(b, "alarmPriority").weight, w.alarmPriority);
    QCOMPARE(term(b, "socialStakes").weight, 15.0);
    for (const PriorityTerm &t : b.terms)
        QVERIFY2(!t.inputText.isEmpty(), qPrintable(t.key));
}

void TestPriorityScore::urgentLampNearSchoolAtNight()
{
    PriorityInputs in;
    in.priority = AlarmPriority::Urgent;
    in.openSinceMs = kNow - (2 * kHour + 10 * kMinute);
    in.dueAtMs = in.openSinceMs + 2 * kHour; // overdue by 10 min
    in.nowMs = kNow;
    in.repeats = 3;
    in.reports = 0;
    in.nearestSocialPoiM = 120;
    in.nearestSocialPoiName = QStringLiteral("École Jules Ferry");
    in.lighting = true;
    in.night = true;
    const PriorityBreakdown b = priorityScore(in);

    QCOMPARE(term(b, "alarmPriority").points, 40.0);
    QCOMPARE(term(b, "alarmPriority").inputText, QStringLiteral("urgent"));
    QCOMPARE(term(b, "openFor").input, 2 + 10 / 60.0);
    QCOMPARE(term(b, "openFor").points, (2 + 10 / 60.0) / 24 * 10);
    QCOMPARE(term(b, "openFor").inputText, QStringLiteral("2 h 10 min"));
    QCOMPARE(term(b, "slaLeft").points, 20.0);
    QCOMPARE(term(b, "slaLeft").input, -10 / 60.0);
    QCOMPARE(term(b, "slaLeft").inputText, QStringLiteral("overdue by 10 min"));
    QCOMPARE(term(b, "repeats").points, 3.0);
    QCOMPARE(term(b, "repeats").inputText, QStringLiteral("3 activation(s)"));
    QCOMPARE(term(b, "reports").points, 0.0);
    QCOMPARE(term(b, "socialStakes").points, 14.25); // (500 − 120) / 400 × 15
    QCOMPARE(term(b, "socialStakes").inputText, QStringLiteral("École Jules Ferry, 120 m"));
    QCOMPARE(term(b, "night").points, 10.0);
    QCOMPARE(term(b, "night").input, 1.0);
    QCOMPARE(b.score, 40 + (2 + 10 / 60.0) / 24 * 10 + 20 + 3 + 0 + 14.25 + 10);
    QCOMPARE(b.score, sum(b));
}

void TestPriorityScore::saturationAndMissingInputs()
{
    PriorityInputs in;
    in.priority = AlarmPriority::Low;
    in.openSinceMs = kNow - 30 * kHour;
    in.dueAtMs = 0; // no SLA
    in.nowMs = kNow;
    in.repeats = 25;
    in.reports = 4;
    in.nearestSocialPoiM = std::nan(""); // the pack has no points of interest
    const PriorityBreakdown b = priorityScore(in);

    QCOMPARE(term(b, "alarmPriority").points, 0.0);
    QCOMPARE(term(b, "alarmPriority").inputText, QStringLiteral("low"));
    QCOMPARE(term(b, "openFor").points, 10.0); // saturates at 24 h
    QCOMPARE(term(b, "openFor").inputText, QStringLiteral("30 h"));
    QCOMPARE(term(b, "slaLeft").points, 0.0);
    QCOMPARE(term(b, "slaLeft").inputText, QStringLiteral("no due time"));
    QCOMPARE(term(b, "repeats").points, 10.0); // saturates at 10
    QCOMPARE(term(b, "reports").points, 4.0);
    QCOMPARE(term(b, "reports").inputText, QStringLiteral("4 report(s)"));
    QCOMPARE(term(b, "socialStakes").points, 0.0);
    QVERIFY(std::isnan(term(b, "socialStakes").input));
    QCOMPARE(term(b, "socialStakes").inputText, QStringLiteral("no points of interest in this pack"));
    QCOMPARE(term(b, "night").points, 0.0);
    QCOMPARE(term(b, "night").inputText, QStringLiteral("not a lighting job"));
    QCOMPARE(b.score, 24.0);
    QCOMPARE(b.terms.size(), 7);
}

void TestPriorityScore::curvesMidway()
{
    PriorityInputs in;
    in.priority = AlarmPriority::Medium;
    in.openSinceMs = kNow - 6 * kHour;
    in.dueAtMs = kNow + 6 * kHour; // half the SLA left
    in.nowMs = kNow;
    in.nearestSocialPoiM = 300;
    PriorityBreakdown b = priorityScore(in);
    QCOMPARE(term(b, "alarmPriority").points, 0.33 * 40);
    QCOMPARE(term(b, "openFor").points, 2.5);
    QCOMPARE(term(b, "slaLeft").points, 10.0);
    QCOMPARE(term(b, "slaLeft").inputText, QStringLiteral("6 h left"));
    QCOMPARE(term(b, "socialStakes").points, 7.5);
    QCOMPARE(term(b, "socialStakes").inputText, QStringLiteral("300 m"));
    QCOMPARE(b.score, 0.33 * 40 + 2.5 + 10 + 7.5);

    in.priority = AlarmPriority::High;
    in.openSinceMs = kNow; // just opened: the whole SLA is left
    in.nearestSocialPoiM = 1500;
    in.nearestSocialPoiName = QStringLiteral("Crèche Les Lucioles");
    b = priorityScore(in);
    QCOMPARE(term(b, "alarmPriority").points, 0.66 * 40);
    QCOMPARE(term(b, "openFor").points, 0.0);
    QCOMPARE(term(b, "openFor").inputText, QStringLiteral("0 min"));
    QCOMPARE(term(b, "slaLeft").points, 0.0);
    QCOMPARE(term(b, "socialStakes").points, 0.0);
    QCOMPARE(term(b, "socialStakes").inputText, QStringLiteral("Crèche Les Lucioles, 1.5 km"));

    in.nearestSocialPoiM = 40; // within 100 m: full points
    QCOMPARE(term(priorityScore(in), "socialStakes").points, 15.0);
    in.dueAtMs = kNow; // due now
    QCOMPARE(term(priorityScore(in), "slaLeft").points, 20.0);
}

void TestPriorityScore::nightOnlyForLighting()
{
    PriorityInputs in;
    in.nowMs = kNow;
    in.night = true;
    in.lighting = false; // a container at night is not more urgent
    QCOMPARE(term(priorityScore(in), "night").points, 0.0);
    in.lighting = true;
    QCOMPARE(term(priorityScore(in), "night").points, 10.0);
    QCOMPARE(term(priorityScore(in), "night").inputText, QStringLiteral("lighting fault at night"));
    in.night = false;
    QCOMPARE(term(priorityScore(in), "night").points, 0.0);
    QCOMPARE(term(priorityScore(in), "night").inputText, QStringLiteral("lighting fault by day"));
}

void TestPriorityScore::reportsRaiseFrequencyAndNight()
{
    // Three residents report a dark lamp near a crèche; the supervisor looks at it by day.
    PriorityInputs in;
    in.priority = AlarmPriority::Medium;
    in.nowMs = kNow;
    in.openSinceMs = kNow;
    in.lighting = true;
    in.night = false;
    in.nearestSocialPoiM = 60;
    in.nearestSocialPoiName = QStringLiteral("Crèche Les Lucioles");
    const PriorityBreakdown none = priorityScore(in);
    in.reports = 3;
    in.reportsAtNight = 2;
    const PriorityBreakdown reported = priorityScore(in);
    QCOMPARE(term(reported, "reports").points, 3.0);
    QCOMPARE(term(reported, "reports").inputText, QStringLiteral("3 report(s)"));
    QCOMPARE(term(reported, "night").points, 10.0);
    QCOMPARE(term(reported, "night").input, 1.0);
    QCOMPARE(term(reported, "night").inputText, QStringLiteral("reported after dark by 2 resident(s)"));
    QCOMPARE(term(reported, "socialStakes").points, 15.0);
    QCOMPARE(reported.score - none.score, 3.0 + 10.0);
    QCOMPARE(reported.score, sum(reported));
    // At night the current darkness is what the supervisor reads.
    in.night = true;
    QCOMPARE(term(priorityScore(in), "night").inputText, QStringLiteral("lighting fault at night"));
    // Night reports of an overflowing container do not count as darkness.
    in.lighting = false;
    QCOMPARE(term(priorityScore(in), "night").points, 0.0);
    // The frequency term saturates like the repeats.
    in.reports = 40;
    QCOMPARE(term(priorityScore(in), "reports").points, 10.0);
    in.reports = -1; // never negative points
    QCOMPARE(term(priorityScore(in), "reports").points, 0.0);
}

void TestPriorityScore::customWeights()
{
    PriorityWeights w;
    w.alarmPriority = 1;
    w.openFor = 2;
    w.slaLeft = 3;
    w.repeats = 4;
    w.reports = 5;
    w.socialStakes = 6;
    w.night = 7;
    PriorityInputs in;
    in.priority = AlarmPriority::Urgent;
    in.openSinceMs = kNow - 12 * kHour;
    in.dueAtMs = kNow - kHour;
    in.nowMs = kNow;
    in.repeats = 5;
    in.reports = 10;
    in.nearestSocialPoiM = 100;
    in.lighting = in.night = true;
    const PriorityBreakdown b = priorityScore(in, w);
    QCOMPARE(term(b, "openFor").points, 1.0);
    QCOMPARE(term(b, "repeats").points, 2.0);
    QCOMPARE(b.score, 1 + 1 + 3 + 2 + 5 + 6 + 7.0);
}

void TestPriorityScore::orderingExplained()
{
    // A: an urgent dark street next to a school, at night, opened an hour ago.
    PriorityInputs a;
    a.priority = AlarmPriority::Urgent;
    a.openSinceMs = kNow - kHour;
    a.dueAtMs = a.openSinceMs + 2 * kHour;
    a.nowMs = kNow;
    a.repeats = 1;
    a.nearestSocialPoiM = 80;
    a.nearestSocialPoiName = QStringLiteral("École Painlevé");
    a.lighting = a.night = true;
    // B: a medium full container far from anything, open longer and repeating more.
    PriorityInputs b;
    b.priority = AlarmPriority::Medium;
    b.openSinceMs = kNow - 20 * kHour;
    b.dueAtMs = b.openSinceMs + 24 * kHour;
    b.nowMs = kNow;
    b.repeats = 8;
    b.nearestSocialPoiM = 900;
    b.night = true;
    const PriorityBreakdown pa = priorityScore(a);
    const PriorityBreakdown pb = priorityScore(b);
    QVERIFY2(pa.score > pb.score, qPrintable(QStringLiteral("%1 vs %2").arg(pa.score).arg(pb.score)));
    // Why: priority, social stakes and night go to A; age and repeats go to B.
    QVERIFY(term(pa, "alarmPriority").points > term(pb, "alarmPriority").points);
    QVERIFY(term(pa, "socialStakes").points > term(pb, "socialStakes").points);
    QVERIFY(term(pa, "night").points > term(pb, "night").points);
    QVERIFY(term(pb, "openFor").points > term(pa, "openFor").points);
    QVERIFY(term(pb, "repeats").points > term(pa, "repeats").points);
    QCOMPARE(term(pa, "alarmPriority").points - term(pb, "alarmPriority").points, 40 - 0.33 * 40);
    QCOMPARE(pa.score, 40 + 10 / 24.0 + 10 + 1 + 0 + 15 + 10);
    QCOMPARE(pb.score, 0.33 * 40 + 20 * 10 / 24.0 + 20 * 20 / 24.0 + 8 + 0 + 0 + 0);
}

void TestPriorityScore::durations()
{
    QCOMPARE(durationText(0), QStringLiteral("0 min"));
    QCOMPARE(durationText(59 * kMinute), QStringLiteral("59 min"));
    QCOMPARE(durationText(-45 * kMinute), QStringLiteral("45 min"));
    QCOMPARE(durationText(2 * kHour), QStringLiteral("2 h"));
    QCOMPARE(durationText(47 * kHour + 59 * kMinute), QStringLiteral("47 h 59 min"));
    QCOMPARE(durationText(3 * 24 * kHour + 4 * kHour), QStringLiteral("3 d 4 h"));
    QCOMPARE(durationText(2 * 24 * kHour), QStringLiteral("2 d"));
}

QTEST_APPLESS_MAIN(TestPriorityScore)
#include "tst_priorityscore.moc"
