#pragma once

#include "payloaddecoder.h"

#include <memory>

namespace vigie {

/// \brief Decodes FIWARE Smart Data Models entities: NGSI-LD (normalized and keyValues),
/// NGSI v2 (normalized and keyValues), and the GeoJSON Feature representation.
///
/// A payload may hold one entity, an array of entities, an NGSI-LD or NGSI v2
/// notification (`data` array) or a GeoJSON FeatureCollection. Entity types handled:
/// `WasteContainer` (fillingLevel ratio 0–1, status, temperature in °C) and `Streetlight`
/// (status, powerState). Other types are refused with `unsupportedType`; expanded type IRIs
/// (`https://smartdatamodels.org/…/WasteContainer`) are accepted.
///
/// Observation time, in order of precedence: the attribute's NGSI-LD `observedAt` (or NGSI
/// v2 `metadata.TimeInstant`); the entity's `dateObserved`, `observationDateTime` or
/// `timeInstant`; for fillingLevel, WasteContainer's `binLoggedTime`. Decoded values with
/// none of these carry 0 and the pipeline uses the received time.
///
/// Sources: smart-data-models dataModel.WasteManagement and dataModel.Streetlighting
/// schemas; ETSI GS CIM 009 (NGSI-LD API) §4.5 for the normalized/concise forms;
/// FIWARE NGSI v2 specification for attribute metadata.
class FiwareDecoder final : public PayloadDecoder
{
public:
    explicit FiwareDecoder(DecoderOptions options = {});
    ~FiwareDecoder() override;

    QString name() const override { return QStringLiteral("fiware"); }
    Result<QVector<DecodedEntity>> decode(const RawMessage &message) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace vigie
