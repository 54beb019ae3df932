#pragma once

#include "ingest/lorawan/lorawancodec.h"
#include "payloads.h"

#include <QByteArray>
#include <QString>

/// \file
/// \brief LoRaWAN network-server messages of simulated bin-fill sensors: The Things Stack v3
/// uplinks and ChirpStack v4 `up` / `status` events, valid and deliberately broken.
///
/// Frames are real device frames (vigie::lorawan encoders): Milesight EM310-UDL on fPort 85,
/// Dingtek DF703 heartbeats on fPort 3. Radio metadata (gateway, RSSI, SNR, spreading
/// factor, channel) is made up but plausible and deterministic. All functions are pure; any
/// thread.
///
/// Sources: TheThingsIndustries/lorawan-stack-docs, integrations/data-formats (uplink
/// message) and integrations/other-integrations/mqtt (topics); chirpstack/chirpstack-docs,
/// integrations/events.md and integrations/mqtt.md.
namespace vigie::sim {

/// The bin-fill sensor models the simulator plays.
enum class SensorModel : quint8 { MilesightEm310Udl, DingtekDf703 };

/// The model of a simulated device: Milesight EM310-UDL when the DevEUI (16 hex digits) is
/// even, Dingtek DF703 when odd — a fixed rule, so a pack's devices.csv needs no model column.
SensorModel sensorModelOf(const QString &devEui);

/// vigie::lorawan codec name ("milesight-em310-udl", "dingtek-df703").
QString sensorCodecName(SensorModel model);

/// \brief One device and what it says in one message.
struct DeviceUplink
{
    QString cityId;          ///< Names the TTN / ChirpStack application ("vigie-sim-<city>").
    QString devEui;          ///< 16 lower-case hex digits.
    QString deviceName;      ///< ChirpStack deviceName (the asset's ref).
    SensorModel model = SensorModel::MilesightEm310Udl;
    quint32 fCnt = 0;        ///< LoRaWAN uplink frame counter.
    lorawan::BinSensorReading reading; ///< What the frame carries (sensorReading()).
};

/// \brief What a sensor of `model` measures on container `report` (its status and
/// fillingLevel), `depthM` deep, with a battery at `batteryPercent`.
///
/// distance = (1 − fillingLevel) × depth, in whole millimetres (the frames' resolution; no
/// blind zone is modelled). Milesight: battery, distance, position tilted when the lid is
/// open or the bin dropped. Dingtek: distance, temperature (15 °C, 90 °C when burning; no
/// weather is modelled), angle 90° and the fall alarm when the lid is open or the bin dropped,
/// the fire alarm when burning, the full alarm at fillingLevel ≥ 0.9 (distance ≤ 10 % of the
/// depth), the battery alarm below 20 %. `moved` and `vandalized` are not sensed.
lorawan::BinSensorReading sensorReading(SensorModel model, const EntityReport &report, double depthM,
                                        double batteryPercent);

/// The uplink frame (FRMPayload) and its fPort: EM310-UDL on 85, DF703 on 3 (frame counter =
/// fCnt modulo 2^16).
QByteArray sensorFrame(const DeviceUplink &uplink);
int sensorPort(SensorModel model);

/// \brief An uplink's application payload, its port, and the model that sent it as The
/// Things Stack's device repository names it (`version_ids`).
struct UplinkFrame
{
    QByteArray payload;      ///< FRMPayload.
    int fPort = 0;
    QByteArray brandId;      ///< "milesight-iot", "dingtek".
    QByteArray modelId;      ///< "em310-udl", "df703", "at101".
};

/// The bin sensor's frame: sensorFrame() on sensorPort(), with its model's repository ids.
UplinkFrame sensorUplinkFrame(const DeviceUplink &uplink);

/// TTN topic `v3/vigie-sim-<city>@ttn/devices/eui-<deveui>/up` and uplink message:
/// end_device_ids (device_id, application_ids, dev_eui, join_eui, dev_addr), received_at,
/// correlation_ids, uplink_message (f_port, f_cnt, frm_payload, rx_metadata, settings,
/// received_at, version_ids), all times `receivedAtMs` (UTC ms).
WireMessage ttnUplink(const DeviceUplink &uplink, qint64 receivedAtMs);
/// The same envelope around any device's `frame` (a crew vehicle's tracker): `uplink`
/// gives the city, DevEUI and frame counter; its model and reading are not used.
WireMessage ttnUplink(const DeviceUplink &uplink, const UplinkFrame &frame, qint64 receivedAtMs);

/// ChirpStack topic `application/<uuid>/device/<deveui>/event/up` and event: deduplicationId,
/// time, deviceInfo (tenant, application, deviceProfileName "Milesight EM310-UDL" or "Dingtek
/// DF703", deviceName, devEui), devAddr, dr, fCnt, fPort, data, rxInfo, txInfo.
WireMessage chirpStackUplink(const DeviceUplink &uplink, qint64 timeMs);

/// ChirpStack `status` event (…/event/status): margin (dB above the demodulation floor) and
/// batteryLevel (%, from uplink.reading.batteryPercent).
WireMessage chirpStackStatus(const DeviceUplink &uplink, double batteryPercent, qint64 timeMs);

/// The uplink ttnUplink() or chirpStackUplink() gives (`format` Ttn or ChirpStack), broken
/// the way `kind` says; `kind` is one of malformedKinds(format). For UnboundDevice the caller
/// puts a DevEUI that no binding lists into `uplink.devEui`.
WireMessage malformedUplink(MalformedKind kind, WireFormat format, const DeviceUplink &uplink, qint64 atMs);

} // namespace vigie::sim
