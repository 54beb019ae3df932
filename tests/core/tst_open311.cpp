#include "reports/open311api.h"
#include "reports/open311server.h"
#include "reports/reportstore.h"
#include "storage/schema.h"
#include "storage/sqlite.h"
#include "storage/store.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

using namespace vigie;

namespace {

const QString kKey = QStringLiteral("test-key-0123456789");

struct Reply
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QJsonArray json() const { return QJsonDocument::fromJson(body).array(); }
};

AssetDirectoryPtr city()
{
    AssetRecord r;
    r.kind = AssetKind::Streetlight;
    r.id = assetUrn(AssetKind::Streetlight, QStringLiteral("testville"), QStringLiteral("1"));
    r.lat = 43.61;
    r.lon = 3.87;
    return std::make_shared<AssetDirectory>(QVector<AssetRecord>{r});
}

ReportIntake intake(ReportSettings settings = {})
{
    auto c = ServiceCatalog::load(QStringLiteral(CITIES_DIR "/montpellier/services.json"));
    return ReportIntake(c ? c.value() : ServiceCatalog(), AssetMatcher(city()), settings);
}

QByteArray readFixture(const QString &name)
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/reports/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Element names directly under each item of an XML list (<root><item><field/>…).
QSet<QString> xmlFieldNames(const QByteArray &xml, int *items = nullptr, bool *ok = nullptr)
{
    QSet<QString> names;
    QXmlStreamReader r(xml);
    int depth = 0, count = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            ++depth;
            if (depth == 2)
                ++count;
            if (depth == 3)
                names.insert(r.name().toString());
        } else if (r.isEndElement()) {
            --depth;
        }
    }
    if (items)
        *items = count;
    if (ok)
        *ok = !r.hasError();
    return names;
}

QString xmlText(const QByteArray &xml, const QString &element)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
            return r.readElementText();
    }
    return {};
}

} // namespace

