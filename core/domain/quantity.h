#pragma once

#include <QLatin1String>

/// \file
/// \brief Names of observed quantities and their units.
///
/// Quantities carry the Smart Data Models attribute name they come from, so a stored
/// observation reads the same as the payload that produced it. Units are UN/CEFACT
/// common codes, as NGSI-LD `unitCode` uses them.
namespace vigie::quantity {

/// WasteContainer.fillingLevel: ratio 0–1 (unit C62, "one").
inline constexpr QLatin1String fillingLevel{"fillingLevel"};
/// Streetlight.status (ok, defectiveLamp, columnIssue, brokenLantern) or
/// WasteContainer.status (ok, lidOpen, dropped, moved, vandalized, burning, unknown).
inline constexpr QLatin1String status{"status"};
/// Streetlight.powerState: on, off, low, bootingUp.
inline constexpr QLatin1String powerState{"powerState"};
/// WasteContainer.temperature: degrees Celsius (CEL).
inline constexpr QLatin1String temperature{"temperature"};
/// Distance a ranging sensor measured (ultrasonic fill sensors: sensor to waste surface),
/// metres (MTR). Smart Data Models Device measurement "distance".
inline constexpr QLatin1String distance{"distance"};
/// Device.batteryLevel: ratio 0–1, 1 = full (unit C62).
inline constexpr QLatin1String batteryLevel{"batteryLevel"};

} // namespace vigie::quantity

namespace vigie::unit {

/// UN/CEFACT "one": a dimensionless ratio.
inline constexpr QLatin1String ratio{"C62"};
/// UN/CEFACT degree Celsius.
inline constexpr QLatin1String celsius{"CEL"};
/// UN/CEFACT metre.
inline constexpr QLatin1String metre{"MTR"};

} // namespace vigie::unit
