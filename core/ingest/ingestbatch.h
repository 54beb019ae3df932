#pragma once

#include "crews/crew.h"
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
    quint8 staleMask = 0;      ///< AssetState::staleMask after this batch.
    qint64 lastInvalidMs = 0;
};

/// \brief Readings of one device whose time was implausible, within one batch.
/// Skew = device time − received time, in ms (positive: the device is ahead).
struct ClockSkewSample
{
    QString deviceId;          ///< Device id, or the asset id for devices that are entities.
    qint64 lastSkewMs = 0;
    qint64 maxSkewMs = 0;      ///< Largest absolute skew of the batch, with its sign.
    qint64 flagged = 0;        ///< Readings flagged ClockSkewed.
    qint64 atMs = 0;           ///< Received time of the last one.
};

/// \brief Everything one drain of the inbox produced, written by the store in one transaction.
///
/// Every message is in `messages`; each is either quarantined (one QuarantineEntry, and
/// nothing from it applied) or accepted (its observations, possibly none, are here; a crew
/// vehicle's tracker gives a CrewFix instead, when it had a position).
/// A reprocessing batch holds messages already in the log, read again after the operator
/// fixed a binding or a mapping: they are not logged again, and each one's quarantine row
/// is replaced by its new outcome.
struct IngestBatch
{
    QVector<RawMessage> messages;
    Observations observations;
    QVector<QuarantineEntry> quarantine;
    QVector<AssetSeen> seen; ///< One per asset touched, newest times.
    QVector<ClockSkewSample> clocks;
    CrewFixes crewFixes;     ///< Positions from crew trackers (IngestPipeline::setTrackers), table `crew_fix`.
    bool reprocess = false;

    bool isEmpty() const { return messages.isEmpty(); }
};

} // namespace vigie

// Only implicitly shared and plain members: containers may move them with memcpy.
Q_DECLARE_TYPEINFO(vigie::AssetSeen, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(vigie::ClockSkewSample, Q_RELOCATABLE_TYPE);

namespace vigie {

/// \brief Ingest counters since the pipeline started, for the status bar and tests.
struct IngestStats
{
    qint64 received = 0;
    qint64 accepted = 0;
    qint64 quarantined = 0;
    qint64 observations = 0;
    qint64 duplicates = 0;        ///< Accepted messages already seen (QoS 1 redelivery, retained copy): nothing applied.
    qint64 invalidReadings = 0;   ///< Observations flagged InvalidReading.
    qint64 clockSkewed = 0;       ///< Observations flagged ClockSkewed.
    qint64 reprocessed = 0;       ///< Quarantined messages read again and now accepted.
    qint64 crewFixes = 0;         ///< Positions of crew vehicles taken from their trackers.
    qint64 citizenReports = 0;    ///< Citizen-report entities read (IngestPipeline::reportsReceived).
    double messagesPerSecond = 0; ///< Over the last second.
    qint64 lastMessageAtMs = 0;   ///< UTC ms; 0 = none yet.
    /// Wall clock (UTC ms) when the pipeline finished applying the latest drain, i.e. when
    /// `received` messages had been decoded and folded into the live state; 0 = none yet.
    /// Read once per drain, not per message (benchmarks time ingest with it).
    qint64 appliedAtMs = 0;
    qint64 pending = 0;           ///< Waiting in the inbox at the last drain.
    qint64 drains = 0;            ///< Batches taken from the inbox (received ÷ drains: the mean batch).
    QString lastQuarantineReason;
};

} // namespace vigie

Q_DECLARE_METATYPE(vigie::IngestBatch)
Q_DECLARE_METATYPE(vigie::IngestStats)
