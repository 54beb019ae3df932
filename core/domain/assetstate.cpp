#include "assetstate.h"

#include "quantity.h"

#include <QStringList>

#include <cmath>

namespace vigie {

namespace {

// Smart Data Models enums: dataModel.Streetlighting/Streetlight/schema.json and
// dataModel.WasteManagement/WasteContainer/schema.json.
const QStringList &streetlightStatus()
{
    static const QStringList v{QStringLiteral("ok"), QStringLiteral("defectiveLamp"),
                               QStringLiteral("columnIssue"), QStringLiteral("brokenLantern")};
    return v;
}
const QStringList &streetlightPowerState()
{
    static const QStringList v{QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("low"),
                               QStringLiteral("bootingUp")};
    return v;
}
const QStringList &containerStatus()
{
    static const QStringList v{QStringLiteral("ok"),     QStringLiteral("lidOpen"),
                               QStringLiteral("dropped"), QStringLiteral("moved"),
                               QStringLiteral("vandalized"), QStringLiteral("burning"),
                               QStringLiteral("unknown")};
    return v;
}

const QStringList *enumOf(AssetKind kind, const QString &quantity)
{
    if (quantity == quantity::status)
        return kind == AssetKind::Streetlight ? &streetlightStatus() : &containerStatus();
    if (quantity == quantity::powerState && kind == AssetKind::Streetlight)
        return &streetlightPowerState();
    return nullptr;
}

bool newer(qint64 candidateMs, qint64 heldMs) { return candidateMs >= heldMs; }

} // namespace

bool AssetState::apply(const Observation &o)
{
    bool changed = false;
    if (o.receivedAtMs > lastSeenMs) {
        lastSeenMs = o.receivedAtMs;
        changed = true;
    }
    if (o.observedAtMs > lastObservedMs) {
        lastObservedMs = o.observedAtMs;
        changed = true;
    }
    if (!o.isValid())
        return applyInvalid(o) || changed;
    if (o.quantity == quantity::fillingLevel && newer(o.observedAtMs, fillingLevelAtMs)) {
        changed |= (staleMask & FillingLevelStale) != 0;
        staleMask &= ~FillingLevelStale;
        changed |= !(fillingLevel == o.number);
        fillingLevel = o.number;
        fillingLevelAtMs = o.observedAtMs;
    } else if (o.quantity == quantity::status && newer(o.observedAtMs, statusAtMs)) {
        changed |= (staleMask & StatusStale) != 0;
        staleMask &= ~StatusStale;
        changed |= status != o.text;
        status = o.text;
        statusAtMs = o.observedAtMs;
    } else if (o.quantity == quantity::powerState && newer(o.observedAtMs, powerStateAtMs)) {
        changed |= (staleMask & PowerStateStale) != 0;
        staleMask &= ~PowerStateStale;
        changed |= powerState != o.text;
        powerState = o.text;
        powerStateAtMs = o.observedAtMs;
    }
    return changed;
}

bool AssetState::applyInvalid(const Observation &o)
{
    quint8 bit = 0;
    qint64 heldAtMs = 0;
    if (o.quantity == quantity::fillingLevel) {
        bit = FillingLevelStale;
        heldAtMs = fillingLevelAtMs;
    } else if (o.quantity == quantity::status) {
        bit = StatusStale;
        heldAtMs = statusAtMs;
    } else if (o.quantity == quantity::powerState) {
        bit = PowerStateStale;
        heldAtMs = powerStateAtMs;
    }
    if (!bit || !newer(o.observedAtMs, heldAtMs) || o.observedAtMs < lastInvalidMs)
        return false;
    const bool changed = !(staleMask & bit) || lastInvalidMs != o.observedAtMs;
    staleMask |= bit;
    lastInvalidMs = o.observedAtMs;
    return changed;
}

bool isFaultStatus(AssetKind kind, const QString &status)
{
    if (status.isEmpty() || status == QLatin1String("ok"))
        return false;
    if (kind == AssetKind::WasteContainer && status == QLatin1String("unknown"))
        return false;
    return true;
}

bool isKnownEnumValue(AssetKind kind, const QString &quantity, const QString &value)
{
    const QStringList *values = enumOf(kind, quantity);
    return !values || values->contains(value);
}

QString enumValues(AssetKind kind, const QString &quantity)
{
    const QStringList *values = enumOf(kind, quantity);
    return values ? values->join(QLatin1String(", ")) : QString();
}

AssetCondition assetCondition(AssetKind kind, const AssetState &state, qint64 nowMs,
                              const ConditionPolicy &policy)
{
    if (!state.hasData())
        return AssetCondition::NoData;
    if (nowMs - state.lastSeenMs > policy.silentAfterMs)
        return AssetCondition::Silent;
    if (isFaultStatus(kind, state.status))
        return AssetCondition::Fault;

    if (kind == AssetKind::Streetlight) {
        if (state.powerState == QLatin1String("off"))
            return AssetCondition::LightOff;
        if (!state.powerState.isEmpty())
            return AssetCondition::LightOn;
        return AssetCondition::Normal;
    }
    if (!std::isnan(state.fillingLevel)) {
        if (state.fillingLevel >= policy.fullFill)
            return AssetCondition::Full;
        if (state.fillingLevel >= policy.highFill)
            return AssetCondition::High;
    }
    return AssetCondition::Normal;
}

QVector<AssetCondition> assetConditions(AssetKind kind)
{
    if (kind == AssetKind::Streetlight)
        return {AssetCondition::LightOn, AssetCondition::LightOff, AssetCondition::Normal,
                AssetCondition::Fault, AssetCondition::Silent, AssetCondition::NoData};
    return {AssetCondition::Normal, AssetCondition::High, AssetCondition::Full,
            AssetCondition::Fault, AssetCondition::Silent, AssetCondition::NoData};
}

} // namespace vigie
