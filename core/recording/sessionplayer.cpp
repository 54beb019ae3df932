#include "sessionplayer.h"

#include "alarms/alarmservice.h"
#include "ingest/ingestservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

#include <algorithm>
#include <chrono>

Q_LOGGING_CATEGORY(lcPlayer, "vigie.replay")

namespace vigie {

namespace {

using SteadyClock = std::chrono::steady_clock;

/// Longest wait between two updates of the paced clock while playing (wall ms).
constexpr int kPaceSliceMs = 50;

SessionMarker bookmarkMarker(const SessionBookmark &b)
{
    SessionMarker m;
    m.atMs = b.atMs;
    m.type = SessionRecordType::Bookmark;
    m.text = b.note.left(120);
    return m;
}

} // namespace

SessionPlayer::SessionPlayer(QObject *parent)
    : QObject(parent)
    , m_nowMs(std::make_shared<std::atomic<qint64>>(0))
    , m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<vigie::OperatorAction>();
    qRegisterMetaType<vigie::AlarmTransition>();
    qRegisterMetaType<vigie::InterventionEvent>();
    m_positionTimer.setInterval(100);
    connect(&m_positionTimer, &QTimer::timeout, this, [this] {
        const qint64 now = position();
        if (now != m_lastEmittedMs) {
            m_lastEmittedMs = now;
            emit positionChanged(now);
        }
    });
}

SessionPlayer::~SessionPlayer()
{
    closeFile();
}

void SessionPlayer::closeFile()
{
    if (m_thread.joinable()) {
        command([](Shared &s) { s.quit = true; });
        if (m_source)
            m_source->close(); // releases a push blocked on a full inbox only once the pipeline drains
        m_thread.join();
    }
    m_positionTimer.stop();
    m_cursor.reset();
    m_reader.reset();
    m_shared = std::make_shared<Shared>();
    m_markers.clear();
    m_keyframeTimes.clear();
    m_bookmarks.clear();
    m_playing = false;
}

Status SessionPlayer::open(const QString &path)
{
    QPointer<IngestService> ingest = m_shared->ingest;
    QPointer<AlarmService> alarms = m_shared->alarms;
    closeFile();
    m_shared->ingest = ingest;
    m_shared->alarms = alarms;
    auto reader = std::make_unique<SessionReader>();
    if (Status s = reader->open(path, SessionReader::Mode::ReadOnly); !s)
        return s;
    m_path = path;
    m_header = reader->header();
    m_startMs = reader->startMs();
    m_endMs = reader->endMs();
    auto markers = reader->markers(m_startMs, m_endMs);
    if (markers)
        m_markers = markers.value();
    else
        qCWarning(lcPlayer).noquote() << path << "markers unreadable:" << markers.error().message;
    for (const SessionKeyframeRef &k : reader->keyframes())
        m_keyframeTimes.append(k.atMs);
    m_damage = reader->damage();
    loadBookmarks();
    // One source for the player's life: IngestService may hold it across files.
    if (!m_source)
        m_source = std::make_unique<ReplaySource>(path);
    m_source->setPath(path);
    m_nowMs->store(m_startMs);
    m_lastEmittedMs = -1;
    m_reader = std::move(reader);
    m_cursor.emplace(m_reader->records(m_startMs, m_endMs));
    m_thread = std::thread([this] { run(); });
    m_positionTimer.start();
    return {};
}

IngestSource *SessionPlayer::source()
{
    if (!m_source)
        m_source = std::make_unique<ReplaySource>(m_path);
    return m_source.get();
}

void SessionPlayer::attachServices(IngestService *ingest, AlarmService *alarms)
{
    command([ingest, alarms](Shared &s) {
        s.ingest = ingest;
        s.alarms = alarms;
    });
}

std::function<qint64()> SessionPlayer::clock() const
{
    return [now = m_nowMs] { return now->load(); };
}

void SessionPlayer::command(const std::function<void(Shared &)> &change)
{
    {
        std::lock_guard lock(m_shared->mutex);
        change(*m_shared);
        ++m_shared->generation;
    }
    m_shared->wake.notify_all();
}

void SessionPlayer::setPlaying(bool playing)
{
    if (m_playing == playing)
        return;
    m_playing = playing;
    emit playingChanged(playing);
}

