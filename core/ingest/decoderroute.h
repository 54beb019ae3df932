#pragma once

#include "payloaddecoder.h"

#include <QString>
#include <QVector>

namespace vigie {

/// \brief Which decoder reads the messages of a topic filter.
///
/// Formats: `fiware` (Smart Data Models, NGSI-LD / NGSI v2), `ttn` (The Things Stack v3
/// uplinks), `chirpstack` (ChirpStack v4 events), `json` (plain JSON read through the
/// mapping file `mapping`, see docs/ingest.md). The filter uses MQTT wildcards (+ and #).
struct DecoderRoute
{
    QString topicFilter;
    QString format = QStringLiteral("fiware");
    QString mapping; ///< Mapping file path; `json` only.
    /// LoRaWAN payload codec for `ttn` and `chirpstack` uplinks without a decoded payload
    /// (e.g. "milesight-em310-udl", "dingtek-df703"); empty: chosen from the uplink's own
    /// device description (TTN version_ids, ChirpStack device profile).
    QString codec;
};

/// The formats makeDecoder() knows, in the order settings dialogs list them.
QStringList decoderFormats();

/// \brief Builds the decoder for `route`. Any thread; the decoder is then used on one.
/// Errors: `unknownFormat`; `unknownCodec` (a `ttn`/`chirpstack` route naming a codec that
/// lorawan::lorawanCodecNames() does not list); for `json`, `unreadableMapping` and the
/// mapping file's own `invalidMapping` errors (they name its line and field, see
/// loadJsonMapping()).
Result<PayloadDecoderPtr> makeDecoder(const DecoderRoute &route, const DecoderOptions &options);

/// \brief Sends each message to the decoder of the first route whose filter matches its
/// topic (MQTT 3.1.1 §4.7 matching). A topic no route matches is refused with `noRoute`.
///
/// Replay feeds recorded topics through the same routes, so live and replayed messages are
/// decoded alike. Not thread-safe, like every decoder.
class RoutingDecoder final : public PayloadDecoder
{
public:
    /// Errors: those of makeDecoder() for the first route that cannot be built; `noRoute` if
    /// `routes` is empty.
    static Result<std::unique_ptr<RoutingDecoder>> create(const QVector<DecoderRoute> &routes,
                                                          const DecoderOptions &options);

    QString name() const override { return QStringLiteral("routing"); }
    Result<QVector<DecodedEntity>> decode(const RawMessage &message) override;

    /// The route `topic` takes, or -1.
    int routeIndex(const QByteArray &topic) const;

private:
    RoutingDecoder() = default;

    QVector<DecoderRoute> m_routes;
    std::vector<PayloadDecoderPtr> m_decoders; ///< Parallel to m_routes.
};

/// Whether `topic` matches the MQTT topic filter `filter` (+ one level, # the rest).
/// Topics starting with '$' never match a filter starting with a wildcard. Any thread.
bool topicMatches(QByteArrayView filter, QByteArrayView topic);

} // namespace vigie
