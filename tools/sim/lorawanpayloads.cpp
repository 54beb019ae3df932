#include "lorawanpayloads.h"

#include "ingest/lorawan/lorawanencoder.h"

#include <QUuid>

#include <algorithm>
#include <cmath>
#include <optional>

namespace vigie::sim {

namespace {

/// Namespace of the simulator's name-based (v5) UUIDs: ChirpStack ids and deduplication ids
/// are then the same from one run to the next.
const QUuid kUuidNamespace(QStringLiteral("{5b1e0f62-6a0e-4c57-9d0a-2f3c1a9e7b44}"));
constexpr double kFullFill = 0.9;          ///< ConditionPolicy's default fullFill.
constexpr double kBatteryAlarmPercent = 20;
constexpr double kAmbientC = 15;
constexpr double kBurningC = 90;
/// The simulated gateway every device is heard by (a locally administered EUI, like the devices').
const QByteArray kGatewayEui = QByteArrayLiteral("0256494700000000");
/// EU868's three default channels, Hz.
constexpr qint64 kChannelsHz[] = {868'100'000, 868'300'000, 868'500'000};

QByteArray uuid(const QByteArray &name)
{
    return QUuid::createUuidV5(kUuidNamespace, name).toString(QUuid::WithoutBraces).toLatin1();
}

QByteArray number(double v) { return QByteArray::number(v, 'g', 10); }

/// How well a device is heard: fixed per device (it does not move), spread over a city-sized
/// range from its DevEUI so the fleet shows a realistic mix of links.
struct Radio
{
    int rssi;                 ///< dBm, −68 … −113
    double snr;               ///< dB, 9.5 … −8.5
    int spreadingFactor;      ///< 7 … 10, as ADR would settle for that SNR
    int dataRate;             ///< EU868: DR = 12 − SF
    int channel;              ///< Index into kChannelsHz.

