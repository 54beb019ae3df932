#include "recording/sessionrecorder.h"

#include "recording/sessioncodec.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>
#include <chrono>
#include <numeric>

Q_LOGGING_CATEGORY(lcRecorder, "vigie.recording")

namespace vigie {

namespace {

constexpr auto kWakeInterval = std::chrono::milliseconds(50);
constexpr auto kRetryDelay = std::chrono::seconds(1);

bool droppable(SessionRecordType type)
{
    return type == SessionRecordType::RawMessage || type == SessionRecordType::ObservationBatch
        || type == SessionRecordType::Keyframe;
}

bool hasDrops(const SessionGap &gap)
{
    return std::any_of(gap.dropped.begin(), gap.dropped.end(), [](quint32 n) { return n > 0; });
}

void mergeGap(SessionGap *into, const SessionGap &gap)
{
    if (!hasDrops(gap))
        return;
    if (!hasDrops(*into)) {
        into->fromMs = gap.fromMs;
        into->toMs = gap.toMs;
    }
    into->fromMs = std::min(into->fromMs, gap.fromMs);
    into->toMs = std::max(into->toMs, gap.toMs);
    for (std::size_t t = 0; t < gap.dropped.size(); ++t)
        into->dropped[t] += gap.dropped[t];
}

} // namespace

SessionRecorder::SessionRecorder(SessionRecorderOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
}

SessionRecorder::~SessionRecorder()
{
    stop();
}

qint64 SessionRecorder::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
}

bool SessionRecorder::isRunning() const
{
    std::lock_guard lock(m_mutex);
    return m_running;
}

Status SessionRecorder::start()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_running)
            return Error{QStringLiteral("alreadyRunning"), tr("The session recorder is already running.")};
    }
    if (!QDir().mkpath(m_options.folder))
        return Error{QStringLiteral("createFailed"), tr("Cannot create the session folder %1.").arg(m_options.folder)};
    // The writer thread is not running yet: this thread may use m_writer.
    const Status opened = openFile(now());
    if (!opened)
        return opened;
    {
        std::lock_guard lock(m_mutex);
        m_running = true;
        m_stopping = false;
        m_lastError = {};
    }
    m_thread = std::thread([this] { run(); });
    return {};
}

Status SessionRecorder::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_running)
            return m_lastError;
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    std::lock_guard lock(m_mutex);
    m_running = false;
    m_stopping = false;
    m_flushDone = m_flushRequested;
    m_flushed.notify_all();
    return m_lastError;
}

// --- record*() ----------------------------------------------------------------------------

void SessionRecorder::enqueueLocked(SessionRecordType type, qint64 atMs, const QByteArray &body, bool *accepted)
{
    if (!m_running || m_stopping) {
        *accepted = false;
        return;
    }
    const qint64 size = session::kRecordHeaderSize + body.size();
    if (droppable(type) && m_queuedBytes + m_writerBytes + size > m_options.maxQueuedBytes) {
        SessionGap one;
        one.fromMs = atMs;
        one.toMs = atMs;
        one.dropped[std::size_t(type)] = 1;
        mergeGap(&m_gap, one);
        ++m_droppedTotal;
        *accepted = false;
        return;
    }
    QByteArray bytes;
    bytes.reserve(size);
    session::appendRecord(&bytes, type, atMs, body);
    m_queue.push_back(Pending{std::move(bytes)});
    m_queuedBytes += size;
}

bool SessionRecorder::enqueue(SessionRecordType type, qint64 atMs, const QByteArray &body)
{
    bool accepted = true;
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        enqueueLocked(type, atMs, body, &accepted);
        wake = m_queuedBytes >= m_options.file.chunkBytes;
    }
    if (wake)
        m_wake.notify_one();
    return accepted;
}

bool SessionRecorder::recordRawMessage(const RawMessage &message)
{
    return enqueue(SessionRecordType::RawMessage, message.receivedAtMs, session::encodeRawMessage(message));
}

bool SessionRecorder::recordRawMessages(const QVector<RawMessage> &messages)
{
    QVector<QByteArray> bodies;
    bodies.reserve(messages.size());
    for (const RawMessage &m : messages)
        bodies.append(session::encodeRawMessage(m));
    bool all = true;
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        for (qsizetype i = 0; i < messages.size(); ++i) {
            bool accepted = true;
            enqueueLocked(SessionRecordType::RawMessage, messages[i].receivedAtMs, bodies[i], &accepted);
            all = all && accepted;
        }
        wake = m_queuedBytes >= m_options.file.chunkBytes;
    }
    if (wake)
        m_wake.notify_one();
    return all;
}

bool SessionRecorder::recordObservations(qint64 atMs, const Observations &observations)
{
    return enqueue(SessionRecordType::ObservationBatch, atMs, session::encodeObservations(observations));
}

bool SessionRecorder::recordAlarmTransition(const AlarmTransition &transition)
{
    return enqueue(SessionRecordType::AlarmTransition, transition.atMs, session::encodeAlarmTransition(transition));
}

bool SessionRecorder::recordOperatorAction(const OperatorAction &action)
{
    return enqueue(SessionRecordType::OperatorAction, action.atMs, session::encodeOperatorAction(action));
}

bool SessionRecorder::recordInterventionEvent(const InterventionEvent &event)
{
    return enqueue(SessionRecordType::InterventionEvent, event.atMs, session::encodeInterventionEvent(event));
}

bool SessionRecorder::recordKeyframe(qint64 atMs, const QByteArray &blob)
{
    return enqueue(SessionRecordType::Keyframe, atMs, blob);
}

bool SessionRecorder::recordBookmark(qint64 atMs, const QString &note)
{
    return enqueue(SessionRecordType::Bookmark, atMs, session::encodeBookmark(note));
}

