// Session files (core/recording): format round trip, index-based seek against the records
// as written, recovery of damaged files (truncation, zeros, flipped bytes, garbage, fuzz,
// kill -9 while recording), repair, rotation, window and CSV exports.

#include "recording/sessioncodec.h"
#include "recording/sessionfilewriter.h"
#include "recording/sessionreader.h"
#include "recording/sessionrecorder.h"
#include "recording/sessionrotation.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <cstdio>
#include <limits>

using namespace vigie;

namespace {

constexpr qint64 kBase = 1'709'258'400'000; // 2024-03-01T02:00:00Z
constexpr qint64 kMinTs = std::numeric_limits<qint64>::min();
constexpr qint64 kMaxTs = std::numeric_limits<qint64>::max();

RawMessage rawMessage(qint64 id, qint64 atMs)
{
    RawMessage m;
    m.id = id;
    m.receivedAtMs = atMs;
    m.qos = quint8(id % 3);
    m.retain = id % 5 == 0;
    m.topic = "/json/montpellier/WasteContainer/urn:ngsi-ld:WasteContainer:montpellier:" + QByteArray::number(id % 97)
        + "/attrs";
    m.payload = "{\"fillingLevel\":{\"type\":\"Number\",\"value\":0." + QByteArray::number(id % 100)
        + "},\"pad\":\"" + QByteArray(int(id % 180), char('a' + id % 26)) + "\"}";
    return m;
}

/// Record `i` of a scripted session: mostly raw messages, every other type now and then.
SessionRecord scripted(int i, qint64 atMs)
{
    switch (i % 23) {
    case 3: {
        Observation o;
        o.assetId = QStringLiteral("urn:ngsi-ld:Streetlight:montpellier:%1").arg(i);
        o.assetIndex = i;
        o.quantity = QStringLiteral("powerState");
        o.text = QStringLiteral("on");
        o.observedAtMs = atMs - 100;
        o.receivedAtMs = atMs;
        o.messageId = i;
        Observation n = o;
        n.quantity = QStringLiteral("illuminanceLevel");
        n.text.clear();
        n.number = 0.25 * i;
        n.unitCode = QStringLiteral("C62");
        n.flags = ObservationFlag::ClockSkewed;
        // Stamped ahead (a device clock running fast), by more than a chunk's span: the
        // chunks' latest times are not in order either.
        const qint64 ahead = atMs + 40'000;
        return {SessionRecordType::ObservationBatch, ahead, ObservationBatch{ahead, {o, n}}};
    }
    case 7: {
        // Transitions carry the observed time: earlier than the messages around them, by
        // more than a chunk's span, so chunks are not in time order.
        AlarmTransition t{i, AlarmState::Normal, AlarmState::Unacknowledged, atMs - 45'000, QStringLiteral("system"),
                          QStringLiteral("activate"), QStringLiteral("fillingLevel 0.86 ≥ 0.80")};
        return {SessionRecordType::AlarmTransition, t.atMs, t};
    }
    case 11: {
        OperatorAction a{atMs, QStringLiteral("Élodie"), QStringLiteral("acknowledge"), QStringLiteral("alarm"),
                         QString::number(i), QByteArray("{\"comment\":\"vu\"}")};
        return {SessionRecordType::OperatorAction, atMs, a};
    }
    case 13: {
        InterventionEvent e{i, 2, atMs, QStringLiteral("crew:north"), QStringLiteral("status"),
                            InterventionStatus::Assigned, InterventionStatus::EnRoute, QStringLiteral("en route"), {}};
        if (i % 2) { // recent records carry the intervention as the change left it; older ones do not
            Intervention after;
            after.id = i;
            after.version = 2;
            after.status = InterventionStatus::EnRoute;
            after.assetIds = {QStringLiteral("urn:ngsi-ld:Streetlight:montpellier:%1").arg(i)};
            after.description = QStringLiteral("Lanterne cassée");
            e.after = after;
        }
        return {SessionRecordType::InterventionEvent, atMs, e};
    }
    case 17:
        return {SessionRecordType::Bookmark, atMs, SessionBookmark{atMs, QStringLiteral("note %1").arg(i)}};
    default:
        return {SessionRecordType::RawMessage, atMs, rawMessage(i, atMs)};
    }
}

SessionRecord keyframe(qint64 atMs)
{
    QByteArray blob;
    for (int k = 0; k < 40; ++k)
        blob += "state@" + QByteArray::number(atMs) + ';';
    return {SessionRecordType::Keyframe, atMs, SessionKeyframeRecord{atMs, blob}};
}

/// Type, time and encoded body: equal iff the records are.
QByteArray fingerprint(const SessionRecord &r)
{
    QByteArray out;
    session::appendRecord(&out, r.type, r.atMs, session::encodeBody(r));
    return out;
}

QVector<QByteArray> fingerprints(const QVector<SessionRecord> &records)
{
    QVector<QByteArray> out;
    for (const SessionRecord &r : records)
        out.append(fingerprint(r));
    return out;
}

QVector<SessionRecord> drain(SessionCursor cursor)
{
    QVector<SessionRecord> out;
    SessionRecord r;
    while (cursor.next(&r))
        out.append(r);
    return out;
}

QVector<SessionRecord> allRecords(SessionReader &reader)
{
    return drain(reader.records(kMinTs, kMaxTs));
}

bool hasDamage(const SessionReader &reader, const QString &reason)
{
    return std::any_of(reader.damage().begin(), reader.damage().end(),
                       [&reason](const SessionDamage &d) { return d.reason == reason; });
}

QString damageText(const SessionReader &reader)
{
    QStringList parts;
    for (const SessionDamage &d : reader.damage())
        parts << QStringLiteral("%1@%2+%3").arg(d.reason).arg(d.offset).arg(d.bytesLost);
    return parts.join(u' ');
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// A session written with a chunk cut every `perChunk` records and a keyframe every
/// `keyframeEvery`; the file's bytes before close() are kept too (a crashed recording).
struct Built
{
    QString closedPath;
    QByteArray unclosed;
    QVector<SessionRecord> truth;    ///< In file order.
    QVector<qint64> chunkStarts;     ///< Offsets of the chunks.
    QVector<qint64> chunkEnds;
    QVector<int> chunkFirstRecord;   ///< Index in truth of each chunk's first record.
};

Built build(const QString &dir, const QString &name, int count, int perChunk, int keyframeEvery, bool compress = true)
{
    Built b;
    b.closedPath = dir + u'/' + name;
    SessionWriterOptions options;
    options.chunkBytes = 64 << 20; // cut by flush() only, at known records
    options.compress = compress;
    options.syncIntervalMs = -1;
    SessionFileWriter writer;
    SessionHeader header;
    header.createdAtMs = kBase;
    header.cityId = QStringLiteral("montpellier");
    header.metadata.insert(QStringLiteral("operator"), QStringLiteral("Élodie"));
    if (!writer.create(b.closedPath, header, options))
        return b;
    for (int i = 0; i < count; ++i) {
        if (i % perChunk == 0) {
            if (!writer.flush())
                return b;
            b.chunkStarts.append(writer.dataEnd());
            b.chunkFirstRecord.append(int(b.truth.size()));
        }
        const qint64 at = kBase + qint64(i) * 1000;
        const SessionRecord r = (keyframeEvery > 0 && i % keyframeEvery == 0) ? keyframe(at) : scripted(i, at);
        b.truth.append(r);
        if (!writer.write(r))
            return b;
        if (i % perChunk == perChunk - 1 || i == count - 1) {
            if (!writer.flush())
                return b;
            b.chunkEnds.append(writer.dataEnd());
        }
    }
    b.unclosed = readBytes(b.closedPath);
    if (!writer.close())
        b.truth.clear();
    return b;
}

/// What a reader must give for "state at t from keyframe k": records after the keyframe
/// in file order whose time is ≤ t (everything from the start when there is no keyframe).
QVector<SessionRecord> expectedAfter(const QVector<SessionRecord> &truth, qint64 keyframeAt, qint64 t)
{
    qsizetype start = 0;
    if (keyframeAt != kMinTs) {
        for (qsizetype i = 0; i < truth.size(); ++i) {
            if (truth[i].type == SessionRecordType::Keyframe && truth[i].atMs == keyframeAt)
                start = i + 1;
        }
    }
    QVector<SessionRecord> out;
    for (qsizetype i = start; i < truth.size(); ++i) {
        if (truth[i].atMs <= t)
            out.append(truth[i]);
    }
    return out;
}

qint64 expectedKeyframeBefore(const QVector<SessionRecord> &truth, qint64 t)
{
    qint64 best = kMinTs;
    for (const SessionRecord &r : truth) {
        if (r.type == SessionRecordType::Keyframe && r.atMs <= t)
            best = std::max(best, r.atMs);
    }
    return best;
}

QVector<SessionRecord> expectedWindow(const QVector<SessionRecord> &truth, qint64 from, qint64 to, quint32 types)
{
    QVector<SessionRecord> out;
    for (const SessionRecord &r : truth) {
        if (r.atMs >= from && r.atMs <= to && (types & sessionTypeBit(r.type)))
            out.append(r);
    }
    return out;
}

// --- kill -9 child ------------------------------------------------------------------------

constexpr char kChildFlag[] = "--record-child";
constexpr int kChildFlushEvery = 40;

/// Runs in the child process: records raw messages 1, 2, 3… forever, printing
/// "flushed N" each time the first N are known to be in the file (written to the OS).
int recordUntilKilled(const QString &folder)
{
    SessionRecorderOptions options;
    options.folder = folder;
    options.cityId = QStringLiteral("kill");
    options.file.chunkBytes = 2048;
    options.file.syncIntervalMs = -1;
    options.maxChunkAgeMs = 20;
    options.rotation.mode = SessionRotation::Mode::Never;
    SessionRecorder recorder(options);
    if (!recorder.start())
        return 2;
    for (qint64 i = 1;; ++i) {
        recorder.recordRawMessage(rawMessage(i, kBase + i));
        if (i % kChildFlushEvery == 0) {
            if (!recorder.flush())
                return 3;
            std::printf("flushed %lld\n", static_cast<long long>(i));
            std::fflush(stdout);
            QThread::usleep(300);
        }
    }
}

} // namespace

class TstSessionFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void chunksCutBySize();
    void seekAroundKeyframesAndChunkBoundaries_data();
    void seekAroundKeyframesAndChunkBoundaries();
    void truncatedLastChunk();
    void truncatedFooterFallsBackToScan();
    void trailingZeros_data();
    void trailingZeros();
    void flippedByteInMiddleChunk();
    void flippedByteInClosedFile();
    void damagedChunkHeaderResynchronises();
    void garbageEmptyAndHeaderOnly();
    void fuzzedFilesNeverCrash();
    void repairAppendsIndex();
    void killedWhileRecording();
    void recorderDropsAreReported();
    void rotationPolicy();
    void rotationWithInjectedClock();
    void exportWindow();
    void exportActionsCsv();

private:
    QTemporaryDir m_dir;
};

