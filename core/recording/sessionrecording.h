#pragma once

#include "recording/sessionkeyframe.h"
#include "recording/sessionrecorder.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <functional>
#include <mutex>

namespace vigie {

class AlarmService;
class IngestService;
class InterventionService;

/// \brief What SessionRecording records besides what it is attached to.
struct SessionRecordingOptions
{
    QString cityId;
    qint64 keyframeIntervalMs = 5 * 60 * 1000; ///< Periodic keyframes; ≤ 0: only at file starts.
    /// Current time, UTC ms (keyframe times). Default: system clock; tests inject theirs.
    std::function<qint64()> clock;
    /// Also a keyframe once this many raw messages arrived since the last one (≤ 0: off), but
    /// never less than keyframeMinIntervalMs after it. A seek replays the messages since
    /// the keyframe before it, so this bounds its cost on a busy city; the price is file
    /// size (a keyframe is ≈ 9 bytes per asset compressed). docs/recording.md, "Keyframes".
    qint64 keyframeEveryMessages = 10'000;
    qint64 keyframeMinIntervalMs = 30'000;
};

/// \brief Wires a running Vigie to a SessionRecorder, so that a session file holds
/// everything needed to review it (docs/recording.md, "What the app records").
///
/// Records, each from the thread it happens on and without any per-message work on the GUI
/// thread:
/// - raw messages, one recorder call per ingest drain (IngestService::setMessageTap(), on
///   the ingest thread), and the observations decoded from them (IngestService::observed);
/// - every alarm transition (AlarmService::transitionsRecorded, alarm thread);
/// - intervention audit-trail events (InterventionService::eventStored, intervention thread);
/// - operator actions: those the alarm engine audits (acknowledge, shelve, unshelve,
///   comment, removeFromService, returnToService: actor ≠ "system") and supervisors'
///   intervention changes (actor neither "system" nor "crew:…") are derived from the above;
///   others (settings changes) come through recordAction();
/// - a SessionKeyframe at each fileStarted(), every keyframeIntervalMs, and after every
///   keyframeEveryMessages raw messages (at most one per keyframeMinIntervalMs).
///
/// Keyframes are consistent with the record stream: the asset states are taken on the
/// ingest thread between two drains, the alarm state on the alarm thread after the
/// observations of those drains, and the keyframe is queued to the recorder before the
/// next drain's messages. Encoding (≈ 10 ms per 100 000 assets) runs on the ingest thread.
///
/// Create on the GUI thread; attach*() before IngestService::start(). The recorder and
/// the services must outlive this object or be stopped first.
class SessionRecording : public QObject
{
    Q_OBJECT
public:
    SessionRecording(SessionRecorder *recorder, SessionRecordingOptions options, QObject *parent = nullptr);
    ~SessionRecording() override;

    /// Before IngestService::start(): installs the message tap and connects observations and crew fixes.
    void attachIngest(IngestService *ingest);
    void attachAlarms(AlarmService *alarms);
    void attachInterventions(InterventionService *interventions);
    /// Starts the periodic keyframe timer. Keyframes at fileStarted() are recorded from
    /// construction on, whether started or not (so create this before the recorder's start()).
    /// GUI thread.
    void start();
    /// Stops the timer; the recorder is left to its owner. GUI thread.
    void stop();

    /// An operator action (settings changes and anything not derived automatically). Any
    /// thread. `detail` is stored as compact JSON.
    bool recordAction(const QString &actor, const QString &action, const QString &targetKind, const QString &targetId,
                      const QJsonObject &detail = {});
    /// Records a keyframe now (asynchronous; keyframeRecorded() follows). GUI thread.
    void requestKeyframe();

    /// The operator action an alarm transition stands for, or nullopt when it is automatic
    /// (actor "system"). `alarm` (may be null) gives the shelving expiry. Pure; any thread.
    static std::optional<OperatorAction> actionOf(const AlarmTransition &transition, const Alarm *alarm);
    /// The operator action an intervention event stands for, or nullopt (system, crews). Pure.
    static std::optional<OperatorAction> actionOf(const InterventionEvent &event);

signals:
    /// A keyframe of `bytes` bytes was queued to the recorder (false `accepted`: dropped).
    void keyframeRecorded(qint64 atMs, qint64 bytes, bool accepted);

private:
    qint64 now() const;
    /// Builds the keyframe from `states` and the other services' state; any thread but the
    /// alarm thread.
    SessionKeyframe buildKeyframe(const QVector<AssetState> &states, qint64 lastMessageId) const;
    void recordBuilt(const SessionKeyframe &keyframe);
    /// Ingest thread: counts a drain's messages, requests a keyframe when enough came.
    void countMessages(qint64 count);
    void onTransitions(const QVector<AlarmTransition> &transitions, const QVector<Alarm> &alarms);
    void onInterventionEvent(const InterventionEvent &event);

    SessionRecorder *m_recorder;
    SessionRecordingOptions m_options;
    QPointer<IngestService> m_ingest;
    QPointer<AlarmService> m_alarms;
    QTimer m_timer;
    std::atomic<qint64> m_sinceKeyframe{0};  ///< Raw messages since the last keyframe.
    std::atomic<qint64> m_lastKeyframeMs{0}; ///< Time of the last keyframe built or requested.

    mutable std::mutex m_mutex;              ///< Guards the two caches below.
    QHash<qint64, Intervention> m_interventions;
    QHash<QString, CrewFix> m_lastFixes;      ///< Crew id → latest fix.
};

} // namespace vigie
