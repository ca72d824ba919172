// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace ck::intake {

// A request copied out of QHttpServerRequest, so the protocol handlers are plain functions of
// their input and can be reasoned about (and read) without the transport.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path; // decoded path, e.g. "/v1/submissions/CK-7F3K-92QD-X"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// What a handler wants sent back. `dropAfterCommit` is set by handlers whose request changed the
// store, so the fault injector knows when "--drop-after-accept" may cut the connection: only
// after the data is durable, which is exactly the case a client must survive.
struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool committed = false;

    static HttpReply json(int status, const QJsonDocument &doc)
    {
        HttpReply r;
        r.status = status;
        r.body = doc.toJson(QJsonDocument::Compact);
        return r;
    }
};

} // namespace ck::intake
