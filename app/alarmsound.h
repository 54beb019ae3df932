#pragma once

#include <QObject>

#include <functional>

class QSoundEffect;

namespace vigie {

/// \brief The audible cue for new urgent alarms (AlarmService::urgentRaised).
///
/// A short two-tone sound (resources/sounds/urgent-alarm.wav, made by
/// tools/sounds/make_alarm_sound.py) through Qt Multimedia's QSoundEffect, which plays on
/// PulseAudio/PipeWire where QApplication::beep() is silent on most desktops. Rate-limited:
/// at most one cue per minIntervalMs, so a burst of urgent alarms sounds once. Switched off
/// and on by the operator; the choice is kept in the settings (alarms/sound). The sound
/// device is opened at the first cue only. GUI thread.
class AlarmSound : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 minIntervalMs = 5000;

    explicit AlarmSound(QObject *parent = nullptr);
    ~AlarmSound() override;

    bool isEnabled() const { return m_enabled; }
    /// Tests: the clock (UTC ms) and what playing means, instead of the system clock and
    /// the sound device.
    void setClock(std::function<qint64()> clock);
    void setPlayer(std::function<void()> player);

public slots:
    /// Persists the choice in the settings.
    void setEnabled(bool enabled);
    /// A new urgent alarm: plays the cue unless switched off or played less than
    /// minIntervalMs ago. Returns whether it played.
    bool cue();

signals:
    void enabledChanged(bool enabled);

private:
    void play();

    bool m_enabled = true;
    qint64 m_lastMs = 0;
    std::function<qint64()> m_clock;
    std::function<void()> m_player;
    QSoundEffect *m_effect = nullptr;
};

} // namespace vigie
