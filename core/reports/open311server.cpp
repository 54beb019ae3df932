#include "open311server.h"

#include "open311api.h"
#include "reportstore.h"
#include "storage/schema.h"
#include "storage/sqlite.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QHostAddress>
#include <QTcpServer>

Q_DECLARE_LOGGING_CATEGORY(lcOpen311)

namespace vigie {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    default: return "OTHER";
    }
}

/// Every request goes to Open311Api: no router, so no path can reach anything else.
/// Qt HttpServer 6.4 reads a whole body before handing the request over; Open311Api
/// refuses one over the limit (413) before parsing it.
class HttpFront : public QAbstractHttpServer
{
public:
    explicit HttpFront(Open311Api &api) : m_api(api) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Open311Request r;
        r.method = methodName(request.method());
        r.path = request.url().path(QUrl::FullyDecoded);
        r.query = request.query();
        for (const auto &[name, value] : request.headers()) {
            if (name.compare("content-type", Qt::CaseInsensitive) == 0)
                r.contentType = value;
        }
        r.body = request.body();
        r.clientAddress = request.remoteAddress().toString();
        const Open311Response response = m_api.handle(r);
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.write(response.body,
                        {{QByteArrayLiteral("Content-Type"), response.contentType},
                         {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")},
                         {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}},
                        QHttpServerResponder::StatusCode(response.status));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Open311Api &m_api;
};

} // namespace

class Open311Server::Worker : public QObject
{
public:
    Worker(QString storePath, std::function<qint64()> clock, Open311Server *owner)
        : m_storePath(std::move(storePath)), m_clock(std::move(clock)), m_owner(owner) {}

    Status open(const ReportIntake &intake, quint16 port, const QHostAddress &address, quint16 *bound)
    {
        auto db = SqliteConnection::open(m_storePath, SqliteConnection::Mode::ReadWrite);
        if (!db)
            return db.error();
        m_db = std::move(db).value();
        if (auto c = schema::migrate(m_db); !c)
            return c;
        m_store = std::make_unique<ReportStore>(m_db);
        m_api = std::make_unique<Open311Api>(*m_store, intake, m_clock);
        m_api->setOnStored([this](qint64 id) { emit m_owner->reportStored(id); });
        m_http = std::make_unique<HttpFront>(*m_api);
        const quint16 p = m_http->listen(address, port);
        if (p == 0)
            return Error{QStringLiteral("listenFailed"), QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port)};
        *bound = p;
        return {};
    }

    void close()
    {
        m_http.reset();
        m_api.reset();
        m_store.reset();
        m_db = SqliteConnection();
    }

private:
    QString m_storePath;
    std::function<qint64()> m_clock;
    Open311Server *m_owner;
    SqliteConnection m_db;
    std::unique_ptr<ReportStore> m_store;
    std::unique_ptr<Open311Api> m_api;
    std::unique_ptr<HttpFront> m_http;
};

Open311Server::Open311Server(QString storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
{
    m_thread.setObjectName(QStringLiteral("vigie-open311"));
}

Open311Server::~Open311Server() { stop(); }

Status Open311Server::start(const ReportIntake &intake, quint16 port, const QString &addressText)
{
    const QHostAddress address(addressText);
    if (address.isNull())
        return Error{QStringLiteral("listenFailed"), QStringLiteral("%1 is not an IP address").arg(elide(addressText, 60))};
    if (m_worker)
        return Error{QStringLiteral("listenFailed"), QStringLiteral("already started")};
    m_worker = new Worker(m_storePath, m_clock ? m_clock : [] { return QDateTime::currentMSecsSinceEpoch(); }, this);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    Status status;
    quint16 bound = 0;
    // Blocking once, at start, while the fresh thread has nothing else to do.
    QMetaObject::invokeMethod(m_worker, [&] { status = m_worker->open(intake, port, address, &bound); }, Qt::BlockingQueuedConnection);
    if (!status) {
        stop();
        return status;
    }
    m_port = bound;
    qCInfo(lcOpen311) << "Open311 endpoint listening on" << address.toString() << bound;
    return {};
}

void Open311Server::stop()
{
    if (!m_worker)
        return;
    Worker *w = m_worker;
    m_worker = nullptr;
    QMetaObject::invokeMethod(w, [w] { w->close(); delete w; }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_port = 0;
}

} // namespace vigie
