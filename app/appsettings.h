#pragma once

#include "ingest/mqttsource.h"

#include <QString>

namespace vigie {

struct AppOptions;

/// \brief Settings Vigie keeps between runs (QSettings, organisation "Vigie").
///
/// GUI thread. The command line overrides them for one run without saving.
namespace appsettings {

/// Broker settings for `cityId`, with the command-line overrides applied. The client id
/// is generated once ("vigie-<host>-<random>-<cityId>") and kept, so the broker's
/// persistent session survives restarts, unless one was chosen in the broker dialog; the
/// default subscription is "vigie/<cityId>/#" at QoS 1, FIWARE.
///
/// The password is never in the settings file: `password` comes back empty (the app reads
/// it from the system keychain, see BrokerSecrets). Subscriptions saved by earlier
/// versions (a topic list per city and one QoS, all FIWARE) are still read.
MqttSettings broker(const QString &cityId, const AppOptions &options);
/// Saves everything but the password (which it also removes if an older version saved one).
/// Writes the earlier topic list and QoS keys too, so an older Vigie still finds its topics.
void saveBroker(const MqttSettings &settings, const QString &cityId);

QString lastCity();
void setLastCity(const QString &city);

/// Who acts from this seat, for the alarm audit trail: the setting alarms/operator, else the
/// login name ($USER, $LOGNAME), else "operator".
QString operatorName();

} // namespace appsettings
} // namespace vigie
