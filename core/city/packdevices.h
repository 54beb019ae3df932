#pragma once

#include "citypack.h"
#include "domain/devicebinding.h"

namespace vigie {

/// \brief Reads the pack's device list (CityPack::devicesFile), a CSV in UTF-8 with a
/// header row: `deviceId,layer,ref,containerDepthM,installedAt`.
///
/// `layer` is the id of an asset layer of the pack and `ref` the inventory id of the asset
/// in it (the layer's idField), so the asset is assetUrn(layer kind, pack id, ref).
/// `containerDepthM` (metres) and `installedAt` (ISO 8601 date-time) may be empty. Comma
/// separated, no quoting (none of the fields needs it). An empty list when the pack has no
/// devices file. Any thread.
/// Errors: `devicesInvalid` naming the file, line and column; `devicesUnreadable`.
Result<QVector<DeviceBinding>> readPackDevices(const CityPack &pack);

} // namespace vigie
