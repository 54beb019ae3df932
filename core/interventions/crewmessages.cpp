#include "crewmessages.h"

#include "ingest/timestamps.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace vigie {

namespace {

constexpr qsizetype kMaxPayloadBytes = 64 * 1024;
constexpr qsizetype kMaxMessageIdChars = 200;
constexpr qsizetype kMaxNoteChars = 2000;
constexpr double kMaxJsonInteger = 9007199254740991.0; // 2^53 − 1: larger doubles are not exact integers

QString isoUtc(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); }

Error error(const char *code, const QString &message) { return Error{QString::fromLatin1(code), message}; }

/// A JSON number that is an integer in [minimum, maximum], or nothing.
std::optional<qint64> integer(const QJsonValue &v, double minimum, double maximum)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < minimum || d > maximum)
        return std::nullopt;
    return qint64(d);
}

bool isCrewId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

/// Plain text for a crew's screen and the audit trail: control characters other than line
/// breaks and tabs removed, at most kMaxNoteChars.
QString plainNote(const QString &text)
{
    QString out;
    out.reserve(std::min(text.size(), kMaxNoteChars + 1));
    for (QChar c : text) {
        // Bidirectional embeddings, overrides and isolates (Unicode "Format" characters
        // U+202A–U+202E, U+2066–U+2069) could make a note read otherwise than it is written.
        const bool bidi = (c.unicode() >= 0x202A && c.unicode() <= 0x202E) || (c.unicode() >= 0x2066 && c.unicode() <= 0x2069);
        if (!bidi && (c == QLatin1Char('\n') || c == QLatin1Char('\t') || c.category() != QChar::Other_Control))
            out.append(c);
    }
    return elide(out, kMaxNoteChars);
}

bool isFieldStatus(InterventionStatus s)
{
    return s == InterventionStatus::Accepted || s == InterventionStatus::EnRoute || s == InterventionStatus::OnSite
        || s == InterventionStatus::Done || s == InterventionStatus::Blocked;
}

