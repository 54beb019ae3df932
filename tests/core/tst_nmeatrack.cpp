// NMEA logs through Qt Positioning: the real GENIVI receiver logs (Garmin and SiRF
// proprietary sentences, a stray NUL byte), read at once and replayed in simulation mode.
#include "crews/nmeatrack.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vigie;

namespace {

const QString kDir = QStringLiteral(TEST_DATA_DIR "/payloads/gnss/");
const QString kRegensburg = kDir + QStringLiteral("genivi_20100411_Geko_Regensburg_car.nmea");
const QString kSwitzerland = kDir + QStringLiteral("genivi_20100403_Z205_Switzerland_car.excerpt.nmea");

qint64 utc(const char *iso) { return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toMSecsSinceEpoch(); }

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

/// The first `lines` lines of `path`, written to `dir`.
QString head(const QTemporaryDir &dir, const QString &path, int lines)
{
    const QByteArray text = readFile(path);
    qsizetype at = 0;
    for (int i = 0; i < lines && at >= 0; ++i)
        at = text.indexOf('\n', at) + 1;
    const QString out = dir.filePath(QStringLiteral("head.nmea"));
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(out));
    file.write(text.left(at));
    return out;
}

/// `body` as an NMEA sentence: "$", the body, "*" and its XOR checksum.
QByteArray sentence(const QByteArray &body)
{
    quint8 sum = 0;
    for (char c : body)
        sum ^= quint8(c);
    return '$' + body + '*' + QByteArray::number(sum, 16).rightJustified(2, '0').toUpper() + "\r\n";
}

/// Strictly increasing times.
bool inTimeOrder(const CrewFixes &fixes)
{
    for (qsizetype i = 1; i < fixes.size(); ++i) {
        if (fixes.at(i).atMs <= fixes.at(i - 1).atMs)
            return false;
    }
    return true;
}

} // namespace

class TestNmeaTrack : public QObject
{
    Q_OBJECT
private slots:
    void regensburg();
    void switzerlandPastTheNul();
    void noFix();
    void replay();
    void replayOnReplayTime();
    void replayEndingWithoutFix();
    void badSpeedFactor();
};

void TestNmeaTrack::regensburg()
{
    auto fixes = readNmeaLog(kRegensburg, QStringLiteral("eclairage-nord"));
    QVERIFY2(fixes, fixes ? "" : qPrintable(fixes.error().message));
    // 790 $GPRMC (16 without a fix, "V"), each with its $GPGGA of the same second.
    QVERIFY2(fixes->size() >= 770 && fixes->size() <= 790, qPrintable(QString::number(fixes->size())));
    QVERIFY(inTimeOrder(fixes.value()));
    for (const CrewFix &f : fixes.value()) {
        QCOMPARE(f.crewId, QStringLiteral("eclairage-nord"));
        QVERIFY2(f.lon > 11.95 && f.lon < 12.25 && f.lat > 48.95 && f.lat < 49.10,
                 qPrintable(QStringLiteral("%1, %2").arg(f.lon).arg(f.lat)));
        QCOMPARE(f.receivedAtMs, f.atMs);
        QCOMPARE(f.messageId, qint64(0));
    }
    // $GPRMC,165744,A,4901.5940,N,01203.9163,E,0.0,131.9,110410…
    const CrewFix &first = fixes->first();
    QCOMPARE(first.atMs, utc("2010-04-11T16:57:44Z"));
    QVERIFY(std::abs(first.lat - (49 + 1.5940 / 60)) < 1e-9);
    QVERIFY(std::abs(first.lon - (12 + 3.9163 / 60)) < 1e-9);
    QCOMPARE(first.speedMps, 0.0);
    QCOMPARE(fixes->last().atMs, utc("2010-04-11T17:24:00Z"));
    // The car drove: some fix has a ground speed (knots → m/s).
    QVERIFY(std::any_of(fixes->begin(), fixes->end(), [](const CrewFix &f) { return f.speedMps > 5; }));
}

void TestNmeaTrack::switzerlandPastTheNul()
{
    const QByteArray text = readFile(kSwitzerland);
    const qsizetype nul = text.indexOf('\0');
    QVERIFY(nul > 0); // the excerpt holds the stray NUL, after the fix of 13:10:21
    QVERIFY(text.mid(nul - 80, 80).contains("$GPRMC,131021.000,A"));
    auto fixes = readNmeaLog(kSwitzerland, QStringLiteral("voirie"));
    QVERIFY2(fixes, fixes ? "" : qPrintable(fixes.error().message));
    QVERIFY(inTimeOrder(fixes.value()));
    const qint64 atNul = utc("2010-04-03T13:10:21Z");
    const auto before = std::count_if(fixes->begin(), fixes->end(), [&](const CrewFix &f) { return f.atMs <= atNul; });
    const auto after = fixes->size() - before;
    QVERIFY(before > 50);
    QVERIFY2(after > 50, qPrintable(QString::number(after)));
    for (const CrewFix &f : fixes.value())
        QVERIFY(f.lon > 5.9 && f.lon < 10.5 && f.lat > 45.8 && f.lat < 47.9); // Switzerland
}

