#include "citypack.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace vigie {

namespace {

const QLatin1String kManifest{"manifest.json"};

Error invalid(const QString &where, const QString &what)
{
    return {QStringLiteral("manifestInvalid"),
            QStringLiteral("manifest.json: %1: %2").arg(where, what)};
}

/// Line and column (1-based) of a byte offset, for JSON syntax errors.
QString lineColumn(const QByteArray &text, int offset)
{
    const QByteArray before = text.left(offset);
    const int line = before.count('\n') + 1;
    const int column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

Result<QStringList> stringList(const QJsonObject &o, const QString &key, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return QStringList();
    if (v.isString())
        return QStringList{v.toString()};
    if (!v.isArray())
        return invalid(where + QLatin1Char('.') + key, QStringLiteral("expected a string or an array of strings"));
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return invalid(where + QLatin1Char('.') + key, QStringLiteral("expected only strings"));
        out << item.toString();
    }
    return out;
}

Result<double> ratio(const QJsonObject &o, const QString &key, double fallback, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
        return invalid(where + QLatin1Char('.') + key, QStringLiteral("expected a ratio between 0 and 1"));
    return v.toDouble();
}

Status parseThresholds(const QJsonObject &o, const QString &where, ConditionPolicy *policy)
{
    auto high = ratio(o, QStringLiteral("highFill"), policy->highFill, where);
    if (!high)
        return high.error();
    auto full = ratio(o, QStringLiteral("fullFill"), policy->fullFill, where);
    if (!full)
        return full.error();
    if (high.value() > full.value())
        return invalid(where, QStringLiteral("highFill must not exceed fullFill"));
    policy->highFill = high.value();
    policy->fullFill = full.value();
    const QJsonValue silent = o.value(QLatin1String("silentAfterSeconds"));
    if (!silent.isUndefined()) {
        if (!silent.isDouble() || silent.toDouble() <= 0)
            return invalid(where + QStringLiteral(".silentAfterSeconds"), QStringLiteral("expected a positive number of seconds"));
        policy->silentAfterMs = qint64(silent.toDouble() * 1000);
    }
    return {};
}

Status parseTitle(const QJsonValue &v, const QString &where, PackLayer *layer)
{
    if (v.isUndefined()) {
        layer->titleFr = layer->titleEn = layer->id;
        return {};
    }
    if (v.isString()) {
        layer->titleFr = layer->titleEn = v.toString();
        return {};
    }
    if (v.isObject()) {
        layer->titleFr = v.toObject().value(QLatin1String("fr")).toString();
        layer->titleEn = v.toObject().value(QLatin1String("en")).toString();
        if (!layer->titleFr.isEmpty() || !layer->titleEn.isEmpty())
            return {};
    }
    return invalid(where + QStringLiteral(".title"), QStringLiteral("expected a string or {\"fr\": …, \"en\": …}"));
}

Status parseCoordinates(const QJsonObject &o, const QString &where, CoordinateColumns *c)
{
    c->xField = o.value(QLatin1String("xField")).toString();
    c->yField = o.value(QLatin1String("yField")).toString();
    c->latLonField = o.value(QLatin1String("latLonField")).toString();
    const bool xy = !c->xField.isEmpty() && !c->yField.isEmpty();
    const bool partialXy = c->xField.isEmpty() != c->yField.isEmpty();
    if (partialXy || xy == !c->latLonField.isEmpty())
        return invalid(where, QStringLiteral("give either xField and yField, or latLonField"));
    return {};
}

Result<PackLayer> parseLayer(const QJsonObject &o, const QString &where, const QDir &dir)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_-]+$"));
    PackLayer layer;
    layer.id = o.value(QLatin1String("id")).toString();
    if (!idPattern.match(layer.id).hasMatch())
        return invalid(where + QStringLiteral(".id"), QStringLiteral("expected a non-empty id of a-z, 0-9, _ and -"));
    if (auto s = parseTitle(o.value(QLatin1String("title")), where, &layer); !s)
        return s.error();

    const QString file = o.value(QLatin1String("file")).toString();
    if (file.isEmpty())
        return invalid(where + QStringLiteral(".file"), QStringLiteral("missing"));
    layer.file = QDir::cleanPath(dir.absoluteFilePath(file));
    if (!QFileInfo::exists(layer.file))
        return Error{QStringLiteral("layerFileMissing"),
                     QStringLiteral("manifest.json: %1.file: %2 does not exist").arg(where, layer.file)};
    layer.ogrLayer = o.value(QLatin1String("layer")).toString();

    const QString role = o.value(QLatin1String("role")).toString();
    if (!layerRoleFromName(role, &layer.role))
        return invalid(where + QStringLiteral(".role"),
                       QStringLiteral("unknown role \"%1\" (expected one of: %2)").arg(role, layerRoleNames()));
    if (layer.role == LayerRole::Asset) {
        const QString kind = o.value(QLatin1String("kind")).toString();
        if (!assetKindFromName(kind, &layer.kind))
            return invalid(where + QStringLiteral(".kind"),
                           QStringLiteral("unknown asset kind \"%1\" (expected Streetlight or WasteContainer)").arg(kind));
        layer.idField = o.value(QLatin1String("idField")).toString();
        if (layer.idField.isEmpty())
            return invalid(where + QStringLiteral(".idField"), QStringLiteral("an asset layer needs an id field (\"fid\" for the feature id)"));
        if (auto s = parseThresholds(o.value(QLatin1String("thresholds")).toObject(), where + QStringLiteral(".thresholds"), &layer.policy); !s)
            return s.error();
    } else {
        layer.idField = o.value(QLatin1String("idField")).toString();
    }

    auto labels = stringList(o, QStringLiteral("labelFields"), where);
    if (!labels)
        return labels.error();
    layer.labelFields = labels.value();
    auto address = stringList(o, QStringLiteral("addressFields"), where);
    if (!address)
        return address.error();
    layer.addressFields = address.value();
    layer.sourceCrs = o.value(QLatin1String("sourceCrs")).toString();
    layer.attributeFilter = o.value(QLatin1String("filter")).toString();
    if (o.contains(QLatin1String("coordinates"))) {
        if (auto s = parseCoordinates(o.value(QLatin1String("coordinates")).toObject(), where + QStringLiteral(".coordinates"), &layer.coordinates); !s)
            return s.error();
    }
    return layer;
}

} // namespace

