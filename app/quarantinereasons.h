#pragma once

#include <QString>

namespace vigie {

/// The operator-facing name of a quarantine reason code (docs/ingest.md, "Reason codes"),
/// translated; an unknown code is returned as is, so a code added to core without a label
/// still shows. GUI thread (uses tr()).
QString quarantineReasonLabel(const QString &code);

} // namespace vigie
