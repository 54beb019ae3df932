#pragma once

#include "domain/result.h"
#include "crews/crew.h"
#include "recording/sessiontypes.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;
class QWidget;
class QTemporaryDir;
class QTimeZone;

namespace vigie {

class AlarmService;
class CityMap;
class IngestService;
class InterventionController;
class ReviewBanner;
class SessionPlayer;
class TimelineBar;

/// \brief Review mode's glue: the SessionPlayer, the scratch store, the timeline bar and the
/// banner, and the read-only lock on editing commands. MainWindow asks it for the city to
/// open and the store to use, then hands it the running services (attach()).
///
/// The timeline's requests go to the player; the player's position, play state and seeks
/// come back to the timeline and the banner. Raw messages reach ingest through the player's
/// ReplaySource (the same IngestSource interface as MQTT), so alarms are evaluated as live;
/// on seek the player resets ingest's states and the alarm engine to the keyframe
/// (SessionPlayer::attachServices()) and this controller resets the intervention list to the
/// keyframe's, then applies the recorded intervention events.
///
/// Read-only by construction: the session is opened read-only, the city is loaded into a
/// scratch database in a temporary folder (removed with the controller, never the user's
/// store), and no broker connection, dispatcher or recorder is created by MainWindow while a
/// controller exists. Commands that would change something are disabled for good through
/// lockActions(). Bookmarks placed by the reviewer never touch the session file.
///
/// GUI thread only. Times are UTC milliseconds.
class ReviewController : public QObject
{
    Q_OBJECT
public:
    explicit ReviewController(QObject *parent = nullptr);
    ~ReviewController() override;

    /// Opens the session `path` read-only and creates the scratch folder. A damaged file
    /// opens (see damage()). Errors: those of SessionPlayer::open, `noCity` (the header names
    /// no city: it was damaged), `scratchFailed` (no temporary folder). Call detach() before
    /// opening another session while services are attached.
    Status open(const QString &path);
    QString path() const { return m_path; }
    const SessionHeader &header() const;
    SessionDamages damage() const;
    qint64 startMs() const;
    qint64 endMs() const;
    SessionMarkers markers() const { return m_markers; }
    /// The scratch SQLite file the city and the replayed data go to.
    QString storePath() const;
    SessionPlayer *player() const { return m_player; }

    /// Before AlarmService::start(): the engine reads the session's time, not the wall clock.
    void prepareAlarms(AlarmService *alarms);
    /// The map judges silence at the playhead, and again after each seek. Before attach().
    void prepareMap(CityMap *map);
    /// The services are running: ingest reads the replay, the player resets them on seek,
    /// the intervention list follows the replay; then seeks to the start of the session.
    /// They must stay until detach().
    void attach(IngestService *ingest, AlarmService *alarms, InterventionController *interventions);
    /// Pauses and lets go of the services (before they stop). Idempotent.
    void detach();

    /// The timeline and the banner, created by open() (parent them into the window).
    TimelineBar *timeline() const { return m_timeline; }
    ReviewBanner *banner() const { return m_banner; }
    /// Zone the times are shown and typed in: the city's.
    void setTimeZone(const QTimeZone &zone);

    /// The Session menu of a review window: Export a time window… and Export the shift report
    /// (CSV)… (SessionExportDialog), parented to `window`. Success goes to message(); a
    /// failure is shown in a message box over `window`.
    QMenu *createSessionMenu(QWidget *window);

    /// Disables `actions` for good (they stay disabled whatever their owner does later) and
    /// says why in their tooltip. Null entries are skipped.
    void lockActions(const QList<QAction *> &actions);
    /// Why an editing command is disabled, for tooltips and messages (translated).
    static QString readOnlyReason();

    /// The playhead (UTC ms).
    qint64 position() const { return m_positionMs; }

signals:
    /// A sentence for the status bar (translated).
    void message(const QString &text);
    /// The playhead moved (after a seek, or while playing).
    void positionChanged(qint64 atMs);
    /// A seek has rebuilt the state at `atMs` (map, alarms, interventions).
    void seekFinished(qint64 atMs);
    /// The crews' last fixes of the keyframe a seek restored.
    void crewFixesRestored(const vigie::CrewFixes &fixes);

private:
    void bindTimeline();
    void bindPlayer();
    void setPosition(qint64 atMs);
    void addBookmark(qint64 atMs, const QString &note);
    void keyframeRestored(const QByteArray &blob);

    QString m_path;
    SessionPlayer *m_player = nullptr;
    QPointer<InterventionController> m_interventions;
    std::unique_ptr<QTemporaryDir> m_scratch;
    SessionMarkers m_markers;
    qint64 m_positionMs = 0;
    QPointer<TimelineBar> m_timeline;
    QPointer<ReviewBanner> m_banner;
};

} // namespace vigie
