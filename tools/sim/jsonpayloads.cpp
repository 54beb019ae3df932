#include "jsonpayloads.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace vigie::sim {

namespace {

/// The parts of a message a malformed kind replaces; each is JSON text (or a topic level).
struct Parts
{
    QByteArray topicId;       ///< BinSense: the serial's topic level.
    QByteArray id;            ///< LumiNet: lampId (JSON); empty = left out.
    QByteArray time;          ///< ts / sentAt (JSON).
    QByteArray fill;          ///< BinSense fill_pct (JSON).
    QByteArray state;         ///< lid / state (JSON).
};

int lidCode(const QString &status)
{
    if (status == QLatin1String("lidOpen"))
        return 1;
    if (status == QLatin1String("dropped"))
        return 2;
    if (status == QLatin1String("burning"))
        return 3;
    return 0; // ok; moved and vandalized have no code
}

QByteArray lampState(const QString &status)
{
    if (status == QLatin1String("defectiveLamp"))
        return QByteArrayLiteral("BROKEN");
    if (status == QLatin1String("brokenLantern"))
        return QByteArrayLiteral("LANTERN");
    if (status == QLatin1String("columnIssue"))
        return QByteArrayLiteral("POLE");
    return QByteArrayLiteral("OK");
}

bool isContainer(const IntegratorReport &r) { return r.report.kind == AssetKind::WasteContainer; }

Parts partsOf(const IntegratorReport &r, const QTimeZone &zone, qint64 atMs)
{
    Parts p;
    if (isContainer(r)) {
        p.topicId = topicLevel(r.ref);
        p.time = QByteArray::number(atMs / 1000);
        p.fill = jsonString(QByteArray::number(qRound(std::clamp(r.report.fillingLevel, 0.0, 1.0) * 100)));
        p.state = QByteArray::number(lidCode(r.report.status));
    } else {
        p.id = jsonString(r.ref);
        p.time = jsonString(QDateTime::fromMSecsSinceEpoch(atMs, zone).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));
        p.state = jsonString(lampState(r.report.status));
    }
    return p;
}

WireMessage write(const IntegratorReport &r, const Parts &p)
{
    if (isContainer(r)) {
        QByteArray body = "{\"fill_pct\":" + p.fill + ",\"battery\":" + QByteArray::number(qRound(r.batteryPercent))
            + ",\"temp_dC\":" + (r.report.status == QLatin1String("burning") ? "900" : "150");
        if (r.depthM)
            body += ",\"dist_mm\":"
                + QByteArray::number(qRound((1.0 - std::clamp(r.report.fillingLevel, 0.0, 1.0)) * *r.depthM * 1000.0));
        body += ",\"lid\":" + p.state + ",\"ts\":" + p.time + '}';
        return {"binsense/v1/" + p.topicId + "/up", body};
    }
    QByteArray lamp = "{";
    if (!p.id.isEmpty())
        lamp += "\"lampId\":" + p.id + ',';
    lamp += "\"state\":" + p.state + ",\"relay\":\"" + (r.report.powerState == QLatin1String("on") ? "ON" : "OFF")
        + "\",\"driverTemp\":null}";
    return {"luminet/" + r.cityId.toUtf8() + '/' + topicLevel(r.gateway) + "/report",
            "{\"gateway\":" + jsonString(r.gateway) + ",\"sentAt\":" + p.time + ",\"lamps\":[" + lamp + "]}"};
}

} // namespace

WireMessage integratorMessage(const IntegratorReport &r, const QTimeZone &zone, qint64 atMs)
{
    return write(r, partsOf(r, zone, atMs));
}

WireMessage malformedIntegratorMessage(MalformedKind kind, const IntegratorReport &r, const QTimeZone &zone,
                                       qint64 atMs)
{
    Parts p = partsOf(r, zone, atMs);
    switch (kind) {
    case MalformedKind::TruncatedJson: {
        WireMessage m = write(r, p);
        m.payload.truncate(m.payload.size() / 2);
        return m;
    }
    case MalformedKind::InvalidUtf8:
        if (isContainer(r))
            p.fill = jsonString(QByteArray::number(qRound(r.report.fillingLevel * 100)) + "\xFF\xFE");
        else
            p.id = jsonString(r.ref.toUtf8() + "\xFF\xFE");
        break;
    case MalformedKind::PlainText: {
        WireMessage m = write(r, p);
        if (isContainer(r))
            m.payload = "BINSENSE " + r.ref.toUtf8() + " FILL " + QByteArray::number(qRound(r.report.fillingLevel * 100))
                + "% LID " + p.state + " TS " + p.time;
        else
            m.payload = "LUMINET " + r.gateway.toUtf8() + ' ' + r.ref.toUtf8() + ' ' + lampState(r.report.status) + " AT "
                + p.time.mid(1, p.time.size() - 2);
        return m;
    }
    case MalformedKind::EmptyPayload: {
        WireMessage m = write(r, p);
        m.payload.clear();
        return m;
    }
    case MalformedKind::DecimalComma:
        p.fill = jsonString(QByteArray::number(r.report.fillingLevel * 100, 'f', 1).replace('.', ','));
        break;
    case MalformedKind::StatusNotInEnum:
        p.state = isContainer(r) ? QByteArrayLiteral("7") : QByteArrayLiteral("\"MELTED\"");
        break;
    case MalformedKind::MissingId:
        p.topicId.clear(); // binsense/v1//up: the serial's level is empty
        p.id.clear();
        break;
    case MalformedKind::ImpossibleDate:
        p.time = isContainer(r) ? QByteArrayLiteral("\"2024-02-30T22:30:00Z\"")
                                : jsonString("30/02/2024" + p.time.mid(11, 9));
        break;
    default:
        break; // UnknownEntityId: the caller's ref; the other formats' kinds never come here
    }
    return write(r, p);
}

} // namespace vigie::sim
