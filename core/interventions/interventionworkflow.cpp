#include "interventionworkflow.h"

#include <array>

namespace vigie {

namespace {

using S = InterventionStatus;

constexpr quint16 bit(S s) { return quint16(1u << unsigned(s)); }

/// Legal targets per source status, indexed by InterventionStatus (table in the header).
constexpr std::array<quint16, 9> kNext = {
    /* New       */ bit(S::Assigned) | bit(S::Cancelled) | bit(S::Blocked),
    /* Assigned  */ bit(S::Accepted) | bit(S::EnRoute) | bit(S::New) | bit(S::Cancelled) | bit(S::Blocked),
    /* Accepted  */ bit(S::EnRoute) | bit(S::OnSite) | bit(S::New) | bit(S::Cancelled) | bit(S::Blocked),
    /* EnRoute   */ bit(S::OnSite) | bit(S::Cancelled) | bit(S::Blocked),
    /* OnSite    */ bit(S::Done) | bit(S::Blocked) | bit(S::Cancelled),
    /* Done      */ bit(S::Reopened),
    /* Cancelled */ bit(S::Reopened),
    /* Blocked   */ bit(S::New) | bit(S::Assigned) | bit(S::Accepted) | bit(S::EnRoute) | bit(S::OnSite) | bit(S::Cancelled),
    /* Reopened  */ bit(S::Assigned) | bit(S::Cancelled) | bit(S::Blocked),
};

bool isLegal(S from, S to)
{
    const auto f = std::size_t(from);
    return f < kNext.size() && std::size_t(to) < kNext.size() && (kNext[f] & bit(to)) != 0;
}

} // namespace

Status checkTransition(InterventionStatus from, InterventionStatus to, const QString &reason)
{
    if (!isLegal(from, to))
        return Error{QStringLiteral("illegalTransition"),
                     QStringLiteral("An intervention cannot go from %1 to %2.")
                         .arg(interventionStatusKey(from), interventionStatusKey(to))};
    if (to == S::Blocked && reason.trimmed().isEmpty())
        return Error{QStringLiteral("reasonRequired"),
                     QStringLiteral("Blocking an intervention needs a reason (no access, missing part, works zone…).")};
    return {};
}

QVector<InterventionStatus> nextStatuses(InterventionStatus from)
{
    QVector<InterventionStatus> out;
    for (std::size_t to = 0; to < kNext.size(); ++to) {
        if (isLegal(from, S(to)))
            out.append(S(to));
    }
    return out;
}

} // namespace vigie
