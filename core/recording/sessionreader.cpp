#include "recording/sessionreader.h"

#include "recording/sessionscan.h"

#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>
#include <limits>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcSessionReader, "vigie.recording.reader")

namespace vigie {

using namespace session;

QString sessionDamageMessage(const QString &reason, qint64 offset, qint64 bytesLost)
{
    const QString at = QString::number(offset);
    const QString lost = QString::number(bytesLost);
    if (reason == u"missingIndex")
        return SessionReader::tr("The session was not closed (crash, power cut or still recording): its chunks "
                                 "were found by scanning the file.");
    if (reason == u"badIndex")
        return SessionReader::tr("The index of the session at byte %1 is damaged: the chunks were found by "
                                 "scanning the file.").arg(at);
    if (reason == u"badHeader")
        return SessionReader::tr("The session header is damaged (%1 bytes): the city and metadata are unknown.")
            .arg(lost);
    if (reason == u"zeroFill")
        return SessionReader::tr("%1 zero bytes at byte %2 (typically a power cut): nothing there could be read.")
            .arg(lost, at);
    if (reason == u"badChunkCrc")
        return SessionReader::tr("The chunk at byte %1 (%2 bytes) is corrupted: its records are lost.").arg(at, lost);
    if (reason == u"truncatedChunk")
        return SessionReader::tr("The file ends inside a chunk at byte %1: its last %2 bytes are lost.").arg(at, lost);
    return SessionReader::tr("%1 unreadable bytes at byte %2.").arg(lost, at);
}

// --- cursor -------------------------------------------------------------------------------

SessionCursor::SessionCursor(SessionReader *reader, qint32 firstChunk, qint32 lastChunk, qint32 skipThrough,
                             qint64 fromMs, qint64 toMs, quint32 types)
    : m_reader(reader), m_chunk(firstChunk), m_lastChunk(lastChunk), m_skipThrough(skipThrough), m_fromMs(fromMs),
      m_toMs(toMs), m_types(types), m_skipChunk(firstChunk)
{
}

bool SessionCursor::loadChunk()
{
    m_records.reset();
    while (m_reader && m_chunk <= m_lastChunk) {
        const qint32 chunk = m_chunk++;
        const ChunkEntry *e = m_reader->entry(chunk);
        if (!e) {
            ++m_skipped;
            continue;
        }
        if (!(e->typeMask() & m_types) || e->maxTs < m_fromMs || e->minTs > m_toMs)
            continue;
        std::optional<QByteArray> payload = m_reader->chunkPayload(chunk);
        if (!payload) {
            ++m_skipped;
            continue;
        }
        m_payload = std::move(*payload);
        m_records = std::make_unique<ByteReader>(m_payload);
        m_recordIndex = 0;
        m_loadedChunk = chunk;
        return true;
    }
    return false;
}

bool SessionCursor::next(SessionRecord *record)
{
    for (;;) {
        if (!m_records || m_records->atEnd()) {
            if (!loadChunk())
                return false;
            continue;
        }
        RecordView view;
        if (!nextRecord(*m_records, &view)) { // cannot happen after the CRC and inspect(); be safe
            m_records.reset();
            continue;
        }
        const qint32 index = m_recordIndex++;
        if (m_loadedChunk == m_skipChunk && index <= m_skipThrough)
            continue;
        const quint8 type = quint8(view.type);
        if (type >= 32 || !(m_types & (1u << type)) || view.atMs < m_fromMs || view.atMs > m_toMs)
            continue;
        if (std::optional<SessionRecord> decoded = decodeRecord(view)) {
            *record = std::move(*decoded);
            return true;
        }
    }
}

// --- reader -------------------------------------------------------------------------------

SessionReader::SessionReader() = default;
SessionReader::~SessionReader() = default;

void SessionReader::close()
{
    m_file.close();
    m_fileSize = 0;
    m_header = {};
    m_headerEnd = 0;
    m_headerOk = false;
    m_summary = {};
    m_pages.clear();
    m_badPages.clear();
    m_markers.reset();
    m_damage.clear();
    m_damagedChunks.clear();
    m_scan.reset();
    m_recovered = false;
    m_indexDamaged = false;
    m_cachedChunk = -1;
    m_cachedPayload.clear();
}

Status SessionReader::open(const QString &path, Mode mode)
{
    close();
    m_mode = mode;
    m_file.setFileName(path);
    if (!QFileInfo(path).isFile())
        return Error{QStringLiteral("openFailed"), tr("The session %1 does not exist.").arg(path)};
    if (!m_file.open(mode == Mode::ReadWrite ? QIODevice::ReadWrite : QIODevice::ReadOnly))
        return Error{QStringLiteral("openFailed"), tr("Cannot open the session %1: %2.").arg(path, m_file.errorString())};
    m_fileSize = m_file.size();
    if (m_fileSize == 0) {
        close();
        return Error{QStringLiteral("emptyFile"), tr("The session file %1 is empty.").arg(path)};
    }

    const QByteArray fixed = m_file.read(kFileHeaderFixedSize);
    const qint64 headerSize = fileHeaderSize(fixed);
    if (headerSize > 0 && headerSize <= m_fileSize) {
        m_file.seek(0);
        const QByteArray bytes = m_file.read(headerSize);
        if (std::optional<SessionHeader> h = parseFileHeader(bytes, &m_headerEnd)) {
            m_header = std::move(*h);
            m_headerOk = true;
        }
    }
    if (m_headerOk && m_header.formatVersion > kFormatVersion) { // intact, and not ours to read
        const quint16 version = m_header.formatVersion;
        close();
        return Error{QStringLiteral("unsupportedVersion"),
                     tr("The session %1 was written by a newer Vigie (format %2); this one reads format %3.")
                         .arg(path)
                         .arg(version)
                         .arg(kFormatVersion)};
    }
    const bool headerOk = m_headerOk;
    const qint64 headerEnd = m_headerEnd;

    const FooterState footer = openFromFooter(headerOk ? headerEnd : 0);
    if (footer != FooterState::Valid) {
        scanFile(headerOk ? headerEnd : 0, !headerOk);
        if (footer == FooterState::Damaged)
            addDamage(m_fileSize - kTrailerSize, 0, QStringLiteral("badIndex"));
        else if (!m_scan->sawFooter)
            addDamage(m_fileSize, 0, QStringLiteral("missingIndex"));
    } else if (!headerOk) {
        addDamage(0, std::max<qint64>(headerSize, 0), QStringLiteral("badHeader"));
    }

    if (!headerOk && m_summary.chunkCount == 0) {
        close();
        return Error{QStringLiteral("notASession"),
                     tr("%1 is not a Vigie session, or nothing in it can be read.").arg(path)};
    }
    if (!m_damage.isEmpty())
        qCDebug(lcSessionReader) << path << "opened with" << m_damage.size() << "damage entries";
    return {};
}

SessionReader::FooterState SessionReader::openFromFooter(qint64 headerEnd)
{
    if (m_fileSize < headerEnd + kFooterHeaderSize + kTrailerSize)
        return FooterState::Missing;
    m_file.seek(m_fileSize - kTrailerSize);
    const QByteArray trailerBytes = m_file.read(kTrailerSize);
    const bool hasMagic = trailerBytes.size() == kTrailerSize && trailerBytes.endsWith(QByteArrayView(kTrailerMagic, 8));
    const std::optional<Trailer> trailer = parseTrailer(trailerBytes);
    if (!trailer)
        return hasMagic ? FooterState::Damaged : FooterState::Missing;

    const qint64 summaryEnd = qint64(trailer->summaryOffset) + qint64(trailer->summaryLength);
    if (trailer->summaryOffset > quint64(m_fileSize) || trailer->summaryLength > kMaxFooterBlock
        || summaryEnd > m_fileSize - kTrailerSize || qint64(trailer->footerOffset) < headerEnd
        || trailer->footerOffset > trailer->summaryOffset)
        return FooterState::Damaged;
    m_file.seek(qint64(trailer->summaryOffset));
    const QByteArray bytes = m_file.read(trailer->summaryLength);
    if (bytes.size() != qint64(trailer->summaryLength) || crc32(bytes) != trailer->summaryCrc)
        return FooterState::Damaged;
    std::optional<Summary> summary = parseSummary(bytes);
    // Every block must lie between the data and the summary (written so as not to overflow).
    const qint64 summaryOffset = qint64(trailer->summaryOffset);
    const auto inFooter = [&](qint64 offset, qint64 length) {
        return offset >= qint64(trailer->footerOffset) && offset <= summaryOffset && length <= summaryOffset - offset;
    };
    if (!summary || summary->dataEnd != qint64(trailer->footerOffset)
        || !inFooter(summary->markersOffset, summary->markersLength))
        return FooterState::Damaged;
    for (const IndexPage &page : summary->pages) {
        if (!inFooter(page.offset, qint64(page.entryCount) * kChunkEntrySize))
            return FooterState::Damaged;
    }

    m_summary = std::move(*summary);
    m_pages = QVector<QVector<ChunkEntry>>(m_summary.pages.size());
    m_badPages = QVector<bool>(m_summary.pages.size(), false);
    for (const DamageSpan &d : std::as_const(m_summary.damage))
        addDamage(d.offset, d.bytesLost, d.reason);
    return FooterState::Valid;
}

void SessionReader::scanFile(qint64 from, bool headerDamaged)
{
    m_scan = std::make_unique<ScanResult>(scanChunks(m_file, from, m_fileSize, headerDamaged));
    m_recovered = true;
    const QVector<ChunkEntry> entries = m_scan->builder.finishedEntries();
    m_summary = m_scan->builder.summary();
    m_summary.dataEnd = m_fileSize;
    m_pages.clear();
    for (qsizetype first = 0; first < entries.size(); first += kIndexPageEntries) {
        const QVector<ChunkEntry> page = entries.mid(first, kIndexPageEntries);
        m_summary.pages.append(IndexPage{0, quint32(page.size()), 0, page.last().prefixMaxTs, page.first().suffixMinTs});
        m_pages.append(page);
    }
    m_badPages = QVector<bool>(m_pages.size(), false);
    SessionMarkers markers = m_scan->builder.markers();
    std::stable_sort(markers.begin(), markers.end(),
                     [](const SessionMarker &a, const SessionMarker &b) { return a.atMs < b.atMs; });
    m_markers = std::move(markers);
    m_damage.clear();
    m_damagedChunks.clear();
    for (const DamageSpan &d : m_scan->builder.damage())
        addDamage(d.offset, d.bytesLost, d.reason);
}

void SessionReader::addDamage(qint64 offset, qint64 bytesLost, const QString &reason)
{
    m_damage.append(SessionDamage{offset, bytesLost, reason, sessionDamageMessage(reason, offset, bytesLost)});
}

SessionCounts SessionReader::counts() const
{
    SessionCounts c;
    for (int i = 0; i < kSessionRecordTypeMax; ++i)
        c.byType[std::size_t(i + 1)] = m_summary.countByType[std::size_t(i)];
    c.chunks = m_summary.chunkCount;
    return c;
}

const ChunkEntry *SessionReader::entry(qint32 chunk)
{
    if (chunk < 0 || chunk >= m_summary.chunkCount)
        return nullptr;
    const qsizetype page = chunk / kIndexPageEntries;
    if (m_badPages[page])
        return nullptr;
    QVector<ChunkEntry> &entries = m_pages[page];
    if (entries.isEmpty()) {
        const IndexPage &ref = m_summary.pages[page];
        m_file.seek(ref.offset);
        const QByteArray bytes = m_file.read(qint64(ref.entryCount) * kChunkEntrySize);
        std::optional<QVector<ChunkEntry>> parsed;
        if (crc32(bytes) == ref.crc)
            parsed = parseEntries(bytes, int(ref.entryCount));
        if (!parsed) {
            m_badPages[page] = true;
            m_indexDamaged = true;
            addDamage(ref.offset, 0, QStringLiteral("badIndex"));
            return nullptr;
        }
        entries = std::move(*parsed);
    }
    const qsizetype index = chunk % kIndexPageEntries;
    return index < entries.size() ? &entries[index] : nullptr;
}

std::optional<QByteArray> SessionReader::chunkPayload(qint32 chunk)
{
    if (chunk == m_cachedChunk)
        return m_cachedPayload;
    const ChunkEntry *e = entry(chunk);
    if (!e || m_damagedChunks.contains(chunk))
        return std::nullopt;
    const qint64 total = kChunkHeaderSize + qint64(e->storedLength);
    std::optional<QByteArray> payload;
    const qint64 end = std::min(m_summary.dataEnd, m_fileSize);
    if (e->offset >= 0 && e->offset <= end && total <= end - e->offset) {
        m_file.seek(e->offset);
        const QByteArray bytes = m_file.read(total);
        const std::optional<ChunkHeader> h = parseChunkHeader(bytes);
        if (h && bytes.size() == total && h->storedLength == e->storedLength && h->recordCount == e->recordCount) {
            const QByteArrayView stored = QByteArrayView(bytes).sliced(kChunkHeaderSize);
            if (crc32(stored) == h->payloadCrc) {
                if (h->compression == Compression::Zlib)
                    payload = decompress(stored, h->rawLength);
                else if (h->rawLength == h->storedLength)
                    payload = stored.toByteArray();
            }
        }
    }
    if (!payload || !IndexBuilder::inspect(*payload)) {
        m_damagedChunks.insert(chunk);
        addDamage(e->offset, total, QStringLiteral("badChunkCrc"));
        return std::nullopt;
    }
    m_cachedChunk = chunk;
    m_cachedPayload = *payload;
    return payload;
}

SessionKeyframeRef SessionReader::keyframeBefore(qint64 tMs) const
{
    const QVector<SessionKeyframeRef> &all = m_summary.keyframes;
    auto it = std::upper_bound(all.begin(), all.end(), tMs,
                               [](qint64 t, const SessionKeyframeRef &k) { return t < k.atMs; });
    return it == all.begin() ? SessionKeyframeRef{} : *(it - 1);
}

Result<SessionKeyframeRecord> SessionReader::readKeyframe(const SessionKeyframeRef &ref)
{
    if (!ref.isValid() || ref.chunk >= m_summary.chunkCount)
        return Error{QStringLiteral("badKeyframe"), tr("There is no such keyframe in this session.")};
    const std::optional<QByteArray> payload = chunkPayload(ref.chunk);
    if (!payload)
        return Error{QStringLiteral("damagedChunk"),
                     tr("The keyframe at %1 is in a damaged part of the session.").arg(ref.atMs)};
    ByteReader r(*payload);
    RecordView view;
    for (qint32 index = 0; nextRecord(r, &view); ++index) {
        if (index == ref.record) {
            if (view.type != SessionRecordType::Keyframe)
                break;
            return SessionKeyframeRecord{view.atMs, view.body.toByteArray()};
        }
    }
    return Error{QStringLiteral("badKeyframe"), tr("There is no such keyframe in this session.")};
}

qint32 SessionReader::firstChunkFrom(qint64 fromMs)
{
    const QVector<IndexPage> &pages = m_summary.pages;
    auto page = std::partition_point(pages.begin(), pages.end(),
                                     [fromMs](const IndexPage &p) { return p.lastPrefixMaxTs < fromMs; });
    if (page == pages.end())
        return qint32(m_summary.chunkCount);
    const qint32 first = qint32(page - pages.begin()) * kIndexPageEntries;
    if (!entry(first)) // damaged page: start at its beginning
        return first;
    const QVector<ChunkEntry> &entries = m_pages[page - pages.begin()];
    auto it = std::partition_point(entries.begin(), entries.end(),
                                   [fromMs](const ChunkEntry &e) { return e.prefixMaxTs < fromMs; });
    return first + qint32(it - entries.begin());
}

qint32 SessionReader::lastChunkTo(qint64 toMs)
{
    const QVector<IndexPage> &pages = m_summary.pages;
    auto page = std::partition_point(pages.begin(), pages.end(),
                                     [toMs](const IndexPage &p) { return p.firstSuffixMinTs <= toMs; });
    if (page == pages.begin())
        return -1;
    --page;
    const qint32 first = qint32(page - pages.begin()) * kIndexPageEntries;
    if (!entry(first))
        return first + qint32(page->entryCount) - 1;
    const QVector<ChunkEntry> &entries = m_pages[page - pages.begin()];
    auto it = std::partition_point(entries.begin(), entries.end(),
                                   [toMs](const ChunkEntry &e) { return e.suffixMinTs <= toMs; });
    return first + qint32(it - entries.begin()) - 1;
}

SessionCursor SessionReader::records(qint64 fromMs, qint64 toMs, quint32 types)
{
    if (!isOpen() || fromMs > toMs)
        return SessionCursor(this, 0, -1, -1, fromMs, toMs, types);
    return SessionCursor(this, firstChunkFrom(fromMs), lastChunkTo(toMs), -1, fromMs, toMs, types);
}

SessionCursor SessionReader::recordsAfter(const SessionKeyframeRef &keyframe, qint64 toMs, quint32 types)
{
    constexpr qint64 kEarliest = std::numeric_limits<qint64>::min();
    if (!isOpen())
        return SessionCursor(this, 0, -1, -1, kEarliest, toMs, types);
    const bool valid = keyframe.isValid() && keyframe.chunk < m_summary.chunkCount;
    return SessionCursor(this, valid ? keyframe.chunk : 0, lastChunkTo(toMs), valid ? keyframe.record : -1, kEarliest,
                         toMs, types);
}

Result<SessionMarkers> SessionReader::markers(qint64 fromMs, qint64 toMs)
{
    if (!isOpen())
        return Error{QStringLiteral("notOpen"), tr("No session is open.")};
    if (!m_markers) {
        const qint64 offset = m_summary.markersOffset;
        m_file.seek(offset);
        const QByteArray bytes = m_file.read(m_summary.markersLength);
        std::optional<SessionMarkers> parsed;
        if (bytes.size() == qint64(m_summary.markersLength) && crc32(bytes) == m_summary.markersCrc)
            parsed = parseMarkers(bytes);
        if (!parsed) {
            m_indexDamaged = true;
            addDamage(offset, 0, QStringLiteral("badIndex"));
            return Error{QStringLiteral("damagedIndex"),
                         tr("The markers of the session %1 are damaged; repair the session to rebuild them.")
                             .arg(path())};
        }
        std::stable_sort(parsed->begin(), parsed->end(),
                         [](const SessionMarker &a, const SessionMarker &b) { return a.atMs < b.atMs; });
        m_markers = std::move(*parsed);
    }
    SessionMarkers out;
    auto it = std::partition_point(m_markers->cbegin(), m_markers->cend(),
                                   [fromMs](const SessionMarker &m) { return m.atMs < fromMs; });
    for (; it != m_markers->cend() && it->atMs <= toMs; ++it)
        out.append(*it);
    return out;
}

Result<int> SessionReader::verify()
{
    if (!isOpen())
        return Error{QStringLiteral("notOpen"), tr("No session is open.")};
    const qsizetype before = m_damagedChunks.size();
    for (qint32 chunk = 0; chunk < m_summary.chunkCount; ++chunk) {
        m_cachedChunk = -1; // read each chunk from the file, not from the cache
        chunkPayload(chunk);
    }
    return int(m_damagedChunks.size() - before);
}

Status SessionReader::repair()
{
    if (!isOpen())
        return Error{QStringLiteral("notOpen"), tr("No session is open.")};
    if (m_mode != Mode::ReadWrite)
        return Error{QStringLiteral("readOnly"), tr("The session %1 is open read-only.").arg(path())};
    if (!m_recovered && !m_indexDamaged)
        return Error{QStringLiteral("nothingToRepair"), tr("The index of the session %1 is intact.").arg(path())};
    if (!m_recovered) {
        scanFile(m_headerOk ? m_headerEnd : 0, !m_headerOk);
        addDamage(m_summary.dataEnd, 0, QStringLiteral("badIndex"));
    }
    for (const SessionDamage &d : std::as_const(m_damage)) {
        const auto &spans = m_scan->builder.damage();
        const bool stored = std::any_of(spans.begin(), spans.end(), [&d](const DamageSpan &s) {
            return s.offset == d.offset && s.reason == d.reason;
        });
        if (!stored)
            m_scan->builder.addDamage(DamageSpan{d.offset, d.bytesLost, d.reason});
    }
    const QByteArray footer = m_scan->builder.footer(m_fileSize);
    if (!m_file.seek(m_fileSize) || m_file.write(footer) != footer.size() || !m_file.flush()
        || ::fdatasync(m_file.handle()) != 0)
        return Error{QStringLiteral("writeFailed"),
                     tr("Cannot write the new index of the session %1: %2.").arg(path(), m_file.errorString())};
    m_fileSize += footer.size();
    m_recovered = false;
    m_indexDamaged = false;
    return {};
}

} // namespace vigie
