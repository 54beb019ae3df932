#pragma once

#include "assetkind.h"
#include "observation.h"

#include <QMetaType>
#include <QString>
#include <QVector>

#include <limits>

namespace vigie {

/// \brief The latest known value of each displayed quantity of one asset.
///
/// An observation older than the value held for its quantity does not replace it
/// (out-of-order delivery), but still counts as a sign of life (`lastSeenMs`). An invalid
/// reading (ObservationFlag::InvalidReading) newer than the value held leaves the value in
/// place and marks it stale, until a newer valid reading arrives.
/// Times are UTC milliseconds; 0 means never.
struct AssetState
{
    double fillingLevel = std::numeric_limits<double>::quiet_NaN(); ///< ratio 0–1
    qint64 fillingLevelAtMs = 0;
    QString status;
    qint64 statusAtMs = 0;
    QString powerState;
    qint64 powerStateAtMs = 0;
    qint64 lastSeenMs = 0;     ///< Received time of the newest accepted message.
    qint64 lastObservedMs = 0; ///< Newest observed time of any quantity.
    /// Quantities whose newest reading was invalid: their value above is the last valid one.
    /// Bits: 1 fillingLevel, 2 status, 4 powerState.
    quint8 staleMask = 0;
    qint64 lastInvalidMs = 0;  ///< Observed time of the newest invalid reading; 0 = none.

    /// Applies `o` if it is not older than what is held. Returns true if the state changed.
    bool apply(const Observation &o);
    bool hasData() const { return lastSeenMs > 0 || lastObservedMs > 0; }
    bool isStale() const { return staleMask != 0; }

    enum StaleBit : quint8 { FillingLevelStale = 1, StatusStale = 2, PowerStateStale = 4 };

private:
    bool applyInvalid(const Observation &o);
};

/// \brief What an asset looks like on the map and in the legend, derived from its state.
///
/// Ordered by display priority: lower values are drawn on top.
enum class AssetCondition : quint8 {
    Fault,    ///< status says the equipment is broken (lamp) or unsafe (container)
    Full,     ///< fillingLevel ≥ ConditionPolicy::fullFill
    High,     ///< fillingLevel ≥ ConditionPolicy::highFill
    Silent,   ///< no message for longer than ConditionPolicy::silentAfterMs
    LightOn,  ///< lamp ok and powerState on, low or bootingUp
    LightOff, ///< lamp ok and powerState off
    Normal,   ///< ok, below thresholds, or ok without a power state
    NoData,   ///< never heard of since the city was loaded
};
inline constexpr int kAssetConditionCount = 8;

/// \brief Thresholds that turn a state into a condition. Per asset layer, from the city pack.
struct ConditionPolicy
{
    double highFill = 0.75;           ///< ratio 0–1
    double fullFill = 0.9;            ///< ratio 0–1
    qint64 silentAfterMs = 30 * 60 * 1000;
};

/// The condition of an asset of `kind` in `state` at `nowMs` (UTC ms). Pure; any thread.
/// Silence wins over the last reported values: an asset not heard of is not known to be fine.
AssetCondition assetCondition(AssetKind kind, const AssetState &state, qint64 nowMs,
                              const ConditionPolicy &policy);

/// The conditions an asset of `kind` can take, in legend order.
QVector<AssetCondition> assetConditions(AssetKind kind);

/// Status values from the Smart Data Models enums that mean "not in service".
bool isFaultStatus(AssetKind kind, const QString &status);

/// Whether `value` is in the Smart Data Models enum of `quantity` for `kind`
/// (status, powerState). Quantities without an enum accept anything.
bool isKnownEnumValue(AssetKind kind, const QString &quantity, const QString &value);
/// The enum of `quantity` for `kind`, comma separated, for error messages.
QString enumValues(AssetKind kind, const QString &quantity);

/// \brief Latest states that changed since the last delta, keyed by asset index.
struct StateDelta
{
    QVector<qint32> assetIndexes;
    QVector<AssetState> states; ///< Parallel to assetIndexes.
    bool isEmpty() const { return assetIndexes.isEmpty(); }
};

} // namespace vigie

Q_DECLARE_METATYPE(vigie::AssetState)
Q_DECLARE_METATYPE(vigie::StateDelta)
