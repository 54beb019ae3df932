#include "reviewcontroller.h"

#include "recording/sessionreader.h"
#include "reviewbanner.h"
#include "timelinebar.h"

#include <QAction>
#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>

Q_LOGGING_CATEGORY(lcReview, "vigie.app.review")

namespace vigie {

ReviewController::ReviewController(QObject *parent)
    : QObject(parent)
{
}

ReviewController::~ReviewController()
{
    // The widgets belong to the window; they may outlive the controller for a moment.
    delete m_timeline;
    delete m_banner;
}

Status ReviewController::open(const QString &path)
{
    auto reader = std::make_unique<SessionReader>();
    if (auto opened = reader->open(path, SessionReader::Mode::ReadOnly); !opened)
        return opened.error();
    if (reader->header().cityId.isEmpty())
        return Error{QStringLiteral("noCity"), tr("%1 does not say which city it was recorded in (its header is damaged).")
                                                   .arg(QDir::toNativeSeparators(path))};
    auto scratch = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("vigie-review-XXXXXX")));
    if (!scratch->isValid())
        return Error{QStringLiteral("scratchFailed"), tr("No temporary folder for the review: %1").arg(scratch->errorString())};
    auto markers = reader->markers(reader->startMs(), reader->endMs());
    if (!markers)
        qCWarning(lcReview).noquote() << "no timeline markers:" << markers.error().message;
    m_path = path;
    m_reader = std::move(reader);
    m_scratch = std::move(scratch);
    m_markers = markers ? markers.value() : SessionMarkers{};
    m_positionMs = m_reader->startMs();

    if (!m_timeline) {
        m_timeline = new TimelineBar;
        m_banner = new ReviewBanner;
        bindTimeline();
    }
    m_timeline->setRange(startMs(), endMs());
    m_timeline->setMarkers(m_markers);
    m_timeline->setPosition(m_positionMs);
    m_banner->setFile(path);
    const SessionDamages lost = m_reader->damage();
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
    static const SessionHeader none;
    return m_reader ? m_reader->header() : none;
}

SessionDamages ReviewController::damage() const
{
    return m_reader ? m_reader->damage() : SessionDamages{};
}

qint64 ReviewController::startMs() const
{
    return m_reader ? m_reader->startMs() : 0;
}

qint64 ReviewController::endMs() const
{
    return m_reader ? m_reader->endMs() : 0;
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
    connect(m_timeline, &TimelineBar::seekRequested, this, [this](qint64 atMs) { setPosition(atMs); });
    connect(m_timeline, &TimelineBar::stepRequested, this, [this](qint64 deltaMs) { setPosition(m_positionMs + deltaMs); });
    connect(m_timeline, &TimelineBar::playRequested, this, [this] {
        emit message(tr("Playback is not available yet: move the playhead to see the session's markers."));
    });
    connect(m_timeline, &TimelineBar::bookmarkRequested, this, &ReviewController::addBookmark);
}

void ReviewController::setPosition(qint64 atMs)
{
    m_positionMs = std::clamp(atMs, startMs(), std::max(startMs(), endMs()));
    m_timeline->setPosition(m_positionMs);
    m_banner->setTime(m_timeline->formatTime(m_positionMs));
    emit positionChanged(m_positionMs);
}

void ReviewController::addBookmark(qint64 atMs, const QString &note)
{
    SessionMarker bookmark;
    bookmark.atMs = atMs;
    bookmark.type = SessionRecordType::Bookmark;
    bookmark.text = note.left(120);
    m_markers << bookmark;
    m_timeline->setMarkers(m_markers);
    emit message(tr("Bookmark placed at %1 (kept for this review only).").arg(m_timeline->formatTime(atMs)));
}

} // namespace vigie
