// Coordination engine (issue 6): imports, rounds, fill forecast and the five rules on
// hand-made geometries with exact expected findings; incremental = full recompute.
#include "coordination/collectionround.h"
#include "coordination/coordinationengine.h"
#include "coordination/fillforecast.h"
#include "coordination/worksimport.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

#include <cstring>

using namespace vigie;

namespace {

const LocalFrame kFrame(2.35, 48.85);
const QTimeZone kParis("Europe/Paris");

qint64 paris(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), kParis).toMSecsSinceEpoch();
}

void put(QByteArray &b, quint32 v) { b.append(reinterpret_cast<const char *>(&v), 4); }
void put(QByteArray &b, double v) { b.append(reinterpret_cast<const char *>(&v), 8); }

/// ISO WKB (little endian) polygon, one ring given in LocalFrame metres, written in EPSG:4326.
QByteArray polygonWkb(const QVector<QPointF> &metricRing)
{
    QByteArray b;
    b.append(char(1));
    put(b, quint32(3));
    put(b, quint32(1));
    put(b, quint32(metricRing.size()));
    for (const QPointF &p : metricRing) {
        const QPointF ll = kFrame.toLonLat(p);
        put(b, ll.x());
        put(b, ll.y());
    }
    return b;
}

QVector<QPointF> square(double x0, double y0, double x1, double y1)
{
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
}

QPointF ll(double x, double y) { return kFrame.toLonLat({x, y}); }

CoordinationAsset lamp(qint32 index, double x, double y, bool dark, qint64 darkSince)
{
    CoordinationAsset a;
    a.index = index;
    a.id = QStringLiteral("urn:ngsi-ld:Streetlight:test:L%1").arg(index);
    a.kind = AssetKind::Streetlight;
    const QPointF p = ll(x, y);
    a.lon = p.x();
    a.lat = p.y();
    a.dark = dark;
    a.darkSinceMs = darkSince;
    return a;
}

CoordinationAsset container(qint32 index, const QString &name, double x, double y, double fill, double rate, qint64 at)
{
    CoordinationAsset a;
    a.index = index;
    a.id = QStringLiteral("urn:ngsi-ld:WasteContainer:test:") + name;
    a.kind = AssetKind::WasteContainer;
    const QPointF p = ll(x, y);
    a.lon = p.x();
    a.lat = p.y();
    a.fill = {fill, at, rate};
    a.fullRatio = 0.9;
    return a;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

const WorksZone *findZone(const QVector<WorksZone> &zones, const QString &id)
{
    for (const WorksZone &z : zones)
        if (z.id == id)
            return &z;
    return nullptr;
}

bool hasIssue(const WorksImport &imp, const QString &id, const QString &code)
{
    for (const WorksImportIssue &i : imp.issues)
        if (i.id == id && i.code == code)
            return true;
    return false;
}

} // namespace

class TestCoordination : public QObject
{
    Q_OBJECT

    // Scene: now = Tue 2018-06-05 12:00 Paris; zone Z1 = square 0..100 m, BARRAGE_TOTAL,
    // started Mon 2018-06-04 00:00, ends 2018-06-20.
    qint64 m_now = paris(2018, 6, 5, 12);
    qint64 m_start = paris(2018, 6, 4);

    WorksZone zoneZ1() const
    {
        WorksZone z;
        z.id = QStringLiteral("Z1");
        z.wkb = polygonWkb(square(0, 0, 100, 100));
        z.startMs = m_start;
        z.endMs = paris(2018, 6, 20);
        z.impact = TrafficImpact::BarrageTotal;
        z.owner = QStringLiteral("Enedis");
        z.street = QStringLiteral("rue Test");
        return z;
    }

    CollectionRound roundR1() const
    {
        CollectionRound r;
        r.id = QStringLiteral("R1");
        r.label = QStringLiteral("R1");
        r.containerIds = {QStringLiteral("urn:ngsi-ld:WasteContainer:test:C2"), QStringLiteral("urn:ngsi-ld:WasteContainer:test:C1"),
                          QStringLiteral("urn:ngsi-ld:WasteContainer:test:C3")};
        r.schedule.daysOfWeek = 0b1111111;
        r.schedule.startMinutes = 6 * 60;
        r.schedule.durationMinutes = 120;
        r.path = {ll(-50, 50), ll(150, 50)};
        return r;
    }

