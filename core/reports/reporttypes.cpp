#include "reporttypes.h"

#include <array>

namespace vigie {

namespace {

const std::array kSourceKeys = {"open311", "mqtt", "csv"};
const std::array kStateKeys = {"received", "acknowledged", "scheduled", "inProgress", "blocked", "resolved", "declined"};

template<typename Enum, std::size_t N>
bool fromKey(const std::array<const char *, N> &keys, const QString &key, Enum *out)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i])) {
            *out = Enum(i);
            return true;
        }
    }
    return false;
}

} // namespace

QString reportSourceKey(ReportSource source) { return QLatin1String(kSourceKeys[std::size_t(source)]); }
bool reportSourceFromKey(const QString &key, ReportSource *source) { return fromKey(kSourceKeys, key, source); }
QString reportStateKey(ReportState state) { return QLatin1String(kStateKeys[std::size_t(state)]); }
bool reportStateFromKey(const QString &key, ReportState *state) { return fromKey(kStateKeys, key, state); }

bool isClosed(ReportState state) { return state == ReportState::Resolved || state == ReportState::Declined; }

QString open311Status(ReportState state)
{
    return isClosed(state) ? QStringLiteral("closed") : QStringLiteral("open");
}

ReportState reportStateFor(InterventionStatus status)
{
    switch (status) {
    case InterventionStatus::New:
    case InterventionStatus::Reopened: return ReportState::Acknowledged;
    case InterventionStatus::Assigned:
    case InterventionStatus::Accepted: return ReportState::Scheduled;
    case InterventionStatus::EnRoute:
    case InterventionStatus::OnSite: return ReportState::InProgress;
    case InterventionStatus::Blocked: return ReportState::Blocked;
    case InterventionStatus::Done: return ReportState::Resolved;
    case InterventionStatus::Cancelled: return ReportState::Declined;
    }
    return ReportState::Received;
}

} // namespace vigie
