#include "cityassets.h"

#include "map/assetgroups.h"

#include "city/packdevices.h"
#include "domain/assetdirectory.h"
#include "io/ogrimporter.h"

#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace vigie::sim {

namespace {

/// A JSON number, or a string holding one; NaN otherwise.
double numberOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    bool ok = false;
    const double d = v.toString().trimmed().toDouble(&ok);
    return ok ? d : std::numeric_limits<double>::quiet_NaN();
}

/// Trilib' collectFrequency "c300" / "c400": the hundreds digit is the number of
/// collections a week (see docs/simulator.md). 0 when the value has another form.
int collectionsPerWeek(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^c([1-7])00$"));
    const QRegularExpressionMatch m = pattern.match(code.trimmed());
    return m.hasMatch() ? m.capturedView(1).toInt() : 0;
}

CityPack assetLayersOnly(const CityPack &pack)
{
    CityPack reduced = pack;
    reduced.layers.clear();
    bool districts = false;
    for (const PackLayer &layer : pack.layers) {
        if (layer.role == LayerRole::Asset || (layer.role == LayerRole::Districts && !districts))
            reduced.layers << layer;
        districts = districts || layer.role == LayerRole::Districts;
    }
    return reduced;
}

QString cabinetOf(const QByteArray &attributesJson)
{
    if (attributesJson.isEmpty())
        return {};
    const QJsonObject o = QJsonDocument::fromJson(attributesJson).object();
    for (const char *key : {"refStreetlightControlCabinet", "cabinet"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed();
    }
    return {};
}

} // namespace

QStringList citySearchPaths(const QString &citiesDir, const QString &applicationDir,
                            const QString &installDataDir, const QString &sourceDir)
{
    QStringList dirs;
    if (!citiesDir.isEmpty())
        dirs << citiesDir;
    dirs << QDir::cleanPath(applicationDir + QStringLiteral("/../") + installDataDir);
    dirs << sourceDir;
    return dirs;
}

void readTrilibAttributes(const QByteArray &attributesJson, AssetSpec *spec)
{
    const QJsonObject o = QJsonDocument::fromJson(attributesJson).object();
    const double level = numberOf(o.value(QLatin1String("fillingRate")));
    if (level >= 0 && level <= 100)
        spec->initialLevel = level / 100.0;
    const double rate = numberOf(o.value(QLatin1String("avgFillingRatePerDay")));
    if (rate >= 0 && rate <= 100)
        spec->fillRatePerDay = rate / 100.0;
    if (const int perWeek = collectionsPerWeek(o.value(QLatin1String("collectFrequency")).toString()))
        spec->collectionsPerWeek = perWeek;
}

Result<CityAssets> loadCityAssets(const CityPack &pack)
{
    const CityPack reduced = assetLayersOnly(pack);
    if (std::none_of(reduced.layers.cbegin(), reduced.layers.cend(),
                     [](const PackLayer &l) { return l.role == LayerRole::Asset; }))
        return Error{QStringLiteral("noAssets"), QStringLiteral("the city pack %1 has no asset layer").arg(pack.id)};
    auto imported = ogrimport::importCity(reduced);
    if (!imported)
        return imported.error();
    auto devices = readPackDevices(pack);
    if (!devices)
        return devices.error();

    CityAssets city;
    city.pack = pack;
    QVector<GroupFeature> districtShapes;
    for (const ImportedLayer &layer : imported->layers) {
        if (layer.layer.role == LayerRole::Districts) {
            for (const ImportedFeature &feature : layer.features) {
                city.districts << DistrictSpec{feature.ref, feature.label};
                districtShapes << GroupFeature{feature.label, feature.wkb};
            }
            continue;
        }
        city.skipped += layer.issues.size();
        for (const ImportedFeature &feature : layer.features) {
            AssetSpec spec;
            spec.kind = layer.layer.kind;
            spec.ref = feature.ref;
            spec.lon = feature.labelLon;
            spec.lat = feature.labelLat;
            if (spec.kind == AssetKind::WasteContainer)
                readTrilibAttributes(feature.attributes, &spec);
            else
                spec.cabinet = cabinetOf(feature.attributes);
            city.assets << spec;
        }
    }
    if (city.assets.isEmpty())
        return Error{QStringLiteral("noAssets"),
                     QStringLiteral("no feature of the asset layers of %1 could be imported").arg(pack.id)};
    auto index = DistrictIndex::create(districtShapes);
    if (!index)
        return index.error();
    for (AssetSpec &spec : city.assets)
        spec.district = index->districtAt(spec.lon, spec.lat);
    QHash<QString, int> byUrn;
    for (int i = 0; i < city.assets.size(); ++i)
        byUrn.insert(assetUrn(city.assets.at(i).kind, pack.id, city.assets.at(i).ref), i);
    for (const DeviceBinding &binding : std::as_const(devices.value())) {
        const auto it = byUrn.constFind(binding.assetId);
        if (it == byUrn.constEnd()) {
            ++city.unmatchedDevices;
            continue;
        }
        city.assets[*it].deviceId = binding.deviceId;
        city.assets[*it].containerDepthM = binding.containerDepthM;
    }
    return city;
}

} // namespace vigie::sim
