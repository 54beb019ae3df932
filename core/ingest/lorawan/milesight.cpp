// Milesight EM310-UDL, EM400-UDL and AT101: IPSO-style channel/type/value frames.
// Sources: Milesight-IoT/SensorDecoders EM310-UDL, EM400-UDL and AT101 payload definitions
// and decoders; TheThingsNetwork/lorawan-devices vendor/milesight-iot/em310-udl.js.
#include "lorawanencoder.h"

#include <QtGlobal>

#include <cmath>

namespace vigie::lorawan {

namespace {

enum class Model { Em310Udl, Em400Udl, At101 };

const char *modelName(Model m)
{
    switch (m) {
    case Model::Em310Udl: return "EM310-UDL";
    case Model::Em400Udl: return "EM400-UDL";
    case Model::At101: return "AT101";
    }
    return "";
}

quint16 uint16Le(QByteArrayView f, qsizetype i) { return quint16(quint8(f[i]) | (quint8(f[i + 1]) << 8)); }

quint32 uint32Le(QByteArrayView f, qsizetype i) { return quint32(uint16Le(f, i)) | (quint32(uint16Le(f, i + 2)) << 16); }

/// AT101 channels: bytes after the header, or -1.
int at101ValueLength(quint8 id, quint8 type)
{
    if (id == 0xff || id == 0xfe) {
        switch (type) {
        case 0x01: case 0x0f: case 0xfe: case 0x0b:                       // versions, class, reset, status
        case 0x10: case 0x28: case 0x3b: case 0x3c: case 0x4a: case 0x66: // downlink acknowledgements
        case 0x71: case 0x87: case 0x8f: return 1;
        case 0x09: case 0x0a: case 0xff: case 0x17: return 2;             // versions, time zone
        case 0x13: case 0x2d: case 0x8a: case 0x8e: return 3;             // report and Wi-Fi settings
        case 0x58: case 0x7e: case 0x89: return 4;                        // motion, geofence settings
        case 0x16: case 0x88: return 8;                                   // serial number, geofence centre
        default: return -1;
        }
    }
    switch ((id << 8) | type) {
    case 0x0175: return 1;          // battery
    case 0x0367: return 2;          // temperature
    case 0x8367: return 3;          // temperature + abnormal flag
    case 0x0488: case 0x8488: return 9; // location (+ alarm variant): lat, lon, motion/geofence
    case 0x0500: return 1;          // position: 0 normal, 1 tilt
    case 0x06d9: return 9;          // Wi-Fi scan: group, BSSID, RSSI, motion
    case 0x0700: return 1;          // tamper: 0 installed, 1 removed
    case 0x20ce: return 12;         // history: time, lon, lat
    default: return -1;
    }
}

/// Bytes after the channel header, or -1 for a channel this model does not send.
int valueLength(Model m, quint8 id, quint8 type)
{
    if (m == Model::At101)
        return at101ValueLength(id, type);
    if (id == 0xff || id == 0xfe) {
        switch (type) {
        case 0x01: case 0x0f: case 0xfe: case 0x0b: case 0x10: return 1; // versions, class, reset, power, reboot ack
        case 0x09: case 0x0a: case 0xff: case 0x02: case 0x03: return 2; // versions, interval acks
        case 0x16: return 8;                                             // serial number
        case 0x06: return 9;                                             // alarm configuration ack
        default: return -1;
        }
    }
    if (id == 0x01 && type == 0x75)
        return 1;
    if (m == Model::Em310Udl) {
        if (id == 0x03 && type == 0x82)
            return 2;
        if (id == 0x04 && type == 0x00)
            return 1;
        return -1;
    }
    if ((id == 0x03 && type == 0x67) || (id == 0x04 && type == 0x82))
        return 2;
    if (id == 0x05 && type == 0x00)
        return 1;
    if ((id == 0x83 && type == 0x67) || (id == 0x84 && type == 0x82))
        return 3;
    return -1;
}

Result<BinSensorReading> decodeMilesight(Model m, int fPort, QByteArrayView f)
{
    if (fPort < 1 || fPort > 223)
        return Error{QStringLiteral("wrongPort"),
                     QStringLiteral("fPort %1 carries no application data (0: MAC commands, 224–255: reserved); "
                                    "Milesight %2 uplinks use the configured application port, 85 by default")
                         .arg(fPort).arg(QLatin1String(modelName(m)))};
    if (f.isEmpty())
        return Error{QStringLiteral("truncatedFrame"), QStringLiteral("the frame is empty")};
    BinSensorReading r;
    qsizetype i = 0;
    while (i < f.size()) {
        if (i + 2 > f.size())
            return Error{QStringLiteral("truncatedFrame"),
                         QStringLiteral("byte %1: a channel header needs 2 bytes, the frame ends").arg(i)};
        const quint8 id = quint8(f[i]);
        const quint8 type = quint8(f[i + 1]);
        const int length = valueLength(m, id, type);
        if (length < 0)
            return Error{QStringLiteral("unknownChannel"),
                         QStringLiteral("byte %1: channel %2 type %3 is not a Milesight %4 channel")
                             .arg(i)
                             .arg(id, 2, 16, QLatin1Char('0'))
                             .arg(type, 2, 16, QLatin1Char('0'))
                             .arg(QLatin1String(modelName(m)))};
        const qsizetype at = i + 2;
        if (at + length > f.size())
            return Error{QStringLiteral("truncatedFrame"),
                         QStringLiteral("byte %1: channel %2 needs %3 bytes, the frame has %4 left")
                             .arg(i)
                             .arg(id, 2, 16, QLatin1Char('0'))
                             .arg(length)
                             .arg(f.size() - at)};
        if (id == 0xff || id == 0xfe) {
            // Device information and downlink acknowledgements: nothing Vigie observes.
        } else if (id == 0x01) {
            r.batteryPercent = quint8(f[at]);
        } else if (type == 0x88) {
            // Location: latitude, longitude (int32 LE, 1e-6°), then motion and geofence
            // status (not carried over). 0xFFFFFFFF twice is the tracker's "no GNSS fix".
            const quint32 lat = uint32Le(f, at);
            const quint32 lon = uint32Le(f, at + 4);
            r.hasLocation = !(lat == 0xffffffffu && lon == 0xffffffffu);
            r.lat = r.hasLocation ? qint32(lat) / 1e6 : 0.0;
            r.lon = r.hasLocation ? qint32(lon) / 1e6 : 0.0;
        } else if ((id == 0x06 && type == 0xd9) || (id == 0x07 && type == 0x00) || (id == 0x20 && type == 0xce)) {
            // AT101 Wi-Fi scan (BSSIDs: no position without a geolocation service), tamper
            // switch, and stored history (older fixes; one entity carries one position).
        } else if (type == 0x82) { // distance, uint16 LE mm; 84 82 adds an alarm byte
            r.distanceMm = uint16Le(f, at);
            if (id == 0x84)
                r.distanceAlarm = quint8(f[at + 2]) != 0;
        } else if (type == 0x67) { // temperature, int16 LE 0.1 °C; 83 67 adds an alarm byte
            r.temperatureC = qint16(uint16Le(f, at)) / 10.0;
            if (id == 0x83)
                r.temperatureAlarm = quint8(f[at + 2]) != 0;
        } else if (type == 0x00) {
            // Position: 0 normal, 1 tilt (≥ 20° from the mounting); other values mean nothing.
            const quint8 position = quint8(f[at]);
            if (position <= 1)
                r.tilted = position == 1;
        }
        i = at + length;
    }
    return r;
}

} // namespace

Result<BinSensorReading> decodeMilesightEm310Udl(int fPort, QByteArrayView frame)
{
    return decodeMilesight(Model::Em310Udl, fPort, frame);
}

Result<BinSensorReading> decodeMilesightEm400Udl(int fPort, QByteArrayView frame)
{
    return decodeMilesight(Model::Em400Udl, fPort, frame);
}

Result<BinSensorReading> decodeMilesightAt101(int fPort, QByteArrayView frame)
{
    return decodeMilesight(Model::At101, fPort, frame);
}

QByteArray encodeMilesightEm310Udl(const BinSensorReading &reading)
{
    QByteArray out;
    if (reading.batteryPercent) {
        out.append(char(0x01)).append(char(0x75));
        out.append(char(quint8(qBound(0.0, std::round(*reading.batteryPercent), 255.0))));
    }
    if (reading.distanceMm) {
        const auto mm = quint16(qBound(0.0, std::round(*reading.distanceMm), 65535.0));
        out.append(char(0x03)).append(char(0x82));
        out.append(char(mm & 0xff)).append(char(mm >> 8));
    }
    if (reading.tilted) {
        out.append(char(0x04)).append(char(0x00));
        out.append(char(*reading.tilted ? 1 : 0));
    }
    return out;
}

} // namespace vigie::lorawan
