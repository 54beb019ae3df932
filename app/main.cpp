// Vigie: the control-room application.
#include "appoptions.h"
#include "appsettings.h"
#include "headlessopen311.h"
#include "mainwindow.h"
#include "shutdownsignals.h"

#include "domain/allocatortuning.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>
#include <QTranslator>

#include <csignal>
#include <cstdio>
#include <cstring>

Q_LOGGING_CATEGORY(lcMain, "vigie.app")

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Vigie"));
    QCoreApplication::setApplicationName(QStringLiteral("Vigie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));
}

/// `--help` and `--version`: printed without a QApplication, so without a display.
int printInformation(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    auto options = vigie::AppOptions::parse(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "vigie: %s\n", qPrintable(options.error().message));
        return 2;
    }
    std::fputs(options->informationText.toLocal8Bit().constData(), stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    vigie::tuneAllocator();
    if (vigie::AppOptions::asksForInformation(argc, argv))
        return printInformation(argc, argv);
    if (vigie::AppOptions::asksForHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        return vigie::runHeadlessOpen311(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("vigie.*.debug=false"));
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("vigie"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vigie.svg")));

    auto options = vigie::AppOptions::parse(QApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "vigie: %s\n", qPrintable(options.error().message));
        return 2;
    }
    if (!options->informationText.isEmpty()) { // e.g. "-platform offscreen --help"
        std::fputs(options->informationText.toLocal8Bit().constData(), stdout);
        return 0;
    }
    const QString lang = options->language.isEmpty() ? vigie::systemLanguage() : options->language;
    QLocale::setDefault(QLocale(lang == QLatin1String("fr") ? QLocale::French : QLocale::English,
                                lang == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom));
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/vigie_%1.qm").arg(lang)))
        QApplication::installTranslator(&translator);

    vigie::MainWindow window(options.value());

    // kill, Ctrl+C, a closed terminal: the same clean shutdown as closing the window, so
    // what was received is committed (MainWindow::closeEvent stops ingest).
    vigie::ShutdownSignals shutdownSignals;
    if (auto installed = shutdownSignals.install(); !installed)
        qCWarning(lcMain).noquote() << "kill and Ctrl+C will not shut down cleanly:" << installed.error().message;
    bool closing = false;
    QObject::connect(&shutdownSignals, &vigie::ShutdownSignals::received, &window, [&window, &closing](int signalNumber) {
        if (closing)
            return;
        closing = true;
        qCInfo(lcMain).noquote() << "signal" << signalNumber << QStringLiteral("(%1): closing").arg(QString::fromLocal8Bit(::strsignal(signalNumber)));
        window.close();
        QApplication::quit(); // also when the window was hidden, or a dialog runs its own loop
    });

    // Without someone to read a dialog (--screenshot), a city that cannot be opened ends
    // Vigie with a non-zero code; the reason is on stderr (MainWindow logs it).
    int exitCode = 0;
    if (!options->screenshot.isEmpty()) {
        QObject::connect(&window, &vigie::MainWindow::cityFailed, &window, [&exitCode] {
            exitCode = 1;
            QTimer::singleShot(0, qApp, [] { QApplication::exit(1); }); // the loop may not run yet
        });
    }

    window.show();
    if (!options->review.isEmpty())
        window.openSession(options->review);
    else
        window.openCity(options->city.isEmpty() ? vigie::appsettings::lastCity() : options->city);
    const int code = QApplication::exec();
    return code != 0 ? code : exitCode;
}
