#include "reports/reportimport.h"
#include "reports/reportintake.h"
#include "reports/reportstore.h"
#include "reports/statustemplates.h"
#include "storage/schema.h"
#include "storage/sqlite.h"
#include "storage/store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vigie;

namespace {

constexpr qint64 kT0 = 1'764'529'200'000; // 2025-11-30T19:00:00Z
constexpr qint64 kDay = 86'400'000;

/// Two lamps 40 m apart and a container, in Montpellier (EPSG:4326).
AssetDirectoryPtr city()
{
    QVector<AssetRecord> assets;
    auto add = [&](AssetKind kind, const QString &ref, double lat, double lon) {
        AssetRecord r;
        r.kind = kind;
        r.id = assetUrn(kind, QStringLiteral("testville"), ref);
        r.ref = ref;
        r.layerId = QStringLiteral("layer");
        r.lat = lat;
        r.lon = lon;
        assets << r;
    };
    add(AssetKind::Streetlight, QStringLiteral("1"), 43.6100, 3.8700);
    add(AssetKind::Streetlight, QStringLiteral("2"), 43.6100, 3.8705); // ~40 m east
    add(AssetKind::WasteContainer, QStringLiteral("c1"), 43.6100, 3.8701);
    return std::make_shared<AssetDirectory>(assets);
}

ServiceCatalog catalog()
{
    auto c = ServiceCatalog::load(QStringLiteral(CITIES_DIR "/montpellier/services.json"));
    return c ? c.value() : ServiceCatalog();
}

CitizenReport lampReport(double lat, double lon, const QString &description = QStringLiteral("Lampe éteinte"))
{
    CitizenReport r;
    r.serviceCode = QStringLiteral("streetlight-out");
    r.lat = lat;
    r.lon = lon;
    r.description = description;
    return r;
}

} // namespace