QJsonArray assetsJson(const QStringList &assetIds, const AssetDirectory *directory)
{
    QJsonArray out;
    for (const QString &id : assetIds) {
        QJsonObject a{{QStringLiteral("id"), id}};
        const int index = directory ? directory->indexOf(id) : -1;
        if (index >= 0) {
            const AssetRecord &r = directory->at(index);
            a.insert(QStringLiteral("label"), r.label);
            a.insert(QStringLiteral("lon"), r.lon);
            a.insert(QStringLiteral("lat"), r.lat);
        }
        out.append(a);
    }
    return out;
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

QByteArray assignmentPayload(const Intervention &intervention, const QString &crewId, const AssetDirectory *directory,
                             qint64 sentAtMs)
{
    const InterventionStatus status = intervention.crewId == crewId ? intervention.status : InterventionStatus::Cancelled;
    QJsonObject location{{QStringLiteral("text"), intervention.location}};
    if (intervention.hasLocation()) {
        location.insert(QStringLiteral("lon"), intervention.lon);
        location.insert(QStringLiteral("lat"), intervention.lat);
    }
    QJsonObject o{
        {QStringLiteral("messageId"), QStringLiteral("%1:%2").arg(intervention.id).arg(intervention.version)},
        {QStringLiteral("interventionId"), intervention.id},
        {QStringLiteral("version"), intervention.version},
        {QStringLiteral("status"), interventionStatusKey(status)},
        {QStringLiteral("kind"), interventionKindKey(intervention.kind)},
        {QStringLiteral("priority"), alarmPriorityKey(intervention.priority)},
        {QStringLiteral("location"), location},
        {QStringLiteral("description"), intervention.description},
        {QStringLiteral("assets"), assetsJson(intervention.assetIds, directory)},
        {QStringLiteral("sentAt"), isoUtc(sentAtMs)},
    };
    if (intervention.dueAtMs > 0)
        o.insert(QStringLiteral("dueAt"), isoUtc(intervention.dueAtMs));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<CrewStatusReport> parseCrewStatus(const QString &topicCrew, const QByteArray &payload, qint64 receivedAtMs)
{
    if (payload.size() > kMaxPayloadBytes)
        return error("invalidJson", QStringLiteral("The status report is %1 bytes; at most %2 are read.")
                                        .arg(payload.size()).arg(kMaxPayloadBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return error("invalidJson", QStringLiteral("The status report is not JSON: %1 at offset %2.")
                                        .arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return error("invalidJson", QStringLiteral("The status report is not a JSON object."));
    const QJsonObject o = doc.object();
    if (!isCrewId(topicCrew))
        return error("crewMismatch", QStringLiteral("The topic's crew level \"%1\" is not a crew id ([a-z0-9_-]).")
                                         .arg(elide(topicCrew, 80)));

    CrewStatusReport r;
    r.crewId = topicCrew;
    r.receivedAtMs = receivedAtMs;

    const QJsonValue messageId = o.value(QStringLiteral("messageId"));
    r.messageId = messageId.toString();
    if (!messageId.isString() || r.messageId.isEmpty() || r.messageId.size() > kMaxMessageIdChars)
        return error("missingField", QStringLiteral("messageId is missing, empty, not a string or longer than %1 characters.")
                                         .arg(kMaxMessageIdChars));

    const auto id = integer(o.value(QStringLiteral("interventionId")), 1, kMaxJsonInteger);
    if (!id)
        return error("missingField", QStringLiteral("interventionId is missing or not a positive integer."));
    r.interventionId = *id;

    const QJsonValue status = o.value(QStringLiteral("status"));
    if (status.isUndefined() || status.isNull())
        return error("missingField", QStringLiteral("status is missing."));
    if (!status.isString() || !interventionStatusFromKey(status.toString(), &r.status) || !isFieldStatus(r.status))
        return error("badStatus", QStringLiteral("status \"%1\" is not one of accepted, enRoute, onSite, done, blocked.")
                                      .arg(elide(status.isString() ? status.toString() : QStringLiteral("(not a string)"), 40)));

    const QJsonValue crew = o.value(QStringLiteral("crewId"));
    if (!crew.isUndefined() && !crew.isNull() && crew.toString() != topicCrew)
        return error("crewMismatch", QStringLiteral("crewId \"%1\" does not match the topic's crew \"%2\".")
                                         .arg(elide(crew.isString() ? crew.toString() : QStringLiteral("(not a string)"), 80), topicCrew));

    const QJsonValue version = o.value(QStringLiteral("version"));
    if (!version.isUndefined()) {
        const auto v = integer(version, 0, std::numeric_limits<int>::max());
        if (!v)
            return error("invalidJson", QStringLiteral("version is not a non-negative integer."));
        r.version = int(*v);
    }

    const QJsonValue note = o.value(QStringLiteral("note"));
    if (!note.isUndefined() && !note.isNull()) {
        if (!note.isString())
            return error("invalidJson", QStringLiteral("note is not a string."));
        r.note = plainNote(note.toString());
    }

    r.atMs = receivedAtMs;
    const QJsonValue at = o.value(QStringLiteral("at"));
    if (!at.isUndefined() && !at.isNull()) {
        if (!at.isString())
            return error("badTime", QStringLiteral("at is not an ISO 8601 date-time string."));
        auto instant = parseIsoTimestamp(at.toString(), QTimeZone::utc());
        if (!instant)
            return error("badTime", instant.error().message);
        r.atMs = instant->ms;
    }
    return r;
}

QByteArray crewStatusPayload(const CrewStatusReport &report)
{
    QJsonObject o{
        {QStringLiteral("messageId"), report.messageId},
        {QStringLiteral("crewId"), report.crewId},
        {QStringLiteral("interventionId"), report.interventionId},
        {QStringLiteral("version"), report.version},
        {QStringLiteral("status"), interventionStatusKey(report.status)},
    };
    if (const qint64 at = report.atMs > 0 ? report.atMs : report.receivedAtMs; at > 0)
        o.insert(QStringLiteral("at"), isoUtc(at));
    if (!report.note.isEmpty())
        o.insert(QStringLiteral("note"), report.note);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace vigie