void TstSessionFile::roundTrip_data()
{
    QTest::addColumn<bool>("compress");
    QTest::newRow("zlib") << true;
    QTest::newRow("stored") << false;
}

void TstSessionFile::roundTrip()
{
    QFETCH(bool, compress);
    const QString path = m_dir.filePath(QStringLiteral("roundtrip-%1.vigiesession").arg(compress));
    QVector<SessionRecord> truth;
    for (int i = 0; i < 23; ++i)
        truth.append(scripted(i, kBase + i * 1000));
    truth.append(keyframe(kBase + 30'000));
    SessionGap gap;
    gap.fromMs = kBase + 31'000;
    gap.toMs = kBase + 32'000;
    gap.dropped[std::size_t(SessionRecordType::RawMessage)] = 1234;
    truth.append({SessionRecordType::Gap, gap.fromMs, gap});

    SessionHeader header;
    header.createdAtMs = kBase;
    header.cityId = QStringLiteral("montpellier");
    header.metadata.insert(QStringLiteral("operator"), QStringLiteral("Élodie"));
    header.metadata.insert(QStringLiteral("vigieVersion"), QStringLiteral("0.1.0"));
    {
        SessionWriterOptions options;
        options.compress = compress;
        SessionFileWriter writer;
        QVERIFY(writer.create(path, header, options));
        QVERIFY(!writer.create(path, header, options)); // already open
        for (const SessionRecord &r : truth)
            QVERIFY(writer.write(r));
        QVERIFY(writer.close());
        SessionFileWriter again;
        QCOMPARE(again.create(path, header).error().code, QStringLiteral("createFailed")); // never replaces
    }

    SessionReader reader;
    QVERIFY(reader.open(path));
    QVERIFY(!reader.isRecovered());
    QVERIFY2(reader.damage().isEmpty(), qPrintable(damageText(reader)));
    QCOMPARE(reader.header().formatVersion, session::kFormatVersion);
    QCOMPARE(reader.header().createdAtMs, kBase);
    QCOMPARE(reader.header().cityId, QStringLiteral("montpellier"));
    QCOMPARE(reader.header().metadata, header.metadata);
    QCOMPARE(fingerprints(allRecords(reader)), fingerprints(truth));
    QCOMPARE(reader.startMs(), kBase + 7 * 1000 - 45'000); // the late alarm transition
    QCOMPARE(reader.endMs(), kBase + 3000 + 40'000); // the batch stamped ahead
    const SessionCounts counts = reader.counts();
    QCOMPARE(counts.total(), qint64(truth.size()));
    QCOMPARE(counts.of(SessionRecordType::Keyframe), 1);
    QCOMPARE(counts.of(SessionRecordType::Gap), 1);
    QCOMPARE(counts.of(SessionRecordType::AlarmTransition), 1);
    QCOMPARE(counts.chunks, 1);
    QCOMPARE(reader.keyframes().size(), 1);

    // Decoded fields, beyond byte equality.
    const QVector<SessionRecord> raws = drain(reader.records(kMinTs, kMaxTs, sessionTypeBit(SessionRecordType::RawMessage)));
    QVERIFY(!raws.isEmpty());
    const RawMessage *m = raws.first().as<RawMessage>();
    QVERIFY(m);
    QCOMPARE(m->id, 0);
    QCOMPARE(m->receivedAtMs, kBase);
    QCOMPARE(m->topic, rawMessage(0, kBase).topic);
    QVERIFY(m->retain);
    const QVector<SessionRecord> obs = drain(reader.records(kMinTs, kMaxTs, sessionTypeBit(SessionRecordType::ObservationBatch)));
    QCOMPARE(obs.size(), 1);
    QCOMPARE(obs.first().as<ObservationBatch>()->observations.size(), 2);
    QCOMPARE(obs.first().as<ObservationBatch>()->observations[1].number, 0.75);
    QVERIFY(std::isnan(obs.first().as<ObservationBatch>()->observations[0].number));

    const Result<SessionMarkers> markers = reader.markers(kMinTs, kMaxTs);
    QVERIFY(markers.ok());
    QCOMPARE(markers->size(), 5); // transition, action, intervention event, bookmark, gap
    QCOMPARE(markers->at(0).type, SessionRecordType::AlarmTransition);
    QCOMPARE(markers->at(0).subject, QStringLiteral("alarm:7"));
    QCOMPARE(markers->at(1).subject, QStringLiteral("alarm:11"));
    QCOMPARE(markers->at(1).actor, QStringLiteral("Élodie"));
    QCOMPARE(markers->at(2).subject, QStringLiteral("intervention:13"));
    QCOMPARE(markers->at(3).text, QStringLiteral("note 17"));
    QCOMPARE(markers->at(4).text, QStringLiteral("1234"));
    QCOMPARE(reader.markers(kBase + 12'000, kBase + 20'000)->size(), 2);
}

void TstSessionFile::chunksCutBySize()
{
    const QString path = m_dir.filePath(QStringLiteral("bysize.vigiesession"));
    SessionWriterOptions options;
    options.chunkBytes = 4096;
    options.compress = false;
    QVector<SessionRecord> truth;
    SessionFileWriter writer;
    QVERIFY(writer.create(path, {}, options));
    for (int i = 0; i < 400; ++i) {
        truth.append(SessionRecord{SessionRecordType::RawMessage, kBase + i, rawMessage(i, kBase + i)});
        QVERIFY(writer.write(truth.last()));
        QVERIFY(writer.bufferedBytes() < options.chunkBytes);
    }
    QVERIFY(writer.chunksWritten() > 10);
    QVERIFY(writer.close());
    SessionReader reader;
    QVERIFY(reader.open(path));
    QVERIFY(reader.chunkCount() > 10);
    QCOMPARE(fingerprints(allRecords(reader)), fingerprints(truth));
}

void TstSessionFile::seekAroundKeyframesAndChunkBoundaries_data()
{
    QTest::addColumn<bool>("closed");
    QTest::newRow("indexed") << true;
    QTest::newRow("recovered") << false;
}

void TstSessionFile::seekAroundKeyframesAndChunkBoundaries()
{
    QFETCH(bool, closed);
    // 9 records per chunk: 334 chunks, two index pages; keyframes every 100 records land
    // at every position in a chunk, first and last included.
    static const Built b = build(m_dir.path(), QStringLiteral("seek.vigiesession"), 3000, 9, 100);
    QVERIFY(!b.truth.isEmpty());
    QString path = b.closedPath;
    if (!closed) {
        path = m_dir.filePath(QStringLiteral("seek-unclosed.vigiesession"));
        writeBytes(path, b.unclosed);
    }
    SessionReader reader;
    QVERIFY(reader.open(path));
    QCOMPARE(reader.isRecovered(), !closed);
    QCOMPARE(reader.chunkCount(), b.chunkStarts.size());
    QCOMPARE(reader.keyframes().size(), 30);

    QVector<qint64> times{b.truth.first().atMs - 1, b.truth.last().atMs + 1, kMaxTs};
    for (const SessionRecord &r : b.truth) {
        if (r.type == SessionRecordType::Keyframe)
            times << r.atMs - 1 << r.atMs << r.atMs + 1;
    }
    for (qsizetype c = 0; c < b.chunkFirstRecord.size(); ++c) {
        const int first = b.chunkFirstRecord[c];
        const int last = c + 1 < b.chunkFirstRecord.size() ? b.chunkFirstRecord[c + 1] - 1 : int(b.truth.size()) - 1;
        for (int i : {first, last})
            times << b.truth[i].atMs - 1 << b.truth[i].atMs << b.truth[i].atMs + 1;
    }

    for (qint64 t : std::as_const(times)) {
        const SessionKeyframeRef ref = reader.keyframeBefore(t);
        const qint64 expectedAt = expectedKeyframeBefore(b.truth, t);
        QCOMPARE(ref.isValid() ? ref.atMs : kMinTs, expectedAt);
        if (ref.isValid()) {
            const Result<SessionKeyframeRecord> kf = reader.readKeyframe(ref);
            QVERIFY(kf.ok());
            QCOMPARE(kf->blob, keyframe(expectedAt).as<SessionKeyframeRecord>()->blob);
        }
        QCOMPARE(fingerprints(drain(reader.recordsAfter(ref, t))), fingerprints(expectedAfter(b.truth, expectedAt, t)));
    }

    // Windows and type masks against a plain filter of what was written.
    QRandomGenerator rng(7);
    const quint32 masks[] = {kAllSessionRecordTypes, kSessionMarkerTypes, sessionTypeBit(SessionRecordType::RawMessage),
                             sessionTypeBit(SessionRecordType::Keyframe) | sessionTypeBit(SessionRecordType::Bookmark)};
    for (int n = 0; n < 150; ++n) {
        const qint64 a = b.truth.first().atMs - 10'000 + qint64(rng.bounded(3'020'000));
        const qint64 span = qint64(rng.bounded(n % 3 == 0 ? 200'000 : 20'000));
        const quint32 mask = masks[n % 4];
        QCOMPARE(fingerprints(drain(reader.records(a, a + span, mask))),
                 fingerprints(expectedWindow(b.truth, a, a + span, mask)));
    }
    QCOMPARE(drain(reader.records(kBase + 10, kBase + 5)).size(), 0); // empty window
}

void TstSessionFile::truncatedLastChunk()
{
    const Built b = build(m_dir.path(), QStringLiteral("trunc.vigiesession"), 120, 20, 50);
    QVERIFY(!b.truth.isEmpty());
    const qint64 start = b.chunkStarts.last();
    const qint64 end = b.chunkEnds.last();
    QCOMPARE(end, b.unclosed.size());
    const QVector<QByteArray> kept = fingerprints(b.truth.mid(0, b.chunkFirstRecord.last()));
    const qint64 step = std::max<qint64>(1, (end - start) / 200);
    const QString path = m_dir.filePath(QStringLiteral("trunc-cut.vigiesession"));
    int cases = 0;
    for (qint64 cut = start; cut < end; cut += step, ++cases) {
        writeBytes(path, b.unclosed.left(cut));
        SessionReader reader;
        QVERIFY2(reader.open(path), qPrintable(QString::number(cut)));
        QVERIFY(reader.isRecovered());
        QCOMPARE(fingerprints(allRecords(reader)), kept);
        QVERIFY(hasDamage(reader, QStringLiteral("missingIndex")));
        if (cut > start) {
            QVERIFY2(hasDamage(reader, QStringLiteral("truncatedChunk")), qPrintable(damageText(reader)));
            const SessionDamage &d = reader.damage().first();
            QCOMPARE(d.offset, start);
            QCOMPARE(d.bytesLost, cut - start);
        } else {
            QCOMPARE(reader.damage().size(), 1);
        }
    }
    QVERIFY(cases >= 100);
}

void TstSessionFile::truncatedFooterFallsBackToScan()
{
    const Built b = build(m_dir.path(), QStringLiteral("footer.vigiesession"), 200, 25, 50);
    const QByteArray closed = readBytes(b.closedPath);
    const QString path = m_dir.filePath(QStringLiteral("footer-cut.vigiesession"));
    for (qint64 cut : {qint64(closed.size()) - 1, qint64(closed.size()) - 30, qint64(b.unclosed.size()) + 30}) {
        writeBytes(path, closed.left(cut));
        SessionReader reader;
        QVERIFY(reader.open(path));
        QVERIFY(reader.isRecovered());
        QCOMPARE(fingerprints(allRecords(reader)), fingerprints(b.truth));
        QCOMPARE(reader.keyframes().size(), 4);
        QVERIFY(!reader.damage().isEmpty());
        QCOMPARE(reader.markers(kMinTs, kMaxTs)->size(), qsizetype(reader.counts().of(SessionRecordType::AlarmTransition)
                                                                  + reader.counts().of(SessionRecordType::OperatorAction)
                                                                  + reader.counts().of(SessionRecordType::InterventionEvent)
                                                                  + reader.counts().of(SessionRecordType::Bookmark)));
    }
    // A damaged trailer (magic kept): reported as a damaged index, chunks still all there.
    QByteArray bad = closed;
    bad[bad.size() - 12] = char(bad[bad.size() - 12] ^ 0x40);
    writeBytes(path, bad);
    SessionReader reader;
    QVERIFY(reader.open(path));
    QVERIFY(hasDamage(reader, QStringLiteral("badIndex")));
    QCOMPARE(fingerprints(allRecords(reader)), fingerprints(b.truth));
}

void TstSessionFile::trailingZeros_data()
{
    QTest::addColumn<bool>("closed");
    QTest::addColumn<int>("zeros");
    QTest::newRow("closed, 4 KiB") << true << 4096;
    QTest::newRow("closed, 1 MiB") << true << (1 << 20);
    QTest::newRow("unclosed, 4 KiB") << false << 4096;
    QTest::newRow("unclosed, 1 MiB") << false << (1 << 20);
}

void TstSessionFile::trailingZeros()
{
    QFETCH(bool, closed);
    QFETCH(int, zeros);
    static const Built b = build(m_dir.path(), QStringLiteral("zeros.vigiesession"), 300, 30, 100);
    const QByteArray bytes = (closed ? readBytes(b.closedPath) : b.unclosed) + QByteArray(zeros, '\0');
    const QString path = m_dir.filePath(QStringLiteral("zeros-padded.vigiesession"));
    writeBytes(path, bytes);
    SessionReader reader;
    QVERIFY(reader.open(path));
    QCOMPARE(fingerprints(allRecords(reader)), fingerprints(b.truth));
    QVERIFY2(hasDamage(reader, QStringLiteral("zeroFill")), qPrintable(damageText(reader)));
    const SessionDamage &d = reader.damage().first();
    QCOMPARE(d.reason, QStringLiteral("zeroFill"));
    QCOMPARE(d.offset, bytes.size() - zeros);
    QCOMPARE(d.bytesLost, zeros);
    QCOMPARE(hasDamage(reader, QStringLiteral("missingIndex")), !closed); // a closed file's footer is found
}

void TstSessionFile::flippedByteInMiddleChunk()
{
    static const Built b = build(m_dir.path(), QStringLiteral("flip.vigiesession"), 300, 30, 100);
    const int victim = 4;
    QByteArray bytes = b.unclosed;
    const qint64 at = b.chunkStarts[victim] + session::kChunkHeaderSize + 17;
    bytes[at] = char(bytes[at] ^ 0x01);
    const QString path = m_dir.filePath(QStringLiteral("flip-unclosed.vigiesession"));
    writeBytes(path, bytes);

    SessionReader reader;
    QVERIFY(reader.open(path));
    QVector<SessionRecord> expected = b.truth;
    expected.remove(b.chunkFirstRecord[victim], b.chunkFirstRecord[victim + 1] - b.chunkFirstRecord[victim]);
    QCOMPARE(fingerprints(allRecords(reader)), fingerprints(expected));
    QVERIFY2(hasDamage(reader, QStringLiteral("badChunkCrc")), qPrintable(damageText(reader)));
    const SessionDamage &d = reader.damage().first();
    QCOMPARE(d.offset, b.chunkStarts[victim]);
    QCOMPARE(d.bytesLost, b.chunkEnds[victim] - b.chunkStarts[victim]);
    QVERIFY(!d.message.isEmpty());
}

void TstSessionFile::flippedByteInClosedFile()
{
    static const Built b = build(m_dir.path(), QStringLiteral("flipclosed.vigiesession"), 300, 30, 100);
    const int victim = 5;
    QByteArray bytes = readBytes(b.closedPath);
    const qint64 at = b.chunkStarts[victim] + session::kChunkHeaderSize + 3;
    bytes[at] = char(bytes[at] ^ 0x80);
    const QString path = m_dir.filePath(QStringLiteral("flipclosed-damaged.vigiesession"));
    writeBytes(path, bytes);

    SessionReader reader;
    QVERIFY(reader.open(path));
    QVERIFY(!reader.isRecovered());
    QVERIFY(reader.damage().isEmpty()); // open reads the footer only: not seen yet
    QVector<SessionRecord> expected = b.truth;
    expected.remove(b.chunkFirstRecord[victim], b.chunkFirstRecord[victim + 1] - b.chunkFirstRecord[victim]);
    SessionCursor cursor = reader.records(kMinTs, kMaxTs);
    QVector<SessionRecord> got;
    SessionRecord r;
    while (cursor.next(&r))
        got.append(r);
    QCOMPARE(fingerprints(got), fingerprints(expected));
    QCOMPARE(cursor.skippedChunks(), 1);
    QCOMPARE(reader.damage().size(), 1);
    QCOMPARE(reader.damage().first().reason, QStringLiteral("badChunkCrc"));
    QCOMPARE(reader.damage().first().offset, b.chunkStarts[victim]);
    QCOMPARE(reader.verify().value(), 0); // already known
    QCOMPARE(reader.damage().size(), 1);

    SessionReader fresh;
    QVERIFY(fresh.open(path));
    QCOMPARE(fresh.verify().value(), 1);
    QCOMPARE(fresh.damage().size(), 1);
}

void TstSessionFile::damagedChunkHeaderResynchronises()
{
    static const Built b = build(m_dir.path(), QStringLiteral("header.vigiesession"), 300, 30, 100);
    const int victim = 3;
    QByteArray bytes = b.unclosed;
    bytes[b.chunkStarts[victim] + 9] = char(bytes[b.chunkStarts[victim] + 9] ^ 0x10); // its length
    const QString path = m_dir.filePath(QStringLiteral("header-damaged.vigiesession"));
    writeBytes(path, bytes);
    SessionReader reader;
    QVERIFY(reader.open(path));
    QVector<SessionRecord> expected = b.truth;
    expected.remove(b.chunkFirstRecord[victim], b.chunkFirstRecord[victim + 1] - b.chunkFirstRecord[victim]);
    QCOMPARE(fingerprints(allRecords(reader)), fingerprints(expected));
    const SessionDamage &d = reader.damage().first();
    QCOMPARE(d.reason, QStringLiteral("badChunkHeader"));
    QCOMPARE(d.offset, b.chunkStarts[victim]);
    QCOMPARE(d.bytesLost, b.chunkEnds[victim] - b.chunkStarts[victim]);

    // The file header damaged: metadata lost, chunks kept.
    QByteArray headless = b.unclosed;
    headless[12] = char(headless[12] ^ 0x01);
    writeBytes(path, headless);
    SessionReader second;
    QVERIFY(second.open(path));
    QCOMPARE(second.damage().first().reason, QStringLiteral("badHeader"));
    QCOMPARE(second.damage().first().offset, 0);
    QCOMPARE(second.header().cityId, QString());
    QCOMPARE(fingerprints(allRecords(second)), fingerprints(b.truth));
}

void TstSessionFile::garbageEmptyAndHeaderOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("garbage.vigiesession"));
    QByteArray garbage(100'000, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (char &c : garbage)
        c = char(rng.bounded(256));
    writeBytes(path, garbage);
    SessionReader reader;
    Status status = reader.open(path);
    QVERIFY(!status);
    QCOMPARE(status.error().code, QStringLiteral("notASession"));
    QVERIFY(!reader.isOpen());

    writeBytes(path, {});
    status = reader.open(path);
    QCOMPARE(status.error().code, QStringLiteral("emptyFile"));

    QCOMPARE(reader.open(m_dir.filePath(QStringLiteral("missing.vigiesession"))).error().code, QStringLiteral("openFailed"));

    SessionHeader header;
    header.cityId = QStringLiteral("paris");
    writeBytes(path, session::encodeFileHeader(header));
    QVERIFY(reader.open(path));
    QCOMPARE(reader.header().cityId, QStringLiteral("paris"));
    QCOMPARE(reader.counts().total(), 0);
    QCOMPARE(reader.startMs(), 0);
    QVERIFY(hasDamage(reader, QStringLiteral("missingIndex")));
    QVERIFY(allRecords(reader).isEmpty());
    QVERIFY(!reader.keyframeBefore(kMaxTs).isValid());
    QVERIFY(reader.markers(kMinTs, kMaxTs)->isEmpty());

    // A newer format, intact: refused with its own code (a damaged version is just damage).
    QByteArray newer = session::encodeFileHeader(header);
    newer[8] = char(session::kFormatVersion + 1);
    newer.chop(4);
    const quint32 crc = session::crc32(newer);
    newer.append(reinterpret_cast<const char *>(&crc), 4);
    writeBytes(path, newer);
    QCOMPARE(reader.open(path).error().code, QStringLiteral("unsupportedVersion"));
    {
        SessionFileWriter writer;
        SessionWriterOptions options;
        options.overwrite = true;
        QVERIFY(writer.create(path, header, options));
        QVERIFY(writer.write({SessionRecordType::Bookmark, kBase, SessionBookmark{kBase, QStringLiteral("kept")}}));
        QVERIFY(writer.close());
    }
    QByteArray flipped = readBytes(path);
    flipped[8] = char(session::kFormatVersion + 1); // the header's CRC no longer matches
    writeBytes(path, flipped);
    QVERIFY(reader.open(path));
    QCOMPARE(reader.damage().first().reason, QStringLiteral("badHeader"));
    QCOMPARE(allRecords(reader).size(), 1);

    // A header followed by garbage.
    writeBytes(path, session::encodeFileHeader(header) + garbage);
    QVERIFY(reader.open(path));
    QCOMPARE(reader.damage().first().reason, QStringLiteral("badChunkHeader"));
    QCOMPARE(reader.damage().first().bytesLost, garbage.size());
}

void TstSessionFile::fuzzedFilesNeverCrash()
{
    static const Built b = build(m_dir.path(), QStringLiteral("fuzz.vigiesession"), 400, 20, 60);
    const QByteArray closed = readBytes(b.closedPath);
    QSet<QByteArray> known;
    for (const QByteArray &f : fingerprints(b.truth))
        known.insert(f);
    QRandomGenerator rng(20240301);
    const QString path = m_dir.filePath(QStringLiteral("fuzz-case.vigiesession"));
    for (int n = 0; n < 300; ++n) {
        QByteArray bytes = n % 2 ? closed : b.unclosed;
        const int edits = 1 + int(rng.bounded(6));
        for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
            const qsizetype at = qsizetype(rng.bounded(quint32(bytes.size())));
            switch (rng.bounded(5)) {
            case 0: bytes[at] = char(bytes[at] ^ (1 << rng.bounded(8))); break;
            case 1: bytes.truncate(at); break;
            case 2: bytes.insert(at, QByteArray(int(rng.bounded(64)) + 1, char(rng.bounded(256)))); break;
            case 3: bytes.remove(at, qsizetype(rng.bounded(200)) + 1); break;
            default: // overwrite a span with random bytes
                for (qsizetype i = at; i < std::min<qsizetype>(bytes.size(), at + 50); ++i)
                    bytes[i] = char(rng.bounded(256));
            }
        }
        writeBytes(path, bytes);
        SessionReader reader;
        if (!reader.open(path))
            continue;
        for (const SessionRecord &r : allRecords(reader))
            QVERIFY2(known.contains(fingerprint(r)), qPrintable(QStringLiteral("case %1").arg(n)));
        const SessionKeyframeRef ref = reader.keyframeBefore(kBase + 200'000);
        if (ref.isValid())
            reader.readKeyframe(ref);
        drain(reader.recordsAfter(ref, kBase + 250'000));
        reader.markers(kMinTs, kMaxTs);
        reader.verify();
    }
}

void TstSessionFile::repairAppendsIndex()
{
    static const Built b = build(m_dir.path(), QStringLiteral("repair.vigiesession"), 300, 30, 100);
    QByteArray bytes = b.unclosed;
    const qint64 at = b.chunkStarts[2] + session::kChunkHeaderSize + 5;
    bytes[at] = char(bytes[at] ^ 0x04);
    bytes += QByteArray(333, '\0');
    const QString path = m_dir.filePath(QStringLiteral("repair-damaged.vigiesession"));
    writeBytes(path, bytes);

    SessionReader readOnly;
    QVERIFY(readOnly.open(path));
    QCOMPARE(readOnly.repair().error().code, QStringLiteral("readOnly"));
    const SessionDamages before = readOnly.damage();
    const QVector<QByteArray> records = fingerprints(allRecords(readOnly));
    const qsizetype markerCount = readOnly.markers(kMinTs, kMaxTs)->size();
    QVERIFY(markerCount > 0);
    readOnly.close();
    QCOMPARE(readBytes(path), bytes); // read-only never writes

    SessionReader writable;
    QVERIFY(writable.open(path, SessionReader::Mode::ReadWrite));
    QVERIFY(writable.repair());
    QCOMPARE(writable.repair().error().code, QStringLiteral("nothingToRepair"));
    writable.close();
    QVERIFY(readBytes(path).startsWith(bytes)); // appended only

    SessionReader repaired;
    QVERIFY(repaired.open(path));
    QVERIFY(!repaired.isRecovered());
    QCOMPARE(fingerprints(allRecords(repaired)), records);
    QCOMPARE(repaired.damage().size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(repaired.damage()[i].reason, before[i].reason);
        QCOMPARE(repaired.damage()[i].offset, before[i].offset);
        QCOMPARE(repaired.damage()[i].bytesLost, before[i].bytesLost);
    }
    QCOMPARE(repaired.keyframes().size(), 3);
    QCOMPARE(repaired.markers(kMinTs, kMaxTs)->size(), markerCount);
}

void TstSessionFile::killedWhileRecording()
{
    QTemporaryDir folder;
    QProcess child;
    child.setProgram(QCoreApplication::applicationFilePath());
    child.setArguments({QString::fromLatin1(kChildFlag), folder.path()});
    child.setReadChannel(QProcess::StandardOutput);
    child.start();
    QVERIFY(child.waitForStarted(10'000));
    QByteArray output;
    qint64 seen = 0;
    while (seen < 4000 && child.state() == QProcess::Running) {
        if (child.waitForReadyRead(30'000))
            output += child.readAllStandardOutput();
        const qsizetype at = output.lastIndexOf("flushed ");
        if (at >= 0)
            seen = output.mid(at + 8).split('\n').first().toLongLong();
    }
    QCOMPARE(child.state(), QProcess::Running);
    child.kill(); // SIGKILL: no destructor, no footer
    QVERIFY(child.waitForFinished(10'000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    output += child.readAllStandardOutput();
    qint64 flushed = 0;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("flushed ") && line.endsWith(QByteArray::number(line.mid(8).toLongLong())))
            flushed = std::max(flushed, line.mid(8).toLongLong());
    }
    QVERIFY(flushed >= 4000);

    const QStringList files = QDir(folder.path()).entryList({QStringLiteral("*.vigiesession")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    SessionReader reader;
    QVERIFY(reader.open(folder.filePath(files.first())));
    QVERIFY(reader.isRecovered());
    QVERIFY(hasDamage(reader, QStringLiteral("missingIndex")));
    for (const SessionDamage &d : reader.damage()) // only the tail can be torn
        QVERIFY2(d.offset + d.bytesLost == QFileInfo(reader.path()).size(), qPrintable(damageText(reader)));
    qint64 expectedId = 1;
    SessionCursor cursor = reader.records(kMinTs, kMaxTs);
    SessionRecord r;
    while (cursor.next(&r)) {
        const RawMessage *m = r.as<RawMessage>();
        QVERIFY(m);
        QCOMPARE(m->id, expectedId);
        QCOMPARE(m->payload, rawMessage(expectedId, kBase + expectedId).payload);
        ++expectedId;
    }
    QVERIFY2(expectedId - 1 >= flushed, qPrintable(QStringLiteral("%1 < %2").arg(expectedId - 1).arg(flushed)));
}

void TstSessionFile::recorderDropsAreReported()
{
    QTemporaryDir folder;
    SessionRecorderOptions options;
    options.folder = folder.path();
    options.cityId = QStringLiteral("monaco");
    options.maxQueuedBytes = 600;
    options.rotation.mode = SessionRotation::Mode::Never;
    SessionRecorder recorder(options);
    QSignalSpy dropped(&recorder, &SessionRecorder::recordsDropped);
    QSignalSpy started(&recorder, &SessionRecorder::fileStarted);
    QVERIFY(!recorder.recordRawMessage(rawMessage(1, kBase))); // not running
    QVERIFY(recorder.start());
    QCOMPARE(started.size(), 1);
    QCOMPARE(recorder.start().error().code, QStringLiteral("alreadyRunning"));

    RawMessage big = rawMessage(2, kBase + 1);
    big.payload = QByteArray(2000, 'x');
    QVERIFY(!recorder.recordRawMessage(big));                          // over the budget: dropped
    QVERIFY(!recorder.recordKeyframe(kBase + 2, QByteArray(5000, 'k'))); // dropped too
    OperatorAction action{kBase + 3, QStringLiteral("Marc"), QStringLiteral("comment"), QStringLiteral("alarm"),
                          QStringLiteral("9"), QByteArray("{\"text\":\"" + QByteArray(3000, 'c') + "\"}")};
    QVERIFY(recorder.recordOperatorAction(action));                      // never dropped
    QVERIFY(!recorder.recordRawMessage(rawMessage(3, kBase + 4)));       // the action fills the budget
    QVERIFY(recorder.flush());
    QVERIFY(recorder.recordRawMessage(rawMessage(4, kBase + 5)));
    QVERIFY(recorder.flush());
    QCOMPARE(recorder.stats().recordsDropped, 3);
    QCOMPARE(recorder.stats().queuedBytes, 0);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().first().toLongLong(), 3);
    const QString path = recorder.stats().currentPath;
    QVERIFY(recorder.stop());
    QVERIFY(recorder.stop()); // twice is fine
    QVERIFY(!recorder.recordRawMessage(rawMessage(5, kBase + 6)));

    SessionReader reader;
    QVERIFY(reader.open(path));
    QVERIFY(!reader.isRecovered());
    const QVector<SessionRecord> records = allRecords(reader);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records[0].type, SessionRecordType::OperatorAction);
    QCOMPARE(records[1].type, SessionRecordType::Gap);
    QCOMPARE(records[2].type, SessionRecordType::RawMessage);
    const SessionGap *gap = records[1].as<SessionGap>();
    QCOMPARE(gap->fromMs, kBase + 1);
    QCOMPARE(gap->toMs, kBase + 4);
    QCOMPARE(gap->dropped[std::size_t(SessionRecordType::RawMessage)], 2u);
    QCOMPARE(gap->dropped[std::size_t(SessionRecordType::Keyframe)], 1u);
    QCOMPARE(reader.markers(kMinTs, kMaxTs)->first().type, SessionRecordType::Gap); // sorted by time
}

void TstSessionFile::rotationPolicy()
{
    const QTimeZone utc = QTimeZone::utc();
    const auto at = [&](const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch(); };
    SessionRotation shifts; // 06:00, 14:00, 22:00
    QCOMPARE(nextRotationMs(shifts, at("2024-03-01T05:59:59Z"), utc), at("2024-03-01T06:00:00Z"));
    QCOMPARE(nextRotationMs(shifts, at("2024-03-01T06:00:00Z"), utc), at("2024-03-01T14:00:00Z"));
    QCOMPARE(nextRotationMs(shifts, at("2024-03-01T23:10:00Z"), utc), at("2024-03-02T06:00:00Z"));
    SessionRotation hourly;
    hourly.mode = SessionRotation::Mode::Period;
    hourly.periodMs = 3600'000;
    QCOMPARE(nextRotationMs(hourly, at("2024-03-01T10:20:00Z"), utc), at("2024-03-01T11:00:00Z"));
    QCOMPARE(nextRotationMs(hourly, at("2024-03-01T23:30:00Z"), utc), at("2024-03-02T00:00:00Z"));
    SessionRotation odd = hourly;
    odd.periodMs = 7 * 3600'000; // 00:00, 07:00, 14:00, 21:00, then midnight again
    QCOMPARE(nextRotationMs(odd, at("2024-03-01T21:30:00Z"), utc), at("2024-03-02T00:00:00Z"));
    SessionRotation never;
    never.mode = SessionRotation::Mode::Never;
    QCOMPARE(nextRotationMs(never, at("2024-03-01T21:30:00Z"), utc), std::numeric_limits<qint64>::max());
    // Local shifts: Paris is UTC+1 in March.
    const QTimeZone paris("Europe/Paris");
    QCOMPARE(nextRotationMs(shifts, at("2024-03-01T04:00:00Z"), paris), at("2024-03-01T05:00:00Z"));

    QCOMPARE(sessionFileName(QStringLiteral("montpellier"), at("2024-03-01T05:07:00Z"), utc),
             QStringLiteral("montpellier-20240301-0507.vigiesession"));
    QCOMPARE(sessionFileName(QStringLiteral("Saint-Étienne/x"), at("2024-03-01T05:07:00Z"), paris),
             QStringLiteral("Saint-_tienne_x-20240301-0607.vigiesession"));
    QCOMPARE(sessionFileName(QString(), at("2024-03-01T05:07:00Z"), utc), QStringLiteral("session-20240301-0507.vigiesession"));
}

void TstSessionFile::rotationWithInjectedClock()
{
    QTemporaryDir folder;
    auto clock = std::make_shared<std::atomic<qint64>>(
        QDateTime::fromString(QStringLiteral("2024-03-01T05:50:00Z"), Qt::ISODate).toMSecsSinceEpoch());
    SessionRecorderOptions options;
    options.folder = folder.path();
    options.cityId = QStringLiteral("montpellier");
    options.metadata.insert(QStringLiteral("operator"), QStringLiteral("Élodie"));
    options.clock = [clock] { return clock->load(); };
    options.timeZone = QTimeZone::utc();
    SessionRecorder recorder(options);
    QStringList started;
    QStringList closed;
    std::mutex names;
    connect(&recorder, &SessionRecorder::fileStarted, this, [&](const QString &p) { std::lock_guard l(names); started << QFileInfo(p).fileName(); }, Qt::DirectConnection);
    connect(&recorder, &SessionRecorder::fileClosed, this, [&](const QString &p) { std::lock_guard l(names); closed << QFileInfo(p).fileName(); }, Qt::DirectConnection);
    QVERIFY(recorder.start());

    const auto record = [&](qint64 id) {
        QVERIFY(recorder.recordRawMessage(rawMessage(id, clock->load())));
        QVERIFY(recorder.flush());
    };
    record(1);
    record(2);
    clock->store(clock->load() + 10 * 60'000 + 30'000); // 06:00:30
    record(3);
    clock->store(clock->load() + 7 * 3600'000 + 59 * 60'000); // 13:59:30
    record(4);
    clock->store(clock->load() + 60'000); // 14:00:30
    record(5);
    QVERIFY(recorder.stop());

    const QStringList expected{QStringLiteral("montpellier-20240301-0550.vigiesession"),
                               QStringLiteral("montpellier-20240301-0600.vigiesession"),
                               QStringLiteral("montpellier-20240301-1400.vigiesession")};
    QCOMPARE(started, expected);
    QCOMPARE(closed, expected);
    QCOMPARE(QDir(folder.path()).entryList({QStringLiteral("*.vigiesession")}, QDir::Files, QDir::Name), expected);
    const QVector<QVector<qint64>> ids{{1, 2}, {3, 4}, {5}};
    for (int f = 0; f < 3; ++f) {
        SessionReader reader;
        QVERIFY(reader.open(folder.filePath(expected[f])));
        QVERIFY(!reader.isRecovered()); // closed with its index at rotation
        QCOMPARE(reader.header().cityId, QStringLiteral("montpellier"));
        QCOMPARE(reader.header().metadata.value(QStringLiteral("operator")).toString(), QStringLiteral("Élodie"));
        QVector<qint64> got;
        for (const SessionRecord &r : allRecords(reader))
            got.append(r.as<RawMessage>()->id);
        QCOMPARE(got, ids[f]);
    }
}

void TstSessionFile::exportWindow()
{
    static const Built b = build(m_dir.path(), QStringLiteral("export.vigiesession"), 1000, 30, 100);
    SessionReader reader;
    QVERIFY(reader.open(b.closedPath));
    const QString out = m_dir.filePath(QStringLiteral("export-window.vigiesession"));
    const qint64 from = kBase + 450'500; // keyframe at record 400
    const qint64 to = kBase + 612'000;
    QVERIFY(reader.exportWindow(from, to, out));
    QCOMPARE(reader.exportWindow(to, from, out).error().code, QStringLiteral("badWindow"));
    QCOMPARE(reader.exportWindow(from, to, b.closedPath).error().code, QStringLiteral("samePath"));

    SessionReader exported;
    QVERIFY(exported.open(out));
    QVERIFY(!exported.isRecovered());
    QVERIFY(exported.damage().isEmpty());
    QCOMPARE(exported.header().cityId, QStringLiteral("montpellier"));
    QCOMPARE(exported.header().metadata.value(QStringLiteral("exportedFrom")).toString(), QStringLiteral("export.vigiesession"));
    QCOMPARE(qint64(exported.header().metadata.value(QStringLiteral("windowFromMs")).toDouble()), from);
    QCOMPARE(qint64(exported.header().metadata.value(QStringLiteral("windowToMs")).toDouble()), to);
    QVector<SessionRecord> expected{keyframe(kBase + 400'000)};
    expected += expectedAfter(b.truth, kBase + 400'000, to);
    QCOMPARE(fingerprints(allRecords(exported)), fingerprints(expected));
    QVERIFY(QFileInfo(out).size() < QFileInfo(b.closedPath).size() / 3);

    // Self-contained: the state at `from` rebuilds from the export alone, as from the source.
    const SessionKeyframeRef ref = exported.keyframeBefore(from);
    QCOMPARE(ref.atMs, kBase + 400'000);
    QCOMPARE(fingerprints(drain(exported.recordsAfter(ref, from))),
             fingerprints(drain(reader.recordsAfter(reader.keyframeBefore(from), from))));

    // A window before the first keyframe starts at the first record.
    QVERIFY(reader.exportWindow(kMinTs, kBase - 1, out));
    SessionReader early;
    QVERIFY(early.open(out));
    QCOMPARE(fingerprints(allRecords(early)), fingerprints(expectedWindow(b.truth, kMinTs, kBase - 1, kAllSessionRecordTypes)));
}

void TstSessionFile::exportActionsCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("actions.vigiesession"));
    const qint64 t0 = QDateTime::fromString(QStringLiteral("2024-03-01T02:14:05Z"), Qt::ISODate).toMSecsSinceEpoch();
    {
        SessionFileWriter writer;
        QVERIFY(writer.create(path, {}));
        // Written out of time order; the report is sorted.
        QVERIFY(writer.write({SessionRecordType::OperatorAction, t0 + 60'000,
                              OperatorAction{t0 + 60'000, QStringLiteral("Dupont, Jean"), QStringLiteral("shelve"),
                                             QStringLiteral("alarm"), QStringLiteral("42"),
                                             QByteArray("{\"reason\":\"capteur \\\"HS\\\"\"}")}}));
        QVERIFY(writer.write({SessionRecordType::RawMessage, t0, rawMessage(1, t0)}));
        QVERIFY(writer.write({SessionRecordType::OperatorAction, t0,
                              OperatorAction{t0, QStringLiteral("Élodie Lefèvre"), QStringLiteral("comment"),
                                             QStringLiteral("intervention"), QStringLiteral("7"),
                                             QByteArray("{\"text\":\"ligne 1\\nligne 2, fin\"}")}}));
        QVERIFY(writer.write({SessionRecordType::OperatorAction, t0 + 3600'000,
                              OperatorAction{t0 + 3600'000, QStringLiteral("Marc"), QStringLiteral("settingsChange"),
                                             QString(), QString(), QByteArray()}}));
        QVERIFY(writer.close());
    }
    SessionReader reader;
    QVERIFY(reader.open(path));
    const QString csv = m_dir.filePath(QStringLiteral("actions.csv"));
    QVERIFY(reader.exportActionsCsv(t0, t0 + 60'000, csv, QTimeZone::utc()));
    const QByteArray expected = "\xEF\xBB\xBF"
                                "Time,Operator,Action,Target,Detail\r\n"
                                "2024-03-01T02:14:05+00:00,Élodie Lefèvre,comment,intervention:7,"
                                "\"{\"\"text\"\":\"\"ligne 1\\nligne 2, fin\"\"}\"\r\n"
                                "2024-03-01T02:15:05+00:00,\"Dupont, Jean\",shelve,alarm:42,"
                                "\"{\"\"reason\"\":\"\"capteur \\\"\"HS\\\"\"\"\"}\"\r\n";
    QCOMPARE(readBytes(csv), expected);

    // A real line break inside a field, and the zone's offset.
    {
        SessionFileWriter writer;
        SessionWriterOptions options;
        options.overwrite = true;
        QVERIFY(writer.create(path, {}, options));
        QVERIFY(writer.write({SessionRecordType::OperatorAction, t0,
                              OperatorAction{t0, QStringLiteral("A\nB"), QStringLiteral("x"), QStringLiteral("k"),
                                             QStringLiteral("1"), QByteArray()}}));
        QVERIFY(writer.close());
    }
    QVERIFY(reader.open(path));
    QVERIFY(reader.exportActionsCsv(kMinTs, kMaxTs, csv, QTimeZone(3600)));
    QCOMPARE(readBytes(csv), QByteArray("\xEF\xBB\xBF"
                                        "Time,Operator,Action,Target,Detail\r\n"
                                        "2024-03-01T03:14:05+01:00,\"A\nB\",x,k:1,\r\n"));
    QCOMPARE(reader.exportActionsCsv(5, 4, csv).error().code, QStringLiteral("badWindow"));
}

// The kill -9 test runs this executable again as the recording child.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], kChildFlag) == 0)
        return recordUntilKilled(QString::fromLocal8Bit(argv[2]));
    TstSessionFile test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sessionfile.moc"
