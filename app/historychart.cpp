#include "historychart.h"

#include "map/symbology.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace vigie {

HistoryChart::HistoryChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    clear();
}

void HistoryChart::clear()
{
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes())
        chart()->removeAxis(axis);
    chart()->setTitle(tr("No history yet"));
}

void HistoryChart::addMarkers(QScatterSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    if (series->count() == 0) {
        delete series;
        return;
    }
    chart()->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

void HistoryChart::setHistory(AssetKind kind, const Observations &primary, const Observations &status)
{
    clear();
    if (primary.isEmpty() && status.isEmpty())
        return;
    QChart *c = chart();
    auto *time = new QDateTimeAxis;
    c->addAxis(time, Qt::AlignBottom);
    auto *values = new QValueAxis;
    c->addAxis(values, Qt::AlignLeft);

    auto *line = new QLineSeries;
    if (kind == AssetKind::WasteContainer) {
        c->setTitle(tr("Fill level (%)"));
        line->setName(tr("Fill level"));
        for (const Observation &o : primary) {
            if (o.isValid())
                line->append(double(o.observedAtMs), o.number * 100.0);
        }
        values->setRange(0, 100);
        values->setLabelFormat(QStringLiteral("%d"));
    } else {
        c->setTitle(tr("Power state"));
        line->setName(tr("On (1) / off (0)"));
        // Steps: a state holds until the next observation.
        for (const Observation &o : primary) {
            if (!o.isValid())
                continue;
            const double v = o.text == QLatin1String("off") ? 0.0 : 1.0;
            if (line->count() > 0)
                line->append(double(o.observedAtMs), line->points().constLast().y());
            line->append(double(o.observedAtMs), v);
        }
        values->setRange(-0.1, 1.1);
        values->setTickCount(2);
        values->setLabelFormat(QStringLiteral("%.0f"));
    }
    line->setColor(kind == AssetKind::WasteContainer ? QColor(0x2e, 0x8b, 0x57) : QColor(0xc9, 0x9a, 0x00));
    c->addSeries(line);
    line->attachAxis(time);
    line->attachAxis(values);

    auto *faults = new QScatterSeries;
    faults->setName(tr("Fault reported"));
    faults->setColor(symbology::fillColor(AssetCondition::Fault));
    faults->setMarkerSize(9);
    for (const Observation &o : status) {
        if (isFaultStatus(kind, o.text))
            faults->append(double(o.observedAtMs), kind == AssetKind::WasteContainer ? 100.0 : 1.05);
    }
    addMarkers(faults, time, values);

    // Invalid readings are not values: marked on the axis where they happened, not plotted.
    auto *invalid = new QScatterSeries;
    invalid->setName(tr("Invalid reading"));
    invalid->setColor(QColor(0x80, 0x80, 0x80));
    invalid->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    invalid->setMarkerSize(7);
    for (const Observation &o : primary) {
        if (!o.isValid())
            invalid->append(double(o.observedAtMs), kind == AssetKind::WasteContainer ? 0.0 : -0.05);
    }
    addMarkers(invalid, time, values);

    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = 0;
    for (const Observations *list : {&primary, &status}) {
        if (!list->isEmpty()) {
            first = std::min(first, list->first().observedAtMs);
            last = std::max(last, list->last().observedAtMs);
        }
    }
    if (last <= first)
        last = first + 60 * 1000;
    // Labels short enough for a dock: hours within a day, days beyond.
    const qint64 span = last - first;
    time->setFormat(span < 2LL * 3600 * 1000 ? QStringLiteral("HH:mm:ss")
                    : span < 36LL * 3600 * 1000 ? QStringLiteral("HH:mm")
                                                : QStringLiteral("dd/MM"));
    time->setTickCount(4);
    time->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
}

} // namespace vigie
