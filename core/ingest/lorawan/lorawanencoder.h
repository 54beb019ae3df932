#pragma once

#include "lorawancodec.h"

#include <QByteArray>

/// \file
/// \brief Frame encoders, the inverse of the codecs, for the simulator: it publishes TTN and
/// ChirpStack uplinks whose `frm_payload` / `data` a real device could have sent.
///
/// Pure functions, any thread. Values are rounded to the frame's resolution and clamped to
/// what the frame can carry (a simulator must still produce a well-formed frame); decoding
/// the result gives back the reading at that resolution (tests/core/tst_lorawancodecs.cpp).
namespace vigie::lorawan {

/// \brief Milesight EM310-UDL uplink for fPort 85 (the device's default application port).
///
/// Channels in the device's own order: battery (01 75, % 0–100), distance (03 82, uint16 LE
/// mm), position (04 00, 1 when `tilted`). Unset fields are left out of the frame; the other
/// fields of the reading have no channel on this device and are ignored.
QByteArray encodeMilesightEm310Udl(const BinSensorReading &reading);

/// \brief Dingtek DF703 heartbeat for fPort 3: 17 bytes, or 25 with `hasLocation` (GPS).
///
/// 0x80, 0x00, version 0x01, type 0x01, length, level (uint16 BE mm), [GPS flag, lon, lat as
/// float32 LE], temperature (uint8 °C), angle sign and magnitude (degrees), alarm nibbles
/// full|fire and fall|battery, `frameCounter` (uint16 BE), 0x00, 0x81. Unset numbers encode 0,
/// unset alarms as clear.
QByteArray encodeDingtekDf703(const BinSensorReading &reading, quint16 frameCounter);

} // namespace vigie::lorawan
