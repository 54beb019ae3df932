#include "store.h"

#include "schema.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>

namespace vigie {

namespace {

QString policyJson(const ConditionPolicy &p)
{
    const QJsonObject o{{QStringLiteral("highFill"), p.highFill},
                        {QStringLiteral("fullFill"), p.fullFill},
                        {QStringLiteral("silentAfterMs"), double(p.silentAfterMs)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ConditionPolicy policyFromJson(const QString &text)
{
    ConditionPolicy p;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    p.highFill = o.value(QLatin1String("highFill")).toDouble(p.highFill);
    p.fullFill = o.value(QLatin1String("fullFill")).toDouble(p.fullFill);
    p.silentAfterMs = qint64(o.value(QLatin1String("silentAfterMs")).toDouble(double(p.silentAfterMs)));
    return p;
}

/// Runs `body` inside BEGIN IMMEDIATE … COMMIT, rolling back on failure.
template<typename Body>
Status transaction(SqliteConnection &db, Body body)
{
    if (auto begin = db.exec("BEGIN IMMEDIATE"); !begin)
        return begin;
    Status result = body();
    if (!result) {
        db.exec("ROLLBACK");
        return result;
    }
    return db.exec("COMMIT");
}

Status insertLayer(SqliteStatement &stmt, const ImportedLayer &l, int ordinal)
{
    stmt.bind(1, l.layer.id);
    stmt.bind(2, ordinal);
    stmt.bind(3, layerRoleName(l.layer.role));
    stmt.bind(4, l.layer.role == LayerRole::Asset ? assetKindName(l.layer.kind) : QString());
    stmt.bind(5, l.layer.titleFr);
    stmt.bind(6, l.layer.titleEn);
    stmt.bind(7, qint64(l.features.size()));
    stmt.bind(8, l.sourceCount);
    stmt.bind(9, policyJson(l.layer.policy));
    return stmt.run();
}

} // namespace

Result<Store> Store::open(const QString &path, Mode mode)
{
    if (mode == Mode::ReadWrite) {
        const QDir dir = QFileInfo(path).absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return Error{QStringLiteral("storeOpen"), QStringLiteral("cannot create the folder %1").arg(dir.absolutePath())};
    }
    auto db = SqliteConnection::open(path, mode == Mode::ReadOnly ? SqliteConnection::Mode::ReadOnly
                                                                  : SqliteConnection::Mode::ReadWrite);
    if (!db)
        return db.error();
    // SQLite opens any file lazily: a file that is not a database fails at the first
    // statement, with a message ("file is not a database") that does not say which file.
    const auto named = [&path](const Error &e) {
        return e.message.contains(path) ? e : Error{e.code, QStringLiteral("%1: %2").arg(path, e.message)};
    };
    Status ready = mode == Mode::ReadWrite ? schema::migrate(db.value()) : schema::configure(db.value());
    if (!ready)
        return named(ready.error());
    if (mode == Mode::ReadOnly) {
        auto version = db->pragmaInt("user_version");
        if (!version)
            return named(version.error());
        if (version.value() != schema::latestVersion())
            return Error{QStringLiteral("storeOpen"),
                         QStringLiteral("%1 has schema version %2, expected %3").arg(path).arg(version.value()).arg(schema::latestVersion())};
    }
    return Store(std::move(db).value());
}

QString Store::defaultPath(const QString &cityId)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).absoluteFilePath(cityId + QStringLiteral(".sqlite"));
}

Result<QString> Store::citySignature()
{
    auto stmt = m_db.prepare("SELECT value FROM city WHERE key = 'signature'");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return row.value() ? stmt->text(0) : QString();
}

Status Store::replaceCity(const ImportedCity &city)
{
    return transaction(m_db, [&]() -> Status {
        if (auto s = m_db.exec("DELETE FROM asset; DELETE FROM feature; DELETE FROM import_issue; DELETE FROM layer; DELETE FROM city;"); !s)
            return s;
        auto meta = m_db.prepare("INSERT INTO city(key, value) VALUES (?, ?)");
        auto layer = m_db.prepare("INSERT INTO layer(id, ordinal, role, kind, title_fr, title_en, feature_count, source_count, policy) VALUES (?,?,?,?,?,?,?,?,?)");
        auto asset = m_db.prepare("INSERT INTO asset(id, kind, layer_id, ref, label, address, lon, lat, geometry, attributes) VALUES (?,?,?,?,?,?,?,?,?,?)");
        auto feature = m_db.prepare("INSERT INTO feature(layer_id, fid, ref, label, geometry, label_lon, label_lat, attributes) VALUES (?,?,?,?,?,?,?,?)");
        auto issue = m_db.prepare("INSERT INTO import_issue(layer_id, fid, ref, reason) VALUES (?,?,?,?)");
        for (auto *s : {&meta, &layer, &asset, &feature, &issue}) {
            if (!*s)
                return s->error();
        }
        const QList<std::pair<QString, QString>> pairs{
            {QStringLiteral("id"), city.pack.id},
            {QStringLiteral("name"), city.pack.name},
            {QStringLiteral("timeZone"), city.pack.timeZone},
            {QStringLiteral("attribution"), city.pack.attribution},
            {QStringLiteral("signature"), city.signature},
            {QStringLiteral("importedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        for (const auto &[k, v] : pairs) {
            meta->bind(1, k);
            meta->bind(2, v);
            if (auto s = meta->run(); !s)
                return s;
        }
        for (int i = 0; i < city.layers.size(); ++i) {
            const ImportedLayer &l = city.layers.at(i);
            if (auto s = insertLayer(layer.value(), l, i); !s)
                return s;
            for (const ImportedFeature &f : l.features) {
                if (l.layer.role == LayerRole::Asset) {
                    asset->bind(1, assetUrn(l.layer.kind, city.pack.id, f.ref));
                    asset->bind(2, assetKindName(l.layer.kind));
                    asset->bind(3, l.layer.id);
                    asset->bind(4, f.ref);
                    asset->bind(5, f.label);
                    asset->bind(6, f.address);
                    asset->bind(7, f.labelLon);
                    asset->bind(8, f.labelLat);
                    asset->bindBlob(9, f.wkb);
                    asset->bindText(10, f.attributes);
                    if (auto s = asset->run(); !s)
                        return Error{s.error().code, QStringLiteral("asset %1 of layer %2: %3").arg(f.ref, l.layer.id, s.error().message)};
                } else {
                    feature->bind(1, l.layer.id);
                    feature->bind(2, f.fid);
                    feature->bind(3, f.ref);
                    feature->bind(4, f.label);
                    feature->bindBlob(5, f.wkb);
                    feature->bind(6, f.labelLon);
                    feature->bind(7, f.labelLat);
                    feature->bindText(8, f.attributes);
                    if (auto s = feature->run(); !s)
                        return s;
                }
            }
            for (const ImportIssue &is : l.issues) {
                issue->bind(1, is.layerId);
                issue->bind(2, is.fid);
                issue->bind(3, is.ref);
                issue->bind(4, is.reason);
                if (auto s = issue->run(); !s)
                    return s;
            }
        }
        return {};
    });
}

Result<QVector<StoredLayer>> Store::layers()
{
    auto stmt = m_db.prepare("SELECT id, ordinal, role, kind, title_fr, title_en, feature_count, source_count, policy FROM layer ORDER BY ordinal");
    if (!stmt)
        return stmt.error();
    QVector<StoredLayer> out;
    const Status status = stmt->forEachRow([&](SqliteStatement &r) {
        StoredLayer l;
        l.id = r.text(0);
        l.ordinal = int(r.int64(1));
        layerRoleFromName(r.text(2), &l.role);
        assetKindFromName(r.text(3), &l.kind);
        l.titleFr = r.text(4);
        l.titleEn = r.text(5);
        l.featureCount = r.int64(6);
        l.sourceCount = r.int64(7);
        l.policy = policyFromJson(r.text(8));
        out << l;
    });
    if (!status)
        return status.error();
    return out;
}

Result<QVector<AssetRecord>> Store::assets()
{
    auto stmt = m_db.prepare("SELECT a.id, a.kind, a.layer_id, a.ref, a.label, a.address, a.lon, a.lat "
                             "FROM asset a JOIN layer l ON l.id = a.layer_id ORDER BY l.ordinal, a.rowid");
    if (!stmt)
        return stmt.error();
    QVector<AssetRecord> out;
    const Status status = stmt->forEachRow([&](SqliteStatement &r) {
        AssetRecord a;
        a.id = r.text(0);
        assetKindFromName(r.text(1), &a.kind);
        a.layerId = r.text(2);
        a.ref = r.text(3);
        a.label = r.text(4);
        a.address = r.text(5);
        a.lon = r.real(6);
        a.lat = r.real(7);
        out << a;
    });
    if (!status)
        return status.error();
    return out;
}

Result<QVector<StoredFeature>> Store::features(const QString &layerId)
{
    auto stmt = m_db.prepare("SELECT fid, label, geometry, label_lon, label_lat FROM feature WHERE layer_id = ? ORDER BY id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, layerId);
    QVector<StoredFeature> out;
    const Status status = stmt->forEachRow([&](SqliteStatement &r) {
        out << StoredFeature{r.int64(0), r.text(1), r.blob(2), r.real(3), r.real(4)};
    });
    if (!status)
        return status.error();
    return out;
}

Result<QVector<ImportIssue>> Store::importIssues()
{
    auto stmt = m_db.prepare("SELECT layer_id, fid, ref, reason FROM import_issue ORDER BY rowid");
    if (!stmt)
        return stmt.error();
    QVector<ImportIssue> out;
    const Status status = stmt->forEachRow([&](SqliteStatement &r) {
        out << ImportIssue{r.text(0), r.int64(1), r.text(2), r.text(3)};
    });
    if (!status)
        return status.error();
    return out;
}

Result<QByteArray> Store::assetAttributes(const QString &assetId)
{
    auto stmt = m_db.prepare("SELECT attributes FROM asset WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, assetId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error{QStringLiteral("notFound"), QStringLiteral("no asset %1").arg(assetId)};
    return stmt->blob(0);
}

Result<QHash<QString, AssetState>> Store::latestStates()
{
    QHash<QString, AssetState> out;
    auto stmt = m_db.prepare("SELECT asset_id, quantity, value_num, value_text, unit, observed_at, received_at, message_id FROM asset_state");
    if (!stmt)
        return stmt.error();
    const Status status = stmt->forEachRow([&](SqliteStatement &r) {
        Observation o;
        o.assetId = r.text(0);
        o.quantity = r.text(1);
        o.number = r.real(2);
        o.text = r.text(3);
        o.unitCode = r.text(4);
        o.observedAtMs = r.int64(5);
        o.receivedAtMs = r.int64(6);
        o.messageId = r.int64(7);
        out[o.assetId].apply(o);
    });
    if (!status)
        return status.error();
    auto seen = m_db.prepare("SELECT asset_id, last_seen, last_observed, stale_mask, last_invalid FROM asset_seen");
    if (!seen)
        return seen.error();
    const Status seenStatus = seen->forEachRow([&](SqliteStatement &r) {
        AssetState &s = out[r.text(0)];
        s.lastSeenMs = qMax(s.lastSeenMs, r.int64(1));
        s.lastObservedMs = qMax(s.lastObservedMs, r.int64(2));
        s.staleMask = quint8(r.int64(3));
        s.lastInvalidMs = r.int64(4);
    });
    if (!seenStatus)
        return seenStatus.error();
    return out;
}

Result<qint64> Store::integer(const char *sql)
{
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return row.value() ? stmt->int64(0) : 0;
}

Result<qint64> Store::maxMessageId()
{
    return integer("SELECT COALESCE(MAX(id), 0) FROM message");
}

Result<Observations> Store::history(const QString &assetId, const QString &quantity, qint64 fromMs, qint64 toMs, int limit)
{
    auto stmt = m_db.prepare("SELECT o.observed_at, o.received_at, o.value_num, o.value_text, o.unit, o.message_id, o.flags "
                             "FROM series s JOIN observation o ON o.series = s.id "
                             "WHERE s.asset_id = ? AND s.quantity = ? AND o.observed_at BETWEEN ? AND ? "
                             "ORDER BY o.observed_at DESC LIMIT ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, assetId);
    stmt->bind(2, quantity);
    stmt->bind(3, fromMs);
    stmt->bind(4, toMs);
    stmt->bind(5, limit);
    Observations out;
    const Status status = stmt->forEachRow([&](SqliteStatement &r) {
        Observation o;
        o.assetId = assetId;
        o.quantity = quantity;
        o.observedAtMs = r.int64(0);
        o.receivedAtMs = r.int64(1);
        o.number = r.real(2);
        o.text = r.text(3);
        o.unitCode = r.text(4);
        o.messageId = r.int64(5);
        o.flags = quint8(r.int64(6));
        out << o;
    });
    if (!status)
        return status.error();
    std::reverse(out.begin(), out.end());
    return out;
}

Result<QVector<QuarantinedMessage>> Store::quarantine(int limit)
{
    auto stmt = m_db.prepare("SELECT q.message_id, m.topic, m.payload, q.received_at, q.reason_code, q.reason, q.device_id "
                             "FROM quarantine q JOIN message m ON m.id = q.message_id ORDER BY q.message_id DESC LIMIT ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, limit);
    QVector<QuarantinedMessage> out;
    const Status status = stmt->forEachRow([&](SqliteStatement &r) {
        out << QuarantinedMessage{r.int64(0), r.text(1), r.blob(2), r.int64(3), r.text(4), r.text(5), r.text(6)};
    });
    if (!status)
        return status.error();
    return out;
}

namespace {

// ?1 reason code (NULL: any), ?2 device id (NULL: any; '' also matches a NULL device).
constexpr const char *quarantineWhere = "(?1 IS NULL OR q.reason_code = ?1) AND (?2 IS NULL OR COALESCE(q.device_id, '') = ?2)";

void bindFilter(SqliteStatement &stmt, const QuarantineFilter &filter)
{
    stmt.bind(1, filter.reasonCode.isEmpty() ? QString() : filter.reasonCode);
    if (filter.deviceId)
        stmt.bind(2, filter.deviceId->isNull() ? QStringLiteral("") : *filter.deviceId);
    else
        stmt.bindNull(2);
}

} // namespace

Result<QVector<QuarantineListEntry>> Store::quarantineList(int limit, const QuarantineFilter &filter)
{
    // length(m.payload) does not load the blob. No message column stored after the payload
    // is read either: reaching it would walk the blob's overflow pages.
    const QByteArray sql = QByteArray("SELECT q.message_id, m.topic, length(m.payload), q.received_at, q.reason_code, "
                                      "q.reason, q.device_id FROM quarantine q JOIN message m ON m.id = q.message_id WHERE ")
        + quarantineWhere + " ORDER BY q.message_id DESC LIMIT ?3";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    bindFilter(stmt.value(), filter);
    stmt->bind(3, limit);
    QVector<QuarantineListEntry> out;
    const Status status = stmt->forEachRow([&](SqliteStatement &r) {
        out << QuarantineListEntry{r.int64(0), r.text(1), r.int64(2), r.int64(3), r.text(4), r.text(5), r.text(6)};
    });
    if (!status)
        return status.error();
    return out;
}

Result<QVector<qint64>> Store::quarantineIds(const QuarantineFilter &filter)
{
    const QByteArray sql = QByteArray("SELECT q.message_id FROM quarantine q WHERE ") + quarantineWhere
        + " ORDER BY q.message_id";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    bindFilter(stmt.value(), filter);
    QVector<qint64> out;
    const Status status = stmt->forEachRow([&](SqliteStatement &r) { out << r.int64(0); });
    if (!status)
        return status.error();
    return out;
}

Result<qint64> Store::quarantineCount()
{
    return integer("SELECT COUNT(*) FROM quarantine");
}

Result<QVector<QuarantineGroup>> Store::groups(const char *sql)
{
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    QVector<QuarantineGroup> out;
    const Status status = stmt->forEachRow([&](SqliteStatement &r) { out << QuarantineGroup{r.text(0), r.int64(1), r.int64(2)}; });
    if (!status)
        return status.error();
    return out;
}

Result<QVector<QuarantineGroup>> Store::quarantineByReason()
{
    return groups("SELECT reason_code, COUNT(*), MAX(received_at) FROM quarantine GROUP BY reason_code ORDER BY 2 DESC, 1");
}

Result<QVector<QuarantineGroup>> Store::quarantineByDevice()
{
    return groups("SELECT COALESCE(device_id, ''), COUNT(*), MAX(received_at) FROM quarantine "
                  "GROUP BY COALESCE(device_id, '') ORDER BY 2 DESC, 1");
}

Result<QVector<RawMessage>> Store::messages(const QVector<qint64> &ids)
{
    auto stmt = m_db.prepare("SELECT id, topic, payload, received_at, qos, retain FROM message WHERE id = ?");
    if (!stmt)
        return stmt.error();
    QVector<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QVector<RawMessage> out;
    for (qint64 id : std::as_const(sorted)) {
        stmt->bind(1, id);
        const Status status = stmt->forEachRow([&](SqliteStatement &r) {
            RawMessage m;
            m.id = r.int64(0);
            m.topic = r.blob(1);
            m.payload = r.blob(2);
            m.receivedAtMs = r.int64(3);
            m.qos = quint8(r.int64(4));
            m.retain = r.int64(5) != 0;
            out << m;
        });
        stmt->reset(); // else the next bind fails on the finished statement and the id stays
        if (!status)
            return status.error();
    }
    return out;
}

namespace {

QString originName(DeviceBinding::Origin origin)
{
    return origin == DeviceBinding::Origin::CityPack ? QStringLiteral("cityPack") : QStringLiteral("operator");
}

} // namespace

Result<QVector<DeviceBinding>> Store::bindings()
{
    auto stmt = m_db.prepare("SELECT device_id, asset_id, container_depth_m, installed_at, origin, updated_at FROM device_binding");
    if (!stmt)
        return stmt.error();
    QVector<DeviceBinding> out;
    const Status status = stmt->forEachRow([&](SqliteStatement &r) {
        DeviceBinding b;
        b.deviceId = r.text(0);
        b.assetId = r.text(1);
        b.containerDepthM = r.real(2);
        b.installedAtMs = r.int64(3);
        b.origin = r.text(4) == QLatin1String("cityPack") ? DeviceBinding::Origin::CityPack : DeviceBinding::Origin::Operator;
        b.updatedAtMs = r.int64(5);
        out << b;
    });
    if (!status)
        return status.error();
    return out;
}

Status Store::saveBinding(const DeviceBinding &binding)
{
    if (auto valid = validateBinding(binding); !valid)
        return valid;
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO device_binding(device_id, asset_id, container_depth_m, installed_at, origin, updated_at) "
                             "VALUES (?,?,?,?,?,?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, normalizeDeviceId(binding.deviceId));
    stmt->bind(2, binding.assetId);
    stmt->bind(3, binding.containerDepthM);
    stmt->bind(4, binding.installedAtMs);
    stmt->bind(5, originName(binding.origin));
    stmt->bind(6, binding.updatedAtMs);
    return stmt->run();
}

Status Store::removeBinding(const QString &deviceId)
{
    auto stmt = m_db.prepare("DELETE FROM device_binding WHERE device_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, normalizeDeviceId(deviceId));
    return stmt->run();
}

Status Store::replaceCityPackBindings(const QVector<DeviceBinding> &bindings)
{
    if (auto begin = m_db.exec("BEGIN IMMEDIATE"); !begin)
        return begin;
    auto abort = [this](Status s) {
        m_db.exec("ROLLBACK");
        return s;
    };
    if (auto s = m_db.exec("DELETE FROM device_binding WHERE origin = 'cityPack'"); !s)
        return abort(s);
    auto operatorIds = m_db.prepare("SELECT device_id FROM device_binding");
    if (!operatorIds)
        return abort(operatorIds.error());
    QSet<QString> kept;
    if (auto s = operatorIds->forEachRow([&](SqliteStatement &r) { kept.insert(r.text(0)); }); !s)
        return abort(s);
    for (const DeviceBinding &b : bindings) {
        if (kept.contains(normalizeDeviceId(b.deviceId)))
            continue; // the operator's binding wins
        DeviceBinding packBinding = b;
        packBinding.origin = DeviceBinding::Origin::CityPack;
        if (auto s = saveBinding(packBinding); !s)
            return abort(s);
    }
    return m_db.exec("COMMIT");
}

Result<QVector<DeviceClock>> Store::deviceClocks()
{
    auto stmt = m_db.prepare("SELECT device_id, last_skew_ms, max_skew_ms, flagged, updated_at FROM device_clock ORDER BY ABS(max_skew_ms) DESC");
    if (!stmt)
        return stmt.error();
    QVector<DeviceClock> out;
    const Status status = stmt->forEachRow([&](SqliteStatement &r) {
        out << DeviceClock{r.text(0), r.int64(1), r.int64(2), r.int64(3), r.int64(4)};
    });
    if (!status)
        return status.error();
    return out;
}

Result<StoreCounts> Store::counts()
{
    auto stmt = m_db.prepare("SELECT (SELECT COUNT(*) FROM message), (SELECT COUNT(*) FROM observation), "
                             "(SELECT COUNT(*) FROM quarantine), (SELECT COUNT(*) FROM asset)");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return StoreCounts{stmt->int64(0), stmt->int64(1), stmt->int64(2), stmt->int64(3)};
}

} // namespace vigie