Status SessionRecorder::flush()
{
    std::unique_lock lock(m_mutex);
    if (!m_running)
        return Error{QStringLiteral("notRunning"), tr("The session recorder is not running.")};
    const quint64 target = ++m_flushRequested;
    m_wake.notify_one();
    m_flushed.wait(lock, [&] { return m_flushDone >= target || !m_running; });
    return m_lastError;
}

SessionRecorderStats SessionRecorder::stats() const
{
    std::lock_guard lock(m_mutex);
    SessionRecorderStats s;
    s.queuedRecords = qint64(m_queue.size());
    s.queuedBytes = m_queuedBytes + m_writerBytes;
    s.recordsWritten = m_recordsWritten;
    s.recordsDropped = m_droppedTotal;
    s.filesStarted = m_filesStarted;
    s.currentPath = m_currentPath;
    return s;
}

// --- writer thread ------------------------------------------------------------------------

Status SessionRecorder::openFile(qint64 nowMs)
{
    const QDir folder(m_options.folder);
    const QString name = sessionFileName(m_options.cityId, nowMs, m_options.timeZone);
    QString path = folder.filePath(name);
    for (int n = 2; QFileInfo::exists(path); ++n) // two files started within a minute
        path = folder.filePath(name.chopped(13) + u'-' + QString::number(n) + QStringLiteral(".vigiesession"));

    SessionHeader header;
    header.createdAtMs = nowMs;
    header.cityId = m_options.cityId;
    header.metadata = m_options.metadata;
    const Status status = m_writer.create(path, header, m_options.file);
    if (!status)
        return status;
    m_nextRotationMs = nextRotationMs(m_options.rotation, nowMs, m_options.timeZone);
    {
        std::lock_guard lock(m_mutex);
        m_currentPath = path;
        ++m_filesStarted;
    }
    qCInfo(lcRecorder) << "recording to" << path;
    emit fileStarted(path);
    return {};
}

Status SessionRecorder::closeFile()
{
    const QString path = m_writer.path();
    const Status status = m_writer.close();
    emit fileClosed(path);
    return status;
}

void SessionRecorder::run()
{
    using Clock = std::chrono::steady_clock;
    Clock::time_point retryAt{}; // after a failed write: wait before trying again
    for (;;) {
        std::deque<Pending> batch;
        SessionGap gap;
        quint64 flushTarget = 0;
        bool flushWanted = false;
        bool stopping = false;
        const bool backingOff = Clock::now() < retryAt;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, kWakeInterval, [&] {
                return m_stopping || m_flushRequested > m_flushDone
                    || (!backingOff && m_queuedBytes >= m_options.file.chunkBytes);
            });
            stopping = m_stopping;
            flushTarget = m_flushRequested;
            flushWanted = m_flushRequested > m_flushDone;
            if (!backingOff || stopping) {
                batch.swap(m_queue);
                gap = m_gap;
                m_gap = {};
            }
        }
        if (!backingOff || stopping) {
            const Status status = writeBatch(batch, gap, flushWanted || stopping, stopping);
            retryAt = status ? Clock::time_point{} : Clock::now() + kRetryDelay;
        }
        {
            std::lock_guard lock(m_mutex);
            m_flushDone = std::max(m_flushDone, flushTarget);
        }
        m_flushed.notify_all();
        if (stopping)
            return;
    }
}

Status SessionRecorder::writeBatch(std::deque<Pending> &batch, const SessionGap &gap, bool cutChunk, bool closing)
{
    Status status;
    const qint64 nowMs = now();
    if (m_writer.isOpen() && nowMs >= m_nextRotationMs)
        status = closeFile();
    if (!m_writer.isOpen()) {
        const Status opened = openFile(nowMs);
        status = status ? opened : status;
    }
    // Records left in the writer by a failed chunk write go first.
    if (status && m_writer.bufferedBytes() >= m_options.file.chunkBytes)
        status = m_writer.flush();

    std::size_t written = 0;
    qint64 writtenBytes = 0;
    while (status && written < batch.size()) {
        // The writer keeps a record it took even when cutting the chunk then fails.
        status = m_writer.writeEncoded(batch[written].bytes);
        writtenBytes += batch[written].bytes.size();
        ++written;
    }
    const qint64 dropped = std::accumulate(gap.dropped.begin(), gap.dropped.end(), qint64(0));
    if (status && dropped > 0)
        status = m_writer.write(SessionRecord{SessionRecordType::Gap, gap.fromMs, gap});
    if (status && (cutChunk || m_writer.bufferAgeMs() >= m_options.maxChunkAgeMs))
        status = m_writer.flush();
    if (closing && m_writer.isOpen()) {
        const Status closed = closeFile();
        status = status ? closed : status;
    }

    qint64 droppedTotal = 0;
    {
        std::lock_guard lock(m_mutex);
        m_queuedBytes -= writtenBytes;
        m_recordsWritten += qint64(written);
        m_writerBytes = m_writer.bufferedBytes();
        // What the writer did not take goes back, in order, ahead of newer records.
        for (std::size_t i = batch.size(); i > written; --i)
            m_queue.push_front(std::move(batch[i - 1]));
        if (!status && dropped > 0) // not written: recorded with the next gap
            mergeGap(&m_gap, gap);
        droppedTotal = m_droppedTotal;
        m_lastError = status;
    }
    if (dropped > 0) {
        qCWarning(lcRecorder) << dropped << "records dropped: the recorder cannot keep up";
        emit recordsDropped(droppedTotal);
    }
    if (!status) {
        qCWarning(lcRecorder) << status.error().message;
        emit writeFailed(status.error().code, status.error().message);
    }
    return status;
}

} // namespace vigie
