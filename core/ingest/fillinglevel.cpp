#include "fillinglevel.h"

#include "domain/quantity.h"

#include <cmath>

namespace vigie {

Observation fillFromDistance(const Observation &distance, double depthM, double headroom, QString *why)
{
    Observation fill = distance;
    fill.quantity = quantity::fillingLevel;
    fill.unitCode = unit::ratio;
    fill.text.clear();
    fill.number = (depthM - distance.number) / depthM;
    QString reason;
    if (!distance.isValid())
        reason = QStringLiteral("the distance reading is invalid");
    else if (fill.number < 0)
        reason = QStringLiteral("distance %1 m is more than the container depth %2 m").arg(distance.number).arg(depthM);
    else if (fill.number > headroom)
        reason = QStringLiteral("fill %1 is above the headroom %2").arg(fill.number).arg(headroom);
    if (!reason.isEmpty()) {
        fill.flags |= InvalidReading;
        if (why)
            *why = reason;
    }
    return fill;
}

} // namespace vigie
