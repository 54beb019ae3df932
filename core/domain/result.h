#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace vigie {

/// \brief A failure reported as a value: a stable machine code and a sentence for people.
///
/// `code` is a lower-camel-case identifier that tests and the quarantine table key on
/// (for example `invalidJson`, `unknownEntity`); `message` is English, specific, and names
/// the offending field or line. Core never throws across its API; it returns these.
struct Error
{
    QString code;
    QString message;
};

/// \brief Either a value of type T or an Error (C++23's std::expected, reduced to what Vigie uses).
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    /// Precondition: ok().
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    /// By value, so `for (x : f().value())` does not dangle.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    /// Precondition: !ok().
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// \brief Success, or an Error.
template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    /// Precondition: !ok().
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

/// \brief `text` cut to at most `maxChars` UTF-16 code units, the last one "…" when cut.
///
/// For whatever a message quotes from outside (ids, payload values, topics): a reason must
/// stay readable in a status bar and small in the quarantine table whatever was sent. A
/// surrogate pair is never split. Any thread.
inline QString elide(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars || maxChars < 1)
        return text.size() <= maxChars ? text : QString();
    qsizetype keep = maxChars - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + QChar(0x2026);
}

} // namespace vigie
