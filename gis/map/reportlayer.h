#pragma once

#include "maplayer.h"

#include <QPointF>
#include <QString>
#include <QVector>

namespace vigie {

/// \brief What kind of problem a citizen report is about, as far as its pin is concerned.
/// Open311 service codes are mapped to these by the caller.
enum class ReportPinCategory : quint8 {
    Lighting,   ///< Street light out, flickering…
    Waste,      ///< Overflowing or damaged container.
    Roads,      ///< Pothole, damaged road or pavement.
    Dumping,    ///< Illegal dumping, graffiti, cleanliness.
    Other,
};

/// \brief Where a report (or its group) stands, as its pin shows it.
enum class ReportPinStage : quint8 {
    New,        ///< Not looked at by a supervisor yet.
    Confirmed,  ///< A supervisor confirmed the group, or linked it to an alarm.
    InProgress, ///< An open intervention answers it.
    Closed,     ///< Its intervention is done (or the report was closed).
};

/// \brief One pin: a group of reports of the same problem, or a single report.
struct ReportPin
{
    qint64 id = 0;                 ///< Group id (a single report is its own group).
    QPointF position;              ///< EPSG:3857 metres.
    ReportPinCategory category = ReportPinCategory::Other;
    ReportPinStage stage = ReportPinStage::New;
    int residents = 1;             ///< Distinct residents who reported it: the badge (shown from 2).
};

/// \brief Citizen reports as speech-bubble pins: the glyph inside says the category (a bulb,
/// a bin, a road, a heap, a dot) and the bubble the stage without relying on colour alone:
/// New is a filled orange bubble with a white glyph, Confirmed the same with a thick dark
/// outline, InProgress a hollow bubble (a crew's job answers it), Closed a small faded grey one.
/// A round badge on the upper right carries the number of residents who reported it.
///
/// GUI thread; renders from a copy of the pins on a render thread. Role
/// LayerRole::PointsOfInterest (an overlay of places, like work orders).
class ReportLayer final : public MapLayer
{
    Q_OBJECT
public:
    explicit ReportLayer(QObject *parent = nullptr);

    QRectF extent() const override { return m_extent; }
    std::unique_ptr<LayerRenderer> createRenderer(const MapSettings &settings) const override;
    QVector<LegendEntry> legend() const override;

    /// Replaces every pin and asks for one repaint (callers coalesce their updates).
    void setPins(const QVector<ReportPin> &pins);
    const QVector<ReportPin> &pins() const { return m_pins; }
    /// The id of the pin nearest to `mapPoint` (EPSG:3857) within `tolerance` metres, or 0.
    qint64 hitTest(QPointF mapPoint, double tolerance) const;
    /// The pin whose bubble (as drawn for `settings`) holds `pixel`, the most prominent one
    /// where bubbles overlap (drawn last), or 0.
    qint64 pinAt(QPointF pixel, const MapSettings &settings) const;
    /// Emits pinClicked() for the pin at `pixel`, if any (MapLayer::click()).
    bool click(QPointF pixel, const MapSettings &settings) override;

    /// The pin of one category and stage with `residents` on its badge (none below 2), for
    /// legends and lists (logical pixels, device pixel ratio `dpr`). Any thread.
    static QImage pinSymbol(ReportPinCategory category, ReportPinStage stage, int residents = 1, qreal dpr = 1.0);

signals:
    /// A pin was clicked: `id` is its ReportPin::id (a group of reports).
    void pinClicked(qint64 id);

private:
    QVector<ReportPin> m_pins;
    QRectF m_extent;
};

} // namespace vigie
