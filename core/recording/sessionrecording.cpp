#include "sessionrecording.h"

#include "alarms/alarmservice.h"
#include "ingest/ingestservice.h"
#include "interventions/interventionservice.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRecording, "vigie.recording")

namespace vigie {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return o.isEmpty() ? QByteArray() : QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool isOperator(const QString &actor)
{
    return !actor.isEmpty() && actor != QLatin1String("system") && !actor.startsWith(QLatin1String("crew:"));
}

} // namespace

SessionRecording::SessionRecording(SessionRecorder *recorder, SessionRecordingOptions options, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
    , m_options(std::move(options))
{
    qRegisterMetaType<vigie::InterventionEvent>();
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SessionRecording::requestKeyframe);
    connect(m_recorder, &SessionRecorder::fileStarted, this, [this] { requestKeyframe(); }, Qt::QueuedConnection);
}

SessionRecording::~SessionRecording()
{
    stop();
    if (m_ingest)
        m_ingest->setMessageTap({}); // takes effect at the next start()
}

qint64 SessionRecording::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
}

void SessionRecording::attachIngest(IngestService *ingest)
{
    m_ingest = ingest;
    SessionRecorder *recorder = m_recorder;
    ingest->setMessageTap([this, recorder](const QVector<RawMessage> &messages) {
        recorder->recordRawMessages(messages);
        countMessages(messages.size());
    });
    connect(
        ingest, &IngestService::observed, this,
        [recorder](const Observations &observations) {
            // The batch's time: the newest receive time in it (never the wall clock, so a
            // replayed session records the same times).
            qint64 at = 0;
            for (const Observation &o : observations)
                at = qMax(at, o.receivedAtMs);
            recorder->recordObservations(at, observations);
        },
        Qt::DirectConnection);
    connect(
        ingest, &IngestService::crewFixes, this,
        [this](const CrewFixes &fixes) {
            std::lock_guard lock(m_mutex);
            for (const CrewFix &f : fixes) {
                auto it = m_lastFixes.find(f.crewId);
                if (it == m_lastFixes.end() || it->atMs <= f.atMs)
                    m_lastFixes.insert(f.crewId, f);
            }
        },
        Qt::DirectConnection);
}

void SessionRecording::attachAlarms(AlarmService *alarms)
{
    m_alarms = alarms;
    connect(alarms, &AlarmService::transitionsRecorded, this,
            [this](const QVector<AlarmTransition> &t, const QVector<Alarm> &a) { onTransitions(t, a); }, Qt::DirectConnection);
}

void SessionRecording::attachInterventions(InterventionService *interventions)
{
    connect(interventions, &InterventionService::eventStored, this,
            [this](const InterventionEvent &e) { onInterventionEvent(e); }, Qt::DirectConnection);
    connect(interventions, &InterventionService::interventionsChanged, this,
            [this](const QVector<Intervention> &changed, bool all) {
                std::lock_guard lock(m_mutex);
                if (all)
                    m_interventions.clear();
                for (const Intervention &v : changed)
                    m_interventions.insert(v.id, v);
            });
}

void SessionRecording::start()
{
    if (m_options.keyframeIntervalMs > 0)
        m_timer.start(int(qMin<qint64>(m_options.keyframeIntervalMs, std::numeric_limits<int>::max())));
}

void SessionRecording::stop()
{
    m_timer.stop();
}

bool SessionRecording::recordAction(const QString &actor, const QString &action, const QString &targetKind,
                                    const QString &targetId, const QJsonObject &detail)
{
    return m_recorder->recordOperatorAction(OperatorAction{now(), actor, action, targetKind, targetId, compact(detail)});
}

void SessionRecording::requestKeyframe()
{
    if (!m_recorder->isRunning())
        return;
    if (m_ingest && m_ingest->isRunning()) {
        QPointer<SessionRecording> self(this);
        // The states and the keyframe record are taken and queued on the ingest thread
        // between two drains: no message can slip between them.
        m_ingest->snapshot([self](const QVector<AssetState> &states, qint64 lastMessageId) {
            if (!self)
                return;
            self->recordBuilt(self->buildKeyframe(states, lastMessageId));
        });
        return;
    }
    recordBuilt(buildKeyframe({}, 0));
}

