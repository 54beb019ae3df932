// Fill rates from the containers' observed history (FillHistory): readings written by the
// real StoreWriter into SQLite, read back over the rolling window. The readings follow the
// real Trilib' snapshot (Paris, December 2018): each container's last reading is its real
// fillingRate at fillingRateDate, and it filled at its real avgFillingRatePerDay before,
// emptied by collections (a saw tooth), so the expected rate is the data's own figure.
#include "coordination/fillhistory.h"
#include "domain/assetdirectory.h"
#include "domain/quantity.h"
#include "storage/store.h"
#include "storage/storewriter.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vigie;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

struct Trilib
{
    CoordinationAsset asset;
    double ratePerDay = 0; ///< avgFillingRatePerDay / 100
    qint64 atMs = 0;       ///< fillingRateDate
};

QVector<Trilib> readTrilib()
{
    QVector<Trilib> out;
    QFile csv(QStringLiteral(CITIES_DIR "/paris/trilib_fill_levels_2018-12.csv"));
    if (!csv.open(QIODevice::ReadOnly))
        return out;
    const QStringList header = QString::fromUtf8(csv.readLine()).trimmed().split(QLatin1Char(';'));
    const int serial = int(header.indexOf(QStringLiteral("serialNumber")));
    const int rate = int(header.indexOf(QStringLiteral("avgFillingRatePerDay")));
    const int fill = int(header.indexOf(QStringLiteral("fillingRate")));
    const int date = int(header.indexOf(QStringLiteral("fillingRateDate")));
    qint32 index = 0;
    while (!csv.atEnd()) {
        const QStringList f = QString::fromUtf8(csv.readLine()).trimmed().split(QLatin1Char(';'));
        if (f.size() != header.size())
            continue;
        Trilib t;
        t.asset.index = index++;
        t.asset.id = assetUrn(AssetKind::WasteContainer, QStringLiteral("paris"), f[serial]);
        t.asset.kind = AssetKind::WasteContainer;
        t.asset.fill.fillRatio = f[fill].toDouble() / 100.0;
        t.ratePerDay = f[rate].toDouble() / 100.0;
        t.atMs = QDateTime::fromString(f[date], Qt::ISODate).toMSecsSinceEpoch();
        t.asset.fill.observedAtMs = t.atMs;
        out << t;
    }
    return out;
}

/// The level `daysBefore` days before the snapshot: filling at the real rate, emptied to the
/// fractional part when it would go below zero (a collection).
double levelBefore(const Trilib &t, double daysBefore)
{
    const double x = t.asset.fill.fillRatio - t.ratePerDay * daysBefore;
    return x - std::floor(x);
}

Observation reading(const Trilib &t, qint64 at, double level, quint32 flags = 0)
{
    Observation o;
    o.assetId = t.asset.id;
    o.quantity = quantity::fillingLevel;
    o.number = level;
    o.observedAtMs = at;
    o.receivedAtMs = at + 30'000;
    o.messageId = 1;
    o.flags = flags;
    return o;
}

} // namespace

class TestFillHistory : public QObject
{
    Q_OBJECT
private slots:
    void ratesFromStoredReadings();
    void liveReadingsWithoutHistory();
};

void TestFillHistory::ratesFromStoredReadings()
{
    const QVector<Trilib> trilib = readTrilib();
    QCOMPARE(trilib.size(), 124);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paris.sqlite"));
    QVERIFY(Store::open(path, Store::Mode::ReadWrite).ok());
    {
        StoreWriter writer(path);
        writer.start();
        IngestBatch batch;
        RawMessage m;
        m.id = 1;
        m.topic = "vigie/paris/trilib";
        m.payload = "{}";
        m.receivedAtMs = trilib.first().atMs;
        batch.messages << m;
        for (const Trilib &t : trilib) {
            // Every 4 h over 5 days, the last one the snapshot itself.
            for (int step = 30; step >= 0; --step)
                batch.observations << reading(t, t.atMs - step * 4 * kHour, levelBefore(t, step * 4.0 / 24.0));
            // Left out: a reading the pipeline flagged invalid, and one older than the window
            // (an empty container 20 days before would halve the rate if it were counted).
            batch.observations << reading(t, t.atMs - 2 * kHour, 1.7, InvalidReading);
            batch.observations << reading(t, t.atMs - 20 * kDay, 0.0);
        }
        writer.write(batch);
        writer.stop();
    }
    auto store = Store::open(path, Store::Mode::ReadOnly);
    QVERIFY(store.ok());
    QVector<CoordinationAsset> assets;
    for (const Trilib &t : trilib)
        assets << t.asset;
    CoordinationAsset lamp; // not a container: no query, no history
    lamp.index = 500;
    lamp.id = QStringLiteral("urn:ngsi-ld:Streetlight:paris:1");
    assets << lamp;
    auto history = FillHistory::load(store.value(), assets);
    QVERIFY(history.ok());
    int filling = 0;
    for (const Trilib &t : trilib) {
        QCOMPARE(history->size(t.asset.index), 31);
        const double rate = history->rate(t.asset.index);
        QVERIFY2(std::abs(rate - t.ratePerDay) < 1e-9,
                 qPrintable(QStringLiteral("%1: %2 per day, the data says %3").arg(t.asset.id).arg(rate).arg(t.ratePerDay)));
        filling += t.ratePerDay > 0;
    }
    QVERIFY(filling > 100); // the data is not all zeros
    QCOMPARE(history->size(lamp.index), 0);
    QVERIFY(std::isnan(history->rate(lamp.index)));

    // Live readings continue the stored series: a faster filling pulls the rate up.
    FillHistory live = std::move(history).value();
    const Trilib &t = trilib.first();
    const double before = live.rate(t.asset.index);
    live.add(t.asset.index, t.atMs + 4 * kHour, t.asset.fill.fillRatio + 0.2);
    QVERIFY(live.rate(t.asset.index) > before);
    live.add(t.asset.index, t.atMs, 0.0); // older than the last one kept: ignored
    QCOMPARE(live.size(t.asset.index), 32);
}

void TestFillHistory::liveReadingsWithoutHistory()
{
    FillHistory h;
    QVERIFY(std::isnan(h.rate(7)));
    h.add(7, 0, 0.10);
    QVERIFY(std::isnan(h.rate(7))); // one reading says nothing
    h.add(7, 30 * 60 * 1000, 0.12);
    QVERIFY(std::isnan(h.rate(7))); // nor two within the hour
    h.add(7, 12 * kHour, 0.40);
    QVERIFY(std::abs(h.rate(7) - 0.6) < 1e-9); // 0.30 in 12 h
    h.add(7, 13 * kHour, std::nan(""));
    QCOMPARE(h.size(7), 3);
    // The window slides: readings more than 14 days before the newest are dropped.
    h.add(7, 14 * kDay + 6 * kHour, 0.50); // keeps the one at 12 h
    QCOMPARE(h.size(7), 2);
    QVERIFY(std::abs(h.rate(7) - 0.1 / (13.75)) < 1e-9);
}

QTEST_GUILESS_MAIN(TestFillHistory)
#include "tst_fillhistory.moc"
