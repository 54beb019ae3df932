#include "labelplacer.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

namespace vigie {

bool LabelPlacer::place(QPointF pixel, const QString &text, const QFont &font, const QColor &color)
{
    const QFontMetricsF metrics(font);
    const double width = metrics.horizontalAdvance(text);
    const double baseline = pixel.y() + (metrics.ascent() - metrics.descent()) / 2;
    const QRectF box(pixel.x() - width / 2, baseline - metrics.ascent(), width, metrics.height());
    const QRectF padded = box.adjusted(-3, -2, 3, 2);
    for (const Placed &p : std::as_const(m_placed)) {
        if (p.box.intersects(padded))
            return false;
        if (p.text == text && QLineF(p.box.center(), box.center()).length() < repeatDistance)
            return false;
    }
    m_placed << Placed{padded, text};
    QPainterPath path;
    path.addText(box.left(), baseline, font, text);
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setPen(QPen(QColor(255, 255, 255, 225), 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawPath(path);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(color);
    m_painter.drawPath(path);
    m_painter.restore();
    return true;
}

} // namespace vigie
