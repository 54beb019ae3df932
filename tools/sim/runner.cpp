#include "runner.h"

#include <QDateTime>

#include <thread>

namespace vigie::sim {

namespace {

constexpr int kFinishTimeoutMs = 10'000;
constexpr double kProgressEverySeconds = 5;
constexpr double kMaxLagSeconds = 1;
constexpr double kMinSleepSeconds = 0.001;

} // namespace

Status PrintSink::send(const SimMessage &message, std::chrono::steady_clock::time_point)
{
    std::fwrite(message.topic.constData(), 1, std::size_t(message.topic.size()), m_out);
    std::fputc('\t', m_out);
    std::fwrite(message.payload.constData(), 1, std::size_t(message.payload.size()), m_out);
    if (std::fputc('\n', m_out) == EOF)
        return Error{QStringLiteral("writeFailed"), QStringLiteral("cannot write to the standard output")};
    return {};
}

Status PrintSink::finish(int)
{
    if (std::fflush(m_out) != 0)
        return Error{QStringLiteral("writeFailed"), QStringLiteral("cannot write to the standard output")};
    return {};
}

Runner::Runner(Simulator *simulator, MessageSink *sink, RunOptions options)
    : m_sim(simulator)
    , m_sink(sink)
    , m_options(options)
{
}

Result<RunSummary> Runner::run(const std::atomic<bool> *stop)
{
    m_wallStart = Clock::now();
    m_lastProgress = m_wallStart;
    m_simStartMs = m_sim->simTimeMs();
    const Clock::time_point giveUpAt = m_options.realTime && m_options.durationS > 0
        ? m_wallStart + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(m_options.durationS))
        : Clock::time_point::max();
    while (!(stop && stop->load())) {
        if (m_options.count > 0 && m_sent >= m_options.count)
            break;
        const std::optional<double> slot = nextSlotSeconds();
        if (!slot)
            break;
        m_sim->advanceTo(m_simStartMs + qint64(*slot * m_options.speed * 1000.0));
        if (m_stepHook)
            m_stepHook(m_sim->simTimeMs());
        ++m_slot;
        if (const std::optional<SimMessage> message = m_sim->nextMessage(QDateTime::currentMSecsSinceEpoch())) {
            const Status sent = m_sink->send(*message, giveUpAt);
            if (!sent && sent.error().code == QLatin1String("interrupted"))
                break;
            if (!sent)
                return sent.error();
            ++m_sent;
        }
        reportProgress(false);
    }
    reportProgress(true);
    if (const Status finished = m_sink->finish(kFinishTimeoutMs); !finished)
        return finished.error();
    return RunSummary{m_sent, wallSeconds(), m_sim->simTimeMs() - m_simStartMs};
}

std::optional<double> Runner::nextSlotSeconds()
{
    const double wall = wallSeconds();
    if (m_options.rate <= 0) {
        if (m_options.durationS > 0 && wall >= m_options.durationS)
            return std::nullopt;
        return wall;
    }
    const double slot = double(m_slot) / m_options.rate;
    if (m_options.durationS > 0 && (m_options.realTime ? wall : slot) >= m_options.durationS)
        return std::nullopt;
    if (m_options.realTime)
        waitForSlot(slot);
    return slot;
}

void Runner::waitForSlot(double slotSeconds)
{
    const double wall = wallSeconds();
    const double due = slotSeconds + m_lagSeconds;
    if (wall - due > kMaxLagSeconds) {
        m_lagSeconds = wall - slotSeconds; // fell behind (slow broker): resume from now
        return;
    }
    if (due - wall > kMinSleepSeconds)
        std::this_thread::sleep_for(std::chrono::duration<double>(due - wall));
}

double Runner::wallSeconds() const
{
    return std::chrono::duration<double>(Clock::now() - m_wallStart).count();
}

void Runner::reportProgress(bool force)
{
    const Clock::time_point now = Clock::now();
    const double since = std::chrono::duration<double>(now - m_lastProgress).count();
    if (!m_options.progress || (!force && since < kProgressEverySeconds))
        return;
    const SimTotals t = m_sim->totals();
    const QDateTime simTime = QDateTime::fromMSecsSinceEpoch(m_sim->simTimeMs(), m_sim->config().zone);
    const double perSecond = since > 0 ? double(m_sent - m_sentAtLastProgress) / since : 0;
    const QString line = QStringLiteral("vigie-sim: sim %1 | sent %2 (valid %3, malformed %4) | %5 msg/s | "
                                        "lamps on %6 | failed lamps %7 | full containers %8 | silent %9 | queued %10\n")
                             .arg(simTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")))
                             .arg(m_sent)
                             .arg(t.valid)
                             .arg(t.malformed)
                             .arg(qRound(perSecond))
                             .arg(t.lampsOn)
                             .arg(t.failedLamps)
                             .arg(t.fullContainers)
                             .arg(t.silent)
                             .arg(t.queuedChanges);
    std::fputs(line.toLocal8Bit().constData(), stderr);
    m_lastProgress = now;
    m_sentAtLastProgress = m_sent;
}

} // namespace vigie::sim
