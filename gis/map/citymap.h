#pragma once

#include "domain/livestate.h"
#include "io/cityloader.h"

#include <QObject>
#include <QRectF>
#include <QTimer>

#include <functional>

namespace vigie {

class AssetLayer;
class MapLayer;

/// \brief The map layers of a loaded city and the live state that colours them.
///
/// Builds one layer per pack layer, in drawing order (districts and boundary under streets,
/// roadworks and places, assets on top; containers above street lights). Coalesced
/// StateDeltas from ingest go through applyDelta(): the LiveState is updated and only the
/// asset layers whose conditions changed ask the canvas for a repaint. A slow timer
/// re-evaluates conditions so that sensors that stopped reporting turn "silent".
/// GUI thread; owns its layers.
class CityMap : public QObject
{
    Q_OBJECT
public:
    /// `lang` picks the layer titles ("fr" or "en").
    CityMap(const LoadedCity &city, const QString &lang, QObject *parent = nullptr);
    ~CityMap() override;

    const CityPack &pack() const { return m_pack; }
    /// Bottom to top, for the canvas: the pack's layers, then the labels on top.
    QList<MapLayer *> layers() const { return m_layers; }
    /// Bottom to top, for the layer tree: the pack's layers only.
    QList<MapLayer *> legendLayers() const { return m_layers.mid(0, m_layers.size() - 1); }
    QList<AssetLayer *> assetLayers() const { return m_assetLayers; }
    /// Bounds (EPSG:3857, metres) of the positions of `assetIndexes` united with `extra` (if
    /// not null): a zero-size rectangle for one point; null when none is on the map.
    QRectF boundsOf(const QVector<qint32> &assetIndexes, const QRectF &extra = {}) const;
    const LiveState &live() const { return m_live; }
    const AssetDirectory &directory() const { return *m_live.directory(); }

    /// Silence is re-checked this often.
    void setReevaluationInterval(int ms) { m_reevaluate.setInterval(ms); }
    /// The "now" (UTC ms) silence is judged against: the wall clock by default, the
    /// playhead in a session review (SessionPlayer::clock()). GUI thread.
    void setClock(std::function<qint64()> clock);

public slots:
    void applyDelta(const vigie::StateDelta &delta);
    /// Recomputes conditions now (silence).
    void reevaluate();
    /// Sets the alarm marks of some assets (parallel vectors, see LiveState::setAlarmMarks);
    /// the asset layers holding a changed one re-render, as for a StateDelta.
    void setAlarmMarks(const QVector<qint32> &indexes, const QVector<vigie::AlarmMark> &marks);

signals:
    /// The live state of these assets changed (any field, not only the condition).
    void statesChanged(const QVector<qint32> &indexes);

private:
    void notifyLayers(const QVector<qint32> &changedConditions);

    CityPack m_pack;
    LiveState m_live;
    QList<MapLayer *> m_layers;
    QList<AssetLayer *> m_assetLayers;
    QTimer m_reevaluate;
    std::function<qint64()> m_clock;
};

} // namespace vigie
