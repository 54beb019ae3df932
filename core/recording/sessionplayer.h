#pragma once

#include "domain/result.h"
#include "recording/replaysource.h"
#include "recording/sessionkeyframe.h"
#include "recording/sessionreader.h"
#include "recording/sessiontypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace vigie {

class AlarmService;
class IngestService;

/// \brief Plays a session file back (issue 7, review mode). Guide and the calls a review
/// UI makes on seek: docs/recording.md, "Replay".
///
/// Lives on the GUI thread; reading and pacing run on a thread of its own, which owns the
/// SessionReader after open(). Raw messages go out through source() (a ReplaySource) into
/// IngestService, so decoding and alarm evaluation run as live. Times are UTC ms.
///
/// With attachServices(), the player also resets the services on seek (keyframe states
/// into IngestService::restoreStates(), alarms into AlarmService::restore()) and applies
/// recorded alarm operator actions (acknowledge, shelve, unshelve, removeFromService,
/// returnToService, comment) and alarm rule changes (settingsChange "alarms/rules", through
/// alarmRulesInForce() into AlarmService::setRules()) to AlarmService in order with the
/// messages: before each one it waits for the ingest and alarm threads to process what
/// was delivered (sync()). Give the
/// AlarmService clock() before its start(), so that rules, shelving expiry and the
/// engine's times follow the session's time, not the wall clock.
class SessionPlayer : public QObject
{
    Q_OBJECT
public:
    explicit SessionPlayer(QObject *parent = nullptr);
    /// Stops the playback thread.
    ~SessionPlayer() override;

    /// Opens `path` read-only (see SessionReader::open() for errors; damage is reported by
    /// damage(), not fatal), reads its markers and the sidecar bookmarks, starts the
    /// playback thread paused at startMs(). A second open() closes the first file.
    Status open(const QString &path);
    QString path() const { return m_path; }
    const SessionHeader &header() const { return m_header; }
    /// Damage found at open (see SessionDamage).
    QVector<SessionDamage> damage() const { return m_damage; }
    qint64 startMs() const { return m_startMs; }
    qint64 endMs() const { return m_endMs; }
    /// Alarm transitions, operator actions, intervention events, bookmarks (file and
    /// sidecar) and gaps, sorted by time.
    QVector<SessionMarker> markers() const { return m_markers; }
    /// Keyframe times, sorted (for a timeline's ticks).
    QVector<qint64> keyframeTimes() const { return m_keyframeTimes; }
    /// The ReplaySource, owned by the player: IngestService::useSource(player.source()).
    IngestSource *source();

    /// Optional. Services reset on seek and given the recorded operator actions. They must
    /// outlive the player or be detached (nullptr) first. GUI thread, while paused.
    void attachServices(IngestService *ingest, AlarmService *alarms);
    /// The session's "now" for AlarmService::setClock(): the playhead, advancing with the
    /// pacing while playing, the time of the last record delivered during a seek. Any thread.
    std::function<qint64()> clock() const;

    /// The playhead (UTC ms). GUI thread (any thread: atomic).
    qint64 position() const { return m_nowMs->load(); }
    void play();
    void pause();
    bool isPlaying() const { return m_playing; }
    /// Session ms per wall ms, clamped to [0.5, 1000].
    void setSpeed(double factor);
    double speed() const { return m_speed; }
    /// Asynchronous. Pauses, emits seekStarted, keyframeRestored(blob of the last readable
    /// keyframe <= atMs; none when there is no keyframe before), then delivers the raw
    /// messages and replays the other records from that keyframe up to atMs as fast as
    /// possible, then emits seekFinished(atMs). With attachServices(), the services are reset
    /// and synced before seekFinished. `atMs` is clamped to [startMs, endMs].
    void seek(qint64 atMs);
    /// seek(position() + deltaMs); stays paused.
    void step(qint64 deltaMs);
    /// Time of the next/previous marker strictly after/before `fromMs` whose type bit is in
    /// `typesMask` (sessionTypeBit); -1 if none.
    qint64 nextMarker(qint64 fromMs, quint32 typesMask) const;
    qint64 previousMarker(qint64 fromMs, quint32 typesMask) const;
    /// Review bookmarks never modify the session file: they go to a sidecar
    /// "<file>.bookmarks.json" next to it (rewritten whole, atomically). The marker list
    /// gets it at once. Errors: `notOpen`, `writeFailed`.
    Status addBookmark(qint64 atMs, const QString &note);
    /// The sidecar path of `sessionPath`.
    static QString bookmarksPath(const QString &sessionPath);

signals:
    void positionChanged(qint64 atMs);          ///< Coalesced, ≤ 10 Hz.
    void playingChanged(bool playing);
    void seekStarted(qint64 atMs);
    void keyframeRestored(qint64 atMs, const QByteArray &blob); ///< Decode with SessionKeyframe.
    void operatorActionReplayed(const vigie::OperatorAction &action);
    void alarmTransitionReplayed(const vigie::AlarmTransition &transition); ///< As recorded live.
    void interventionEventReplayed(const vigie::InterventionEvent &event);
    void seekFinished(qint64 atMs);
    void finished();                            ///< Played to endMs.
    /// A keyframe or chunk could not be read during a seek or playback (already in the
    /// reader's damage list); `message` is operator-facing.
    void readFailed(const QString &message);

private:
    /// State shared with the playback thread (guarded by `mutex` unless atomic).
    struct Shared
    {
        std::mutex mutex;
        std::condition_variable wake;
        bool quit = false;
        bool playing = false;
        double speed = 1;
        std::optional<qint64> seekTo;
        quint64 generation = 0;     ///< Bumped by every command, so waits end.
        QPointer<IngestService> ingest;
        QPointer<AlarmService> alarms;
    };

    void closeFile();
    void run();
    /// Playback thread: the seek, from the keyframe up to `atMs`.
    void doSeek(qint64 atMs);
    /// Playback thread: hands one record on. `fast`: during a seek.
    void dispatch(const SessionRecord &record);
    void applyAction(const OperatorAction &action);
    void applyRulesChange(AlarmService *alarms, const OperatorAction &action);
    void restoreServices(const std::optional<SessionKeyframe> &keyframe);
    void syncServices();
    void command(const std::function<void(Shared &)> &change);
    void loadBookmarks();
    void setPlaying(bool playing);

    QString m_path;
    SessionHeader m_header;
    QVector<SessionDamage> m_damage;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    QVector<SessionMarker> m_markers;
    QVector<qint64> m_keyframeTimes;
    QVector<SessionBookmark> m_bookmarks; ///< Sidecar's.
    std::unique_ptr<ReplaySource> m_source;
    bool m_playing = false;
    double m_speed = 1;
    qint64 m_lastEmittedMs = -1;
    QTimer m_positionTimer;

    std::shared_ptr<std::atomic<qint64>> m_nowMs; ///< The playhead; shared with clock()'s users.
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<SessionReader> m_reader; ///< Playback thread's after open().
    std::thread m_thread;
    // Playback thread only.
    std::optional<SessionCursor> m_cursor;   ///< Records after the playhead.
};

} // namespace vigie
