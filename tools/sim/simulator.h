#pragma once

#include "changequeue.h"
#include "cityassets.h"
#include "containerfleet.h"
#include "jsonpayloads.h"
#include "lampfleet.h"
#include "lorawanpayloads.h"
#include "payloads.h"
#include "rng.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QTimeZone>
#include <QVector>

#include <optional>
#include <vector>

namespace vigie::sim {

/// \brief What a simulation run models; every field has the command-line default.
struct SimulatorConfig
{
    QString cityId;                        ///< CityPack::id, used in entity ids and topics.
    QTimeZone zone{QByteArrayLiteral("Europe/Paris")}; ///< CityPack::timeZone: local time of collection rounds.
    qint64 startMs = 0;                    ///< Simulated start, UTC ms.
    quint64 seed = 1;
    WireFormat wire = WireFormat::NgsiLd;  ///< What the sensors speak (--format).
    PayloadFormat ngsiForm = PayloadFormat::Mixed; ///< NGSI-LD representation (--ngsi-form).
    double badRatio = 0;                   ///< Share of messages replaced by a malformed one, 0–1.
    double silentShare = 0.005;            ///< Share of sensors that go silent during the first simulated day, 0–1.
    double lampFailuresPerYear = 0.15;     ///< Failures per working lamp per simulated year.
};

/// \brief One message to publish.
struct SimMessage
{
    QByteArray topic;
    QByteArray payload;
    int asset = -1;            ///< Index of the asset it is about (for a malformed one, the one it was made from).
    bool malformed = false;
    MalformedKind kind = MalformedKind::TruncatedJson; ///< Only when malformed.
    /// What the asset was when the message was made, sensor noise included: what a valid
    /// message says, in the wire format's words and resolution.
    EntityReport report;
    bool deviceStatus = false; ///< A ChirpStack `status` event (battery, link margin), not a reading.
};

/// \brief Counters for progress reports.
struct SimTotals
{
    qint64 valid = 0;          ///< Messages produced, valid…
    qint64 malformed = 0;      ///< …and malformed.
    int lampsOn = 0;
    int failedLamps = 0;
    int fullContainers = 0;    ///< At or above ConditionPolicy's default fullFill (0.9).
    int silent = 0;
    int queuedChanges = 0;     ///< State changes waiting to be published.
};

/// \brief The live city: lamps, containers and sensors, and the messages they send.
///
/// The model runs on simulated time (advanceTo); messages are stamped with the wall-clock
/// time they are produced (nextMessage), as a real sensor stamps "now". State changes are
/// published first, in the order they happened; the rest of the capacity goes to periodic
/// reports, round-robin over the live assets in a fixed shuffled order.
///
/// config.wire decides what is published (docs/simulator.md): NGSI-LD entities; in `Ttn` and
/// `ChirpStack`, uplinks of the containers' devices (AssetSpec::deviceId; a container without
/// one publishes nothing) and NGSI-LD entities for lamps, with one periodic report in
/// kStatusEvery replaced by a device status event in `ChirpStack`; in `Json`, BinSense and
/// LumiNet messages. Each container's sensor has a battery level drawn once (35–100 %, no
/// drain modelled). Two simulators
/// built from the same configuration and assets, advanced to the same times and asked for
/// the same number of messages, produce the same payloads but for their time stamps.
/// Not thread-safe: one thread drives it.
class Simulator
{
public:
    /// `assets` come from loadCityAssets(). The model starts at config.startMs.
    Simulator(SimulatorConfig config, QVector<AssetSpec> assets);

    /// Runs the model up to `simMs` (UTC ms). Times before the current one are ignored.
    void advanceTo(qint64 simMs);
    /// Current simulated time, UTC ms.
    qint64 simTimeMs() const { return m_nowMs; }

    /// The next message, stamped `wallMs` (UTC ms): a malformed one with probability
    /// config.badRatio, else the oldest pending state change, else the next periodic report.
    /// Empty when every sensor is silent.
    std::optional<SimMessage> nextMessage(qint64 wallMs);

    /// Stages a power loss (staging.h): at `fromMs` (simulated UTC ms) each lamp of `assets`
    /// sends one last report with powerState "off", then stays silent until `untilMs` (0 =
    /// for good), when it reports again what its photocell says. Call before advancing past
    /// `fromMs`; outages may overlap (a lamp is powered again when its last outage ends).
    void stagePowerLoss(const QVector<int> &assets, qint64 fromMs, qint64 untilMs);
    /// Whether lamp `index` is without power now (its last gasp sent or pending).
    bool isUnpowered(int index) const { return m_outages.at(index) > 0; }

