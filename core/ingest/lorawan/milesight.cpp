// Milesight EM310-UDL and EM400-UDL: IPSO-style channel/type/value frames.
// Sources: Milesight-IoT/SensorDecoders EM310-UDL and EM400-UDL payload definitions;
// TheThingsNetwork/lorawan-devices vendor/milesight-iot/em310-udl.js.
#include "lorawanencoder.h"

#include <QtGlobal>

#include <cmath>

namespace vigie::lorawan {

namespace {

enum class Model { Em310Udl, Em400Udl };

const char *modelName(Model m) { return m == Model::Em310Udl ? "EM310-UDL" : "EM400-UDL"; }

quint16 uint16Le(QByteArrayView f, qsizetype i) { return quint16(quint8(f[i]) | (quint8(f[i + 1]) << 8)); }

/// Bytes after the channel header, or -1 for a channel this model does not send.
int valueLength(Model m, quint8 id, quint8 type)
{
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
        if (id == 0x01) {
            r.batteryPercent = quint8(f[at]);
        } else if (type == 0x82) { // distance, uint16 LE mm; 84 82 adds an alarm byte
            r.distanceMm = uint16Le(f, at);
            if (id == 0x84)
                r.distanceAlarm = quint8(f[at + 2]) != 0;
        } else if (type == 0x67) { // temperature, int16 LE 0.1 °C; 83 67 adds an alarm byte
            r.temperatureC = qint16(uint16Le(f, at)) / 10.0;
            if (id == 0x83)
                r.temperatureAlarm = quint8(f[at + 2]) != 0;
        } else if (id != 0xff && id != 0xfe && type == 0x00) {
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
