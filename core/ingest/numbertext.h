#pragma once

#include "domain/result.h"

#include <QStringView>

namespace vigie {

/// \brief Reads a number an integrator sent as text, where the data model says number.
///
/// Accepted: optional sign, digits with a '.' decimal point, optional exponent, surrounded
/// by whitespace ("42", " 0.5 ", "1e2", "-.5"). Refused, with a sentence saying why: a decimal
/// comma ("12,5" — not guessed: it could also separate thousands), NaN and infinities (never
/// readings), empty text, anything else, and values that overflow a double ("1e400").
/// Any thread. Errors: `invalidValue` quoting the text (at most 40 characters).
Result<double> numberFromText(QStringView text);

} // namespace vigie
