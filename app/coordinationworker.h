#pragma once

#include "coordination/coordinationengine.h"
#include "coordination/fillhistory.h"
#include "domain/assetstate.h"
#include "map/roadworkslayer.h"
#include "map/roundlayer.h"
#include "network/roundgenerator.h"
#include "network/streetgraph.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace vigie {

/// \brief What the coordination engine needs of a city, gathered on the GUI thread (cheap
/// copies) and handed to the worker.
struct CoordinationCityInput
{
    QString cityId;
    QStringList worksFiles;             ///< The pack's roadworks layers (Paris chantiers, WZDx).
    QTimeZone zone;                     ///< The city's.
    LocalFrame frame;                   ///< Centred on the city.
    QVector<CoordinationAsset> assets;  ///< Lamps and containers.
    QVector<RoundStop> roundStops;      ///< Containers to generate rounds from (by district).
    QString roundsFile;                 ///< A rounds file to read instead, when the pack has one.
    StreetGraphPtr streets;             ///< May be null (then rounds go straight).
    QString storePath;                  ///< The city's store: containers' fill histories are read from it on the
                                        ///< worker (empty: the fill rate comes from live readings only).
    CoordinationSettings settings;
    qint64 nowMs = 0;                   ///< Instant the rules look from (UTC ms).
};

/// \brief Everything the map and the panel show after a (re)load, ready to draw.
struct CoordinationSnapshot
{
    RoadworksZones zones;                 ///< EPSG:3857, for RoadworksLayer.
    QVector<RoundPath> rounds;            ///< EPSG:3857, for RoundLayer (overflow marks set).
    QVector<CollectionRound> collectionRounds; ///< The rounds with their schedules (collectionWindows()).
    QVector<CoordinationItem> items;
    QStringList unplacedWorks;
    int importIssues = 0;                 ///< Roadworks features reported by the readers.
    qint64 dataFromMs = 0;                ///< Earliest start and latest end among the zones (UTC ms).
    qint64 dataUntilMs = 0;
    qint64 busiestMs = 0;                 ///< An instant when the most zones are active.
};

/// \brief Runs the CoordinationEngine on its own thread and hands coalesced results to the
/// GUI thread.
///
/// Lives on a worker QThread (moveToThread); every slot is meant to be called queued from
/// the GUI thread. Live inputs (state deltas, works from MQTT) are accumulated and applied
/// incrementally at most every `kCoalesceMs`; the merged CoordinationDelta of that batch is
/// emitted once, so views get at most 10 updates a second. Errors come back as failed().
class CoordinationWorker : public QObject
{
    Q_OBJECT
public:
    explicit CoordinationWorker(QObject *parent = nullptr);
    ~CoordinationWorker() override;

    static constexpr int kCoalesceMs = 100;

public slots:
    /// Builds the engine for a city: reads the works, generates (or reads) the rounds, reads
    /// the containers' fill histories (fill rates, FillHistory), full recompute. Emits loaded().
    void load(const vigie::CoordinationCityInput &input);
    /// New instant for the rules (the time filter's start): full recompute, emits loaded()
    /// again (forecast marks on rounds depend on it).
    void setNow(qint64 nowMs);
    void setSettings(const vigie::CoordinationSettings &settings);
    /// Live states from ingest: lamps that went dark or came back, new fill levels (added to
    /// the container's fill history: its fill rate follows).
    void applyStates(const vigie::StateDelta &delta);
    /// Works received live (MQTT); a Cancelled status withdraws the zone.
    void applyWorks(const QVector<vigie::WorksZone> &zones);
    /// A roadworks message received over MQTT (GeoJSON, WorksFeatureDecoder): decoded here,
    /// then applied like applyWorks(). A message that cannot be read is logged and dropped.
    void receiveWorks(const QByteArray &payload);
    void setPlannedWorks(const QVector<vigie::PlannedWork> &works);
    /// Drops the engine (city closed).
    void clear();

signals:
    void loaded(const vigie::CoordinationSnapshot &snapshot);
    void itemsChanged(const vigie::CoordinationDelta &delta);
    /// Zones changed live; the layer's whole set, EPSG:3857.
    void zonesChanged(const vigie::RoadworksZones &zones);
    void failed(const QString &message);

private:
    void flush();
    void merge(CoordinationDelta &into, const CoordinationDelta &d) const;
    CoordinationSnapshot snapshot() const;
    RoadworksZone drawable(const WorksZone &zone) const;
    CoordinationAsset *assetAt(qint32 index);
    /// Fill histories from the store, then each container's fill rate from them.
    void loadFillHistory();

    std::unique_ptr<CoordinationEngine> m_engine;
    CoordinationCityInput m_input;
    QHash<qint32, int> m_assetRow;              ///< Directory index → row in m_input.assets.
    QHash<QString, WorksZone> m_works;          ///< By id.
    QHash<QString, RoadworksZone> m_drawn;      ///< By id, EPSG:3857.
    QVector<CollectionRound> m_rounds;
    FillHistory m_fill;
    int m_importIssues = 0;
    StateDelta m_pendingStates;
    QVector<WorksZone> m_pendingWorks;
    QTimer *m_timer = nullptr;
};

} // namespace vigie

Q_DECLARE_METATYPE(vigie::CoordinationCityInput)
Q_DECLARE_METATYPE(vigie::CoordinationSnapshot)
Q_DECLARE_METATYPE(vigie::RoadworksZones)
