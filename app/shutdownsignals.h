#pragma once

#include "domain/result.h"

#include <QObject>

class QSocketNotifier;

namespace vigie {

/// \brief Turns SIGTERM, SIGINT and SIGHUP into a Qt signal on the thread that owns it.
///
/// `kill`, Ctrl+C in a terminal, a closed terminal or systemd stopping the service would
/// otherwise end Vigie at once, losing what was received (and acknowledged to the broker)
/// but not committed yet. With this, they run the same clean shutdown as closing the window.
///
/// The standard Qt recipe ("Calling Qt Functions From Unix Signal Handlers"): the handler,
/// which may only call async-signal-safe functions, write()s the signal number into one end
/// of a non-blocking socket pair; a QSocketNotifier on the other end reads it in the event
/// loop and emits received(). If the pipe is full (signals arriving faster than the loop
/// reads them) the extra bytes are dropped: one pending signal is enough to shut down.
///
/// One instance per process (the handler has a single pipe). Create it on the GUI thread,
/// after the QCoreApplication. The destructor restores the previous dispositions.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

    /// Creates the socket pair and installs the handlers (sigaction, SA_RESTART).
    /// Errors: `signalSetup` (socketpair or sigaction failed, with the system's reason;
    /// nothing is installed then), `alreadyInstalled` (another instance exists).
    [[nodiscard]] Status install();

signals:
    /// A shutdown signal arrived: SIGTERM, SIGINT or SIGHUP (its number).
    void received(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
    bool m_installed = false;
};

} // namespace vigie
