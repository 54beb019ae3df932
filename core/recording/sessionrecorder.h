#pragma once

#include "domain/result.h"
#include "recording/sessionfilewriter.h"
#include "recording/sessionrotation.h"
#include "recording/sessiontypes.h"

#include <QJsonObject>
#include <QObject>
#include <QTimeZone>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace vigie {

/// \brief Where and how SessionRecorder records.
struct SessionRecorderOptions
{
    QString folder;            ///< Created if missing.
    QString cityId;            ///< City pack id; first part of file names.
    QJsonObject metadata;      ///< Written in each file's header ("operator", "vigieVersion"…).
    SessionWriterOptions file; ///< Chunk size, compression, fsync policy.
    /// A chunk is cut at the latest this long after its first record (steady clock), so
    /// a crash loses at most about this much of what was recorded.
    qint64 maxChunkAgeMs = 1000;
    SessionRotation rotation;
    /// Recorded records waiting for the writer thread may take this many bytes. Beyond
    /// it, raw messages, observation batches and keyframes are dropped (counted, reported
    /// by recordsDropped() and a Gap record in the file); alarm transitions, operator
    /// actions, intervention events and bookmarks are always queued (they are few).
    qint64 maxQueuedBytes = 64LL << 20;
    /// Current time, UTC ms: rotation instants and file names. Tests inject their own.
    std::function<qint64()> clock;
    QTimeZone timeZone = QTimeZone::systemTimeZone(); ///< Rotation boundaries and file names.
};

/// \brief Counters of a running recorder (a snapshot).
struct SessionRecorderStats
{
    qint64 queuedRecords = 0;
    qint64 queuedBytes = 0;
    qint64 recordsWritten = 0;
    qint64 recordsDropped = 0;
    int filesStarted = 0;
    QString currentPath;
};

/// \brief Records a running Vigie into session files, one per shift (or period).
///
/// The record*() functions are thread-safe and cheap: they encode the record on the
/// calling thread and queue it; the recorder's own writer thread writes chunks, cuts
/// one at the latest maxChunkAgeMs after its first record, rotates files at the policy's
/// instants (the file being written is closed with its index, and a new one started) and
/// applies the fsync policy. Memory is bounded by maxQueuedBytes; what is dropped is
/// counted and reported, never silently lost. They return false when the record was
/// dropped or the recorder is not running.
///
/// Each file should start with a keyframe: on fileStarted() the caller records one (the
/// recorder does not know the application state). The caller also records a keyframe
/// periodically (every 5 min by default in the app).
///
/// Signals are emitted from the writer thread (or from start()'s thread for the first
/// fileStarted()); connect with queued or auto connections.
class SessionRecorder : public QObject
{
    Q_OBJECT
public:
    explicit SessionRecorder(SessionRecorderOptions options, QObject *parent = nullptr);
    /// stop()s.
    ~SessionRecorder() override;

    /// Creates the folder and the first file, and starts the writer thread. Errors:
    /// `createFailed`, `alreadyRunning`.
    Status start();
    /// Writes everything queued, closes the file with its index, ends the thread. Returns
    /// the last write error, if any. Safe to call twice.
    Status stop();
    bool isRunning() const;

    bool recordRawMessage(const RawMessage &message);
    /// One lock for the whole batch; false if any was dropped.
    bool recordRawMessages(const QVector<RawMessage> &messages);
    /// `atMs`: the batch's time (typically when ingest produced it).
    bool recordObservations(qint64 atMs, const Observations &observations);
    bool recordAlarmTransition(const AlarmTransition &transition);
    bool recordOperatorAction(const OperatorAction &action);
    bool recordInterventionEvent(const InterventionEvent &event);
    /// `blob`: the full state at `atMs`, in the caller's own encoding.
    bool recordKeyframe(qint64 atMs, const QByteArray &blob);
    bool recordBookmark(qint64 atMs, const QString &note);

    /// Blocks until everything recorded before the call is written to the OS as chunks
    /// (not necessarily synced to disk). Returns the last write error, if any.
    Status flush();
    SessionRecorderStats stats() const;

signals:
    /// A new file was started: record a keyframe so that it is self-contained.
    void fileStarted(const QString &path);
    /// A file was closed with its index (rotation or stop()).
    void fileClosed(const QString &path);
    /// Records were dropped since the last report; `total` since start().
    void recordsDropped(qint64 total);
    /// Writing failed (disk full, file removed…): records stay queued and are retried
    /// every second, until the queue is full.
    void writeFailed(const QString &code, const QString &message);

private:
    struct Pending
    {
        QByteArray bytes; ///< One record, encoded (header + body).
    };
    bool enqueue(SessionRecordType type, qint64 atMs, const QByteArray &body);
    void enqueueLocked(SessionRecordType type, qint64 atMs, const QByteArray &body, bool *accepted);
    void run();
    /// Writer thread: rotates if due, writes `batch` and the gap record, cuts a chunk when
    /// asked or when the buffered one is old enough, closes the file when `closing`.
    /// Records the writer did not take go back to the queue.
    Status writeBatch(std::deque<Pending> &batch, const SessionGap &gap, bool cutChunk, bool closing);
    Status openFile(qint64 nowMs);
    Status closeFile();
    qint64 now() const;

    SessionRecorderOptions m_options;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;    ///< Writer: records, a flush request or stop.
    std::condition_variable m_flushed; ///< Callers of flush().
    std::deque<Pending> m_queue;
    qint64 m_queuedBytes = 0;          ///< Encoded bytes in m_queue and in the batch being written.
    qint64 m_writerBytes = 0;          ///< Bytes buffered in the writer (its unwritten chunk).
    bool m_running = false;
    bool m_stopping = false;
    quint64 m_flushRequested = 0;
    quint64 m_flushDone = 0;
    SessionGap m_gap;                  ///< Drops not reported yet.
    qint64 m_droppedTotal = 0;
    qint64 m_recordsWritten = 0;
    int m_filesStarted = 0;
    QString m_currentPath;
    Status m_lastError;

    // Writer thread only.
    std::thread m_thread;
    SessionFileWriter m_writer;
    qint64 m_nextRotationMs = 0;
};

} // namespace vigie
