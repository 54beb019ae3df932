#include "worksimport.h"

#include "geosutil.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcWorks, "vigie.coordination.works")

namespace vigie {

namespace {

constexpr qint64 kMin = std::numeric_limits<qint64>::min();
constexpr qint64 kMax = std::numeric_limits<qint64>::max();

void addIssue(WorksImport &out, int index, const QString &id, const QString &code, const QString &message)
{
    out.issues.append({index, id, code, message});
}

/// Reads `geometry` into zone.wkb / areaWkb / label. `bufferWidthM` is used for lines and points.
void readGeometry(const geos::Context &ctx, const QJsonValue &geometry, const WorksImportOptions &options,
                  double bufferWidthM, WorksZone &zone, WorksImport &out, int index)
{
    if (!geometry.isObject()) {
        zone.quality |= WorksGeometryMissing;
        addIssue(out, index, zone.id, QStringLiteral("geometryMissing"),
                 QStringLiteral("Feature %1 has no geometry; it is listed but not placed.").arg(zone.id));
        return;
    }
    const QByteArray text = QJsonDocument(geometry.toObject()).toJson(QJsonDocument::Compact);
    geos::GeomPtr g = geos::fromGeoJson(ctx, text);
    if (!g) {
        zone.quality |= WorksGeometryMissing;
        addIssue(out, index, zone.id, QStringLiteral("geometryUnreadable"),
                 QStringLiteral("Feature %1: geometry cannot be read (%2).").arg(zone.id, elide(ctx.lastError(), 120)));
        return;
    }
    if (GEOSisEmpty_r(ctx, g.get()) != 0) {
        zone.quality |= WorksGeometryMissing;
        addIssue(out, index, zone.id, QStringLiteral("geometryEmpty"),
                 QStringLiteral("Feature %1 has an empty geometry; it is listed but not placed.").arg(zone.id));
        return;
    }
    zone.wkb = geos::toWkb(ctx, g.get());
    geos::GeomPtr metric = geos::toFrame(ctx, g.get(), options.frame);
    const int type = GEOSGeomTypeId_r(ctx, metric.get());
    const bool polygonal = type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON;
    geos::GeomPtr area;
    if (polygonal) {
        if (GEOSisValid_r(ctx, metric.get()) != 1) {
            zone.quality |= WorksGeometryInvalid;
            addIssue(out, index, zone.id, QStringLiteral("geometryInvalid"),
                     QStringLiteral("Feature %1: polygon is not valid; repaired with MakeValid.").arg(zone.id));
            geos::GeomPtr valid = geos::own(ctx, GEOSMakeValid_r(ctx, metric.get()));
            // MakeValid may return a collection with lines; buffer(0) keeps the polygonal part.
            area = valid ? geos::own(ctx, GEOSBuffer_r(ctx, valid.get(), 0.0, 8)) : geos::GeomPtr(nullptr, {ctx});
        } else {
            area = std::move(metric);
        }
    } else {
        zone.quality |= WorksGeometryBuffered;
        area = geos::own(ctx, GEOSBuffer_r(ctx, metric.get(), std::max(0.5, bufferWidthM / 2.0), 8));
    }
    if (!area || GEOSisEmpty_r(ctx, area.get()) != 0) {
        zone.quality |= WorksGeometryMissing;
        addIssue(out, index, zone.id, QStringLiteral("geometryEmpty"),
                 QStringLiteral("Feature %1: geometry has no area after repair; not placed.").arg(zone.id));
        return;
    }
    zone.areaWkb = geos::toWkb(ctx, area.get());
    geos::GeomPtr label = geos::own(ctx, GEOSPointOnSurface_r(ctx, g.get()));
    double x = 0, y = 0;
    if (label && GEOSGeomGetX_r(ctx, label.get(), &x) && GEOSGeomGetY_r(ctx, label.get(), &y)) {
        zone.labelLon = x;
        zone.labelLat = y;
    }
}

/// ISO 8601 with or without offset (a time without offset is read in `zone`).
bool parseIso(const QString &text, const QTimeZone &zone, QDateTime *out)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return false;
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), zone);
    *out = t;
    return true;
}

