#pragma once

#include "interventiontypes.h"

#include <QString>

#include <limits>

/// \file
/// \brief The priority score of an intervention: a weighted sum of normalised terms, each
/// shown with what went into it so that a supervisor sees why job A outranks job B.
///
/// Every term is normalised to 0–1 and multiplied by its weight (its points); the score is
/// the sum of the points. The curves:
///
/// | term          | input (unit)                         | normalised                                           |
/// |---------------|--------------------------------------|------------------------------------------------------|
/// | alarmPriority | priority (0 urgent … 3 low)          | urgent 1, high 0.66, medium 0.33, low 0              |
/// | openFor       | hours since the job opened           | hours / 24, saturating at 1 (24 h)                   |
/// | slaLeft       | hours left before the due time (< 0 overdue) | 1 − left / full SLA, clamped to 0–1: 0 when just opened, 1 when due or overdue; 0 without a due time |
/// | repeats       | alarm activations (count, summed)    | count / 10, saturating at 1                          |
/// | reports       | distinct citizen reports (frequency) | count / 10, saturating at 1                          |
/// | socialStakes  | metres to the nearest school, crèche, hospital… | 1 within 100 m, linear to 0 at 500 m; 0 without such a point |
/// | night         | 1 for a lighting job at night, or reported at night by residents, else 0 | the input |
///
/// "reports" is the frequency term of issue "citizen reports": how many residents reported
/// the problem (duplicates merged into one group count once each). "socialStakes" and
/// "night" together are its social-stakes term: a fault near a school or a care home, and a
/// dark lamp that residents reported after dark (it will be dark again tonight even if the
/// job is looked at by day).
///
/// The breakdown always holds the seven terms in this order (points 0 when a term does not
/// apply), so that views and comparisons are stable. Pure functions, any thread.

namespace vigie {

/// \brief Weights of the terms (points a term gives at its maximum). Configurable in
/// settings; the defaults put the alarm priority first, then the SLA and social stakes.
struct PriorityWeights
{
    double alarmPriority = 40;
    double openFor = 10;
    double slaLeft = 20;
    double repeats = 10;
    double reports = 10;
    double socialStakes = 15;
    double night = 10;
};

/// \brief What the score is computed from.
struct PriorityInputs
{
    AlarmPriority priority = AlarmPriority::Medium;
    qint64 openSinceMs = 0;        ///< UTC ms the job (or its first alarm) opened; 0 = now.
    qint64 dueAtMs = 0;            ///< SLA deadline, UTC ms; 0 = none.
    qint64 nowMs = 0;              ///< UTC ms.
    int repeats = 0;               ///< Activations of the linked alarms, summed (Alarm::count).
    int reports = 0;               ///< Distinct citizen reports linked (count them once each).
    /// Of those, how many were filed at night at their place (daylightAt() is Night): a
    /// lighting job reported after dark scores the night term even when scored by day.
    int reportsAtNight = 0;
    /// Metres to the nearest social point of interest (school, crèche, hospital, retirement
    /// home); NaN = the pack has no points-of-interest layer; +∞ = the layer has none.
    double nearestSocialPoiM = std::numeric_limits<double>::quiet_NaN();
    QString nearestSocialPoiName;  ///< Its name, shown with the distance.
    bool lighting = false;         ///< The job is about street lighting.
    bool night = false;            ///< It is night at the job's place (daylightAt() is Night).
};

/// \brief The score of `inputs` under `weights`, with its seven terms (see the file comment).
/// `inputText` of each term is translated (context "vigie::PriorityScore").
PriorityBreakdown priorityScore(const PriorityInputs &inputs, const PriorityWeights &weights = {});

/// \brief A duration as a supervisor reads it: "45 min", "2 h 10 min", "3 d 4 h" (translated).
/// Negative durations read as their absolute value.
QString durationText(qint64 ms);

} // namespace vigie
