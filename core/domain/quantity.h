#pragma once

#include <QLatin1String>

/// \file
/// \brief Names of observed quantities and their units.
///
/// Quantities carry the Smart Data Models attribute name they come from, so a stored
/// observation reads the same as the payload that produced it. Units are UN/CEFACT
/// common codes, as NGSI-LD `unitCode` uses them. Quantities not named below keep their
/// Smart Data Models attribute name too (StreetlightControlCabinet.energyConsumed in kWh,
/// WasteObserved.weight in kg: see FiwareDecoder's model table).
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

// LoRaWAN fill sensors (core/ingest/lorawan). Flags are 0 (clear) or 1 (raised), unit C62.

/// Distance from an ultrasonic fill sensor to the surface below it: metres (MTR). The
/// pipeline turns it into fillingLevel through the container's depth.
inline constexpr QLatin1String distance{"distance"};
/// Smart Data Models Device.batteryLevel: ratio 0–1 (C62).
inline constexpr QLatin1String batteryLevel{"batteryLevel"};
/// Inclination of the sensor from its mounting: degrees (DD), signed.
inline constexpr QLatin1String tiltAngle{"tiltAngle"};
/// The device's own full threshold is crossed: flag (C62).
inline constexpr QLatin1String fullAlarm{"fullAlarm"};
/// The device's own low-battery threshold is crossed: flag (C62).
inline constexpr QLatin1String batteryAlarm{"batteryAlarm"};
/// A distance threshold alarm configured in the device (Milesight EM400-UDL): flag (C62).
inline constexpr QLatin1String distanceAlarm{"distanceAlarm"};
/// A temperature threshold alarm configured in the device (Milesight EM400-UDL): flag (C62).
inline constexpr QLatin1String temperatureAlarm{"temperatureAlarm"};
/// LoRaWAN DevStatusAns demodulation margin of the device's last received frame: decibels (2N).
inline constexpr QLatin1String linkMargin{"linkMargin"};
/// Smart Data Models Device.firmwareVersion: text.
inline constexpr QLatin1String firmwareVersion{"firmwareVersion"};
/// Configured reporting period: seconds (SEC).
inline constexpr QLatin1String reportInterval{"reportInterval"};
/// Configured measuring period: seconds (SEC).
inline constexpr QLatin1String detectionInterval{"detectionInterval"};
/// Configured full-alarm distance: metres (MTR).
inline constexpr QLatin1String fullAlarmThreshold{"fullAlarmThreshold"};
/// Configured fire-alarm temperature: degrees Celsius (CEL).
inline constexpr QLatin1String fireAlarmThreshold{"fireAlarmThreshold"};
/// Configured tilt-alarm angle: degrees (DD).
inline constexpr QLatin1String tiltAlarmThreshold{"tiltAlarmThreshold"};
/// Whether the tilt alarm is enabled: flag (C62).
inline constexpr QLatin1String tiltAlarmEnabled{"tiltAlarmEnabled"};
/// Configured ultrasonic measuring range: metres (MTR).
inline constexpr QLatin1String measurementRange{"measurementRange"};

} // namespace vigie::quantity

namespace vigie::unit {

/// UN/CEFACT "one": a dimensionless ratio.
inline constexpr QLatin1String ratio{"C62"};
/// UN/CEFACT degree Celsius.
inline constexpr QLatin1String celsius{"CEL"};
/// UN/CEFACT metre.
inline constexpr QLatin1String metre{"MTR"};
/// UN/CEFACT degree (unit of angle).
inline constexpr QLatin1String degree{"DD"};
/// UN/CEFACT decibel.
inline constexpr QLatin1String decibel{"2N"};
/// UN/CEFACT second (unit of time).
inline constexpr QLatin1String second{"SEC"};

/// UN/CEFACT kilogram.
inline constexpr QLatin1String kilogram{"KGM"};
/// UN/CEFACT kilowatt hour.
inline constexpr QLatin1String kilowattHour{"KWH"};
/// UN/CEFACT kilowatt.
inline constexpr QLatin1String kilowatt{"KWT"};
/// UN/CEFACT ampere.
inline constexpr QLatin1String ampere{"AMP"};

} // namespace vigie::unit
