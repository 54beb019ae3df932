#include "brokersecrets.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace vigie {

BrokerSecrets::BrokerSecrets(QObject *parent, QString service)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QString BrokerSecrets::key(const MqttSettings &s)
{
    if (s.username.isEmpty())
        return {};
    return QStringLiteral("mqtt:%1:%2:%3").arg(s.host).arg(s.port).arg(s.username);
}

bool BrokerSecrets::sessionPassword(const QString &key, QString *password) const
{
    const auto it = m_session.constFind(key);
    if (it == m_session.constEnd())
        return false;
    *password = it.value();
    return true;
}

void BrokerSecrets::read(const MqttSettings &settings)
{
    const QString k = key(settings);
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(k);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, k](QKeychain::Job *done) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(done);
        if (read->error() == QKeychain::NoError) {
            m_session.insert(k, read->textData());
            emit passwordRead(k, read->textData());
        } else if (read->error() == QKeychain::EntryNotFound) {
            emit passwordRead(k, QString());
        } else {
            qCInfo(lcApp) << "keychain read failed for" << k << ":" << read->errorString();
            emit readFailed(k, read->errorString());
        }
    });
    job->start(); // auto-deletes after finished()
}

void BrokerSecrets::store(const MqttSettings &settings)
{
    const QString k = key(settings);
    if (k.isEmpty())
        return;
    m_session.insert(k, settings.password);
    QKeychain::Job *job = nullptr;
    if (settings.password.isEmpty()) {
        auto *remove = new QKeychain::DeletePasswordJob(m_service, this);
        job = remove;
    } else {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(settings.password);
        job = write;
    }
    job->setKey(k);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, k](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound) {
            emit stored(k);
            return;
        }
        qCInfo(lcApp) << "keychain write failed for" << k << ":" << done->errorString();
        emit storeFailed(k, done->errorString());
    });
    job->start();
}

} // namespace vigie
