#pragma once

#include <QFrame>

class QLabel;

namespace vigie {

/// \brief The band above the map in review mode: says that what is shown is a recorded
/// session, read-only, names the file and gives the time at the playhead. Hidden outside
/// review mode. GUI thread.
class ReviewBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ReviewBanner(QWidget *parent = nullptr);

    /// The session file shown (its name only is displayed; the full path in the tooltip).
    void setFile(const QString &path);
    /// The playhead, already formatted in the city's time zone.
    void setTime(const QString &formattedTime);
    /// Damage found in the file, one short sentence; empty when the file is intact.
    void setDamage(const QString &summary);
    QString text() const;

private:
    void updateText();

    QLabel *m_text;
    QLabel *m_damage;
    QString m_fileName;
    QString m_time;
};

} // namespace vigie