void SessionPlayer::play()
{
    if (!m_thread.joinable())
        return;
    if (m_source)
        m_source->setFinished(false);
    command([](Shared &s) { s.playing = true; });
    setPlaying(true);
}

void SessionPlayer::pause()
{
    command([](Shared &s) { s.playing = false; });
    setPlaying(false);
}

void SessionPlayer::setSpeed(double factor)
{
    if (!(factor == factor))
        return;
    m_speed = std::clamp(factor, 0.5, 1000.0);
    command([speed = m_speed](Shared &s) { s.speed = speed; });
}

void SessionPlayer::seek(qint64 atMs)
{
    if (!m_thread.joinable())
        return;
    atMs = std::clamp(atMs, m_startMs, m_endMs);
    command([atMs](Shared &s) {
        s.playing = false;
        s.seekTo = atMs;
    });
    setPlaying(false);
}

void SessionPlayer::step(qint64 deltaMs)
{
    seek(position() + deltaMs);
}

qint64 SessionPlayer::nextMarker(qint64 fromMs, quint32 typesMask) const
{
    // Markers are sorted by time.
    auto it = std::upper_bound(m_markers.cbegin(), m_markers.cend(), fromMs,
                               [](qint64 t, const SessionMarker &m) { return t < m.atMs; });
    for (; it != m_markers.cend(); ++it) {
        if (typesMask & sessionTypeBit(it->type))
            return it->atMs;
    }
    return -1;
}

qint64 SessionPlayer::previousMarker(qint64 fromMs, quint32 typesMask) const
{
    auto it = std::lower_bound(m_markers.cbegin(), m_markers.cend(), fromMs,
                               [](const SessionMarker &m, qint64 t) { return m.atMs < t; });
    while (it != m_markers.cbegin()) {
        --it;
        if (typesMask & sessionTypeBit(it->type))
            return it->atMs;
    }
    return -1;
}

QString SessionPlayer::bookmarksPath(const QString &sessionPath)
{
    return sessionPath + QStringLiteral(".bookmarks.json");
}

void SessionPlayer::loadBookmarks()
{
    QFile file(bookmarksPath(m_path));
    if (!file.open(QIODevice::ReadOnly))
        return; // none yet
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 << 20), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qCWarning(lcPlayer).noquote() << file.fileName() << "ignored:" << error.errorString();
        return;
    }
    for (const QJsonValue &v : doc.object().value(QStringLiteral("bookmarks")).toArray()) {
        const QJsonObject o = v.toObject();
        const qint64 at = qint64(o.value(QStringLiteral("atMs")).toDouble(-1));
        if (at < 0)
            continue;
        m_bookmarks.append(SessionBookmark{at, o.value(QStringLiteral("note")).toString()});
        m_markers.append(bookmarkMarker(m_bookmarks.constLast()));
    }
    std::stable_sort(m_markers.begin(), m_markers.end(),
                     [](const SessionMarker &a, const SessionMarker &b) { return a.atMs < b.atMs; });
}

Status SessionPlayer::addBookmark(qint64 atMs, const QString &note)
{
    if (m_path.isEmpty())
        return Error{QStringLiteral("notOpen"), tr("No session is open.")};
    QVector<SessionBookmark> next = m_bookmarks;
    next.append(SessionBookmark{atMs, note});
    QJsonArray list;
    for (const SessionBookmark &b : std::as_const(next))
        list.append(QJsonObject{{QStringLiteral("atMs"), double(b.atMs)}, {QStringLiteral("note"), b.note}});
    QSaveFile file(bookmarksPath(m_path));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject{{QStringLiteral("session"), m_path}, {QStringLiteral("bookmarks"), list}})
                          .toJson()) < 0
        || !file.commit())
        return Error{QStringLiteral("writeFailed"),
                     tr("The bookmark could not be saved in %1: %2.").arg(file.fileName(), file.errorString())};
    m_bookmarks = next;
    const SessionMarker marker = bookmarkMarker(next.constLast());
    auto at = std::upper_bound(m_markers.begin(), m_markers.end(), marker,
                               [](const SessionMarker &a, const SessionMarker &b) { return a.atMs < b.atMs; });
    m_markers.insert(at, marker);
    return {};
}

// ---------------------------------------------------------------- playback thread

