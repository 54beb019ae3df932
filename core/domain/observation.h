#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

#include <limits>

namespace vigie {

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

    bool isNumeric() const { return text.isEmpty(); }
};

using Observations = QVector<Observation>;

} // namespace vigie

Q_DECLARE_METATYPE(vigie::Observation)
