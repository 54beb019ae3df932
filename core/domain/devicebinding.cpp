#include "devicebinding.h"

#include <cctype>
#include <cmath>

namespace vigie {

QString normalizeDeviceId(QStringView id)
{
    const QStringView trimmed = id.trimmed();
    QString hex;
    hex.reserve(16);
    for (QChar c : trimmed) {
        if (c == QLatin1Char('-') || c == QLatin1Char(':') || c == QLatin1Char(' '))
            continue;
        if (!isxdigit(c.unicode() < 128 ? c.toLatin1() : 'x'))
            return trimmed.toString();
        hex += c.toLower();
    }
    return hex.size() == 16 ? hex : trimmed.toString();
}

Status validateBinding(const DeviceBinding &binding)
{
    const auto invalid = [&binding](const QString &what) {
        return Error{QStringLiteral("invalidBinding"),
                     QStringLiteral("binding of device \"%1\": %2").arg(elide(binding.deviceId, 80), what)};
    };
    if (binding.deviceId.trimmed().isEmpty())
        return invalid(QStringLiteral("the device id is empty"));
    if (binding.assetId.trimmed().isEmpty())
        return invalid(QStringLiteral("the asset id is empty"));
    if (!std::isnan(binding.containerDepthM) && !(binding.containerDepthM > 0 && binding.containerDepthM <= 10))
        return invalid(QStringLiteral("container depth %1 m is not between 0 and 10 m").arg(binding.containerDepthM));
    return {};
}

DeviceBindings::DeviceBindings(const QVector<DeviceBinding> &bindings)
{
    for (const DeviceBinding &b : bindings)
        insert(b);
}

void DeviceBindings::insert(const DeviceBinding &binding)
{
    const QString key = normalizeDeviceId(binding.deviceId);
    auto it = m_byDevice.constFind(key);
    if (it != m_byDevice.constEnd() && it->origin == DeviceBinding::Origin::Operator
        && binding.origin == DeviceBinding::Origin::CityPack)
        return;
    DeviceBinding held = binding;
    held.deviceId = key;
    m_byDevice.insert(key, held);
}

const DeviceBinding *DeviceBindings::find(const QString &deviceId) const
{
    auto it = m_byDevice.constFind(deviceId);
    return it == m_byDevice.constEnd() ? nullptr : &it.value();
}

} // namespace vigie