/// A Paris date field → the calendar day it names in the city's zone (see header).
/// Returns false (and flags) when missing, unparsable or the 1970 placeholder.
bool parisDay(const QJsonValue &value, const char *field, const WorksImportOptions &options, WorksZone &zone,
              WorksImport &out, int index, QDate *day)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return false;
    QDateTime t;
    if (!parseIso(text, options.zone, &t)) {
        zone.quality |= WorksUnparsableDate;
        addIssue(out, index, zone.id, QStringLiteral("dateUnparsable"),
                 QStringLiteral("Feature %1: %2 \"%3\" is not ISO 8601; treated as missing.")
                     .arg(zone.id, QLatin1String(field), elide(text, 40)));
        return false;
    }
    const QDateTime local = t.toTimeZone(options.zone);
    if (local.date().year() <= 1970) {
        zone.quality |= WorksEpochPlaceholder;
        addIssue(out, index, zone.id, QStringLiteral("dateEpoch"),
                 QStringLiteral("Feature %1: %2 is %3, a null in disguise; treated as missing.")
                     .arg(zone.id, QLatin1String(field), text));
        return false;
    }
    if (t.offsetFromUtc() != local.offsetFromUtc())
        zone.quality |= WorksForeignOffset;
    *day = local.date();
    return true;
}

WorksZone parisZone(const geos::Context &ctx, const QJsonObject &feature, int index,
                    const WorksImportOptions &options, WorksImport &out)
{
    const QJsonObject p = feature.value(QLatin1String("properties")).toObject();
    WorksZone z;
    z.source = WorksSource::ParisChantiers;
    z.id = p.value(QLatin1String("identifiant")).toString();
    if (z.id.isEmpty() && p.contains(QLatin1String("objectid")))
        z.id = QStringLiteral("objectid-%1").arg(p.value(QLatin1String("objectid")).toInteger());
    z.owner = p.value(QLatin1String("maitre_ouvrage")).toString();
    z.street = p.value(QLatin1String("voie")).toString();
    z.description = p.value(QLatin1String("description")).toString();
    z.impactDetail = p.value(QLatin1String("impact_circulation_detail")).toString();
    z.statusCode = p.value(QLatin1String("statut")).toInt();
    const QJsonValue ar = p.value(QLatin1String("cp_arrondissement"));
    if (ar.isDouble()) // 75010 → "10", the arrondissements layer's c_ar
        z.districtId = QString::number(ar.toInteger() % 100);

    const QString impact = p.value(QLatin1String("impact_circulation")).toString().trimmed();
    if (impact.isEmpty()) {
        z.quality |= WorksImpactMissing;
        addIssue(out, index, z.id, QStringLiteral("impactMissing"),
                 QStringLiteral("Feature %1 has no impact_circulation.").arg(z.id));
    } else if (!trafficImpactFromKey(impact, &z.impact) || z.impact == TrafficImpact::Unknown) {
        const QString folded = impact.toLower();
        if (folded.contains(QLatin1String("impasse")))
            z.impact = TrafficImpact::Impasse;
        else if (folded.contains(QLatin1String("barr")) || folded.contains(QLatin1String("ferm")))
            z.impact = TrafficImpact::BarrageTotal;
        else if (folded.contains(QLatin1String("sens unique")))
            z.impact = TrafficImpact::SensUnique;
        else if (folded.contains(QLatin1String("restrei")))
            z.impact = TrafficImpact::Restreinte;
        if (z.impact != TrafficImpact::Unknown) {
            z.quality |= WorksImpactNormalised;
            addIssue(out, index, z.id, QStringLiteral("impactNormalised"),
                     QStringLiteral("Feature %1: impact_circulation \"%2\" read as %3.")
                         .arg(z.id, elide(impact, 40), trafficImpactKey(z.impact)));
        } else {
            z.quality |= WorksImpactUnknown;
            addIssue(out, index, z.id, QStringLiteral("impactUnknown"),
                     QStringLiteral("Feature %1: impact_circulation \"%2\" is not in the codebook.")
                         .arg(z.id, elide(impact, 40)));
        }
    }

    QDate startDay, endDay;
    const bool hasStart = parisDay(p.value(QLatin1String("date_debut")), "date_debut", options, z, out, index, &startDay);
    const bool hasEnd = parisDay(p.value(QLatin1String("date_fin")), "date_fin", options, z, out, index, &endDay);
    if (hasStart && hasEnd && endDay < startDay) {
        z.quality |= WorksEndBeforeStart;
        addIssue(out, index, z.id, QStringLiteral("endBeforeStart"),
                 QStringLiteral("Feature %1 ends (%2) before it starts (%3); dates swapped.")
                     .arg(z.id, endDay.toString(Qt::ISODate), startDay.toString(Qt::ISODate)));
        std::swap(startDay, endDay);
    }
    if (hasStart || hasEnd)
        z.quality |= WorksDateOnly;
    if (hasStart)
        z.startMs = QDateTime(startDay, QTime(0, 0), options.zone).toMSecsSinceEpoch();
    else
        z.quality |= WorksStartMissing;
    if (hasEnd)
        z.endMs = QDateTime(endDay.addDays(1), QTime(0, 0), options.zone).toMSecsSinceEpoch();
    else
        z.quality |= WorksEndMissing;
    if (z.quality & WorksForeignOffset)
        addIssue(out, index, z.id, QStringLiteral("foreignOffset"),
                 QStringLiteral("Feature %1: dates carry an offset that is not %2's; read as calendar days there.")
                     .arg(z.id, QString::fromUtf8(options.zone.id())));
    readGeometry(ctx, feature.value(QLatin1String("geometry")), options, 0, z, out, index);
    return z;
}