    QVector<CoordinationAsset> assets() const
    {
        const qint64 dark = m_start + 3600000; // one hour after the works started
        return {
            lamp(1, 5, 50, true, dark),           // inside, 5 m from the boundary
            lamp(2, 50, 50, true, dark),          // inside, 50 m from the boundary
            lamp(3, 95, 95, true, dark),          // inside, 5 m
            lamp(4, 115, 50, true, dark),         // outside, 15 m
            lamp(5, 140, 50, true, dark),         // outside, 40 m: too far for both rules
            lamp(6, 10, 10, true, m_start - 5 * 3600000), // dark before the works: not a cut
            lamp(7, 60, 60, false, 0),            // lit
            container(100, QStringLiteral("C1"), 50, 50, 0.85, 0.1, m_now),   // full in 12 h, collection in 18 h
            container(101, QStringLiteral("C2"), -40, 50, 0.85, 0.1, m_now),  // 40 m away
            container(102, QStringLiteral("C3"), 105, 50, std::nan(""), std::nan(""), m_now), // 5 m away, no fill data
        };
    }

    std::unique_ptr<CoordinationEngine> scene(const CoordinationSettings &settings = {}) const
    {
        auto e = std::make_unique<CoordinationEngine>(kFrame, kParis, settings);
        e->setNow(m_now);
        e->setAssets(assets());
        e->setWorks({zoneZ1()});
        e->setRounds({roundR1()});
        PlannedWork near{7, QStringLiteral("lighting"), QStringLiteral("Replace lamp"), ll(50, 120).x(), ll(50, 120).y(),
                         m_now + 86400000, m_now + 86400000 + 7200000};
        PlannedWork far{8, QStringLiteral("waste"), QStringLiteral("Far"), ll(50, 200).x(), ll(50, 200).y(),
                        m_now + 86400000, m_now + 86400000 + 7200000};
        e->setPlannedWorks({near, far});
        return e;
    }

    static const CoordinationItem *item(const QVector<CoordinationItem> &items, const QString &key)
    {
        for (const CoordinationItem &i : items)
            if (i.key == key)
                return &i;
        return nullptr;
    }

private slots:
    void handMadeRules()
    {
        auto e = scene();
        const CoordinationDelta delta = e->recompute();
        const QVector<CoordinationItem> items = e->items();
        QCOMPARE(delta.added.size(), items.size());
        QStringList keys;
        for (const auto &i : items)
            keys.append(i.key);
        QCOMPARE(keys, (QStringList{QStringLiteral("combineIntervention|Z1|7"),
                                    QStringLiteral("lightingForSafety|Z1|"),
                                    QStringLiteral("overflowBehindWorks|Z1|urn:ngsi-ld:WasteContainer:test:C1"),
                                    QStringLiteral("roundBlocked|Z1|R1"),
                                    QStringLiteral("suspectedCableCut|Z1|")}));

        const CoordinationItem *round = item(items, QStringLiteral("roundBlocked|Z1|R1"));
        QCOMPARE(round->assetIds, (QStringList{QStringLiteral("urn:ngsi-ld:WasteContainer:test:C1"),
                                               QStringLiteral("urn:ngsi-ld:WasteContainer:test:C3")}));
        QCOMPARE(round->severity, CoordinationSeverity::Critical);
        QCOMPARE(round->fromMs, paris(2018, 6, 6, 6)); // next run after now
        QCOMPARE(round->untilMs, paris(2018, 6, 6, 8));

        const CoordinationItem *cut = item(items, QStringLiteral("suspectedCableCut|Z1|"));
        QCOMPARE(cut->assetIndexes, (QVector<qint32>{1, 2, 3, 4}));
        QCOMPARE(e->suppressedLamps(), (QSet<qint32>{1, 2, 3, 4}));

        const CoordinationItem *light = item(items, QStringLiteral("lightingForSafety|Z1|"));
        QCOMPARE(light->assetIndexes, (QVector<qint32>{1, 3, 4, 6}));
        QVERIFY(light->fromMs > m_now);          // tonight, after civil dusk
        QVERIFY(light->fromMs < paris(2018, 6, 6));

        const CoordinationItem *over = item(items, QStringLiteral("overflowBehindWorks|Z1|urn:ngsi-ld:WasteContainer:test:C1"));
        QCOMPARE(over->roundId, QStringLiteral("R1"));
        QCOMPARE(over->fromMs, m_now + 12 * 3600000);

        const CoordinationItem *combine = item(items, QStringLiteral("combineIntervention|Z1|7"));
        QCOMPARE(combine->interventionId, qint64(7));
    }

