#pragma once
// Hand-made alarms and a small city for the alarm list, dock and map-mark tests.

#include "alarms/alarmservice.h"
#include "alarms/alarmtypes.h"
#include "domain/assetdirectory.h"

namespace vigie::test {

/// `count` assets: even indexes street lights, odd ones waste containers; labels "Asset <i>",
/// addresses "<i> rue de la Loge"; districts alternate "Hôpitaux-Facultés" and "Centre"
/// (every tenth one has none).
inline AssetDirectoryPtr alarmCity(int count, AssetGroupTable *groups)
{
    QVector<AssetRecord> records;
    groups->clear();
    for (int i = 0; i < count; ++i) {
        AssetRecord r;
        r.kind = i % 2 == 0 ? AssetKind::Streetlight : AssetKind::WasteContainer;
        r.ref = QString::number(i);
        r.id = assetUrn(r.kind, QStringLiteral("test"), r.ref);
        r.label = QStringLiteral("Asset %1").arg(i);
        r.address = QStringLiteral("%1 rue de la Loge").arg(i);
        records << r;
        AssetGroupKeys k;
        if (i % 10 != 9)
            k.district = i % 2 == 0 ? QStringLiteral("Hôpitaux-Facultés") : QStringLiteral("Centre");
        k.street = QStringLiteral("Rue de la Loge");
        *groups << k;
    }
    return std::make_shared<const AssetDirectory>(records);
}

inline Alarm alarm(qint64 id, qint32 asset, AlarmPriority priority, AlarmState state, qint64 lastActiveMs,
                   AlarmRuleKind kind = AlarmRuleKind::Threshold)
{
    Alarm a;
    a.id = id;
    a.assetIndex = asset;
    a.assetId = QStringLiteral("urn:test:%1").arg(asset);
    a.ruleId = 1;
    a.kind = kind;
    a.priority = priority;
    a.state = state;
    a.conditionActive = state != AlarmState::ReturnedUnacknowledged;
    a.firstActiveMs = lastActiveMs;
    a.lastActiveMs = lastActiveMs;
    a.lastChangeMs = lastActiveMs;
    a.count = 1;
    a.detail = QStringLiteral("fillingLevel 0.86 ≥ 0.80");
    return a;
}

inline Alarm groupParent(qint64 id, const QString &key, int children, AlarmPriority priority, qint64 atMs)
{
    Alarm a = alarm(id, -1, priority, AlarmState::Unacknowledged, atMs, AlarmRuleKind::Group);
    a.assetId = key;
    a.ruleId = 0;
    a.childCount = children;
    a.detail.clear();
    return a;
}

/// A group parent `id` over children id+1, id+2… on `assets`, medium priority, in `states`.
inline QVector<Alarm> group(qint64 id, const QString &key, const QVector<qint32> &assets,
                            const QVector<AlarmState> &states, qint64 atMs)
{
    QVector<Alarm> out{groupParent(id, key, int(assets.size()), AlarmPriority::High, atMs)};
    for (int k = 0; k < assets.size(); ++k) {
        Alarm c = alarm(id + 1 + k, assets.at(k), AlarmPriority::Medium, states.value(k, AlarmState::Unacknowledged), atMs);
        c.parentId = id;
        out << c;
    }
    return out;
}

inline AlarmDelta delta(QVector<Alarm> alarms)
{
    AlarmDelta d;
    d.alarms = std::move(alarms);
    return d;
}

} // namespace vigie::test
