#pragma once

#include "domain/result.h"
#include "interventiontypes.h"

#include <QVector>

/// \file
/// \brief The legal status moves of an intervention: the reference table.
///
/// | from      | to                                                        |
/// |-----------|-----------------------------------------------------------|
/// | new       | assigned, cancelled, blocked                              |
/// | assigned  | accepted, enRoute, new (unassign), cancelled, blocked     |
/// | accepted  | enRoute, onSite, new (the crew declined), cancelled, blocked |
/// | enRoute   | onSite, cancelled, blocked                                |
/// | onSite    | done, blocked, cancelled                                  |
/// | blocked   | new, assigned, accepted, enRoute, onSite, cancelled       |
/// | done      | reopened                                                  |
/// | cancelled | reopened                                                  |
/// | reopened  | assigned, cancelled, blocked                              |
///
/// Staying in the same status is not a move (illegal). Moving to blocked needs a reason.
/// A reassignment (another crew while assigned or accepted) is not a status move: see
/// InterventionChange::Action::Assign. Pure functions, any thread.

namespace vigie {

/// \brief Whether `from` → `to` is a legal move, `reason` being the text given with it.
/// Errors: `illegalTransition` (the message names both statuses by their keys),
/// `reasonRequired` (to blocked with an empty or blank reason).
Status checkTransition(InterventionStatus from, InterventionStatus to, const QString &reason);

/// The statuses legal from `from`, in enum order.
QVector<InterventionStatus> nextStatuses(InterventionStatus from);

} // namespace vigie
