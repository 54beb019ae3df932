#include "numbertext.h"

#include <QRegularExpression>

#include <cmath>

namespace vigie {

Result<double> numberFromText(QStringView sent)
{
    static const QRegularExpression plain(QStringLiteral(R"(^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$)"));
    static const QRegularExpression comma(QStringLiteral(R"(^[-+]?\d*,\d+$)"));
    static const QRegularExpression nonNumber(QStringLiteral(R"(^[-+]?(nan|inf|infinity)$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QStringView s = sent.trimmed();
    const QString quoted = QStringLiteral("\"%1\"").arg(elide(sent.toString(), 40));
    const auto refuse = [](const QString &why) { return Error{QStringLiteral("invalidValue"), why}; };
    if (s.isEmpty())
        return refuse(QStringLiteral("%1 is empty, not a number (send null or leave the field out when there is no reading)").arg(quoted));
    if (nonNumber.match(s).hasMatch())
        return refuse(QStringLiteral("%1 is not a number (NaN and infinities are never readings)").arg(quoted));
    if (comma.match(s).hasMatch())
        return refuse(QStringLiteral("%1 has a decimal comma; only a decimal point is read (a comma could also separate thousands)").arg(quoted));
    bool ok = false;
    double value = 0;
    if (plain.match(s).hasMatch())
        value = s.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return refuse(QStringLiteral("%1 is not a number").arg(quoted));
    return value;
}

} // namespace vigie
