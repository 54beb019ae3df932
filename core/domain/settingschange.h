#pragma once

#include <QJsonObject>

/// \file
/// \brief What an edit of settings changed, for the audit trail: a session's
/// "settingsChange" operator action (docs/recording.md).

namespace vigie {

/// The fields of `after` whose value differs from `before`, as {"<field>": {"from": …,
/// "to": …}}; a field only one side has is reported with null on the other. Nested objects
/// are compared field by field under dotted names ("cableCut.minLamps"); arrays as whole
/// values. Empty when nothing changed. The caller leaves secrets out of both objects.
/// Pure; any thread.
QJsonObject settingsChange(const QJsonObject &before, const QJsonObject &after);

} // namespace vigie
