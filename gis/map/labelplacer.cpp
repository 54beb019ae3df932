#include "labelplacer.h"

#include <QFontMetricsF>
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
    for (const QRectF &r : std::as_const(m_taken)) {
        if (r.intersects(padded))
            return false;
    }
    m_taken << padded;
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
