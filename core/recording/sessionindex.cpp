#include "recording/sessionindex.h"

#include <algorithm>
#include <limits>

namespace vigie::session {

namespace {

constexpr quint16 kSummaryVersion = 1;
constexpr int kIndexPageBytes = kIndexPageEntries * kChunkEntrySize;

} // namespace

quint32 ChunkEntry::typeMask() const
{
    quint32 mask = 0;
    for (int i = 0; i < kSessionRecordTypeMax; ++i) {
        if (countByType[std::size_t(i)] > 0)
            mask |= 1u << quint32(i + 1);
    }
    return mask;
}

QByteArray encodeEntries(const ChunkEntry *entries, int count)
{
    QByteArray out;
    out.reserve(qsizetype(count) * kChunkEntrySize);
    ByteWriter w(&out);
    for (int i = 0; i < count; ++i) {
        const ChunkEntry &e = entries[i];
        w.i64(e.offset);
        w.u32(e.storedLength);
        w.u32(e.recordCount);
        w.i64(e.minTs);
        w.i64(e.maxTs);
        w.i64(e.prefixMaxTs);
        w.i64(e.suffixMinTs);
        for (quint32 n : e.countByType)
            w.u32(n);
    }
    return out;
}

std::optional<QVector<ChunkEntry>> parseEntries(QByteArrayView bytes, int count)
{
    if (count < 0 || bytes.size() != qsizetype(count) * kChunkEntrySize)
        return std::nullopt;
    QVector<ChunkEntry> entries(count);
    ByteReader r(bytes);
    for (ChunkEntry &e : entries) {
        e.offset = r.i64();
        e.storedLength = r.u32();
        e.recordCount = r.u32();
        e.minTs = r.i64();
        e.maxTs = r.i64();
        e.prefixMaxTs = r.i64();
        e.suffixMinTs = r.i64();
        for (quint32 &n : e.countByType)
            n = r.u32();
        if (e.offset < 0 || e.minTs > e.maxTs)
            return std::nullopt;
    }
    return r.ok() ? std::optional(std::move(entries)) : std::nullopt;
}

QByteArray encodeMarkers(const SessionMarkers &markers)
{
    QByteArray out;
    ByteWriter w(&out);
    w.u32(quint32(markers.size()));
    for (const SessionMarker &m : markers) {
        w.i64(m.atMs);
        w.u8(quint8(m.type));
        w.str(m.actor);
        w.str(m.action);
        w.str(m.subject);
        w.str(m.text);
    }
    return out;
}

std::optional<SessionMarkers> parseMarkers(QByteArrayView bytes)
{
    ByteReader r(bytes);
    const quint32 count = r.u32();
    constexpr qint64 kMinMarkerBytes = 8 + 1 + 4 * 4;
    if (!r.ok() || qint64(count) * kMinMarkerBytes > r.remaining())
        return std::nullopt;
    SessionMarkers markers;
    markers.reserve(qsizetype(count));
    for (quint32 i = 0; i < count && r.ok(); ++i) {
        SessionMarker m;
        m.atMs = r.i64();
        m.type = SessionRecordType(r.u8());
        m.actor = r.str();
        m.action = r.str();
        m.subject = r.str();
        m.text = r.str();
        markers.append(std::move(m));
    }
    if (!r.ok() || !r.atEnd())
        return std::nullopt;
    return markers;
}

QByteArray encodeSummary(const Summary &s)
{
    QByteArray out;
    ByteWriter w(&out);
    w.u16(kSummaryVersion);
    w.i64(s.startMs);
    w.i64(s.endMs);
    w.i64(s.dataEnd);
    w.i64(s.chunkCount);
    w.u8(quint8(s.countByType.size()));
    for (qint64 n : s.countByType)
        w.i64(n);
    w.u32(quint32(s.pages.size()));
    for (const IndexPage &p : s.pages) {
        w.i64(p.offset);
        w.u32(p.entryCount);
        w.u32(p.crc);
        w.i64(p.lastPrefixMaxTs);
        w.i64(p.firstSuffixMinTs);
    }
    w.u32(quint32(s.keyframes.size()));
    for (const SessionKeyframeRef &k : s.keyframes) {
        w.i64(k.atMs);
        w.i32(k.chunk);
        w.i32(k.record);
    }
    w.i64(s.markersOffset);
    w.u32(s.markersLength);
    w.u32(s.markersCrc);
    w.u32(quint32(s.damage.size()));
    for (const DamageSpan &d : s.damage) {
        w.i64(d.offset);
        w.i64(d.bytesLost);
        w.str(d.reason);
    }
    return out;
}

std::optional<Summary> parseSummary(QByteArrayView bytes)
{
    ByteReader r(bytes);
    Summary s;
    if (r.u16() != kSummaryVersion)
        return std::nullopt;
    s.startMs = r.i64();
    s.endMs = r.i64();
    s.dataEnd = r.i64();
    s.chunkCount = r.i64();
    const quint8 types = r.u8();
    for (quint8 i = 0; i < types && r.ok(); ++i) {
        const qint64 n = r.i64();
        if (i < s.countByType.size())
            s.countByType[i] = n;
    }
    const quint32 pages = r.u32();
    if (!r.ok() || qint64(pages) * 32 > r.remaining())
        return std::nullopt;
    qint64 entries = 0;
    s.pages.resize(qsizetype(pages));
    for (IndexPage &p : s.pages) {
        p.offset = r.i64();
        p.entryCount = r.u32();
        p.crc = r.u32();
        p.lastPrefixMaxTs = r.i64();
        p.firstSuffixMinTs = r.i64();
        if (p.entryCount == 0 || p.entryCount > quint32(kIndexPageEntries) || p.offset < 0)
            return std::nullopt;
        entries += p.entryCount;
    }
    const quint32 keyframes = r.u32();
    if (!r.ok() || qint64(keyframes) * 16 > r.remaining())
        return std::nullopt;
    s.keyframes.resize(qsizetype(keyframes));
    for (SessionKeyframeRef &k : s.keyframes) {
        k.atMs = r.i64();
        k.chunk = r.i32();
        k.record = r.i32();
        if (k.chunk < 0 || k.chunk >= entries || k.record < 0)
            return std::nullopt;
    }
    s.markersOffset = r.i64();
    s.markersLength = r.u32();
    s.markersCrc = r.u32();
    const quint32 damage = r.u32();
    if (!r.ok() || qint64(damage) * 20 > r.remaining())
        return std::nullopt;
    s.damage.resize(qsizetype(damage));
    for (DamageSpan &d : s.damage) {
        d.offset = r.i64();
        d.bytesLost = r.i64();
        d.reason = r.str();
    }
    if (!r.ok() || entries != s.chunkCount || s.dataEnd < 0 || s.markersOffset < 0)
        return std::nullopt;
    return s;
}

// --- builder ------------------------------------------------------------------------------

std::optional<ChunkEntry> IndexBuilder::inspect(QByteArrayView payload)
{
    ChunkEntry e;
    e.minTs = std::numeric_limits<qint64>::max();
    e.maxTs = std::numeric_limits<qint64>::min();
    ByteReader r(payload);
    RecordView view;
    while (nextRecord(r, &view)) {
        ++e.recordCount;
        e.minTs = std::min(e.minTs, view.atMs);
        e.maxTs = std::max(e.maxTs, view.atMs);
        const quint8 type = quint8(view.type);
        if (type >= 1 && type <= kSessionRecordTypeMax)
            ++e.countByType[type - 1];
    }
    if (!r.ok() || e.recordCount == 0)
        return std::nullopt;
    return e;
}

std::optional<ChunkEntry> IndexBuilder::addChunk(qint64 offset, quint32 storedLength, QByteArrayView payload)
{
    std::optional<ChunkEntry> entry = inspect(payload);
    if (!entry)
        return std::nullopt;
    entry->offset = offset;
    entry->storedLength = storedLength;
    const qint32 chunk = qint32(m_entries.size());
    // Decode the keyframe and marker records: few per chunk, and the raw messages around
    // them are only stepped over.
    if (entry->typeMask() & (kSessionMarkerTypes | sessionTypeBit(SessionRecordType::Keyframe))) {
        ByteReader r(payload);
        RecordView view;
        for (qint32 index = 0; nextRecord(r, &view); ++index) {
            if (view.type == SessionRecordType::Keyframe)
                m_keyframes.append(SessionKeyframeRef{view.atMs, chunk, index});
            else if (std::optional<SessionMarker> marker = decodeMarker(view))
                m_markers.append(std::move(*marker));
        }
    }
    m_entries.append(*entry);
    return entry;
}

QVector<ChunkEntry> IndexBuilder::finishedEntries() const
{
    QVector<ChunkEntry> entries = m_entries;
    qint64 prefix = std::numeric_limits<qint64>::min();
    for (ChunkEntry &e : entries) {
        prefix = std::max(prefix, e.maxTs);
        e.prefixMaxTs = prefix;
    }
    qint64 suffix = std::numeric_limits<qint64>::max();
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        suffix = std::min(suffix, it->minTs);
        it->suffixMinTs = suffix;
    }
    return entries;
}

