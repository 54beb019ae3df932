#pragma once

#include "payloads.h"

#include <QString>
#include <QTimeZone>

#include <optional>

/// \file
/// \brief Plain integrator JSON, the shapes the example mappings of resources/mappings read
/// (docs/ingest.md, format "json"): BinSense fill sensors (binsense-containers.yaml) for
/// containers, LumiNet lighting gateways (luminet-streetlights.yaml) for lamps. Both
/// integrators are made up; the shapes are what such integrators send. Pure functions; any
/// thread.
namespace vigie::sim {

/// \brief What one integrator message says about one asset.
struct IntegratorReport
{
    QString cityId;
    QString ref;                    ///< The asset's inventory id (ImportedFeature::ref).
    EntityReport report;
    QString gateway;                ///< Lamps: the LumiNet gateway, e.g. "gw-07".
    std::optional<double> depthM;   ///< Containers: depth in metres, when devices.csv gives it.
    double batteryPercent = 100;    ///< Containers: the sensor's battery.
};

/// \brief The message an integrator sends about `r`, time-stamped `atMs` (UTC ms).
///
/// Containers, BinSense: topic `binsense/v1/<ref>/up` (the ref as topicLevel()), payload
/// `{"fill_pct":"57","battery":87,"temp_dC":150,"dist_mm":774,"lid":0,"ts":1714557600}`:
/// fill_pct the fillingLevel as a whole percentage in text, battery in %, temp_dC tenths of a
/// degree (150, 900 when burning: no weather is modelled), dist_mm = (1 − fillingLevel) × depth
/// only when the depth is known, lid 0 ok, 1 lidOpen, 2 dropped, 3 burning (BinSense has no
/// code for moved or vandalized: they read 0), ts Unix seconds.
///
/// Lamps, LumiNet: topic `luminet/<city>/<gateway>/report`, payload `{"gateway":"gw-07",
/// "sentAt":"01/05/2024 22:30:00","lamps":[{"lampId":"412","state":"OK","relay":"ON",
/// "driverTemp":null}]}`: sentAt the local time in `zone`, day first, to the second; state OK,
/// BROKEN (defectiveLamp), LANTERN (brokenLantern), POLE (columnIssue); relay ON or OFF;
/// driverTemp null (not modelled).
WireMessage integratorMessage(const IntegratorReport &r, const QTimeZone &zone, qint64 atMs);

/// The message integratorMessage() gives, broken the way `kind` says; `kind` is one of
/// malformedKinds(WireFormat::Json), and DecimalComma needs a container. For UnknownEntityId
/// the caller puts a ref that is in no pack into `r.ref`.
WireMessage malformedIntegratorMessage(MalformedKind kind, const IntegratorReport &r, const QTimeZone &zone,
                                       qint64 atMs);

} // namespace vigie::sim