    void rulesCanBeTurnedOff_data()
    {
        QTest::addColumn<int>("kind");
        for (int k = 0; k < kCoordinationKindCount; ++k)
            QTest::newRow(qPrintable(coordinationKindKey(CoordinationKind(k)))) << k;
    }
    void rulesCanBeTurnedOff()
    {
        QFETCH(int, kind);
        CoordinationSettings s;
        s.setEnabled(CoordinationKind(kind), false);
        auto e = scene(s);
        e->recompute();
        QCOMPARE(e->itemCount(), 4);
        for (const auto &i : e->items())
            QVERIFY(i.kind != CoordinationKind(kind));
    }

    void thresholds()
    {
        CoordinationSettings s;
        s.cableCut.minLamps = 5; // only 4 qualify
        s.round.includeRestricting = false;
        s.combine.distanceM = 10; // the intervention is 20 m away
        auto e = scene(s);
        e->recompute();
        QVERIFY(!item(e->items(), QStringLiteral("suspectedCableCut|Z1|")));
        QVERIFY(!item(e->items(), QStringLiteral("combineIntervention|Z1|7")));
        QVERIFY(item(e->items(), QStringLiteral("roundBlocked|Z1|R1"))); // BARRAGE_TOTAL still blocks
        WorksZone z = zoneZ1();
        z.impact = TrafficImpact::Restreinte;
        e->updateWorks(z);
        QVERIFY(!item(e->items(), QStringLiteral("roundBlocked|Z1|R1")));
    }

    void timeAware()
    {
        auto e = scene();
        WorksZone z = zoneZ1();
        z.startMs = paris(2018, 7, 1); // starts after the 7-day horizon
        z.endMs = paris(2018, 7, 10);
        e->setWorks({z});
        e->recompute();
        QCOMPARE(e->itemCount(), 0);
        QCOMPARE(worksActiveAt({zoneZ1(), z}, m_now).size(), 1);
        QCOMPARE(worksActiveIn({zoneZ1(), z}, m_now, paris(2018, 7, 2)).size(), 2);
        QCOMPARE(worksActiveIn({zoneZ1(), z}, paris(2018, 6, 20), paris(2018, 7, 1)).size(), 0); // end exclusive
    }

