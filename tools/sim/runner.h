#pragma once

#include "domain/result.h"
#include "simulator.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>

namespace vigie::sim {

/// \brief Where the messages go: standard output (`--print`) or an MQTT broker.
class MessageSink
{
public:
    virtual ~MessageSink() = default;
    /// Delivers one message; may block (flow control, broker away), but not past `giveUpAt`.
    /// Called on the runner's thread. Errors end the run; the code `interrupted` (the stop
    /// flag was raised, or `giveUpAt` passed, while waiting) ends it normally.
    virtual Status send(const SimMessage &message, std::chrono::steady_clock::time_point giveUpAt) = 0;
    /// After the last message: waits up to `timeoutMs` for everything to be delivered, then
    /// closes. Errors: `unacknowledged` (messages the broker never confirmed), write errors.
    virtual Status finish(int timeoutMs) = 0;
};

/// \brief Writes "topic TAB payload" lines to a stdio stream (the payload as raw bytes).
class PrintSink final : public MessageSink
{
public:
    explicit PrintSink(std::FILE *out) : m_out(out) {}
    Status send(const SimMessage &message, std::chrono::steady_clock::time_point giveUpAt) override;
    Status finish(int timeoutMs) override;

private:
    std::FILE *m_out;
};

/// \brief How fast and how long to run.
struct RunOptions
{
    double speed = 120;        ///< Simulated seconds per wall-clock second.
    double rate = 200;         ///< Messages per wall-clock second; 0 = as fast as the sink takes them.
    double durationS = 0;      ///< Stop after this many seconds (see Runner); 0 = never.
    qint64 count = 0;          ///< Stop after this many messages; 0 = never.
    bool realTime = true;      ///< Pace against the wall clock; false: no waiting (--print).
    bool progress = true;      ///< A progress line on stderr every 5 wall-clock seconds.
};

/// \brief What a run did.
struct RunSummary
{
    qint64 sent = 0;
    double wallSeconds = 0;
    qint64 simulatedMs = 0;    ///< Simulated time covered.
};

/// \brief Drives a Simulator and hands its messages to a sink.
///
/// With a rate, message k goes out in slot k, k / rate seconds after the start, and the model
/// is advanced to start + speed × k / rate before it is made: the simulated clock follows the
/// slots, not the wall clock, so a run is reproducible with its seed, and a slow broker slows
/// the simulation down instead of making it skip. In real time the runner sleeps until each
/// slot; if the sink fell more than a second behind it resumes from now rather than bursting.
/// `durationS` counts wall-clock seconds in real time and slot time otherwise. With rate 0,
/// simulated time follows the wall clock (benchmark mode; not reproducible).
class Runner
{
public:
    Runner(Simulator *simulator, MessageSink *sink, RunOptions options);

    /// Called on the runner's thread each time the model has been advanced, with the
    /// simulated time (UTC ms), before the slot's message is made: what else lives on
    /// simulated time (the field crews) runs there and may act on the simulator.
    void setStepHook(std::function<void(qint64 simMs)> hook) { m_stepHook = std::move(hook); }

    /// Runs until the count, the duration or `stop` (may be null) says to stop, then lets the
    /// sink finish (10 s at most). Blocks; call from one thread.
    /// Errors: those of the sink.
    Result<RunSummary> run(const std::atomic<bool> *stop);

private:
    using Clock = std::chrono::steady_clock;

    std::optional<double> nextSlotSeconds();
    void waitForSlot(double slotSeconds);
    double wallSeconds() const;
    void reportProgress(bool force);

    Simulator *m_sim;
    MessageSink *m_sink;
    std::function<void(qint64 simMs)> m_stepHook;
    RunOptions m_options;
    Clock::time_point m_wallStart;
    Clock::time_point m_lastProgress;
    double m_lagSeconds = 0;   ///< How far the slots were pushed back after falling behind.
    qint64 m_slot = 0;
    qint64 m_sent = 0;
    qint64 m_sentAtLastProgress = 0;
    qint64 m_simStartMs = 0;
};

} // namespace vigie::sim
