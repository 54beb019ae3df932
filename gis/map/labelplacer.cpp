#include "labelplacer.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>

namespace vigie {

const QFontMetricsF &LabelPlacer::metrics(const QFont &font)
{
    if (!m_metrics || font != m_font) {
        m_font = font;
        m_metrics.emplace(font);
    }
    return *m_metrics;
}

bool LabelPlacer::place(QPointF pixel, const QString &text, const QFont &font, const QColor &color)
{
    const QFontMetricsF &metrics = this->metrics(font);
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
    // The halo is the text drawn eight times around its place: glyph-cached drawText is an
    // order of magnitude cheaper than stroking the text's outline as a path.
    m_painter.save();
    m_painter.setFont(font);
    m_painter.setPen(QColor(255, 255, 255, 230));
    const QPointF origin(box.left(), baseline);
    for (const QPointF offset : {QPointF(-1, -1), QPointF(0, -1), QPointF(1, -1), QPointF(-1, 0), QPointF(1, 0),
                                 QPointF(-1, 1), QPointF(0, 1), QPointF(1, 1)})
        m_painter.drawText(origin + offset, text);
    m_painter.setPen(color);
    m_painter.drawText(origin, text);
    m_painter.restore();
    return true;
}

} // namespace vigie
