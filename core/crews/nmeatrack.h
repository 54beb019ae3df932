#pragma once

#include "crew.h"
#include "domain/result.h"

#include <QObject>
#include <QString>

#include <memory>

/// \file
/// \brief Crew positions from NMEA 0183 logs (a GNSS receiver's recording), read through
/// Qt Positioning's NMEA parser (QNmeaPositionInfoSource).
///
/// A log holds standard sentences ($GPRMC, $GPGGA, $GPGLL…) and often proprietary ones
/// ($PSRF… SiRF, $PGRM… Garmin) and line noise (NUL bytes, cut lines): anything before a
/// line's `$` is ignored, and sentences the parser does not read are skipped. Sentences with
/// the same time make one fix (their first position with a fix, the RMC ground speed);
/// a sentence without time (GSA, VTG) joins the fix before it; a time earlier than the
/// previous fix's is out of order and dropped. A fix needs a date: time-only sentences
/// before the first RMC are skipped, and later ones take the last date seen (the next day
/// after midnight).

namespace vigie {

/// \brief Every fix of the NMEA log at `path`, for crew `crewId`, in time order.
///
/// CrewFix: `atMs` the recorded UTC time, `receivedAtMs` the same, `speedMps` the RMC ground
/// speed (NaN without RMC), `deviceId` empty, `messageId` 0. Any thread.
/// Errors: `unreadableFile`; `noFix` when the log has no sentence with a position, a fix
/// and a date.
Result<CrewFixes> readNmeaLog(const QString &path, const QString &crewId);

/// \brief Replays an NMEA log as the live track of one crew, for demonstrations and tests.
///
/// A QNmeaPositionInfoSource in SimulationMode reads the file and paces the fixes as they
/// were recorded, `speedFactor` times faster (its sentence parser is given times compressed
/// by that factor; fixes come out with their recorded times). Fixes closer than
/// `speedFactor` milliseconds in the log may merge. Emits fix() per fix, finished() after
/// the last one. Thread: the one it lives on (it needs an event loop).
class NmeaTrack : public QObject
{
    Q_OBJECT
public:
    /// Which time a replayed fix carries in CrewFix::atMs.
    enum class TimeBase : quint8 {
        Recorded, ///< The time in the log.
        Replay,   ///< The wall-clock time it is emitted at (the log "happening now").
    };

    NmeaTrack(QString path, QString crewId, QObject *parent = nullptr);
    ~NmeaTrack() override;

    /// Starts the replay (again from the beginning if it ran). `speedFactor` in [0.1, 1000].
    /// Errors: those of readNmeaLog() (checked first), `invalidArgument` for the factor.
    [[nodiscard]] Status start(double speedFactor = 1.0, TimeBase timeBase = TimeBase::Recorded);
    /// Stops the replay; no fix() follows.
    void stop();
    bool isRunning() const;

signals:
    /// One position of the crew; `receivedAtMs` is the wall-clock time of emission.
    void fix(const vigie::CrewFix &fix);
    /// The last fix of the log was emitted.
    void finished();

private:
    class Source;
    void onPosition(qint64 recordedMs, double speedMps, double lon, double lat);

    QString m_path;
    QString m_crewId;
    TimeBase m_timeBase = TimeBase::Recorded;
    qint64 m_lastRecordedMs = 0;
    std::unique_ptr<Source> m_source;
};

} // namespace vigie
