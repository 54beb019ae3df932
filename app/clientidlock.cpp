#include "clientidlock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace vigie {

ClientIdLock::ClientIdLock(QString clientId, QString path)
    : m_clientId(std::move(clientId))
    , m_path(std::move(path))
    , m_file(m_path)
{
    m_file.setStaleLockTime(0); // only a dead owner makes the lock stale, not its age
}

Result<std::shared_ptr<ClientIdLock>> ClientIdLock::acquire(const QString &clientId, const QString &folder)
{
    const QString dir = folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) : folder;
    if (!QDir().mkpath(dir))
        return Error{QStringLiteral("lockFailed"), tr("Cannot create the folder %1 for the client id lock.").arg(dir)};
    // Client ids may hold any character: a readable prefix plus a hash makes a safe, unique name.
    QString readable = clientId.left(40);
    for (QChar &c : readable) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    }
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(clientId.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    auto lock = std::make_shared<ClientIdLock>(clientId, QDir(dir).filePath(QStringLiteral("mqtt-%1-%2.lock").arg(readable, hash)));
    if (lock->m_file.tryLock(0))
        return lock;
    if (lock->m_file.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, application;
        lock->m_file.getLockInfo(&pid, &host, &application);
        return Error{QStringLiteral("clientIdLocked"),
                     tr("Another Vigie on this computer (process %1) already uses client id \"%2\": the broker would "
                        "disconnect one each time the other connects. Close it, or give this one another client id.")
                         .arg(pid)
                         .arg(clientId)};
    }
    return Error{QStringLiteral("lockFailed"), tr("Cannot write the client id lock %1.").arg(lock->m_path)};
}

} // namespace vigie
