#pragma once

#include "jsonmapping.h"
#include "payloaddecoder.h"

#include <memory>

namespace vigie {

/// \brief Decodes plain JSON with an integrator's own field names through a JsonMapping
/// (format `json`; schema and reason codes in docs/ingest.md, "Mapped JSON").
///
/// What the mapping decides, never the message: where the id, the time and each quantity
/// are; the units and scales (a percentage becomes the 0–1 fillingLevel ratio only because
/// the mapping says so); the valid ranges and sentinels; the integrator's words for the
/// model's enums.
///
/// Numbers may be sent as JSON numbers or as text ("42", " 0.5 ", "1e2"). A decimal comma
/// ("12,5"), "nan", "inf", "Infinity", "" or any other text that is not a plain number refuses
/// the message (`invalidValue`): guessing could store a reading ten times off. JSON null or an
/// absent field is "not observed". Ids are kept as text: "007" stays "007", 12 becomes "12".
///
/// A number outside the mapping's range or the model's, or equal to a sentinel, is returned
/// with DecodedValue::invalidReason set and `number` holding what was sent, converted into
/// the model unit. A text outside the model's enum (after the value map) refuses the message.
/// Not thread-safe (keeps a parse buffer): one instance per thread.
class MappedJsonDecoder final : public PayloadDecoder
{
public:
    explicit MappedJsonDecoder(JsonMapping mapping, DecoderOptions options = {});
    ~MappedJsonDecoder() override;

    QString name() const override { return QStringLiteral("json"); }
    /// Errors: emptyPayload, invalidEncoding, invalidJson, notAnEntity, missingId, invalidValue,
    /// invalidTime, nonexistentLocalTime; each message names the JSON pointer (or topic level).
    Result<QVector<DecodedEntity>> decode(const RawMessage &message) override;

    const JsonMapping &mapping() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vigie
