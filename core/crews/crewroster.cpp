#include "crewroster.h"

#include "storage/sqlite.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>
#include <cmath>

namespace vigie {

namespace {

// The skill keys of docs/interventions.md are InterventionKind's keys.
constexpr std::array<InterventionKind, 4> kSkills{InterventionKind::Lighting, InterventionKind::Waste, InterventionKind::Roads,
                                                  InterventionKind::Other};

QString skillKeys()
{
    QStringList keys;
    for (InterventionKind k : kSkills)
        keys << interventionKindKey(k);
    return keys.join(QLatin1String(", "));
}

/// Skills in the order of kSkills, comma separated (column `crew.skills`).
QString skillsText(const QSet<InterventionKind> &skills)
{
    QStringList keys;
    for (InterventionKind k : kSkills) {
        if (skills.contains(k))
            keys << interventionKindKey(k);
    }
    return keys.join(QLatin1Char(','));
}

QSet<InterventionKind> skillsFromText(const QString &text)
{
    QSet<InterventionKind> skills;
    for (const QString &key : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        InterventionKind kind;
        if (interventionKindFromKey(key.trimmed(), &kind))
            skills.insert(kind);
    }
    return skills;
}

class CrewsReader
{
public:
    explicit CrewsReader(QString fileName) : m_fileName(std::move(fileName)) {}

    Error invalid(const QString &where, const QString &what) const
    {
        return {QStringLiteral("invalidCrews"), QStringLiteral("%1: %2: %3").arg(m_fileName, where, what)};
    }

    Result<QVector<Crew>> read(const QJsonObject &root) const
    {
        const QJsonValue list = root.value(QLatin1String("crews"));
        if (!list.isArray())
            return invalid(QStringLiteral("crews"), QStringLiteral("expected an array of crews"));
        QVector<Crew> crews;
        QHash<QString, int> ids;          // crew id → index
        QHash<QString, QString> trackers; // device id → crew id
        const QJsonArray array = list.toArray();
        for (int i = 0; i < array.size(); ++i) {
            QString where = QStringLiteral("crews[%1]").arg(i);
            if (!array.at(i).isObject())
                return invalid(where, QStringLiteral("expected an object"));
            const QJsonObject o = array.at(i).toObject();
            if (o.value(QLatin1String("id")).isString())
                where += QStringLiteral(" (\"%1\")").arg(elide(o.value(QLatin1String("id")).toString(), 40));
            auto crew = readCrew(o, where);
            if (!crew)
                return crew.error();
            if (const auto first = ids.constFind(crew->id); first != ids.constEnd())
                return invalid(where + QStringLiteral(".id"), QStringLiteral("duplicate id, already crews[%1]").arg(first.value()));
            ids.insert(crew->id, i);
            if (!crew->trackerDeviceId.isEmpty()) {
                if (const QString other = trackers.value(crew->trackerDeviceId); !other.isEmpty())
                    return invalid(where + QStringLiteral(".tracker"),
                                   QStringLiteral("tracker %1 is already crew \"%2\"'s").arg(crew->trackerDeviceId, other));
                trackers.insert(crew->trackerDeviceId, crew->id);
            }
            crews << std::move(crew).value();
        }
        return crews;
    }

private:
    Result<Crew> readCrew(const QJsonObject &o, const QString &where) const
    {
        static const QStringList known{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("skills"),
                                       QStringLiteral("shift"), QStringLiteral("vehicle"), QStringLiteral("tracker"),
                                       QStringLiteral("depot")};
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                return invalid(where + QLatin1Char('.') + elide(it.key(), 40),
                               QStringLiteral("unknown field (expected %1)").arg(known.join(QLatin1String(", "))));
        }
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_-]+$"));
        Crew crew;
        crew.id = o.value(QLatin1String("id")).toString();
        if (!idPattern.match(crew.id).hasMatch())
            return invalid(where + QStringLiteral(".id"), QStringLiteral("expected a non-empty id of a-z, 0-9, _ and -"));
        crew.name = o.value(QLatin1String("name")).toString().trimmed();
        if (crew.name.isEmpty())
            return invalid(where + QStringLiteral(".name"), QStringLiteral("expected a non-empty name"));
        if (auto s = readSkills(o.value(QLatin1String("skills")), where + QStringLiteral(".skills"), &crew); !s)
            return s.error();
        if (o.contains(QLatin1String("shift"))) {
            if (auto s = readShift(o.value(QLatin1String("shift")), where + QStringLiteral(".shift"), &crew); !s)
                return s.error();
        }
        if (o.contains(QLatin1String("vehicle"))) {
            if (!o.value(QLatin1String("vehicle")).isString())
                return invalid(where + QStringLiteral(".vehicle"), QStringLiteral("expected a string"));
            crew.vehicle = o.value(QLatin1String("vehicle")).toString().trimmed();
        }
        if (o.contains(QLatin1String("tracker"))) {
            static const QRegularExpression devEui(QStringLiteral("^[0-9a-fA-F]{16}$"));
            const QJsonValue tracker = o.value(QLatin1String("tracker"));
            if (!tracker.isString() || !devEui.match(tracker.toString()).hasMatch())
                return invalid(where + QStringLiteral(".tracker"),
                               QStringLiteral("expected a LoRaWAN DevEUI of 16 hex digits, without separators"));
            crew.trackerDeviceId = tracker.toString().toLower();
        }
        if (o.contains(QLatin1String("depot"))) {
            if (auto s = readDepot(o.value(QLatin1String("depot")), where + QStringLiteral(".depot"), &crew); !s)
                return s.error();
        }
        return crew;
    }

