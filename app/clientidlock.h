#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace vigie {

/// \brief Holds the lock that says "this Vigie uses MQTT client id X on this computer".
///
/// Two Vigie instances on one machine with the same client id would make the broker close
/// one connection each time the other connects. The lock catches that before connecting:
/// one QLockFile per client id in the application-data folder (Qt's AppLocalDataLocation),
/// released by the destructor or when the process dies (QLockFile recognises a dead owner).
/// Held locks never go stale by age. GUI thread.
class ClientIdLock
{
    Q_DECLARE_TR_FUNCTIONS(vigie::ClientIdLock)
public:
    /// Takes the lock for `clientId` without waiting. `folder` empty: the application-data
    /// folder. Errors: `clientIdLocked` (another Vigie holds it; the sentence names its
    /// process id), `lockFailed` (the folder is not writable).
    static Result<std::shared_ptr<ClientIdLock>> acquire(const QString &clientId, const QString &folder = {});

    const QString &clientId() const { return m_clientId; }
    /// The lock file, for messages and tests.
    QString path() const { return m_path; }

    ClientIdLock(QString clientId, QString path);

private:
    QString m_clientId;
    QString m_path;
    QLockFile m_file;
};

} // namespace vigie
