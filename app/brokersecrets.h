#pragma once

#include "ingest/mqttsource.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace vigie {

/// \brief Broker passwords in the system keychain (QtKeychain: Secret Service, KWallet,
/// macOS Keychain, Windows Credential Manager), never in the settings file or a log.
///
/// One entry per broker account: service "Vigie", key "mqtt:<host>:<port>:<user>".
/// Keychain jobs are asynchronous: the functions return at once and the result comes as a
/// signal on the GUI thread. Every password read or stored goes into a session cache too,
/// so when no keychain is available (no D-Bus Secret Service, as in CI and offscreen
/// sessions, where QtKeychain fails within a fraction of a second) the password typed in
/// the dialog still serves until Vigie exits; storeFailed() tells the app to say so.
/// The insecure plain-text fallback of QtKeychain is never enabled. GUI thread.
class BrokerSecrets : public QObject
{
    Q_OBJECT
public:
    /// `service`: the keychain service name; tests pass their own.
    explicit BrokerSecrets(QObject *parent = nullptr, QString service = QStringLiteral("Vigie"));

    /// "mqtt:<host>:<port>:<user>"; empty without a user name (nothing to keep).
    static QString key(const MqttSettings &settings);

    /// The password known for `key` in this session (read or stored), if any.
    bool sessionPassword(const QString &key, QString *password) const;
    /// Starts reading the password of `settings`' account; answers with passwordRead() or readFailed().
    void read(const MqttSettings &settings);
    /// Keeps `settings.password` for the session and starts storing it (an empty password
    /// deletes the entry); answers with stored() or storeFailed().
    void store(const MqttSettings &settings);

signals:
    /// `password` is empty when the keychain holds none for `key`.
    void passwordRead(const QString &key, const QString &password);
    /// `reason`: QtKeychain's sentence (e.g. no D-Bus session bus).
    void readFailed(const QString &key, const QString &reason);
    void stored(const QString &key);
    void storeFailed(const QString &key, const QString &reason);

private:
    QString m_service;
    QHash<QString, QString> m_session;
};

} // namespace vigie
