#include "recording/sessionfilewriter.h"

#include <QLoggingCategory>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcSessionWriter, "vigie.recording.writer")

namespace vigie {

namespace {

constexpr qint64 kMaxRecordBytes = 64 << 20;

} // namespace

SessionFileWriter::~SessionFileWriter()
{
    if (isOpen()) {
        const Status status = close();
        if (!status)
            qCWarning(lcSessionWriter) << status.error().message;
    }
}

Status SessionFileWriter::create(const QString &path, const SessionHeader &header, const SessionWriterOptions &options)
{
    if (isOpen())
        return Error{QStringLiteral("createFailed"), tr("A session file is already open: %1.").arg(m_file.fileName())};
    m_options = options;
    m_options.chunkBytes = std::max(options.chunkBytes, 1);
    m_index = {};
    m_buffer.clear();
    m_bufferedRecords = 0;
    m_file.setFileName(path);
    const QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Unbuffered
        | (options.overwrite ? QIODevice::Truncate : QIODevice::NewOnly);
    if (!m_file.open(mode))
        return Error{QStringLiteral("createFailed"),
                     tr("Cannot create the session file %1: %2.").arg(path, m_file.errorString())};
    const QByteArray bytes = session::encodeFileHeader(header);
    if (m_file.write(bytes) != bytes.size()) {
        const QString reason = m_file.errorString();
        m_file.close();
        QFile::remove(path);
        return Error{QStringLiteral("createFailed"), tr("Cannot write the session file %1: %2.").arg(path, reason)};
    }
    m_dataEnd = bytes.size();
    m_sinceSync.start();
    return {};
}

Status SessionFileWriter::write(const SessionRecord &record)
{
    QByteArray encoded;
    session::appendRecord(&encoded, record.type, record.atMs, session::encodeBody(record));
    return writeEncoded(encoded);
}

Status SessionFileWriter::writeEncoded(QByteArrayView record)
{
    if (!isOpen())
        return Error{QStringLiteral("notOpen"), tr("No session file is open.")};
    session::ByteReader reader(record);
    session::RecordView view;
    if (record.size() > kMaxRecordBytes || !session::nextRecord(reader, &view) || !reader.atEnd())
        return Error{QStringLiteral("badRecord"), tr("A record of %1 bytes could not be recorded.").arg(record.size())};
    if (m_bufferedRecords == 0)
        m_bufferAge.start();
    m_buffer.append(record.data(), record.size());
    ++m_bufferedRecords;
    if (m_buffer.size() >= m_options.chunkBytes)
        return writeChunk();
    return {};
}

Status SessionFileWriter::flush()
{
    if (!isOpen())
        return Error{QStringLiteral("notOpen"), tr("No session file is open.")};
    return m_bufferedRecords > 0 ? writeChunk() : Status();
}

Status SessionFileWriter::writeChunk()
{
    const std::optional<session::ChunkEntry> stats = session::IndexBuilder::inspect(m_buffer);
    Q_ASSERT(stats); // writeEncoded() accepted only whole records
    if (!stats)
        return Error{QStringLiteral("badRecord"), tr("The buffered records could not be indexed.")};

    session::ChunkHeader header;
    header.rawLength = quint32(m_buffer.size());
    header.recordCount = stats->recordCount;
    header.minTs = stats->minTs;
    header.maxTs = stats->maxTs;
    QByteArray stored;
    if (m_options.compress) {
        stored = session::compress(m_buffer, m_options.compressionLevel);
        header.compression = session::Compression::Zlib;
    }
    if (stored.isEmpty() || stored.size() >= m_buffer.size()) { // incompressible: keep it as is
        stored = m_buffer;
        header.compression = session::Compression::None;
    }
    header.storedLength = quint32(stored.size());
    header.payloadCrc = session::crc32(stored);

    // One write(2) per chunk: a killed process leaves whole chunks, or a torn last one.
    const QByteArray bytes = session::encodeChunkHeader(header) + stored;
    if (m_file.write(bytes) != bytes.size()) {
        const QString reason = m_file.errorString();
        // Cut the partial chunk off so that the next attempt appends after whole chunks.
        if (!m_file.resize(m_dataEnd) || !m_file.seek(m_dataEnd))
            qCWarning(lcSessionWriter) << "cannot cut a partial chunk off" << m_file.fileName();
        return Error{QStringLiteral("writeFailed"),
                     tr("Cannot write to the session file %1: %2.").arg(m_file.fileName(), reason)};
    }
    m_index.addChunk(m_dataEnd, header.storedLength, m_buffer);
    m_dataEnd += bytes.size();
    m_buffer.clear();
    m_bufferedRecords = 0;
    return syncIfDue();
}

Status SessionFileWriter::syncIfDue()
{
    if (m_options.syncIntervalMs < 0 || m_sinceSync.elapsed() < m_options.syncIntervalMs)
        return {};
    return sync();
}

Status SessionFileWriter::sync()
{
    if (!isOpen())
        return Error{QStringLiteral("notOpen"), tr("No session file is open.")};
    m_sinceSync.restart();
    if (::fdatasync(m_file.handle()) != 0)
        return Error{QStringLiteral("syncFailed"),
                     tr("Cannot save the session file %1 to disk: %2.").arg(m_file.fileName(), qt_error_string(errno))};
    return {};
}

Status SessionFileWriter::close()
{
    if (!isOpen())
        return Error{QStringLiteral("notOpen"), tr("No session file is open.")};
    Status status = flush();
    const QByteArray footer = m_index.footer(m_dataEnd);
    if (status && m_file.write(footer) != footer.size())
        status = Error{QStringLiteral("writeFailed"),
                       tr("Cannot write the index of the session file %1: %2.").arg(m_file.fileName(), m_file.errorString())};
    if (status)
        status = sync();
    m_file.close();
    m_buffer.clear();
    m_bufferedRecords = 0;
    return status;
}

} // namespace vigie
