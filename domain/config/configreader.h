// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace ck {

// Strict, path-aware reading of a JSON object tree. The first problem found wins and is kept
// as an Error naming the source and the dotted key path; later calls become no-ops so the
// parser can be written straight through without checking after every key.
class ConfigReader
{
public:
    explicit ConfigReader(QString sourceName);

    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }
    void fail(const QString &path, const QString &reason);

    static QString join(const QString &path, const QString &key);

    // Rejects every key of `object` that is not in `allowed`.
    void allowOnly(const QJsonObject &object, const QString &path, const QStringList &allowed);

    QString string(const QJsonObject &object, const QString &path, const QString &key,
                   const QString &fallback = {}, bool required = false);
    int integer(const QJsonObject &object, const QString &path, const QString &key, int fallback,
                int min, int max, bool required = false);
    QStringList stringList(const QJsonObject &object, const QString &path, const QString &key,
                           const QStringList &fallback);
    QJsonObject object(const QJsonObject &object, const QString &path, const QString &key);
    QJsonArray array(const QJsonObject &object, const QString &path, const QString &key);
    QJsonObject objectValue(const QJsonValue &value, const QString &path);

    // https anywhere, plain http only to a loopback host (demo, tests): a kiosk must never send
    // answers in clear over a library's Wi-Fi. `prefix` accepts a URL prefix (web allow-list).
    void checkUrl(const QString &path, const QString &text, bool allowEmpty);
    void checkPinHash(const QString &path, const QString &hash, bool allowEmpty);

private:
    QString m_source;
    std::optional<Error> m_error;
};

} // namespace ck