QString PackLayer::title(const QString &lang) const
{
    if (lang == QLatin1String("fr"))
        return titleFr.isEmpty() ? titleEn : titleFr;
    return titleEn.isEmpty() ? titleFr : titleEn;
}

Result<CityPack> CityPack::load(const QString &directory)
{
    const QDir dir(directory);
    QFile file(dir.absoluteFilePath(kManifest));
    if (!file.exists())
        return Error{QStringLiteral("packNotFound"),
                     QStringLiteral("%1 has no manifest.json").arg(dir.absolutePath())};
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("manifestUnreadable"),
                     QStringLiteral("%1: %2").arg(file.fileName(), file.errorString())};
    const QByteArray text = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("manifestSyntax"),
                     QStringLiteral("%1: %2: %3").arg(file.fileName(), lineColumn(text, parseError.offset), parseError.errorString())};
    if (!doc.isObject())
        return invalid(QStringLiteral("(top level)"), QStringLiteral("expected an object"));
    const QJsonObject root = doc.object();

    const QJsonValue version = root.value(QLatin1String("formatVersion")).isUndefined()
        ? QJsonValue(1) : root.value(QLatin1String("formatVersion"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toInt() < 1)
        return invalid(QStringLiteral("formatVersion"), QStringLiteral("expected a whole number ≥ 1"));
    if (version.toInt() > kFormatVersion)
        return invalid(QStringLiteral("formatVersion"),
                       QStringLiteral("the pack is in format %1; this Vigie reads format %2 and older")
                           .arg(version.toInt()).arg(kFormatVersion));

    CityPack pack;
    pack.directory = dir.absolutePath();
    pack.id = root.value(QLatin1String("id")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_-]+$"));
    if (!idPattern.match(pack.id).hasMatch())
        return invalid(QStringLiteral("id"), QStringLiteral("expected a non-empty id of a-z, 0-9, _ and -"));
    pack.name = root.value(QLatin1String("name")).toString(pack.id);
    pack.attribution = root.value(QLatin1String("attribution")).toString();
    if (pack.attribution.isEmpty())
        return invalid(QStringLiteral("attribution"), QStringLiteral("missing: the data licences require it"));
    if (root.contains(QLatin1String("timeZone"))) {
        pack.timeZone = root.value(QLatin1String("timeZone")).toString();
        if (!QTimeZone(pack.timeZone.toUtf8()).isValid())
            return invalid(QStringLiteral("timeZone"), QStringLiteral("unknown IANA time zone \"%1\"").arg(pack.timeZone));
    }

    if (root.contains(QLatin1String("devices"))) {
        const QString devices = root.value(QLatin1String("devices")).toString();
        if (devices.isEmpty())
            return invalid(QStringLiteral("devices"), QStringLiteral("expected the name of a CSV file in the pack"));
        pack.devicesFile = QDir::cleanPath(dir.absoluteFilePath(devices));
        if (!QFileInfo(pack.devicesFile).isFile())
            return invalid(QStringLiteral("devices"), QStringLiteral("no file %1").arg(pack.devicesFile));
    }

    if (root.contains(QLatin1String("services"))) {
        const QString services = root.value(QLatin1String("services")).toString();
        if (services.isEmpty())
            return invalid(QStringLiteral("services"), QStringLiteral("expected the name of a JSON file in the pack"));
        pack.servicesFile = QDir::cleanPath(dir.absoluteFilePath(services));
        if (!QFileInfo(pack.servicesFile).isFile())
            return invalid(QStringLiteral("services"), QStringLiteral("no file %1").arg(pack.servicesFile));
    }
    if (root.contains(QLatin1String("crews"))) {
        const QString crews = root.value(QLatin1String("crews")).toString();
        if (crews.isEmpty())
            return invalid(QStringLiteral("crews"), QStringLiteral("expected the name of a JSON file in the pack"));
        pack.crewsFile = QDir::cleanPath(dir.absoluteFilePath(crews));
        if (!QFileInfo(pack.crewsFile).isFile())
            return invalid(QStringLiteral("crews"), QStringLiteral("no file %1").arg(pack.crewsFile));
    }

    const QJsonValue layers = root.value(QLatin1String("layers"));
    if (!layers.isArray() || layers.toArray().isEmpty())
        return invalid(QStringLiteral("layers"), QStringLiteral("expected a non-empty array"));
    QSet<QString> ids;
    const QJsonArray array = layers.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("layers[%1]").arg(i);
        if (!array.at(i).isObject())
            return invalid(where, QStringLiteral("expected an object"));
        auto layer = parseLayer(array.at(i).toObject(), where, dir);
        if (!layer)
            return layer.error();
        if (ids.contains(layer->id))
            return invalid(where + QStringLiteral(".id"), QStringLiteral("duplicate id \"%1\"").arg(layer->id));
        ids.insert(layer->id);
        pack.layers << std::move(layer).value();
    }
    return pack;
}

