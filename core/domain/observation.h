#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

#include <limits>

namespace vigie {

/// \brief What ingest found doubtful about an observation. Bit flags, stored as an integer.
enum ObservationFlag : quint8 {
    /// The reading cannot be true (out of the physical range, a sentinel): kept in history,
    /// never made the current value.
    InvalidReading = 0x01,
    /// The device's time was implausible (in the future, or before the device existed):
    /// `observedAtMs` is the received time instead, and the skew was recorded.
    ClockSkewed = 0x02,
};

/// \brief One value of one quantity of one asset at one instant, as accepted by ingest.
///
/// Times are UTC milliseconds since the Unix epoch. Exactly one of `number` (finite) and
/// `text` (non-empty) carries the value. Plain value type; safe to copy across threads.
struct Observation
{
    QString assetId;          ///< Asset URN (see AssetDirectory).
    qint32 assetIndex = -1;   ///< Index in the AssetDirectory in force when it was bound.
    QString quantity;         ///< Smart Data Models attribute name (see quantity.h).
    double number = std::numeric_limits<double>::quiet_NaN();
    QString text;
    QString unitCode;         ///< UN/CEFACT code for numbers; empty for text.
    qint64 observedAtMs = 0;  ///< When the sensor observed it.
    qint64 receivedAtMs = 0;  ///< When Vigie received the message.
    qint64 messageId = 0;     ///< Raw message it was decoded from (message.id in the store).
    quint8 flags = 0;         ///< ObservationFlag bits.

    bool isNumeric() const { return text.isEmpty(); }
    bool isValid() const { return !(flags & InvalidReading); }
};

} // namespace vigie

// Only implicitly shared and plain members: a QVector may move it with memcpy when it grows.
Q_DECLARE_TYPEINFO(vigie::Observation, Q_RELOCATABLE_TYPE);

namespace vigie {
using Observations = QVector<Observation>;
} // namespace vigie

Q_DECLARE_METATYPE(vigie::Observation)
