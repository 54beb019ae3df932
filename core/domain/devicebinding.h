#pragma once

#include "result.h"

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <limits>
#include <memory>

namespace vigie {

/// \brief Ties a network device (LoRaWAN DevEUI, or any id a mapping calls a device id)
/// to the city asset it measures.
///
/// A device reporting a distance (ultrasonic bin-fill sensor) needs the depth of its
/// container to give a fillingLevel: fillingLevel = (depth − distance) / depth.
struct DeviceBinding
{
    enum class Origin { CityPack, Operator };

    QString deviceId;          ///< normalizeDeviceId() form.
    QString assetId;           ///< Asset URN (AssetDirectory).
    double containerDepthM = std::numeric_limits<double>::quiet_NaN(); ///< metres, sensor to bottom; NaN = unknown.
    qint64 installedAtMs = 0;  ///< UTC ms; readings observed before are flagged. 0 = unknown.
    Origin origin = Origin::Operator;
    qint64 updatedAtMs = 0;    ///< UTC ms of the last change.

    bool hasDepth() const { return containerDepthM > 0; }
};

/// \brief A device id in the form bindings are keyed by: a 64-bit EUI (with or without
/// '-', ':' or spaces, any case) becomes 16 lower-case hex digits; anything else is kept
/// as given, trimmed. Any thread.
QString normalizeDeviceId(QStringView id);

/// \brief Checks a binding an operator or a city pack gives.
/// Errors: `invalidBinding` naming the field (empty device or asset, depth ≤ 0 or > 10 m).
Status validateBinding(const DeviceBinding &binding);

/// \brief Every binding in force, by device id. Operator bindings override city-pack ones.
/// A value type: the ingest thread keeps its own copy.
class DeviceBindings
{
public:
    DeviceBindings() = default;
    explicit DeviceBindings(const QVector<DeviceBinding> &bindings);

    /// Adds `binding`, or replaces the one of its device, unless that one is the operator's
    /// and `binding` comes from the city pack.
    void insert(const DeviceBinding &binding);
    const DeviceBinding *find(const QString &deviceId) const;
    int size() const { return int(m_byDevice.size()); }

private:
    QHash<QString, DeviceBinding> m_byDevice;
};

} // namespace vigie

Q_DECLARE_METATYPE(vigie::DeviceBinding)
