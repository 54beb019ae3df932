// Dingtek DF702, DF703, DF555: fixed-layout frames 0x80 … 0x81.
// Sources: TheThingsNetwork/lorawan-devices vendor/dingtek/df702.js and the df702, df703,
// df555 codec YAML examples; cndingtek/Chirpstack_codec DF555 and DF703 scripts.
#include "lorawanencoder.h"

#include <QtGlobal>

#include <cmath>
#include <cstring>

namespace vigie::lorawan {

namespace {

enum class Model { Df702, Df703, Df555 };

const char *modelName(Model m)
{
    switch (m) {
    case Model::Df702: return "DF702";
    case Model::Df703: return "DF703";
    case Model::Df555: return "DF555";
    }
    return "";
}

constexpr qsizetype heartbeatLength = 17;
constexpr qsizetype gpsHeartbeatLength = 25;

quint16 uint16Be(QByteArrayView f, qsizetype i) { return quint16((quint8(f[i]) << 8) | quint8(f[i + 1])); }

double float32Le(QByteArrayView f, qsizetype i)
{
    const quint32 bits = quint32(quint8(f[i])) | (quint32(quint8(f[i + 1])) << 8) | (quint32(quint8(f[i + 2])) << 16)
                         | (quint32(quint8(f[i + 3])) << 24);
    float value;
    std::memcpy(&value, &bits, sizeof value);
    return double(value);
}

QString hexByte(quint8 b) { return QStringLiteral("0x%1").arg(b, 2, 16, QLatin1Char('0')); }

/// Level, temperature, angle and alarms of a heartbeat; `t` is the temperature byte's index
/// (8 without GPS, 16 with), the angle and alarm bytes follow it.
void readMeasurement(Model m, QByteArrayView f, qsizetype t, BinSensorReading *r)
{
    r->distanceMm = uint16Be(f, 5);
    r->temperatureC = quint8(f[t]);
    const quint8 full = quint8(f[t + 3]) >> 4;
    const quint8 battery = quint8(f[t + 4]) & 0x0f;
    r->fullAlarm = full != 0;
    r->batteryAlarm = battery != 0;
    if (m == Model::Df555)
        return; // no angle, fire or fall sensing
    // Angle: magnitude in t+2, negative when the low nibble of t+1 is set. The vendor's
    // JavaScript means this but, through an operator-precedence slip, always negates; the
    // two agree on every published example (angle 0).
    const quint8 angle = quint8(f[t + 2]);
    r->tiltDeg = (quint8(f[t + 1]) & 0x0f) == 0 ? double(angle) : -double(angle);
    r->fireAlarm = (quint8(f[t + 3]) & 0x0f) != 0;
    r->tilted = (quint8(f[t + 4]) >> 4) != 0;
}

Result<BinSensorReading> decodeDingtek(Model m, int fPort, QByteArrayView f)
{
    const QLatin1String model(modelName(m));
    if (fPort != 3)
        return Error{QStringLiteral("wrongPort"),
                     QStringLiteral("fPort %1: Dingtek %2 uplinks use fPort 3").arg(fPort).arg(model)};
    if (f.size() < heartbeatLength)
        return Error{QStringLiteral("truncatedFrame"),
                     QStringLiteral("%1 bytes: a Dingtek frame has at least 17").arg(f.size())};
    if (quint8(f.front()) != 0x80 || quint8(f.back()) != 0x81)
        return Error{QStringLiteral("invalidFrame"),
                     QStringLiteral("a Dingtek frame starts with 0x80 and ends with 0x81, this one is %1 … %2")
                         .arg(hexByte(quint8(f.front())), hexByte(quint8(f.back())))};
    if (quint8(f[4]) != f.size())
        return Error{QStringLiteral("invalidFrame"),
                     QStringLiteral("the length byte says %1 bytes, the frame has %2").arg(quint8(f[4])).arg(f.size())};
    const quint8 type = quint8(f[3]);
    BinSensorReading r;
    if (type == 0x03) {
        // Parameters: firmware, intervals, thresholds. DF702/DF703 send 25 bytes, DF555 17.
        const qsizetype expected = m == Model::Df555 ? heartbeatLength : gpsHeartbeatLength;
        if (f.size() != expected)
            return Error{QStringLiteral("unknownFrame"),
                         QStringLiteral("a %1 parameter frame has %2 bytes, not %3").arg(model).arg(expected).arg(f.size())};
        r.firmwareVersion = QStringLiteral("%1.%2").arg(quint8(f[5])).arg(quint8(f[6]));
        r.reportIntervalH = quint8(f[7]);
        r.detectionIntervalMin = quint8(f[8]);
        r.fullThresholdCm = quint8(f[9]);
        if (m == Model::Df555)
            return r;
        r.fireThresholdC = quint8(f[10]);
        r.tiltThresholdDeg = quint8(f[11]);
        r.tiltAlarmEnabled = quint8(f[12]) != 0;
        if (m == Model::Df702)
            r.measurementRangeMm = quint8(f[13]) == 0 ? 2000 : 5000;
        return r;
    }
    if (type != 0x01 && type != 0x02)
        return Error{QStringLiteral("unknownFrame"),
                     QStringLiteral("frame type %1 is not a %2 heartbeat (0x01), alarm (0x02) or parameter frame (0x03)")
                         .arg(hexByte(type), model)};
    if (f.size() == heartbeatLength) {
        readMeasurement(m, f, 8, &r);
        return r;
    }
    if (f.size() == gpsHeartbeatLength) {
        readMeasurement(m, f, 16, &r);
        r.lon = float32Le(f, 8);
        r.lat = float32Le(f, 12);
        r.hasLocation = true;
        return r;
    }
    return Error{QStringLiteral("unknownFrame"),
                 QStringLiteral("a %1-byte frame of type %2 is not a %3 heartbeat (17 bytes) or GPS heartbeat (25 bytes)")
                     .arg(f.size())
                     .arg(hexByte(type), model)};
}

void appendFloat32Le(QByteArray *out, double value)
{
    const float f = float(value);
    quint32 bits;
    std::memcpy(&bits, &f, sizeof bits);
    for (int shift = 0; shift < 32; shift += 8)
        out->append(char((bits >> shift) & 0xff));
}

} // namespace

Result<BinSensorReading> decodeDingtekDf702(int fPort, QByteArrayView frame)
{
    return decodeDingtek(Model::Df702, fPort, frame);
}

Result<BinSensorReading> decodeDingtekDf703(int fPort, QByteArrayView frame)
{
    return decodeDingtek(Model::Df703, fPort, frame);
}

Result<BinSensorReading> decodeDingtekDf555(int fPort, QByteArrayView frame)
{
    return decodeDingtek(Model::Df555, fPort, frame);
}

QByteArray encodeDingtekDf703(const BinSensorReading &r, quint16 frameCounter)
{
    const bool gps = r.hasLocation;
    QByteArray out;
    out.append(char(0x80)).append(char(0x00)).append(char(0x01)).append(char(0x01));
    out.append(char(gps ? gpsHeartbeatLength : heartbeatLength));
    const auto mm = quint16(qBound(0.0, std::round(r.distanceMm.value_or(0)), 65535.0));
    out.append(char(mm >> 8)).append(char(mm & 0xff));
    out.append(char(gps ? 0x01 : 0x00));
    if (gps) {
        appendFloat32Le(&out, r.lon);
        appendFloat32Le(&out, r.lat);
    }
    out.append(char(quint8(qBound(0.0, std::round(r.temperatureC.value_or(0)), 255.0))));
    const double angle = std::round(r.tiltDeg.value_or(0));
    out.append(char(angle < 0 ? 0x01 : 0x00));
    out.append(char(quint8(qBound(0.0, std::abs(angle), 255.0))));
    out.append(char((r.fullAlarm.value_or(false) ? 0x10 : 0x00) | (r.fireAlarm.value_or(false) ? 0x01 : 0x00)));
    out.append(char((r.tilted.value_or(false) ? 0x10 : 0x00) | (r.batteryAlarm.value_or(false) ? 0x01 : 0x00)));
    out.append(char(frameCounter >> 8)).append(char(frameCounter & 0xff));
    out.append(char(0x00)).append(char(0x81));
    return out;
}

} // namespace vigie::lorawan
