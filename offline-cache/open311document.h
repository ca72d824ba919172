// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace ck {

// One GeoReport v2 answer body, reduced to what the kiosk reads from it: a list of records,
// each a flat map from a field name to its text. Real endpoints answer in JSON or in XML
// whatever the ".json" suffix asked for (Boston's mayors24 and FixMyStreet's CRMs answer XML),
// and put the same fields in either:
//   JSON  [{"service_request_id": 638344, "token": "12345"}]    (a list, as the spec says)
//         {"service_request_id": "200012223", "status": "open"}  (one object: Boston's GET)
//         [{"code": 400, "description": "..."}]                  (errors)
//   XML   <service_requests><request><token>..</token></request></service_requests>
//         <errors><error><code>400</code><description>..</description></error></errors>
// Numbers and booleans become their text, empty elements and JSON nulls an empty string,
// nested values (Boston's media_url list) are left out.
struct Open311Document
{
    enum class Kind { Requests, Errors };
    enum class Format { Json, Xml };

    Kind kind = Kind::Requests;
    Format format = Format::Json;
    bool list = true; // JSON: the top level was a list (the spec's shape), not a bare object
    QList<QHash<QString, QString>> records;

    // Error code "open311-document" for anything else: an HTML page (captive portal), a
    // truncated body, a status line before the XML, a root element GeoReport does not use.
    static Result<Open311Document> parse(const QByteArray &body);

    // A field of the first record, empty when absent.
    QString first(const QString &field) const;
};

} // namespace ck
