#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace vigie {

/// \brief Shelving one or more alarms (ISA-18.2 §11.4): a reason, required, and an expiry
/// of at most 24 hours, picked from presets (15 min, 1 h, 8 h, until the end of the shift)
/// or set by hand. The alarm comes back by itself at the expiry. GUI thread.
class ShelveDialog : public QDialog
{
    Q_OBJECT
public:
    /// Longest shelving allowed.
    static constexpr qint64 maxShelveMs = 24 * 3600 * 1000;

    /// `alarmCount` alarms are being shelved (for the title). `nowMs` is the clock (UTC ms;
    /// tests inject one), `shiftChanges` the local times shifts change at ("06:00" …).
    ShelveDialog(int alarmCount, qint64 nowMs, const QStringList &shiftChanges, QWidget *parent = nullptr);

    QString reason() const;
    /// Expiry, UTC ms.
    qint64 untilMs() const;

    /// What is wrong with (reason, untilMs) at nowMs, operator-facing; empty when acceptable.
    static QString validate(const QString &reason, qint64 untilMs, qint64 nowMs);
    /// The next shift change strictly after `nowMs` (local time), from times "HH:mm";
    /// 0 when the list holds none that parse.
    static qint64 endOfShift(qint64 nowMs, const QStringList &shiftChanges);
    /// The shift changes of the settings (key alarms/shiftChanges), default 06:00, 14:00, 22:00.
    static QStringList shiftChangesFromSettings();

    /// Duration presets, for tests.
    enum Preset { Minutes15, Hour1, Hours8, EndOfShift, Custom };
    void setPreset(Preset preset);
    void setCustomUntil(qint64 untilMs);

    void accept() override;

private:
    void update();

    qint64 m_nowMs;
    qint64 m_endOfShiftMs;
    QLineEdit *m_reason;
    QComboBox *m_duration;
    QDateTimeEdit *m_until;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace vigie
