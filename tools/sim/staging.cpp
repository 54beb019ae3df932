#include "staging.h"

#include <QRegularExpression>

namespace vigie::sim {

Result<StagedFailure> parseStage(const QString &spec)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(power-loss|cabinet-failure):(district|cabinet)=(.+)@(\d+(?:\.\d+)?)(?:\+(\d+(?:\.\d+)?))?$)"));
    const auto m = pattern.match(spec.trimmed());
    if (!m.hasMatch())
        return Error{QStringLiteral("usage"),
                     QStringLiteral("--stage %1: expected power-loss:district=<label or id>@<seconds>[+<duration>] "
                                    "or cabinet-failure:cabinet=<id>@<seconds>[+<duration>]")
                         .arg(spec)};
    StagedFailure f;
    f.kind = m.captured(1) == QLatin1String("power-loss") ? StagedFailure::Kind::PowerLoss
                                                          : StagedFailure::Kind::CabinetFailure;
    f.selector = m.captured(2);
    f.value = m.captured(3).trimmed();
    f.atS = m.captured(4).toDouble();
    f.durationS = m.captured(5).isEmpty() ? 0.0 : m.captured(5).toDouble();
    if (f.kind == StagedFailure::Kind::CabinetFailure && f.selector != QLatin1String("cabinet"))
        return Error{QStringLiteral("usage"), QStringLiteral("--stage %1: a cabinet failure names cabinet=<id>").arg(spec)};
    return f;
}

Result<QVector<int>> stagedAssets(const StagedFailure &failure, const CityAssets &city)
{
    QVector<int> out;
    if (failure.selector == QLatin1String("district")) {
        int district = -1;
        QStringList known;
        for (int d = 0; d < city.districts.size(); ++d) {
            const DistrictSpec &spec = city.districts.at(d);
            known << spec.label;
            if (spec.label.compare(failure.value, Qt::CaseInsensitive) == 0
                || spec.ref.compare(failure.value, Qt::CaseInsensitive) == 0)
                district = d;
        }
        if (district < 0)
            return Error{QStringLiteral("usage"),
                         known.isEmpty() ? QStringLiteral("--stage: the city pack %1 has no districts layer").arg(city.pack.id)
                                         : QStringLiteral("--stage: no district \"%1\" in %2 (districts: %3)")
                                               .arg(failure.value, city.pack.id, known.join(QStringLiteral(", ")))};
        for (int i = 0; i < city.assets.size(); ++i)
            if (city.assets.at(i).kind == AssetKind::Streetlight && city.assets.at(i).district == district)
                out << i;
        return out;
    }
    for (int i = 0; i < city.assets.size(); ++i)
        if (city.assets.at(i).kind == AssetKind::Streetlight
            && city.assets.at(i).cabinet.compare(failure.value, Qt::CaseInsensitive) == 0)
            out << i;
    if (out.isEmpty())
        return Error{QStringLiteral("usage"),
                     QStringLiteral("--stage: no street light of %1 names the cabinet \"%2\" (the pack's inventory "
                                    "gives no cabinets, or not this one)")
                         .arg(city.pack.id, failure.value)};
    return out;
}

} // namespace vigie::sim