    void incrementalEqualsFull()
    {
        auto e = scene();
        e->recompute();
        // Lamp 2 repaired: the cable cut shrinks to 3 lamps.
        CoordinationAsset l2 = assets().at(1);
        l2.dark = false;
        CoordinationDelta d = e->updateAsset(l2);
        QCOMPARE(d.changed.size(), 1);
        QCOMPARE(d.changed.first().assetIndexes, (QVector<qint32>{1, 3, 4}));
        // Lamp 3 repaired too: below N = 3, the item goes; lighting loses lamp 3.
        CoordinationAsset l3 = assets().at(2);
        l3.dark = false;
        d = e->updateAsset(l3);
        QCOMPARE(d.removed, QStringList{QStringLiteral("suspectedCableCut|Z1|")});
        QCOMPARE(d.changed.size(), 1);
        // Container C1 moved far away: the round and overflow items lose it.
        CoordinationAsset c1 = assets().at(7);
        const QPointF far = ll(1000, 1000);
        c1.lon = far.x();
        c1.lat = far.y();
        e->updateAsset(c1);
        // A second works zone, then the intervention moved onto it.
        WorksZone z2 = zoneZ1();
        z2.id = QStringLiteral("Z2");
        z2.wkb = polygonWkb(square(500, 500, 600, 600));
        d = e->updateWorks(z2);
        QVERIFY(d.isEmpty() || !d.added.isEmpty());
        PlannedWork pw{7, QStringLiteral("lighting"), QStringLiteral("Moved"), ll(550, 550).x(), ll(550, 550).y(),
                       m_now + 3600000, m_now + 7200000};
        d = e->updatePlannedWork(pw);
        QVERIFY(d.removed.contains(QStringLiteral("combineIntervention|Z1|7")));
        QCOMPARE(d.added.size(), 1);
        QCOMPARE(d.added.first().key, QStringLiteral("combineIntervention|Z2|7"));

        // The same state built from scratch gives the same items.
        CoordinationEngine fresh(kFrame, kParis);
        fresh.setNow(m_now);
        QVector<CoordinationAsset> a = assets();
        a[1] = l2;
        a[2] = l3;
        a[7] = c1;
        fresh.setAssets(a);
        fresh.setWorks({zoneZ1(), z2});
        fresh.setRounds({roundR1()});
        PlannedWork farWork{8, QStringLiteral("waste"), QStringLiteral("Far"), ll(50, 200).x(), ll(50, 200).y(),
                            m_now + 86400000, m_now + 86400000 + 7200000};
        fresh.setPlannedWorks({pw, farWork});
        fresh.recompute();
        QCOMPARE(fresh.items(), e->items());

        d = e->removeWorks(QStringLiteral("Z1"));
        QVERIFY(!d.removed.isEmpty());
        for (const auto &i : e->items())
            QCOMPARE(i.worksId, QStringLiteral("Z2"));
    }

