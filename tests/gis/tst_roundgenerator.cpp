// generateRounds(): grouping by district, ordering along Monaco's streets, straight line
// without a graph (Paris), determinism and coverage.
#include "network/roundgenerator.h"
#include "packstreets.h"

#include <QSet>
#include <QTest>

using namespace vigie;

class TestRoundGenerator : public QObject
{
    Q_OBJECT

private slots:
    void straightLineOrdersAlongTheLine()
    {
        // Five containers on one east–west line, given shuffled, in one district.
        QVector<RoundStop> stops;
        const int order[] = {3, 0, 4, 1, 2};
        for (int i : order)
            stops.append({QStringLiteral("c%1").arg(i), QStringLiteral("13"), 2.35 + 0.001 * i, 48.83});
        stops.append({QStringLiteral("other"), QStringLiteral("14"), 2.33, 48.83});
        const QVector<CollectionRound> rounds = generateRounds(stops, nullptr);
        QCOMPARE(rounds.size(), 2);
        QCOMPARE(rounds[0].id, QStringLiteral("gen-13-1"));
        QCOMPARE(rounds[0].containerIds, (QStringList{QStringLiteral("c0"), QStringLiteral("c1"), QStringLiteral("c2"),
                                                      QStringLiteral("c3"), QStringLiteral("c4")}));
        QVERIFY(!rounds[0].pathFollowsStreets);
        QCOMPARE(rounds[0].path.size(), 5);
        QVERIFY(qAbs(rounds[0].lengthM - 4 * 73.3) < 1.0); // 0.001° of longitude at 48.83° ≈ 73.3 m
        QVERIFY(rounds[0].schedule.daysOfWeek != rounds[1].schedule.daysOfWeek);
        RoundGenerationOptions o;
        o.maxStopsPerRound = 2;
        QCOMPARE(generateRounds(stops, nullptr, o).size(), 4); // 13: 2+2+1, 14: 1
    }

    void monacoAlongTheStreets()
    {
        const VectorLayerDataPtr streets = test::packLayer(QStringLiteral("monaco"), QStringLiteral("voies"));
        QVERIFY(streets);
        const StreetGraphPtr graph = StreetGraph::build({streets});
        QVERIFY(graph->nodeCount() > 100);
        auto pack = CityPack::load(QStringLiteral(CITIES_DIR "/monaco"));
        QVERIFY(pack.ok());
        QVector<RoundStop> stops;
        for (const PackLayer &layer : pack->layers) {
            if (layer.id != QLatin1String("corbeilles"))
                continue;
            auto imported = ogrimport::importLayer(layer);
            QVERIFY(imported.ok());
            for (const ImportedFeature &f : imported->features)
                stops.append({f.ref, QString(), f.labelLon, f.labelLat});
        }
        QVERIFY(stops.size() > 20);
        RoundGenerationOptions o;
        o.maxStopsPerRound = 25;
        const QVector<CollectionRound> rounds = generateRounds(stops, graph, o);
        QCOMPARE(rounds.size(), int((stops.size() + 24) / 25));
        QSet<QString> seen;
        for (const CollectionRound &r : rounds) {
            QVERIFY(r.pathFollowsStreets);
            QVERIFY(r.path.size() >= r.containerIds.size());
            QVERIFY(r.lengthM > 0);
            QVERIFY(r.schedule.durationMinutes > 0);
            for (const QString &id : r.containerIds) {
                QVERIFY(!seen.contains(id));
                seen.insert(id);
            }
        }
        QCOMPARE(seen.size(), int(stops.size()));
        // Deterministic.
        const QVector<CollectionRound> again = generateRounds(stops, graph, o);
        QCOMPARE(again.first().containerIds, rounds.first().containerIds);
        QCOMPARE(again.first().path, rounds.first().path);
    }
};

QTEST_GUILESS_MAIN(TestRoundGenerator)
#include "tst_roundgenerator.moc"
