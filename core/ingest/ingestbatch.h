#pragma once

#include "domain/observation.h"
#include "rawmessage.h"

#include <QMetaType>
#include <QVector>

namespace vigie {

/// \brief Sign of life of an asset: received and observed times of its newest message (UTC ms).
struct AssetSeen
{
    QString assetId;
    qint64 lastSeenMs = 0;
    qint64 lastObservedMs = 0;
};

/// \brief Everything one drain of the inbox produced, written by the store in one transaction.
///
/// Every message is in `messages`; each is either quarantined (one QuarantineEntry, and
/// nothing from it applied) or accepted (its observations, possibly none, are here).
struct IngestBatch
{
    QVector<RawMessage> messages;
    Observations observations;
    QVector<QuarantineEntry> quarantine;
    QVector<AssetSeen> seen; ///< One per asset touched, newest times.

    bool isEmpty() const { return messages.isEmpty(); }
};

/// \brief Ingest counters since the pipeline started, for the status bar and tests.
struct IngestStats
{
    qint64 received = 0;
    qint64 accepted = 0;
    qint64 quarantined = 0;
    qint64 observations = 0;
    double messagesPerSecond = 0; ///< Over the last second.
    qint64 lastMessageAtMs = 0;   ///< UTC ms; 0 = none yet.
    qint64 pending = 0;           ///< Waiting in the inbox at the last drain.
    QString lastQuarantineReason;
};

} // namespace vigie

Q_DECLARE_METATYPE(vigie::IngestBatch)
Q_DECLARE_METATYPE(vigie::IngestStats)
