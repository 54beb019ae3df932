#pragma once

#include "domain/result.h"
#include "ingest/mqttsource.h"

#include <QString>
#include <QStringList>
#include <QVector>

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
    /// `--topic FILTER[=FORMAT[:MAPPING|CODEC]]`, in order. The QoS is left at its default:
    /// appsettings::broker() applies the saved one. A `json` mapping path is made absolute
    /// against the current folder.
    QVector<MqttSubscription> topics;
    bool offline = false;      ///< Do not connect to the broker.
    /// `--review FILE`: open this session file read-only instead of a live city (absolute
    /// path). Implies `offline`; excludes --broker, --topic and --client-id. The session
    /// names its city; `city`, if given, is where to find that pack (a folder).
    QString review;
    bool resetLayout = false;
    QString screenshot;        ///< Write the window to this PNG after `screenshotAfter` seconds, then quit.
    double screenshotAfter = 5;
    /// `--headless`: no window; with `--open311 PORT`, serve the city's Open311 endpoint
    /// (docs/reports.md) until killed.
    bool headless = false;
    int open311Port = 0;       ///< `--open311 PORT`; 0 = not served.
    QString open311Bind;       ///< `--open311-bind ADDRESS`; default 127.0.0.1.
    QStringList open311Keys;   ///< `--open311-key KEY` (repeatable): API keys to register at start.
    /// `--dispatch-reports N`: groups of citizen reports reaching N residents are turned into
    /// interventions and dispatched without the supervisor (ReportDesk::setAutoDispatch());
    /// 0 = never.
    int dispatchReports = 0;
    /// `--help` or `--version` was given: print this to stdout and exit with 0, without
    /// starting anything (no display needed). Empty otherwise.
    QString informationText;

    /// Parses `arguments` (argv without the options QApplication consumes). Never exits:
    /// `--help`/`--version` fill informationText. Needs a QCoreApplication (the help text
    /// names the program from its arguments). Errors: `badOption` with a translated
    /// sentence for the terminal.
    static Result<AppOptions> parse(const QStringList &arguments);

    /// Whether `argv` asks for `--help`, `--help-all`, `-h`, `-?`, `--version` or `-v`
    /// before a `--`. Looked at before any QApplication exists, so that help and version
    /// are printed without a display (main() then uses a QCoreApplication). Any thread.
    static bool asksForInformation(int argc, const char *const *argv);
    /// Whether `argv` has `--headless` before a `--`: main() then makes no QApplication,
    /// so no display is needed. Any thread.
    static bool asksForHeadless(int argc, const char *const *argv);
};

/// "fr" when the system locale is French, else "en".
QString systemLanguage();

/// Folders where city packs are looked for: next to the installed binary
/// (../share/vigie/cities), then the source tree's resources/cities.
QStringList citySearchPaths();

} // namespace vigie
