// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

// A small structural validator for docs/openapi.yaml (written in JSON syntax, so QJsonDocument
// reads it): finds the operation for a method + concrete path, the response schema for a status,
// and checks types, required properties, enums, array items and additionalProperties, following
// $ref. Not a full JSON Schema implementation; enough to catch a server that drifts from its
// documentation.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace ck::testing {

class OpenApiValidator
{
public:
    bool load(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        m_spec = QJsonDocument::fromJson(f.readAll()).object();
        return m_spec.contains(QStringLiteral("paths"));
    }

    // `path` is relative to the server URL of the spec (e.g. "/submissions/CK-1").
    // Returns an empty string when the answer matches, else the reason.
    QString validate(const QString &method, const QString &path, int status,
                     const QByteArray &body) const
    {
        const QJsonObject op = operation(method.toLower(), path);
        if (op.isEmpty())
            return QStringLiteral("no operation %1 %2 in the spec").arg(method, path);
        const QJsonObject response = op.value(QStringLiteral("responses"))
                                         .toObject()
                                         .value(QString::number(status))
                                         .toObject();
        if (response.isEmpty())
            return QStringLiteral("status %1 not documented for %2 %3")
                .arg(status)
                .arg(method, path);
        const QJsonObject schema = response.value(QStringLiteral("content"))
                                       .toObject()
                                       .value(QStringLiteral("application/json"))
                                       .toObject()
                                       .value(QStringLiteral("schema"))
                                       .toObject();
        QJsonParseError err {};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
        if (err.error != QJsonParseError::NoError)
            return QStringLiteral("body is not JSON: %1").arg(err.errorString());
        const QJsonValue value =
            doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        return check(schema, value, QStringLiteral("$"));
    }

private:
    QJsonObject operation(const QString &method, const QString &path) const
    {
        const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const QJsonObject paths = m_spec.value(QStringLiteral("paths")).toObject();
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            const QStringList tpl = it.key().split(QLatin1Char('/'), Qt::SkipEmptyParts);
            if (tpl.size() != segments.size())
                continue;
            bool match = true;
            for (int i = 0; i < tpl.size() && match; ++i)
                match = tpl[i].startsWith(QLatin1Char('{')) || tpl[i] == segments[i];
            if (match)
                return it.value().toObject().value(method).toObject();
        }
        return {};
    }

    QJsonObject resolve(QJsonObject schema) const
    {
        while (schema.contains(QStringLiteral("$ref"))) {
            // "#/components/schemas/Name"
            const QStringList parts =
                schema.value(QStringLiteral("$ref")).toString().mid(2).split(QLatin1Char('/'));
            QJsonValue v = m_spec;
            for (const QString &p : parts)
                v = v.toObject().value(p);
            schema = v.toObject();
        }
        return schema;
    }

    QString check(const QJsonObject &raw, const QJsonValue &value, const QString &where) const
    {
        const QJsonObject schema = resolve(raw);
        const QString type = schema.value(QStringLiteral("type")).toString();
        const auto fail = [&where](const QString &what) {
            return where + QLatin1String(": ") + what;
        };
        if (type == QLatin1String("object")) {
            if (!value.isObject())
                return fail(QStringLiteral("expected object"));
            const QJsonObject o = value.toObject();
            for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray()) {
                if (!o.contains(r.toString()))
                    return fail(QStringLiteral("missing required property %1").arg(r.toString()));
            }
            const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
            const QJsonObject extra =
                schema.value(QStringLiteral("additionalProperties")).toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QString sub = where + QLatin1Char('.') + it.key();
                QString e;
                if (props.contains(it.key()))
                    e = check(props.value(it.key()).toObject(), it.value(), sub);
                else if (!extra.isEmpty())
                    e = check(extra, it.value(), sub);
                if (!e.isEmpty())
                    return e;
            }
        } else if (type == QLatin1String("array")) {
            if (!value.isArray())
                return fail(QStringLiteral("expected array"));
            const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
            int i = 0;
            for (const QJsonValue &item : value.toArray()) {
                if (const QString e = check(items, item, where + QStringLiteral("[%1]").arg(i++));
                    !e.isEmpty())
                    return e;
            }
        } else if (type == QLatin1String("string")) {
            if (!value.isString())
                return fail(QStringLiteral("expected string"));
            const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
            if (!allowed.isEmpty() && !allowed.contains(value))
                return fail(QStringLiteral("%1 not in enum").arg(value.toString()));
            if (schema.value(QStringLiteral("format")).toString() == QLatin1String("date-time")
                && !QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid())
                return fail(QStringLiteral("%1 is not a date-time").arg(value.toString()));
        } else if (type == QLatin1String("integer")) {
            const double d = value.toDouble();
            if (!value.isDouble() || d != static_cast<double>(static_cast<qint64>(d)))
                return fail(QStringLiteral("expected integer"));
        } else if (type == QLatin1String("number")) {
            if (!value.isDouble())
                return fail(QStringLiteral("expected number"));
        } else if (type == QLatin1String("boolean")) {
            if (!value.isBool())
                return fail(QStringLiteral("expected boolean"));
        }
        return {};
    }

    QJsonObject m_spec;
};

} // namespace ck::testing
