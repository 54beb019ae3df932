#include "nmeatrack.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QGeoPositionInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QNmeaPositionInfoSource>

#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

Q_LOGGING_CATEGORY(lcNmea, "vigie.crews.nmea")

namespace vigie {

namespace {

constexpr qint64 kHalfDayMs = 12 * 3600 * 1000;

/// Qt's NMEA sentence parser (QNmeaPositionInfoSource::parsePosInfoFromNmeaData, its
/// documented extension point), with line noise before the `$` ignored.
class SentenceParser : public QNmeaPositionInfoSource
{
public:
    explicit SentenceParser(UpdateMode mode) : QNmeaPositionInfoSource(mode) {}

    bool parseLine(const char *data, int size, QGeoPositionInfo *info, bool *hasFix)
    {
        const auto *dollar = static_cast<const char *>(std::memchr(data, '$', std::size_t(qMax(0, size))));
        if (!dollar)
            return false;
        return QNmeaPositionInfoSource::parsePosInfoFromNmeaData(dollar, size - int(dollar - data), info, hasFix);
    }
};

/// The recorded UTC time of each sentence: its own date and time, or (time-only sentences)
/// the last date seen, moved to the next day when the time of day goes back by more than
/// 12 hours. Invalid for a sentence without time, or time-only before any date.
class RecordedClock
{
public:
    QDateTime recorded(const QDateTime &stamp)
    {
        const QTime time = stamp.time();
        if (!time.isValid())
            return {};
        if (stamp.date().isValid()) {
            m_date = stamp.date();
        } else {
            if (!m_date.isValid())
                return {};
            if (m_lastTime.isValid() && time.msecsTo(m_lastTime) > kHalfDayMs)
                m_date = m_date.addDays(1);
        }
        m_lastTime = time;
        return QDateTime(m_date, time, Qt::UTC);
    }

private:
    QDate m_date;
    QTime m_lastTime;
};

/// The sentences of one time, merged into one fix.
struct FixGroup
{
    QDateTime at;
    QGeoCoordinate position;
    double speedMps = std::numeric_limits<double>::quiet_NaN();

    void merge(const QGeoPositionInfo &info, bool hasFix)
    {
        if (hasFix && !position.isValid() && info.coordinate().isValid())
            position = info.coordinate();
        if (std::isnan(speedMps) && info.hasAttribute(QGeoPositionInfo::GroundSpeed))
            speedMps = info.attribute(QGeoPositionInfo::GroundSpeed);
    }
};

} // namespace

Result<CrewFixes> readNmeaLog(const QString &path, const QString &crewId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("unreadableFile"), QStringLiteral("%1: %2").arg(path, file.errorString())};
    SentenceParser parser(QNmeaPositionInfoSource::RealTimeMode); // only its parser is used
    RecordedClock clock;
    std::optional<FixGroup> group;
    CrewFixes fixes;
    const auto flush = [&] {
        if (!group || !group->position.isValid())
            return;
        CrewFix fix;
        fix.crewId = crewId;
        fix.lon = group->position.longitude();
        fix.lat = group->position.latitude();
        fix.atMs = group->at.toMSecsSinceEpoch();
        fix.receivedAtMs = fix.atMs;
        fix.speedMps = group->speedMps;
        fixes << fix;
    };
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        QGeoPositionInfo info;
        bool hasFix = false;
        if (!parser.parseLine(line.constData(), int(line.size()), &info, &hasFix))
            continue;
        if (!info.timestamp().time().isValid()) { // GSA, VTG…: part of the fix before
            if (group)
                group->merge(info, hasFix);
            continue;
        }
        const QDateTime at = clock.recorded(info.timestamp());
        if (!at.isValid() || (group && at < group->at))
            continue; // no date yet, or out of order
        if (!group || at > group->at) {
            flush();
            group = FixGroup{at};
        }
        group->merge(info, hasFix);
    }
    flush();
    if (fixes.isEmpty())
        return Error{QStringLiteral("noFix"),
                     QStringLiteral("%1 has no NMEA sentence with a position, a fix and a date").arg(path)};
    return fixes;
}

/// A simulation-mode source whose parser compresses the recorded times by the speed factor
/// around the first one, so Qt's replay paces the fixes that much faster; it remembers the
/// recorded time of each compressed time of day.
///
/// Qt's simulated reader emits a fix once it has read a sentence with a later time (it
/// then knows how long to wait), so the log is followed by an end marker that this parser
/// reads as a sentence without position one second after every recorded time. That reader
/// also takes a fix's "has fix" flag from the sentence that ends it (the next one): so this
/// parser drops the position of the sentences without a fix and reports every sentence as
/// fixed, and a fix comes out exactly when one of its sentences had a position and a fix,
/// as readNmeaLog() decides.
class NmeaTrack::Source final : public SentenceParser
{
public:
    Source(QByteArray log, double speedFactor)
        : SentenceParser(SimulationMode)
        , m_speedFactor(speedFactor)
    {
        if (!log.endsWith('\n'))
            log += "\r\n";
        m_log.setData(log + kEndMarker + "\r\n");
        setDevice(&m_log);
    }