    void badGeometriesAreReportedNotFatal()
    {
        const QByteArray doc = R"({"type":"FeatureCollection","features":[
          {"type":"Feature","geometry":null,"properties":{"id":"null","impact":"BARRAGE_TOTAL","start":"2018-06-01T00:00:00+02:00"}},
          {"type":"Feature","geometry":{"type":"Polygon","coordinates":[]},"properties":{"id":"empty"}},
          {"type":"Feature","geometry":{"type":"Polygon","coordinates":"x"},"properties":{"id":"unreadable"}},
          {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[2.35,48.85],[2.351,48.851],[2.351,48.85],[2.35,48.851],[2.35,48.85]]]},
           "properties":{"id":"bowtie","impact":"BARRAGE_TOTAL","start":"2018-06-01T00:00:00+02:00","end":"2018-07-01T00:00:00+02:00"}},
          {"type":"Feature","geometry":{"type":"LineString","coordinates":[[2.35,48.85],[2.352,48.85]]},"properties":{"id":"line","impact":"nonsense"}},
          {"type":"Feature","geometry":{"type":"Point","coordinates":[2.35,48.85]},"properties":{}}
        ]})";
        WorksImportOptions o;
        o.frame = kFrame;
        o.source = WorksSource::Mqtt;
        const auto r = WorksFeatureDecoder(o).decode(doc);
        QVERIFY(r.ok());
        QCOMPARE(r->sourceCount, 6);
        QCOMPARE(r->zones.size(), 5); // the last has no id
        QVERIFY(hasIssue(r.value(), QStringLiteral("null"), QStringLiteral("geometryMissing")));
        QVERIFY(hasIssue(r.value(), QStringLiteral("empty"), QStringLiteral("geometryEmpty"))
                || hasIssue(r.value(), QStringLiteral("empty"), QStringLiteral("geometryUnreadable")));
        QVERIFY(hasIssue(r.value(), QStringLiteral("unreadable"), QStringLiteral("geometryUnreadable")));
        QVERIFY(hasIssue(r.value(), QStringLiteral("bowtie"), QStringLiteral("geometryInvalid")));
        QVERIFY(hasIssue(r.value(), QStringLiteral("line"), QStringLiteral("impactUnknown")));
        QVERIFY(hasIssue(r.value(), QString(), QStringLiteral("idMissing")));
        const WorksZone *bowtie = findZone(r->zones, QStringLiteral("bowtie"));
        QVERIFY(bowtie->hasArea());
        QVERIFY(bowtie->quality & WorksGeometryInvalid);
        QVERIFY(findZone(r->zones, QStringLiteral("line"))->quality & WorksGeometryBuffered);
        QVERIFY(!findZone(r->zones, QStringLiteral("null"))->hasArea());

        // The engine keeps them out of the joins and says so; the repaired bowtie still joins.
        CoordinationEngine e(kFrame, kParis);
        e.setNow(paris(2018, 6, 5, 12));
        e.setAssets({lamp(1, 5, 5, true, paris(2018, 6, 1, 1)), lamp(2, 20, 20, true, paris(2018, 6, 1, 1)),
                     lamp(3, 30, 30, true, paris(2018, 6, 1, 1))});
        WorksZone garbage;
        garbage.id = QStringLiteral("garbage");
        garbage.wkb = QByteArray("\x01\x03\x00", 3);
        QVector<WorksZone> zones = r->zones;
        zones.append(garbage);
        e.setWorks(zones);
        e.recompute();
        QCOMPARE(e.unplacedWorks(), (QStringList{QStringLiteral("empty"), QStringLiteral("garbage"),
                                                 QStringLiteral("null"), QStringLiteral("unreadable")}));
        QVERIFY(item(e.items(), QStringLiteral("suspectedCableCut|bowtie|")));

        QCOMPARE(WorksFeatureDecoder(o).decode(QByteArray("{nope")).error().code, QStringLiteral("invalidJson"));
        QCOMPARE(WorksFeatureDecoder(o).decode(QByteArray("{\"type\":\"Point\"}")).error().code, QStringLiteral("notGeoJson"));
    }

    void parisImportAndTimeZone()
    {
        WorksImportOptions o;
        o.frame = kFrame;
        const auto r = importParisChantiers(readFile(QStringLiteral(CITIES_DIR "/paris/chantiers-perturbants_2018.geojson")), o);
        QVERIFY(r.ok());
        QCOMPARE(r->sourceCount, 1136);
        QCOMPARE(r->zones.size(), 1136);
        int placed = 0, foreign = 0;
        for (const WorksZone &z : r->zones) {
            placed += z.hasArea();
            foreign += (z.quality & WorksForeignOffset) != 0;
            QVERIFY(z.source == WorksSource::ParisChantiers);
        }
        QCOMPARE(placed, 1135);   // CP000225 has a null geometry
        QCOMPARE(foreign, 1135);  // every dated record carries +09:00 (CP000021's are the 1970 placeholder)
        QVERIFY(hasIssue(r.value(), QStringLiteral("CP000225"), QStringLiteral("geometryMissing")));

        // "2018-05-02T11:00:00+09:00" (summer) → from 2018-05-02 00:00 CEST; end day 2018-07-19 inclusive.
        const WorksZone *z = findZone(r->zones, QStringLiteral("CP000617"));
        QCOMPARE(z->startMs, QDateTime(QDate(2018, 5, 1), QTime(22, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(z->endMs, QDateTime(QDate(2018, 7, 19), QTime(22, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(z->impact, TrafficImpact::Restreinte);
        QCOMPARE(z->owner, QStringLiteral("Eau de Paris"));
        QCOMPARE(z->districtId, QStringLiteral("10"));
        QVERIFY(z->quality & WorksDateOnly);
        // Winter: "2018-12-03T10:00:00+09:00" → 2018-12-03 00:00 CET = 2018-12-02T23:00Z.
        z = findZone(r->zones, QStringLiteral("CP000924"));
        QCOMPARE(z->startMs, QDateTime(QDate(2018, 12, 2), QTime(23, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(z->endMs, QDateTime(QDate(2018, 12, 20), QTime(23, 0), Qt::UTC).toMSecsSinceEpoch());
        // "2017-04-01T03:00:00+09:00" is 2017-03-31 20:00 in Paris: the last day is 31 March, not 1 April.
        z = findZone(r->zones, QStringLiteral("CP000011"));
        QCOMPARE(z->endMs, paris(2017, 4, 1));
        // 1970 placeholder = missing; end before start = swapped; free-text impact normalised.
        z = findZone(r->zones, QStringLiteral("CP000021"));
        QVERIFY(z->quality & WorksEpochPlaceholder);
        QVERIFY(z->quality & WorksStartMissing);
        QCOMPARE(z->startMs, std::numeric_limits<qint64>::min());
        z = findZone(r->zones, QStringLiteral("CP000145"));
        QVERIFY(z->quality & WorksEndBeforeStart);
        QCOMPARE(z->startMs, paris(2016, 1, 13));
        QCOMPARE(z->endMs, paris(2016, 10, 18));
        z = findZone(r->zones, QStringLiteral("CP000112"));
        QCOMPARE(z->impact, TrafficImpact::Impasse);
        QVERIFY(z->quality & WorksImpactNormalised);
        // Active on the trilib snapshot day.
        QVERIFY(worksActiveAt(r->zones, paris(2018, 12, 22, 12)).size() > 50);
    }

    void wzdxImport()
    {
        WorksImportOptions o;
        o.frame = LocalFrame(-93.6, 41.6);
        const QString dir = QStringLiteral(TEST_DATA_DIR "/payloads/wzdx/");
        auto r = importWzdx(readFile(dir + QStringLiteral("WorkZoneFeed__scenario1_simple_linestring_example.geojson")), o);
        QVERIFY(r.ok());
        QCOMPARE(r->zones.size(), 5);
        const WorksZone &z = r->zones.first();
        QCOMPARE(z.id, QStringLiteral("af2e3f51-611f-4ce0-9282-2f28ca68e62f"));
        QCOMPARE(z.owner, QStringLiteral("Test City 1"));
        QCOMPARE(z.street, QStringLiteral("I-80, I-35"));
        QCOMPARE(z.impact, TrafficImpact::Restreinte);
        QCOMPARE(z.startMs, QDateTime(QDate(2010, 1, 1), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(z.quality & WorksGeometryBuffered);
        QVERIFY(z.hasArea());
        r = importWzdx(readFile(dir + QStringLiteral("WorkZoneFeed__scenario4_detour_linestring_example.geojson")), o);
        QCOMPARE(r->zones.size(), 1);
        QCOMPARE(r->issues.size(), 3); // three detours, reported and skipped
        r = importWzdx(readFile(dir + QStringLiteral("WorkZoneFeed__scenario1_simple_multipoint_example.geojson")), o);
        QCOMPARE(r->zones.size(), 5);
        QVERIFY(importWzdx(QByteArray(R"({"type":"FeatureCollection","features":[]})"), o).error().code
                == QStringLiteral("notWzdx"));
    }

    void roundsFormatsAndSchedule()
    {
        const QByteArray json = R"({"formatVersion":1,"rounds":[{"id":"r1","label":"North","district":"13","days":"Mon,Thu",
            "start":"06:00","durationMinutes":90,"containers":["13010-PM 001","urn:ngsi-ld:WasteContainer:paris:X"],
            "path":[[2.36,48.82],[2.37,48.83]]}]})";
        auto r = parseRoundsJson(json, QStringLiteral("paris"));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 1);
        QCOMPARE(r->first().containerIds.first(), QStringLiteral("urn:ngsi-ld:WasteContainer:paris:13010-PM 001"));
        QCOMPARE(r->first().schedule.daysText(), QStringLiteral("Mon,Thu"));
        const auto again = parseRoundsJson(roundsToJson(r.value()));
        QCOMPARE(again->first().containerIds, r->first().containerIds);
        QCOMPARE(again->first().path, r->first().path);
        QCOMPARE(parseRoundsJson(R"({"rounds":[{"id":"x","days":"Funday","start":"06:00","containers":["a"]}]})").error().code,
                 QStringLiteral("badRound"));

        const QByteArray csv = "round_id;label;district;days;start;duration_minutes;sequence;container_id\n"
                               "r2;;13;mon-fri;05:30;60;2;B\nr2;;13;mon-fri;05:30;60;1;A\n";
        auto c = parseRoundsCsv(csv);
        QVERIFY(c.ok());
        QCOMPARE(c->first().containerIds, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(c->first().schedule.daysOfWeek, quint8(0b0011111));
        QCOMPARE(parseRoundsCsv("round_id;label\n").error().code, QStringLiteral("badCsv"));

        // 06:00 local on both sides of the 2018-10-28 DST change (Sunday); Mon/Thu rounds.
        RoundSchedule s;
        s.daysOfWeek = 0b0001001;
        s.startMinutes = 6 * 60;
        s.durationMinutes = 90;
        const auto occ = roundOccurrences(s, kParis, paris(2018, 10, 25), paris(2018, 11, 2));
        QCOMPARE(occ.size(), 3);
        QCOMPARE(occ[0].startMs, QDateTime(QDate(2018, 10, 25), QTime(4, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(occ[1].startMs, QDateTime(QDate(2018, 10, 29), QTime(5, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(occ[2].endMs - occ[2].startMs, qint64(90) * 60000);
        QCOMPARE(nextRoundOccurrence(s, kParis, paris(2018, 10, 25, 7)).startMs, paris(2018, 10, 29, 6));

        // The windows the emptiedOutsideRound rule accepts: every run of every round of a
        // container, widened by the margin, in time order (B is on both rounds).
        CollectionRound monThu;
        monThu.id = QStringLiteral("r1");
        monThu.containerIds = {QStringLiteral("A"), QStringLiteral("B")};
        monThu.schedule = s;
        CollectionRound tuesday = monThu;
        tuesday.id = QStringLiteral("r2");
        tuesday.containerIds = {QStringLiteral("B")};
        tuesday.schedule.daysOfWeek = 0b0000010;
        CollectionRound never = monThu;
        never.containerIds = {QStringLiteral("C")};
        never.schedule.daysOfWeek = 0;
        const qint64 margin = 30 * 60000;
        const ExpectedChanges windows = collectionWindows({tuesday, monThu, never}, kParis, paris(2018, 10, 29), paris(2018, 11, 1), margin);
        QCOMPARE(windows.size(), 2);
        QCOMPARE(windows.value(QStringLiteral("A")), (QVector<QPair<qint64, qint64>>{
                     {paris(2018, 10, 29, 5, 30), paris(2018, 10, 29, 8, 0)}}));
        QCOMPARE(windows.value(QStringLiteral("B")), (QVector<QPair<qint64, qint64>>{
                     {paris(2018, 10, 29, 5, 30), paris(2018, 10, 29, 8, 0)},
                     {paris(2018, 10, 30, 5, 30), paris(2018, 10, 30, 8, 0)}}));
        QVERIFY(!windows.contains(QStringLiteral("C")));
    }

    void fillForecast()
    {
        const qint64 t0 = paris(2018, 12, 22, 12);
        FillForecast f = forecastFill({0.5, t0, 0.1}, 0.9, t0 + 5 * 86400000LL);
        QVERIFY(f.known);
        QCOMPARE(f.fullAtMs, t0 + 4 * 86400000LL);
        QVERIFY(f.overflowsBeforeCollection);
        QCOMPARE(f.ratioAtCollection, 1.0);
        f = forecastFill({0.5, t0, 0.1}, 0.9, t0 + 3 * 86400000LL);
        QVERIFY(!f.overflowsBeforeCollection);
        QVERIFY(!forecastFill({std::nan(""), t0, 0.1}, 0.9, t0).known);
        const qint64 times[] = {0, 86400000, 2 * 86400000, 3 * 86400000};
        const double ratios[] = {0.2, 0.4, 0.1, 0.3}; // emptied between day 1 and 2
        QCOMPARE(fillRateFromHistory(times, ratios, 4), 0.2);
    }
};

QTEST_GUILESS_MAIN(TestCoordination)
#include "tst_coordination.moc"
