#pragma once

#include "domain/result.h"

#include <QDialog>
#include <QFuture>
#include <QTimeZone>

#include <functional>

class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace vigie {

/// \brief What Session ▸ Export writes from the session under review (issue 7, "Export").
enum class SessionExportKind : quint8 {
    Session,     ///< A smaller, self-contained session file (SessionReader::exportWindow()).
    ShiftReport, ///< The operator actions as CSV (SessionReader::exportActionsCsv()).
};

/// \brief Asks for the time window of an export, typed in the city's time zone.
///
/// Starts on the hour before the playhead (clamped to the session), ends at the playhead.
/// OK is disabled while the window is empty or outside the session. GUI thread. Times are
/// UTC milliseconds.
class SessionExportDialog : public QDialog
{
    Q_OBJECT
public:
    SessionExportDialog(SessionExportKind kind, qint64 startMs, qint64 endMs, qint64 playheadMs, const QTimeZone &zone,
                        QWidget *parent = nullptr);

    qint64 fromMs() const;
    qint64 toMs() const;

    /// The whole command: the dialog, then the file name, then the export on a worker thread.
    /// `done` is called on the GUI thread with a sentence for the status bar, or an error
    /// (shown by the caller). Nothing happens when the user cancels.
    static void run(SessionExportKind kind, const QString &sessionPath, qint64 startMs, qint64 endMs, qint64 playheadMs,
                    const QTimeZone &zone, QWidget *parent, std::function<void(const Status &, const QString &)> done);

private:
    void check();

    qint64 m_startMs;
    qint64 m_endMs;
    QTimeZone m_zone;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

/// Exports [fromMs, toMs] of the session at `sessionPath` to `outPath` on a worker thread,
/// with a read-only SessionReader of its own (the player's stays untouched). CSV times are
/// written in `zone`. Errors: those of SessionReader::open(), exportWindow() and
/// exportActionsCsv(). Any thread.
QFuture<Status> exportSession(SessionExportKind kind, const QString &sessionPath, qint64 fromMs, qint64 toMs,
                              const QString &outPath, const QTimeZone &zone);

} // namespace vigie
