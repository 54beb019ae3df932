#include "priorityscore.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace vigie {

namespace {

constexpr const char *kContext = "vigie::PriorityScore";
constexpr double kHourMs = 3600'000.0;
constexpr double kOpenForSaturationH = 24;
constexpr double kCountSaturation = 10;
constexpr double kPoiFullM = 100;
constexpr double kPoiZeroM = 500;

/// Translates a text marked with QT_TRANSLATE_NOOP in kContext.
QString translated(const char *text, int n = -1) { return QCoreApplication::translate(kContext, text, nullptr, n); }

double clamp01(double x) { return std::clamp(x, 0.0, 1.0); }

PriorityTerm term(const char *key, double input, QString inputText, double weight, double normalised)
{
    return PriorityTerm{QString::fromLatin1(key), input, std::move(inputText), weight, clamp01(normalised) * weight};
}

PriorityTerm alarmPriorityTerm(AlarmPriority p, double weight)
{
    static constexpr std::array<double, kAlarmPriorityCount> normalised = {1.0, 0.66, 0.33, 0.0};
    static constexpr std::array<const char *, kAlarmPriorityCount> names = {
        QT_TRANSLATE_NOOP("vigie::PriorityScore", "urgent"), QT_TRANSLATE_NOOP("vigie::PriorityScore", "high"),
        QT_TRANSLATE_NOOP("vigie::PriorityScore", "medium"), QT_TRANSLATE_NOOP("vigie::PriorityScore", "low")};
    const auto i = std::min<std::size_t>(std::size_t(p), kAlarmPriorityCount - 1);
    return term("alarmPriority", double(i), translated(names[i]), weight, normalised[i]);
}

PriorityTerm openForTerm(const PriorityInputs &in, double weight)
{
    const qint64 openMs = in.openSinceMs > 0 ? std::max<qint64>(0, in.nowMs - in.openSinceMs) : 0;
    const double hours = double(openMs) / kHourMs;
    return term("openFor", hours, durationText(openMs), weight, hours / kOpenForSaturationH);
}

PriorityTerm slaLeftTerm(const PriorityInputs &in, double weight)
{
    if (in.dueAtMs <= 0)
        return term("slaLeft", 0, QCoreApplication::translate("vigie::PriorityScore", "no due time"), weight, 0);
    const qint64 leftMs = in.dueAtMs - in.nowMs;
    const qint64 fullMs = in.dueAtMs - (in.openSinceMs > 0 ? in.openSinceMs : in.nowMs);
    double normalised = 1;
    if (leftMs > 0)
        normalised = fullMs > 0 ? 1 - double(leftMs) / double(fullMs) : 0;
    const QString text = leftMs > 0
                             ? QCoreApplication::translate("vigie::PriorityScore", "%1 left").arg(durationText(leftMs))
                             : QCoreApplication::translate("vigie::PriorityScore", "overdue by %1").arg(durationText(leftMs));
    return term("slaLeft", double(leftMs) / kHourMs, text, weight, normalised);
}

PriorityTerm countTerm(const char *key, int count, const char *text, double weight)
{
    const int n = std::max(0, count);
    return term(key, n, translated(text, n), weight, n / kCountSaturation);
}

QString distanceText(double metres)
{
    if (metres < 1000)
        return QCoreApplication::translate("vigie::PriorityScore", "%1 m").arg(qRound(metres));
    return QCoreApplication::translate("vigie::PriorityScore", "%1 km").arg(QLocale().toString(metres / 1000, 'f', 1));
}

PriorityTerm socialStakesTerm(const PriorityInputs &in, double weight)
{
    const double d = in.nearestSocialPoiM;
    if (std::isnan(d)) {
        const QString text = QCoreApplication::translate("vigie::PriorityScore", "no points of interest in this pack");
        return term("socialStakes", d, text, weight, 0);
    }
    if (!std::isfinite(d))
        return term("socialStakes", d, QCoreApplication::translate("vigie::PriorityScore", "no point of interest"), weight, 0);
    const double metres = std::max(0.0, d);
    const QString where = in.nearestSocialPoiName.trimmed();
    const QString text = where.isEmpty()
                             ? distanceText(metres)
                             : QCoreApplication::translate("vigie::PriorityScore", "%1, %2").arg(where, distanceText(metres));
    return term("socialStakes", metres, text, weight, (kPoiZeroM - metres) / (kPoiZeroM - kPoiFullM));
}

PriorityTerm nightTerm(const PriorityInputs &in, double weight)
{
    const bool reportedAtNight = in.reportsAtNight > 0;
    const bool applies = in.lighting && (in.night || reportedAtNight);
    QString text;
    if (!in.lighting)
        text = QCoreApplication::translate("vigie::PriorityScore", "not a lighting job");
    else if (in.night)
        text = QCoreApplication::translate("vigie::PriorityScore", "lighting fault at night");
    else if (reportedAtNight)
        text = translated(QT_TRANSLATE_NOOP("vigie::PriorityScore", "reported after dark by %n resident(s)"), in.reportsAtNight);
    else
        text = QCoreApplication::translate("vigie::PriorityScore", "lighting fault by day");
    return term("night", applies ? 1 : 0, text, weight, applies ? 1 : 0);
}

} // namespace

PriorityBreakdown priorityScore(const PriorityInputs &in, const PriorityWeights &w)
{
    PriorityBreakdown out;
    out.terms = {
        alarmPriorityTerm(in.priority, w.alarmPriority),
        openForTerm(in, w.openFor),
        slaLeftTerm(in, w.slaLeft),
        countTerm("repeats", in.repeats, QT_TRANSLATE_NOOP("vigie::PriorityScore", "%n activation(s)"), w.repeats),
        countTerm("reports", in.reports, QT_TRANSLATE_NOOP("vigie::PriorityScore", "%n report(s)"), w.reports),
        socialStakesTerm(in, w.socialStakes),
        nightTerm(in, w.night),
    };
    for (const PriorityTerm &t : std::as_const(out.terms))
        out.score += t.points;
    return out;
}

QString durationText(qint64 ms)
{
    const qint64 minutes = (ms < 0 ? -ms : ms) / 60'000;
    if (minutes < 60)
        return QCoreApplication::translate("vigie::PriorityScore", "%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        if (minutes % 60 == 0)
            return QCoreApplication::translate("vigie::PriorityScore", "%1 h").arg(hours);
        return QCoreApplication::translate("vigie::PriorityScore", "%1 h %2 min").arg(hours).arg(minutes % 60);
    }
    if (hours % 24 == 0)
        return QCoreApplication::translate("vigie::PriorityScore", "%1 d").arg(hours / 24);
    return QCoreApplication::translate("vigie::PriorityScore", "%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

} // namespace vigie