Result<CityPack> CityPack::locate(const QString &nameOrPath, const QStringList &searchDirs)
{
    if (nameOrPath.contains(QLatin1Char('/')) || QFileInfo(nameOrPath).isDir())
        return load(nameOrPath);
    QStringList tried;
    for (const QString &base : searchDirs) {
        const QString candidate = QDir(base).absoluteFilePath(nameOrPath);
        if (QFileInfo::exists(QDir(candidate).absoluteFilePath(kManifest)))
            return load(candidate);
        tried << candidate;
    }
    return Error{QStringLiteral("packNotFound"),
                 QStringLiteral("no city pack \"%1\" (looked in %2)").arg(nameOrPath, tried.join(QLatin1String(", ")))};
}

QStringList CityPack::available(const QStringList &searchDirs)
{
    QStringList ids;
    for (const QString &base : searchDirs) {
        const QDir dir(base);
        for (const QString &entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (QFileInfo::exists(dir.absoluteFilePath(entry + QLatin1Char('/') + kManifest)))
                ids << entry;
        }
    }
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

QString CityPack::signature() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList files{QDir(directory).absoluteFilePath(kManifest)};
    for (const PackLayer &layer : layers)
        files << layer.file;
    if (!devicesFile.isEmpty())
        files << devicesFile;
    if (!crewsFile.isEmpty())
        files << crewsFile;
    if (!servicesFile.isEmpty())
        files << servicesFile;
    for (const QString &path : std::as_const(files)) {
        const QFileInfo info(path);
        hash.addData(QStringLiteral("%1|%2|%3\n").arg(info.fileName()).arg(info.size())
                         .arg(info.lastModified().toMSecsSinceEpoch()).toUtf8());
        QFile f(path);
        if (path.endsWith(kManifest) && f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace vigie