    Status readSkills(const QJsonValue &v, const QString &where, Crew *crew) const
    {
        if (!v.isArray() || v.toArray().isEmpty())
            return invalid(where, QStringLiteral("expected a non-empty array of skills (%1)").arg(skillKeys()));
        for (const QJsonValue &item : v.toArray()) {
            InterventionKind kind;
            if (!item.isString() || !interventionKindFromKey(item.toString(), &kind))
                return invalid(where, QStringLiteral("unknown skill %1 (expected %2)")
                                          .arg(item.isString() ? QStringLiteral("\"%1\"").arg(elide(item.toString(), 40))
                                                               : QStringLiteral("(not a string)"),
                                               skillKeys()));
            crew->skills.insert(kind);
        }
        return {};
    }

    /// "HH:MM-HH:MM", 24:00 allowed as an end.
    Status readShift(const QJsonValue &v, const QString &where, Crew *crew) const
    {
        static const QRegularExpression pattern(QStringLiteral("^(\\d\\d):(\\d\\d)-(\\d\\d):(\\d\\d)$"));
        const auto match = pattern.match(v.toString());
        const auto minutes = [&](int hourGroup) {
            const int h = match.captured(hourGroup).toInt();
            const int m = match.captured(hourGroup + 1).toInt();
            return (h > 24 || m > 59 || (h == 24 && m > 0)) ? -1 : h * 60 + m;
        };
        const int start = match.hasMatch() ? minutes(1) : -1;
        const int end = match.hasMatch() ? minutes(3) : -1;
        if (!v.isString() || start < 0 || end < 0 || start == 24 * 60)
            return invalid(where, QStringLiteral("expected local times \"HH:MM-HH:MM\" (e.g. \"07:00-19:00\", "
                                                 "\"21:00-07:00\" overnight)"));
        if (start == end)
            return invalid(where, QStringLiteral("the shift starts and ends at the same time"));
        crew->shiftStartMin = start;
        crew->shiftEndMin = end;
        return {};
    }

    Status readDepot(const QJsonValue &v, const QString &where, Crew *crew) const
    {
        const QJsonObject o = v.toObject();
        const QJsonValue lon = o.value(QLatin1String("lon"));
        const QJsonValue lat = o.value(QLatin1String("lat"));
        if (!v.isObject() || !lon.isDouble() || !lat.isDouble())
            return invalid(where, QStringLiteral("expected {\"lon\": degrees, \"lat\": degrees}"));
        if (std::abs(lon.toDouble()) > 180 || std::abs(lat.toDouble()) > 90)
            return invalid(where, QStringLiteral("lon %1, lat %2 is outside EPSG:4326 (−180…180, −90…90)")
                                      .arg(lon.toDouble()).arg(lat.toDouble()));
        crew->depotLon = lon.toDouble();
        crew->depotLat = lat.toDouble();
        return {};
    }

