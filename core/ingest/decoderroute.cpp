#include "decoderroute.h"

#include "chirpstackdecoder.h"
#include "fiwaredecoder.h"
#include "lorawan/lorawancodec.h"
#include "ttndecoder.h"
#include "jsonmapping.h"
#include "mappedjsondecoder.h"

#include <QStringList>

namespace vigie {

QStringList decoderFormats()
{
    return {QStringLiteral("fiware"), QStringLiteral("ttn"), QStringLiteral("chirpstack"), QStringLiteral("json")};
}

Result<PayloadDecoderPtr> makeDecoder(const DecoderRoute &route, const DecoderOptions &options)
{
    if (route.format == QLatin1String("fiware"))
        return PayloadDecoderPtr(std::make_unique<FiwareDecoder>(options));
    if (route.format == QLatin1String("ttn") || route.format == QLatin1String("chirpstack")) {
        const lorawan::LorawanCodec *codec = nullptr;
        if (!route.codec.isEmpty()) {
            codec = lorawan::findLorawanCodec(route.codec);
            if (!codec)
                return Error{QStringLiteral("unknownCodec"),
                             QStringLiteral("unknown LoRaWAN codec \"%1\" for %2 (expected one of: %3)")
                                 .arg(route.codec, route.topicFilter,
                                      lorawan::lorawanCodecNames().join(QStringLiteral(", ")))};
        }
        if (route.format == QLatin1String("ttn"))
            return PayloadDecoderPtr(std::make_unique<TtnDecoder>(options, codec));
        return PayloadDecoderPtr(std::make_unique<ChirpStackDecoder>(options, codec));
    }
    if (route.format == QLatin1String("json")) {
        if (route.mapping.isEmpty())
            return Error{QStringLiteral("unreadableMapping"),
                         QStringLiteral("format \"json\" for %1 needs a mapping file").arg(route.topicFilter)};
        auto mapping = loadJsonMapping(route.mapping);
        if (!mapping)
            return mapping.error(); // names the file, line and field
        return PayloadDecoderPtr(std::make_unique<MappedJsonDecoder>(std::move(mapping).value(), options));
    }
    return Error{QStringLiteral("unknownFormat"),
                 QStringLiteral("unknown payload format \"%1\" for %2 (expected one of: %3)")
                     .arg(route.format, route.topicFilter, decoderFormats().join(QStringLiteral(", ")))};
}

Result<std::unique_ptr<RoutingDecoder>> RoutingDecoder::create(const QVector<DecoderRoute> &routes,
                                                               const DecoderOptions &options)
{
    if (routes.isEmpty())
        return Error{QStringLiteral("noRoute"), QStringLiteral("no topic is routed to a decoder")};
    std::unique_ptr<RoutingDecoder> router(new RoutingDecoder);
    for (const DecoderRoute &route : routes) {
        auto decoder = makeDecoder(route, options);
        if (!decoder)
            return decoder.error();
        router->m_routes << route;
        router->m_decoders.push_back(std::move(decoder.value()));
    }
    return router;
}

int RoutingDecoder::routeIndex(const QByteArray &topic) const
{
    for (int i = 0; i < m_routes.size(); ++i) {
        if (topicMatches(m_routes.at(i).topicFilter.toUtf8(), topic))
            return i;
    }
    return -1;
}

Result<QVector<DecodedEntity>> RoutingDecoder::decode(const RawMessage &message)
{
    const int index = routeIndex(message.topic);
    if (index < 0)
        return Error{QStringLiteral("noRoute"),
                     QStringLiteral("no subscription routes topic %1 to a decoder")
                         .arg(QString::fromUtf8(message.topic.left(200)))};
    return m_decoders[std::size_t(index)]->decode(message);
}

bool topicMatches(QByteArrayView filter, QByteArrayView topic)
{
    if (!topic.isEmpty() && topic.front() == '$' && !filter.isEmpty()
        && (filter.front() == '+' || filter.front() == '#'))
        return false;
    qsizetype f = 0;
    qsizetype t = 0;
    while (f < filter.size()) {
        const qsizetype fEnd = filter.indexOf('/', f) < 0 ? filter.size() : filter.indexOf('/', f);
        const QByteArrayView level = filter.sliced(f, fEnd - f);
        if (level == "#")
            return true; // also matches the parent level ("a/#" matches "a")
        if (t > topic.size())
            return false;
        const qsizetype tEnd = topic.indexOf('/', t) < 0 ? topic.size() : topic.indexOf('/', t);
        if (level != "+" && level != topic.sliced(t, tEnd - t))
            return false;
        f = fEnd + 1;
        t = tEnd + 1;
    }
    return t > topic.size() && f > filter.size();
}

} // namespace vigie
