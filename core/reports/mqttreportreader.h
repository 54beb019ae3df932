#pragma once

#include "domain/result.h"
#include "reportintake.h"
#include "reporttypes.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

/// \file
/// \brief The ingest thread's half of MQTT report intake: telling citizen-report entities
/// from sensor payloads, and reading them.

namespace vigie {

/// \brief Recognises FIWARE IssueTracking entities (IssueReporting, Open311 service
/// requests) among the payloads of the city's MQTT topics and reads them into reports.
///
/// IngestPipeline asks it about every message before the sensor decoders: an entity it
/// recognises is a citizen report, never an asset observation. Its errors are quarantine
/// reasons (docs/reports.md, "MQTT"). Immutable once built: any thread, shared between
/// threads without locking.
class MqttReportReader
{
public:
    /// `catalog`: the city's services (their aliases map FIWARE categories to service
    /// codes); `settings`: the limits ReportIntake::validate() applies.
    MqttReportReader(ServiceCatalog catalog, ReportSettings settings);

    /// Nothing when `payload` is not a report entity (isFiwareReportPayload() fails, or the
    /// entity's type is another one): it is left to the sensor decoders. Else the report
    /// (source Mqtt, sourceRef = the entity id, validated as ReportIntake::validate() does,
    /// not matched nor grouped yet), or why it cannot be taken: `invalidJson`,
    /// `missingField` (no service, or no entity id to recognise a resend by), and the
    /// validation errors (`unknownService`, `missingLocation`, `invalidLocation`, `tooLong`,
    /// `invalidMediaUrl`). Any thread.
    std::optional<Result<CitizenReport>> read(const QByteArray &payload) const;

private:
    ReportIntake m_intake; ///< For validate() only: it holds no asset directory.
    QHash<QString, QString> m_categories; ///< ServiceCatalog::aliasMap().
};

} // namespace vigie
