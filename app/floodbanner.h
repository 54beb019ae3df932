#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace vigie {

/// \brief The alarm flood bar (ISA-18.2 / EEMUA 191: more than 10 new alarms in 10 minutes
/// per operator): shown while AlarmDelta::flood is true, with the rate and the threshold, and
/// a button to see the grouped alarms. Hidden otherwise. GUI thread.
class FloodBanner : public QFrame
{
    Q_OBJECT
public:
    explicit FloodBanner(QWidget *parent = nullptr);

    /// `rateLast10Min` new list entries in the last 10 minutes; `threshold` the flood threshold.
    void setFlood(bool flood, int rateLast10Min, int threshold);
    QString text() const;

signals:
    /// The operator asks to see the grouped alarms.
    void showGroupsRequested();

private:
    QLabel *m_text;
    QPushButton *m_groups;
};

} // namespace vigie
