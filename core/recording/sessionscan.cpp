#include "recording/sessionscan.h"

#include <algorithm>

namespace vigie::session {

namespace {

constexpr qint64 kWindowBytes = 4 << 20;

/// Read-through window over a file: views stay valid until the next at().
class FileWindow
{
public:
    FileWindow(QFile &file, qint64 size) : m_file(file), m_size(size) {}

    /// Bytes [pos, pos + n) clipped to the file's end.
    QByteArrayView at(qint64 pos, qint64 n)
    {
        if (pos < 0 || pos >= m_size || n <= 0)
            return {};
        n = std::min(n, m_size - pos);
        if (pos < m_start || pos + n > m_start + m_buffer.size()) {
            m_start = pos;
            const qint64 want = std::min(std::max(n, kWindowBytes), m_size - pos);
            m_buffer.resize(qsizetype(want));
            qint64 got = 0;
            if (m_file.seek(pos))
                got = std::max<qint64>(0, m_file.read(m_buffer.data(), want));
            m_buffer.truncate(qsizetype(got));
            n = std::min(n, got);
        }
        return QByteArrayView(m_buffer).sliced(qsizetype(pos - m_start), qsizetype(n));
    }

    /// Offset of the next chunk or footer sync marker at or after `pos`, or the file size.
    qint64 findSync(qint64 pos)
    {
        const QByteArrayView chunk(reinterpret_cast<const char *>(kChunkSync), 8);
        const QByteArrayView footer(reinterpret_cast<const char *>(kFooterSync), 8);
        while (pos < m_size) {
            const QByteArrayView window = at(pos, kWindowBytes);
            if (window.size() < 8)
                return m_size;
            const qsizetype a = window.indexOf(chunk);
            const qsizetype b = window.indexOf(footer);
            if (a >= 0 || b >= 0)
                return pos + (a < 0 ? b : b < 0 ? a : std::min(a, b));
            pos += window.size() - 7; // a marker may straddle two windows
        }
        return m_size;
    }

    bool allZero(qint64 from, qint64 to)
    {
        for (qint64 pos = from; pos < to;) {
            const QByteArrayView window = at(pos, std::min(kWindowBytes, to - pos));
            if (window.isEmpty())
                return true;
            if (std::any_of(window.begin(), window.end(), [](char c) { return c != 0; }))
                return false;
            pos += window.size();
        }
        return true;
    }

private:
    QFile &m_file;
    qint64 m_size;
    qint64 m_start = 0;
    QByteArray m_buffer;
};

std::optional<QByteArray> payloadOf(const ChunkHeader &h, QByteArrayView stored)
{
    if (stored.size() != qsizetype(h.storedLength) || crc32(stored) != h.payloadCrc)
        return std::nullopt;
    if (h.compression == Compression::Zlib)
        return decompress(stored, h.rawLength);
    if (h.rawLength != h.storedLength)
        return std::nullopt;
    return stored.toByteArray();
}

} // namespace

ScanResult scanChunks(QFile &file, qint64 from, qint64 size, bool headerDamaged)
{
    ScanResult result;
    FileWindow window(file, size);
    auto damage = [&](qint64 offset, qint64 bytes, const QString &reason) {
        result.builder.addDamage(DamageSpan{offset, bytes, headerDamaged && offset == 0 ? QStringLiteral("badHeader") : reason});
    };
    if (headerDamaged && from == 0 && size > 0 && window.findSync(0) == 0)
        damage(0, 0, QStringLiteral("badHeader")); // a file that starts with a chunk: only the header is missing

    qint64 pos = from;
    while (pos < size) {
        const QByteArrayView head = window.at(pos, kChunkHeaderSize);
        if (const std::optional<ChunkHeader> h = parseChunkHeader(head)) {
            const qint64 end = pos + kChunkHeaderSize + qint64(h->storedLength);
            if (end > size) {
                const qint64 next = window.findSync(pos + 1);
                damage(pos, next - pos, QStringLiteral("truncatedChunk"));
                pos = next;
                continue;
            }
            const std::optional<QByteArray> payload = payloadOf(*h, window.at(pos + kChunkHeaderSize, h->storedLength));
            const std::optional<ChunkEntry> entry = payload ? IndexBuilder::inspect(*payload) : std::nullopt;
            if (entry && entry->recordCount == h->recordCount && entry->minTs == h->minTs && entry->maxTs == h->maxTs) {
                result.builder.addChunk(pos, h->storedLength, *payload);
            } else {
                damage(pos, end - pos, QStringLiteral("badChunkCrc"));
            }
            pos = end;
            continue;
        }
        if (const std::optional<quint64> length = parseFooterHeader(head)) {
            if (*length <= quint64(size - pos - kFooterHeaderSize)) {
                result.sawFooter = true;
                pos += kFooterHeaderSize + qint64(*length);
                continue;
            }
        }
        // `head` is not valid after the next window move.
        const QByteArrayView sync(reinterpret_cast<const char *>(kChunkSync), 8);
        const bool chunkStart = !head.isEmpty() && sync.startsWith(head.first(std::min<qsizetype>(8, head.size())));
        const qint64 next = window.findSync(pos + 1);
        QString reason = QStringLiteral("badChunkHeader");
        if (window.allZero(pos, next))
            reason = QStringLiteral("zeroFill");
        else if (next == size && chunkStart)
            reason = QStringLiteral("truncatedChunk"); // the file ends inside a chunk header
        damage(pos, next - pos, reason);
        pos = next;
    }
    return result;
}

} // namespace vigie::session