void TestNmeaTrack::noFix()
{
    QTemporaryDir dir;
    const QString path = head(dir, kSwitzerland, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("$PSRFTXT,Version:08.02*68\r\n$GPRMC,112227.037,V,,,,,,,030410,,,N*4A\r\ngarbage\0\r\n");
    file.close();
    auto fixes = readNmeaLog(path, QStringLiteral("c"));
    QVERIFY(!fixes);
    QCOMPARE(fixes.error().code, QStringLiteral("noFix"));
    auto missing = readNmeaLog(dir.filePath(QStringLiteral("none.nmea")), QStringLiteral("c"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("unreadableFile"));
}

void TestNmeaTrack::replay()
{
    // 200 lines of the Regensburg log, 2 s between fixes, replayed 500 times faster.
    QTemporaryDir dir;
    const QString path = head(dir, kRegensburg, 200);
    auto expected = readNmeaLog(path, QStringLiteral("eclairage-sud"));
    QVERIFY(expected);
    QVERIFY(expected->size() > 10);

    NmeaTrack track(path, QStringLiteral("eclairage-sud"));
    QSignalSpy fixes(&track, &NmeaTrack::fix);
    QSignalSpy finished(&track, &NmeaTrack::finished);
    QVERIFY(track.start(500));
    QVERIFY(track.isRunning());
    QVERIFY(fixes.isEmpty()); // the first comes from the event loop
    QVERIFY(finished.wait(20000));
    QVERIFY(!track.isRunning());
    QCOMPARE(fixes.size(), expected->size());
    for (int i = 0; i < fixes.size(); ++i) {
        const CrewFix got = fixes.at(i).first().value<CrewFix>();
        const CrewFix &want = expected->at(i);
        QCOMPARE(got.crewId, QStringLiteral("eclairage-sud"));
        QCOMPARE(got.atMs, want.atMs); // the recorded time, not the compressed one
        QVERIFY(std::abs(got.lon - want.lon) < 1e-9);
        QVERIFY(std::abs(got.lat - want.lat) < 1e-9);
    }
}

void TestNmeaTrack::replayOnReplayTime()
{
    QTemporaryDir dir;
    const QString path = head(dir, kRegensburg, 60);
    NmeaTrack track(path, QStringLiteral("c"));
    QSignalSpy fixes(&track, &NmeaTrack::fix);
    QSignalSpy finished(&track, &NmeaTrack::finished);
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(track.start(1000, NmeaTrack::TimeBase::Replay));
    QVERIFY(finished.wait(20000));
    QVERIFY(!fixes.isEmpty());
    for (const QList<QVariant> &args : std::as_const(fixes)) {
        const CrewFix f = args.first().value<CrewFix>();
        QVERIFY(f.atMs >= started);
        QCOMPARE(f.atMs, f.receivedAtMs);
    }
}

void TestNmeaTrack::replayEndingWithoutFix()
{
    // The receiver lost the sky at the end: the last fix is still replayed, then finished().
    QTemporaryDir dir;
    const QString path = head(dir, kRegensburg, 100);
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(sentence("GPRMC,165814,V,,,,,,,110410,,,N") + sentence("GPGGA,165814,,,,,0,00,,,M,,M,,")
               + sentence("GPRMC,165816,V,,,,,,,110410,,,N"));
    file.close();
    auto expected = readNmeaLog(path, QStringLiteral("c"));
    QVERIFY(expected);
    NmeaTrack track(path, QStringLiteral("c"));
    QSignalSpy fixes(&track, &NmeaTrack::fix);
    QSignalSpy finished(&track, &NmeaTrack::finished);
    QVERIFY(track.start(500));
    QVERIFY(finished.wait(20000));
    QCOMPARE(fixes.size(), expected->size());
    QCOMPARE(fixes.last().first().value<CrewFix>().atMs, expected->last().atMs);
}

void TestNmeaTrack::badSpeedFactor()
{
    NmeaTrack track(kRegensburg, QStringLiteral("c"));
    const Status zero = track.start(0);
    QVERIFY(!zero);
    QCOMPARE(zero.error().code, QStringLiteral("invalidArgument"));
    QVERIFY(!track.isRunning());
    NmeaTrack missing(QStringLiteral("/nonexistent.nmea"), QStringLiteral("c"));
    QCOMPARE(missing.start(10).error().code, QStringLiteral("unreadableFile"));
}

QTEST_GUILESS_MAIN(TestNmeaTrack)
#include "tst_nmeatrack.moc"
