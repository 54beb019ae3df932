#include "replaysource.h"

#include <QFileInfo>

namespace vigie {

ReplaySource::ReplaySource(QString path, QObject *parent)
    : IngestSource(parent)
    , m_path(std::move(path))
{
}

QString ReplaySource::description() const
{
    return QStringLiteral("replay: %1").arg(QFileInfo(m_path).fileName());
}

void ReplaySource::open()
{
    {
        std::lock_guard lock(m_mutex);
        m_open = true;
    }
    publishState(SourceState::Connected, description());
}

void ReplaySource::close()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_open)
            return;
        m_open = false;
    }
    publishState(SourceState::Idle);
}

bool ReplaySource::push(RawMessage &&message)
{
    std::lock_guard lock(m_mutex);
    if (!m_open)
        return false;
    message.id = 0;
    deliver(std::move(message));
    return true;
}

void ReplaySource::setFinished(bool finished)
{
    if (!isOpen())
        return;
    publishState(finished ? SourceState::Finished : SourceState::Connected, description());
}

bool ReplaySource::isOpen() const
{
    std::lock_guard lock(m_mutex);
    return m_open;
}

} // namespace vigie
