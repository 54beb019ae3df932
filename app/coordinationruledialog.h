#pragma once

#include "coordination/coordinationtypes.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

namespace vigie {

namespace coordinationsettings {
/// The rules' settings saved with QSettings (group "coordination/rules"), defaults for
/// what was never saved. GUI thread.
CoordinationSettings load();
void save(const CoordinationSettings &settings);
} // namespace coordinationsettings

/// \brief Edits the coordination rules: each rule on or off, its distances (metres), counts
/// and time slack (hours), and the horizon (days). GUI thread.
class CoordinationRuleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CoordinationRuleDialog(const CoordinationSettings &settings, QWidget *parent = nullptr);

    /// The settings as edited.
    CoordinationSettings settings() const;

private:
    CoordinationSettings m_base;
    QSpinBox *m_horizonDays;
    QCheckBox *m_round;
    QCheckBox *m_roundRestricting;
    QDoubleSpinBox *m_roundAccess;
    QCheckBox *m_cable;
    QSpinBox *m_cableLamps;
    QDoubleSpinBox *m_cableDistance;
    QDoubleSpinBox *m_cableAfterHours;
    QCheckBox *m_overflow;
    QDoubleSpinBox *m_overflowAccess;
    QCheckBox *m_overflowBlocking;
    QCheckBox *m_combine;
    QDoubleSpinBox *m_combineDistance;
    QDoubleSpinBox *m_combineSlackHours;
    QCheckBox *m_lighting;
    QDoubleSpinBox *m_lightingPerimeter;
    QSpinBox *m_lightingLamps;
};

} // namespace vigie