    /// A field crew repaired asset `index` now (simulated time): a street light is powered
    /// again (every staged outage in force ends for it; later ones still strike) and a
    /// lamp failure is fixed; a container's incident is righted. What changed is reported
    /// before any periodic report, as any state change. False if nothing was wrong.
    bool repair(int index);
    /// The index of the asset whose entity id (assetUrn) is `id`, or -1.
    int indexOf(const QString &id) const { return m_indexById.value(id, -1); }

    int size() const { return m_assets.size(); }
    const AssetSpec &asset(int index) const { return m_assets.at(index); }
    /// What asset `index` is now, without sensor noise.
    EntityReport state(int index) const;
    /// Whether asset `index` has stopped publishing (for good).
    bool isSilent(int index) const { return m_silent.at(index); }
    /// Whether asset `index` publishes at all in config.wire (a container without a device
    /// does not in `Ttn` and `ChirpStack`).
    bool publishes(int index) const { return m_publishes.at(index); }
    /// Battery of the sensor of container `index`, percent.
    double batteryPercent(int index) const { return m_battery.at(index); }
    SimTotals totals() const;
    const SimulatorConfig &config() const { return m_config; }

    /// In `ChirpStack`, one periodic report in this many is a status event.
    static constexpr int kStatusEvery = 20;

private:
    struct Silence
    {
        qint64 atMs;
        int asset;
    };
    struct PowerEvent
    {
        qint64 atMs;
        QVector<int> assets;
        bool lost;         ///< true: the power goes; false: it comes back.
    };
    struct Reporter
    {
        int asset;
        bool periodic;     ///< A round-robin report, not a state change.
    };

    void planSilences();
    void runPowerEvents(qint64 simMs);
    bool quiet(int index) const;
    PayloadForm nextForm();
    bool speaksLorawan(int index) const;
    std::optional<Reporter> nextReporter();
    SimMessage reportMessage(const Reporter &reporter, PayloadForm form, qint64 wallMs);
    std::optional<SimMessage> malformedMessage(PayloadForm form, qint64 wallMs);
    std::optional<int> malformedSubject(MalformedKind kind);
    EntityReport measured(int index);
    DeviceUplink uplinkOf(int index, const EntityReport &report) const;
    IntegratorReport integratorReportOf(int index, const EntityReport &report) const;
    QString unknownRef(AssetKind kind);
    QString unboundDevEui();

    SimulatorConfig m_config;
    QVector<AssetSpec> m_assets;
    QVector<QString> m_ids;
    QVector<QByteArray> m_topics;
    QHash<QString, int> m_indexById;
    QVector<int> m_slot;                 ///< Asset → slot in its fleet.
    LampFleet m_lamps;
    ContainerFleet m_containers;
    ChangeQueue m_changes;
    QVector<bool> m_silent;
    QVector<bool> m_publishes;
    QVector<double> m_battery;           ///< Percent; containers only.
    QVector<quint32> m_fCnt;             ///< LoRaWAN uplink counters.
    QSet<QString> m_devEuis;
    std::vector<Silence> m_silences;     ///< Sorted by time.
    std::size_t m_nextSilence = 0;
    std::vector<PowerEvent> m_powerEvents;  ///< Sorted by time (stable); run once each.
    std::size_t m_nextPowerEvent = 0;
    QVector<qint16> m_outages;           ///< Per asset: outages in force (staged power losses).
    QVector<bool> m_lastGaspSent;        ///< Per asset, while unpowered: its "off" report went out.
    std::vector<int> m_order;            ///< Shuffled asset indexes for the round-robins.
    std::size_t m_reportCursor = 0;
    std::size_t m_badCursor = 0;
    int m_nextBadKind = 0;
    qint64 m_unknownCount = 0;
    qint64 m_periodicCount = 0;
    qint64 m_formCount = 0;
    qint64 m_valid = 0;
    qint64 m_malformed = 0;
    qint64 m_nowMs = 0;
    Rng m_reportRng;
    Rng m_badRng;
};

} // namespace vigie::sim
