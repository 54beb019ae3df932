#pragma once

#include "recording/sessioncodec.h"

#include <QVector>

#include <array>
#include <optional>

/// \file
/// \brief The footer of a closed session file: chunk index pages, the markers block, the
/// summary and the trailer (docs/recording.md, "Footer"), and the builder that the writer
/// and the recovery scan both feed chunk by chunk. Any thread (no shared state).

namespace vigie::session {

/// Entries per index page. A page is read (and its CRC checked) only when a query needs it,
/// so opening a file reads the summary only, whatever the file's length.
inline constexpr int kIndexPageEntries = 256;
inline constexpr int kChunkEntrySize = 80;

/// \brief What the index knows of one chunk.
struct ChunkEntry
{
    qint64 offset = 0;        ///< Of the chunk header in the file.
    quint32 storedLength = 0; ///< Payload bytes in the file (after the 48-byte header).
    quint32 recordCount = 0;
    qint64 minTs = 0;
    qint64 maxTs = 0;
    /// Largest maxTs of this chunk and every chunk before it: non-decreasing, so "first
    /// chunk that can hold t ≥ from" is a binary search even when records are not in order.
    qint64 prefixMaxTs = 0;
    /// Smallest minTs of this chunk and every chunk after it: non-decreasing too.
    qint64 suffixMinTs = 0;
    std::array<quint32, kSessionRecordTypeMax> countByType{}; ///< [type - 1]
    quint32 typeMask() const;
};

/// \brief Where a page of entries sits and what it spans, as the summary lists it.
struct IndexPage
{
    qint64 offset = 0;
    quint32 entryCount = 0;
    quint32 crc = 0;
    qint64 lastPrefixMaxTs = 0;  ///< prefixMaxTs of its last entry.
    qint64 firstSuffixMinTs = 0; ///< suffixMinTs of its first entry.
};

/// \brief A damage span as stored in the summary (the message is rebuilt by the reader).
struct DamageSpan
{
    qint64 offset = 0;
    qint64 bytesLost = 0;
    QString reason;
};

/// \brief Everything open() needs, read from the summary block.
struct Summary
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 dataEnd = 0;            ///< Where the chunks end (the footer region starts).
    qint64 chunkCount = 0;
    std::array<qint64, kSessionRecordTypeMax> countByType{}; ///< [type - 1]
    QVector<IndexPage> pages;
    QVector<SessionKeyframeRef> keyframes;
    qint64 markersOffset = 0;
    quint32 markersLength = 0;
    quint32 markersCrc = 0;
    QVector<DamageSpan> damage;
};

QByteArray encodeEntries(const ChunkEntry *entries, int count);
/// nullopt when the size does not match `count` entries.
std::optional<QVector<ChunkEntry>> parseEntries(QByteArrayView bytes, int count);
QByteArray encodeSummary(const Summary &summary);
std::optional<Summary> parseSummary(QByteArrayView bytes);
QByteArray encodeMarkers(const SessionMarkers &markers);
std::optional<SessionMarkers> parseMarkers(QByteArrayView bytes);

/// \brief Collects chunks, keyframes and markers as chunks are written or recovered, and
/// produces the footer region.
class IndexBuilder
{
public:
    /// Walks the records of a decompressed chunk payload. Returns the chunk's entry (offset,
    /// counts, time range) and records its keyframes and markers, or nullopt (and records
    /// nothing) if the payload is not a whole sequence of records or is empty.
    std::optional<ChunkEntry> addChunk(qint64 offset, quint32 storedLength, QByteArrayView payload);
    /// The entry addChunk() would produce, without recording it (the writer needs the time
    /// range and count for the chunk header before writing it).
    static std::optional<ChunkEntry> inspect(QByteArrayView payload);

    void addDamage(const DamageSpan &span) { m_damage.append(span); }

    const QVector<ChunkEntry> &entries() const { return m_entries; }
    const QVector<SessionKeyframeRef> &keyframes() const { return m_keyframes; }
    const SessionMarkers &markers() const { return m_markers; }
    const QVector<DamageSpan> &damage() const { return m_damage; }
    /// Entries with prefixMaxTs and suffixMinTs filled in.
    QVector<ChunkEntry> finishedEntries() const;
    /// Summary of what was added (pages and markers block not placed: see footer()).
    Summary summary() const;

    /// The whole footer region for a file whose chunks end at `footerOffset`: footer header,
    /// index pages, markers block, summary and trailer. Append it at `footerOffset`.
    QByteArray footer(qint64 footerOffset) const;

private:
    QVector<ChunkEntry> m_entries;
    QVector<SessionKeyframeRef> m_keyframes;
    SessionMarkers m_markers;
    QVector<DamageSpan> m_damage;
};

} // namespace vigie::session
