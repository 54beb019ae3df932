#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace vigie {

class SqliteStatement;

/// \brief An owned SQLite connection (sqlite3 C API).
///
/// A connection belongs to the thread that uses it; never share one across threads.
/// Readers and the writer each open their own (WAL lets them run concurrently).
class SqliteConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(SqliteConnection &&other) noexcept;
    SqliteConnection &operator=(SqliteConnection &&other) noexcept;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    /// Opens (ReadWrite creates) `path` and sets a busy timeout of `busyTimeoutMs`.
    /// Errors: `storeOpen`.
    static Result<SqliteConnection> open(const QString &path, Mode mode, int busyTimeoutMs = 5000);

    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    /// Runs one or more statements without results. Errors: `storeSql`.
    Status exec(const char *sql);
    /// Errors: `storeSql`.
    Result<SqliteStatement> prepare(const char *sql);
    /// The value of `PRAGMA name` as an integer, or the error.
    Result<qint64> pragmaInt(const char *name);

    qint64 lastInsertRowId() const;
    /// The last error message of this connection.
    QString lastError() const;
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

/// \brief A prepared statement. Bind indexes are 1-based, column indexes 0-based.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    explicit SqliteStatement(sqlite3_stmt *stmt);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);    ///< NaN binds NULL.
    void bind(int index, const QString &value); ///< A null QString binds NULL.
    void bindBlob(int index, const QByteArray &value);
    void bindText(int index, const QByteArray &utf8);
    /// Bind without a copy: `value` must stay alive and unchanged until run() or reset().
    void bindBlobNoCopy(int index, const QByteArray &value);
    void bindTextNoCopy(int index, const QByteArray &utf8);
    void bindNull(int index);

    /// Steps once. Returns true while a row is available. Errors: `storeSql`.
    Result<bool> step();
    /// Steps to completion and resets, for statements without results. Errors: `storeSql`.
    Status run();
    /// Steps through every row, calling `onRow(*this)` for each. Errors: `storeSql`.
    template<typename OnRow>
    Status forEachRow(OnRow &&onRow)
    {
        while (true) {
            auto row = step();
            if (!row)
                return row.error();
            if (!row.value())
                return {};
            onRow(*this);
        }
    }
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;   ///< NULL reads as NaN.
    QString text(int column) const;  ///< NULL reads as a null QString.
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace vigie
