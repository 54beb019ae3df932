// The coordination rules on the real Paris roadworks (chantiers perturbants 2018–19), the real
// Trilib' containers and generated rounds, checked against an independent computation: the same
// spatio-temporal joins written as SpatiaLite SQL (mod_spatialite) over the same geometries in
// the same local metric frame. The engine uses GEOS prepared geometries and R-trees; the test
// uses SQLite tables, nested loops and SpatiaLite's ST_Distance / ST_Intersects.
//
// Paris has no street-light layer in the open data: lamps are synthetic (an 80 m grid over
// the city, one in 13 dark, dark since 0–95 h before now), and the Trilib' fill snapshot is
// shifted to now. Rounds come from generateRounds() in straight line (no Paris centrelines).
#include "coordination/coordinationengine.h"
#include "coordination/worksimport.h"
#include "network/roundgenerator.h"
#include "alarms/suntimes.h"
#include "domain/assetdirectory.h"

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QTest>

#include <sqlite3.h>

using namespace vigie;

namespace {

const LocalFrame kFrame(2.3488, 48.8534);
const QTimeZone kParis("Europe/Paris");
constexpr qint64 kHour = 3600000;
constexpr double kOverflowAccessM = 60;

QByteArray pointWkb(QPointF p)
{
    QByteArray b;
    b.append(char(1));
    const quint32 type = 1;
    b.append(reinterpret_cast<const char *>(&type), 4);
    const double x = p.x(), y = p.y();
    b.append(reinterpret_cast<const char *>(&x), 8);
    b.append(reinterpret_cast<const char *>(&y), 8);
    return b;
}

QByteArray lineWkb(const QVector<QPointF> &metric)
{
    QByteArray b;
    b.append(char(1));
    const quint32 type = 2, n = quint32(metric.size());
    b.append(reinterpret_cast<const char *>(&type), 4);
    b.append(reinterpret_cast<const char *>(&n), 4);
    for (const QPointF &p : metric) {
        const double x = p.x(), y = p.y();
        b.append(reinterpret_cast<const char *>(&x), 8);
        b.append(reinterpret_cast<const char *>(&y), 8);
    }
    return b;
}

class Db
{
public:
    Db()
    {
        sqlite3_open(":memory:", &m_db);
        sqlite3_enable_load_extension(m_db, 1);
        char *err = nullptr;
        if (sqlite3_load_extension(m_db, "mod_spatialite", nullptr, &err) != SQLITE_OK) {
            m_error = QString::fromUtf8(err ? err : "unknown");
            sqlite3_free(err);
        }
    }
    ~Db() { sqlite3_close(m_db); }
    QString error() const { return m_error; }
    void exec(const char *sql)
    {
        char *err = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK)
            qFatal("SQL failed: %s: %s", sql, err);
    }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) != SQLITE_OK)
            qFatal("SQL prepare failed: %s: %s", sql, sqlite3_errmsg(m_db));
        return s;
    }
    /// Rows of a query as "col1|col2|…" strings.
    QSet<QString> rows(const char *sql, const QVector<qint64> &params = {})
    {
        sqlite3_stmt *s = prepare(sql);
        for (int i = 0; i < params.size(); ++i)
            sqlite3_bind_int64(s, i + 1, params[i]);
        QSet<QString> out;
        while (sqlite3_step(s) == SQLITE_ROW) {
            QStringList cols;
            for (int c = 0; c < sqlite3_column_count(s); ++c)
                cols.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, c))));
            out.insert(cols.join(QLatin1Char('|')));
        }
        sqlite3_finalize(s);
        return out;
    }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

void bindBlob(sqlite3_stmt *s, int i, const QByteArray &b)
{
    sqlite3_bind_blob(s, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
}

} // namespace

class TestCoordinationParis : public QObject
{
    Q_OBJECT

