#include "shutdownsignals.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace vigie {

namespace {

constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};

/// [0]: written by the handler; [1]: read by the notifier. -1 while no instance is installed.
int g_pipe[2] = {-1, -1};
struct sigaction g_previous[std::size(kSignals)];

extern "C" void onShutdownSignal(int signalNumber)
{
    // Async-signal-safe only: write(2), and errno restored for the interrupted code.
    const int saved = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[0], &byte, 1);
    errno = saved;
}

Error systemError(const char *what)
{
    return Error{QStringLiteral("signalSetup"),
                 QStringLiteral("%1 failed: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)))};
}

} // namespace

ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
{
}

ShutdownSignals::~ShutdownSignals()
{
    if (!m_installed)
        return;
    for (std::size_t i = 0; i < std::size(kSignals); ++i)
        ::sigaction(kSignals[i], &g_previous[i], nullptr);
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

Status ShutdownSignals::install()
{
    if (m_installed || g_pipe[0] >= 0)
        return Error{QStringLiteral("alreadyInstalled"), QStringLiteral("shutdown signal handlers are already installed")};
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        return systemError("socketpair");
    // The handler must never block: a full pipe drops the byte instead.
    ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    ::fcntl(fds[1], F_SETFL, ::fcntl(fds[1], F_GETFL) | O_NONBLOCK);
    g_pipe[0] = fds[0];
    g_pipe[1] = fds[1];

    struct sigaction action = {};
    action.sa_handler = onShutdownSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (std::size_t i = 0; i < std::size(kSignals); ++i) {
        if (::sigaction(kSignals[i], &action, &g_previous[i]) != 0) {
            const Error e = systemError("sigaction");
            for (std::size_t j = 0; j < i; ++j)
                ::sigaction(kSignals[j], &g_previous[j], nullptr);
            ::close(fds[0]);
            ::close(fds[1]);
            g_pipe[0] = g_pipe[1] = -1;
            return e;
        }
    }
    m_notifier = new QSocketNotifier(fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ShutdownSignals::readSignal);
    m_installed = true;
    return {};
}

void ShutdownSignals::readSignal()
{
    unsigned char byte = 0;
    while (::read(g_pipe[1], &byte, 1) == 1)
        emit received(int(byte));
}

} // namespace vigie
