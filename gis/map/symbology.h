#pragma once

#include "domain/assetkind.h"
#include "domain/assetstate.h"
#include "domain/livestate.h"

#include <QColor>
#include <QImage>
#include <QString>

namespace vigie::symbology {

/// \brief Colours of asset conditions on the map and in the legend.
///
/// Normal states are quiet (green, slate, grey); only abnormal ones are saturated, as
/// control-room displays do (ISA-101). Every pair stays distinguishable in the common
/// colour-vision deficiencies because faults also get a larger, darker-ringed marker.
QColor fillColor(AssetCondition condition);
QColor outlineColor(AssetCondition condition);

/// Translated, sentence-case name of a condition for an asset of `kind`.
QString conditionLabel(AssetKind kind, AssetCondition condition);

/// Translated name of an enumerated value (Smart Data Models status or powerState) for
/// display; unknown values come back as they are.
QString valueLabel(AssetKind kind, const QString &quantity, const QString &value);

/// Marker diameter in logical pixels for a map resolution (metres per pixel).
int markerSize(double resolution);

/// Whether a condition is a normal one (no data, in service, lit, switched off): drawn
/// small and plain so that abnormal ones (fault, full, nearly full, silent) stand out.
bool isQuiet(AssetCondition condition);

/// A marker image for a base size of `diameter` logical pixels at `devicePixelRatio`:
/// smaller and plain for quiet conditions, larger and outlined for abnormal ones. Any thread.
QImage marker(AssetCondition condition, int diameter, qreal devicePixelRatio);

/// \brief The alarm mark drawn around an asset's marker (LiveState alarm bits).
///
/// Shapes differ, not only colours: an unhandled alarm is a thick red warning triangle on a
/// white halo; a handled one (acknowledged with an intervention, suppressed, shelved) a thin
/// slate-blue square. None draws nothing (null image).
QColor alarmMarkColor(AlarmMark mark);
/// The mark for a base marker size of `diameter` logical pixels, centred on the marker. Any thread.
QImage alarmMark(AlarmMark mark, int diameter, qreal devicePixelRatio);
/// Translated legend label of a mark.
QString alarmMarkLabel(AlarmMark mark);

/// Background of the map.
QColor background();

} // namespace vigie::symbology
