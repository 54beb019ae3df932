#pragma once

#include "messageinbox.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace vigie {

/// \brief Connection state of an ingest source, shown in the status bar.
enum class SourceState : quint8 {
    Idle,         ///< Not opened, or closed.
    Connecting,   ///< First attempt under way.
    Connected,    ///< Delivering messages.
    Reconnecting, ///< Lost; retrying with back-off.
    Failed,       ///< Gave up: the reason is not transient (refused credentials, bad host name).
    Finished,     ///< A finite source (replay) delivered everything.
};

/// \brief Where messages come from: a live broker or a recorded session.
///
/// The one interface live MQTT and replay share, so decoding, storage, the map and the
/// charts cannot tell them apart. A source delivers RawMessages into the MessageInbox it is
/// given, from a thread of its own; it never decodes. Create, open and close it on one
/// thread (the one it lives on, normally the GUI thread); stateChanged() is emitted there.
class IngestSource : public QObject
{
    Q_OBJECT
public:
    explicit IngestSource(QObject *parent = nullptr);
    ~IngestSource() override;

    /// Must be called before open(). Shared with the pipeline that drains it.
    void setInbox(std::shared_ptr<MessageInbox> inbox) { m_inbox = std::move(inbox); }

    /// Human-readable origin, e.g. "mqtt://127.0.0.1:1883 (vigie-host-montpellier)".
    virtual QString description() const = 0;
    /// Starts delivering. Non-blocking; progress comes through stateChanged().
    virtual void open() = 0;
    /// Stops delivering. Blocks until the producer thread has stopped pushing.
    virtual void close() = 0;

    SourceState state() const { return m_state.load(); }

signals:
    /// `detail` is a short English or translated sentence: the broker's reason, the delay.
    void stateChanged(vigie::SourceState state, const QString &detail);

protected:
    /// Producer thread. Hands a message to the pipeline.
    void deliver(RawMessage &&message);
    /// Any thread. Records the state and emits stateChanged() on this object's thread.
    void publishState(SourceState state, const QString &detail = {});

private:
    std::shared_ptr<MessageInbox> m_inbox;
    std::atomic<SourceState> m_state{SourceState::Idle};
};

} // namespace vigie

Q_DECLARE_METATYPE(vigie::SourceState)