Result<QJsonArray> featuresOf(const QByteArray &geojson, QJsonObject *root)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(geojson, &error);
    if (doc.isNull())
        return Error{QStringLiteral("invalidJson"),
                     QStringLiteral("Not JSON: %1 at offset %2.").arg(error.errorString()).arg(error.offset)};
    *root = doc.object();
    if (root->value(QLatin1String("type")).toString() == QLatin1String("Feature"))
        return QJsonArray{*root};
    if (root->value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection")
        || !root->value(QLatin1String("features")).isArray())
        return Error{QStringLiteral("notFeatureCollection"),
                     QStringLiteral("Not a GeoJSON FeatureCollection (\"type\" is \"%1\").")
                         .arg(elide(root->value(QLatin1String("type")).toString(), 40))};
    return root->value(QLatin1String("features")).toArray();
}

TrafficImpact wzdxImpact(const QString &v, bool *mapped)
{
    *mapped = true;
    if (v == QLatin1String("all-lanes-closed"))
        return TrafficImpact::BarrageTotal;
    if (v.startsWith(QLatin1String("some-lanes-closed")) || v == QLatin1String("alternating-one-way"))
        return v == QLatin1String("alternating-one-way") ? TrafficImpact::SensUnique : TrafficImpact::Restreinte;
    if (v.startsWith(QLatin1String("all-lanes-open")))
        return TrafficImpact::Unknown; // traffic passes: not a restriction the rules act on
    *mapped = v.isEmpty() || v == QLatin1String("unknown");
    return TrafficImpact::Unknown;
}

WorksStatus wzdxStatus(const QString &v)
{
    WorksStatus s = WorksStatus::Unknown;
    worksStatusFromKey(v, &s);
    return s;
}

bool readWzdxTimes(const QJsonObject &p, const WorksImportOptions &options, WorksZone &z, WorksImport &out, int index)
{
    bool ok = true;
    for (const char *field : {"start_date", "end_date"}) {
        const QString text = p.value(QLatin1String(field)).toString();
        const bool isStart = qstrcmp(field, "start_date") == 0;
        if (text.isEmpty()) {
            z.quality |= isStart ? WorksStartMissing : WorksEndMissing;
            continue;
        }
        QDateTime t;
        if (!parseIso(text, options.zone, &t)) {
            z.quality |= WorksUnparsableDate | (isStart ? WorksStartMissing : WorksEndMissing);
            addIssue(out, index, z.id, QStringLiteral("dateUnparsable"),
                     QStringLiteral("Feature %1: %2 \"%3\" is not RFC 3339; treated as missing.")
                         .arg(z.id, QLatin1String(field), elide(text, 40)));
            ok = false;
            continue;
        }
        (isStart ? z.startMs : z.endMs) = t.toMSecsSinceEpoch();
    }
    if (z.startMs != kMin && z.endMs != kMax && z.endMs < z.startMs) {
        z.quality |= WorksEndBeforeStart;
        addIssue(out, index, z.id, QStringLiteral("endBeforeStart"),
                 QStringLiteral("Feature %1 ends before it starts; dates swapped.").arg(z.id));
        std::swap(z.startMs, z.endMs);
    }
    return ok;
}

