#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cmath>
#include <cstring>

/// \file
/// \brief Little-endian binary primitives shared by the session format (recording/) and the
/// alarm evaluator's saved state (alarms/): fixed-width values, LEB128 varints, zigzag
/// differences and exact compact doubles. Readers are bounds-checked: bad bytes give a
/// failed read (ok() false), never an out-of-bounds access. Any thread (plain values).

namespace vigie {

/// \brief Appends little-endian values to a QByteArray.
class ByteWriter
{
public:
    explicit ByteWriter(QByteArray *out) : m_out(out) {}
    void u8(quint8 v) { m_out->append(char(v)); }
    void u16(quint16 v) { raw(&v, 2); }
    void u32(quint32 v) { raw(&v, 4); }
    void u64(quint64 v) { raw(&v, 8); }
    void i32(qint32 v) { raw(&v, 4); }
    void i64(qint64 v) { raw(&v, 8); }
    void f64(double v) { raw(&v, 8); }
    /// u32 length, then the bytes.
    void bytes(QByteArrayView v)
    {
        u32(quint32(v.size()));
        m_out->append(v.data(), v.size());
    }
    /// UTF-8, as bytes().
    void str(const QString &v) { bytes(v.toUtf8()); }
    /// Unsigned LEB128 (1 to 10 bytes).
    void uvar(quint64 v)
    {
        char buffer[10];
        int n = 0;
        while (v >= 0x80) {
            buffer[n++] = char(quint8(v) | 0x80);
            v >>= 7;
        }
        buffer[n++] = char(v);
        m_out->append(buffer, n);
    }
    /// A signed difference, zigzag-mapped then uvar(): small differences of either sign take
    /// one or two bytes. Wraps like unsigned arithmetic, so any two qint64 round-trip.
    void svar(qint64 v) { uvar((quint64(v) << 1) ^ quint64(v >> 63)); }

private:
    void raw(const void *v, int n)
    {
        static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "session files are little-endian; add swaps for big-endian hosts");
        m_out->append(static_cast<const char *>(v), n);
    }
    QByteArray *m_out;
};

/// \brief Reads little-endian values from a byte range. After the first read past the end
/// (or a length that does not fit), ok() is false and every later read returns zero/empty.
class ByteReader
{
public:
    explicit ByteReader(QByteArrayView data) : m_data(data) {}
    bool ok() const { return m_ok; }
    qsizetype position() const { return m_pos; }
    qsizetype remaining() const { return m_ok ? m_data.size() - m_pos : 0; }
    bool atEnd() const { return remaining() == 0; }

    quint8 u8() { return read<quint8>(); }
    quint16 u16() { return read<quint16>(); }
    quint32 u32() { return read<quint32>(); }
    quint64 u64() { return read<quint64>(); }
    qint32 i32() { return read<qint32>(); }
    qint64 i64() { return read<qint64>(); }
    double f64() { return read<double>(); }
    /// A view into the source (no copy): valid as long as the source bytes.
    QByteArrayView view(qsizetype n)
    {
        if (!m_ok || n < 0 || n > m_data.size() - m_pos) {
            m_ok = false;
            return {};
        }
        const QByteArrayView v = m_data.sliced(m_pos, n);
        m_pos += n;
        return v;
    }
    QByteArray bytes() { return view(qsizetype(u32())).toByteArray(); }
    QString str() { return QString::fromUtf8(view(qsizetype(u32()))); }
    void skip(qsizetype n) { view(n); }
    /// Marks the input bad (a value out of its range): ok() false from now on.
    void fail() { m_ok = false; }
    /// ByteWriter::uvar(); more than 10 bytes, or bits beyond 64, is an error (ok() false).
    quint64 uvar()
    {
        // Fast path: one or two bytes, the common case of differences and counts.
        if (m_ok && m_data.size() - m_pos >= 2) {
            const auto *p = reinterpret_cast<const quint8 *>(m_data.data()) + m_pos;
            if (!(p[0] & 0x80)) {
                ++m_pos;
                return p[0];
            }
            if (!(p[1] & 0x80)) {
                m_pos += 2;
                return quint64(p[0] & 0x7f) | (quint64(p[1]) << 7);
            }
        }
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const quint8 b = u8();
            if (!m_ok)
                return 0;
            if (shift == 63 && b > 1)
                break;
            v |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        m_ok = false;
        return 0;
    }
    qint64 svar()
    {
        const quint64 z = uvar();
        return qint64((z >> 1) ^ (~(z & 1) + 1));
    }

private:
    template<typename T>
    T read()
    {
        T v{};
        const QByteArrayView b = view(sizeof(T));
        if (m_ok)
            std::memcpy(&v, b.data(), sizeof(T));
        return v;
    }
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

/// Writes `v` exactly in as few bytes as a decimal reading needs: a scale byte s (0–6), then
/// for s ≤ 5 svar(v × 10^s) when that integer gives back exactly `v`, else (s = 6) the 8
/// bytes of the double (NaN, infinities, non-decimal values). Sensor readings such as 0.83
/// or 21.5 take 2–3 bytes instead of 8.
void writeCompactDouble(ByteWriter &w, double v);
/// Reads what writeCompactDouble() wrote; NaN and ok() false on bad bytes.
double readCompactDouble(ByteReader &r);

} // namespace vigie
