// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace ck::sqlite {

// The one thin RAII layer over the SQLite C API used by the outbox. Errors come back as values
// whose code is stable: "db-full" (SQLITE_FULL), "db-corrupt" (SQLITE_CORRUPT / SQLITE_NOTADB),
// "db-busy", "db-readonly", "db-io", "db-constraint" or "db-error". Messages carry SQLite's own
// text, which names statements and columns but never bound values.

class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, as in SQLite. Text and blobs are copied (SQLITE_TRANSIENT).
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, const QString &text); // null QString binds NULL
    Statement &bind(int index, const QByteArray &blob); // null QByteArray binds NULL
    Statement &bindNull(int index);
    Statement &bind(int index, std::nullptr_t) { return bindNull(index); }
    // Binds the arguments to parameters 1, 2, 3, ... in order.
    template<typename... Args> Statement &bindAll(const Args &...args)
    {
        [[maybe_unused]] int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // true: a row is available; false: done. Errors are reported with the database's message.
    Result<bool> step();
    // step() until done, for statements that return no rows.
    Status exec();
    // For a statement prepared once and run many times: binds, runs to completion and resets,
    // so the next call starts clean whatever happened.
    template<typename... Args> Status run(const Args &...args)
    {
        bindAll(args...);
        Status s = exec();
        reset();
        return s;
    }
    // step() until done, handing each row to `onRow(const Statement &)`.
    template<typename F> Status forEachRow(F &&onRow)
    {
        for (;;) {
            auto r = step();
            if (!r.ok())
                return r.error();
            if (!r.value())
                return {};
            onRow(std::as_const(*this));
        }
    }
    void reset(); // also clears bindings

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const; // deep copy

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, sqlite3 *db)
        : m_stmt(stmt)
        , m_db(db)
    { }
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
    QString m_bindError;
};

class Database
{
public:
    // ReadOnly never writes the file; SQLite may still create the -wal and -shm side files of a
    // WAL database (it needs the shared index to read consistently while another process
    // writes), owned like the database when run as root.
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  Mode mode = Mode::ReadWriteCreate);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Runs one or more statements that return no rows (DDL, PRAGMA setters).
    Status exec(const QString &sql);
    Result<Statement> prepare(const QString &sql);

    // The prepare/bind/step steps most queries repeat, in one call each. Arguments bind to
    // parameters 1, 2, 3, ... in order (qint64, int, QString, QByteArray or nullptr).
    // Runs a statement that returns no rows; the value is the number of rows it changed.
    template<typename... Args> Result<int> execute(const QString &sql, const Args &...args)
    {
        auto st = prepare(sql);
        if (!st.ok())
            return st.error();
        Status s = st->bindAll(args...).exec();
        if (!s.ok())
            return s.error();
        return changes();
    }
    // A prepared statement with its parameters bound, ready to step().
    template<typename... Args> Result<Statement> query(const QString &sql, const Args &...args)
    {
        auto st = prepare(sql);
        if (st.ok())
            st->bindAll(args...);
        return st;
    }
    // The first row read by `read(const Statement &)`, or nullopt when there is none.
    template<typename F, typename... Args>
    auto queryOne(const QString &sql, F &&read, const Args &...args)
        -> Result<std::optional<std::invoke_result_t<F, const Statement &>>>
    {
        using Row = std::invoke_result_t<F, const Statement &>;
        auto st = query(sql, args...);
        if (!st.ok())
            return st.error();
        auto r = st->step();
        if (!r.ok())
            return r.error();
        if (!r.value())
            return std::optional<Row>();
        return std::optional<Row>(read(std::as_const(*st)));
    }
    // Every row, each read by `read(const Statement &)`.
    template<typename F, typename... Args>
    auto queryAll(const QString &sql, F &&read, const Args &...args)
        -> Result<QList<std::invoke_result_t<F, const Statement &>>>
    {
        QList<std::invoke_result_t<F, const Statement &>> out;
        auto st = query(sql, args...);
        if (!st.ok())
            return st.error();
        Status s = st->forEachRow([&](const Statement &row) { out.append(read(row)); });
        if (!s.ok())
            return s.error();
        return out;
    }
    // First column of the first row, for PRAGMAs and counts.
    Result<qint64> scalarInt(const QString &sql);
    Result<QString> scalarText(const QString &sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    // Map the connection's current error (or `code`) to a ck::Error.
    Error error(int code) const;
    static Error errorFor(int code, const QString &detail);

private:
    Database(sqlite3 *db, QString path)
        : m_db(db)
        , m_path(std::move(path))
    { }
    sqlite3 *m_db = nullptr;
    QString m_path;
};

// BEGIN IMMEDIATE on construction (takes the write lock up front, so a busy database fails at
// the start rather than half-way); ROLLBACK on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &begun() const { return m_begin; }
    Status commit();

private:
    Database &m_db;
    Status m_begin;
    bool m_open = false;
};

} // namespace ck::sqlite
