#pragma once

#include "domain/result.h"
#include "reportintake.h"

#include <QObject>
#include <QThread>

#include <functional>

/// \file
/// \brief The Open311 GeoReport v2 endpoint over HTTP (Qt HttpServer).

namespace vigie {

/// \brief Serves Open311Api on a TCP port.
///
/// Runs a QHttpServer on its own thread ("vigie-open311") with its own read-write
/// connection to the city store. Binds 127.0.0.1 by default: exposing it to the network is
/// a deliberate setting (behind a TLS reverse proxy). Bodies over
/// ReportSettings::maxBodyBytes get 413 before parsing.
class Open311Server : public QObject
{
    Q_OBJECT
public:
    explicit Open311Server(QString storePath, QObject *parent = nullptr);
    ~Open311Server() override;

    /// Opens the store and listens on `address` (an IPv4/IPv6 literal):`port` (0 = any free
    /// port). Blocks until
    /// the server thread is listening or failed. Creating thread. Errors: `storeOpen`,
    /// `listenFailed` (port in use, no permission, not an address).
    Status start(const ReportIntake &intake, quint16 port, const QString &address = QStringLiteral("127.0.0.1"));
    /// Stops serving (blocks until the thread ended). Idempotent.
    void stop();
    /// The port listened on (after a successful start()).
    quint16 port() const { return m_port; }
    /// Clock (UTC ms) for stamps and rate limits; before start(); tests.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

signals:
    /// A report was stored through the endpoint (emitted on the server thread).
    void reportStored(qint64 reportId);

private:
    QString m_storePath;
    quint16 m_port = 0;
    std::function<qint64()> m_clock;
    QThread m_thread;
    class Worker;
    Worker *m_worker = nullptr;
};

} // namespace vigie
