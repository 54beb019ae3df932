#pragma once

#include "alarms/alarmtypes.h"
#include "domain/observation.h"
#include "ingest/rawmessage.h"
#include "interventions/interventiontypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <array>
#include <variant>

/// \file
/// \brief What a session file (`*.vigiesession`) holds: the record types, the file header,
/// the damage found when reading it, keyframe references and timeline markers.
/// Format: docs/recording.md. Times are UTC milliseconds since the Unix epoch.

namespace vigie {

/// \brief Type byte of a record. Values are stored in files: never renumber.
enum class SessionRecordType : quint8 {
    RawMessage = 1,        ///< A RawMessage; timestamp = receivedAtMs.
    ObservationBatch = 2,  ///< Observations decoded together; timestamp chosen by the caller.
    AlarmTransition = 3,   ///< An AlarmTransition; timestamp = atMs.
    OperatorAction = 4,    ///< An OperatorAction; timestamp = atMs.
    InterventionEvent = 5, ///< An InterventionEvent; timestamp = atMs.
    Keyframe = 6,          ///< Full state at an instant (opaque blob from the caller).
    Bookmark = 7,          ///< A note placed on the timeline.
    Gap = 8,               ///< The recorder dropped records (it could not keep up); see SessionGap.
};
/// Highest type value known by this version; readers skip records of unknown types.
inline constexpr int kSessionRecordTypeMax = 8;

/// Bit of `type` in a types mask (bit n = type n).
constexpr quint32 sessionTypeBit(SessionRecordType type) { return 1u << quint32(type); }
/// Mask selecting every record type.
inline constexpr quint32 kAllSessionRecordTypes = 0xFFFFFFFEu;
/// Alarm transitions, operator actions, intervention events, bookmarks and gaps: what the
/// timeline shows as markers.
inline constexpr quint32 kSessionMarkerTypes = sessionTypeBit(SessionRecordType::AlarmTransition)
    | sessionTypeBit(SessionRecordType::OperatorAction) | sessionTypeBit(SessionRecordType::InterventionEvent)
    | sessionTypeBit(SessionRecordType::Bookmark) | sessionTypeBit(SessionRecordType::Gap);

/// Stable lower-camel name of a type ("rawMessage", "observationBatch", "alarmTransition",
/// "operatorAction", "interventionEvent", "keyframe", "bookmark", "gap"); empty if unknown.
QString sessionRecordTypeKey(SessionRecordType type);

/// \brief Something an operator did, for the audit trail and the shift report.
///
/// Covers alarm acknowledgements, shelving and comments, intervention changes, settings
/// changes. `action` is a stable lower-camel key chosen by the caller ("acknowledge",
/// "shelve", "interventionStatus", "settingsChange"…); `targetKind` + `targetId` name what
/// it applied to ("alarm" + "42", "intervention" + "7", "setting" + "alarms/floodRate").
struct OperatorAction
{
    qint64 atMs = 0;
    QString actor;         ///< Operator's name.
    QString action;
    QString targetKind;
    QString targetId;
    QByteArray detailJson; ///< Compact JSON (object or empty): reason, old and new values…
};

/// \brief A batch of observations as ingest produced them together.
struct ObservationBatch
{
    qint64 atMs = 0;       ///< Caller's choice, typically the receive time of the batch.
    Observations observations;
};

/// \brief The full state at an instant, produced and read back by the caller (opaque here).
struct SessionKeyframeRecord
{
    qint64 atMs = 0;
    QByteArray blob;
};

/// \brief A note placed on the timeline by a reviewer or an operator.
struct SessionBookmark
{
    qint64 atMs = 0;
    QString note;
};

/// \brief Records the recorder had to drop between `fromMs` and `toMs` (receive times of
/// the first and last dropped record), counted per type (index = SessionRecordType value).
struct SessionGap
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    std::array<quint32, kSessionRecordTypeMax + 1> dropped{};
};

/// \brief One decoded record. `value` holds the alternative matching `type`.
struct SessionRecord
{
    using Value = std::variant<RawMessage, ObservationBatch, AlarmTransition, OperatorAction, InterventionEvent,
                               SessionKeyframeRecord, SessionBookmark, SessionGap>;
    SessionRecordType type = SessionRecordType::RawMessage;
    qint64 atMs = 0;
    Value value;

    template<typename T>
    const T *as() const { return std::get_if<T>(&value); }
};

/// \brief Fixed facts written once at the top of a session file.
struct SessionHeader
{
    quint16 formatVersion = 0; ///< Filled by the reader; the writer always writes the current one.
    qint64 createdAtMs = 0;
    QString cityId;            ///< City pack id, e.g. "montpellier".
    QJsonObject metadata;      ///< Free: "operator", "vigieVersion", "exportedFrom"…
};

/// \brief A stretch of a file that could not be read, found when opening or reading it.
///
/// `reason` codes: `missingIndex` (the file was not closed: no footer; bytesLost 0),
/// `badIndex` (a footer exists but is damaged; bytesLost 0), `badHeader` (file header
/// unreadable: metadata lost), `badChunkHeader` (bytes that are not a valid chunk: garbage or
/// a header hit by corruption), `zeroFill` (zero bytes where a chunk should be, typically
/// after a power cut), `badChunkCrc` (a chunk whose payload does not match its CRC, or does
/// not decompress or decode), `truncatedChunk` (the file ends inside a chunk).
struct SessionDamage
{
    qint64 offset = 0;    ///< Byte offset in the file where the damage starts.
    qint64 bytesLost = 0; ///< Bytes skipped from `offset`.
    QString reason;       ///< Stable code (see above).
    QString message;      ///< Sentence for people (translated).
};
using SessionDamages = QVector<SessionDamage>;

/// \brief Where a keyframe sits in a file: its time and record position (chunk ordinal and
/// record ordinal within the chunk). Valid for the SessionReader that returned it.
struct SessionKeyframeRef
{
    qint64 atMs = 0;
    qint32 chunk = -1;
    qint32 record = -1;
    bool isValid() const { return chunk >= 0; }
};

/// \brief A timeline marker: an alarm transition, operator action, intervention event,
/// bookmark or gap, without its full record.
struct SessionMarker
{
    qint64 atMs = 0;
    SessionRecordType type = SessionRecordType::Bookmark;
    QString actor;   ///< Empty for bookmarks and gaps.
    QString action;  ///< AlarmTransition/InterventionEvent/OperatorAction action key; empty otherwise.
    QString subject; ///< "alarm:42", "intervention:7", "<targetKind>:<targetId>"; empty for bookmarks.
    QString text;    ///< Transition text, event text, bookmark note or gap count, at most 120 characters.
};
using SessionMarkers = QVector<SessionMarker>;

/// \brief Records per type in a file (index = SessionRecordType value; index 0 unused).
struct SessionCounts
{
    std::array<qint64, kSessionRecordTypeMax + 1> byType{};
    qint64 chunks = 0;
    qint64 of(SessionRecordType type) const { return byType[std::size_t(type)]; }
    qint64 total() const
    {
        qint64 n = 0;
        for (qint64 c : byType)
            n += c;
        return n;
    }
};

} // namespace vigie

Q_DECLARE_METATYPE(vigie::OperatorAction)
