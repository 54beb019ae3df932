#pragma once

#include "interventions/interventiontypes.h"

#include <QHash>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QVector>

#include <limits>

/// \file
/// \brief Field crews: the roster, and where their vehicles are.

namespace vigie {

/// Hash of a kind, for QSet<InterventionKind> (Qt 6.4 hashes no enum class by itself).
size_t qHash(InterventionKind kind, size_t seed = 0) noexcept;

/// \brief One crew of the roster (table `crew`), seeded from the pack's `crews.json`.
struct Crew
{
    QString id;                    ///< Stable, [a-z0-9_-]; the MQTT topic level (vigie/crews/{id}/…).
    QString name;                  ///< "Équipe éclairage Nord".
    QSet<InterventionKind> skills;
    int shiftStartMin = 0;         ///< Local minutes after midnight (city time zone).
    int shiftEndMin = 24 * 60;     ///< Ends before it starts: the shift runs overnight.
    QString vehicle;               ///< Registration or fleet number.
    QString trackerDeviceId;       ///< GNSS tracker (LoRaWAN DevEUI, 16 lower-case hex); empty = none.
    double depotLon = std::numeric_limits<double>::quiet_NaN(); ///< Where the vehicle parks, EPSG:4326.
    double depotLat = std::numeric_limits<double>::quiet_NaN();

    bool hasSkill(InterventionKind kind) const { return skills.contains(kind); }
    /// Whether local time `minuteOfDay` (0–1439) falls in the shift.
    bool onShift(int minuteOfDay) const;
};

/// \brief One position of a crew's vehicle, from its tracker (or an NMEA log).
struct CrewFix
{
    QString crewId;
    QString deviceId;
    double lon = 0;                ///< EPSG:4326 degrees.
    double lat = 0;
    qint64 atMs = 0;               ///< Fix time, UTC ms.
    qint64 receivedAtMs = 0;
    double speedMps = std::numeric_limits<double>::quiet_NaN(); ///< m/s; NaN = unknown.
    qint64 messageId = 0;          ///< Raw message (0 for NMEA).
};
using CrewFixes = QVector<CrewFix>;

/// \brief What a crew is doing, for the map and the suggestion.
enum class CrewActivity : quint8 {
    Available,   ///< On shift, no open intervention.
    Busy,        ///< Has an intervention Assigned…OnSite.
    OffShift,
};
QString crewActivityKey(CrewActivity activity); ///< "available", "busy", "offShift"

/// Tracker device id → crew id, for the crews that have a tracker: what
/// IngestService::setTrackers() takes. Any thread.
QHash<QString, QString> crewTrackers(const QVector<Crew> &crews);

} // namespace vigie

Q_DECLARE_METATYPE(vigie::CrewFix)
Q_DECLARE_METATYPE(vigie::CrewFixes)
