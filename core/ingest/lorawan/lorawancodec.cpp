#include "lorawancodec.h"

#include "domain/quantity.h"
#include "ingest/numbertext.h"


#include <cmath>

namespace vigie::lorawan {

namespace {

/// What a vendor key feeds in a BinSensorReading.
enum class Target {
    DistanceMm, BatteryPercent, TemperatureC, TiltDeg, Position, Tilted, FireAlarm, FullAlarm,
    BatteryAlarm, DistanceAlarm, TemperatureAlarm, Longitude, Latitude, Firmware, ReportIntervalH,
    DetectionIntervalMin, FullThresholdCm, FireThresholdC, TiltThresholdDeg, TiltAlarmEnabled,
    MeasurementRangeMm,
};

struct VendorKey
{
    const char *key;
    Target target;
    /// Unit text the vendor's codec may append to a number ("2000 mm"); nullptr: none.
    const char *suffix = nullptr;
};

// Keys of the vendors' own decoders (see lorawancodec.h for the sources).
const VendorKey milesightEm310Keys[] = {
    {"battery", Target::BatteryPercent, "%"},
    {"distance", Target::DistanceMm, "mm"},
    {"position", Target::Position},
    {"tilt", Target::Position}, // older TTN device repository codec
};
const VendorKey milesightEm400Keys[] = {
    {"battery", Target::BatteryPercent, "%"},
    {"distance", Target::DistanceMm, "mm"},
    {"temperature", Target::TemperatureC, "°C"},
    {"position", Target::Position},
    {"temperature_abnormal", Target::TemperatureAlarm},
    {"distance_alarming", Target::DistanceAlarm},
};
const VendorKey milesightAt101Keys[] = {
    {"battery", Target::BatteryPercent, "%"},
    {"temperature", Target::TemperatureC, "°C"},
    {"latitude", Target::Latitude},
    {"longitude", Target::Longitude},
    {"position", Target::Position},
    {"temperature_abnormal", Target::TemperatureAlarm},
};
const VendorKey dingtekKeys[] = { // DF703, DF555 (DF555 simply never sends fire, fall, angle)
    {"level", Target::DistanceMm, "mm"},
    {"temperature", Target::TemperatureC, "℃"},
    {"angle", Target::TiltDeg, "°"},
    {"alarmLevel", Target::FullAlarm},
    {"alarmFire", Target::FireAlarm},
    {"alarmFall", Target::Tilted},
    {"alarmBattery", Target::BatteryAlarm},
    {"longitude", Target::Longitude},
    {"latitude", Target::Latitude},
    {"firmware", Target::Firmware},
    {"uploadInterval", Target::ReportIntervalH, "hours"},
    {"detectInterval", Target::DetectionIntervalMin, "minutes"},
    {"levelThreshold", Target::FullThresholdCm, "cm"},
    {"fireThreshold", Target::FireThresholdC, "℃"},
    {"fallThreshold", Target::TiltThresholdDeg, "°"},
    {"fallEnable", Target::TiltAlarmEnabled},
};
const VendorKey dingtekDf702Keys[] = { // strings with units, e.g. "level": "2000 mm"
    {"level", Target::DistanceMm, "mm"},
    {"temperature", Target::TemperatureC, "℃"},
    {"angle", Target::TiltDeg, "°"},
    {"full", Target::FullAlarm},
    {"fire", Target::FireAlarm},
    {"tilt", Target::Tilted},
    {"battery", Target::BatteryAlarm}, // a low-battery flag here, not a percentage
    {"longitude", Target::Longitude},
    {"latitude", Target::Latitude},
    {"periodic_interval", Target::ReportIntervalH, "hours"},
    {"detection_interval", Target::DetectionIntervalMin, "minutes"},
    {"full_alarm_threshold", Target::FullThresholdCm, "cm"},
    {"fire_alarm_threshold", Target::FireThresholdC, "℃"},
    {"tilt_alarm_threshold", Target::TiltThresholdDeg, "°"},
    {"tilt_enable", Target::TiltAlarmEnabled},
    {"ultrasonic_range", Target::MeasurementRangeMm, "mm"},
};
const VendorKey genericKeys[] = {
    {"temperature", Target::TemperatureC, "°C"},
};

struct KeyTable
{
    const VendorKey *begin;
    const VendorKey *end;
};

template<std::size_t N>
KeyTable table(const VendorKey (&keys)[N]) { return {keys, keys + N}; }

KeyTable keysOf(const LorawanCodec *codec)
{
    if (!codec)
        return table(genericKeys);
    const QLatin1String name = codec->name;
    if (name == QLatin1String("milesight-em310-udl"))
        return table(milesightEm310Keys);
    if (name == QLatin1String("milesight-em400-udl"))
        return table(milesightEm400Keys);
    if (name == QLatin1String("milesight-at101"))
        return table(milesightAt101Keys);
    if (name == QLatin1String("dingtek-df702"))
        return table(dingtekDf702Keys);
    return table(dingtekKeys);
}

QString alnumLower(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

Error invalid(const QString &where, const QString &key, const QString &what)
{
    return {QStringLiteral("invalidValue"),
            (where.isEmpty() ? key : where + QLatin1Char('.') + key) + QStringLiteral(": ") + what};
}

QString describe(const VendorField &f)
{
    switch (f.type) {
    case VendorField::Type::Number: return QStringLiteral("the number %1").arg(f.number);
    case VendorField::Type::Text: return QStringLiteral("the string \"%1\"").arg(elide(f.text, 40));
    case VendorField::Type::Bool: return f.flag ? QStringLiteral("true") : QStringLiteral("false");
    case VendorField::Type::Null: return QStringLiteral("null");
    case VendorField::Type::Other: return QStringLiteral("an array or object");
    }
    return {};
}

/// A number as JSON number or C-locale text, with the vendor's optional unit suffix.
Result<double> numberOf(const VendorField &f, const char *suffix, const QString &where)
{
    if (f.type == VendorField::Type::Number) {
        if (!std::isfinite(f.number))
            return invalid(where, f.key, QStringLiteral("expected a finite number"));
        return f.number;
    }
    if (f.type != VendorField::Type::Text)
        return invalid(where, f.key, QStringLiteral("expected a number, got %1").arg(describe(f)));
    QString text = f.text.trimmed();
    QString unitText;
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space > 0) {
        unitText = text.mid(space + 1).trimmed();
        text.truncate(space);
    }
    auto value = numberFromText(text);
    if (!value)
        return invalid(where, f.key, value.error().message);
    if (!unitText.isEmpty()) {
        const QString expected = suffix ? QString::fromUtf8(suffix) : QString();
        const bool celsius = expected == QStringLiteral("℃") || expected == QStringLiteral("°C");
        const bool ok = unitText == expected
                        || (celsius && (unitText == QStringLiteral("℃") || unitText == QStringLiteral("°C")));
        if (!ok)
            return invalid(where, f.key,
                           QStringLiteral("unit \"%1\" is not %2").arg(elide(unitText, 20),
                                                                      expected.isEmpty() ? QStringLiteral("expected") : expected));
    }
    return value.value();
}

Result<bool> flagOf(const VendorField &f, const QString &where)
{
    if (f.type == VendorField::Type::Bool)
        return f.flag;
    if (f.type == VendorField::Type::Number && (f.number == 0 || f.number == 1))
        return f.number == 1; // ChirpStack HTTP scripts send 0/1
    return invalid(where, f.key, QStringLiteral("expected true or false, got %1").arg(describe(f)));
}

DecodedValue number(QLatin1String quantity, double v, QLatin1String unit, QString invalidReason = {})
{
    DecodedValue value;
    value.quantity = quantity;
    value.number = v;
    value.unitCode = unit;
    value.invalidReason = std::move(invalidReason);
    return value;
}

DecodedValue flag(QLatin1String quantity, bool raised)
{
    return number(quantity, raised ? 1.0 : 0.0, unit::ratio);
}

DecodedValue text(QLatin1String quantity, const QString &t)
{
    DecodedValue value;
    value.quantity = quantity;
    value.text = t;
    return value;
}

} // namespace

const QVector<LorawanCodec> &lorawanCodecs()
{
    static const QVector<LorawanCodec> codecs{
        {QLatin1String("milesight-em310-udl"), QLatin1String("milesight-iot"), QLatin1String("em310-udl"), true,
         &decodeMilesightEm310Udl},
        {QLatin1String("milesight-em400-udl"), QLatin1String("milesight-iot"), QLatin1String("em400-udl"), false,
         &decodeMilesightEm400Udl},
        {QLatin1String("milesight-at101"), QLatin1String("milesight-iot"), QLatin1String("at101"), false,
         &decodeMilesightAt101},
        {QLatin1String("dingtek-df702"), QLatin1String("dingtek"), QLatin1String("df702"), true, &decodeDingtekDf702},
        {QLatin1String("dingtek-df703"), QLatin1String("dingtek"), QLatin1String("df703"), true, &decodeDingtekDf703},
        {QLatin1String("dingtek-df555"), QLatin1String("dingtek"), QLatin1String("df555"), false, &decodeDingtekDf555},
    };
    return codecs;
}

QStringList lorawanCodecNames()
{
    QStringList names;
    for (const LorawanCodec &c : lorawanCodecs())
        names << c.name;
    return names;
}

const LorawanCodec *findLorawanCodec(QStringView name)
{
    for (const LorawanCodec &c : lorawanCodecs()) {
        if (name.compare(c.name, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

const LorawanCodec *lorawanCodecForModel(QStringView brandId, QStringView modelId)
{
    for (const LorawanCodec &c : lorawanCodecs()) {
        if (brandId.compare(c.brandId, Qt::CaseInsensitive) == 0 && modelId.compare(c.modelId, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

const LorawanCodec *lorawanCodecForProfile(QStringView profileName)
{
    const QString profile = alnumLower(profileName);
    const LorawanCodec *found = nullptr;
    for (const LorawanCodec &c : lorawanCodecs()) {
        if (!profile.contains(alnumLower(QString(c.modelId))))
            continue;
        if (found)
            return nullptr; // ambiguous
        found = &c;
    }
    return found;
}

Result<BinSensorReading> readVendorFields(const LorawanCodec *codec, const QVector<VendorField> &fields,
                                          const QString &where)
{
    BinSensorReading r;
    const KeyTable keys = keysOf(codec);
    bool hasLon = false;
    bool hasLat = false;
    for (const VendorField &f : fields) {
        const VendorKey *k = keys.begin;
        while (k != keys.end && f.key != QLatin1String(k->key))
            ++k;
        if (k == keys.end || f.type == VendorField::Type::Null)
            continue;
        auto setNumber = [&](std::optional<double> *out) -> Status {
            auto v = numberOf(f, k->suffix, where);
            if (!v)
                return v.error();
            *out = v.value();
            return {};
        };
        auto setFlag = [&](std::optional<bool> *out) -> Status {
            auto v = flagOf(f, where);
            if (!v)
                return v.error();
            *out = v.value();
            return {};
        };
        Status s;
        switch (k->target) {
        case Target::DistanceMm: s = setNumber(&r.distanceMm); break;
        case Target::BatteryPercent: s = setNumber(&r.batteryPercent); break;
        case Target::TemperatureC: s = setNumber(&r.temperatureC); break;
        case Target::TiltDeg: s = setNumber(&r.tiltDeg); break;
        case Target::ReportIntervalH: s = setNumber(&r.reportIntervalH); break;
        case Target::DetectionIntervalMin: s = setNumber(&r.detectionIntervalMin); break;
        case Target::FullThresholdCm: s = setNumber(&r.fullThresholdCm); break;
        case Target::FireThresholdC: s = setNumber(&r.fireThresholdC); break;
        case Target::TiltThresholdDeg: s = setNumber(&r.tiltThresholdDeg); break;
        case Target::MeasurementRangeMm: s = setNumber(&r.measurementRangeMm); break;
        case Target::Tilted: s = setFlag(&r.tilted); break;
        case Target::FireAlarm: s = setFlag(&r.fireAlarm); break;
        case Target::FullAlarm: s = setFlag(&r.fullAlarm); break;
        case Target::BatteryAlarm: s = setFlag(&r.batteryAlarm); break;
        case Target::DistanceAlarm: s = setFlag(&r.distanceAlarm); break;
        case Target::TemperatureAlarm: s = setFlag(&r.temperatureAlarm); break;
        case Target::TiltAlarmEnabled: s = setFlag(&r.tiltAlarmEnabled); break;
        case Target::Position:
            if (f.type == VendorField::Type::Text && (f.text == QLatin1String("normal") || f.text == QLatin1String("tilt")))
                r.tilted = f.text == QLatin1String("tilt");
            else
                s = invalid(where, f.key, QStringLiteral("expected \"normal\" or \"tilt\", got %1").arg(describe(f)));
            break;
        case Target::Longitude:
        case Target::Latitude: {
            std::optional<double> v;
            s = setNumber(&v);
            if (s && k->target == Target::Longitude) {
                r.lon = *v;
                hasLon = true;
            } else if (s) {
                r.lat = *v;
                hasLat = true;
            }
            break;
        }
        case Target::Firmware:
            if (f.type == VendorField::Type::Text && !f.text.trimmed().isEmpty())
                r.firmwareVersion = f.text.trimmed();
            else if (f.type == VendorField::Type::Number && std::isfinite(f.number))
                r.firmwareVersion = QString::number(f.number);
            else
                s = invalid(where, f.key, QStringLiteral("expected a version, got %1").arg(describe(f)));
            break;
        }
        if (!s)
            return s.error();
    }
    r.hasLocation = hasLon && hasLat;
    return r;
}

LorawanValues lorawanValues(const BinSensorReading &r)
{
    LorawanValues out;
    QVector<DecodedValue> &v = out.values;
    if (r.distanceMm) {
        const double mm = *r.distanceMm;
        QString why;
        if (mm == 0xFFFF)
            why = QStringLiteral("0xFFFF mm is the sensor's no-echo value");
        else if (mm < 0 || mm > 10000)
            why = QStringLiteral("%1 mm is beyond the reach of a bin sensor (0–10 m)").arg(mm);
        v << number(quantity::distance, mm / 1000.0, unit::metre, why);
    }
    if (r.batteryPercent) {
        const double pct = *r.batteryPercent;
        v << number(quantity::batteryLevel, pct / 100.0, unit::ratio,
                    pct < 0 || pct > 100 ? QStringLiteral("battery %1 % is outside 0–100 %").arg(pct) : QString());
    }
    if (r.temperatureC) {
        const double c = *r.temperatureC;
        v << number(quantity::temperature, c, unit::celsius,
                    c < -60 || c > 1500 ? QStringLiteral("%1 °C is outside −60…1500 °C").arg(c) : QString());
    }
    if (r.tiltDeg) {
        const double deg = *r.tiltDeg;
        v << number(quantity::tiltAngle, deg, unit::degree,
                    std::abs(deg) > 180 ? QStringLiteral("a tilt of %1° is not an angle").arg(deg) : QString());
    }
    // WasteContainer.status from the alarms: fire first, since a burning bin may also fall.
    if (r.fireAlarm.value_or(false))
        v << text(quantity::status, QStringLiteral("burning"));
    else if (r.tilted.value_or(false))
        v << text(quantity::status, QStringLiteral("dropped"));
    else if (r.fireAlarm || r.tilted)
        v << text(quantity::status, QStringLiteral("ok"));
    if (r.fullAlarm)
        v << flag(quantity::fullAlarm, *r.fullAlarm);
    if (r.batteryAlarm)
        v << flag(quantity::batteryAlarm, *r.batteryAlarm);
    if (r.distanceAlarm)
        v << flag(quantity::distanceAlarm, *r.distanceAlarm);
    if (r.temperatureAlarm)
        v << flag(quantity::temperatureAlarm, *r.temperatureAlarm);
    if (!r.firmwareVersion.isEmpty())
        v << text(quantity::firmwareVersion, r.firmwareVersion);
    if (r.reportIntervalH)
        v << number(quantity::reportInterval, *r.reportIntervalH * 3600, unit::second);
    if (r.detectionIntervalMin)
        v << number(quantity::detectionInterval, *r.detectionIntervalMin * 60, unit::second);
    if (r.fullThresholdCm)
        v << number(quantity::fullAlarmThreshold, *r.fullThresholdCm / 100.0, unit::metre);
    if (r.fireThresholdC)
        v << number(quantity::fireAlarmThreshold, *r.fireThresholdC, unit::celsius);
    if (r.tiltThresholdDeg)
        v << number(quantity::tiltAlarmThreshold, *r.tiltThresholdDeg, unit::degree);
    if (r.tiltAlarmEnabled)
        v << flag(quantity::tiltAlarmEnabled, *r.tiltAlarmEnabled);
    if (r.measurementRangeMm)
        v << number(quantity::measurementRange, *r.measurementRangeMm / 1000.0, unit::metre);
    if (r.hasLocation && std::isfinite(r.lon) && std::isfinite(r.lat) && std::abs(r.lon) <= 180
        && std::abs(r.lat) <= 90 && !(std::abs(r.lon) < 1e-5 && std::abs(r.lat) < 1e-5)) {
        out.hasLocation = true;
        out.lon = r.lon;
        out.lat = r.lat;
    }
    return out;
}

std::optional<QByteArray> decodeBase64(QByteArrayView text)
{
    if (text.size() % 4 != 0)
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool alphabet = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                              || c == '/';
        const bool padding = c == '=' && i >= text.size() - 2 && (i == text.size() - 1 || text[i + 1] == '=');
        if (!alphabet && !padding)
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

} // namespace vigie::lorawan
