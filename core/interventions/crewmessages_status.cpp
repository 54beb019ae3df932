// The crew → Vigie direction of crewmessages.h: topics and status reports
// (docs/interventions.md, "MQTT messages"). The assignment direction is crewmessages.cpp.
#include "crewmessages.h"

#include "ingest/timestamps.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace vigie {

namespace {

/// A status report is a few hundred bytes; anything far larger is not one.
constexpr qsizetype kMaxPayloadBytes = 64 * 1024;
constexpr qsizetype kMaxMessageIdChars = 256;
constexpr qsizetype kMaxNoteChars = 2000;
/// Largest integer a JSON number (IEEE double) holds exactly.
constexpr double kMaxExactInteger = 9007199254740992.0;

QString tr(const char *text)
{
    return QCoreApplication::translate("vigie::CrewMessages", text);
}

Error error(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

/// The statuses a crew may report, with their wire keys.
struct StatusKey
{
    const char *key;
    InterventionStatus status;
};
constexpr StatusKey kReportable[] = {
    {"accepted", InterventionStatus::Accepted},
    {"enRoute", InterventionStatus::EnRoute},
    {"onSite", InterventionStatus::OnSite},
    {"done", InterventionStatus::Done},
    {"blocked", InterventionStatus::Blocked},
};

QString reportableKey(InterventionStatus status)
{
    for (const StatusKey &s : kReportable) {
        if (s.status == status)
            return QString::fromLatin1(s.key);
    }
    return {};
}

/// A whole JSON number in [min, 2^53]; empty otherwise (text, fraction, NaN…).
std::optional<qint64> wholeNumber(const QJsonValue &value, double min)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!(d >= min && d <= kMaxExactInteger) || std::floor(d) != d)
        return std::nullopt;
    return qint64(d);
}

/// Whether `c` may stay in a note shown as plain text: line feeds and tabs, not the other
/// control characters (NUL, escapes, carriage returns), line and paragraph separators, or
/// the bidirectional overrides and isolates that would make the note read differently from
/// what it says (U+202A–U+202E, U+2066–U+2069).
bool keptInNote(QChar c)
{
    if (c == QLatin1Char('\n') || c == QLatin1Char('\t'))
        return true;
    const char16_t u = c.unicode();
    if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x2028 || u == 0x2029)
        return false;
    return c.category() != QChar::Other_Control;
}

/// `text` with only what keptInNote() keeps, at most kMaxNoteChars characters.
QString plainNote(const QString &text)
{
    QString out;
    out.reserve(std::min(text.size(), kMaxNoteChars + 1));
    for (const QChar c : text) {
        if (keptInNote(c))
            out += c;
        if (out.size() > kMaxNoteChars)
            break;
    }
    return elide(out, kMaxNoteChars);
}

} // namespace

QString crewInterventionsTopic(const QString &prefix, const QString &crewId)
{
    return prefix + QLatin1Char('/') + crewId + QStringLiteral("/interventions");
}

QString crewStatusTopic(const QString &prefix, const QString &crewId)
{
    return prefix + QLatin1Char('/') + crewId + QStringLiteral("/status");
}

Result<CrewStatusReport> parseCrewStatus(const QString &topicCrew, const QByteArray &payload, qint64 receivedAtMs)
{
    if (topicCrew.isEmpty())
        return error("crewMismatch", tr("The topic names no crew."));
    if (payload.size() > kMaxPayloadBytes)
        return error("invalidJson", tr("The status report is %1 bytes long; a report is at most %2.").arg(payload.size()).arg(kMaxPayloadBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error("invalidJson", tr("The status report is not valid JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return error("invalidJson", tr("The status report is not a JSON object."));
    const QJsonObject o = doc.object();

    CrewStatusReport r;
    r.receivedAtMs = receivedAtMs;
    const QJsonValue messageId = o.value(QLatin1String("messageId"));
    if (!messageId.isString() || messageId.toString().isEmpty() || messageId.toString().size() > kMaxMessageIdChars)
        return error("missingField", tr("messageId is missing, or not a text of 1 to %1 characters.").arg(kMaxMessageIdChars));
    r.messageId = messageId.toString();

    const QJsonValue crewId = o.value(QLatin1String("crewId"));
    if (!crewId.isUndefined() && !crewId.isNull()) {
        if (!crewId.isString() || crewId.toString() != topicCrew)
            return error("crewMismatch", tr("The report names crew \"%1\" but came on the topic of crew \"%2\".")
                                             .arg(elide(crewId.isString() ? crewId.toString() : QStringLiteral("?"), 80), elide(topicCrew, 80)));
    }
    r.crewId = topicCrew;

    const auto interventionId = wholeNumber(o.value(QLatin1String("interventionId")), 1);
    if (!interventionId)
        return error("missingField", tr("interventionId is missing, or not a whole number above 0."));
    r.interventionId = *interventionId;

    const QJsonValue version = o.value(QLatin1String("version"));
    if (!version.isUndefined() && !version.isNull()) {
        const auto v = wholeNumber(version, 0);
        if (!v || *v > std::numeric_limits<int>::max())
            return error("missingField", tr("version is not a whole number of 0 or more."));
        r.version = int(*v);
    }

    const QJsonValue status = o.value(QLatin1String("status"));
    if (!status.isString())
        return error("missingField", tr("status is missing, or not a text."));
    bool known = false;
    for (const StatusKey &s : kReportable) {
        if (status.toString() == QLatin1String(s.key)) {
            r.status = s.status;
            known = true;
        }
    }
    if (!known)
        return error("badStatus", tr("\"%1\" is not a status a crew reports (accepted, enRoute, onSite, done or blocked).")
                                      .arg(elide(status.toString(), 80)));

    const QJsonValue note = o.value(QLatin1String("note"));
    if (!note.isUndefined() && !note.isNull()) {
        if (!note.isString())
            return error("missingField", tr("note is not a text."));
        r.note = plainNote(note.toString());
    }

    r.atMs = receivedAtMs;
    const QJsonValue at = o.value(QLatin1String("at"));
    if (!at.isUndefined() && !at.isNull()) {
        if (!at.isString())
            return error("badTime", tr("at is not an ISO 8601 time."));
        const auto instant = parseIsoTimestamp(at.toString(), QTimeZone::utc());
        if (!instant)
            return error("badTime", instant.error().message);
        r.atMs = instant->ms;
    }
    return r;
}

QByteArray crewStatusPayload(const CrewStatusReport &report)
{
    QJsonObject o;
    o.insert(QLatin1String("messageId"), report.messageId);
    o.insert(QLatin1String("crewId"), report.crewId);
    o.insert(QLatin1String("interventionId"), double(report.interventionId));
    o.insert(QLatin1String("version"), report.version);
    o.insert(QLatin1String("status"), reportableKey(report.status));
    if (!report.note.isEmpty())
        o.insert(QLatin1String("note"), report.note);
    if (report.atMs > 0)
        o.insert(QLatin1String("at"), QDateTime::fromMSecsSinceEpoch(report.atMs, Qt::UTC).toString(Qt::ISODateWithMs));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace vigie
