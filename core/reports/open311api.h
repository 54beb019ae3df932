#pragma once

#include "reportintake.h"
#include "reporttypes.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

#include <functional>

/// \file
/// \brief Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2), transport-free:
/// a parsed HTTP request in, a status code and a JSON or XML body out.

namespace vigie {

class ReportStore;

/// \brief An HTTP request as the endpoint needs it.
struct Open311Request
{
    QByteArray method;             ///< "GET", "POST"…
    QString path;                  ///< Decoded path, e.g. "/requests.json" (an optional "/open311/v2" prefix is accepted).
    QUrlQuery query;               ///< URL query parameters.
    QByteArray contentType;        ///< Value of Content-Type (POST).
    QByteArray body;               ///< POST body, application/x-www-form-urlencoded per spec.
    QString clientAddress;         ///< Peer address, for the rate limit when there is no key.
};

/// \brief What to answer.
struct Open311Response
{
    int status = 200;              ///< 200, 400, 403, 404, 405, 413, 429, 500.
    QByteArray contentType;        ///< "application/json; charset=utf-8" or "text/xml; charset=utf-8".
    QByteArray body;
};

/// \brief The GeoReport v2 methods over a ReportStore.
///
/// | Method | Path | Answer |
/// |---|---|---|
/// | GET  | services.{json,xml} | service list from the ServiceCatalog |
/// | GET  | services/{code}.{json,xml} | service definition (no attributes: metadata false) |
/// | POST | requests.{json,xml} | form fields of the spec; `api_key` required; answers [{service_request_id, service_notice, account_id}] |
/// | GET  | requests.{json,xml} | filters service_request_id, service_code, start_date, end_date, status |
/// | GET  | requests/{id}.{json,xml} | one request |
///
/// Errors follow the spec: a body `[{"code": <http status>, "description": "…"}]` (XML
/// `<errors><error><code/><description/></error></errors>`) with the same HTTP status.
/// A refused request changes nothing. Served requests carry the extension field
/// `vigie_state` (ReportState key) and never any contact field.
///
/// Thread: the one owning `store`; not thread-safe (one instance per server thread).
class Open311Api
{
public:
    /// `store` must outlive this object. `clock` gives UTC ms (tests inject one).
    Open311Api(ReportStore &store, ReportIntake intake, std::function<qint64()> clock = {});

    /// Answers one request. Never throws; an internal failure answers 500 with the spec's
    /// error body, logged without request content.
    Open311Response handle(const Open311Request &request);

    /// Called after a report is stored (with its id): how the server tells ReportService.
    void setOnStored(std::function<void(qint64)> onStored) { m_onStored = std::move(onStored); }

private:
    Open311Response serviceList(const Open311Request &request, bool xml);
    Open311Response serviceDefinition(const QString &code, bool xml);
    Open311Response requestList(const Open311Request &request, bool xml);
    Open311Response oneRequest(const QString &id, bool xml);
    Open311Response postRequest(const Open311Request &request, bool xml);
    struct RateBucket { qint64 windowStartMs = 0; int count = 0; };
    bool takeToken(const QString &key, qint64 nowMs);

    ReportStore &m_store;
    ReportIntake m_intake;
    std::function<qint64()> m_clock;
    std::function<void(qint64)> m_onStored;
    QHash<QString, RateBucket> m_rate;
};

} // namespace vigie
