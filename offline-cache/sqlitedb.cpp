// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/sqlitedb.h"

#include "core/translate.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace ck::sqlite {

namespace {
QString tr(const char *text)
{
    return translateIn({"ck::sqlite", "ck::sqlite::Database", "ck::sqlite::Transaction", "ck"},
                       text);
}
} // namespace

// ---- Statement ----

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(std::exchange(other.m_db, nullptr))
    , m_bindError(std::move(other.m_bindError))
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = std::exchange(other.m_db, nullptr);
        m_bindError = std::move(other.m_bindError);
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_bindError = QString::fromUtf8(sqlite3_errmsg(m_db));
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    if (text.isNull())
        return bindNull(index);
    const QByteArray utf8 = text.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT)
        != SQLITE_OK)
        m_bindError = QString::fromUtf8(sqlite3_errmsg(m_db));
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    if (sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT)
        != SQLITE_OK)
        m_bindError = QString::fromUtf8(sqlite3_errmsg(m_db));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_bindError = QString::fromUtf8(sqlite3_errmsg(m_db));
    return *this;
}

Result<bool> Statement::step()
{
    if (!m_stmt)
        return Database::errorFor(SQLITE_MISUSE, QStringLiteral("statement not prepared"));
    if (!m_bindError.isEmpty())
        return Database::errorFor(SQLITE_RANGE, m_bindError);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // sqlite3_step returns the extended code with the v2 interface; errmsg matches it.
    return Database::errorFor(rc, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Status Statement::exec()
{
    return forEachRow([](const Statement &) {});
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError.clear();
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    if (isNull(column))
        return {};
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    if (isNull(column))
        return {};
    const void *p = sqlite3_column_blob(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return QByteArray(static_cast<const char *>(p), n);
}

// ---- Database ----

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    sqlite3 *db = nullptr;
    int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE)
        | SQLITE_OPEN_NOMUTEX;
    if (mode == Mode::ReadWriteCreate)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
        sqlite3_close_v2(db);
        return errorFor(rc, detail);
    }
    sqlite3_extended_result_codes(db, 1);
    return std::unique_ptr<Database>(new Database(db, path));
}

Database::~Database()
{
    // close_v2 defers the close until every statement is finalised, so a leaked Statement
    // cannot turn into a use-after-free.
    sqlite3_close_v2(m_db);
}

Status Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = message ? QString::fromUtf8(message) : QString();
        sqlite3_free(message);
        return errorFor(sqlite3_extended_errcode(m_db), detail);
    }
    return {};
}

Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return error(rc);
    return Statement(stmt, m_db);
}

Result<qint64> Database::scalarInt(const QString &sql)
{
    auto st = prepare(sql);
    if (!st.ok())
        return st.error();
    auto r = st->step();
    if (!r.ok())
        return r.error();
    return r.value() ? st->int64(0) : qint64(0);
}

Result<QString> Database::scalarText(const QString &sql)
{
    auto st = prepare(sql);
    if (!st.ok())
        return st.error();
    auto r = st->step();
    if (!r.ok())
        return r.error();
    return r.value() ? st->text(0) : QString();
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::error(int code) const
{
    return errorFor(code, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Error Database::errorFor(int code, const QString &detail)
{
    const int primary = code & 0xff;
    QString id;
    QString text;
    switch (primary) {
    case SQLITE_FULL:
        id = QStringLiteral("disk-full");
        text = tr("The kiosk is full and could not save your form. Ask a member of staff.");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        id = QStringLiteral("db-corrupt");
        text = tr("The outbox database is damaged (%1).").arg(detail);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        id = QStringLiteral("db-busy");
        text = tr("The outbox database is busy (%1).").arg(detail);
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        id = QStringLiteral("db-readonly");
        text = tr("The outbox database cannot be written (%1).").arg(detail);
        break;
    case SQLITE_IOERR:
        id = QStringLiteral("db-io");
        text = tr("The outbox database could not be read or written (%1).").arg(detail);
        break;
    case SQLITE_CONSTRAINT:
        id = QStringLiteral("db-constraint");
        text = tr("The outbox refused inconsistent data (%1).").arg(detail);
        break;
    default:
        id = QStringLiteral("db-error");
        text = tr("Outbox database error %1 (%2).").arg(code).arg(detail);
    }
    return Error {id, text};
}

// ---- Transaction ----

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_begin = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_open = m_begin.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begin.ok() ? Status::failure(QStringLiteral("db-error"),
                                              tr("The transaction is already finished."))
                            : m_begin;
    Status s = m_db.exec(QStringLiteral("COMMIT"));
    // A failed COMMIT (e.g. SQLITE_FULL) leaves the transaction open: the destructor rolls it
    // back, so no half-written row survives.
    if (s.ok())
        m_open = false;
    return s;
}

} // namespace ck::sqlite
