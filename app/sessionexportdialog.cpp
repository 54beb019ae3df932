#include "sessionexportdialog.h"

#include "recording/sessionreader.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace vigie {

namespace {

constexpr qint64 kHourMs = 3600'000;

// Qt 6.4's QDateTimeEdit has no time zone: it edits the wall time of `zone` as if it were
// UTC, and reads it back in `zone`.
QDateTime wallTime(qint64 ms, const QTimeZone &zone)
{
    const QDateTime inZone = QDateTime::fromMSecsSinceEpoch(ms, zone);
    return QDateTime(inZone.date(), inZone.time(), Qt::UTC);
}

qint64 fromWallTime(const QDateTime &wall, const QTimeZone &zone)
{
    return QDateTime(wall.date(), wall.time(), zone).toMSecsSinceEpoch();
}

QDateTimeEdit *timeEdit(qint64 ms, qint64 startMs, qint64 endMs, const QTimeZone &zone, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    edit->setCalendarPopup(true);
    edit->setDateTimeRange(wallTime(startMs, zone), wallTime(endMs, zone).addSecs(1));
    edit->setDateTime(wallTime(ms, zone));
    return edit;
}

} // namespace

SessionExportDialog::SessionExportDialog(SessionExportKind kind, qint64 startMs, qint64 endMs, qint64 playheadMs,
                                         const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_startMs(startMs)
    , m_endMs(endMs)
    , m_zone(zone)
{
    setObjectName(QStringLiteral("sessionExportDialog"));
    setWindowTitle(kind == SessionExportKind::Session ? tr("Export a time window") : tr("Export the shift report"));
    const qint64 to = std::clamp(playheadMs, startMs, endMs);
    const qint64 from = std::max(startMs, to - kHourMs);
    m_from = timeEdit(from, startMs, endMs, zone, this);
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_to = timeEdit(to, startMs, endMs, zone, this);
    m_to->setObjectName(QStringLiteral("exportTo"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("exportProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));

    auto *form = new QFormLayout(this);
    auto *what = new QLabel(kind == SessionExportKind::Session
                                ? tr("A smaller session file holding this window (with the keyframe before it), "
                                     "to replay elsewhere.")
                                : tr("Every operator action of this window, as a spreadsheet (CSV): time, "
                                     "operator, action, target, detail."),
                            this);
    what->setWordWrap(true);
    form->addRow(what);
    form->addRow(tr("From (%1)").arg(QString::fromUtf8(zone.id())), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &SessionExportDialog::check);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &SessionExportDialog::check);
    check();
}

qint64 SessionExportDialog::fromMs() const
{
    return std::max(m_startMs, fromWallTime(m_from->dateTime(), m_zone));
}

qint64 SessionExportDialog::toMs() const
{
    return std::min(m_endMs, fromWallTime(m_to->dateTime(), m_zone));
}

void SessionExportDialog::check()
{
    const bool ok = fromMs() <= toMs();
    m_problem->setText(ok ? QString() : tr("The window ends before it starts."));
    m_ok->setEnabled(ok);
}

void SessionExportDialog::run(SessionExportKind kind, const QString &sessionPath, qint64 startMs, qint64 endMs,
                              qint64 playheadMs, const QTimeZone &zone, QWidget *parent,
                              std::function<void(const Status &, const QString &)> done)
{
    SessionExportDialog dialog(kind, startMs, endMs, playheadMs, zone, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QFileInfo session(sessionPath);
    const QString suggested = session.dir().filePath(
        kind == SessionExportKind::Session ? session.completeBaseName() + QStringLiteral("-extrait.vigiesession")
                                           : session.completeBaseName() + QStringLiteral("-actions.csv"));
    const QString out = QFileDialog::getSaveFileName(
        parent, dialog.windowTitle(), suggested,
        kind == SessionExportKind::Session ? tr("Vigie sessions (*.vigiesession)") : tr("CSV files (*.csv)"));
    if (out.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<Status>(parent);
    QObject::connect(watcher, &QFutureWatcher<Status>::finished, watcher, [watcher, out, done = std::move(done)] {
        done(watcher->result(), tr("Exported to %1.").arg(QDir::toNativeSeparators(out)));
        watcher->deleteLater();
    });
    watcher->setFuture(exportSession(kind, sessionPath, dialog.fromMs(), dialog.toMs(), out, zone));
}

QFuture<Status> exportSession(SessionExportKind kind, const QString &sessionPath, qint64 fromMs, qint64 toMs,
                              const QString &outPath, const QTimeZone &zone)
{
    return QtConcurrent::run([=]() -> Status {
        SessionReader reader;
        if (Status opened = reader.open(sessionPath, SessionReader::Mode::ReadOnly); !opened)
            return opened;
        return kind == SessionExportKind::Session ? reader.exportWindow(fromMs, toMs, outPath)
                                                  : reader.exportActionsCsv(fromMs, toMs, outPath, zone);
    });
}

} // namespace vigie
