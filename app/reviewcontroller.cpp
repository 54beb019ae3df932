#include "reviewcontroller.h"

#include "interventioncontroller.h"
#include "alarms/alarmservice.h"
#include "ingest/ingestservice.h"
#include "map/citymap.h"
#include "recording/sessionkeyframe.h"
#include "recording/sessionplayer.h"
#include "reviewbanner.h"
#include "sessionexportdialog.h"
#include "timelinebar.h"

#include <QAction>
#include <QDir>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QTemporaryDir>

Q_LOGGING_CATEGORY(lcReview, "vigie.app.review")

namespace vigie {

ReviewController::ReviewController(QObject *parent)
    : QObject(parent)
    , m_player(new SessionPlayer(this))
{
    bindPlayer();
}

ReviewController::~ReviewController()
{
    // The widgets belong to the window; they may outlive the controller for a moment.
    delete m_timeline;
    delete m_banner;
}

Status ReviewController::open(const QString &path)
{
    if (auto opened = m_player->open(path); !opened)
        return opened.error();
    if (m_player->header().cityId.isEmpty())
        return Error{QStringLiteral("noCity"), tr("%1 does not say which city it was recorded in (its header is damaged).")
                                                   .arg(QDir::toNativeSeparators(path))};
    auto scratch = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("vigie-review-XXXXXX")));
    if (!scratch->isValid())
        return Error{QStringLiteral("scratchFailed"), tr("No temporary folder for the review: %1").arg(scratch->errorString())};
    m_path = path;
    m_scratch = std::move(scratch);
    m_markers = m_player->markers();
    m_positionMs = m_player->startMs();

    if (!m_timeline) {
        m_timeline = new TimelineBar;
        m_banner = new ReviewBanner;
        bindTimeline();
    }
    m_timeline->setRange(startMs(), endMs());
    m_timeline->setMarkers(m_markers);
    m_timeline->setPosition(m_positionMs);
    m_banner->setFile(path);
    const SessionDamages lost = m_player->damage();
    m_banner->setDamage(lost.isEmpty() ? QString() : tr("%n damaged part(s) skipped", nullptr, int(lost.size())));
    for (const SessionDamage &d : lost)
        qCWarning(lcReview).noquote() << "damage in" << path << "at byte" << d.offset << ':' << d.reason << d.message;
    setPosition(m_positionMs);
    qCInfo(lcReview).noquote() << "reviewing" << path << "city" << header().cityId << "from" << startMs() << "to" << endMs()
                               << "markers" << m_markers.size() << "scratch store" << storePath();
    return {};
}

const SessionHeader &ReviewController::header() const
{
    return m_player->header();
}

SessionDamages ReviewController::damage() const
{
    return m_player->damage();
}

qint64 ReviewController::startMs() const
{
    return m_player->startMs();
}

qint64 ReviewController::endMs() const
{
    return m_player->endMs();
}

void ReviewController::prepareAlarms(AlarmService *alarms)
{
    alarms->setClock(m_player->clock());
}

QMenu *ReviewController::createSessionMenu(QWidget *window)
{
    auto *menu = new QMenu(tr("&Session"), window);
    menu->setObjectName(QStringLiteral("sessionMenu"));
    const auto add = [this, menu, window](const QString &text, const QString &name, SessionExportKind kind) {
        QAction *action = menu->addAction(text, this, [this, window, kind] {
            SessionExportDialog::run(kind, m_path, startMs(), endMs(), m_positionMs, m_timeline->timeZone(), window,
                                     [this, window](const Status &s, const QString &done) {
                                         if (s)
                                             emit message(done);
                                         else
                                             QMessageBox::warning(window, tr("Export failed"), s.error().message);
                                     });
        });
        action->setObjectName(name);
    };
    add(tr("Export a time window…"), QStringLiteral("exportSessionWindow"), SessionExportKind::Session);
    add(tr("Export the shift report (CSV)…"), QStringLiteral("exportShiftReport"), SessionExportKind::ShiftReport);
    return menu;
}

void ReviewController::prepareMap(CityMap *map)
{
    map->setClock(m_player->clock());
    connect(this, &ReviewController::seekFinished, map, &CityMap::reevaluate);
}

void ReviewController::attach(IngestService *ingest, AlarmService *alarms, InterventionController *interventions)
{
    m_interventions = interventions;
    ingest->useSource(m_player->source());
    m_player->attachServices(ingest, alarms);
    m_player->seek(m_player->startMs()); // the state at the start: the first keyframe
}

