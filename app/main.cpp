// Vigie: the control-room application.
#include "appoptions.h"
#include "appsettings.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("vigie.*.debug=false"));
    QApplication::setOrganizationName(QStringLiteral("Vigie"));
    QApplication::setApplicationName(QStringLiteral("Vigie"));
    QApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("vigie"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vigie.svg")));

    auto options = vigie::AppOptions::parse(QApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "vigie: %s\n", qPrintable(options.error().message));
        return 2;
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
    window.show();
    window.openCity(options->city.isEmpty() ? vigie::appsettings::lastCity() : options->city);
    return QApplication::exec();
}
