#include "packdevices.h"

#include "domain/assetdirectory.h"
#include "ingest/timestamps.h"

#include <QFile>
#include <QTimeZone>

namespace vigie {

namespace {

const QStringList kColumns{QStringLiteral("deviceId"), QStringLiteral("layer"), QStringLiteral("ref"),
                           QStringLiteral("containerDepthM"), QStringLiteral("installedAt")};

} // namespace

Result<QVector<DeviceBinding>> readPackDevices(const CityPack &pack)
{
    QVector<DeviceBinding> out;
    if (pack.devicesFile.isEmpty())
        return out;
    QFile file(pack.devicesFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{QStringLiteral("devicesUnreadable"), QStringLiteral("%1: %2").arg(pack.devicesFile, file.errorString())};
    const auto invalid = [&pack](int line, const QString &column, const QString &what) {
        return Error{QStringLiteral("devicesInvalid"),
                     QStringLiteral("%1, line %2, %3: %4").arg(pack.devicesFile).arg(line).arg(column, what)};
    };
    const QTimeZone zone(pack.timeZone.toUtf8());
    int line = 0;
    while (!file.atEnd()) {
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        ++line;
        if (line == 1) {
            if (text.split(QLatin1Char(',')) != kColumns)
                return invalid(line, QStringLiteral("header"), QStringLiteral("expected \"%1\"").arg(kColumns.join(QLatin1Char(','))));
            continue;
        }
        if (text.isEmpty())
            continue;
        const QStringList f = text.split(QLatin1Char(','));
        if (f.size() != kColumns.size())
            return invalid(line, QStringLiteral("row"), QStringLiteral("%1 fields, expected %2").arg(f.size()).arg(kColumns.size()));
        const PackLayer *layer = nullptr;
        for (const PackLayer &l : pack.layers) {
            if (l.id == f.at(1) && l.role == LayerRole::Asset)
                layer = &l;
        }
        if (!layer)
            return invalid(line, kColumns.at(1), QStringLiteral("\"%1\" is not an asset layer of the pack").arg(f.at(1)));
        DeviceBinding b;
        b.deviceId = normalizeDeviceId(f.at(0));
        b.assetId = assetUrn(layer->kind, pack.id, f.at(2));
        b.origin = DeviceBinding::Origin::CityPack;
        if (!f.at(3).isEmpty()) {
            bool ok = false;
            b.containerDepthM = f.at(3).toDouble(&ok);
            if (!ok)
                return invalid(line, kColumns.at(3), QStringLiteral("\"%1\" is not a number of metres").arg(f.at(3)));
        }
        if (!f.at(4).isEmpty()) {
            auto t = parseIsoTimestamp(f.at(4), zone);
            if (!t)
                return invalid(line, kColumns.at(4), t.error().message);
            b.installedAtMs = t->ms;
        }
        if (auto valid = validateBinding(b); !valid)
            return invalid(line, kColumns.at(0), valid.error().message);
        out << b;
    }
    return out;
}

} // namespace vigie
