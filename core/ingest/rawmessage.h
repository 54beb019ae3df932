#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace vigie {

/// \brief A message exactly as a source delivered it, before any decoding.
///
/// Owned copy: libmosquitto frees its buffers when the callback returns. Times are UTC
/// milliseconds. `id` is assigned by the ingest pipeline, in arrival order, and becomes
/// message.id in the store.
struct RawMessage
{
    QByteArray topic;
    QByteArray payload;
    qint64 receivedAtMs = 0;
    qint64 id = 0;
    quint8 qos = 0;
    bool retain = false;

    /// Bytes of topic and payload: what the message costs in memory, for the byte budgets
    /// of MessageInbox and IngestPipeline (the fixed overhead is left out).
    qint64 sizeBytes() const { return qint64(topic.size()) + qint64(payload.size()); }
};

/// \brief Why a message was not accepted. Stored with the message in the quarantine table.
struct QuarantineEntry
{
    qint64 messageId = 0;
    QString reasonCode; ///< Stable machine code, see docs/ingest.md.
    QString reason;     ///< English sentence naming the offending field.
    qint64 receivedAtMs = 0;
    QString deviceId;   ///< Device or entity id the payload named, if decoding got that far.
};

} // namespace vigie

// Only implicitly shared and plain members: containers may move them with memcpy.
Q_DECLARE_TYPEINFO(vigie::RawMessage, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(vigie::QuarantineEntry, Q_RELOCATABLE_TYPE);

Q_DECLARE_METATYPE(vigie::RawMessage)