    /// The recorded UTC ms of an update this source emitted, or -1.
    qint64 recordedMs(const QGeoPositionInfo &info) const
    {
        return m_recordedMs.value(info.timestamp().time().msecsSinceStartOfDay(), -1);
    }

protected:
    bool parsePosInfoFromNmeaData(const char *data, int size, QGeoPositionInfo *info, bool *hasFix) override
    {
        if (QByteArrayView(data, size).startsWith(kEndMarker)) {
            if (m_anchorMs < 0)
                return false;
            info->setTimestamp(QDateTime::fromMSecsSinceEpoch(scaled(m_latestMs + 1000), Qt::UTC));
            *hasFix = true;
            return true;
        }
        if (!parseLine(data, size, info, hasFix))
            return false;
        if (!*hasFix)
            info->setCoordinate(QGeoCoordinate());
        *hasFix = true;
        const QDateTime stamp = info->timestamp();
        if (!stamp.time().isValid())
            return true;
        const QDateTime recorded = m_clock.recorded(stamp);
        if (!recorded.isValid())
            return false; // time only, before any date: readNmeaLog() skips it too
        const qint64 recordedMs = recorded.toMSecsSinceEpoch();
        if (m_anchorMs < 0)
            m_anchorMs = m_latestMs = recordedMs;
        m_latestMs = std::max(m_latestMs, recordedMs);
        const QDateTime compressed = QDateTime::fromMSecsSinceEpoch(scaled(recordedMs), Qt::UTC);
        info->setTimestamp(stamp.date().isValid() ? compressed : QDateTime(QDate(), compressed.time(), Qt::UTC));
        m_recordedMs.insert(compressed.time().msecsSinceStartOfDay(), recordedMs);
        return true;
    }

private:
    static constexpr QByteArrayView kEndMarker{"$VIGIE,END"};

    qint64 scaled(qint64 recordedMs) const
    {
        return m_anchorMs + std::llround(double(recordedMs - m_anchorMs) / m_speedFactor);
    }

    QBuffer m_log;
    double m_speedFactor;
    RecordedClock m_clock;
    qint64 m_anchorMs = -1;
    qint64 m_latestMs = -1;          ///< Latest recorded time read, UTC ms.
    QHash<int, qint64> m_recordedMs; ///< Compressed time of day (ms) → recorded UTC ms.
};

NmeaTrack::NmeaTrack(QString path, QString crewId, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_crewId(std::move(crewId))
{
    qRegisterMetaType<vigie::CrewFix>();
}

NmeaTrack::~NmeaTrack() = default;

Status NmeaTrack::start(double speedFactor, TimeBase timeBase)
{
    if (!(speedFactor >= 0.1 && speedFactor <= 1000))
        return Error{QStringLiteral("invalidArgument"),
                     QStringLiteral("a replay speed factor of %1 is outside 0.1–1000").arg(speedFactor)};
    auto fixes = readNmeaLog(m_path, m_crewId);
    if (!fixes)
        return fixes.error();
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("unreadableFile"), QStringLiteral("%1: %2").arg(m_path, file.errorString())};
    stop();
    m_lastRecordedMs = fixes->constLast().atMs;
    m_timeBase = timeBase;
    m_source = std::make_unique<Source>(file.readAll(), speedFactor);
    Source *source = m_source.get();
    connect(source, &QGeoPositionInfoSource::positionUpdated, this, [this, source](const QGeoPositionInfo &info) {
        const double speed = info.hasAttribute(QGeoPositionInfo::GroundSpeed) ? info.attribute(QGeoPositionInfo::GroundSpeed)
                                                                               : std::numeric_limits<double>::quiet_NaN();
        onPosition(source->recordedMs(info), speed, info.coordinate().longitude(), info.coordinate().latitude());
    });
    // Started from the event loop: the first fix comes out synchronously once started, and
    // the caller connects after start().
    QMetaObject::invokeMethod(m_source.get(), &QGeoPositionInfoSource::startUpdates, Qt::QueuedConnection);
    qCInfo(lcNmea) << "replaying" << m_path << "for" << m_crewId << "at" << speedFactor << "×";
    return {};
}

void NmeaTrack::stop()
{
    if (!m_source)
        return;
    m_source->stopUpdates();
    // deleteLater: stop() may run inside the source's own positionUpdated().
    m_source.release()->deleteLater();
}

bool NmeaTrack::isRunning() const
{
    return m_source != nullptr;
}

void NmeaTrack::onPosition(qint64 recordedMs, double speedMps, double lon, double lat)
{
    if (recordedMs < 0)
        return; // not a time this source compressed (cannot happen with its own parser)
    CrewFix f;
    f.crewId = m_crewId;
    f.lon = lon;
    f.lat = lat;
    f.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    f.atMs = m_timeBase == TimeBase::Recorded ? recordedMs : f.receivedAtMs;
    f.speedMps = speedMps;
    emit fix(f);
    if (recordedMs >= m_lastRecordedMs) {
        stop();
        emit finished();
    }
}

} // namespace vigie
