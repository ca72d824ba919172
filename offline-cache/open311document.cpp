// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "offline-cache/open311document.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace ck {

namespace {

Result<Open311Document> notADocument()
{
    return Result<Open311Document>::failure(
        QStringLiteral("open311-document"),
        QCoreApplication::translate("ck::Open311Document",
                                    "The answer is not an Open311 document."));
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {}; // null, objects and lists
}

// The fields that make a record a service request (or a token answer) rather than an error.
bool looksLikeRequest(const QHash<QString, QString> &record)
{
    for (const char *field : {"service_request_id", "token", "status", "service_code"}) {
        if (record.contains(QLatin1String(field)))
            return true;
    }
    return false;
}

Result<Open311Document> fromJson(const QJsonDocument &json)
{
    Open311Document doc;
    doc.format = Open311Document::Format::Json;
    QJsonArray items;
    if (json.isArray()) {
        items = json.array();
    } else {
        doc.list = false;
        items.append(json.object());
    }
    bool errors = !items.isEmpty();
    for (const QJsonValue &item : std::as_const(items)) {
        if (!item.isObject())
            return notADocument();
        const QJsonObject o = item.toObject();
        QHash<QString, QString> record;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isObject() && !it.value().isArray())
                record.insert(it.key(), text(it.value()));
        }
        errors = errors && record.contains(QStringLiteral("code")) && !looksLikeRequest(record);
        doc.records.append(std::move(record));
    }
    doc.kind = errors ? Open311Document::Kind::Errors : Open311Document::Kind::Requests;
    return doc;
}

Result<Open311Document> fromXml(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    Open311Document doc;
    doc.format = Open311Document::Format::Xml;
    if (!xml.readNextStartElement())
        return notADocument();
    const QStringView root = xml.name();
    QString item;
    if (root == QLatin1String("service_requests")) {
        doc.kind = Open311Document::Kind::Requests;
        item = QStringLiteral("request");
    } else if (root == QLatin1String("errors")) {
        doc.kind = Open311Document::Kind::Errors;
        item = QStringLiteral("error");
    } else {
        return notADocument();
    }
    while (xml.readNextStartElement()) {
        if (xml.name() != item) {
            xml.skipCurrentElement();
            continue;
        }
        QHash<QString, QString> record;
        while (xml.readNextStartElement()) {
            const QString field = xml.name().toString();
            // A nested element's text is its leaves' text run together: good enough for the
            // fields read here, which are all leaves in the spec.
            record.insert(field,
                          xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
        }
        doc.records.append(std::move(record));
    }
    // Read to the end: a truncated document must not pass for the part that arrived.
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        return notADocument();
    return doc;
}

} // namespace

Result<Open311Document> Open311Document::parse(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
        QJsonParseError err {};
        const QJsonDocument json = QJsonDocument::fromJson(trimmed, &err);
        if (err.error != QJsonParseError::NoError)
            return notADocument();
        return fromJson(json);
    }
    if (trimmed.startsWith('<')) {
        // An HTML page (a captive portal's login) also starts with '<': fromXml refuses it by
        // its root element, or as malformed XML.
        return fromXml(trimmed);
    }
    return notADocument();
}

QString Open311Document::first(const QString &field) const
{
    return records.isEmpty() ? QString() : records.constFirst().value(field);
}

} // namespace ck
