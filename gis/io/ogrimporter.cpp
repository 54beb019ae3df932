#include "ogrimporter.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_api.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <memory>
#include <mutex>

Q_LOGGING_CATEGORY(lcImport, "vigie.import")

namespace vigie::ogrimport {

namespace {

/// Collects the messages OGR emits while one call runs on this thread, so an unreadable
/// geometry can be reported with OGR's own words instead of a bare "no geometry".
class OgrMessages
{
public:
    OgrMessages() { CPLPushErrorHandlerEx(&OgrMessages::handler, this); }
    ~OgrMessages() { CPLPopErrorHandler(); }
    QString take()
    {
        QString out = m_text.join(QLatin1String("; "));
        m_text.clear();
        return out;
    }

private:
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char *message)
    {
        auto *self = static_cast<OgrMessages *>(CPLGetErrorHandlerUserData());
        if (level >= CE_Warning && self->m_text.size() < 5)
            self->m_text << QString::fromUtf8(message).trimmed();
    }
    QStringList m_text;
};

struct GdalCloser
{
    void operator()(GDALDataset *d) const { GDALClose(GDALDataset::ToHandle(d)); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, GdalCloser>;

Error layerError(const PackLayer &layer, const char *code, const QString &what)
{
    return {QString::fromLatin1(code), QStringLiteral("layer %1 (%2): %3").arg(layer.id, layer.file, what)};
}

QString fieldText(OGRFeature &f, int index)
{
    if (index < 0 || !f.IsFieldSetAndNotNull(index))
        return {};
    return QString::fromUtf8(f.GetFieldAsString(index)).trimmed();
}

QString joined(OGRFeature &f, const QVector<int> &indexes, const QString &separator)
{
    QStringList parts;
    for (int i : indexes) {
        const QString t = fieldText(f, i);
        if (!t.isEmpty())
            parts << t;
    }
    return parts.join(separator);
}

QByteArray attributesJson(OGRFeature &f)
{
    QJsonObject o;
    for (int i = 0; i < f.GetFieldCount(); ++i) {
        const OGRFieldDefn *def = f.GetFieldDefnRef(i);
        const QString name = QString::fromUtf8(def->GetNameRef());
        if (!f.IsFieldSetAndNotNull(i)) {
            o.insert(name, QJsonValue::Null);
            continue;
        }
        switch (def->GetType()) {
        case OFTInteger: o.insert(name, f.GetFieldAsInteger(i)); break;
        case OFTInteger64: o.insert(name, double(f.GetFieldAsInteger64(i))); break;
        case OFTReal: o.insert(name, f.GetFieldAsDouble(i)); break;
        default: o.insert(name, QString::fromUtf8(f.GetFieldAsString(i))); break;
        }
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// "48.821162, 2.367852" (opendata.paris.fr geo_point_2d) → a point.
std::unique_ptr<OGRGeometry> pointFromLatLon(const QString &text, QString *why)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*\[?\s*(-?\d+(?:\.\d+)?)\s*[,;]\s*(-?\d+(?:\.\d+)?)\s*\]?\s*$)"));
    const auto m = pattern.match(text);
    if (!m.hasMatch()) {
        *why = text.isEmpty() ? QStringLiteral("no coordinates") : QStringLiteral("cannot read \"%1\" as \"lat, lon\"").arg(text.left(60));
        return nullptr;
    }
    const double lat = m.captured(1).toDouble();
    const double lon = m.captured(2).toDouble();
    if (std::abs(lat) > 90 || std::abs(lon) > 180) {
        *why = QStringLiteral("\"%1\" is not a latitude, longitude pair").arg(text.left(60));
        return nullptr;
    }
    return std::make_unique<OGRPoint>(lon, lat);
}

/// For a GeoJSON feature OGR gave no geometry: the reason, if the source had one OGR could
/// not read (the GeoJSON driver parses at open time, so its own message names no feature).
QString unreadableGeoJsonGeometry(const char *nativeData)
{
    if (!nativeData)
        return {};
    const QJsonObject feature = QJsonDocument::fromJson(QByteArray(nativeData)).object();
    const QJsonValue geometry = feature.value(QLatin1String("geometry"));
    if (geometry.isUndefined() || geometry.isNull())
        return {};
    const QByteArray text = QJsonDocument(geometry.toObject()).toJson(QJsonDocument::Compact);
    return QStringLiteral("geometry OGR cannot read: %1").arg(QString::fromUtf8(text.left(120)));
}

/// A representative point: on the surface for areas, halfway along for lines.
bool labelPoint(const OGRGeometry &g, double *x, double *y)
{
    const auto type = wkbFlatten(g.getGeometryType());
    if (type == wkbPoint) {
        *x = g.toPoint()->getX();
        *y = g.toPoint()->getY();
        return true;
    }
    const OGRLineString *line = nullptr;
    if (type == wkbLineString) {
        line = g.toLineString();
    } else if (type == wkbMultiLineString) {
        double longest = -1;
        for (const OGRLineString *part : *g.toMultiLineString()) {
            if (part->get_Length() > longest) {
                longest = part->get_Length();
                line = part;
            }
        }
    }
    if (line) {
        OGRPoint p;
        line->Value(line->get_Length() / 2, &p);
        *x = p.getX();
        *y = p.getY();
        return true;
    }
    // OGR_G_PointOnSurface (GEOS) handles every areal type, multi-parts included.
    std::unique_ptr<OGRGeometry> surface(OGRGeometry::FromHandle(
        OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRGeometry *>(&g)))));
    if (surface && wkbFlatten(surface->getGeometryType()) == wkbPoint && !surface->IsEmpty()) {
        *x = surface->toPoint()->getX();
        *y = surface->toPoint()->getY();
        return true;
    }
    OGRPoint centroid;
    if (g.Centroid(&centroid) == OGRERR_NONE && !centroid.IsEmpty()) {
        *x = centroid.getX();
        *y = centroid.getY();
        return true;
    }
    return false;
}

bool inLonLatRange(const OGREnvelope &e)
{
    return std::isfinite(e.MinX) && std::isfinite(e.MaxY) && e.MinX >= -180 && e.MaxX <= 180 && e.MinY >= -90
           && e.MaxY <= 90;
}

struct FieldIndexes
{
    int id = -1;
    bool idIsFid = false;
    int latLon = -1;
    QVector<int> labels;
    QVector<int> address;
};

Result<FieldIndexes> resolveFields(const PackLayer &layer, OGRFeatureDefn &defn)
{
    FieldIndexes ix;
    auto find = [&](const QString &name, const char *what) -> Result<int> {
        const int i = defn.GetFieldIndex(name.toUtf8().constData());
        if (i < 0)
            return layerError(layer, "layerUnreadable", QStringLiteral("no field \"%1\" (%2)").arg(name, QLatin1String(what)));
        return i;
    };
    if (!layer.idField.isEmpty()) {
        ix.id = defn.GetFieldIndex(layer.idField.toUtf8().constData());
        ix.idIsFid = ix.id < 0 && layer.idField.compare(QLatin1String("fid"), Qt::CaseInsensitive) == 0;
        if (ix.id < 0 && !ix.idIsFid)
            return layerError(layer, "layerUnreadable", QStringLiteral("no field \"%1\" (idField)").arg(layer.idField));
    }
    if (!layer.coordinates.latLonField.isEmpty()) {
        auto i = find(layer.coordinates.latLonField, "coordinates.latLonField");
        if (!i)
            return i.error();
        ix.latLon = i.value();
    }
    for (const QString &name : layer.labelFields) {
        auto i = find(name, "labelFields");
        if (!i)
            return i.error();
        ix.labels << i.value();
    }
    for (const QString &name : layer.addressFields) {
        auto i = find(name, "addressFields");
        if (!i)
            return i.error();
        ix.address << i.value();
    }
    return ix;
}

} // namespace

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