Summary IndexBuilder::summary() const
{
    Summary s;
    s.chunkCount = m_entries.size();
    if (!m_entries.isEmpty()) {
        s.startMs = std::numeric_limits<qint64>::max();
        s.endMs = std::numeric_limits<qint64>::min();
    }
    for (const ChunkEntry &e : m_entries) {
        s.startMs = std::min(s.startMs, e.minTs);
        s.endMs = std::max(s.endMs, e.maxTs);
        for (int i = 0; i < kSessionRecordTypeMax; ++i)
            s.countByType[std::size_t(i)] += e.countByType[std::size_t(i)];
    }
    s.keyframes = m_keyframes;
    // Keyframes are looked up by time: keep them sorted (stable, so equal times keep file order).
    std::stable_sort(s.keyframes.begin(), s.keyframes.end(),
                     [](const SessionKeyframeRef &a, const SessionKeyframeRef &b) { return a.atMs < b.atMs; });
    s.damage = m_damage;
    return s;
}

QByteArray IndexBuilder::footer(qint64 footerOffset) const
{
    const QVector<ChunkEntry> entries = finishedEntries();
    Summary s = summary();
    s.dataEnd = footerOffset;

    QByteArray body; // everything after the footer header
    const qint64 bodyStart = footerOffset + kFooterHeaderSize;
    for (int first = 0; first < entries.size(); first += kIndexPageEntries) {
        const int count = std::min<int>(kIndexPageEntries, int(entries.size()) - first);
        const QByteArray page = encodeEntries(entries.constData() + first, count);
        Q_ASSERT(page.size() <= kIndexPageBytes);
        s.pages.append(IndexPage{bodyStart + body.size(), quint32(count), crc32(page),
                                 entries[first + count - 1].prefixMaxTs, entries[first].suffixMinTs});
        body.append(page);
    }
    const QByteArray markers = encodeMarkers(m_markers);
    s.markersOffset = bodyStart + body.size();
    s.markersLength = quint32(markers.size());
    s.markersCrc = crc32(markers);
    body.append(markers);

    const QByteArray summaryBytes = encodeSummary(s);
    Trailer t;
    t.summaryOffset = quint64(bodyStart + body.size());
    t.summaryLength = quint32(summaryBytes.size());
    t.summaryCrc = crc32(summaryBytes);
    t.footerOffset = quint64(footerOffset);
    body.append(summaryBytes);
    body.append(encodeTrailer(t));

    return encodeFooterHeader(quint64(body.size())) + body;
}

} // namespace vigie::session
