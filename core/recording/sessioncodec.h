#pragma once

#include "domain/bytecodec.h"
#include "recording/sessiontypes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>
#include <optional>

/// \file
/// \brief Byte layout of a session file (docs/recording.md, "Format"): little-endian
/// primitives, the file header, chunk headers and record bodies. Used by the writer, the
/// reader and the recovery scan. Every reader here is bounds-checked: bad bytes give a
/// failed read, never an out-of-bounds access. Any thread (pure functions).

namespace vigie::session {

inline constexpr quint16 kFormatVersion = 1;
inline constexpr char kFileMagic[8] = {'V', 'I', 'G', 'I', 'E', 'S', 'E', 'S'};
inline constexpr char kTrailerMagic[8] = {'V', 'I', 'G', 'I', 'E', 'E', 'N', 'D'};
/// Starts every chunk; chosen to be unlikely in JSON text, zeros or common binary.
inline constexpr unsigned char kChunkSync[8] = {0xC3, 0x5A, 0x9E, 0x17, 0x6B, 0xF0, 0x24, 0xD8};
/// Starts the footer region (index pages, markers, summary, trailer): kChunkSync inverted.
inline constexpr unsigned char kFooterSync[8] = {0x3C, 0xA5, 0x61, 0xE8, 0x94, 0x0F, 0xDB, 0x27};

inline constexpr int kChunkHeaderSize = 48;
inline constexpr int kRecordHeaderSize = 13;   ///< type u8, body length u32, timestamp i64
inline constexpr int kFooterHeaderSize = 24;   ///< sync, region length u64, reserved u32, CRC u32
inline constexpr int kTrailerSize = 40;
inline constexpr int kFileHeaderFixedSize = 16; ///< magic, version u16, reserved u16, body length u32
inline constexpr qint64 kMaxHeaderBody = 1 << 20;
/// Upper bound of a chunk's stored and decompressed sizes: what a reader agrees to allocate.
inline constexpr qint64 kMaxChunkBytes = 256 << 20;
/// Upper bound of one summary block or markers block.
inline constexpr qint64 kMaxFooterBlock = 256 << 20;

enum class Compression : quint8 { None = 0, Zlib = 1 };

quint32 crc32(QByteArrayView bytes);

/// The session format's primitives are the shared little-endian ones (domain/bytecodec.h).
using vigie::ByteReader;
using vigie::ByteWriter;

/// \brief The fixed 48 bytes before each chunk's payload.
struct ChunkHeader
{
    quint32 storedLength = 0;  ///< Payload bytes in the file.
    quint32 rawLength = 0;     ///< Payload bytes once decompressed.
    quint32 recordCount = 0;
    Compression compression = Compression::None;
    qint64 minTs = 0;
    qint64 maxTs = 0;
    quint32 payloadCrc = 0;    ///< crc32 of the stored payload.
};
QByteArray encodeChunkHeader(const ChunkHeader &header);
/// Parses 48 bytes starting with kChunkSync; nullopt when the sync, the header CRC or a
/// size limit is wrong.
std::optional<ChunkHeader> parseChunkHeader(QByteArrayView bytes);

/// The file header (magic, version, creation time, city, metadata, CRC).
QByteArray encodeFileHeader(const SessionHeader &header);
/// `bytes` starts at offset 0 of the file. On success, `*size` is the header's length.
/// Any version is returned (the caller refuses newer ones); nullopt when the CRC fails.
std::optional<SessionHeader> parseFileHeader(QByteArrayView bytes, qint64 *size);
/// Total header length announced by the first kFileHeaderFixedSize bytes, or -1 if they are
/// not a session header.
qint64 fileHeaderSize(QByteArrayView fixedPart);

/// \brief Start of the footer region: its length, so the recovery scan can step over it.
QByteArray encodeFooterHeader(quint64 regionLength);
std::optional<quint64> parseFooterHeader(QByteArrayView bytes);

/// \brief The last 40 bytes of a closed file.
struct Trailer
{
    quint64 summaryOffset = 0;
    quint32 summaryLength = 0;
    quint32 summaryCrc = 0;
    quint64 footerOffset = 0;  ///< Where the footer region (and so the data) ends.
};
QByteArray encodeTrailer(const Trailer &trailer);
std::optional<Trailer> parseTrailer(QByteArrayView bytes);

/// Appends one record (header + body) to `out`.
void appendRecord(QByteArray *out, SessionRecordType type, qint64 atMs, QByteArrayView body);
/// The body of each record type.
QByteArray encodeBody(const SessionRecord &record);
QByteArray encodeRawMessage(const RawMessage &message);
QByteArray encodeObservations(const Observations &observations);
QByteArray encodeAlarmTransition(const AlarmTransition &transition);
QByteArray encodeOperatorAction(const OperatorAction &action);
QByteArray encodeInterventionEvent(const InterventionEvent &event);
QByteArray encodeBookmark(const QString &note);
QByteArray encodeGap(const SessionGap &gap);

/// \brief A record's header and a view of its body inside a decompressed chunk.
struct RecordView
{
    SessionRecordType type = SessionRecordType::RawMessage;
    qint64 atMs = 0;
    QByteArrayView body;
};
/// Reads the next record header and body view; false at the end or on bad bytes (then
/// `reader.ok()` is false).
bool nextRecord(ByteReader &reader, RecordView *view);
/// Decodes a body; nullopt if the bytes do not match the type (or the type is unknown).
std::optional<SessionRecord> decodeRecord(const RecordView &view);
/// The timeline marker of a marker-type record; nullopt for other types or bad bytes.
std::optional<SessionMarker> decodeMarker(const RecordView &view);

/// Compresses a chunk payload (zlib, `level` 1–9). Empty on failure.
QByteArray compress(QByteArrayView raw, int level);
/// Decompresses to exactly `rawLength` bytes; nullopt on any mismatch.
std::optional<QByteArray> decompress(QByteArrayView stored, qint64 rawLength);

} // namespace vigie::session
