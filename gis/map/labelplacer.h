#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPointF>
#include <QRectF>
#include <QVector>

#include <optional>

class QPainter;

namespace vigie {

/// \brief Draws labels with a light halo, skipping any that would overlap one already drawn.
///
/// Greedy, in the order place() is called (so earlier layers win); enough for district,
/// place and street names. A name already drawn within `repeatDistance` pixels is not drawn
/// again (a street is cut into many segments). Render thread; one instance per render.
class LabelPlacer
{
public:
    explicit LabelPlacer(QPainter &painter) : m_painter(painter) {}
    /// Centres `text` on `pixel` (logical pixels). Returns false if it was skipped.
    bool place(QPointF pixel, const QString &text, const QFont &font, const QColor &color);

    static constexpr double repeatDistance = 220;

private:
    struct Placed
    {
        QRectF box;
        QString text;
    };
    const QFontMetricsF &metrics(const QFont &font);

    QPainter &m_painter;
    QVector<Placed> m_placed;
    QFont m_font;                           ///< Font of m_metrics: building metrics is costly.
    std::optional<QFontMetricsF> m_metrics;
};

} // namespace vigie
