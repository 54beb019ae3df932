#include "ingestsource.h"

#include <QMetaObject>
#include <QThread>

namespace vigie {

IngestSource::IngestSource(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<vigie::SourceState>();
}

IngestSource::~IngestSource() = default;

void IngestSource::deliver(RawMessage &&message)
{
    if (m_inbox)
        m_inbox->push(std::move(message));
}

void IngestSource::publishState(SourceState state, const QString &detail)
{
    m_state.store(state);
    if (QThread::currentThread() == thread()) {
        emit stateChanged(state, detail);
        return;
    }
    QMetaObject::invokeMethod(this, [this, state, detail] { emit stateChanged(state, detail); },
                              Qt::QueuedConnection);
}

} // namespace vigie
