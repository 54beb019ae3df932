#include "sqlite.h"

#include <sqlite3.h>

#include <cmath>

namespace vigie {

namespace {
Error sqlError(sqlite3 *db, const char *what)
{
    return {QStringLiteral("storeSql"), QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db)))};
}
} // namespace

SqliteConnection::~SqliteConnection()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

SqliteConnection::SqliteConnection(SqliteConnection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{
}

SqliteConnection &SqliteConnection::operator=(SqliteConnection &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Result<SqliteConnection> SqliteConnection::open(const QString &path, Mode mode, int busyTimeoutMs)
{
    SqliteConnection c;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                      | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &c.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = c.m_db ? QString::fromUtf8(sqlite3_errmsg(c.m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        return Error{QStringLiteral("storeOpen"), QStringLiteral("cannot open %1: %2").arg(path, why)};
    }
    sqlite3_busy_timeout(c.m_db, busyTimeoutMs);
    sqlite3_extended_result_codes(c.m_db, 1);
    c.m_path = path;
    return c;
}

Status SqliteConnection::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        Error e{QStringLiteral("storeSql"), QString::fromUtf8(message ? message : "unknown error")};
        sqlite3_free(message);
        return e;
    }
    return {};
}

Result<SqliteStatement> SqliteConnection::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        return sqlError(m_db, sql);
    return SqliteStatement(stmt);
}

Result<qint64> SqliteConnection::pragmaInt(const char *name)
{
    auto stmt = prepare(QByteArray("PRAGMA ").append(name).constData());
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return row.value() ? stmt->int64(0) : 0;
}

qint64 SqliteConnection::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
QString SqliteConnection::lastError() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

SqliteStatement::SqliteStatement(sqlite3_stmt *stmt) : m_stmt(stmt) {}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept : m_stmt(std::exchange(other.m_stmt, nullptr)) {}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void SqliteStatement::bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }

void SqliteStatement::bind(int index, double value)
{
    if (std::isnan(value))
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    // Most bound strings are short ASCII (units, states, ids): narrowed on the stack, they
    // cost SQLite's one copy instead of a QByteArray too.
    constexpr qsizetype shortString = 128;
    if (value.size() <= shortString) {
        char ascii[shortString];
        const QChar *in = value.constData();
        qsizetype i = 0;
        for (; i < value.size() && in[i].unicode() < 0x80; ++i)
            ascii[i] = char(in[i].unicode());
        if (i == value.size()) {
            sqlite3_bind_text(m_stmt, index, ascii, int(i), SQLITE_TRANSIENT);
            return;
        }
    }
    bindText(index, value.toUtf8());
}

void SqliteStatement::bindText(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindTextNoCopy(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindBlobNoCopy(int index, const QByteArray &value)
{
    sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index) { sqlite3_bind_null(m_stmt, index); }

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqlError(sqlite3_db_handle(m_stmt), "step");
}

Status SqliteStatement::run()
{
    auto r = step();
    reset();
    if (!r)
        return r.error();
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqliteStatement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

double SqliteStatement::real(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return std::nan("");
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    const void *p = sqlite3_column_blob(m_stmt, column);
    return p ? QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool SqliteStatement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

} // namespace vigie
