#pragma once

#include <QStringList>

namespace vigie {

/// \brief `vigie --headless --open311 PORT [--city C] [--db FILE] [--open311-bind ADDR]
/// [--open311-key KEY…]`: a city's Open311 server without a window.
///
/// Opens (and migrates) the city store, matches reports against the assets imported there
/// by an earlier GUI run (none if the city was never opened: reports are then stored
/// unmatched), registers the given API keys, purges reporter contacts past retention, and
/// serves until SIGINT/SIGTERM. Needs a QCoreApplication; returns the exit code (0 after
/// a signal, 1 when the city or the port cannot be opened, 2 for a bad option). Errors go
/// to stderr.
int runHeadlessOpen311(const QStringList &arguments);

} // namespace vigie
