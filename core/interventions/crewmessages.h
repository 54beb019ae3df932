#pragma once

#include "domain/assetdirectory.h"
#include "domain/result.h"
#include "interventiontypes.h"

#include <QByteArray>
#include <QString>

/// \file
/// \brief The MQTT messages between Vigie and crews' field devices (docs/interventions.md).

namespace vigie {

/// `{prefix}/{crewId}/interventions` and `{prefix}/{crewId}/status`.
QString crewInterventionsTopic(const QString &prefix, const QString &crewId);
QString crewStatusTopic(const QString &prefix, const QString &crewId);

/// \brief The assignment message for the intervention's current version (compact JSON).
/// `directory` (may be null) gives each asset's label and EPSG:4326 position; `sentAtMs`
/// is UTC ms. A version whose crew is not `crewId` (reassigned away) is sent with status
/// `cancelled`. Any thread.
QByteArray assignmentPayload(const Intervention &intervention, const QString &crewId,
                             const AssetDirectory *directory, qint64 sentAtMs);

/// \brief Reads a status report. `topicCrew` is the topic's crew level; the payload's
/// `crewId`, if given, must match it. Errors: `invalidJson`, `missingField` (messageId,
/// interventionId, status), `badStatus` (not accepted, enRoute, onSite, done or blocked),
/// `crewMismatch`, `badTime`. The note is kept as plain text, at most 2000 characters.
/// Any thread.
Result<CrewStatusReport> parseCrewStatus(const QString &topicCrew, const QByteArray &payload, qint64 receivedAtMs);

/// \brief The status message a field device sends (the simulator's crews and tests use it).
QByteArray crewStatusPayload(const CrewStatusReport &report);

} // namespace vigie
