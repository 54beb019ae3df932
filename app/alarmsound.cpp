#include "alarmsound.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSettings>
#include <QSoundEffect>
#include <QUrl>

Q_LOGGING_CATEGORY(lcAlarmSound, "vigie.app.sound")

namespace vigie {

namespace {
const QString kSettingsKey = QStringLiteral("alarms/sound");
}

AlarmSound::AlarmSound(QObject *parent)
    : QObject(parent)
    , m_enabled(QSettings().value(kSettingsKey, true).toBool())
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

AlarmSound::~AlarmSound() = default;

void AlarmSound::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void AlarmSound::setPlayer(std::function<void()> player)
{
    m_player = std::move(player);
}

void AlarmSound::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    QSettings().setValue(kSettingsKey, enabled);
    if (!enabled && m_effect)
        m_effect->stop();
    emit enabledChanged(enabled);
}

bool AlarmSound::cue()
{
    if (!m_enabled)
        return false;
    const qint64 now = m_clock();
    if (m_lastMs != 0 && now - m_lastMs < minIntervalMs)
        return false;
    m_lastMs = now;
    if (m_player)
        m_player();
    else
        play();
    return true;
}

void AlarmSound::play()
{
    if (!m_effect) {
        m_effect = new QSoundEffect(this);
        m_effect->setSource(QUrl(QStringLiteral("qrc:/sounds/urgent-alarm.wav")));
        m_effect->setVolume(1.0);
        connect(m_effect, &QSoundEffect::statusChanged, this, [this] {
            if (m_effect->status() == QSoundEffect::Error)
                qCWarning(lcAlarmSound) << "the urgent alarm sound cannot be played (no audio output?)";
        });
    }
    m_effect->play(); // plays once loaded if it is not yet
}

} // namespace vigie
