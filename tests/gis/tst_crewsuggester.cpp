// Crew suggestion on Montpellier's real street graph: across the Lez the crew nearest as the
// crow flies is not the nearest by the streets; skill, shift, busy and position exclusions;
// the straight-line fallback of a pack without streets (Paris).
#include "crews/crewroster.h"
#include "network/crewsuggester.h"
#include "network/streetgraph.h"
#include "network/webmercator.h"
#include "packstreets.h"

#include <QTest>

#include <cmath>

using namespace vigie;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// A job on the Lez's west bank, by the Bassin de Richter (a street vertex of filaire_voies).
const QPointF kJob = webmercator::fromLonLat(3.8961513, 43.6031074);
// Rue Fructidor, on the east bank: 165 m away, but the nearest bridge is Pont Juvénal, north.
constexpr double kEastLon = 3.8971502;
constexpr double kEastLat = 43.6018091;
// Avenue Albert Einstein, farther north-east: 400 m away, and nearer the bridge.
constexpr double kNorthLon = 3.8996179;
constexpr double kNorthLat = 43.6057102;
// Pont Juvénal, the span over the river.
const QPointF kBridge = webmercator::fromLonLat(3.8975934, 43.6063088);

Crew crew(const QString &id, QSet<InterventionKind> skills, int start = 0, int end = 24 * 60)
{
    Crew c;
    c.id = id;
    c.name = id;
    c.skills = std::move(skills);
    c.shiftStartMin = start;
    c.shiftEndMin = end;
    return c;
}

CrewFix fixAt(const QString &crewId, double lon, double lat)
{
    CrewFix f;
    f.crewId = crewId;
    f.lon = lon;
    f.lat = lat;
    f.atMs = 1'780'000'000'000;
    return f;
}

const CrewSuggestion *byId(const QVector<CrewSuggestion> &list, const QString &id)
{
    for (const CrewSuggestion &s : list) {
        if (s.crewId == id)
            return &s;
    }
    return nullptr;
}

QStringList order(const QVector<CrewSuggestion> &list)
{
    QStringList ids;
    for (const CrewSuggestion &s : list)
        ids << s.crewId;
    return ids;
}

} // namespace

class TestCrewSuggester : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void nearestByStreetWins();
    void exclusions();
    void noGraphFallsBackToStraightLine();
    void parisHasNoStreets();

private:
    StreetGraphPtr m_graph;
    QVector<Crew> m_crews;
    QHash<QString, CrewFix> m_fixes;
};

void TestCrewSuggester::initTestCase()
{
    const VectorLayerDataPtr streets = test::packLayer(QStringLiteral("montpellier"), QStringLiteral("voies"));
    QVERIFY(streets);
    m_graph = StreetGraph::build({streets});

    Crew east = crew(QStringLiteral("east-bank"), {InterventionKind::Lighting}, 6 * 60, 22 * 60);
    east.depotLon = 3.8680315; // far away: its fix counts, not its depot
    east.depotLat = 43.6328341;
    Crew north = crew(QStringLiteral("north"), {InterventionKind::Lighting});
    north.depotLon = kNorthLon; // no fix: placed at its depot
    north.depotLat = kNorthLat;
    m_crews << east << north;
    m_fixes.insert(east.id, fixAt(east.id, kEastLon, kEastLat));

    // Near the job, but each one cannot take it.
    m_crews << crew(QStringLiteral("waste"), {InterventionKind::Waste});
    m_crews << crew(QStringLiteral("night"), {InterventionKind::Lighting}, 22 * 60, 6 * 60);
    m_crews << crew(QStringLiteral("busy"), {InterventionKind::Lighting, InterventionKind::Roads});
    m_crews << crew(QStringLiteral("nowhere"), {InterventionKind::Lighting});
    for (const char *id : {"waste", "night", "busy"})
        m_fixes.insert(QLatin1String(id), fixAt(QLatin1String(id), 3.8960, 43.6032));
}

void TestCrewSuggester::nearestByStreetWins()
{
    // The geometry first: across the river the east-bank crew is nearer as the crow flies
    // and farther by the streets, its route going over Pont Juvénal.
    const QPointF east = webmercator::fromLonLat(kEastLon, kEastLat);
    const QPointF north = webmercator::fromLonLat(kNorthLon, kNorthLat);
    double eastM = 0;
    double northM = 0;
    const QVector<QPointF> eastRoute = m_graph->path(east, kJob, &eastM);
    m_graph->path(north, kJob, &northM);
    QVERIFY(webmercator::distanceM(east, kJob) < webmercator::distanceM(north, kJob));
    QVERIFY2(eastM > northM, qPrintable(QStringLiteral("%1 m vs %2 m").arg(eastM).arg(northM)));
    QVERIFY(std::any_of(eastRoute.begin(), eastRoute.end(), [](QPointF p) { return webmercator::distanceM(p, kBridge) < 1; }));

    const QVector<CrewSuggestion> list = suggestCrews(m_graph.get(), kJob, InterventionKind::Lighting, m_crews, m_fixes,
                                                      {QStringLiteral("busy")}, 10 * 60);
    QCOMPARE(list.size(), m_crews.size());
    QCOMPARE(list.at(0).crewId, QStringLiteral("north"));
    QCOMPARE(list.at(1).crewId, QStringLiteral("east-bank"));
    for (int i : {0, 1}) {
        const CrewSuggestion &s = list.at(i);
        QVERIFY(s.isEligible());
        QVERIFY(s.skilled && s.onShift && s.hasPosition && s.alongStreets);
        QCOMPARE(s.activity, CrewActivity::Available);
    }
    QVERIFY(std::abs(list.at(0).travelM - northM) < 1e-6);
    QVERIFY(std::abs(list.at(1).travelM - eastM) < 1e-6);
    QVERIFY(list.at(1).straightM < list.at(0).straightM);
    QVERIFY(std::abs(list.at(1).straightM - webmercator::distanceM(east, kJob)) < 1e-6);
    QVERIFY(describeTravel(list.at(0)).endsWith(QStringLiteral("by the streets")));
}

