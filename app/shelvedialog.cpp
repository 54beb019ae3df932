#include "shelvedialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimeZone>
#include <QVBoxLayout>

namespace vigie {

ShelveDialog::ShelveDialog(int alarmCount, qint64 nowMs, const QStringList &shiftChanges, QWidget *parent)
    : QDialog(parent)
    , m_nowMs(nowMs)
    , m_endOfShiftMs(endOfShift(nowMs, shiftChanges))
    , m_reason(new QLineEdit(this))
    , m_duration(new QComboBox(this))
    , m_until(new QDateTimeEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Shelve %n alarm(s)", nullptr, alarmCount));
    m_reason->setObjectName(QStringLiteral("shelveReason"));
    m_reason->setPlaceholderText(tr("Why, for the audit trail and the next shift (required)"));
    m_reason->setMaxLength(500);
    m_duration->setObjectName(QStringLiteral("shelveDuration"));
    m_duration->addItem(tr("15 minutes"), int(Minutes15));
    m_duration->addItem(tr("1 hour"), int(Hour1));
    m_duration->addItem(tr("8 hours"), int(Hours8));
    if (m_endOfShiftMs > 0) {
        m_duration->addItem(tr("Until the end of the shift (%1)")
                                .arg(QDateTime::fromMSecsSinceEpoch(m_endOfShiftMs).toLocalTime().toString(QStringLiteral("HH:mm"))),
                            int(EndOfShift));
    }
    m_duration->addItem(tr("Until…"), int(Custom));
    m_until->setObjectName(QStringLiteral("shelveUntil"));
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_until->setDateTimeRange(QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime(),
                              QDateTime::fromMSecsSinceEpoch(nowMs + maxShelveMs).toLocalTime());
    m_until->setDateTime(QDateTime::fromMSecsSinceEpoch(nowMs + 3600 * 1000).toLocalTime());
    m_error->setObjectName(QStringLiteral("shelveError"));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("&Back at:"), m_until);
    auto *note = new QLabel(tr("A shelved alarm leaves the list and the sound; it comes back by itself at the time "
                               "above (24 hours at most). Shelving is recorded with your name."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ShelveDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ShelveDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &ShelveDialog::update);
    connect(m_duration, &QComboBox::currentIndexChanged, this, &ShelveDialog::update);
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, &ShelveDialog::update);
    m_duration->setCurrentIndex(1);
    update();
    resize(460, sizeHint().height());
}

QString ShelveDialog::reason() const
{
    return m_reason->text().simplified();
}

qint64 ShelveDialog::untilMs() const
{
    switch (Preset(m_duration->currentData().toInt())) {
    case Minutes15: return m_nowMs + 15 * 60 * 1000;
    case Hour1: return m_nowMs + 3600 * 1000;
    case Hours8: return m_nowMs + 8 * 3600 * 1000;
    case EndOfShift: return m_endOfShiftMs;
    case Custom: return m_until->dateTime().toMSecsSinceEpoch();
    }
    return 0;
}

QString ShelveDialog::validate(const QString &reason, qint64 untilMs, qint64 nowMs)
{
    if (reason.trimmed().isEmpty())
        return tr("Give a reason: it is kept in the audit trail.");
    if (untilMs <= nowMs)
        return tr("The end of the shelving must be in the future.");
    if (untilMs - nowMs > maxShelveMs)
        return tr("An alarm can be shelved for 24 hours at most.");
    return {};
}

qint64 ShelveDialog::endOfShift(qint64 nowMs, const QStringList &shiftChanges)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime();
    qint64 best = 0;
    for (const QString &text : shiftChanges) {
        const QTime t = QTime::fromString(text.trimmed(), QStringLiteral("HH:mm"));
        if (!t.isValid())
            continue;
        QDateTime at(now.date(), t, now.timeZone());
        if (at <= now)
            at = QDateTime(now.date().addDays(1), t, now.timeZone());
        const qint64 ms = at.toMSecsSinceEpoch();
        if (best == 0 || ms < best)
            best = ms;
    }
    return best;
}

QStringList ShelveDialog::shiftChangesFromSettings()
{
    return QSettings().value(QStringLiteral("alarms/shiftChanges"),
                             QStringList{QStringLiteral("06:00"), QStringLiteral("14:00"), QStringLiteral("22:00")})
        .toStringList();
}

void ShelveDialog::setPreset(Preset preset)
{
    const int i = m_duration->findData(int(preset));
    if (i >= 0)
        m_duration->setCurrentIndex(i);
}

void ShelveDialog::setCustomUntil(qint64 untilMs)
{
    setPreset(Custom);
    // The editor clamps to its range; validation still runs on what it holds.
    m_until->setDateTime(QDateTime::fromMSecsSinceEpoch(untilMs).toLocalTime());
}

void ShelveDialog::update()
{
    m_until->setEnabled(Preset(m_duration->currentData().toInt()) == Custom);
    if (Preset(m_duration->currentData().toInt()) != Custom)
        m_until->setDateTime(QDateTime::fromMSecsSinceEpoch(untilMs()).toLocalTime());
    const QString error = validate(reason(), untilMs(), m_nowMs);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
    // Say what is missing only once the operator has typed something or chosen a time.
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty() && (!m_reason->text().isEmpty() || m_until->isEnabled()));
}

void ShelveDialog::accept()
{
    if (!validate(reason(), untilMs(), m_nowMs).isEmpty())
        return;
    QDialog::accept();
}

} // namespace vigie