SessionKeyframe SessionRecording::buildKeyframe(const QVector<AssetState> &states, qint64 lastMessageId) const
{
    SessionKeyframe k;
    k.atMs = now();
    k.cityId = m_options.cityId;
    k.states = states;
    k.assetCount = qint32(states.size());
    k.lastMessageId = lastMessageId;
    if (m_alarms)
        k.alarms = m_alarms->snapshot(); // after the observations already posted: consistent with `states`
    std::lock_guard lock(m_mutex);
    k.interventions.reserve(m_interventions.size());
    for (const Intervention &v : m_interventions)
        k.interventions.append(v);
    std::sort(k.interventions.begin(), k.interventions.end(),
              [](const Intervention &a, const Intervention &b) { return a.id < b.id; });
    for (const CrewFix &f : m_lastFixes)
        k.crewFixes.append(f);
    return k;
}

void SessionRecording::countMessages(qint64 count)
{
    if (m_options.keyframeEveryMessages <= 0
        || m_sinceKeyframe.fetch_add(count) + count < m_options.keyframeEveryMessages)
        return;
    const qint64 t = now();
    if (t - m_lastKeyframeMs.load() < m_options.keyframeMinIntervalMs)
        return;
    m_lastKeyframeMs.store(t); // claims the keyframe: no second request within the interval
    QMetaObject::invokeMethod(this, &SessionRecording::requestKeyframe, Qt::QueuedConnection);
}

void SessionRecording::recordBuilt(const SessionKeyframe &keyframe)
{
    m_sinceKeyframe.store(0);
    m_lastKeyframeMs.store(keyframe.atMs);
    const QByteArray blob = keyframe.encode();
    const bool accepted = m_recorder->recordKeyframe(keyframe.atMs, blob);
    qCDebug(lcRecording) << "keyframe at" << keyframe.atMs << blob.size() << "bytes" << (accepted ? "" : "dropped");
    QMetaObject::invokeMethod(this, [this, at = keyframe.atMs, n = qint64(blob.size()), accepted] {
        emit keyframeRecorded(at, n, accepted);
    }, Qt::QueuedConnection);
}

void SessionRecording::onTransitions(const QVector<AlarmTransition> &transitions, const QVector<Alarm> &alarms)
{
    for (const AlarmTransition &t : transitions) {
        m_recorder->recordAlarmTransition(t);
        const Alarm *alarm = nullptr;
        for (const Alarm &a : alarms) {
            if (a.id == t.alarmId) {
                alarm = &a;
                break;
            }
        }
        if (auto action = actionOf(t, alarm))
            m_recorder->recordOperatorAction(*action);
    }
}

void SessionRecording::onInterventionEvent(const InterventionEvent &event)
{
    m_recorder->recordInterventionEvent(event);
    if (auto action = actionOf(event))
        m_recorder->recordOperatorAction(*action);
}

std::optional<OperatorAction> SessionRecording::actionOf(const AlarmTransition &t, const Alarm *alarm)
{
    if (!isOperator(t.actor) || t.action == QLatin1String("group"))
        return std::nullopt;
    QJsonObject detail{{QStringLiteral("from"), alarmStateKey(t.from)}, {QStringLiteral("to"), alarmStateKey(t.to)}};
    if (!t.text.isEmpty())
        detail.insert(QStringLiteral("text"), t.text);
    if (t.action == QLatin1String("shelve") && alarm)
        detail.insert(QStringLiteral("untilMs"), double(alarm->shelvedUntilMs));
    return OperatorAction{t.atMs, t.actor, t.action, QStringLiteral("alarm"), QString::number(t.alarmId), compact(detail)};
}

std::optional<OperatorAction> SessionRecording::actionOf(const InterventionEvent &e)
{
    if (!isOperator(e.actor))
        return std::nullopt;
    QJsonObject detail{{QStringLiteral("version"), e.version},
                       {QStringLiteral("from"), interventionStatusKey(e.from)},
                       {QStringLiteral("to"), interventionStatusKey(e.to)}};
    if (!e.text.isEmpty())
        detail.insert(QStringLiteral("text"), e.text);
    return OperatorAction{e.atMs, e.actor, QStringLiteral("intervention") + e.action.left(1).toUpper() + e.action.mid(1),
                          QStringLiteral("intervention"), QString::number(e.interventionId), compact(detail)};
}

} // namespace vigie
