// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/config/configreader.h"

#include "core/passwordhash.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QUrl>

#include <cmath>

namespace ck {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QString expected(const QString &what, const QJsonValue &got)
{
    return QCoreApplication::translate("KioskConfig", "expected %1, found %2")
        .arg(what, typeName(got));
}

} // namespace

ConfigReader::ConfigReader(QString sourceName)
    : m_source(std::move(sourceName))
{ }

void ConfigReader::fail(const QString &path, const QString &reason)
{
    if (m_error)
        return;
    const QString where = path.isEmpty() ? QStringLiteral("(top level)") : path;
    m_error = Error {
        QStringLiteral("config-invalid"),
        QCoreApplication::translate("KioskConfig", "%1: %2: %3").arg(m_source, where, reason)};
}

QString ConfigReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

void ConfigReader::allowOnly(const QJsonObject &object, const QString &path,
                             const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            fail(join(path, it.key()),
                 QCoreApplication::translate("KioskConfig", "unknown key (allowed here: %1)")
                     .arg(allowed.join(QStringLiteral(", "))));
            return;
        }
    }
}

QString ConfigReader::string(const QJsonObject &object, const QString &path, const QString &key,
                             const QString &fallback, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            fail(join(path, key),
                 QCoreApplication::translate("KioskConfig", "required key is missing"));
        return fallback;
    }
    if (!value.isString()) {
        fail(join(path, key), expected(QStringLiteral("string"), value));
        return fallback;
    }
    if (required && value.toString().trimmed().isEmpty())
        fail(join(path, key), QCoreApplication::translate("KioskConfig", "must not be empty"));
    return value.toString();
}

int ConfigReader::integer(const QJsonObject &object, const QString &path, const QString &key,
                          int fallback, int min, int max, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            fail(join(path, key),
                 QCoreApplication::translate("KioskConfig", "required key is missing"));
        return fallback;
    }
    const double d = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(d) != d) {
        fail(join(path, key), expected(QStringLiteral("integer"), value));
        return fallback;
    }
    if (d < min || d > max) {
        fail(join(path, key),
             QCoreApplication::translate("KioskConfig", "%1 is out of range (%2 to %3)")
                 .arg(QString::number(d, 'g', 15))
                 .arg(min)
                 .arg(max));
        return fallback;
    }
    return static_cast<int>(d);
}

QStringList ConfigReader::stringList(const QJsonObject &object, const QString &path,
                                     const QString &key, const QStringList &fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isArray()) {
        fail(join(path, key), expected(QStringLiteral("array of strings"), value));
        return fallback;
    }
    QStringList out;
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            fail(QStringLiteral("%1[%2]").arg(join(path, key)).arg(i),
                 expected(QStringLiteral("string"), items.at(i)));
            return fallback;
        }
        out.append(items.at(i).toString());
    }
    return out;
}

QJsonObject ConfigReader::object(const QJsonObject &object, const QString &path, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    return objectValue(value, join(path, key));
}

QJsonArray ConfigReader::array(const QJsonObject &object, const QString &path, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        fail(join(path, key), expected(QStringLiteral("array"), value));
        return {};
    }
    return value.toArray();
}

QJsonObject ConfigReader::objectValue(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        fail(path, expected(QStringLiteral("object"), value));
        return {};
    }
    return value.toObject();
}

void ConfigReader::checkUrl(const QString &path, const QString &text, bool allowEmpty)
{
    if (text.isEmpty()) {
        if (!allowEmpty)
            fail(path, QCoreApplication::translate("KioskConfig", "a URL is required"));
        return;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.isRelative()) {
        fail(path,
             QCoreApplication::translate("KioskConfig", "\"%1\" is not a valid absolute URL")
                 .arg(text));
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return;
    const QHostAddress address(url.host());
    const bool loopback = url.host() == QLatin1String("localhost") || address.isLoopback();
    if (scheme == QLatin1String("http") && loopback)
        return;
    if (scheme == QLatin1String("http")) {
        fail(path,
             QCoreApplication::translate(
                 "KioskConfig",
                 "plain http is only allowed to this machine (127.0.0.1); use https"));
        return;
    }
    fail(path,
         QCoreApplication::translate("KioskConfig", "unsupported URL scheme \"%1\"")
             .arg(url.scheme()));
}

void ConfigReader::checkPinHash(const QString &path, const QString &hash, bool allowEmpty)
{
    if (hash.isEmpty()) {
        if (!allowEmpty)
            fail(path, QCoreApplication::translate("KioskConfig", "a PIN hash is required"));
        return;
    }
    const Status valid = PasswordHash::validate(hash);
    if (!valid.ok()) {
        // Never echo the value: it may be a PIN typed where its hash belongs.
        fail(path,
             QCoreApplication::translate(
                 "KioskConfig",
                 "not a usable PIN hash (%1) Make one with civic-kioskctl set-admin-pin.")
                 .arg(valid.error().message));
    }
}

} // namespace ck