void TestCrewSuggester::exclusions()
{
    const QVector<CrewSuggestion> list = suggestCrews(m_graph.get(), kJob, InterventionKind::Lighting, m_crews, m_fixes,
                                                      {QStringLiteral("busy")}, 10 * 60);
    // Eligible first, then the others nearest first (these three stand together: by id),
    // the one without position last.
    QCOMPARE(order(list).mid(2), (QStringList{QStringLiteral("busy"), QStringLiteral("night"), QStringLiteral("waste"),
                                              QStringLiteral("nowhere")}));
    for (int i = 2; i < list.size(); ++i)
        QVERIFY2(!list.at(i).isEligible(), qPrintable(list.at(i).crewId));

    const CrewSuggestion *waste = byId(list, QStringLiteral("waste"));
    QVERIFY(!waste->skilled);
    QVERIFY(waste->whyNot.contains(QStringLiteral("no lighting skill")));
    QVERIFY(waste->travelM < 100); // placed and measured all the same

    const CrewSuggestion *night = byId(list, QStringLiteral("night"));
    QVERIFY(!night->onShift);
    QCOMPARE(night->activity, CrewActivity::OffShift);
    QVERIFY2(night->whyNot.contains(QStringLiteral("off shift (22:00–06:00)")), qPrintable(night->whyNot));

    const CrewSuggestion *busy = byId(list, QStringLiteral("busy"));
    QCOMPARE(busy->activity, CrewActivity::Busy);
    QVERIFY(busy->whyNot.contains(QStringLiteral("on another intervention")));

    const CrewSuggestion *nowhere = byId(list, QStringLiteral("nowhere"));
    QVERIFY(!nowhere->hasPosition);
    QCOMPARE(nowhere->travelM, kInf);
    QVERIFY(nowhere->whyNot.contains(QStringLiteral("position unknown")));

    // At 23:00 the night crew works and the east-bank one has gone home.
    const QVector<CrewSuggestion> late = suggestCrews(m_graph.get(), kJob, InterventionKind::Lighting, m_crews, m_fixes,
                                                      {}, 23 * 60);
    QCOMPARE(order(late).mid(0, 3), (QStringList{QStringLiteral("busy"), QStringLiteral("night"), QStringLiteral("north")}));
    QVERIFY(!byId(late, QStringLiteral("east-bank"))->isEligible());
    // Roads: only the crew with that skill qualifies.
    const QVector<CrewSuggestion> roads = suggestCrews(m_graph.get(), kJob, InterventionKind::Roads, m_crews, m_fixes, {}, 600);
    QCOMPARE(roads.first().crewId, QStringLiteral("busy"));
    QVERIFY(!roads.at(1).isEligible());
}

void TestCrewSuggester::noGraphFallsBackToStraightLine()
{
    const auto empty = StreetGraph::build({});
    for (const StreetGraph *graph : {static_cast<const StreetGraph *>(nullptr), empty.get()}) {
        const QVector<CrewSuggestion> list = suggestCrews(graph, kJob, InterventionKind::Lighting, m_crews, m_fixes, {}, 600);
        QCOMPARE(list.at(0).crewId, QStringLiteral("busy")); // not busy here: nearest as the crow flies
        QCOMPARE(list.at(1).crewId, QStringLiteral("east-bank"));
        QCOMPARE(list.at(2).crewId, QStringLiteral("north"));
        for (const CrewSuggestion &s : list) {
            QVERIFY(!s.alongStreets);
            QCOMPARE(s.travelM, s.straightM);
        }
        QVERIFY2(describeTravel(list.at(1)).contains(QStringLiteral("as the crow flies (no street map)")),
                 qPrintable(describeTravel(list.at(1))));
    }
}

void TestCrewSuggester::parisHasNoStreets()
{
    auto pack = CityPack::load(QStringLiteral(CITIES_DIR "/paris"));
    QVERIFY(pack);
    QVERIFY(std::none_of(pack->layers.begin(), pack->layers.end(), [](const PackLayer &l) { return l.role == LayerRole::Streets; }));
    auto crews = readPackCrews(pack->crewsFile);
    QVERIFY(crews);
    // A Trilib' container by the Place de la République.
    const QPointF job = webmercator::fromLonLat(2.3640, 48.8680);
    const QVector<CrewSuggestion> list = suggestCrews(nullptr, job, InterventionKind::Waste, crews.value(), {}, {}, 8 * 60);
    QCOMPARE(list.size(), crews->size());
    QVERIFY(list.first().isEligible());
    QVERIFY(list.first().straightM < 100);
    for (const CrewSuggestion &s : list) {
        QVERIFY(!s.alongStreets);
        QCOMPARE(s.travelM, s.straightM);
    }
}

QTEST_GUILESS_MAIN(TestCrewSuggester)
#include "tst_crewsuggester.moc"