class TestOpen311 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Open311Server> m_server;
    QNetworkAccessManager m_net;

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &type = "application/x-www-form-urlencoded")
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path)));
        if (!body.isEmpty() || method == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader, type);
        QNetworkReply *reply = m_net.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        out.body = reply->readAll();
        reply->deleteLater();
        return out;
    }
    Reply get(const QString &path) { return send("GET", path); }
    Reply post(const QString &path, const QByteArray &body, const QByteArray &type = "application/x-www-form-urlencoded")
    {
        return send("POST", path, body, type);
    }
    QByteArray form(const QList<QPair<QString, QString>> &fields)
    {
        QByteArray out;
        for (const auto &[k, v] : fields)
            out += (out.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
        return out;
    }
    QByteArray lampForm(const QString &description = QStringLiteral("Lampe éteinte depuis hier"))
    {
        return form({{QStringLiteral("api_key"), kKey}, {QStringLiteral("service_code"), QStringLiteral("streetlight-out")},
                     {QStringLiteral("lat"), QStringLiteral("43.6101")}, {QStringLiteral("long"), QStringLiteral("3.8700")},
                     {QStringLiteral("description"), description}, {QStringLiteral("email"), QStringLiteral("zoe@example.org")},
                     {QStringLiteral("address_string"), QStringLiteral("2 rue de la Loge, Montpellier")}});
    }
    int countReports()
    {
        auto db = SqliteConnection::open(m_path, SqliteConnection::Mode::ReadOnly);
        auto s = db->prepare("SELECT COUNT(*) FROM report");
        s->step();
        return int(s->int64(0));
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("city.sqlite"));
        {
            auto s = Store::open(m_path, Store::Mode::ReadWrite);
            QVERIFY(s);
        }
        auto db = SqliteConnection::open(m_path, SqliteConnection::Mode::ReadWrite);
        QVERIFY(db);
        ReportStore store(db.value());
        QVERIFY(store.addApiKey(kKey, QStringLiteral("tests"), 1));
        QVERIFY(store.addApiKey(QStringLiteral("revoked-key"), QStringLiteral("old"), 1));
        QVERIFY(store.revokeApiKey(QStringLiteral("revoked-key")));

        ReportSettings settings;
        settings.ratePerMinute = 1000; // the rate limit has its own test below
        m_server = std::make_unique<Open311Server>(m_path);
        auto started = m_server->start(intake(settings), 0);
        QVERIFY2(started, qPrintable(started.ok() ? QString() : started.error().message));
        QVERIFY(m_server->port() > 0);
    }
    void cleanupTestCase() { m_server.reset(); }

    void serviceList()
    {
        const Reply json = get(QStringLiteral("/services.json"));
        QCOMPARE(json.status, 200);
        QVERIFY(json.contentType.startsWith("application/json"));
        const QJsonArray list = json.json();
        QVERIFY(list.size() >= 5);
        // Same fields as the spec's example (its JSON is non-strict: "service_code":001).
        QByteArray example = readFixture(QStringLiteral("georeport_v2_service-list.json"));
        QVERIFY(QJsonDocument::fromJson(example).isNull());
        const QStringList keys = list.first().toObject().keys();
        const QSet<QString> ours(keys.cbegin(), keys.cend());
        QCOMPARE(ours, (QSet<QString>{"service_code", "service_name", "description", "metadata", "type", "keywords", "group"}));
        const Reply xml = get(QStringLiteral("/services.xml"));
        QCOMPARE(xml.status, 200);
        QVERIFY(xml.contentType.startsWith("text/xml"));
        int items = 0;
        bool ok = false;
        const QSet<QString> xmlFields = xmlFieldNames(xml.body, &items, &ok);
        QVERIFY(ok);
        QCOMPARE(items, list.size());
        int exampleItems = 0;
        QCOMPARE(xmlFields, xmlFieldNames(readFixture(QStringLiteral("georeport_v2_service-list.xml")), &exampleItems));
        QCOMPARE(get(QStringLiteral("/services.json?lang=en")).json().first().toObject().value("service_name").toString(),
                 QStringLiteral("Streetlight out"));
        QCOMPARE(get(QStringLiteral("/open311/v2/services.json")).status, 200); // prefixed form
    }

    void serviceDefinition()
    {
        const Reply json = get(QStringLiteral("/services/streetlight-out.json"));
        QCOMPARE(json.status, 200);
        const QJsonObject o = QJsonDocument::fromJson(json.body).object();
        QCOMPARE(o.value("service_code").toString(), QStringLiteral("streetlight-out"));
        QVERIFY(o.value("attributes").isArray());
        const Reply xml = get(QStringLiteral("/services/streetlight-out.xml"));
        QCOMPARE(xml.status, 200);
        QCOMPARE(xmlText(xml.body, QStringLiteral("service_code")), QStringLiteral("streetlight-out"));
        const Reply missing = get(QStringLiteral("/services/nope.json"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().first().toObject().value("code").toInt(), 404);
    }

    void postAndGetRequest()
    {
        const Reply posted = post(QStringLiteral("/requests.json"), lampForm());
        QCOMPARE(posted.status, 200);
        const QJsonObject created = posted.json().first().toObject();
        const QString id = created.value("service_request_id").toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(created.contains("service_notice"));
        QVERIFY(created.contains("account_id"));

        const Reply one = get(QStringLiteral("/requests/%1.json").arg(id));
        QCOMPARE(one.status, 200);
        const QJsonObject r = one.json().first().toObject();
        QCOMPARE(r.value("service_request_id").toString(), id);
        QCOMPARE(r.value("status").toString(), QStringLiteral("open"));
        QCOMPARE(r.value("vigie_state").toString(), QStringLiteral("received"));
        QCOMPARE(r.value("description").toString(), QStringLiteral("Lampe éteinte depuis hier"));
        QCOMPARE(r.value("address").toString(), QStringLiteral("2 rue de la Loge, Montpellier"));
        QCOMPARE(r.value("lat").toDouble(), 43.6101);
        QCOMPARE(r.value("long").toDouble(), 3.87);
        QVERIFY(!r.value("status_notes").toString().isEmpty());
        QVERIFY(!r.value("agency_responsible").toString().isEmpty());
        QVERIFY(QDateTime::fromString(r.value("requested_datetime").toString(), Qt::ISODate).isValid());
        // Never any contact field, anywhere in the answer.
        QVERIFY(!one.body.contains("example.org"));
        QVERIFY(!r.contains("email"));
        // Every field of the spec's example answer is there.
        QByteArray example = readFixture(QStringLiteral("georeport_v2_service-request.json"));
        example.replace("\"service_code\":006", "\"service_code\":\"006\"");
        const QJsonObject spec = QJsonDocument::fromJson(example).array().first().toObject();
        QVERIFY(!spec.isEmpty());
        for (const QString &k : spec.keys())
            QVERIFY2(r.contains(k), qPrintable(k));

        const Reply xml = get(QStringLiteral("/requests/%1.xml").arg(id));
        QCOMPARE(xml.status, 200);
        bool ok = false;
        const QSet<QString> fields = xmlFieldNames(xml.body, nullptr, &ok);
        QVERIFY(ok);
        for (const QString &k : xmlFieldNames(readFixture(QStringLiteral("georeport_v2_service-request.xml"))))
            QVERIFY2(fields.contains(k), qPrintable(k));
        QCOMPARE(xmlText(xml.body, QStringLiteral("status")), QStringLiteral("open"));

        const Reply postXml = post(QStringLiteral("/requests.xml"), lampForm());
        QCOMPARE(postXml.status, 200);
        QVERIFY(!xmlText(postXml.body, QStringLiteral("service_request_id")).isEmpty());

        QCOMPARE(get(QStringLiteral("/requests/999999.json")).status, 404);
        QCOMPARE(get(QStringLiteral("/requests/999999.xml")).status, 404);
        QCOMPARE(get(QStringLiteral("/requests/abc.json")).status, 404);
    }

    void requestFilters()
    {
        const QString a = post(QStringLiteral("/requests.json"), lampForm()).json().first().toObject().value("service_request_id").toString();
        const QByteArray road = form({{QStringLiteral("api_key"), kKey}, {QStringLiteral("service_code"), QStringLiteral("damaged-road")},
                                      {QStringLiteral("address_string"), QStringLiteral("Place de la Comédie")}});
        const QString b = post(QStringLiteral("/requests.json"), road).json().first().toObject().value("service_request_id").toString();
        QVERIFY(!a.isEmpty() && !b.isEmpty());

        auto ids = [](const Reply &r) {
            QStringList out;
            for (const QJsonValue &v : r.json())
                out << v.toObject().value("service_request_id").toString();
            return out;
        };
        QCOMPARE(ids(get(QStringLiteral("/requests.json?service_request_id=%1,%2").arg(a, b))).size(), 2);
        const QStringList roads = ids(get(QStringLiteral("/requests.json?service_code=damaged-road")));
        QVERIFY(roads.contains(b) && !roads.contains(a));
        QVERIFY(ids(get(QStringLiteral("/requests.json?status=open"))).contains(a));
        QVERIFY(!ids(get(QStringLiteral("/requests.json?status=closed"))).contains(a));
        QVERIFY(ids(get(QStringLiteral("/requests.json?start_date=2000-01-01T00:00:00Z"))).contains(a));
        QVERIFY(ids(get(QStringLiteral("/requests.json?end_date=2000-01-01T00:00:00Z"))).isEmpty());
        const Reply xml = get(QStringLiteral("/requests.xml?service_code=damaged-road"));
        QCOMPARE(xml.status, 200);
        int items = 0;
        xmlFieldNames(xml.body, &items);
        QCOMPARE(items, roads.size());

        for (const QString &bad : {QStringLiteral("status=pending"), QStringLiteral("start_date=yesterday"),
                                   QStringLiteral("end_date=2026-13-45"), QStringLiteral("service_request_id=1;DROP"),
                                   QStringLiteral("start_date=2026-01-02T00:00:00Z&end_date=2026-01-01T00:00:00Z")}) {
            const Reply r = get(QStringLiteral("/requests.json?") + bad);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json().first().toObject().value("code").toInt(), 400);
            QVERIFY(!r.json().first().toObject().value("description").toString().isEmpty());
        }
        const Reply badXml = get(QStringLiteral("/requests.xml?status=pending"));
        QCOMPARE(badXml.status, 400);
        QCOMPARE(xmlText(badXml.body, QStringLiteral("code")), QStringLiteral("400"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<int>("status");
        const auto f = [this](const QList<QPair<QString, QString>> &fields) { return form(fields); };
        const QString k = QStringLiteral("api_key"), s = QStringLiteral("service_code"), la = QStringLiteral("lat"), lo = QStringLiteral("long");
        const QString lamp = QStringLiteral("streetlight-out");
        QTest::newRow("no key") << f({{s, lamp}, {la, "43.61"}, {lo, "3.87"}}) << QByteArray("application/x-www-form-urlencoded") << 403;
        QTest::newRow("wrong key") << f({{k, "guess"}, {s, lamp}, {la, "43.61"}, {lo, "3.87"}}) << QByteArray("application/x-www-form-urlencoded") << 403;
        QTest::newRow("revoked key") << f({{k, "revoked-key"}, {s, lamp}, {la, "43.61"}, {lo, "3.87"}}) << QByteArray("application/x-www-form-urlencoded") << 403;
        QTest::newRow("no service") << f({{k, kKey}, {la, "43.61"}, {lo, "3.87"}}) << QByteArray("application/x-www-form-urlencoded") << 400;
        QTest::newRow("unknown service") << f({{k, kKey}, {s, "'; DROP TABLE report; --"}, {la, "43.61"}, {lo, "3.87"}}) << QByteArray("application/x-www-form-urlencoded") << 400;
        QTest::newRow("lat 95") << f({{k, kKey}, {s, lamp}, {la, "95"}, {lo, "3.87"}}) << QByteArray("application/x-www-form-urlencoded") << 400;
        QTest::newRow("lat text") << f({{k, kKey}, {s, lamp}, {la, "north"}, {lo, "3.87"}}) << QByteArray("application/x-www-form-urlencoded") << 400;
        QTest::newRow("lat NaN") << f({{k, kKey}, {s, lamp}, {la, "nan"}, {lo, "3.87"}}) << QByteArray("application/x-www-form-urlencoded") << 400;
        QTest::newRow("long only") << f({{k, kKey}, {s, lamp}, {lo, "3.87"}}) << QByteArray("application/x-www-form-urlencoded") << 400;
        QTest::newRow("no place") << f({{k, kKey}, {s, lamp}}) << QByteArray("application/x-www-form-urlencoded") << 400;
        QTest::newRow("twice") << f({{k, kKey}, {s, lamp}, {s, lamp}, {la, "43.61"}, {lo, "3.87"}}) << QByteArray("application/x-www-form-urlencoded") << 400;
        QTest::newRow("bad email") << f({{k, kKey}, {s, lamp}, {la, "43.61"}, {lo, "3.87"}, {"email", "<script>"}}) << QByteArray("application/x-www-form-urlencoded") << 400;
        QTest::newRow("long description") << f({{k, kKey}, {s, lamp}, {la, "43.61"}, {lo, "3.87"}, {"description", QString(5000, QLatin1Char('x'))}}) << QByteArray("application/x-www-form-urlencoded") << 400;
        QTest::newRow("oversize body") << QByteArray(64 * 1024, 'a') << QByteArray("application/x-www-form-urlencoded") << 413;
        QTest::newRow("spec JSON (non-strict)") << readFixture(QStringLiteral("georeport_v2_service-request.json")) << QByteArray("application/json") << 400;
        QTest::newRow("XML body") << readFixture(QStringLiteral("georeport_v2_service-request.xml")) << QByteArray("text/xml") << 400;
        QTest::newRow("invalid UTF-8") << (f({{k, kKey}, {s, lamp}, {la, "43.61"}, {lo, "3.87"}}) + "&description=%FF%FE") << QByteArray("application/x-www-form-urlencoded") << 400;
    }
    void refusals()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, type);
        QFETCH(int, status);
        const int before = countReports();
        for (const QString &path : {QStringLiteral("/requests.json"), QStringLiteral("/requests.xml")}) {
            const Reply r = post(path, body, type);
            QCOMPARE(r.status, status);
            if (path.endsWith(QLatin1String(".json"))) {
                const QJsonArray errors = r.json();
                QCOMPARE(errors.size(), 1);
                QCOMPARE(errors.first().toObject().value("code").toInt(), status);
                QVERIFY(!errors.first().toObject().value("description").toString().isEmpty());
            } else {
                bool ok = false;
                xmlFieldNames(r.body, nullptr, &ok);
                QVERIFY(ok);
                QCOMPARE(xmlText(r.body, QStringLiteral("code")), QString::number(status));
            }
        }
        QCOMPARE(countReports(), before); // a refused request changes nothing
    }

    void markupStaysText()
    {
        const QString markup = QStringLiteral("<img src=x onerror=alert(1)> & <a href='http://evil'>clic</a> Robert'); DROP TABLE report;--");
        const Reply posted = post(QStringLiteral("/requests.json"), lampForm(markup));
        QCOMPARE(posted.status, 200);
        const QString id = posted.json().first().toObject().value("service_request_id").toString();
        const Reply json = get(QStringLiteral("/requests/%1.json").arg(id));
        QCOMPARE(json.json().first().toObject().value("description").toString(), markup);
        const Reply xml = get(QStringLiteral("/requests/%1.xml").arg(id));
        QVERIFY(xml.body.contains("&lt;img src=x"));
        QVERIFY(!xml.body.contains("<img"));
        QCOMPARE(xmlText(xml.body, QStringLiteral("description")), markup);
        QVERIFY(countReports() > 0); // the table survived
    }

    void unknownPathsAndMethods()
    {
        QCOMPARE(get(QStringLiteral("/")).status, 404);
        QCOMPARE(get(QStringLiteral("/requests.csv")).status, 404);
        QCOMPARE(get(QStringLiteral("/../etc/passwd")).status, 404);
        const Reply put = send("PUT", QStringLiteral("/requests.json"), "x=1");
        QCOMPARE(put.status, 405);
        QCOMPARE(put.json().first().toObject().value("code").toInt(), 405);
        QCOMPARE(send("DELETE", QStringLiteral("/requests/1.json")).status, 405);
        QCOMPARE(post(QStringLiteral("/services.json"), "a=b").status, 405);
    }

    void rateLimitPerKey()
    {
        // Transport-free, with a clock: 3 POSTs a minute.
        const QString path = m_dir.filePath(QStringLiteral("rate.sqlite"));
        {
            auto s = Store::open(path, Store::Mode::ReadWrite);
            QVERIFY(s);
        }
        auto db = SqliteConnection::open(path, SqliteConnection::Mode::ReadWrite);
        QVERIFY(db && schema::configure(db.value()));
        ReportStore store(db.value());
        QVERIFY(store.addApiKey(kKey, QStringLiteral("t"), 1));
        QVERIFY(store.addApiKey(QStringLiteral("other-key"), QStringLiteral("t"), 1));
        ReportSettings settings;
        settings.ratePerMinute = 3;
        qint64 now = 1'764'529'200'000;
        Open311Api api(store, intake(settings), [&now] { return now; });
        auto postWith = [&](const QString &key, const QString &client) {
            Open311Request r;
            r.method = "POST";
            r.path = QStringLiteral("/requests.json");
            r.contentType = "application/x-www-form-urlencoded";
            r.body = form({{QStringLiteral("api_key"), key}, {QStringLiteral("service_code"), QStringLiteral("damaged-road")},
                           {QStringLiteral("address_string"), QStringLiteral("Rue")}});
            r.clientAddress = client;
            return api.handle(r).status;
        };
        for (int i = 0; i < 3; ++i)
            QCOMPARE(postWith(kKey, QStringLiteral("10.0.0.%1").arg(i)), 200);
        QCOMPARE(postWith(kKey, QStringLiteral("10.0.0.9")), 429);        // the key is spent
        QCOMPARE(postWith(QStringLiteral("other-key"), QStringLiteral("10.0.0.8")), 200); // another key is not
        // Guessing keys from one address is limited too.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(postWith(QStringLiteral("guess%1").arg(i), QStringLiteral("192.0.2.1")), i < 3 ? 403 : 429);
        QCOMPARE(postWith(QStringLiteral("guess9"), QStringLiteral("192.0.2.1")), 429);
        now += 61'000;
        QCOMPARE(postWith(kKey, QStringLiteral("10.0.0.9")), 200);       // a minute later
    }

    void listensOnLoopbackOnly()
    {
        Open311Server server(m_path);
        QVERIFY(server.start(intake(), 0));
        QVERIFY(server.port() > 0);
        server.stop();
        Open311Server bad(m_path);
        const Status s = bad.start(intake(), 0, QStringLiteral("not-an-address"));
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("listenFailed"));
    }
};

QTEST_GUILESS_MAIN(TestOpen311)
#include "tst_open311.moc"