void ReviewController::detach()
{
    m_player->pause();
    m_player->attachServices(nullptr, nullptr);
    m_interventions.clear();
}

void ReviewController::bindPlayer()
{
    connect(m_player, &SessionPlayer::positionChanged, this, &ReviewController::setPosition);
    connect(m_player, &SessionPlayer::playingChanged, this, [this](bool playing) {
        if (m_timeline)
            m_timeline->setPlaying(playing);
    });
    connect(m_player, &SessionPlayer::seekStarted, this, [this] {
        if (m_timeline)
            m_timeline->setBusy(true);
        // No keyframe before the target: the replay starts from nothing.
        if (m_interventions)
            m_interventions->replaySnapshot({});
    });
    connect(m_player, &SessionPlayer::keyframeRestored, this, [this](qint64, const QByteArray &blob) { keyframeRestored(blob); });
    connect(m_player, &SessionPlayer::interventionEventReplayed, this, [this](const InterventionEvent &event) {
        if (m_interventions)
            m_interventions->replayEvent(event);
    });
    connect(m_player, &SessionPlayer::seekFinished, this, [this](qint64 atMs) {
        if (m_timeline)
            m_timeline->setBusy(false);
        setPosition(atMs);
        emit seekFinished(atMs);
    });
    connect(m_player, &SessionPlayer::finished, this, [this] {
        emit message(tr("End of the session."));
    });
    connect(m_player, &SessionPlayer::readFailed, this, &ReviewController::message);
}

void ReviewController::keyframeRestored(const QByteArray &blob)
{
    auto keyframe = SessionKeyframe::decode(blob);
    if (!keyframe) {
        qCWarning(lcReview).noquote() << "unreadable keyframe:" << keyframe.error().message;
        emit message(tr("A state snapshot of the session could not be read: the review rebuilds from the records alone."));
        return;
    }
    if (m_interventions)
        m_interventions->replaySnapshot(keyframe->interventions);
    emit crewFixesRestored(keyframe->crewFixes);
}

QString ReviewController::storePath() const
{
    return m_scratch ? m_scratch->filePath(QStringLiteral("review.sqlite")) : QString();
}

void ReviewController::setTimeZone(const QTimeZone &zone)
{
    if (!m_timeline)
        return;
    m_timeline->setTimeZone(zone);
    setPosition(m_positionMs);
}

QString ReviewController::readOnlyReason()
{
    return tr("Not available in session review: a recorded session is read-only.");
}

void ReviewController::lockActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (!action)
            continue;
        action->setEnabled(false);
        action->setToolTip(readOnlyReason());
        action->setStatusTip(readOnlyReason());
        // Owners re-enable their actions as the selection changes: disable them again at
        // once (changed() is emitted synchronously by setEnabled()).
        connect(action, &QAction::changed, this, [action] {
            if (action->isEnabled())
                action->setEnabled(false);
        });
    }
}

void ReviewController::bindTimeline()
{
    connect(m_timeline, &TimelineBar::seekRequested, m_player, &SessionPlayer::seek);
    connect(m_timeline, &TimelineBar::stepRequested, m_player, &SessionPlayer::step);
    connect(m_timeline, &TimelineBar::playRequested, m_player, &SessionPlayer::play);
    connect(m_timeline, &TimelineBar::pauseRequested, m_player, &SessionPlayer::pause);
    connect(m_timeline, &TimelineBar::speedRequested, m_player, &SessionPlayer::setSpeed);
    connect(m_timeline, &TimelineBar::bookmarkRequested, this, &ReviewController::addBookmark);
}

void ReviewController::setPosition(qint64 atMs)
{
    m_positionMs = std::clamp(atMs, startMs(), std::max(startMs(), endMs()));
    if (!m_timeline)
        return;
    m_timeline->setPosition(m_positionMs);
    m_banner->setTime(m_timeline->formatTime(m_positionMs));
    emit positionChanged(m_positionMs);
}

void ReviewController::addBookmark(qint64 atMs, const QString &note)
{
    // The session file is never written: the player keeps bookmarks in a file next to it.
    if (auto added = m_player->addBookmark(atMs, note); !added) {
        emit message(tr("The bookmark could not be saved: %1").arg(added.error().message));
        return;
    }
    m_markers = m_player->markers();
    m_timeline->setMarkers(m_markers);
    emit message(tr("Bookmark placed at %1.").arg(m_timeline->formatTime(atMs)));
}

} // namespace vigie