WorksZone wzdxZone(const geos::Context &ctx, const QJsonObject &feature, int index, const WorksImportOptions &options,
                   const QHash<QString, QString> &organisations, WorksImport &out)
{
    const QJsonObject p = feature.value(QLatin1String("properties")).toObject();
    const QJsonObject core = p.value(QLatin1String("core_details")).toObject();
    WorksZone z;
    z.source = options.source == WorksSource::Mqtt ? WorksSource::Mqtt : WorksSource::Wzdx;
    z.id = feature.value(QLatin1String("id")).toString();
    QStringList roads;
    for (const QJsonValue &r : core.value(QLatin1String("road_names")).toArray())
        roads.append(r.toString());
    z.street = roads.join(QLatin1String(", "));
    z.description = core.value(QLatin1String("description")).toString();
    z.owner = organisations.value(core.value(QLatin1String("data_source_id")).toString());
    z.status = wzdxStatus(p.value(QLatin1String("event_status")).toString());
    const QString impact = p.value(QLatin1String("vehicle_impact")).toString();
    bool mapped = true;
    z.impact = wzdxImpact(impact, &mapped);
    z.impactDetail = impact;
    if (!mapped) {
        z.quality |= WorksImpactUnknown;
        addIssue(out, index, z.id, QStringLiteral("impactUnknown"),
                 QStringLiteral("Feature %1: vehicle_impact \"%2\" is not in WZDx v4.").arg(z.id, elide(impact, 40)));
    } else if (impact.isEmpty()) {
        z.quality |= WorksImpactMissing;
    }
    readWzdxTimes(p, options, z, out, index);
    const int lanes = p.value(QLatin1String("lanes")).toArray().size();
    const double width = lanes > 0 ? lanes * 3.5 : options.roadWidthM;
    readGeometry(ctx, feature.value(QLatin1String("geometry")), options, width, z, out, index);
    return z;
}

/// Vigie's own properties (see WorksFeatureDecoder).
WorksZone genericZone(const geos::Context &ctx, const QJsonObject &feature, int index,
                      const WorksImportOptions &options, WorksImport &out)
{
    const QJsonObject p = feature.value(QLatin1String("properties")).toObject();
    WorksZone z;
    z.source = options.source;
    z.id = p.value(QLatin1String("id")).toString();
    if (z.id.isEmpty()) {
        const QJsonValue fid = feature.value(QLatin1String("id"));
        z.id = fid.isDouble() ? QString::number(fid.toInteger()) : fid.toString();
    }
    z.owner = p.value(QLatin1String("owner")).toString();
    z.street = p.value(QLatin1String("street")).toString();
    z.description = p.value(QLatin1String("description")).toString();
    z.districtId = p.value(QLatin1String("district")).toString();
    const QString impact = p.value(QLatin1String("impact")).toString();
    if (impact.isEmpty())
        z.quality |= WorksImpactMissing;
    else if (!trafficImpactFromKey(impact, &z.impact)) {
        z.quality |= WorksImpactUnknown;
        addIssue(out, index, z.id, QStringLiteral("impactUnknown"),
                 QStringLiteral("Feature %1: impact \"%2\" is not a known key.").arg(z.id, elide(impact, 40)));
    }
    const QString status = p.value(QLatin1String("status")).toString();
    if (!status.isEmpty())
        worksStatusFromKey(status, &z.status);
    if (p.value(QLatin1String("deleted")).toBool())
        z.status = WorksStatus::Cancelled;
    QJsonObject times;
    times.insert(QStringLiteral("start_date"), p.value(QLatin1String("start")));
    times.insert(QStringLiteral("end_date"), p.value(QLatin1String("end")));
    readWzdxTimes(times, options, z, out, index);
    if (z.status != WorksStatus::Cancelled)
        readGeometry(ctx, feature.value(QLatin1String("geometry")), options, options.roadWidthM, z, out, index);
    return z;
}

void keepOrReport(WorksImport &out, WorksZone zone, int index, QSet<QString> &seen)
{
    if (zone.id.isEmpty()) {
        addIssue(out, index, QString(), QStringLiteral("idMissing"),
                 QStringLiteral("Feature %1 has no id; skipped.").arg(index));
        return;
    }
    if (seen.contains(zone.id))
        addIssue(out, index, zone.id, QStringLiteral("duplicateId"),
                 QStringLiteral("Feature %1: id seen before in this document; the later one wins.").arg(zone.id));
    seen.insert(zone.id);
    out.zones.append(std::move(zone));
}

} // namespace

