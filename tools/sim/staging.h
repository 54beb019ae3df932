#pragma once

#include "cityassets.h"
#include "domain/result.h"

#include <QString>
#include <QVector>

namespace vigie::sim {

/// \brief A mass failure staged on purpose (--stage), to exercise alarm flood handling.
///
/// What a power loss looks like on a FIWARE lighting platform: the lamp controllers (TALQ
/// or LoRaWAN/NB-IoT nodes in each lantern) are fed by the lighting circuit itself, so when
/// a feeder or a control cabinet loses the mains every controller behind it dies with its
/// lamp. Controllers with a "last gasp" capacitor send one final report, `powerState: off`,
/// and then nothing until the power comes back. So a staged power loss sends that last
/// report and then silences the lamps; Vigie sees communication loss (and, at night, lamps
/// off in the dark), never `status: defectiveLamp`, which would claim the lamps themselves
/// are broken and send crews to replace them. When power returns, each lamp reports again
/// with what its photocell says.
struct StagedFailure
{
    enum class Kind : quint8 {
        PowerLoss,      ///< "power-loss": the lamps of a district (or of a cabinet) lose the mains.
        CabinetFailure, ///< "cabinet-failure": one control cabinet fails (same effect, cabinet=ID only).
    };
    Kind kind = Kind::PowerLoss;
    QString selector;       ///< "district" or "cabinet".
    QString value;          ///< District label or id; cabinet id.
    double atS = 0;         ///< Wall-clock seconds after the simulator starts.
    double durationS = 0;   ///< Wall-clock seconds; 0 = until the end of the run.
};

/// Parses `<kind>:<selector>=<value>@<seconds>[+<duration>]`, e.g.
/// `power-loss:district=CROIX D'ARGENT@60+600` or `cabinet-failure:cabinet=AR-12@30`.
/// Errors: `usage` with a sentence naming what is wrong.
Result<StagedFailure> parseStage(const QString &spec);

/// The street lights the failure affects (simulator asset indexes). A district is matched
/// by label or by id, case-insensitively, in the pack's first districts layer.
/// Errors: `usage` naming the unknown district or cabinet (and the known ones).
Result<QVector<int>> stagedAssets(const StagedFailure &failure, const CityAssets &city);

} // namespace vigie::sim