void SessionPlayer::run()
{
    std::shared_ptr<Shared> shared = m_shared;
    Shared &s = *shared;
    std::unique_lock lock(s.mutex);
    // Pacing anchor: session time `anchorMs` was at wall time `anchorWall`.
    qint64 anchorMs = m_nowMs->load();
    SteadyClock::time_point anchorWall = SteadyClock::now();
    quint64 anchoredAt = quint64(-1);
    std::optional<SessionRecord> next;
    bool atEnd = false;
    while (!s.quit) {
        if (s.seekTo) {
            const qint64 to = *std::exchange(s.seekTo, std::nullopt);
            lock.unlock();
            next.reset();
            atEnd = false;
            doSeek(to);
            lock.lock();
            anchoredAt = quint64(-1);
            continue;
        }
        if (!s.playing || atEnd) {
            s.wake.wait(lock, [&] { return s.quit || s.seekTo || (s.playing && !atEnd); });
            continue;
        }
        if (anchoredAt != s.generation) { // play, speed change: re-anchor at the playhead
            anchoredAt = s.generation;
            anchorMs = m_nowMs->load();
            anchorWall = SteadyClock::now();
        }
        if (!next) {
            lock.unlock();
            SessionRecord record;
            const bool more = m_cursor && m_cursor->next(&record);
            lock.lock();
            if (!more) {
                atEnd = true;
                s.playing = false;
                m_nowMs->store(m_endMs);
                QMetaObject::invokeMethod(this, [this] {
                    setPlaying(false);
                    if (m_source)
                        m_source->setFinished(true);
                    emit finished();
                }, Qt::QueuedConnection);
                continue;
            }
            next = std::move(record);
        }
        const qint64 due = qMax(next->atMs, anchorMs);
        const auto dueWall = anchorWall + std::chrono::microseconds(qint64(double(due - anchorMs) * 1000.0 / s.speed));
        const auto now = SteadyClock::now();
        if (dueWall > now) {
            const quint64 generation = s.generation;
            s.wake.wait_until(lock, std::min(dueWall, now + std::chrono::milliseconds(kPaceSliceMs)),
                              [&] { return s.quit || s.generation != generation; });
            const double elapsedMs = std::chrono::duration<double, std::milli>(SteadyClock::now() - anchorWall).count();
            if (s.generation == generation)
                m_nowMs->store(qMin(due, anchorMs + qint64(elapsedMs * s.speed)));
            continue;
        }
        SessionRecord record = std::move(*next);
        next.reset();
        lock.unlock();
        if (record.atMs > m_nowMs->load())
            m_nowMs->store(record.atMs);
        dispatch(record);
        lock.lock();
    }
}

void SessionPlayer::doSeek(qint64 atMs)
{
    QMetaObject::invokeMethod(this, [this, atMs] { emit seekStarted(atMs); }, Qt::QueuedConnection);
    // The latest keyframe at or before atMs that can be read; a damaged one falls back to
    // the one before it.
    SessionKeyframeRef ref = m_reader->keyframeBefore(atMs);
    std::optional<SessionKeyframeRecord> keyframe;
    while (ref.isValid()) {
        Result<SessionKeyframeRecord> read = m_reader->readKeyframe(ref);
        if (read) {
            keyframe = read.value();
            break;
        }
        QMetaObject::invokeMethod(this, [this, m = read.error().message] { emit readFailed(m); }, Qt::QueuedConnection);
        ref = m_reader->keyframeBefore(ref.atMs - 1);
    }
    std::optional<SessionKeyframe> state;
    if (keyframe) {
        QMetaObject::invokeMethod(this, [this, at = keyframe->atMs, blob = keyframe->blob] { emit keyframeRestored(at, blob); },
                                  Qt::QueuedConnection);
        Result<SessionKeyframe> decoded = SessionKeyframe::decode(keyframe->blob);
        if (decoded)
            state = std::move(decoded).value();
        else
            QMetaObject::invokeMethod(this, [this, m = decoded.error().message] { emit readFailed(m); }, Qt::QueuedConnection);
    }
    m_nowMs->store(keyframe ? keyframe->atMs : m_startMs);
    restoreServices(state);
    SessionCursor cursor = m_reader->recordsAfter(keyframe ? ref : SessionKeyframeRef{}, atMs);
    SessionRecord record;
    while (cursor.next(&record)) {
        if (record.atMs > m_nowMs->load())
            m_nowMs->store(qMin(record.atMs, atMs));
        dispatch(record);
        std::lock_guard lock(m_shared->mutex);
        if (m_shared->quit)
            return;
    }
    syncServices();
    m_nowMs->store(atMs);
    m_cursor.emplace(m_reader->records(atMs + 1, m_endMs));
    QMetaObject::invokeMethod(this, [this, atMs] {
        if (m_source)
            m_source->setFinished(false);
        emit seekFinished(atMs);
    }, Qt::QueuedConnection);
}

