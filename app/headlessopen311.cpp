#include "headlessopen311.h"

#include "appoptions.h"
#include "appsettings.h"
#include "city/citypack.h"
#include "reports/open311server.h"
#include "reports/reportstore.h"
#include "shutdownsignals.h"
#include "storage/sqlite.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

#include <cstdio>

Q_LOGGING_CATEGORY(lcHeadless, "vigie.app.headless")

namespace vigie {

namespace {

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "vigie: %s\n", qPrintable(message));
    return code;
}

} // namespace

int runHeadlessOpen311(const QStringList &arguments)
{
    auto options = AppOptions::parse(arguments);
    if (!options)
        return fail(options.error().message, 2);
    const QString cityName = options->city.isEmpty() ? appsettings::lastCity() : options->city;
    auto pack = CityPack::locate(cityName, citySearchPaths());
    if (!pack)
        return fail(pack.error().message);
    if (pack->servicesFile.isEmpty())
        return fail(QStringLiteral("the city pack %1 lists no Open311 services (\"services\" in its manifest)").arg(pack->id));
    auto catalog = ServiceCatalog::load(pack->servicesFile);
    if (!catalog)
        return fail(catalog.error().message);

    const QString storePath = options->database.isEmpty() ? Store::defaultPath(pack->id) : options->database;
    QVector<AssetRecord> assets;
    {
        auto store = Store::open(storePath, Store::Mode::ReadWrite); // creates and migrates
        if (!store)
            return fail(store.error().message);
        auto list = store->assets();
        if (list)
            assets = list.value();
    }
    const ReportSettings settings; // defaults; docs/reports.md
    {
        auto db = SqliteConnection::open(storePath, SqliteConnection::Mode::ReadWrite);
        if (!db)
            return fail(db.error().message);
        ReportStore reports(db.value());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QString &key : options->open311Keys) {
            if (auto added = reports.addApiKey(key, QStringLiteral("command line"), now); !added)
                return fail(added.error().message);
        }
        if (auto purged = reports.purgeContacts(now, settings.contactRetentionDays); purged && purged.value() > 0)
            qCInfo(lcHeadless) << "purged" << purged.value() << "reporter contacts past retention";
    }
    if (assets.isEmpty())
        qCWarning(lcHeadless).noquote() << "no assets in" << storePath << "(open the city once in Vigie): reports will not be matched to assets";

    Open311Server server(storePath);
    const QString bind = options->open311Bind.isEmpty() ? QStringLiteral("127.0.0.1") : options->open311Bind;
    ReportIntake intake(catalog.value(), AssetMatcher(std::make_shared<AssetDirectory>(assets)), settings);
    if (auto started = server.start(intake, quint16(options->open311Port), bind); !started)
        return fail(started.error().message);
    std::fprintf(stderr, "vigie: Open311 endpoint of %s on http://%s:%u/ (store %s)\n", qPrintable(pack->id),
                 qPrintable(bind), unsigned(server.port()), qPrintable(storePath));

    ShutdownSignals shutdown;
    if (auto installed = shutdown.install(); !installed)
        qCWarning(lcHeadless).noquote() << installed.error().message;
    QObject::connect(&shutdown, &ShutdownSignals::received, qApp, [] { QCoreApplication::quit(); });
    const int code = QCoreApplication::exec();
    server.stop();
    return code;
}

} // namespace vigie