    /// The SNR above the spreading factor's demodulation floor (SX1276 data sheet: −7.5 dB at
    /// SF7, 2.5 dB lower per step): the margin a DevStatusAns reports.
    int margin() const { return int(std::lround(snr + 7.5 + 2.5 * (spreadingFactor - 7))); }
};

Radio radioOf(const DeviceUplink &u)
{
    bool ok = false;
    const quint64 eui = u.devEui.toULongLong(&ok, 16);
    const int s = int(((eui + 1) * 0x9E3779B97F4A7C15ULL) >> 58) * 45 / 63; // 0 … 45
    Radio r;
    r.rssi = -68 - s;
    r.snr = 9.5 - 0.4 * s;
    r.spreadingFactor = s < 20 ? 7 : s < 30 ? 8 : s < 38 ? 9 : 10;
    r.dataRate = 12 - r.spreadingFactor;
    r.channel = int(u.fCnt % 3);
    return r;
}

/// LoRaWAN 1.0 DevAddr: NetID 0x13 (The Things Network's) prefix 0x26/0x27, then the
/// DevEUI's low bits. Decoders do not read it; it is there because real uplinks have it.
QByteArray devAddrOf(const QString &devEui)
{
    return "26" + devEui.right(6).toLatin1();
}

QByteArray applicationId(const DeviceUplink &u)
{
    return "vigie-sim-" + u.cityId.toUtf8();
}

QByteArray modelProfileName(SensorModel model)
{
    return model == SensorModel::MilesightEm310Udl ? QByteArrayLiteral("Milesight EM310-UDL")
                                                   : QByteArrayLiteral("Dingtek DF703");
}

/// Applies `kind` (if any) to the parts every LoRaWAN message has.
struct Parts
{
    QByteArray devEui;        ///< As the body says it.
    QByteArray topicDevEui;   ///< As the topic says it.
    QByteArray time;          ///< ISO 8601.
    QByteArray data;          ///< Base64 FRMPayload.
    int fPort = 0;
    QByteArray garbage;       ///< Bytes InvalidUtf8 appends to the TTN correlation id / ChirpStack deviceName.
    bool withDevice = true;
    QByteArray brandId;       ///< TTN version_ids.
    QByteArray modelId;
};

Parts partsOf(const DeviceUplink &u, const UplinkFrame &uplinkFrame, qint64 atMs, std::optional<MalformedKind> kind,
              bool upperCaseEui)
{
    Parts p;
    p.devEui = upperCaseEui ? u.devEui.toUpper().toLatin1() : u.devEui.toLatin1();
    p.topicDevEui = u.devEui.toLatin1();
    p.time = isoUtc(atMs);
    p.brandId = uplinkFrame.brandId;
    p.modelId = uplinkFrame.modelId;
    QByteArray frame = uplinkFrame.payload;
    p.fPort = uplinkFrame.fPort;
    switch (kind ? *kind : MalformedKind::UnboundDevice) { // UnboundDevice: a valid message
    case MalformedKind::InvalidUtf8:
        p.garbage = "\xFF\xFE";
        break;
    case MalformedKind::ImpossibleDate:
        p.time = "2024-02-30T" + p.time.mid(11);
        break;
    case MalformedKind::WrongPort:
        p.fPort = 0;
        break;
    case MalformedKind::TruncatedFrame:
        frame.chop(1);
        break;
    case MalformedKind::InvalidDevEui:
        p.devEui = p.devEui.left(14) + "zz";
        p.topicDevEui = p.topicDevEui.left(14) + "zz";
        break;
    case MalformedKind::MissingDevice:
        p.withDevice = false;
        break;
    case MalformedKind::DeviceMismatch: {
        // The neighbouring DevEUI: the last hex digit plus one.
        const int last = QByteArray(1, p.topicDevEui.back()).toInt(nullptr, 16);
        p.topicDevEui.back() = QByteArray::number((last + 1) % 16, 16).at(0);
        break;
    }
    default:
        break;
    }
    p.data = frame.toBase64();
    if (kind == MalformedKind::InvalidBase64)
        p.data.chop(2);
    return p;
}

QByteArray ttnBody(const DeviceUplink &u, const Parts &p)
{
    const Radio radio = radioOf(u);
    QByteArrayList members;
    if (p.withDevice)
        members << "\"end_device_ids\":{\"device_id\":\"eui-" + p.devEui.toLower() + "\",\"application_ids\":"
                       "{\"application_id\":" + jsonString(applicationId(u)) + "},\"dev_eui\":\"" + p.devEui
                       + "\",\"join_eui\":\"0000000000000000\",\"dev_addr\":\"" + devAddrOf(u.devEui).toUpper() + "\"}";
    members << "\"correlation_ids\":[" + jsonString("as:up:" + uuid(u.devEui.toLatin1() + ':' + QByteArray::number(u.fCnt)) + p.garbage) + ']';
    members << "\"received_at\":\"" + p.time + '"';
    QByteArray uplink = "{\"f_port\":" + QByteArray::number(p.fPort) + ",\"f_cnt\":" + QByteArray::number(u.fCnt)
        + ",\"frm_payload\":\"" + p.data + "\",\"rx_metadata\":[{\"gateway_ids\":{\"gateway_id\":"
        + jsonString("vigie-sim-" + u.cityId.toUtf8() + "-gw") + ",\"eui\":\"" + kGatewayEui.toUpper() + "\"},\"time\":\""
        + p.time + "\",\"rssi\":" + QByteArray::number(radio.rssi) + ",\"channel_rssi\":" + QByteArray::number(radio.rssi)
        + ",\"snr\":" + number(radio.snr) + ",\"channel_index\":" + QByteArray::number(radio.channel)
        + ",\"received_at\":\"" + p.time + "\"}],\"settings\":{\"data_rate\":{\"lora\":{\"bandwidth\":125000,"
          "\"spreading_factor\":" + QByteArray::number(radio.spreadingFactor) + ",\"coding_rate\":\"4/5\"}},\"frequency\":\""
        + QByteArray::number(kChannelsHz[radio.channel]) + "\",\"time\":\"" + p.time + "\"},\"received_at\":\"" + p.time
        + "\",\"version_ids\":{\"brand_id\":\"" + p.brandId + "\",\"model_id\":\"" + p.modelId
        + "\",\"band_id\":\"EU_863_870\"}}";
    members << "\"uplink_message\":" + uplink;
    return '{' + members.join(',') + '}';
}

QByteArray ttnTopic(const DeviceUplink &u, const Parts &p)
{
    return "v3/" + applicationId(u) + "@ttn/devices/eui-" + p.topicDevEui + "/up";
}

QByteArray chirpStackDeviceInfo(const DeviceUplink &u, const Parts &p)
{
    return "\"deviceInfo\":{\"tenantId\":\"" + uuid("tenant") + "\",\"tenantName\":\"vigie-sim\",\"applicationId\":\""
        + uuid("application:" + u.cityId.toUtf8()) + "\",\"applicationName\":" + jsonString(applicationId(u))
        + ",\"deviceProfileId\":\"" + uuid("profile:" + modelProfileName(u.model)) + "\",\"deviceProfileName\":\""
        + modelProfileName(u.model) + "\",\"deviceName\":" + jsonString(u.deviceName.toUtf8() + p.garbage) + ",\"devEui\":\"" + p.devEui
        + "\",\"deviceClassEnabled\":\"CLASS_A\",\"tags\":{}}";
}

QByteArray chirpStackTopic(const DeviceUplink &u, const Parts &p, const char *event)
{
    return "application/" + uuid("application:" + u.cityId.toUtf8()) + "/device/" + p.topicDevEui + "/event/" + event;
}

QByteArray chirpStackUpBody(const DeviceUplink &u, const Parts &p)
{
    const Radio radio = radioOf(u);
    QByteArrayList members;
    members << "\"deduplicationId\":\"" + uuid(u.devEui.toLatin1() + ':' + QByteArray::number(u.fCnt)) + '"';
    members << "\"time\":\"" + p.time + '"';
    if (p.withDevice)
        members << chirpStackDeviceInfo(u, p);
    members << "\"devAddr\":\"" + devAddrOf(u.devEui) + "\",\"adr\":true,\"dr\":" + QByteArray::number(radio.dataRate)
                   + ",\"fCnt\":" + QByteArray::number(u.fCnt) + ",\"fPort\":" + QByteArray::number(p.fPort)
                   + ",\"confirmed\":false,\"data\":\"" + p.data + '"';
    members << "\"rxInfo\":[{\"gatewayId\":\"" + kGatewayEui + "\",\"uplinkId\":" + QByteArray::number(u.fCnt % 65536)
                   + ",\"rssi\":" + QByteArray::number(radio.rssi) + ",\"snr\":" + number(radio.snr)
                   + ",\"channel\":" + QByteArray::number(radio.channel)
                   + ",\"metadata\":{\"region_common_name\":\"EU868\",\"region_config_id\":\"eu868\"},\"crcStatus\":\"CRC_OK\"}]";
    members << "\"txInfo\":{\"frequency\":" + QByteArray::number(kChannelsHz[radio.channel])
                   + ",\"modulation\":{\"lora\":{\"bandwidth\":125000,\"spreadingFactor\":"
                   + QByteArray::number(radio.spreadingFactor) + ",\"codeRate\":\"CR_4_5\"}}}";
    return '{' + members.join(',') + '}';
}

QByteArray plainText(const DeviceUplink &u, qint64 atMs)
{
    QByteArray line = modelProfileName(u.model) + ' ' + u.devEui.toLatin1();
    if (u.reading.distanceMm)
        line += " distance=" + QByteArray::number(qRound(*u.reading.distanceMm)) + "mm";
    if (u.reading.batteryPercent)
        line += " battery=" + QByteArray::number(qRound(*u.reading.batteryPercent)) + '%';
    return line + " at " + isoUtc(atMs);
}

} // namespace

SensorModel sensorModelOf(const QString &devEui)
{
    bool ok = false;
    const int last = devEui.right(1).toInt(&ok, 16);
    return ok && last % 2 == 1 ? SensorModel::DingtekDf703 : SensorModel::MilesightEm310Udl;
}

QString sensorCodecName(SensorModel model)
{
    return model == SensorModel::MilesightEm310Udl ? QStringLiteral("milesight-em310-udl")
                                                   : QStringLiteral("dingtek-df703");
}

lorawan::BinSensorReading sensorReading(SensorModel model, const EntityReport &report, double depthM,
                                        double batteryPercent)
{
    const double fill = std::clamp(report.fillingLevel, 0.0, 1.0);
    const bool tilted = report.status == QLatin1String("lidOpen") || report.status == QLatin1String("dropped");
    const bool burning = report.status == QLatin1String("burning");
    lorawan::BinSensorReading r;
    r.distanceMm = std::round((1.0 - fill) * depthM * 1000.0);
    r.tilted = tilted;
    if (model == SensorModel::MilesightEm310Udl) {
        r.batteryPercent = std::round(batteryPercent);
        return r;
    }
    r.temperatureC = burning ? kBurningC : kAmbientC;
    r.tiltDeg = tilted ? 90.0 : 0.0;
    r.fireAlarm = burning;
    r.fullAlarm = fill >= kFullFill;
    r.batteryAlarm = batteryPercent < kBatteryAlarmPercent;
    return r;
}

QByteArray sensorFrame(const DeviceUplink &uplink)
{
    return uplink.model == SensorModel::MilesightEm310Udl
        ? lorawan::encodeMilesightEm310Udl(uplink.reading)
        : lorawan::encodeDingtekDf703(uplink.reading, quint16(uplink.fCnt & 0xffff));
}

int sensorPort(SensorModel model)
{
    return model == SensorModel::MilesightEm310Udl ? 85 : 3;
}

UplinkFrame sensorUplinkFrame(const DeviceUplink &uplink)
{
    const bool milesight = uplink.model == SensorModel::MilesightEm310Udl;
    return UplinkFrame{sensorFrame(uplink), sensorPort(uplink.model), milesight ? "milesight-iot" : "dingtek",
                       milesight ? "em310-udl" : "df703"};
}

WireMessage ttnUplink(const DeviceUplink &uplink, qint64 receivedAtMs)
{
    return ttnUplink(uplink, sensorUplinkFrame(uplink), receivedAtMs);
}

WireMessage ttnUplink(const DeviceUplink &uplink, const UplinkFrame &frame, qint64 receivedAtMs)
{
    const Parts p = partsOf(uplink, frame, receivedAtMs, std::nullopt, true);
    return {ttnTopic(uplink, p), ttnBody(uplink, p)};
}

WireMessage chirpStackUplink(const DeviceUplink &uplink, qint64 timeMs)
{
    const Parts p = partsOf(uplink, sensorUplinkFrame(uplink), timeMs, std::nullopt, false);
    return {chirpStackTopic(uplink, p, "up"), chirpStackUpBody(uplink, p)};
}

WireMessage chirpStackStatus(const DeviceUplink &uplink, double batteryPercent, qint64 timeMs)
{
    const Parts p = partsOf(uplink, sensorUplinkFrame(uplink), timeMs, std::nullopt, false);
    const QByteArray body = "{\"deduplicationId\":\"" + uuid("status:" + p.devEui + ':' + QByteArray::number(uplink.fCnt))
        + "\",\"time\":\"" + p.time + "\"," + chirpStackDeviceInfo(uplink, p) + ",\"margin\":"
        + QByteArray::number(radioOf(uplink).margin()) + ",\"externalPowerSource\":false,"
          "\"batteryLevelUnavailable\":false,\"batteryLevel\":" + number(std::round(batteryPercent * 10) / 10) + '}';
    return {chirpStackTopic(uplink, p, "status"), body};
}

WireMessage malformedUplink(MalformedKind kind, WireFormat format, const DeviceUplink &uplink, qint64 atMs)
{
    const bool ttn = format == WireFormat::Ttn;
    const Parts p = partsOf(uplink, sensorUplinkFrame(uplink), atMs, kind, ttn);
    WireMessage m{ttn ? ttnTopic(uplink, p) : chirpStackTopic(uplink, p, "up"),
                  ttn ? ttnBody(uplink, p) : chirpStackUpBody(uplink, p)};
    switch (kind) {
    case MalformedKind::TruncatedJson:
        m.payload.truncate(m.payload.size() / 2);
        break;
    case MalformedKind::PlainText:
        m.payload = plainText(uplink, atMs);
        break;
    case MalformedKind::EmptyPayload:
        m.payload.clear();
        break;
    default:
        break; // partsOf() made the others
    }
    return m;
}

} // namespace vigie::sim
