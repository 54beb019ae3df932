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
/// is generated once ("vigie-<host>-<random>") and kept, so the broker's persistent session
/// survives restarts; the default topic is "vigie/<cityId>/#" at QoS 1.
MqttSettings broker(const QString &cityId, const AppOptions &options);
void saveBroker(const MqttSettings &settings, const QString &cityId);

QString lastCity();
void setLastCity(const QString &city);

} // namespace appsettings
} // namespace vigie
