#pragma once

#include "domain/result.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace vigie {

/// \brief What the command line asks of Vigie. Empty fields mean "use the saved settings".
struct AppOptions
{
    QString city;              ///< Pack id or folder.
    QString database;          ///< SQLite file; default Store::defaultPath(city).
    QString language;          ///< "fr" or "en"; default from the system locale.
    QString brokerHost;
    int brokerPort = 0;
    QString clientId;
    QStringList topics;
    bool offline = false;      ///< Do not connect to the broker.
    bool resetLayout = false;
    QString screenshot;        ///< Write the window to this PNG after `screenshotAfter` seconds, then quit.
    double screenshotAfter = 5;

    /// Parses `arguments` (argv). `--help`/`--version` are handled by QCommandLineParser
    /// (it exits). Errors: `badOption` with a sentence for the terminal.
    static Result<AppOptions> parse(const QStringList &arguments);
};

/// "fr" when the system locale is French, else "en".
QString systemLanguage();

/// Folders where city packs are looked for: next to the installed binary
/// (../share/vigie/cities), then the source tree's resources/cities.
QStringList citySearchPaths();

} // namespace vigie
