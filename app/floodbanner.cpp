#include "floodbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace vigie {

FloodBanner::FloodBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_groups(new QPushButton(tr("Show &grouped alarms"), this))
{
    setObjectName(QStringLiteral("floodBanner"));
    setFrameShape(QFrame::StyledPanel);
    // Amber with dark text and a warning icon: readable in a dim room, and not red, which
    // the list keeps for urgent alarms.
    setStyleSheet(QStringLiteral("#floodBanner { background: #ffd54f; border: 2px solid #6d4c00; }"
                                 "#floodBanner QLabel { color: #1a1a1a; font-weight: bold; }"));
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_text->setObjectName(QStringLiteral("floodText"));
    m_groups->setObjectName(QStringLiteral("floodShowGroups"));
    m_groups->setToolTip(tr("Show only the group alarms in the alarm list: related alarms are gathered under them"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_groups);
    connect(m_groups, &QPushButton::clicked, this, &FloodBanner::showGroupsRequested);
    hide();
}

void FloodBanner::setFlood(bool flood, int rateLast10Min, int threshold)
{
    if (flood) {
        m_text->setText(tr("Alarm flood: %n alarm(s) in 10 min — threshold %1", nullptr, rateLast10Min).arg(threshold));
        setAccessibleName(m_text->text());
    }
    setVisible(flood);
}

QString FloodBanner::text() const
{
    return m_text->text();
}

} // namespace vigie