class TestReportIntake : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SqliteConnection m_db;
    std::unique_ptr<ReportStore> m_store;
    std::unique_ptr<ReportIntake> m_intake;

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        QFile::remove(path);
        {
            auto s = Store::open(path, Store::Mode::ReadWrite);
            QVERIFY2(s, qPrintable(s.ok() ? QString() : s.error().message));
        }
        auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
        QVERIFY(db);
        m_db = std::move(db).value();
        QVERIFY(schema::configure(m_db));
        m_store = std::make_unique<ReportStore>(m_db);
        QVERIFY(!catalog().isEmpty());
        m_intake = std::make_unique<ReportIntake>(catalog(), AssetMatcher(city()), ReportSettings{});
    }
    void cleanup()
    {
        m_intake.reset();
        m_store.reset();
        m_db = SqliteConnection();
    }

    void catalogsOfEveryPack_data()
    {
        QTest::addColumn<QString>("city");
        QTest::newRow("paris") << "paris";
        QTest::newRow("montpellier") << "montpellier";
        QTest::newRow("monaco") << "monaco";
    }
    void catalogsOfEveryPack()
    {
        QFETCH(QString, city);
        auto c = ServiceCatalog::load(QStringLiteral(CITIES_DIR "/") + city + QStringLiteral("/services.json"));
        QVERIFY2(c, qPrintable(c.ok() ? QString() : c.error().message));
        const ServiceDefinition *lamp = c->find(QStringLiteral("streetlight-out"));
        QVERIFY(lamp);
        QCOMPARE(lamp->assetKind, std::optional<AssetKind>(AssetKind::Streetlight));
        QCOMPARE(c->find(QStringLiteral("overflowing-container"))->assetKind, std::optional<AssetKind>(AssetKind::WasteContainer));
        QVERIFY(c->find(QStringLiteral("illegal-dumping")));
        QVERIFY(c->find(QStringLiteral("damaged-road")));
        QVERIFY(!c->find(QStringLiteral("nope")));
    }

    void matchesNearestAssetOfTheServiceKind()
    {
        // 5 m west of lamp 1; the container is nearer to lamp 2's side but of another kind.
        auto r = m_intake->submit(*m_store, lampReport(43.6100, 3.86994), {}, QStringLiteral("test"), kT0);
        QVERIFY2(r, qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->matchedAssetId, QStringLiteral("urn:ngsi-ld:Streetlight:testville:1"));
        QVERIFY(r->matchedDistanceM < 6 && r->matchedDistanceM > 4);
        QCOMPARE(r->state, ReportState::Received);
        QVERIFY(r->statusNotes.contains(QStringLiteral("reçu")));
        // Beyond the match radius (30 m): no asset.
        auto far = m_intake->submit(*m_store, lampReport(43.6110, 3.8700), {}, QStringLiteral("test"), kT0);
        QVERIFY(far);
        QVERIFY(far->matchedAssetId.isEmpty());
        // A container report matches the container, not a lamp.
        CitizenReport bin = lampReport(43.6100, 3.8700);
        bin.serviceCode = QStringLiteral("overflowing-container");
        auto b = m_intake->submit(*m_store, bin, {}, QStringLiteral("test"), kT0);
        QVERIFY(b);
        QCOMPARE(b->matchedAssetId, QStringLiteral("urn:ngsi-ld:WasteContainer:testville:c1"));
    }

    void groupsLikelyDuplicates()
    {
        auto first = m_intake->submit(*m_store, lampReport(43.6100, 3.8700), {}, QStringLiteral("t"), kT0);
        // Same lamp, 8 m away: same group.
        auto second = m_intake->submit(*m_store, lampReport(43.61007, 3.8700), {}, QStringLiteral("t"), kT0 + 1);
        // No lamp within 30 m but 45 m from the anchor (match radius 30, group radius 50): same group.
        auto third = m_intake->submit(*m_store, lampReport(43.6096, 3.8700), {}, QStringLiteral("t"), kT0 + 2);
        // 120 m away: its own group.
        auto fourth = m_intake->submit(*m_store, lampReport(43.6111, 3.8700), {}, QStringLiteral("t"), kT0 + 3);
        // Same place, another service: its own group.
        CitizenReport road = lampReport(43.6100, 3.8700);
        road.serviceCode = QStringLiteral("damaged-road");
        auto fifth = m_intake->submit(*m_store, road, {}, QStringLiteral("t"), kT0 + 4);
        QVERIFY(first && second && third && fourth && fifth);
        QCOMPARE(second->groupId, first->groupId);
        QCOMPARE(third->groupId, first->groupId);
        QVERIFY(fourth->groupId != first->groupId);
        QVERIFY(fifth->groupId != first->groupId);
        auto g = m_store->group(first->groupId);
        QVERIFY(g);
        QCOMPARE(g->reportCount, 3);

        // A closed group takes no new reports: the same problem again is a new one.
        g->open = false;
        QVERIFY(m_store->updateGroup(g.value()));
        auto sixth = m_intake->submit(*m_store, lampReport(43.6100, 3.8700), {}, QStringLiteral("t"), kT0 + 5);
        QVERIFY(sixth);
        QVERIFY(sixth->groupId != first->groupId);
    }

    void findGroupPrefersSameAssetThenNearest()
    {
        ReportGroup a; a.id = 1; a.serviceCode = QStringLiteral("s"); a.lat = 43.61; a.lon = 3.87; a.assetId = QStringLiteral("A");
        ReportGroup b; b.id = 2; b.serviceCode = QStringLiteral("s"); b.lat = 43.6102; b.lon = 3.87; b.assetId = QStringLiteral("B");
        CitizenReport r; r.serviceCode = QStringLiteral("s"); r.lat = 43.6102; r.lon = 3.87; r.matchedAssetId = QStringLiteral("A");
        QCOMPARE(findGroup(r, {a, b}, 50), 1);     // same asset wins over nearer anchor
        r.matchedAssetId.clear();
        QCOMPARE(findGroup(r, {a, b}, 50), 2);     // nearest anchor
        r.serviceCode = QStringLiteral("other");
        QCOMPARE(findGroup(r, {a, b}, 50), 0);     // another service
        r.serviceCode = QStringLiteral("s");
        r.lat = 43.62;
        QCOMPARE(findGroup(r, {a, b}, 50), 0);     // too far
    }

    void refusesBadReports_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("media");
        QTest::addColumn<QString>("code");
        const double nan = std::nan("");
        QTest::newRow("unknown service") << "drop-tables" << 43.61 << 3.87 << "" << "" << "unknownService";
        QTest::newRow("lat out of range") << "streetlight-out" << 91.0 << 3.87 << "" << "" << "invalidLocation";
        QTest::newRow("long out of range") << "streetlight-out" << 43.0 << -181.0 << "" << "" << "invalidLocation";
        QTest::newRow("infinite") << "streetlight-out" << qInf() << 3.87 << "" << "" << "invalidLocation";
        QTest::newRow("no location") << "streetlight-out" << nan << nan << "x" << "" << "missingLocation";
        QTest::newRow("only lat") << "streetlight-out" << 43.0 << nan << "" << "" << "invalidLocation";
        QTest::newRow("too long") << "streetlight-out" << 43.61 << 3.87 << QString(4001, QLatin1Char('a')) << "" << "tooLong";
        QTest::newRow("javascript url") << "streetlight-out" << 43.61 << 3.87 << "" << "javascript:alert(1)" << "invalidMediaUrl";
    }
    void refusesBadReports()
    {
        QFETCH(QString, service);
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QString, description);
        QFETCH(QString, media);
        QFETCH(QString, code);
        CitizenReport r = lampReport(lat, lon, description);
        r.serviceCode = service;
        r.mediaUrl = media;
        auto stored = m_intake->submit(*m_store, r, {}, QStringLiteral("t"), kT0);
        QVERIFY(!stored);
        QCOMPARE(stored.error().code, code);
        auto all = m_store->reports(ReportQuery{});
        QVERIFY(all);
        QCOMPARE(all->size(), 0); // nothing stored, not even a group
        auto groups = m_store->groups(0);
        QCOMPARE(groups->size(), 0);
    }

    void keepsHostileTextAsPlainText()
    {
        const QString markup = QStringLiteral("<script>alert('x')</script><b>lampe</b> '); DROP TABLE report; --");
        auto r = m_intake->submit(*m_store, lampReport(43.61, 3.87, markup + QChar(0x202e) + QChar(7)), {}, QStringLiteral("t"), kT0);
        QVERIFY(r);
        auto back = m_store->report(r->id);
        QVERIFY(back);
        QCOMPARE(back->description, markup + QStringLiteral("  ").trimmed()); // controls → spaces, trimmed
        QVERIFY(m_store->reports(ReportQuery{}).ok()); // table still there
    }

    void contactIsStoredApartAndPurged()
    {
        ReporterContact c;
        c.email = QStringLiteral("resident@example.org");
        c.firstName = QStringLiteral("Zoé");
        c.phone = QStringLiteral("+33 6 00 00 00 00");
        auto old = m_intake->submit(*m_store, lampReport(43.61, 3.87), c, QStringLiteral("t"), kT0 - 40 * kDay);
        auto recent = m_intake->submit(*m_store, lampReport(43.62, 3.87), c, QStringLiteral("t"), kT0 - 2 * kDay);
        QVERIFY(old && recent);
        QCOMPARE(m_store->contact(old->id)->email, c.email);
        QCOMPARE(m_store->contact(recent->id)->firstName, QStringLiteral("Zoé"));
        // The report row holds none of it.
        auto stmt = m_db.prepare("SELECT * FROM report");
        QVERIFY(stmt);
        while (stmt->step().value()) {
            for (int col = 0; col < 20; ++col)
                QVERIFY(!stmt->text(col).contains(QStringLiteral("example.org")));
        }
        auto purged = m_store->purgeContacts(kT0, 30);
        QVERIFY(purged);
        QCOMPARE(purged.value(), 1);
        QVERIFY(m_store->contact(old->id)->isEmpty());
        QCOMPARE(m_store->contact(recent->id)->email, c.email);
        QVERIFY(m_store->report(old->id)); // the report itself stays
        QCOMPARE(m_store->purgeContacts(kT0, 30).value(), 0);
        QCOMPARE(m_store->purgeContacts(kT0, 0).value(), 1);
    }

    void refusesBadEmail()
    {
        ReporterContact c;
        c.email = QStringLiteral("not an email");
        auto r = m_intake->submit(*m_store, lampReport(43.61, 3.87), c, QStringLiteral("t"), kT0);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("invalidEmail"));
        QVERIFY(!r.error().message.contains(c.email)); // never quoted back
    }

    void apiKeysAreHashed()
    {
        QVERIFY(m_store->addApiKey(QStringLiteral("s3cret-key"), QStringLiteral("city app"), kT0));
        QCOMPARE(m_store->isApiKeyValid(QStringLiteral("s3cret-key")).value(), true);
        QCOMPARE(m_store->isApiKeyValid(QStringLiteral("other")).value(), false);
        QCOMPARE(m_store->isApiKeyValid(QString()).value(), false);
        auto stmt = m_db.prepare("SELECT key_sha256 FROM open311_api_key");
        QVERIFY(stmt && stmt->step().value());
        QVERIFY(!stmt->text(0).contains(QStringLiteral("s3cret")));
        QCOMPARE(stmt->text(0).size(), 64);
        QVERIFY(m_store->revokeApiKey(QStringLiteral("s3cret-key")));
        QCOMPARE(m_store->isApiKeyValid(QStringLiteral("s3cret-key")).value(), false);
    }

    void templatesRenderAndRoundTrip()
    {
        StatusTemplates t = StatusTemplates::defaults();
        const QString fr = t.render(ReportState::Resolved, QStringLiteral("fr"), QStringLiteral("Lampadaire éteint"),
                                    QStringLiteral("2 rue de la Loge"), QStringLiteral("2025-11-30"));
        QVERIFY(fr.contains(QStringLiteral("Lampadaire éteint")));
        QVERIFY(fr.contains(QStringLiteral("2025-11-30")));
        QVERIFY(!fr.contains(QLatin1Char('{')));
        const QString en = t.render(ReportState::Resolved, QStringLiteral("en"), QStringLiteral("Streetlight out"), {}, QStringLiteral("2025-11-30"));
        QVERIFY(en.startsWith(QStringLiteral("The problem")));
        // A value holding a placeholder is not expanded again.
        QVERIFY(t.render(ReportState::Received, QStringLiteral("fr"), QStringLiteral("{date}"), {}, QStringLiteral("D")).contains(QStringLiteral("{date}")));
        t.setText(ReportState::Resolved, QStringLiteral("en"), QStringLiteral("Fixed: {service}."));
        const QString path = m_dir.filePath(QStringLiteral("templates.json"));
        QVERIFY(t.save(path));
        auto back = StatusTemplates::load(path);
        QVERIFY(back);
        QCOMPARE(back->render(ReportState::Resolved, QStringLiteral("en"), QStringLiteral("Lamp"), {}, {}), QStringLiteral("Fixed: Lamp."));
        QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"de": {"resolved": "x"}})");
        bad.close();
        QCOMPARE(StatusTemplates::load(bad.fileName()).error().code, QStringLiteral("templatesInvalid"));
    }

    void readsDansMaRueWithAccents()
    {
        const auto paris = ServiceCatalog::load(QStringLiteral(CITIES_DIR "/paris/services.json"));
        QVERIFY(paris);
        auto imported = readDansMaRueCsv(QStringLiteral(TEST_DATA_DIR "/reports/dansmarue_sample_2017-10.csv"), paris->aliasMap());
        QVERIFY2(imported, qPrintable(imported.ok() ? QString() : imported.error().message));
        QCOMPARE(imported->reports.size(), 9);
        QCOMPARE(imported->issues.size(), 0);
        const CitizenReport &first = imported->reports.first();
        QCOMPARE(first.serviceCode, QStringLiteral("graffiti"));
        QCOMPARE(first.addressString, QStringLiteral("6 rue basfroi, 75011 PARIS"));
        QVERIFY(first.description.contains(QStringLiteral("façade")));
        QVERIFY(std::abs(first.lat - 48.8539252675) < 1e-9);
        QVERIFY(std::abs(first.lon - 2.38019122559) < 1e-9);
        QCOMPARE(first.sourceRef, QStringLiteral("S10551"));
        QCOMPARE(first.source, ReportSource::Csv);
        // 2017-10-30 00:00 in Paris (UTC+1 after the DST change of 29 October).
        QCOMPARE(first.requestedAtMs, QDateTime(QDate(2017, 10, 29), QTime(23, 0), Qt::UTC).toMSecsSinceEpoch());
        const CitizenReport &third = imported->reports.at(2);
        QCOMPARE(third.serviceCode, QStringLiteral("illegal-dumping"));
        QCOMPARE(third.addressString, QStringLiteral("2 rue aimé lavy, 75018 PARIS"));
        QVERIFY(third.description.startsWith(QStringLiteral("Objets abandonnés")));

        // Every row goes through the intake (Paris catalogue) and keeps its accents in the store.
        ReportIntake intake(paris.value(), AssetMatcher(city()), ReportSettings{});
        for (const CitizenReport &r : imported->reports) {
            auto s = intake.submit(*m_store, r, {}, QStringLiteral("csv"), kT0);
            QVERIFY2(s, qPrintable(s.ok() ? QString() : s.error().message));
        }
        auto stored = m_store->reports(ReportQuery{});
        QCOMPARE(stored->size(), 9);
        bool accent = false;
        for (const CitizenReport &r : stored.value())
            accent = accent || r.addressString.contains(QStringLiteral("aimé"));
        QVERIFY(accent);
    }

    void dansMaRueBadRowsAreReported()
    {
        QFile f(m_dir.filePath(QStringLiteral("bad.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("TYPE;ADRESSE;geo_point_2d\nObjets abandonn\xe9s;rue;48.85,2.35\nObjets;rue;nowhere\n"); // Windows-1252 é
        f.close();
        auto imported = readDansMaRueCsv(f.fileName());
        QVERIFY(imported);
        QCOMPARE(imported->reports.size(), 1);
        QCOMPARE(imported->reports.first().serviceCode, QStringLiteral("Objets abandonnés"));
        QCOMPARE(imported->issues.size(), 1);
        QCOMPARE(imported->issues.first().line, 3);
        QFile h(m_dir.filePath(QStringLiteral("header.csv")));
        QVERIFY(h.open(QIODevice::WriteOnly));
        h.write("a;b\n1;2\n");
        h.close();
        QCOMPARE(readDansMaRueCsv(h.fileName()).error().code, QStringLiteral("csvHeader"));
    }

    void decodesFiwareEntities_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("located");
        QTest::newRow("IssueReporting key-values") << "IssueTracking_IssueReporting__example.json" << "damaged-road" << false;
        QTest::newRow("IssueReporting normalized") << "IssueTracking_IssueReporting__example-normalized.json" << "damaged-road" << false;
        QTest::newRow("IssueReporting NGSI-LD") << "IssueTracking_IssueReporting__example.jsonld" << "damaged-road" << false;
        QTest::newRow("service_requests key-values") << "IssueTracking_service_requests__example.json" << "234" << true;
        QTest::newRow("service_requests normalized") << "IssueTracking_service_requests__example-normalized.json" << "234" << true;
        QTest::newRow("service_requests NGSI-LD") << "IssueTracking_service_requests__example-normalized.jsonld" << "234" << true;
    }
    void decodesFiwareEntities()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(bool, located);
        QFile f(QStringLiteral(TEST_DATA_DIR "/reports/") + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray payload = f.readAll();
        QVERIFY(isFiwareReportPayload(payload));
        auto r = decodeFiwareReport(payload, catalog().aliasMap());
        QVERIFY2(r, qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->serviceCode, code);
        QCOMPARE(r->source, ReportSource::Mqtt);
        QVERIFY(!r->sourceRef.isEmpty());
        QVERIFY(!r->description.isEmpty());
        QVERIFY(!r->addressString.isEmpty() || r->hasLocation());
        QCOMPARE(r->hasLocation(), located);
        QVERIFY(r->requestedAtMs > 0);
        if (located) {
            QVERIFY(std::abs(r->lat - 40.62785133667262) < 1e-9);
            QVERIFY(std::abs(r->lon - -3.164485591715449) < 1e-9);
        }
    }

    void fiwareRejects()
    {
        QCOMPARE(decodeFiwareReport("{not json").error().code, QStringLiteral("invalidJson"));
        QCOMPARE(decodeFiwareReport(R"({"id":"x","type":"Streetlight"})").error().code, QStringLiteral("unknownEntity"));
        QCOMPARE(decodeFiwareReport(R"({"id":"x","type":"IssueReporting"})").error().code, QStringLiteral("missingField"));
        QVERIFY(!isFiwareReportPayload(R"({"id":"x","type":"Streetlight"})"));
        // A category the city lacks is refused at intake, nothing stored.
        auto r = decodeFiwareReport(R"({"id":"x","type":"IssueReporting","category":"Aliens","location":{"type":"Point","coordinates":[3.87,43.61]}})",
                                    catalog().aliasMap());
        QVERIFY(r);
        auto s = m_intake->submit(*m_store, r.value(), {}, QStringLiteral("mqtt"), kT0);
        QCOMPARE(s.error().code, QStringLiteral("unknownService"));
    }
};

QTEST_GUILESS_MAIN(TestReportIntake)
#include "tst_reportintake.moc"
