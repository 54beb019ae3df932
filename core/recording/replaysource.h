#pragma once

#include "ingest/ingestsource.h"

#include <mutex>

namespace vigie {

/// \brief Delivers a session's recorded RawMessages (original topic, payload, qos, retain,
/// receivedAtMs) into its MessageInbox from the SessionPlayer's thread, paced by the player.
///
/// Same IngestSource interface as MqttSource: IngestService and IngestPipeline cannot tell
/// them apart, so replayed messages are decoded, bound and evaluated exactly as live ones.
/// Never publishes anything (it has no broker connection at all). Owned by its
/// SessionPlayer; give it to IngestService::useSource().
class ReplaySource final : public IngestSource
{
    Q_OBJECT
public:
    explicit ReplaySource(QString path, QObject *parent = nullptr);

    /// "replay: <session file>".
    QString description() const override;
    /// Accepts messages from now on (state Connected). Owner's thread.
    void open() override;
    /// Refuses messages from now on; returns once a push under way has returned. Owner's thread.
    void close() override;

    /// Player thread. Hands `message` to the pipeline (the message id is left to the
    /// pipeline, which numbers it); blocks while the inbox is full. False when closed.
    bool push(RawMessage &&message);
    /// Any thread. The player reached the end of the session (state Finished) or left it
    /// (Connected again after a seek).
    void setFinished(bool finished);
    bool isOpen() const;
    /// The session file named by description(). Owner's thread.
    void setPath(const QString &path) { m_path = path; }

private:
    QString m_path;
    mutable std::mutex m_mutex; ///< Held during a push, so that close() waits for it.
    bool m_open = false;
};

} // namespace vigie
