#pragma once

#include "domain/result.h"
#include "recording/sessionindex.h"
#include "recording/sessiontypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

namespace vigie {

/// \brief How a session file is cut into chunks and made durable.
struct SessionWriterOptions
{
    /// A chunk is written once this many bytes of records are buffered (uncompressed).
    qint32 chunkBytes = 256 * 1024;
    /// zlib level 1 (fast) on each chunk; false stores chunks as they are.
    /// See docs/recording.md, "Compression", for the measurements behind the default.
    bool compress = true;
    int compressionLevel = 1;
    /// fdatasync after a chunk when this long has passed since the last one (milliseconds);
    /// 0 = after every chunk; negative = only at close(). Every chunk reaches the OS
    /// (one write(2)) as soon as it is cut, so a killed process loses no written chunk;
    /// this bounds what a power cut loses.
    qint64 syncIntervalMs = 5000;
    /// Replace an existing file at the path (exports). Recording never replaces one.
    bool overwrite = false;
};

/// \brief Writes one session file: header, chunks of records, and the footer at close().
///
/// Single-threaded: one thread uses an instance at a time (SessionRecorder runs it on its
/// writer thread). The file is append-only: each chunk is written with one write(2) at the
/// end of the data; the footer (index, markers, summary, trailer) only by close(). A failed
/// chunk write is cut off the file again and its records stay buffered for the next
/// flush(). Errors: `createFailed`, `writeFailed`, `syncFailed`, `notOpen`, `badRecord`
/// (an encoded record that does not parse, or is larger than 64 MiB).
class SessionFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(vigie::SessionFileWriter)
public:
    SessionFileWriter() = default;
    /// Closes the file (footer included) if still open; errors are logged.
    ~SessionFileWriter();
    SessionFileWriter(const SessionFileWriter &) = delete;
    SessionFileWriter &operator=(const SessionFileWriter &) = delete;

    /// Creates `path` and writes the header. Fails if the file exists (unless
    /// options.overwrite) or cannot be created.
    Status create(const QString &path, const SessionHeader &header, const SessionWriterOptions &options = {});
    /// Buffers a record; writes a chunk when chunkBytes are buffered.
    Status write(const SessionRecord &record);
    /// Same, for a record already encoded by session::appendRecord() (header + body).
    Status writeEncoded(QByteArrayView record);
    /// Writes the buffered records as one chunk (nothing if none are buffered).
    Status flush();
    /// fdatasync(2) of what was written so far.
    Status sync();
    /// Flushes, writes the footer, syncs and closes. The writer can then create() again.
    Status close();

    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    int bufferedRecords() const { return m_bufferedRecords; }
    qint64 bufferedBytes() const { return m_buffer.size(); }
    /// Milliseconds since the oldest buffered record was added (steady clock); 0 if none.
    qint64 bufferAgeMs() const { return m_bufferedRecords > 0 ? m_bufferAge.elapsed() : 0; }
    /// Bytes in the file so far (header and written chunks).
    qint64 dataEnd() const { return m_dataEnd; }
    qint64 chunksWritten() const { return m_index.entries().size(); }

private:
    Status writeChunk();
    Status syncIfDue();

    QFile m_file;
    SessionWriterOptions m_options;
    session::IndexBuilder m_index;
    QByteArray m_buffer;
    int m_bufferedRecords = 0;
    QElapsedTimer m_bufferAge;
    QElapsedTimer m_sinceSync;
    qint64 m_dataEnd = 0;
};

} // namespace vigie
