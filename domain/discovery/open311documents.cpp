// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/discovery/open311documents.h"

#include "core/translate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>

namespace ck {

namespace {

QString tr(const char *text)
{
    return translateIn({"Open311Documents", "ck::Open311Documents", "ck"}, text);
}

Error documentError(const QString &reason)
{
    return Error {QStringLiteral("open311.document"), reason};
}

// GeoReport's XML format as JSON: each element with element children becomes an object (or,
// for the list wrappers services/attributes/values, an array); text elements become strings.
// So "true" in XML and true in JSON meet the same reader below.
const QStringList &listElements()
{
    static const QStringList names {QStringLiteral("services"), QStringLiteral("attributes"),
                                    QStringLiteral("values")};
    return names;
}

QJsonValue readXmlElement(QXmlStreamReader &reader, int depth)
{
    QJsonObject object;
    QJsonArray array;
    QString text;
    bool hasChildren = false;
    const bool isList = listElements().contains(reader.name().toString());
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            hasChildren = true;
            const QString name = reader.name().toString();
            if (depth > 16) {
                reader.raiseError(QStringLiteral("nested too deeply"));
                return {};
            }
            const QJsonValue child = readXmlElement(reader, depth + 1);
            if (isList)
                array.append(child);
            else if (name == QLatin1String("attribute"))
                object.insert(QStringLiteral("attributes"),
                              object.value(QStringLiteral("attributes")).toArray() + child);
            else
                object.insert(name, child);
        } else if (token == QXmlStreamReader::Characters) {
            text += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    if (isList)
        return array;
    return hasChildren ? QJsonValue(object) : QJsonValue(text.trimmed());
}

Result<QJsonValue> toJson(const QByteArray &document)
{
    if (document.size() > Open311Documents::kMaxBytes)
        return documentError(tr("The document is larger than 2 MB."));
    const QByteArray trimmed = document.trimmed();
    if (trimmed.startsWith('<')) {
        QXmlStreamReader reader(trimmed);
        while (!reader.atEnd() && reader.readNext() != QXmlStreamReader::StartElement) {
            if (reader.tokenType() == QXmlStreamReader::DTD)
                return documentError(tr("The XML document has a DTD, which Open311 never uses."));
        }
        if (reader.hasError() || reader.tokenType() != QXmlStreamReader::StartElement)
            return documentError(tr("This is not readable XML (%1).").arg(reader.errorString()));
        const QString root = reader.name().toString();
        const QJsonValue value = readXmlElement(reader, 0);
        if (reader.hasError())
            return documentError(tr("This is not readable XML (line %1: %2).")
                                     .arg(reader.lineNumber())
                                     .arg(reader.errorString()));
        if (root == QLatin1String("service_definition") && !value.isObject())
            return QJsonValue(QJsonObject());
        return value;
    }
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError)
        return documentError(tr("This is not valid JSON (at character %1: %2).")
                                 .arg(error.offset)
                                 .arg(error.errorString()));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return std::floor(d) == d && std::abs(d) < 1e15 ? QString::number(qint64(d))
                                                        : QString::number(d, 'g', 15);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// Seen in the field: true, "true", "True", 1.
bool truth(const QJsonValue &v, bool fallback)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    const QString t = text(v).toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no"))
        return false;
    return fallback;
}

} // namespace

QString Open311Documents::plain(const QString &input)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    // Entities first: some councils escape their HTML twice.
    QString t = input;
    t.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    t.replace(QLatin1String("&lt;"), QLatin1String("<"));
    t.replace(QLatin1String("&gt;"), QLatin1String(">"));
    t.replace(QLatin1String("&quot;"), QLatin1String("\""));
    t.replace(QLatin1String("&#39;"), QLatin1String("'"));
    t.replace(QLatin1String("&amp;"), QLatin1String("&"));
    t.replace(tags, QStringLiteral(" "));
    return t.simplified();
}

Result<QList<Open311Service>> Open311Documents::services(const QByteArray &document)
{
    const auto json = toJson(document);
    if (!json)
        return json.error();
    if (!json->isArray())
        return documentError(tr("services.json is not a list of services."));
    QList<Open311Service> out;
    const QJsonArray list = json->toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        Open311Service s;
        s.code = text(o.value(QStringLiteral("service_code")));
        s.name = plain(text(o.value(QStringLiteral("service_name"))));
        s.description = plain(text(o.value(QStringLiteral("description"))));
        s.group = plain(text(o.value(QStringLiteral("group"))));
        s.metadata = truth(o.value(QStringLiteral("metadata")), false);
        if (s.code.isEmpty())
            return documentError(tr("Service %1 in the list has no service_code.").arg(i + 1));
        out.append(s);
    }
    return out;
}

Result<Open311Definition> Open311Documents::definition(const QByteArray &document)
{
    const auto json = toJson(document);
    if (!json)
        return json.error();
    if (!json->isObject())
        return documentError(tr("The service definition is not an object."));
    const QJsonObject root = json->toObject();
    Open311Definition out;
    out.serviceCode = text(root.value(QStringLiteral("service_code")));
    const QJsonValue attributes = root.value(QStringLiteral("attributes"));
    if (!attributes.isUndefined() && !attributes.isArray() && !text(attributes).isEmpty())
        return documentError(tr("\"attributes\" is not a list."));
    const QJsonArray list = attributes.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        Open311Attribute a;
        a.code = text(o.value(QStringLiteral("code")));
        if (a.code.isEmpty())
            return documentError(tr("Attribute %1 has no code.").arg(i + 1));
        a.datatype = text(o.value(QStringLiteral("datatype"))).toLower();
        a.variable = truth(o.value(QStringLiteral("variable")), true);
        a.required = truth(o.value(QStringLiteral("required")), false);
        bool numeric = false;
        const double order = text(o.value(QStringLiteral("order"))).toDouble(&numeric);
        if (numeric && std::isfinite(order))
            a.order = order;
        a.description = plain(text(o.value(QStringLiteral("description"))));
        a.datatypeDescription = plain(text(o.value(QStringLiteral("datatype_description"))));
        a.automated = text(o.value(QStringLiteral("automated")));
        a.dependencies = o.value(QStringLiteral("dependencies")).toObject();
        const QJsonValue values = o.value(QStringLiteral("values"));
        for (const QJsonValue &v : values.toArray()) {
            const QJsonObject value = v.toObject();
            Open311Value item {text(value.value(QStringLiteral("key"))),
                               plain(text(value.value(QStringLiteral("name"))))};
            if (item.name.isEmpty())
                item.name = item.key;
            a.values.append(item);
        }
        out.attributes.append(a);
    }
    return out;
}

} // namespace ck
