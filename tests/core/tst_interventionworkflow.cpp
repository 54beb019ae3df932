#include "interventions/interventiontypes.h"
#include "interventions/interventionworkflow.h"

#include <QTest>

using namespace vigie;

namespace {

constexpr int kStatusCount = 9;

/// The workflow as docs/interventions.md and the lead's brief give it, written out by key,
/// independently of the table in interventionworkflow.cpp.
const QHash<QString, QStringList> &expectedMoves()
{
    static const QHash<QString, QStringList> moves = {
        {"new", {"assigned", "cancelled", "blocked"}},
        {"assigned", {"accepted", "enRoute", "new", "cancelled", "blocked"}},
        {"accepted", {"enRoute", "onSite", "new", "cancelled", "blocked"}},
        {"enRoute", {"onSite", "cancelled", "blocked"}},
        {"onSite", {"done", "blocked", "cancelled"}},
        {"blocked", {"new", "assigned", "accepted", "enRoute", "onSite", "cancelled"}},
        {"done", {"reopened"}},
        {"cancelled", {"reopened"}},
        {"reopened", {"assigned", "cancelled", "blocked"}},
    };
    return moves;
}

InterventionStatus status(const QString &key)
{
    InterventionStatus s = InterventionStatus::New;
    if (!interventionStatusFromKey(key, &s))
        qFatal("unknown status key %s", qPrintable(key));
    return s;
}

} // namespace

class TestInterventionWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void keysRoundTrip();
    void everyPair_data();
    void everyPair();
    void nextStatusesMatchTable();
    void blockedNeedsReason();
};

void TestInterventionWorkflow::keysRoundTrip()
{
    const QStringList keys = {"new", "assigned", "accepted", "enRoute", "onSite", "done", "cancelled", "blocked", "reopened"};
    for (int i = 0; i < kStatusCount; ++i) {
        QCOMPARE(interventionStatusKey(InterventionStatus(i)), keys.at(i));
        QCOMPARE(status(keys.at(i)), InterventionStatus(i));
    }
    QVERIFY(!interventionStatusFromKey("Done", nullptr));
    QVERIFY(isClosed(InterventionStatus::Done) && isClosed(InterventionStatus::Cancelled));
    QVERIFY(!isClosed(InterventionStatus::Blocked) && !isClosed(InterventionStatus::Reopened));

    const QStringList kinds = {"lighting", "waste", "roads", "other"};
    for (int i = 0; i < kinds.size(); ++i) {
        InterventionKind k = InterventionKind::Other;
        QVERIFY(interventionKindFromKey(kinds.at(i), &k));
        QCOMPARE(k, InterventionKind(i));
        QCOMPARE(interventionKindKey(k), kinds.at(i));
    }
    QVERIFY(!interventionKindFromKey("water", nullptr));
    QCOMPARE(interventionKindFor(AssetKind::Streetlight), InterventionKind::Lighting);
    QCOMPARE(interventionKindFor(AssetKind::WasteContainer), InterventionKind::Waste);
}

void TestInterventionWorkflow::everyPair_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("legal");
    int legalCount = 0;
    for (int f = 0; f < kStatusCount; ++f) {
        for (int t = 0; t < kStatusCount; ++t) {
            const QString from = interventionStatusKey(InterventionStatus(f));
            const QString to = interventionStatusKey(InterventionStatus(t));
            const bool legal = expectedMoves().value(from).contains(to);
            legalCount += legal;
            QTest::addRow("%s->%s", qPrintable(from), qPrintable(to)) << from << to << legal;
        }
    }
    QCOMPARE(legalCount, 30); // the table's size, so that a typo in it shows
}

void TestInterventionWorkflow::everyPair()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, legal);
    const Status s = checkTransition(status(from), status(to), QStringLiteral("no access"));
    QCOMPARE(s.ok(), legal);
    if (!legal) {
        QCOMPARE(s.error().code, QStringLiteral("illegalTransition"));
        QVERIFY2(s.error().message.contains(from) && s.error().message.contains(to), qPrintable(s.error().message));
    }
    QCOMPARE(nextStatuses(status(from)).contains(status(to)), legal);
}

void TestInterventionWorkflow::nextStatusesMatchTable()
{
    for (int f = 0; f < kStatusCount; ++f) {
        const QString from = interventionStatusKey(InterventionStatus(f));
        QStringList got;
        for (InterventionStatus s : nextStatuses(InterventionStatus(f)))
            got << interventionStatusKey(s);
        QStringList want = expectedMoves().value(from);
        QVERIFY(!got.contains(from)); // staying is not a move
        std::sort(got.begin(), got.end());
        std::sort(want.begin(), want.end());
        QCOMPARE(got, want);
    }
}

void TestInterventionWorkflow::blockedNeedsReason()
{
    for (int f = 0; f < kStatusCount; ++f) {
        const auto from = InterventionStatus(f);
        const bool canBlock = expectedMoves().value(interventionStatusKey(from)).contains("blocked");
        for (const QString &blank : {QString(), QStringLiteral(""), QStringLiteral("  \n\t")}) {
            const Status s = checkTransition(from, InterventionStatus::Blocked, blank);
            QVERIFY(!s.ok());
            // An illegal move is reported as such, whatever the reason.
            QCOMPARE(s.error().code, canBlock ? QStringLiteral("reasonRequired") : QStringLiteral("illegalTransition"));
        }
        QCOMPARE(checkTransition(from, InterventionStatus::Blocked, QStringLiteral("travaux rue de Bari")).ok(), canBlock);
    }
    // Other moves take no reason.
    QVERIFY(checkTransition(InterventionStatus::New, InterventionStatus::Cancelled, QString()).ok());
}

QTEST_APPLESS_MAIN(TestInterventionWorkflow)
#include "tst_interventionworkflow.moc"
