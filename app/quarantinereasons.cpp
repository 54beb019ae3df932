#include "quarantinereasons.h"

#include <QCoreApplication>
#include <QHash>

namespace vigie {

namespace {

struct ReasonLabel
{
    const char *code;
    const char *label;
};

// Every reason code of docs/ingest.md. Labels say what went wrong in the operator's words;
// the Detail column keeps the decoder's precise message.
constexpr ReasonLabel kLabels[] = {
    {"emptyPayload", QT_TRANSLATE_NOOP("QuarantineReason", "Empty message")},
    {"invalidEncoding", QT_TRANSLATE_NOOP("QuarantineReason", "Not UTF-8 text")},
    {"invalidJson", QT_TRANSLATE_NOOP("QuarantineReason", "Not JSON")},
    {"payloadTooLarge", QT_TRANSLATE_NOOP("QuarantineReason", "Message too large")},
    {"notAnEntity", QT_TRANSLATE_NOOP("QuarantineReason", "Not an entity")},
    {"missingId", QT_TRANSLATE_NOOP("QuarantineReason", "No identifier")},
    {"missingType", QT_TRANSLATE_NOOP("QuarantineReason", "No entity type")},
    {"unsupportedType", QT_TRANSLATE_NOOP("QuarantineReason", "Unsupported data model")},
    {"invalidValue", QT_TRANSLATE_NOOP("QuarantineReason", "Invalid value")},
    {"outOfRange", QT_TRANSLATE_NOOP("QuarantineReason", "Value out of range")},
    {"invalidTime", QT_TRANSLATE_NOOP("QuarantineReason", "Invalid time")},
    {"nonexistentLocalTime", QT_TRANSLATE_NOOP("QuarantineReason", "Local time skipped by the clock change")},
    {"unknownEntity", QT_TRANSLATE_NOOP("QuarantineReason", "Unknown asset")},
    {"kindMismatch", QT_TRANSLATE_NOOP("QuarantineReason", "Asset of another kind")},
    {"unboundDevice", QT_TRANSLATE_NOOP("QuarantineReason", "Device not bound to an asset")},
    {"noRoute", QT_TRANSLATE_NOOP("QuarantineReason", "No subscription for this topic")},
    {"notAnUplink", QT_TRANSLATE_NOOP("QuarantineReason", "Not an uplink")},
    {"unsupportedEvent", QT_TRANSLATE_NOOP("QuarantineReason", "Unsupported network event")},
    {"networkLog", QT_TRANSLATE_NOOP("QuarantineReason", "Network server log")},
    {"missingField", QT_TRANSLATE_NOOP("QuarantineReason", "Missing field")},
    {"missingDevEui", QT_TRANSLATE_NOOP("QuarantineReason", "No DevEUI")},
    {"invalidDevEui", QT_TRANSLATE_NOOP("QuarantineReason", "Invalid DevEUI")},
    {"deviceMismatch", QT_TRANSLATE_NOOP("QuarantineReason", "Topic and body name different devices")},
    {"invalidBase64", QT_TRANSLATE_NOOP("QuarantineReason", "Invalid base64 payload")},
    {"unknownCodec", QT_TRANSLATE_NOOP("QuarantineReason", "No codec for this device")},
    {"wrongPort", QT_TRANSLATE_NOOP("QuarantineReason", "Unexpected LoRaWAN port")},
    {"truncatedFrame", QT_TRANSLATE_NOOP("QuarantineReason", "Truncated frame")},
    {"unknownChannel", QT_TRANSLATE_NOOP("QuarantineReason", "Unknown channel")},
    {"invalidFrame", QT_TRANSLATE_NOOP("QuarantineReason", "Invalid frame")},
    {"unknownFrame", QT_TRANSLATE_NOOP("QuarantineReason", "Unknown frame type")},
    // Citizen-report entities (docs/reports.md, "MQTT").
    {"unknownService", QT_TRANSLATE_NOOP("QuarantineReason", "Citizen report of a service the city lacks")},
    {"missingLocation", QT_TRANSLATE_NOOP("QuarantineReason", "Citizen report without a place")},
    {"invalidLocation", QT_TRANSLATE_NOOP("QuarantineReason", "Citizen report with impossible coordinates")},
    {"tooLong", QT_TRANSLATE_NOOP("QuarantineReason", "Citizen report text too long")},
    {"invalidMediaUrl", QT_TRANSLATE_NOOP("QuarantineReason", "Citizen report with an invalid photo link")},
};

} // namespace

QString quarantineReasonLabel(const QString &code)
{
    static const QHash<QString, const char *> labels = [] {
        QHash<QString, const char *> h;
        for (const ReasonLabel &l : kLabels)
            h.insert(QString::fromLatin1(l.code), l.label);
        return h;
    }();
    const auto it = labels.constFind(code);
    return it == labels.constEnd() ? code : QCoreApplication::translate("QuarantineReason", *it);
}

} // namespace vigie
