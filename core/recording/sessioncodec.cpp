#include "recording/sessioncodec.h"

#include "domain/result.h"
#include "recording/sessionkeyframe.h"

#include <zlib.h>

#include <QJsonDocument>

namespace vigie {

QString sessionRecordTypeKey(SessionRecordType type)
{
    switch (type) {
    case SessionRecordType::RawMessage: return QStringLiteral("rawMessage");
    case SessionRecordType::ObservationBatch: return QStringLiteral("observationBatch");
    case SessionRecordType::AlarmTransition: return QStringLiteral("alarmTransition");
    case SessionRecordType::OperatorAction: return QStringLiteral("operatorAction");
    case SessionRecordType::InterventionEvent: return QStringLiteral("interventionEvent");
    case SessionRecordType::Keyframe: return QStringLiteral("keyframe");
    case SessionRecordType::Bookmark: return QStringLiteral("bookmark");
    case SessionRecordType::Gap: return QStringLiteral("gap");
    }
    return {};
}

} // namespace vigie

namespace vigie::session {

namespace {

constexpr qsizetype kMarkerTextChars = 120;

bool hasPrefix(QByteArrayView bytes, const void *prefix, qsizetype n)
{
    return bytes.size() >= n && std::memcmp(bytes.data(), prefix, std::size_t(n)) == 0;
}

bool knownType(quint8 type) { return type >= 1 && type <= kSessionRecordTypeMax; }

} // namespace

quint32 crc32(QByteArrayView bytes)
{
    uLong crc = ::crc32(0L, Z_NULL, 0);
    const auto *p = reinterpret_cast<const Bytef *>(bytes.data());
    qsizetype left = bytes.size();
    while (left > 0) { // zlib takes uInt lengths
        const uInt n = uInt(std::min<qsizetype>(left, 1 << 30));
        crc = ::crc32(crc, p, n);
        p += n;
        left -= n;
    }
    return quint32(crc);
}

// --- chunk header -------------------------------------------------------------------------

QByteArray encodeChunkHeader(const ChunkHeader &h)
{
    QByteArray out;
    out.reserve(kChunkHeaderSize);
    out.append(reinterpret_cast<const char *>(kChunkSync), 8);
    ByteWriter w(&out);
    w.u32(h.storedLength);
    w.u32(h.rawLength);
    w.u32(h.recordCount);
    w.u8(quint8(h.compression));
    w.u8(0);
    w.u16(0);
    w.i64(h.minTs);
    w.i64(h.maxTs);
    w.u32(h.payloadCrc);
    w.u32(crc32(out));
    return out;
}

std::optional<ChunkHeader> parseChunkHeader(QByteArrayView bytes)
{
    if (bytes.size() < kChunkHeaderSize || !hasPrefix(bytes, kChunkSync, 8))
        return std::nullopt;
    ByteReader r(bytes.first(kChunkHeaderSize));
    r.skip(8);
    ChunkHeader h;
    h.storedLength = r.u32();
    h.rawLength = r.u32();
    h.recordCount = r.u32();
    const quint8 compression = r.u8();
    r.skip(3);
    h.minTs = r.i64();
    h.maxTs = r.i64();
    h.payloadCrc = r.u32();
    const quint32 headerCrc = r.u32();
    if (!r.ok() || headerCrc != crc32(bytes.first(kChunkHeaderSize - 4)))
        return std::nullopt;
    if (compression > quint8(Compression::Zlib) || h.storedLength > kMaxChunkBytes || h.rawLength > kMaxChunkBytes
        || h.minTs > h.maxTs)
        return std::nullopt;
    h.compression = Compression(compression);
    return h;
}

// --- file header --------------------------------------------------------------------------

QByteArray encodeFileHeader(const SessionHeader &header)
{
    QByteArray body;
    ByteWriter b(&body);
    b.i64(header.createdAtMs);
    b.str(header.cityId);
    b.bytes(QJsonDocument(header.metadata).toJson(QJsonDocument::Compact));

    QByteArray out(kFileMagic, 8);
    ByteWriter w(&out);
    w.u16(kFormatVersion);
    w.u16(0);
    w.u32(quint32(body.size()));
    out.append(body);
    w.u32(crc32(out));
    return out;
}

qint64 fileHeaderSize(QByteArrayView fixedPart)
{
    if (fixedPart.size() < kFileHeaderFixedSize || !hasPrefix(fixedPart, kFileMagic, 8))
        return -1;
    ByteReader r(fixedPart.sliced(8, 8));
    r.u16();
    r.u16();
    const quint32 bodyLength = r.u32();
    if (bodyLength > kMaxHeaderBody)
        return -1;
    return kFileHeaderFixedSize + qint64(bodyLength) + 4;
}

std::optional<SessionHeader> parseFileHeader(QByteArrayView bytes, qint64 *size)
{
    const qint64 total = fileHeaderSize(bytes);
    if (total < 0 || bytes.size() < total)
        return std::nullopt;
    ByteReader r(bytes.first(total));
    r.skip(8);
    SessionHeader h;
    h.formatVersion = r.u16();
    r.u16();
    const quint32 bodyLength = r.u32();
    ByteReader body(r.view(bodyLength));
    const quint32 crc = r.u32();
    if (!r.ok() || crc != crc32(bytes.first(total - 4)) || h.formatVersion == 0)
        return std::nullopt;
    h.createdAtMs = body.i64();
    h.cityId = body.str();
    const QByteArray json = body.bytes();
    if (!body.ok())
        return std::nullopt;
    h.metadata = QJsonDocument::fromJson(json).object();
    *size = total;
    return h;
}

// --- footer header and trailer ------------------------------------------------------------

QByteArray encodeFooterHeader(quint64 regionLength)
{
    QByteArray out(reinterpret_cast<const char *>(kFooterSync), 8);
    ByteWriter w(&out);
    w.u64(regionLength);
    w.u32(0);
    w.u32(crc32(out));
    return out;
}

std::optional<quint64> parseFooterHeader(QByteArrayView bytes)
{
    if (bytes.size() < kFooterHeaderSize || !hasPrefix(bytes, kFooterSync, 8))
        return std::nullopt;
    ByteReader r(bytes.sliced(8, kFooterHeaderSize - 8));
    const quint64 length = r.u64();
    r.u32();
    if (r.u32() != crc32(bytes.first(kFooterHeaderSize - 4)))
        return std::nullopt;
    return length;
}

QByteArray encodeTrailer(const Trailer &t)
{
    QByteArray out;
    ByteWriter w(&out);
    w.u64(t.summaryOffset);
    w.u32(t.summaryLength);
    w.u32(t.summaryCrc);
    w.u64(t.footerOffset);
    w.u32(0);
    w.u32(crc32(out));
    out.append(kTrailerMagic, 8);
    return out;
}

std::optional<Trailer> parseTrailer(QByteArrayView bytes)
{
    if (bytes.size() != kTrailerSize || std::memcmp(bytes.data() + kTrailerSize - 8, kTrailerMagic, 8) != 0)
        return std::nullopt;
    ByteReader r(bytes);
    Trailer t;
    t.summaryOffset = r.u64();
    t.summaryLength = r.u32();
    t.summaryCrc = r.u32();
    t.footerOffset = r.u64();
    r.u32();
    if (r.u32() != crc32(bytes.first(28)))
        return std::nullopt;
    return t;
}

// --- records ------------------------------------------------------------------------------

void appendRecord(QByteArray *out, SessionRecordType type, qint64 atMs, QByteArrayView body)
{
    ByteWriter w(out);
    w.u8(quint8(type));
    w.u32(quint32(body.size()));
    w.i64(atMs);
    out->append(body.data(), body.size());
}

QByteArray encodeRawMessage(const RawMessage &m)
{
    QByteArray out;
    out.reserve(8 + 2 + 8 + m.topic.size() + m.payload.size());
    ByteWriter w(&out);
    w.i64(m.id);
    w.u8(m.qos);
    w.u8(m.retain ? 1 : 0);
    w.bytes(m.topic);
    w.bytes(m.payload);
    return out;
}

QByteArray encodeObservations(const Observations &observations)
{
    QByteArray out;
    ByteWriter w(&out);
    w.u32(quint32(observations.size()));
    for (const Observation &o : observations) {
        w.str(o.assetId);
        w.i32(o.assetIndex);
        w.str(o.quantity);
        w.f64(o.number);
        w.str(o.text);
        w.str(o.unitCode);
        w.i64(o.observedAtMs);
        w.i64(o.receivedAtMs);
        w.i64(o.messageId);
        w.u8(o.flags);
    }
    return out;
}

QByteArray encodeAlarmTransition(const AlarmTransition &t)
{
    QByteArray out;
    ByteWriter w(&out);
    w.i64(t.alarmId);
    w.u8(quint8(t.from));
    w.u8(quint8(t.to));
    w.str(t.actor);
    w.str(t.action);
    w.str(t.text);
    return out;
}

QByteArray encodeOperatorAction(const OperatorAction &a)
{
    QByteArray out;
    ByteWriter w(&out);
    w.str(a.actor);
    w.str(a.action);
    w.str(a.targetKind);
    w.str(a.targetId);
    w.bytes(a.detailJson);
    return out;
}

QByteArray encodeInterventionEvent(const InterventionEvent &e)
{
    QByteArray out;
    ByteWriter w(&out);
    w.i64(e.interventionId);
    w.i32(e.version);
    w.str(e.actor);
    w.str(e.action);
    w.u8(quint8(e.from));
    w.u8(quint8(e.to));
    w.str(e.text);
    if (e.after)
        w.bytes(encodeInterventionSnapshot(*e.after)); // optional tail: older records end above
    return out;
}

QByteArray encodeBookmark(const QString &note)
{
    QByteArray out;
    ByteWriter(&out).str(note);
    return out;
}

QByteArray encodeGap(const SessionGap &gap)
{
    QByteArray out;
    ByteWriter w(&out);
    w.i64(gap.fromMs);
    w.i64(gap.toMs);
    w.u8(quint8(gap.dropped.size()));
    for (quint32 n : gap.dropped)
        w.u32(n);
    return out;
}

QByteArray encodeBody(const SessionRecord &record)
{
    struct Visitor
    {
        QByteArray operator()(const RawMessage &v) const { return encodeRawMessage(v); }
        QByteArray operator()(const ObservationBatch &v) const { return encodeObservations(v.observations); }
        QByteArray operator()(const AlarmTransition &v) const { return encodeAlarmTransition(v); }
        QByteArray operator()(const OperatorAction &v) const { return encodeOperatorAction(v); }
        QByteArray operator()(const InterventionEvent &v) const { return encodeInterventionEvent(v); }
        QByteArray operator()(const SessionKeyframeRecord &v) const { return v.blob; }
        QByteArray operator()(const SessionBookmark &v) const { return encodeBookmark(v.note); }
        QByteArray operator()(const SessionGap &v) const { return encodeGap(v); }
    };
    return std::visit(Visitor{}, record.value);
}

bool nextRecord(ByteReader &reader, RecordView *view)
{
    if (reader.atEnd())
        return false;
    const quint8 type = reader.u8();
    const quint32 length = reader.u32();
    const qint64 atMs = reader.i64();
    const QByteArrayView body = reader.view(qsizetype(length));
    if (!reader.ok())
        return false;
    view->type = SessionRecordType(type);
    view->atMs = atMs;
    view->body = body;
    return true;
}

namespace {

std::optional<RawMessage> decodeRawMessage(ByteReader &r, qint64 atMs)
{
    RawMessage m;
    m.receivedAtMs = atMs;
    m.id = r.i64();
    m.qos = r.u8();
    m.retain = r.u8() != 0;
    m.topic = r.bytes();
    m.payload = r.bytes();
    return m;
}

std::optional<ObservationBatch> decodeObservations(ByteReader &r, qint64 atMs)
{
    ObservationBatch batch;
    batch.atMs = atMs;
    const quint32 count = r.u32();
    // Each observation takes at least 53 bytes: a count beyond that is corruption, and
    // must not drive a huge reserve().
    if (!r.ok() || qint64(count) * 53 > r.remaining())
        return std::nullopt;
    batch.observations.reserve(qsizetype(count));
    for (quint32 i = 0; i < count && r.ok(); ++i) {
        Observation o;
        o.assetId = r.str();
        o.assetIndex = r.i32();
        o.quantity = r.str();
        o.number = r.f64();
        o.text = r.str();
        o.unitCode = r.str();
        o.observedAtMs = r.i64();
        o.receivedAtMs = r.i64();
        o.messageId = r.i64();
        o.flags = r.u8();
        batch.observations.append(std::move(o));
    }
    return batch;
}

std::optional<AlarmTransition> decodeAlarmTransition(ByteReader &r, qint64 atMs)
{
    AlarmTransition t;
    t.atMs = atMs;
    t.alarmId = r.i64();
    const quint8 from = r.u8();
    const quint8 to = r.u8();
    if (from >= kAlarmStateCount || to >= kAlarmStateCount)
        return std::nullopt;
    t.from = AlarmState(from);
    t.to = AlarmState(to);
    t.actor = r.str();
    t.action = r.str();
    t.text = r.str();
    return t;
}

std::optional<OperatorAction> decodeOperatorAction(ByteReader &r, qint64 atMs)
{
    OperatorAction a;
    a.atMs = atMs;
    a.actor = r.str();
    a.action = r.str();
    a.targetKind = r.str();
    a.targetId = r.str();
    a.detailJson = r.bytes();
    return a;
}

std::optional<InterventionEvent> decodeInterventionEvent(ByteReader &r, qint64 atMs)
{
    InterventionEvent e;
    e.atMs = atMs;
    e.interventionId = r.i64();
    e.version = r.i32();
    e.actor = r.str();
    e.action = r.str();
    const quint8 from = r.u8();
    const quint8 to = r.u8();
    if (from > quint8(InterventionStatus::Reopened) || to > quint8(InterventionStatus::Reopened))
        return std::nullopt;
    e.from = InterventionStatus(from);
    e.to = InterventionStatus(to);
    e.text = r.str();
    if (r.ok() && !r.atEnd()) {
        e.after = decodeInterventionSnapshot(r.view(qsizetype(r.u32())));
        if (!e.after)
            return std::nullopt;
    }
    return e;
}

std::optional<SessionGap> decodeGap(ByteReader &r)
{
    SessionGap gap;
    gap.fromMs = r.i64();
    gap.toMs = r.i64();
    const quint8 n = r.u8();
    for (quint8 i = 0; i < n && r.ok(); ++i) {
        const quint32 count = r.u32();
        if (i < gap.dropped.size()) // counts of types unknown to this version are skipped
            gap.dropped[i] = count;
    }
    return gap;
}

template<typename T>
std::optional<SessionRecord> wrap(const RecordView &view, ByteReader &r, std::optional<T> value)
{
    // A body must be consumed exactly: trailing bytes mean it is not what its type says.
    if (!value || !r.ok() || !r.atEnd())
        return std::nullopt;
    return SessionRecord{view.type, view.atMs, std::move(*value)};
}

} // namespace

std::optional<SessionRecord> decodeRecord(const RecordView &view)
{
    ByteReader r(view.body);
    switch (view.type) {
    case SessionRecordType::RawMessage: return wrap(view, r, decodeRawMessage(r, view.atMs));
    case SessionRecordType::ObservationBatch: return wrap(view, r, decodeObservations(r, view.atMs));
    case SessionRecordType::AlarmTransition: return wrap(view, r, decodeAlarmTransition(r, view.atMs));
    case SessionRecordType::OperatorAction: return wrap(view, r, decodeOperatorAction(r, view.atMs));
    case SessionRecordType::InterventionEvent: return wrap(view, r, decodeInterventionEvent(r, view.atMs));
    case SessionRecordType::Keyframe:
        return SessionRecord{view.type, view.atMs, SessionKeyframeRecord{view.atMs, view.body.toByteArray()}};
    case SessionRecordType::Bookmark: {
        SessionBookmark bookmark{view.atMs, r.str()};
        return wrap(view, r, std::optional(std::move(bookmark)));
    }
    case SessionRecordType::Gap: return wrap(view, r, decodeGap(r));
    }
    return std::nullopt;
}

std::optional<SessionMarker> decodeMarker(const RecordView &view)
{
    if (!knownType(quint8(view.type)) || !(kSessionMarkerTypes & sessionTypeBit(view.type)))
        return std::nullopt;
    const std::optional<SessionRecord> record = decodeRecord(view);
    if (!record)
        return std::nullopt;
    SessionMarker m;
    m.atMs = view.atMs;
    m.type = view.type;
    if (const auto *t = record->as<AlarmTransition>()) {
        m.actor = t->actor;
        m.action = t->action;
        m.subject = QStringLiteral("alarm:") + QString::number(t->alarmId);
        m.text = elide(t->text, kMarkerTextChars);
    } else if (const auto *a = record->as<OperatorAction>()) {
        m.actor = a->actor;
        m.action = a->action;
        m.subject = a->targetKind + u':' + a->targetId;
    } else if (const auto *e = record->as<InterventionEvent>()) {
        m.actor = e->actor;
        m.action = e->action;
        m.subject = QStringLiteral("intervention:") + QString::number(e->interventionId);
        m.text = elide(e->text, kMarkerTextChars);
    } else if (const auto *b = record->as<SessionBookmark>()) {
        m.text = elide(b->note, kMarkerTextChars);
    } else if (const auto *g = record->as<SessionGap>()) {
        qint64 dropped = 0;
        for (quint32 n : g->dropped)
            dropped += n;
        m.text = QString::number(dropped);
    }
    return m;
}

// --- compression --------------------------------------------------------------------------

QByteArray compress(QByteArrayView raw, int level)
{
    uLongf bound = compressBound(uLong(raw.size()));
    QByteArray out(qsizetype(bound), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &bound, reinterpret_cast<const Bytef *>(raw.data()),
                  uLong(raw.size()), level)
        != Z_OK)
        return {};
    out.truncate(qsizetype(bound));
    return out;
}

std::optional<QByteArray> decompress(QByteArrayView stored, qint64 rawLength)
{
    if (rawLength < 0 || rawLength > kMaxChunkBytes)
        return std::nullopt;
    QByteArray out(qsizetype(rawLength), Qt::Uninitialized);
    uLongf length = uLongf(rawLength);
    const int rc = uncompress(reinterpret_cast<Bytef *>(out.data()), &length,
                              reinterpret_cast<const Bytef *>(stored.data()), uLong(stored.size()));
    if (rc != Z_OK || qint64(length) != rawLength)
        return std::nullopt;
    return out;
}

} // namespace vigie::session
