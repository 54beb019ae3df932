// SessionReader's exports: a time window as a smaller session, and operator actions as CSV.

#include "recording/sessionfilewriter.h"
#include "recording/sessionreader.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace vigie {

namespace {

/// RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled.
QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes.prepend('"');
        bytes.append('"');
    }
    return bytes;
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(',');
        line.append(csvField(fields[i]));
    }
    line.append("\r\n");
    return line;
}

bool samePath(const QString &a, const QString &b)
{
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return fa.absoluteFilePath() == fb.absoluteFilePath();
}

} // namespace

Status SessionReader::exportWindow(qint64 fromMs, qint64 toMs, const QString &outPath)
{
    if (!isOpen())
        return Error{QStringLiteral("notOpen"), tr("No session is open.")};
    if (fromMs > toMs)
        return Error{QStringLiteral("badWindow"), tr("The window to export ends before it starts.")};
    if (samePath(outPath, path()))
        return Error{QStringLiteral("samePath"), tr("A session cannot be exported onto itself.")};

    // The keyframe the window starts from; if its chunk is damaged, an earlier one.
    SessionKeyframeRef start = keyframeBefore(fromMs);
    std::optional<SessionKeyframeRecord> keyframe;
    while (start.isValid() && !keyframe) {
        Result<SessionKeyframeRecord> read = readKeyframe(start);
        if (read.ok()) {
            keyframe = std::move(read).value();
        } else {
            const QVector<SessionKeyframeRef> &all = keyframes();
            auto it = std::find_if(all.begin(), all.end(), [&start](const SessionKeyframeRef &k) {
                return k.chunk == start.chunk && k.record == start.record;
            });
            start = it == all.begin() || it == all.end() ? SessionKeyframeRef{} : *(it - 1);
        }
    }

    SessionHeader header = m_header;
    header.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    header.metadata.insert(QStringLiteral("exportedFrom"), QFileInfo(path()).fileName());
    header.metadata.insert(QStringLiteral("windowFromMs"), double(fromMs));
    header.metadata.insert(QStringLiteral("windowToMs"), double(toMs));
    SessionWriterOptions options;
    options.overwrite = true;
    options.syncIntervalMs = -1; // one sync at close()

    SessionFileWriter writer;
    Status status = writer.create(outPath, header, options);
    if (!status)
        return status;
    if (keyframe)
        status = writer.write(SessionRecord{SessionRecordType::Keyframe, keyframe->atMs, *keyframe});
    SessionCursor cursor = recordsAfter(start, toMs);
    SessionRecord record;
    while (status && cursor.next(&record))
        status = writer.write(record);
    const Status closed = writer.close();
    if (status && !closed)
        status = closed;
    if (!status)
        QFile::remove(outPath);
    return status;
}

Status SessionReader::exportActionsCsv(qint64 fromMs, qint64 toMs, const QString &outPath, const QTimeZone &zone)
{
    if (!isOpen())
        return Error{QStringLiteral("notOpen"), tr("No session is open.")};
    if (fromMs > toMs)
        return Error{QStringLiteral("badWindow"), tr("The window to export ends before it starts.")};

    QVector<OperatorAction> actions;
    SessionCursor cursor = records(fromMs, toMs, sessionTypeBit(SessionRecordType::OperatorAction));
    SessionRecord record;
    while (cursor.next(&record)) {
        if (const auto *action = record.as<OperatorAction>())
            actions.append(*action);
    }
    std::stable_sort(actions.begin(), actions.end(),
                     [](const OperatorAction &a, const OperatorAction &b) { return a.atMs < b.atMs; });

    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("createFailed"),
                     tr("Cannot create the file %1: %2.").arg(outPath, file.errorString())};
    QByteArray bytes("\xEF\xBB\xBF"); // UTF-8 BOM: Excel reads the file as UTF-8
    bytes.append(csvLine({tr("Time"), tr("Operator"), tr("Action"), tr("Target"), tr("Detail")}));
    for (const OperatorAction &a : std::as_const(actions)) {
        const QString time = QDateTime::fromMSecsSinceEpoch(a.atMs, zone).toString(Qt::ISODate);
        const QString target = a.targetKind.isEmpty() && a.targetId.isEmpty() ? QString()
                                                                              : a.targetKind + u':' + a.targetId;
        bytes.append(csvLine({time, a.actor, a.action, target, QString::fromUtf8(a.detailJson)}));
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{QStringLiteral("writeFailed"), tr("Cannot write the file %1: %2.").arg(outPath, file.errorString())};
    return {};
}

} // namespace vigie