    // Mon 2019-01-07: many Paris works start that day. Now = Tue 2019-01-08 12:00.
    qint64 m_now = QDateTime(QDate(2019, 1, 8), QTime(12, 0), kParis).toMSecsSinceEpoch();
    QVector<WorksZone> m_zones;
    QVector<CoordinationAsset> m_assets;
    QVector<CollectionRound> m_rounds;
    QVector<PlannedWork> m_planned;
    std::unique_ptr<CoordinationEngine> m_engine;
    Db m_db;

    QSet<QString> engineRows(CoordinationKind kind, bool withAssets) const
    {
        QSet<QString> out;
        for (const CoordinationItem &i : m_engine->items()) {
            if (i.kind != kind)
                continue;
            QString other = i.roundId;
            if (kind == CoordinationKind::CombineIntervention)
                other = QString::number(i.interventionId);
            if (kind == CoordinationKind::OverflowBehindWorks)
                other = i.assetIds.value(0);
            if (withAssets) {
                QStringList ids = i.assetIds;
                ids.sort();
                out.insert(i.worksId + QLatin1Char('|') + ids.join(QLatin1Char(',')));
            } else {
                out.insert(i.worksId + QLatin1Char('|') + other);
            }
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        if (!m_db.error().isEmpty())
            QFAIL(qPrintable(QStringLiteral("mod_spatialite not loadable (tools/setup/deps.sh installs "
                                            "libsqlite3-mod-spatialite): ") + m_db.error()));
        QFile f(QStringLiteral(CITIES_DIR "/paris/chantiers-perturbants_2018.geojson"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        WorksImportOptions o;
        o.frame = kFrame;
        auto imp = importParisChantiers(f.readAll(), o);
        QVERIFY(imp.ok());
        m_zones = imp->zones;

        // Trilib' containers, fill snapshot shifted to now.
        QFile csv(QStringLiteral(CITIES_DIR "/paris/trilib_fill_levels_2018-12.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList header = QString::fromUtf8(csv.readLine()).trimmed().split(QLatin1Char(';'));
        const int geo = int(header.indexOf(QStringLiteral("geo"))), serial = int(header.indexOf(QStringLiteral("serialNumber")));
        const int rate = int(header.indexOf(QStringLiteral("avgFillingRatePerDay"))), fill = int(header.indexOf(QStringLiteral("fillingRate")));
        const int postal = int(header.indexOf(QStringLiteral("localisationfo_postalcode")));
        QVector<RoundStop> stops;
        qint32 index = 0;
        while (!csv.atEnd()) {
            const QStringList f2 = QString::fromUtf8(csv.readLine()).trimmed().split(QLatin1Char(';'));
            if (f2.size() != header.size())
                continue;
            const QStringList latLon = f2[geo].split(QLatin1Char(','));
            CoordinationAsset c;
            c.index = index++;
            c.id = assetUrn(AssetKind::WasteContainer, QStringLiteral("paris"), f2[serial]);
            c.kind = AssetKind::WasteContainer;
            c.lat = latLon.value(0).trimmed().toDouble();
            c.lon = latLon.value(1).trimmed().toDouble();
            c.fill = {f2[fill].toDouble() / 100.0, m_now, f2[rate].toDouble() / 100.0};
            m_assets.append(c);
            stops.append({c.id, QString::number(f2[postal].toInt() % 100), c.lon, c.lat});
        }
        QCOMPARE(index, 124);
        RoundGenerationOptions ro;
        ro.maxStopsPerRound = 8;
        m_rounds = generateRounds(stops, nullptr, ro);
        QVERIFY(m_rounds.size() >= 15);
        for (const CollectionRound &r : m_rounds)
            QVERIFY(!r.pathFollowsStreets);

        // Synthetic lamps: an 80 m grid over Paris.
        int n = 0;
        for (double x = -9000; x <= 9000; x += 80)
            for (double y = -5500; y <= 5500; y += 80, ++n) {
                CoordinationAsset l;
                l.index = 1000 + n;
                l.id = QStringLiteral("urn:ngsi-ld:Streetlight:paris:grid-%1").arg(n);
                l.kind = AssetKind::Streetlight;
                const QPointF ll = kFrame.toLonLat({x, y});
                l.lon = ll.x();
                l.lat = ll.y();
                l.dark = n % 13 == 0;
                l.darkSinceMs = m_now - (n % 96) * kHour;
                m_assets.append(l);
            }
        // Clusters of dark lamps by the works (synthetic, like the grid): 3 lamps by every 4th
        // zone, dark 5 h after it started (cable-cut candidates), 2 lamps by every 8th
        // (below N = 3: no item).
        for (int k = 0; k < m_zones.size(); ++k) {
            const WorksZone &z = m_zones[k];
            if (!z.hasArea() || z.startMs == std::numeric_limits<qint64>::min() || z.startMs > m_now || (k % 4 != 0 && k % 8 != 2))
                continue;
            const QPointF c = kFrame.toMetric(z.labelLon, z.labelLat);
            const QPointF offsets[] = {{0, 0}, {12, 0}, {0, 12}};
            for (int j = 0; j < (k % 4 == 0 ? 3 : 2); ++j, ++n) {
                CoordinationAsset l;
                l.index = 1000 + n;
                l.id = QStringLiteral("urn:ngsi-ld:Streetlight:paris:works-%1-%2").arg(z.id).arg(j);
                l.kind = AssetKind::Streetlight;
                const QPointF ll = kFrame.toLonLat(c + offsets[j]);
                l.lon = ll.x();
                l.lat = ll.y();
                l.dark = true;
                l.darkSinceMs = std::min(m_now, z.startMs + 5 * kHour);
                m_assets.append(l);
            }
        }
        for (int i = 0; i < 124; i += 5)
            m_planned.append({i + 1, QStringLiteral("waste"), m_assets[i].id, m_assets[i].lon, m_assets[i].lat,
                              m_now + 24 * kHour, m_now + 28 * kHour});

        // Trilib' stations stand on pavements set back from the roadway: a 60 m access
        // distance gives the overflow rule real cases on this data (default 15 m).
        CoordinationSettings settings;
        settings.overflow.accessM = kOverflowAccessM;
        m_engine = std::make_unique<CoordinationEngine>(kFrame, kParis, settings);
        m_engine->setNow(m_now);
        m_engine->setAssets(m_assets);
        m_engine->setWorks(m_zones);
        m_engine->setRounds(m_rounds);
        m_engine->setPlannedWorks(m_planned);
        m_engine->recompute();
        qInfo("Paris: %d zones, %d rounds, %d lamps → %d coordination items", int(m_zones.size()), int(m_rounds.size()),
              int(m_assets.size() - 124), m_engine->itemCount());

        // The same data in SpatiaLite, metric geometries in the same frame.
        m_db.exec("CREATE TABLE zone(id TEXT, start INTEGER, stop INTEGER, impact TEXT, geom BLOB);"
                  "CREATE TABLE asset(id TEXT, kind TEXT, dark INTEGER, since INTEGER, x REAL, y REAL, geom BLOB);"
                  "CREATE TABLE round(id TEXT, geom BLOB);"
                  "CREATE TABLE round_container(round TEXT, container TEXT);"
                  "CREATE TABLE planned(id INTEGER, start INTEGER, stop INTEGER, geom BLOB);"
                  "CREATE TABLE overflow(id TEXT, start INTEGER, stop INTEGER);");
        m_db.exec("BEGIN");
        sqlite3_stmt *s = m_db.prepare("INSERT INTO zone VALUES(?,?,?,?,GeomFromWKB(?))");
        for (const WorksZone &z : m_zones) {
            if (!z.hasArea())
                continue;
            sqlite3_bind_text(s, 1, z.id.toUtf8().constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(s, 2, z.startMs);
            sqlite3_bind_int64(s, 3, z.endMs);
            sqlite3_bind_text(s, 4, trafficImpactKey(z.impact).toUtf8().constData(), -1, SQLITE_TRANSIENT);
            bindBlob(s, 5, z.areaWkb);
            QCOMPARE(sqlite3_step(s), SQLITE_DONE);
            sqlite3_reset(s);
        }
        sqlite3_finalize(s);
        s = m_db.prepare("INSERT INTO asset VALUES(?,?,?,?,?,?,GeomFromWKB(?))");
        for (const CoordinationAsset &a : m_assets) {
            const QPointF m = kFrame.toMetric(a.lon, a.lat);
            sqlite3_bind_text(s, 1, a.id.toUtf8().constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(s, 2, a.kind == AssetKind::Streetlight ? "lamp" : "container", -1, SQLITE_STATIC);
            sqlite3_bind_int(s, 3, a.dark ? 1 : 0);
            sqlite3_bind_int64(s, 4, a.darkSinceMs);
            sqlite3_bind_double(s, 5, m.x());
            sqlite3_bind_double(s, 6, m.y());
            bindBlob(s, 7, pointWkb(m));
            QCOMPARE(sqlite3_step(s), SQLITE_DONE);
            sqlite3_reset(s);
        }
        sqlite3_finalize(s);
        s = m_db.prepare("INSERT INTO round VALUES(?,GeomFromWKB(?))");
        sqlite3_stmt *rc = m_db.prepare("INSERT INTO round_container VALUES(?,?)");
        for (const CollectionRound &r : m_rounds) {
            QVector<QPointF> metric;
            for (const QPointF &p : r.path)
                metric.append(kFrame.toMetric(p.x(), p.y()));
            sqlite3_bind_text(s, 1, r.id.toUtf8().constData(), -1, SQLITE_TRANSIENT);
            if (metric.size() >= 2)
                bindBlob(s, 2, lineWkb(metric));
            QCOMPARE(sqlite3_step(s), SQLITE_DONE);
            sqlite3_reset(s);
            for (const QString &c : r.containerIds) {
                sqlite3_bind_text(rc, 1, r.id.toUtf8().constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_text(rc, 2, c.toUtf8().constData(), -1, SQLITE_TRANSIENT);
                QCOMPARE(sqlite3_step(rc), SQLITE_DONE);
                sqlite3_reset(rc);
            }
        }
        sqlite3_finalize(s);
        sqlite3_finalize(rc);
        s = m_db.prepare("INSERT INTO planned VALUES(?,?,?,GeomFromWKB(?))");
        for (const PlannedWork &p : m_planned) {
            sqlite3_bind_int64(s, 1, p.interventionId);
            sqlite3_bind_int64(s, 2, p.fromMs);
            sqlite3_bind_int64(s, 3, p.untilMs);
            bindBlob(s, 4, pointWkb(kFrame.toMetric(p.lon, p.lat)));
            QCOMPARE(sqlite3_step(s), SQLITE_DONE);
            sqlite3_reset(s);
        }
        sqlite3_finalize(s);
        // Which containers overflow before their next collection, and over which window
        // (the forecast itself is tested in tst_coordination; the join is what is checked here).
        s = m_db.prepare("INSERT INTO overflow VALUES(?,?,?)");
        const qint64 horizonEnd = m_now + CoordinationSettings().horizonMs;
        for (int i = 0; i < 124; ++i) {
            const CoordinationAsset &c = m_assets[i];
            const FillForecast f = m_engine->forecast(c.id);
            if (!f.known || !f.overflowsBeforeCollection)
                continue;
            const RoundOccurrence next = m_engine->nextCollection(c.id, m_now);
            const qint64 from = std::max(m_now, f.fullAtMs);
            const qint64 until = next.startMs ? std::min(horizonEnd, next.endMs) : horizonEnd;
            sqlite3_bind_text(s, 1, c.id.toUtf8().constData(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(s, 2, std::min(from, until - 1));
            sqlite3_bind_int64(s, 3, until);
            QCOMPARE(sqlite3_step(s), SQLITE_DONE);
            sqlite3_reset(s);
        }
        sqlite3_finalize(s);
        m_db.exec("COMMIT");
    }

    void roundBlocked()
    {
        const qint64 horizonEnd = m_now + CoordinationSettings().horizonMs;
        const QSet<QString> pairs = m_db.rows(
            "SELECT z.id, r.id, z.start, z.stop FROM zone z, round r WHERE z.impact IN ('BARRAGE_TOTAL','IMPASSE',"
            "'RESTREINTE','SENS_UNIQUE') AND z.start < ?2 AND z.stop > ?1 AND MbrIntersects(z.geom, r.geom) "
            "AND ST_Intersects(z.geom, r.geom)",
            {m_now, horizonEnd});
        QSet<QString> expected;
        for (const QString &row : pairs) {
            const QStringList f = row.split(QLatin1Char('|'));
            for (const CollectionRound &r : m_rounds)
                if (r.id == f[1]
                    && !roundOccurrences(r.schedule, kParis, std::max(m_now, f[2].toLongLong()),
                                         std::min(horizonEnd, f[3].toLongLong())).isEmpty())
                    expected.insert(f[0] + QLatin1Char('|') + f[1]);
        }
        const QSet<QString> found = engineRows(CoordinationKind::RoundBlocked, false);
        qInfo("round × works conflicts: %d", int(found.size()));
        QCOMPARE(found, expected);
        QVERIFY(!found.isEmpty());
        // Unreachable containers: on the round, within 15 m of the zone.
        for (const CoordinationItem &i : m_engine->items()) {
            if (i.kind != CoordinationKind::RoundBlocked)
                continue;
            const QByteArray sql = QStringLiteral(
                "SELECT c.id FROM zone z, round_container rc, asset c WHERE z.id = '%1' AND rc.round = '%2' "
                "AND c.id = rc.container AND ST_Distance(z.geom, c.geom) <= 15").arg(i.worksId, i.roundId).toUtf8();
            const QSet<QString> unreachable = m_db.rows(sql.constData());
            QCOMPARE(QSet<QString>(i.assetIds.begin(), i.assetIds.end()), unreachable);
        }
    }

    void suspectedCableCut()
    {
        const CoordinationSettings s;
        const QSet<QString> raw = m_db.rows(
            "SELECT z.id, group_concat(l.id) FROM zone z, (SELECT * FROM asset WHERE kind = 'lamp' AND dark = 1 ORDER BY id) l "
            "WHERE z.start <= ?1 AND l.since BETWEEN z.start - ?2 AND z.start + ?3 "
            "AND l.x BETWEEN MbrMinX(z.geom) - 25 AND MbrMaxX(z.geom) + 25 AND l.y BETWEEN MbrMinY(z.geom) - 25 AND MbrMaxY(z.geom) + 25 "
            "AND ST_Distance(z.geom, l.geom) <= 25 GROUP BY z.id HAVING count(*) >= 3",
            {m_now, s.cableCut.slackBeforeStartMs, s.cableCut.afterStartMs});
        QSet<QString> expected;
        for (const QString &row : raw) {
            const int bar = int(row.indexOf(QLatin1Char('|')));
            QStringList ids = row.mid(bar + 1).split(QLatin1Char(','));
            ids.sort();
            expected.insert(row.left(bar) + QLatin1Char('|') + ids.join(QLatin1Char(',')));
        }
        const QSet<QString> found = engineRows(CoordinationKind::SuspectedCableCut, true);
        qInfo("suspected cable cuts: %d", int(found.size()));
        QCOMPARE(found, expected);
        QVERIFY(!found.isEmpty());
    }

    void overflowBehindWorks()
    {
        const QSet<QString> expected = m_db.rows(
            "SELECT z.id, o.id FROM zone z, overflow o, asset c WHERE c.id = o.id AND z.start < ?2 AND z.stop > ?1 "
            "AND z.start < o.stop AND z.stop > o.start AND ST_Distance(z.geom, c.geom) <= 60",
            {m_now, m_now + CoordinationSettings().horizonMs});
        static_assert(kOverflowAccessM == 60, "the SQL above says 60 m");
        const QSet<QString> found = engineRows(CoordinationKind::OverflowBehindWorks, false);
        qInfo("containers overflowing behind works: %d", int(found.size()));
        QCOMPARE(found, expected);
        QVERIFY(!found.isEmpty());
    }

    void combineIntervention()
    {
        const qint64 slack = CoordinationSettings().combine.slackMs;
        const QSet<QString> expected = m_db.rows(
            "SELECT z.id, p.id FROM zone z, planned p WHERE z.start < p.stop + ?1 AND p.start - ?1 < z.stop "
            "AND ST_Distance(z.geom, p.geom) <= 30",
            {slack});
        const QSet<QString> found = engineRows(CoordinationKind::CombineIntervention, false);
        qInfo("interventions to combine with works: %d", int(found.size()));
        QCOMPARE(found, expected);
        QVERIFY(!found.isEmpty());
    }

    void lightingForSafety()
    {
        const qint64 day = solarDayIndex(m_now, kFrame.originLon());
        const SunTimes today = sunTimes(kFrame.originLat(), kFrame.originLon(), day);
        QVERIFY(m_now > today.civilDawnMs);
        const qint64 nightFrom = today.civilDuskMs;
        const qint64 nightUntil = sunTimes(kFrame.originLat(), kFrame.originLon(), day + 1).civilDawnMs;
        const QSet<QString> raw = m_db.rows(
            "SELECT z.id, group_concat(l.id) FROM zone z, (SELECT * FROM asset WHERE kind = 'lamp' AND dark = 1 ORDER BY id) l "
            "WHERE max(?1, z.start, ?3) < min(?2, z.stop) "
            "AND l.x BETWEEN MbrMinX(z.geom) - 20 AND MbrMaxX(z.geom) + 20 AND l.y BETWEEN MbrMinY(z.geom) - 20 AND MbrMaxY(z.geom) + 20 "
            "AND ST_Distance(ST_Boundary(z.geom), l.geom) <= 20 GROUP BY z.id",
            {nightFrom, nightUntil, m_now});
        QSet<QString> expected;
        for (const QString &row : raw) {
            const int bar = int(row.indexOf(QLatin1Char('|')));
            QStringList ids = row.mid(bar + 1).split(QLatin1Char(','));
            ids.sort();
            expected.insert(row.left(bar) + QLatin1Char('|') + ids.join(QLatin1Char(',')));
        }
        const QSet<QString> found = engineRows(CoordinationKind::LightingForSafety, true);
        qInfo("works needing more light tonight: %d", int(found.size()));
        QCOMPARE(found, expected);
        QVERIFY(!found.isEmpty());
    }

    void incrementalMatchesFullOnRealData()
    {
        // Move every fifth planned intervention and darken a lamp cluster: the incrementally
        // updated engine must equal a fresh full recompute.
        for (PlannedWork p : m_planned) {
            p.fromMs += 48 * kHour;
            p.untilMs += 48 * kHour;
            m_engine->updatePlannedWork(p);
        }
        for (int i = 0; i < 200; ++i) {
            CoordinationAsset l = m_assets[124 + i * 97];
            l.dark = !l.dark;
            l.darkSinceMs = m_now - kHour;
            m_engine->updateAsset(l);
        }
        const QVector<CoordinationItem> incremental = m_engine->items();
        m_engine->recompute();
        QCOMPARE(m_engine->items(), incremental);
    }
};

QTEST_GUILESS_MAIN(TestCoordinationParis)
#include "tst_coordinationparis.moc"
