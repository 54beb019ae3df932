#pragma once

#include "domain/result.h"
#include "recording/sessionindex.h"
#include "recording/sessiontypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTimeZone>

#include <memory>

namespace vigie {

namespace session {
struct ScanResult;
}
class SessionReader;

/// \brief Walks records of a SessionReader in file order, reading only the chunks that can
/// hold what was asked. Obtained from SessionReader::records() or recordsAfter().
///
/// Borrows the reader: use it on the reader's thread, and not after the reader is closed or
/// destroyed. A damaged chunk met on the way is skipped and added to the reader's damage().
class SessionCursor
{
public:
    /// Next matching record; false when there are no more.
    bool next(SessionRecord *record);
    /// Damaged chunks skipped so far by this cursor.
    int skippedChunks() const { return m_skipped; }

private:
    friend class SessionReader;
    SessionCursor(SessionReader *reader, qint32 firstChunk, qint32 lastChunk, qint32 skipThrough, qint64 fromMs,
                  qint64 toMs, quint32 types);
    bool loadChunk();

    SessionReader *m_reader = nullptr;
    qint32 m_chunk = 0;      ///< Next chunk to load.
    qint32 m_lastChunk = -1;
    qint32 m_skipThrough = -1; ///< In the first chunk, records up to this ordinal are skipped.
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    quint32 m_types = 0;
    QByteArray m_payload;
    std::unique_ptr<session::ByteReader> m_records;
    qint32 m_recordIndex = 0;
    qint32 m_loadedChunk = -1;
    qint32 m_skipChunk = -1;   ///< The chunk m_skipThrough applies to.
    int m_skipped = 0;
};

/// \brief Reads a session file (`*.vigiesession`): metadata, time range, keyframes,
/// records by time, timeline markers, exports. Format: docs/recording.md.
///
/// Opening a closed file reads its header, trailer and summary only (a few kilobytes,
/// whatever the file's length); index pages are read when a query needs them. A file that
/// was not closed (crash, kill -9, power cut) or whose footer is damaged is scanned chunk by
/// chunk instead: every intact chunk is kept and what could not be read is listed in
/// damage(). Bad bytes never make it fail whole, crash, or read out of bounds; open()
/// fails only when the file cannot be read or holds nothing of a session.
///
/// Not thread-safe: one thread at a time (a review session owns one reader on its worker).
/// Times are UTC milliseconds.
class SessionReader
{
    Q_DECLARE_TR_FUNCTIONS(vigie::SessionReader)
public:
    enum class Mode : quint8 {
        ReadOnly,  ///< Never writes (review mode).
        ReadWrite, ///< Allows repair().
    };

    SessionReader();
    ~SessionReader();
    SessionReader(const SessionReader &) = delete;
    SessionReader &operator=(const SessionReader &) = delete;

    /// Opens `path`. Errors: `openFailed` (cannot open or read), `emptyFile`, `notASession`
    /// (neither a session header nor any intact chunk), `unsupportedVersion` (written by a
    /// newer format). A damaged file opens, with
    /// damage() listing what was lost.
    Status open(const QString &path, Mode mode = Mode::ReadOnly);
    void close();
    bool isOpen() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }

    /// Header fields; default values when the header itself was damaged (see damage()).
    const SessionHeader &header() const { return m_header; }
    /// Earliest and latest record timestamps; both 0 when there is no record.
    qint64 startMs() const { return m_summary.startMs; }
    qint64 endMs() const { return m_summary.endMs; }
    /// True when the chunks were found by scanning (no valid footer).
    bool isRecovered() const { return m_recovered; }
    /// What could not be read: found at open, by verify(), or while reading chunks.
    const SessionDamages &damage() const { return m_damage; }
    SessionCounts counts() const;
    qint32 chunkCount() const { return qint32(m_summary.chunkCount); }

    /// Every keyframe, sorted by time.
    const QVector<SessionKeyframeRef> &keyframes() const { return m_summary.keyframes; }
    /// The latest keyframe at or before `tMs`; an invalid ref when there is none.
    SessionKeyframeRef keyframeBefore(qint64 tMs) const;
    /// The keyframe's blob. Errors: `badKeyframe` (invalid ref), `damagedChunk`.
    Result<SessionKeyframeRecord> readKeyframe(const SessionKeyframeRef &ref);

