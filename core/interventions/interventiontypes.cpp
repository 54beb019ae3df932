#include "interventiontypes.h"

namespace vigie {

namespace {

// Stored in SQLite (intervention.kind, intervention.status) and sent over MQTT: never rename.
constexpr std::array<const char *, 4> kKindKeys = {"lighting", "waste", "roads", "other"};
constexpr std::array<const char *, 9> kStatusKeys = {"new",  "assigned",  "accepted", "enRoute", "onSite",
                                                     "done", "cancelled", "blocked",  "reopened"};

template<typename Enum, std::size_t N>
bool fromKey(const std::array<const char *, N> &keys, const QString &key, Enum *out)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i])) {
            if (out)
                *out = Enum(i);
            return true;
        }
    }
    return false;
}

template<std::size_t N>
QString toKey(const std::array<const char *, N> &keys, std::size_t index)
{
    return index < N ? QString::fromLatin1(keys[index]) : QString();
}

} // namespace

QString interventionKindKey(InterventionKind kind) { return toKey(kKindKeys, std::size_t(kind)); }
bool interventionKindFromKey(const QString &key, InterventionKind *kind) { return fromKey(kKindKeys, key, kind); }

InterventionKind interventionKindFor(AssetKind kind)
{
    switch (kind) {
    case AssetKind::Streetlight:
        return InterventionKind::Lighting;
    case AssetKind::WasteContainer:
        return InterventionKind::Waste;
    }
    return InterventionKind::Other;
}

QString interventionStatusKey(InterventionStatus status) { return toKey(kStatusKeys, std::size_t(status)); }
bool interventionStatusFromKey(const QString &key, InterventionStatus *status) { return fromKey(kStatusKeys, key, status); }

bool isClosed(InterventionStatus status)
{
    return status == InterventionStatus::Done || status == InterventionStatus::Cancelled;
}

} // namespace vigie
