// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ck {

// An error as a value: a stable machine code (for logs, metrics and tests) and a message
// already translated for the person who will read it. Never carries personal data.
struct Error
{
    QString code;
    QString message;
};

// Value-or-error. Used across every part boundary instead of exceptions, which must never cross
// a Qt signal, slot or QML boundary.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    static Result failure(QString code, QString message)
    {
        return Result(Error {std::move(code), std::move(message)});
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value, not T&&: `for (x : f().value())` must not iterate a destroyed temporary.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result for operations that produce nothing but can fail.
template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    static Result success() { return {}; }
    static Result failure(QString code, QString message)
    {
        return Result(Error {std::move(code), std::move(message)});
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace ck
