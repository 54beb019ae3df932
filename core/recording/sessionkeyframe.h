#pragma once

#include "alarms/alarmservice.h"
#include "crews/crew.h"
#include "domain/assetstate.h"
#include "domain/result.h"
#include "interventions/interventiontypes.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

/// \file
/// \brief The application state at an instant: the content of a session's Keyframe records
/// (docs/recording.md, "Keyframes").

namespace vigie {

/// \brief The state a session replay restores before replaying the records that follow.
///
/// Holds the latest value of each asset (the ingest pipeline's states, parallel to the
/// city's AssetDirectory: LiveState is rebuilt from them), the alarm engine's state (every
/// non-normal alarm with its ISA-18.2 state, shelving, suppression, group, the rules in
/// force, the id sequence and the rule evaluator's memory), interventions (full snapshots,
/// open and recently closed) and crews' last fixes. Times are UTC ms; positions EPSG:4326 degrees.
///
/// encode()/decode() are versioned (magic "VKF", u16 version, little-endian). decode()
/// rejects truncated, oversized or inconsistent input with an Error (`badKeyframe`,
/// `unsupportedKeyframe`), never crashes, never allocates more than the input justifies.
/// Plain value; any thread.
struct SessionKeyframe
{
    /// 3: the rule evaluator's memory (AlarmSnapshot::evaluatorState) at the end.
    /// 2: compact asset states (field mask, time differences, text table). 1 and 2 still read.
    static constexpr quint16 kVersion = 3;

    qint64 atMs = 0;               ///< The instant the state is of.
    QString cityId;                ///< City pack id the indexes refer to.
    qint32 assetCount = 0;         ///< AssetDirectory size when taken: states.size().
    QVector<AssetState> states;    ///< Parallel to the directory (assets never heard of included).
    qint64 lastMessageId = 0;      ///< Highest message id the live store had given.
    AlarmSnapshot alarms;
    QVector<Intervention> interventions;
    CrewFixes crewFixes;           ///< Latest fix of each crew.

    QByteArray encode() const;
    /// Errors: `badKeyframe` (truncated, trailing bytes, counts beyond the input, bad enum
    /// values), `unsupportedKeyframe` (newer version).
    static Result<SessionKeyframe> decode(const QByteArray &bytes);
};

/// An intervention snapshot as keyframes hold it; InterventionEvent records end with one
/// (InterventionEvent::after) since session format 2 of that record. Any thread.
QByteArray encodeInterventionSnapshot(const Intervention &intervention);
/// Reads what encodeInterventionSnapshot() wrote, all of `bytes`; nullopt when damaged.
std::optional<Intervention> decodeInterventionSnapshot(QByteArrayView bytes);

} // namespace vigie
