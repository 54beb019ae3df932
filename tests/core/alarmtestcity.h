#pragma once

#include "alarms/alarmtypes.h"
#include "domain/assetdirectory.h"

#include <memory>

namespace vigie {

/// `n` street lights `urn:ngsi-ld:Streetlight:test:<i>`, no position, default policy:
/// the city the alarm engine and grouper tests raise alarms in.
inline AssetDirectoryPtr testLights(int n)
{
    QVector<AssetRecord> assets;
    assets.reserve(n);
    for (int i = 0; i < n; ++i) {
        AssetRecord r;
        r.id = QStringLiteral("urn:ngsi-ld:Streetlight:test:%1").arg(i);
        r.kind = AssetKind::Streetlight;
        assets << r;
    }
    return std::make_shared<AssetDirectory>(assets);
}

/// The "light.fault" state-code rule with `id` and `priority`.
inline AlarmRule testLightFaultRule(qint64 id, AlarmPriority priority)
{
    AlarmRule r;
    r.id = id;
    r.key = QStringLiteral("light.fault");
    r.kind = AlarmRuleKind::StateCode;
    r.priority = priority;
    return r;
}

} // namespace vigie