Result<ImportedLayer> importLayer(const PackLayer &layer, const Progress &progress, const std::atomic<bool> *cancel)
{
    ensureGdalRegistered();
    OgrMessages messages;

    CPLStringList openOptions;
    const QString suffix = QFileInfo(layer.file).suffix().toLower();
    const bool geoJson = suffix == QLatin1String("geojson") || suffix == QLatin1String("json");
    if (geoJson) // keeps each feature's JSON, to tell a null geometry from an unreadable one
        openOptions.SetNameValue("NATIVE_DATA", "YES");
    if (!layer.coordinates.xField.isEmpty()) {
        openOptions.SetNameValue("X_POSSIBLE_NAMES", layer.coordinates.xField.toUtf8().constData());
        openOptions.SetNameValue("Y_POSSIBLE_NAMES", layer.coordinates.yField.toUtf8().constData());
    }
    DatasetPtr dataset(GDALDataset::Open(layer.file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                         openOptions.List(), nullptr));
    if (!dataset) {
        const QString said = messages.take();
        return layerError(layer, "layerUnreadable",
                          said.isEmpty() ? QStringLiteral("OGR cannot open it: no driver recognises its format")
                                         : QStringLiteral("OGR cannot open it: %1").arg(said));
    }
    OGRLayer *source = layer.ogrLayer.isEmpty() ? dataset->GetLayer(0)
                                                : dataset->GetLayerByName(layer.ogrLayer.toUtf8().constData());
    if (!source)
        return layerError(layer, "layerUnreadable", QStringLiteral("no layer \"%1\" in the file").arg(layer.ogrLayer));

    // The file's CRS wins; the manifest's sourceCrs is for files that state none.
    OGRSpatialReference sourceSrs;
    if (const OGRSpatialReference *stated = source->GetSpatialRef()) {
        sourceSrs = *stated;
    } else if (layer.sourceCrs.isEmpty()) {
        return layerError(layer, "noCrs", QStringLiteral("the file states no CRS and the manifest gives no sourceCrs"));
    } else if (sourceSrs.SetFromUserInput(layer.sourceCrs.toUtf8().constData()) != OGRERR_NONE) {
        return layerError(layer, "invalidCrs", QStringLiteral("sourceCrs \"%1\" is not a CRS PROJ knows").arg(layer.sourceCrs));
    }
    sourceSrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toWgs84;
    if (!sourceSrs.IsSame(&wgs84)) {
        toWgs84.reset(OGRCreateCoordinateTransformation(&sourceSrs, &wgs84));
        if (!toWgs84)
            return layerError(layer, "invalidCrs", QStringLiteral("no transformation to EPSG:4326: %1").arg(messages.take()));
    }

    if (!layer.attributeFilter.isEmpty()
        && source->SetAttributeFilter(layer.attributeFilter.toUtf8().constData()) != OGRERR_NONE)
        return layerError(layer, "invalidFilter", QStringLiteral("filter \"%1\": %2").arg(layer.attributeFilter, messages.take()));

    auto fields = resolveFields(layer, *source->GetLayerDefn());
    if (!fields)
        return fields.error();
    const FieldIndexes &ix = fields.value();

    ImportedLayer out;
    out.layer = layer;
    const qint64 total = qMax<GIntBig>(0, source->GetFeatureCount(FALSE));
    out.features.reserve(total);
    QHash<QString, qint64> seenRefs;
    messages.take();
    source->ResetReading();

    while (true) {
        std::unique_ptr<OGRFeature> feature(source->GetNextFeature());
        const QString ogrSaid = messages.take();
        if (!feature)
            break;
        ++out.sourceCount;
        if (cancel && cancel->load())
            return Error{QStringLiteral("cancelled"), QStringLiteral("import cancelled")};
        if (progress && out.sourceCount % 2000 == 0)
            progress(out.sourceCount, total);

        ImportedFeature f;
        f.fid = feature->GetFID();
        f.ref = ix.idIsFid ? QString::number(f.fid) : fieldText(*feature, ix.id);
        auto skip = [&](const QString &reason) { out.issues << ImportIssue{layer.id, f.fid, f.ref, reason}; };

        std::unique_ptr<OGRGeometry> geometry;
        QString why;
        if (ix.latLon >= 0)
            geometry = pointFromLatLon(fieldText(*feature, ix.latLon), &why);
        else
            geometry.reset(feature->StealGeometry());
        if (!geometry && geoJson)
            why = unreadableGeoJsonGeometry(feature->GetNativeData());
        if (!geometry) {
            skip(!why.isEmpty() ? why
                 : ogrSaid.isEmpty() ? QStringLiteral("no geometry")
                                     : QStringLiteral("geometry OGR cannot read: %1").arg(ogrSaid));
            continue;
        }
        if (geometry->IsEmpty()) {
            skip(QStringLiteral("empty geometry"));
            continue;
        }
        geometry->flattenTo2D();
        if (toWgs84 && geometry->transform(toWgs84.get()) != OGRERR_NONE) {
            skip(QStringLiteral("coordinates cannot be reprojected from %1 to EPSG:4326").arg(
                QString::fromUtf8(sourceSrs.GetName() ? sourceSrs.GetName() : "the source CRS")));
            continue;
        }
        OGREnvelope envelope;
        geometry->getEnvelope(&envelope);
        if (!inLonLatRange(envelope)) {
            skip(QStringLiteral("coordinates outside longitude/latitude range after reprojection (wrong CRS?)"));
            continue;
        }
        if (layer.role == LayerRole::Asset) {
            if (f.ref.isEmpty()) {
                skip(QStringLiteral("no id in field \"%1\"").arg(layer.idField));
                continue;
            }
            if (auto it = seenRefs.constFind(f.ref); it != seenRefs.constEnd()) {
                skip(QStringLiteral("duplicate id \"%1\" (already used by feature %2)").arg(f.ref).arg(it.value()));
                continue;
            }
            seenRefs.insert(f.ref, f.fid);
        }
        if (!labelPoint(*geometry, &f.labelLon, &f.labelLat)) {
            skip(QStringLiteral("no representative point can be computed"));
            continue;
        }
        f.wkb.resize(qsizetype(geometry->WkbSize()));
        geometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(f.wkb.data()), wkbVariantIso);
        f.label = joined(*feature, ix.labels, QStringLiteral(" – "));
        f.address = joined(*feature, ix.address, QStringLiteral(", "));
        f.attributes = attributesJson(*feature);
        out.features << std::move(f);
    }
    if (progress)
        progress(out.sourceCount, total);
    qCInfo(lcImport) << layer.id << out.features.size() << "features," << out.issues.size() << "skipped";
    return out;
}

Result<ImportedCity> importCity(const CityPack &pack, const std::function<void(int, qint64, qint64)> &progress,
                                const std::atomic<bool> *cancel)
{
    ImportedCity city;
    city.pack = pack;
    city.signature = pack.signature();
    for (int i = 0; i < pack.layers.size(); ++i) {
        const PackLayer &layer = pack.layers.at(i);
        auto imported = importLayer(layer, progress ? Progress([&, i](qint64 d, qint64 t) { progress(i, d, t); }) : Progress(), cancel);
        if (!imported) {
            if (imported.error().code == QLatin1String("cancelled"))
                return imported.error();
            qCWarning(lcImport) << imported.error().message;
            ImportedLayer failed;
            failed.layer = layer;
            failed.issues << ImportIssue{layer.id, -1, QString(), imported.error().message};
            city.layers << failed;
            continue;
        }
        city.layers << std::move(imported).value();
    }
    return city;
}

} // namespace vigie::ogrimport
