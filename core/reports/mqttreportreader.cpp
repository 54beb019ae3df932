#include "mqttreportreader.h"

#include "reportimport.h"

namespace vigie {

MqttReportReader::MqttReportReader(ServiceCatalog catalog, ReportSettings settings)
    : m_intake(catalog, AssetMatcher(), settings)
    , m_categories(catalog.aliasMap())
{
}

std::optional<Result<CitizenReport>> MqttReportReader::read(const QByteArray &payload) const
{
    if (!isFiwareReportPayload(payload))
        return std::nullopt;
    auto report = decodeFiwareReport(payload, m_categories);
    if (!report) {
        // Another entity that merely mentions a report type (in a description, say) is a
        // sensor payload after all.
        if (report.error().code == QLatin1String("unknownEntity"))
            return std::nullopt;
        return Result<CitizenReport>(report.error());
    }
    // Without an id a resend (retained message, QoS 1 redelivery) could not be told from a
    // new report, and would be stored twice.
    if (report->sourceRef.isEmpty())
        return Result<CitizenReport>(Error{QStringLiteral("missingField"), QStringLiteral("the report entity has no id")});
    if (auto valid = m_intake.validate(report.value(), {}); !valid)
        return Result<CitizenReport>(valid.error());
    return report;
}

} // namespace vigie
