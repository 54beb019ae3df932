#include "jsontext.h"

namespace vigie::json {

using namespace simdjson;

QString qstr(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

QString jsonPath(const QString &where, std::string_view key)
{
    return where.isEmpty() ? qstr(key) : where + QLatin1Char('.') + qstr(key);
}

Error jsonError(const char *code, const QString &where, const QString &what)
{
    return {QString::fromLatin1(code), where.isEmpty() ? what : where + QStringLiteral(": ") + what};
}

QString describeJson(dom::element e)
{
    switch (e.type()) {
    case dom::element_type::STRING: return QStringLiteral("the string \"%1\"").arg(elide(qstr(std::string_view(e)), 40));
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE: return QStringLiteral("the number %1").arg(double(e), 0, 'g', 12);
    case dom::element_type::BOOL: return bool(e) ? QStringLiteral("true") : QStringLiteral("false");
    case dom::element_type::NULL_VALUE: return QStringLiteral("null");
    case dom::element_type::ARRAY: return QStringLiteral("an array");
    case dom::element_type::OBJECT: return QStringLiteral("an object");
    }
    return {};
}

bool isNumber(dom::element e)
{
    const auto t = e.type();
    return t == dom::element_type::INT64 || t == dom::element_type::UINT64 || t == dom::element_type::DOUBLE;
}

Error parseError(error_code code)
{
    switch (code) {
    case EMPTY: return {QStringLiteral("emptyPayload"), QStringLiteral("the payload is empty")};
    case UTF8_ERROR: return {QStringLiteral("invalidEncoding"), QStringLiteral("the payload is not valid UTF-8")};
    default:
        return {QStringLiteral("invalidJson"),
                QStringLiteral("the payload is not valid JSON: %1").arg(QString::fromUtf8(error_message(code)))};
    }
}

} // namespace vigie::json
