#include "bytecodec.h"

#include <cmath>

namespace vigie {

namespace {

constexpr double kScales[] = {1.0, 10.0, 100.0, 1e3, 1e4, 1e5};
constexpr quint8 kRawDouble = 6;
// Beyond this a scaled integer may not be exact in a double.
constexpr double kMaxScaled = 4.0e15;

} // namespace

void writeCompactDouble(ByteWriter &w, double v)
{
    if (std::isfinite(v) && !(v == 0.0 && std::signbit(v))) {
        for (quint8 s = 0; s < kRawDouble; ++s) {
            const double scaled = v * kScales[s];
            if (std::abs(scaled) > kMaxScaled)
                break;
            const qint64 n = std::llround(scaled);
            if (double(n) / kScales[s] == v) {
                w.u8(s);
                w.svar(n);
                return;
            }
        }
    }
    w.u8(kRawDouble);
    w.f64(v);
}

double readCompactDouble(ByteReader &r)
{
    const quint8 s = r.u8();
    if (s == kRawDouble)
        return r.f64();
    if (s > kRawDouble) {
        r.fail();
        return std::nan("");
    }
    const qint64 n = r.svar();
    return r.ok() ? double(n) / kScales[s] : std::nan("");
}

} // namespace vigie