    QString m_fileName;
};

/// Line and column (1-based) of a byte offset, for JSON syntax errors.
QString lineColumn(const QByteArray &text, int offset)
{
    const QByteArray before = text.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = offset - int(before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

Crew crewFromRow(const SqliteStatement &r)
{
    Crew c;
    c.id = r.text(0);
    c.name = r.text(1);
    c.skills = skillsFromText(r.text(2));
    c.shiftStartMin = int(r.int64(3));
    c.shiftEndMin = int(r.int64(4));
    c.vehicle = r.text(5);
    c.trackerDeviceId = r.text(6);
    c.depotLon = r.real(7);
    c.depotLat = r.real(8);
    return c;
}

void bindCrew(SqliteStatement &s, const Crew &c)
{
    s.bind(1, c.id);
    s.bind(2, c.name);
    s.bind(3, skillsText(c.skills));
    s.bind(4, c.shiftStartMin);
    s.bind(5, c.shiftEndMin);
    s.bind(6, c.vehicle.isEmpty() ? QString() : c.vehicle);
    s.bind(7, c.trackerDeviceId.isEmpty() ? QString() : c.trackerDeviceId);
    s.bind(8, c.depotLon);
    s.bind(9, c.depotLat);
}

} // namespace

Result<QVector<Crew>> readPackCrews(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("unreadableFile"), QStringLiteral("%1: %2").arg(path, file.errorString())};
    const QByteArray text = file.readAll();
    const CrewsReader reader(QFileInfo(path).fileName());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return reader.invalid(lineColumn(text, parseError.offset), parseError.errorString());
    if (!doc.isObject())
        return reader.invalid(QStringLiteral("(top level)"), QStringLiteral("expected an object {\"crews\": […]}"));
    return reader.read(doc.object());
}

Result<QVector<Crew>> CrewStore::load() const
{
    auto stmt = m_db.prepare("SELECT id, name, skills, shift_start_min, shift_end_min, vehicle, tracker_device_id, "
                             "depot_lon, depot_lat FROM crew WHERE active = 1 ORDER BY id");
    if (!stmt)
        return stmt.error();
    QVector<Crew> crews;
    if (auto s = stmt->forEachRow([&](SqliteStatement &r) { crews << crewFromRow(r); }); !s)
        return s.error();
    return crews;
}

Status CrewStore::save(const Crew &crew)
{
    auto stmt = m_db.prepare(
        "INSERT INTO crew(id, name, skills, shift_start_min, shift_end_min, vehicle, tracker_device_id, depot_lon, depot_lat, active) "
        "VALUES (?,?,?,?,?,?,?,?,?,1) ON CONFLICT(id) DO UPDATE SET name = excluded.name, skills = excluded.skills, "
        "shift_start_min = excluded.shift_start_min, shift_end_min = excluded.shift_end_min, vehicle = excluded.vehicle, "
        "tracker_device_id = excluded.tracker_device_id, depot_lon = excluded.depot_lon, depot_lat = excluded.depot_lat, active = 1");
    if (!stmt)
        return stmt.error();
    bindCrew(stmt.value(), crew);
    return stmt->run();
}

Status CrewStore::deactivate(const QString &crewId)
{
    auto stmt = m_db.prepare("UPDATE crew SET active = 0 WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, crewId);
    return stmt->run();
}

Status CrewStore::seed(const QVector<Crew> &crews)
{
    if (crews.isEmpty())
        return {};
    auto stmt = m_db.prepare("INSERT OR IGNORE INTO crew(id, name, skills, shift_start_min, shift_end_min, vehicle, "
                             "tracker_device_id, depot_lon, depot_lat) VALUES (?,?,?,?,?,?,?,?,?)");
    if (!stmt)
        return stmt.error();
    if (auto begin = m_db.exec("BEGIN IMMEDIATE"); !begin)
        return begin;
    for (const Crew &crew : crews) {
        bindCrew(stmt.value(), crew);
        if (auto s = stmt->run(); !s) {
            m_db.exec("ROLLBACK");
            return s;
        }
    }
    return m_db.exec("COMMIT");
}

} // namespace vigie
