#pragma once

#include "domain/result.h"
#include "reportmatcher.h"
#include "reporttypes.h"
#include "servicecatalog.h"
#include "statustemplates.h"

#include <QString>

/// \file
/// \brief Taking a new report in: validation, asset matching, grouping, storage.

namespace vigie {

class ReportStore;

/// \brief Validates a new report and stores it, matched and grouped, in one transaction.
///
/// Shared by every intake path (Open311 endpoint, MQTT, CSV import), each on its own
/// thread with its own ReportStore. Holds no connection itself; cheap to copy.
class ReportIntake
{
public:
    ReportIntake(ServiceCatalog catalog, AssetMatcher matcher, ReportSettings settings,
                 StatusTemplates templates = StatusTemplates::defaults());

    /// Normalises `report` in place (trims text, turns control characters other than
    /// newline and tab into spaces, fills agency and the Received note) and checks it.
    /// Errors (code, with the GeoReport field named in the message): `unknownService`,
    /// `missingLocation` (no lat/long and no address), `invalidLocation` (lat outside
    /// [-90, 90], long outside [-180, 180], or not finite), `tooLong` (description over
    /// maxDescriptionChars, another field over 500), `invalidMediaUrl` (not http/https),
    /// `invalidEmail`.
    Status validate(CitizenReport &report, const ReporterContact &contact) const;

    /// validate(), then matches the nearest asset of the service's kind, finds or creates
    /// the group, and stores report, contact and group in one transaction on `store`'s
    /// thread. `nowMs` (UTC ms) stamps requested (if 0) and updated times. Returns the
    /// stored report. A report whose source and non-empty sourceRef are already stored is
    /// not stored again: `duplicateReport`. Errors: those of validate(), `duplicateReport`,
    /// `storeSql`.
    Result<CitizenReport> submit(ReportStore &store, CitizenReport report, const ReporterContact &contact,
                                 const QString &actor, qint64 nowMs) const;

    const ServiceCatalog &catalog() const { return m_catalog; }
    const ReportSettings &settings() const { return m_settings; }

private:
    Result<CitizenReport> place(ReportStore &store, CitizenReport report, const ReporterContact &contact,
                                const QString &actor, qint64 nowMs) const;
    ServiceCatalog m_catalog;
    AssetMatcher m_matcher;
    ReportSettings m_settings;
    StatusTemplates m_templates;
};

} // namespace vigie
