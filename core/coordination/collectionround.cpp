#include "collectionround.h"

#include "domain/assetdirectory.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace vigie {

namespace {
const char *const kDayNames[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

int dayFromText(const QString &t)
{
    bool ok = false;
    const int n = t.toInt(&ok);
    if (ok)
        return n >= 1 && n <= 7 ? n : 0;
    for (int d = 0; d < 7; ++d)
        if (t.compare(QLatin1String(kDayNames[d]), Qt::CaseInsensitive) == 0)
            return d + 1;
    return 0;
}

bool parseHhMm(const QString &text, int *minutes)
{
    const QTime t = QTime::fromString(text, QStringLiteral("H:mm"));
    if (!t.isValid())
        return false;
    *minutes = t.hour() * 60 + t.minute();
    return true;
}

QString containerUrn(const QString &id, const QString &city)
{
    if (id.startsWith(QLatin1String("urn:")) || city.isEmpty())
        return id;
    return assetUrn(AssetKind::WasteContainer, city, id);
}

/// Local start of the round on `day`: the wall-clock time, moved past a DST gap.
QDateTime localStart(const QDate &day, int startMinutes, const QTimeZone &zone)
{
    QDateTime t(day, QTime(startMinutes / 60, startMinutes % 60), zone);
    if (!t.isValid()) // inside the spring gap: Qt 6.4 gives an invalid time; take the first valid minute after
        for (int m = 1; m <= 120 && !t.isValid(); ++m)
            t = QDateTime(day, QTime(0, 0), zone).addSecs(qint64(startMinutes + m) * 60);
    return t;
}
} // namespace

QString RoundSchedule::daysText() const
{
    QStringList out;
    for (int d = 0; d < 7; ++d)
        if ((daysOfWeek >> d) & 1)
            out.append(QLatin1String(kDayNames[d]));
    return out.join(QLatin1Char(','));
}

bool RoundSchedule::parseDays(const QString &text, quint8 *days)
{
    quint8 out = 0;
    for (const QString &partRaw : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString part = partRaw.trimmed();
        const int dash = part.indexOf(QLatin1Char('-'));
        if (dash > 0) {
            const int a = dayFromText(part.left(dash).trimmed()), b = dayFromText(part.mid(dash + 1).trimmed());
            if (!a || !b || b < a)
                return false;
            for (int d = a; d <= b; ++d)
                out |= quint8(1u << (d - 1));
        } else {
            const int d = dayFromText(part);
            if (!d)
                return false;
            out |= quint8(1u << (d - 1));
        }
    }
    *days = out;
    return out != 0;
}

ExpectedChanges collectionWindows(const QVector<CollectionRound> &rounds, const QTimeZone &zone, qint64 fromMs,
                                  qint64 untilMs, qint64 marginMs)
{
    ExpectedChanges out;
    for (const CollectionRound &round : rounds) {
        const QVector<RoundOccurrence> runs = roundOccurrences(round.schedule, zone, fromMs, untilMs);
        if (runs.isEmpty())
            continue;
        for (const QString &id : round.containerIds) {
            auto &windows = out[id];
            for (const RoundOccurrence &run : runs)
                windows.append({run.startMs - marginMs, run.endMs + marginMs});
        }
    }
    for (auto &windows : out)
        std::sort(windows.begin(), windows.end());
    return out;
}

QVector<RoundOccurrence> roundOccurrences(const RoundSchedule &schedule, const QTimeZone &zone, qint64 fromMs,
                                          qint64 untilMs)
{
    QVector<RoundOccurrence> out;
    if (schedule.daysOfWeek == 0 || untilMs <= fromMs)
        return out;
    const qint64 durMs = qint64(std::max(1, schedule.durationMinutes)) * 60000;
    // Start a day early: a run that began yesterday may still overlap fromMs.
    QDate day = QDateTime::fromMSecsSinceEpoch(fromMs - durMs, zone).date().addDays(-1);
    const QDate last = QDateTime::fromMSecsSinceEpoch(untilMs, zone).date();
    for (; day <= last; day = day.addDays(1)) {
        if (!schedule.runsOn(day.dayOfWeek()))
            continue;
        const qint64 start = localStart(day, schedule.startMinutes, zone).toMSecsSinceEpoch();
        if (start < untilMs && start + durMs > fromMs)
            out.append({start, start + durMs});
    }
    return out;
}

RoundOccurrence nextRoundOccurrence(const RoundSchedule &schedule, const QTimeZone &zone, qint64 afterMs)
{
    if (schedule.daysOfWeek == 0)
        return {};
    QDate day = QDateTime::fromMSecsSinceEpoch(afterMs, zone).date();
    const qint64 durMs = qint64(std::max(1, schedule.durationMinutes)) * 60000;
    for (int i = 0; i < 9; ++i, day = day.addDays(1)) {
        if (!schedule.runsOn(day.dayOfWeek()))
            continue;
        const qint64 start = localStart(day, schedule.startMinutes, zone).toMSecsSinceEpoch();
        if (start >= afterMs)
            return {start, start + durMs};
    }
    return {};
}

Result<QVector<CollectionRound>> parseRoundsJson(const QByteArray &json, const QString &city)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return Error{QStringLiteral("invalidJson"), QStringLiteral("Rounds file is not JSON: %1.").arg(error.errorString())};
    const QJsonArray rounds = doc.object().value(QLatin1String("rounds")).toArray();
    QVector<CollectionRound> out;
    for (int i = 0; i < rounds.size(); ++i) {
        const QJsonObject o = rounds.at(i).toObject();
        CollectionRound r;
        r.id = o.value(QLatin1String("id")).toString();
        const auto bad = [&](const QString &what) {
            return Error{QStringLiteral("badRound"),
                         QStringLiteral("Round %1 (\"%2\"): %3.").arg(i).arg(elide(r.id, 40), what)};
        };
        if (r.id.isEmpty())
            return bad(QStringLiteral("no id"));
        r.label = o.value(QLatin1String("label")).toString(r.id);
        r.districtId = o.value(QLatin1String("district")).toString();
        if (!RoundSchedule::parseDays(o.value(QLatin1String("days")).toString(), &r.schedule.daysOfWeek))
            return bad(QStringLiteral("\"days\" is not a list of days"));
        if (!parseHhMm(o.value(QLatin1String("start")).toString(), &r.schedule.startMinutes))
            return bad(QStringLiteral("\"start\" is not HH:MM"));
        r.schedule.durationMinutes = o.value(QLatin1String("durationMinutes")).toInt(180);
        if (r.schedule.durationMinutes <= 0)
            return bad(QStringLiteral("\"durationMinutes\" must be > 0"));
        for (const QJsonValue &c : o.value(QLatin1String("containers")).toArray())
            r.containerIds.append(containerUrn(c.toString(), city));
        if (r.containerIds.isEmpty())
            return bad(QStringLiteral("no containers"));
        for (const QJsonValue &p : o.value(QLatin1String("path")).toArray()) {
            const QJsonArray xy = p.toArray();
            if (xy.size() < 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
                return bad(QStringLiteral("a \"path\" point is not [lon, lat]"));
            r.path.append(QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
        }
        r.pathFollowsStreets = o.value(QLatin1String("pathFollowsStreets")).toBool(false);
        r.lengthM = o.value(QLatin1String("lengthM")).toDouble(0);
        out.append(r);
    }
    return out;
}

Result<QVector<CollectionRound>> parseRoundsCsv(const QByteArray &csv, const QString &city)
{
    const QList<QByteArray> lines = csv.split('\n');
    if (lines.isEmpty())
        return Error{QStringLiteral("badCsv"), QStringLiteral("Empty rounds CSV.")};
    const char sep = lines.first().count(';') >= lines.first().count(',') ? ';' : ',';
    const QStringList header = QString::fromUtf8(lines.first()).trimmed().split(QLatin1Char(sep));
    const QStringList expected{QStringLiteral("round_id"), QStringLiteral("label"), QStringLiteral("district"),
                               QStringLiteral("days"), QStringLiteral("start"), QStringLiteral("duration_minutes"),
                               QStringLiteral("sequence"), QStringLiteral("container_id")};
    if (header != expected)
        return Error{QStringLiteral("badCsv"),
                     QStringLiteral("Line 1: header must be %1.").arg(expected.join(QLatin1Char(sep)))};
    QMap<QString, CollectionRound> rounds;
    QMap<QString, QMap<int, QString>> sequences;
    QStringList order;
    for (int n = 1; n < lines.size(); ++n) {
        const QString line = QString::fromUtf8(lines.at(n)).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char(sep));
        const auto bad = [&](const QString &what) {
            return Error{QStringLiteral("badCsv"), QStringLiteral("Line %1: %2.").arg(n + 1).arg(what)};
        };
        if (f.size() != expected.size())
            return bad(QStringLiteral("%1 fields, %2 expected").arg(f.size()).arg(expected.size()));
        CollectionRound r;
        r.id = f[0];
        r.label = f[1].isEmpty() ? f[0] : f[1];
        r.districtId = f[2];
        if (r.id.isEmpty())
            return bad(QStringLiteral("no round_id"));
        if (!RoundSchedule::parseDays(f[3], &r.schedule.daysOfWeek))
            return bad(QStringLiteral("\"days\" is not a list of days"));
        if (!parseHhMm(f[4], &r.schedule.startMinutes))
            return bad(QStringLiteral("\"start\" is not HH:MM"));
        bool ok = false;
        r.schedule.durationMinutes = f[5].toInt(&ok);
        if (!ok || r.schedule.durationMinutes <= 0)
            return bad(QStringLiteral("\"duration_minutes\" must be a positive integer"));
        const int seq = f[6].toInt(&ok);
        if (!ok)
            return bad(QStringLiteral("\"sequence\" is not an integer"));
        if (f[7].isEmpty())
            return bad(QStringLiteral("no container_id"));
        if (!rounds.contains(r.id)) {
            rounds.insert(r.id, r);
            order.append(r.id);
        } else {
            const CollectionRound &first = rounds[r.id];
            if (first.schedule.daysOfWeek != r.schedule.daysOfWeek || first.schedule.startMinutes != r.schedule.startMinutes
                || first.schedule.durationMinutes != r.schedule.durationMinutes)
                return bad(QStringLiteral("round %1's schedule differs from its first row").arg(r.id));
        }
        if (sequences[r.id].contains(seq))
            return bad(QStringLiteral("sequence %1 repeated in round %2").arg(seq).arg(r.id));
        sequences[r.id].insert(seq, containerUrn(f[7], city));
    }
    QVector<CollectionRound> out;
    for (const QString &id : order) {
        CollectionRound r = rounds.value(id);
        r.containerIds = sequences.value(id).values();
        out.append(r);
    }
    return out;
}

QByteArray roundsToJson(const QVector<CollectionRound> &rounds)
{
    QJsonArray list;
    for (const CollectionRound &r : rounds) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), r.id);
        o.insert(QStringLiteral("label"), r.label);
        o.insert(QStringLiteral("district"), r.districtId);
        o.insert(QStringLiteral("days"), r.schedule.daysText());
        o.insert(QStringLiteral("start"), QStringLiteral("%1:%2").arg(r.schedule.startMinutes / 60, 2, 10, QLatin1Char('0'))
                                               .arg(r.schedule.startMinutes % 60, 2, 10, QLatin1Char('0')));
        o.insert(QStringLiteral("durationMinutes"), r.schedule.durationMinutes);
        o.insert(QStringLiteral("containers"), QJsonArray::fromStringList(r.containerIds));
        QJsonArray path;
        for (const QPointF &p : r.path)
            path.append(QJsonArray{std::round(p.x() * 1e7) / 1e7, std::round(p.y() * 1e7) / 1e7});
        if (!path.isEmpty())
            o.insert(QStringLiteral("path"), path);
        o.insert(QStringLiteral("pathFollowsStreets"), r.pathFollowsStreets);
        o.insert(QStringLiteral("lengthM"), std::round(r.lengthM));
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("formatVersion"), 1);
    root.insert(QStringLiteral("rounds"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QVector<CollectionRound>> loadRoundsFile(const QString &path, const QString &city)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("fileUnreadable"), QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString())};
    const QByteArray data = file.readAll();
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return parseRoundsCsv(data, city);
    return parseRoundsJson(data, city);
}

} // namespace vigie
