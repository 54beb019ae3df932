#pragma once

#include "domain/result.h"
#include "recording/sessiontypes.h"

#include <QElapsedTimer>
#include <QTimeZone>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace vigie {

class TimelineTrack;

/// Reads a date and time typed by a reviewer, in `zone` unless the text gives an offset, and
/// returns it in UTC milliseconds. Accepted forms (seconds optional, 'T' or a space between
/// date and time in ISO):
/// - French: "30/11/2026 14:02:05", "30/11/2026 14:02", "30/11 14:02" (the year of
///   `referenceMs`), "14h02", "14:02:05" and "14:02" (the day of `referenceMs` in `zone`);
/// - ISO 8601: "2026-11-30T14:02:05", "2026-11-30 14:02", with an optional "Z" or "+01:00".
/// A local time that does not exist (spring forward) is an error; an ambiguous one (fall
/// back) takes the first occurrence. Errors: `badTime` with a translated sentence. Any thread.
Result<qint64> parseTimelineTime(const QString &text, const QTimeZone &zone, qint64 referenceMs);

/// \brief The review timeline: the session's time range with its markers and the playhead,
/// the playback controls (play/pause, speed 0.5×–1000×, step), jumps (typed date and time,
/// previous/next alarm, previous/next operator action, previous/next marker) and bookmarks.
///
/// It only shows what it is given and emits requests: it never reads a file and never moves
/// the playhead by itself, except while the reviewer drags it (then it shows the dragged
/// time, emits seekRequested() at most every kDragSeekIntervalMs, and once more on release).
/// Times are UTC milliseconds; they are shown in timeZone(). GUI thread only.
///
/// Keys (window-wide shortcuts, so they work wherever the focus is in the window): Space
/// play/pause, Left/Right step back/forward by stepMs(), Ctrl+G go to a typed time, [ and ]
/// previous/next marker of any kind.
class TimelineBar : public QWidget
{
    Q_OBJECT
public:
    /// Minimum interval between two seekRequested() while the playhead is dragged.
    static constexpr int kDragSeekIntervalMs = 150;

    /// \brief Markers that fall in one pixel column of one lane, drawn and hit as one.
    struct MarkerBucket
    {
        int lane = 0;       ///< laneOf() the markers' type.
        int x = 0;          ///< Pixel column in the track.
        int first = 0;      ///< Index of the first marker in markers().
        int count = 0;      ///< Markers in the bucket (consecutive in markers()).
    };

    explicit TimelineBar(QWidget *parent = nullptr);
    ~TimelineBar() override;

    /// The session's time range; the playhead is clamped into it.
    void setRange(qint64 startMs, qint64 endMs);
    qint64 startMs() const { return m_startMs; }
    qint64 endMs() const { return m_endMs; }
    /// Markers to draw; sorted by time here (stable, so equal times keep their order).
    void setMarkers(const SessionMarkers &markers);
    const SessionMarkers &markers() const { return m_markers; }
    /// The player's playhead. Ignored while the reviewer drags it.
    void setPosition(qint64 atMs);
    /// The playhead shown: the dragged time while dragging, else the last setPosition().
    qint64 position() const;
    void setPlaying(bool playing);
    bool isPlaying() const { return m_playing; }
    /// Selects the speed entry closest to `factor` without emitting speedRequested().
    void setSpeed(double factor);
    double speed() const;
    /// The speeds offered, ascending, from 0.5 to 1000.
    static QVector<double> speeds();
    /// Zone of the times shown and typed (the city's); the system zone by default.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    /// Step of Left/Right and of the step buttons, in milliseconds (default 10 s).
    void setStepMs(qint64 stepMs) { m_stepMs = std::max<qint64>(1, stepMs); }
    qint64 stepMs() const { return m_stepMs; }
    /// While busy (a seek under way) the time label says so.
    void setBusy(bool busy);

    /// `atMs` formatted in timeZone() with seconds, e.g. "30/11/2026 14:02:05 CET".
    QString formatTime(qint64 atMs) const;

    /// Lane of a marker type in the track, top to bottom: 0 alarms, 1 operator actions,
    /// 2 intervention events, 3 bookmarks and gaps.
    static int laneOf(SessionRecordType type);
    static constexpr int kLanes = 4;
    /// Markers aggregated per pixel column and lane for the track's current width, sorted
    /// by lane then x.
    QVector<MarkerBucket> buckets() const;
    /// The bucket under `trackPoint` (track coordinates, a few pixels of tolerance), if any.
    std::optional<MarkerBucket> bucketAt(QPoint trackPoint) const;
    /// Tooltip text of a bucket: time, actor and text of its first markers.
    QString bucketToolTip(const MarkerBucket &bucket) const;
    /// Time of the next (previous) marker strictly after (before) `fromMs` whose type bit is
    /// in `typesMask` (sessionTypeBit()); nullopt if none.
    std::optional<qint64> nextMarker(qint64 fromMs, quint32 typesMask) const;
    std::optional<qint64> previousMarker(qint64 fromMs, quint32 typesMask) const;

    /// The track (markers and playhead), for tests and screenshots.
    QWidget *track() const;

public slots:
    /// Focuses the go-to field (Ctrl+G).
    void focusGoTo();
    /// Opens the bookmark note field at the playhead.
    void beginBookmark();

signals:
    void playRequested();
    void pauseRequested();
    /// Move the playhead to `atMs` (clamped into the range).
    void seekRequested(qint64 atMs);
    /// Move the playhead by `deltaMs` (negative: back), staying paused.
    void stepRequested(qint64 deltaMs);
    void speedRequested(double factor);
    /// Place a bookmark with `note` at `atMs`.
    void bookmarkRequested(qint64 atMs, const QString &note);

private:
    friend class TimelineTrack;
    void buildShortcuts();
    void togglePlay();
    void jumpTo(std::optional<qint64> atMs, const QString &noneMessage);
    void goToTyped();
    void commitBookmark();
    void updateTimeLabel();
    enum class DragPhase : quint8 { Press, Move, Release };
    void dragTo(qint64 atMs, DragPhase phase);
    qint64 clamp(qint64 atMs) const;

    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    qint64 m_positionMs = 0;
    std::optional<qint64> m_dragMs;
    qint64 m_bookmarkAtMs = 0;    ///< Playhead when the bookmark note was opened.
    qint64 m_lastDragSeekMs = -1; ///< Monotonic time of the last seek sent while dragging.
    qint64 m_stepMs = 10000;
    bool m_playing = false;
    bool m_busy = false;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    SessionMarkers m_markers;

    TimelineTrack *m_track;
    QToolButton *m_play;
    QComboBox *m_speed;
    QLabel *m_time;
    QLineEdit *m_goTo;
    QLineEdit *m_note;
    QLabel *m_message;
    QToolButton *m_bookmark;
    QTimer *m_dragTimer;          ///< Sends the last dragged time when the throttle held it back.
    QTimer *m_messageTimer;
    QElapsedTimer m_clock;
    mutable QVector<MarkerBucket> m_buckets; ///< Cache for m_bucketsWidth.
    mutable int m_bucketsWidth = -1;         ///< -1: to compute.
};

} // namespace vigie
