// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ck {

// One entry of GeoReport v2 `GET services.json`.
struct Open311Service
{
    QString code;
    QString name;
    QString description;
    QString group; // empty when the council gives none
    bool metadata = false; // true: GET services/{code}.json has its questions
};

struct Open311Value
{
    QString key; // sent back as the answer
    QString name; // shown
};

// One attribute of `GET services/{code}.json`.
struct Open311Attribute
{
    QString code;
    QString datatype; // string, number, datetime, text, singlevaluelist, multivaluelist, ...
    bool variable = true; // false: information for the citizen, not a question
    bool required = false;
    std::optional<double> order;
    QString description; // the question
    QString datatypeDescription; // the hint
    QString automated; // FixMyStreet extension: hidden_field, server_set
    QList<Open311Value> values;
    QJsonObject
        dependencies; // Boston extension: {"clause", "conditions": [{attribute, op, value}]}
};

struct Open311Definition
{
    QString serviceCode;
    QList<Open311Attribute> attributes; // in document order
};

// Reads the two discovery documents as real endpoints write them, JSON or XML (sniffed):
// booleans as "true"/"false" texts, keys as numbers, a missing <attributes> wrapper, HTML in
// descriptions, no order. What is read is plain data; Open311FlowBuilder decides what the
// kiosk can ask. Error code "open311.document" with a reason that names what is wrong.
class Open311Documents
{
public:
    static constexpr qsizetype kMaxBytes = 2 * 1024 * 1024; // Boston's list is 200 kB

    static Result<QList<Open311Service>> services(const QByteArray &document);
    static Result<Open311Definition> definition(const QByteArray &document);

    // Council texts may carry HTML (<br>, &amp;): plain text, one line.
    static QString plain(const QString &text);
};

} // namespace ck
