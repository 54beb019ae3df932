#pragma once

#include "domain/result.h"

#include <simdjson.h>

#include <QString>

#include <string_view>

/// \file
/// \brief What every JSON decoder says the same way: text from simdjson, JSON paths in error
/// messages, values described for people, parse errors as reason codes. Internal to
/// vigie_core (simdjson is a private dependency). Any thread.
namespace vigie::json {

QString qstr(std::string_view s);
/// `where.key`, or `key` when `where` is empty.
QString jsonPath(const QString &where, std::string_view key);
/// An Error whose message starts with the JSON path `where`.
Error jsonError(const char *code, const QString &where, const QString &what);
/// "the string \"abc\"" (cut to 40 characters), "the number 3", "an object"… for messages.
QString describeJson(simdjson::dom::element e);
bool isNumber(simdjson::dom::element e);
/// `emptyPayload`, `invalidEncoding` or `invalidJson` (simdjson's message says where).
Error parseError(simdjson::error_code code);

} // namespace vigie::json