Result<WorksImport> importParisChantiers(const QByteArray &geojson, const WorksImportOptions &options)
{
    QJsonObject root;
    auto features = featuresOf(geojson, &root);
    if (!features)
        return features.error();
    geos::Context ctx;
    WorksImport out;
    QSet<QString> seen;
    out.sourceCount = int(features->size());
    for (int i = 0; i < features->size(); ++i)
        keepOrReport(out, parisZone(ctx, features->at(i).toObject(), i, options, out), i, seen);
    qCDebug(lcWorks) << "Paris chantiers:" << out.zones.size() << "zones," << out.issues.size() << "issues";
    return out;
}

Result<WorksImport> importWzdx(const QByteArray &geojson, const WorksImportOptions &options)
{
    QJsonObject root;
    auto features = featuresOf(geojson, &root);
    if (!features)
        return features.error();
    if (!root.contains(QLatin1String("feed_info")) && root.value(QLatin1String("type")).toString() != QLatin1String("Feature"))
        return Error{QStringLiteral("notWzdx"), QStringLiteral("No feed_info: not a WZDx WorkZoneFeed.")};
    QHash<QString, QString> organisations;
    for (const QJsonValue &ds : root.value(QLatin1String("feed_info")).toObject().value(QLatin1String("data_sources")).toArray())
        organisations.insert(ds.toObject().value(QLatin1String("data_source_id")).toString(),
                             ds.toObject().value(QLatin1String("organization_name")).toString());
    geos::Context ctx;
    WorksImport out;
    QSet<QString> seen;
    out.sourceCount = int(features->size());
    for (int i = 0; i < features->size(); ++i) {
        const QJsonObject f = features->at(i).toObject();
        const QString type = f.value(QLatin1String("properties")).toObject().value(QLatin1String("core_details"))
                                 .toObject().value(QLatin1String("event_type")).toString();
        if (type != QLatin1String("work-zone")) {
            addIssue(out, i, f.value(QLatin1String("id")).toString(), QStringLiteral("notWorkZone"),
                     QStringLiteral("Feature %1 is a \"%2\" event, not a work zone; skipped.")
                         .arg(f.value(QLatin1String("id")).toString(), elide(type, 30)));
            continue;
        }
        keepOrReport(out, wzdxZone(ctx, f, i, options, organisations, out), i, seen);
    }
    return out;
}

WorksFeatureDecoder::WorksFeatureDecoder(WorksImportOptions options) : m_options(std::move(options)) {}

Result<WorksImport> WorksFeatureDecoder::decode(const RawMessage &message) const
{
    return decode(message.payload);
}

Result<WorksImport> WorksFeatureDecoder::decode(const QByteArray &geojson) const
{
    QJsonObject root;
    auto features = featuresOf(geojson, &root);
    if (!features)
        return Error{features.error().code == QLatin1String("invalidJson") ? features.error().code
                                                                            : QStringLiteral("notGeoJson"),
                     features.error().message};
    geos::Context ctx;
    WorksImport out;
    QSet<QString> seen;
    out.sourceCount = int(features->size());
    for (int i = 0; i < features->size(); ++i) {
        const QJsonObject f = features->at(i).toObject();
        const QJsonObject p = f.value(QLatin1String("properties")).toObject();
        WorksZone z;
        if (p.contains(QLatin1String("core_details")))
            z = wzdxZone(ctx, f, i, m_options, {}, out);
        else if (p.contains(QLatin1String("identifiant")))
            z = parisZone(ctx, f, i, m_options, out);
        else
            z = genericZone(ctx, f, i, m_options, out);
        z.source = m_options.source;
        keepOrReport(out, std::move(z), i, seen);
    }
    if (out.zones.isEmpty() && out.sourceCount > 0)
        return Error{QStringLiteral("noUsableFeature"),
                     out.issues.isEmpty() ? QStringLiteral("No usable feature.") : out.issues.first().message};
    return out;
}

Result<WorksImport> importWorksFile(const QString &path, const WorksImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("fileUnreadable"), QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString())};
    const QByteArray data = file.readAll();
    if (data.contains("\"feed_info\""))
        return importWzdx(data, options);
    if (data.contains("\"identifiant\""))
        return importParisChantiers(data, options);
    return WorksFeatureDecoder(options).decode(data);
}

} // namespace vigie
