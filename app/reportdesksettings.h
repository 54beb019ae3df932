#pragma once

#include "reports/reporttypes.h"
#include "reports/statustemplates.h"

#include <QJsonObject>
#include <QString>

namespace vigie {

/// \brief What the supervisor configures about citizen reports (Reports › Settings…), kept
/// in QSettings under "reports/".
///
/// `core` holds the matching and grouping distances (metres) and the retention of reporters'
/// contacts (days). The Open311 endpoint binds to `open311Address` (127.0.0.1 by default: a
/// city's public endpoint is published by a TLS reverse proxy). Its api keys are not
/// settings: they are registered in the city store as SHA-256 (ReportStore::addApiKey), so
/// a key is shown once, when entered, and never again. The resident-facing messages are
/// the StatusTemplates; only those that differ from the defaults are saved.
struct ReportDeskSettings
{
    ReportSettings core;
    bool open311Enabled = false;
    QString open311Address = QStringLiteral("127.0.0.1");
    int open311Port = 8311;
    StatusTemplates templates = StatusTemplates::defaults();
};

/// What an edit of the report settings changed, for the audit trail (a session's
/// "settingsChange" action, setting "reports"): settingsChange() of `core` fields
/// ("core.matchRadiusM"…), the Open311 endpoint and every template ("templates.fr.resolved").
/// Api keys are secrets: only how many were added and revoked ("apiKeysAdded",
/// "apiKeysRevoked"). Empty when nothing changed. Pure; any thread.
QJsonObject reportSettingsChange(const ReportDeskSettings &before, const ReportDeskSettings &after, int apiKeysAdded,
                                 int apiKeysRevoked);

namespace appsettings {
/// Reads the report settings. GUI thread.
ReportDeskSettings reports();
/// Saves them. GUI thread.
void saveReports(const ReportDeskSettings &settings);
} // namespace appsettings

} // namespace vigie