    /// Records with fromMs ≤ timestamp ≤ toMs whose type is in `types` (sessionTypeBit()),
    /// in file order (the order they were recorded in).
    SessionCursor records(qint64 fromMs, qint64 toMs, quint32 types = kAllSessionRecordTypes);
    /// Records after `keyframe` in file order with timestamp ≤ toMs: what to apply to the
    /// keyframe's state to get the state at toMs. An invalid ref starts at the first record.
    /// Seek to t = keyframeBefore(t), readKeyframe(), then recordsAfter(keyframe, t).
    SessionCursor recordsAfter(const SessionKeyframeRef &keyframe, qint64 toMs,
                               quint32 types = kAllSessionRecordTypes);

    /// Timeline markers with fromMs ≤ time ≤ toMs, sorted by time, read from the footer (a
    /// closed file) or gathered by the scan (a recovered one): raw messages are not read.
    /// Errors: `damagedIndex`.
    Result<SessionMarkers> markers(qint64 fromMs, qint64 toMs);

    /// Reads every chunk and checks it; damaged ones are added to damage(). Returns the
    /// number of damaged chunks found. Costs a full read of the file.
    Result<int> verify();
    /// Appends a fresh footer to a recovered file (or one whose index pages are damaged),
    /// so the next open is fast and reports the same damage. Needs Mode::ReadWrite; the
    /// existing bytes are left as they are. Errors: `readOnly`, `nothingToRepair`, `writeFailed`.
    Status repair();

    /// Writes the records of [fromMs, toMs] as a new, self-contained session at `outPath`:
    /// the keyframe before fromMs, then every record after it in file order up to toMs
    /// (the records between that keyframe and fromMs are kept: without them the state at
    /// fromMs cannot be rebuilt). The header copies this one's city and metadata, adding
    /// "exportedFrom", "windowFromMs" and "windowToMs". `outPath` is replaced if it exists.
    /// Errors: `badWindow`, `samePath`, `createFailed`, `writeFailed`.
    Status exportWindow(qint64 fromMs, qint64 toMs, const QString &outPath);
    /// Writes the operator actions of [fromMs, toMs] as CSV (the shift report): columns time
    /// (ISO 8601 in `zone`, with its offset), actor, action, target ("kind:id"), detail
    /// (compact JSON); sorted by time; RFC 4180 quoting, CRLF line ends, UTF-8 with a BOM so
    /// that Excel reads accents right. The header row is translated. Errors: `badWindow`,
    /// `createFailed`, `writeFailed`.
    Status exportActionsCsv(qint64 fromMs, qint64 toMs, const QString &outPath,
                            const QTimeZone &zone = QTimeZone::systemTimeZone());

private:
    friend class SessionCursor;
    enum class FooterState : quint8 { Valid, Missing, Damaged };

    FooterState openFromFooter(qint64 headerEnd);
    /// Finds the chunks by scanning from `from`; replaces the index, markers and damage.
    void scanFile(qint64 from, bool headerDamaged);
    const session::ChunkEntry *entry(qint32 chunk);
    /// The decompressed payload of `chunk`, or nullopt (damage recorded) if it is damaged.
    std::optional<QByteArray> chunkPayload(qint32 chunk);
    void addDamage(qint64 offset, qint64 bytesLost, const QString &reason);
    qint32 firstChunkFrom(qint64 fromMs);
    qint32 lastChunkTo(qint64 toMs);

    QFile m_file;
    Mode m_mode = Mode::ReadOnly;
    qint64 m_fileSize = 0;
    SessionHeader m_header;
    qint64 m_headerEnd = 0;
    bool m_headerOk = false;
    session::Summary m_summary;
    QVector<QVector<session::ChunkEntry>> m_pages; ///< Empty vector = page not loaded yet.
    QVector<bool> m_badPages;
    std::optional<SessionMarkers> m_markers;       ///< Loaded on first markers() call.
    SessionDamages m_damage;
    QSet<qint32> m_damagedChunks;
    std::unique_ptr<session::ScanResult> m_scan;   ///< Set when the file was scanned.
    bool m_recovered = false;
    bool m_indexDamaged = false;
    qint32 m_cachedChunk = -1;
    QByteArray m_cachedPayload;
};

/// The translated sentence for a damage `reason` code (see SessionDamage).
QString sessionDamageMessage(const QString &reason, qint64 offset, qint64 bytesLost);

} // namespace vigie
