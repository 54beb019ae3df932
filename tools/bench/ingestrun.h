#pragma once

#include "city/citypack.h"
#include "domain/result.h"
#include "ingest/mqttsource.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace vigie::bench {

/// \brief What one ingest measurement needs.
struct IngestRunOptions
{
    CityPack pack;
    QString storePath;        ///< Empty: a fresh store in a temporary folder, removed at the end.
    MqttSettings mqtt;        ///< Persistent session (clean session off, stable client id).
    qint64 count = 0;         ///< Messages to wait for, committed.
    int timeoutSeconds = 600; ///< For the whole wait, connection included.
};

/// \brief The figures of one run; times are seconds, sizes bytes, memory KiB.
struct IngestFigures
{
    QString city;
    qint64 messages = 0;        ///< Committed by this run (checked against Store::counts()).
    qint64 accepted = 0;
    qint64 quarantined = 0;
    qint64 observations = 0;
    double seconds = 0;         ///< First message received → last commit reported (durable).
    double decodedSeconds = 0;  ///< First message received → the pipeline had applied `messages`
                                ///< to the live state (IngestStats::appliedAtMs).
    double wallSeconds = 0;     ///< IngestService::start() → last commit (connection included).
    qint64 commits = 0;         ///< Transactions (committed signals).
    qint64 drains = 0;          ///< Batches the pipeline took from the inbox (IngestStats::drains).
    double loadSeconds = 0;     ///< loadCity(): import of the pack into the fresh store.
    qint64 cityBytes = 0;       ///< Store size after loadCity(), before any message.
    qint64 storeBytes = 0;      ///< Store size after the service stopped (WAL checkpointed).
    qint64 writtenBytes = 0;    ///< Written by the process while ingesting (/proc/self/io wchar):
                                ///< WAL, checkpoints, and a few bytes of MQTT acknowledgements.
    qint64 rssAfterLoadKiB = 0; ///< VmRSS once the city is loaded.
    qint64 peakRssKiB = 0;      ///< VmHWM; reset after loadCity() when the kernel allows it.
    bool peakRssReset = false;  ///< False: peakRssKiB includes the city import.
    /// CPU seconds by thread name (vigie-store, vigie-ingest, vigie-mqtt, the main thread…)
    /// from IngestService::start() to the last commit: robust to other load, unlike rates.
    QHash<QString, double> cpuSeconds;
    // The main thread, as in the app: a CityMap applies every StateDelta, and a 10 ms timer
    // measures how late the event loop serves it, from start() to the last commit.
    double maxStallMs = 0;      ///< Longest lateness of the 10 ms timer (gap − 10 ms).
    qint64 timerTicks = 0;      ///< Ticks of that timer.
    qint64 deltas = 0;          ///< StateDeltas applied by the CityMap.
    double slotMs = 0;          ///< Total time in the stateChanged/statsChanged slots.
    double maxSlotMs = 0;       ///< Longest single slot call.

    double messagesPerSecond() const { return seconds > 0 ? double(messages) / seconds : 0; }
    double decodedPerSecond() const { return decodedSeconds > 0 ? double(messages) / decodedSeconds : 0; }
    /// One line of compact JSON with every figure.
    QByteArray toJson() const;
};

/// Connects with `settings`, subscribes, and disconnects, so that the broker keeps a
/// persistent session for the client id and queues what is published from then on. Fails
/// if the session already held messages (they would have been acknowledged and lost).
/// Errors: `brokerUnreachable` (timeout), `brokerRefused`, `sessionNotEmpty`.
Status registerSession(const MqttSettings &settings, int timeoutSeconds);

/// Where to look for a pack given by name: `citiesDir` if not empty, then the source tree's.
QStringList citySearchPaths(const QString &citiesDir);

/// Loads the city into the store, runs IngestService with an MqttSource until `count`
/// messages are committed, stops it, and checks the store holds exactly `count` more
/// messages than before. Runs an event loop; call on the main thread of a QGuiApplication
/// (the CityMap needs fonts; the offscreen platform will do).
/// Errors: those of loadCity and Store, `brokerRefused`, `storeFailed`,
/// `timeout`, `countMismatch`.
Result<IngestFigures> runIngest(const IngestRunOptions &options);

} // namespace vigie::bench