void SessionPlayer::dispatch(const SessionRecord &record)
{
    switch (record.type) {
    case SessionRecordType::RawMessage:
        if (const RawMessage *m = record.as<RawMessage>(); m && m_source) {
            RawMessage copy = *m;
            m_source->push(std::move(copy));
        }
        break;
    case SessionRecordType::AlarmTransition:
        if (const AlarmTransition *t = record.as<AlarmTransition>())
            emit alarmTransitionReplayed(*t);
        break;
    case SessionRecordType::OperatorAction:
        if (const OperatorAction *a = record.as<OperatorAction>()) {
            applyAction(*a);
            emit operatorActionReplayed(*a);
        }
        break;
    case SessionRecordType::InterventionEvent:
        if (const InterventionEvent *e = record.as<InterventionEvent>())
            emit interventionEventReplayed(*e);
        break;
    default:
        break; // observation batches are decoded again from the messages; keyframes only serve seeks
    }
}

void SessionPlayer::applyAction(const OperatorAction &action)
{
    QPointer<AlarmService> alarms = m_shared->alarms;
    if (alarms && action.action == QLatin1String("settingsChange") && action.targetId == QLatin1String("alarms/rules")) {
        applyRulesChange(alarms, action);
        return;
    }
    if (!alarms || action.targetKind != QLatin1String("alarm"))
        return;
    bool ok = false;
    const qint64 id = action.targetId.toLongLong(&ok);
    if (!ok)
        return;
    // The action applies to the alarms as they were when it was taken: what was delivered
    // before it must be evaluated first.
    syncServices();
    const QJsonObject detail = QJsonDocument::fromJson(action.detailJson).object();
    const QString text = detail.value(QStringLiteral("text")).toString();
    const QString &a = action.action;
    if (a == QLatin1String("acknowledge"))
        alarms->acknowledge({id});
    else if (a == QLatin1String("shelve"))
        alarms->shelve({id}, text, qint64(detail.value(QStringLiteral("untilMs")).toDouble()));
    else if (a == QLatin1String("unshelve"))
        alarms->unshelve({id});
    else if (a == QLatin1String("removeFromService"))
        alarms->removeFromService({id}, text);
    else if (a == QLatin1String("returnToService"))
        alarms->returnToService({id});
    else if (a == QLatin1String("comment"))
        alarms->comment(id, text);
    else
        return;
    alarms->sync();
}

void SessionPlayer::applyRulesChange(AlarmService *alarms, const OperatorAction &action)
{
    Result<AlarmRules> rules = alarmRulesInForce(QJsonDocument::fromJson(action.detailJson).object());
    if (!rules) {
        qCWarning(lcPlayer).noquote() << "rules change at" << action.atMs << "not replayed:" << rules.error().message;
        return;
    }
    syncServices(); // the messages before the change are evaluated with the rules before it
    alarms->setRules(rules.value());
    alarms->sync();
}

void SessionPlayer::restoreServices(const std::optional<SessionKeyframe> &keyframe)
{
    QPointer<IngestService> ingest = m_shared->ingest;
    QPointer<AlarmService> alarms = m_shared->alarms;
    if (!ingest && !alarms)
        return;
    syncServices(); // what an interrupted playback delivered goes before the reset
    if (ingest) {
        QVector<AssetState> states;
        if (keyframe)
            states = keyframe->states;
        else
            states.resize(ingest->assetCount()); // no keyframe: from nothing
        ingest->restoreStates(states);
    }
    if (alarms)
        alarms->restore(keyframe ? keyframe->alarms : AlarmSnapshot{});
    syncServices();
}

void SessionPlayer::syncServices()
{
    if (QPointer<IngestService> ingest = m_shared->ingest)
        ingest->sync();
    if (QPointer<AlarmService> alarms = m_shared->alarms)
        alarms->sync();
}

} // namespace vigie
