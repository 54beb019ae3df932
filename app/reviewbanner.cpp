#include "reviewbanner.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace vigie {

ReviewBanner::ReviewBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_damage(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewBanner"));
    setFrameShape(QFrame::StyledPanel);
    // Deep blue, unlike anything live (the flood banner is amber, urgent alarms red): a
    // reviewer must never take a replay for the live city.
    setStyleSheet(QStringLiteral("#reviewBanner { background: #1e3a8a; border: 2px solid #0b1a4a; }"
                                 "#reviewBanner QLabel { color: white; }"
                                 "#reviewBanner QLabel#reviewDamage { color: #fde68a; }"));
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MediaPlay).pixmap(20, 20));
    m_text->setObjectName(QStringLiteral("reviewText"));
    m_text->setTextFormat(Qt::RichText);
    m_damage->setObjectName(QStringLiteral("reviewDamage"));
    m_damage->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_damage);
    updateText();
}

void ReviewBanner::setFile(const QString &path)
{
    m_fileName = QFileInfo(path).fileName();
    setToolTip(path);
    updateText();
}

void ReviewBanner::setTime(const QString &formattedTime)
{
    m_time = formattedTime;
    updateText();
}

void ReviewBanner::setDamage(const QString &summary)
{
    m_damage->setText(summary);
    m_damage->setVisible(!summary.isEmpty());
}

QString ReviewBanner::text() const
{
    return m_text->text();
}

void ReviewBanner::updateText()
{
    QString text = QStringLiteral("<b>%1</b>").arg(tr("Session review — read only").toHtmlEscaped());
    if (!m_fileName.isEmpty())
        text += QStringLiteral(" · %1").arg(m_fileName.toHtmlEscaped());
    if (!m_time.isEmpty())
        text += QStringLiteral(" · <b>%1</b>").arg(m_time.toHtmlEscaped());
    m_text->setText(text);
    setAccessibleName(m_text->text());
}

} // namespace vigie
