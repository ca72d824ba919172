// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tools/intake-server/httpexchange.h"

#include <QList>
#include <QPair>
#include <QString>

namespace ck::intake {

// The services the reference server lists for Open311 discovery (GET services.json and
// services/{code}.json) and checks requests against, like a council's CRM would: required
// attributes answered, list answers among the listed values.
//
// Built in: the demo council, with attributes of every GeoReport v2 datatype. With a folder
// (--open311-services DIR), DIR/services.json and DIR/services/<code>.json are served as they
// are and read again on every request, so a test can change or break a definition between two
// pulls.
class Open311Catalogue
{
public:
    explicit Open311Catalogue(QString directory = {});

    HttpReply services() const;
    HttpReply definition(const QString &code) const;
    bool knows(const QString &code) const;
    // Empty when the request's attributes satisfy the definition, else why not (for a 400).
    QString check(const QString &code, const QList<QPair<QString, QString>> &fields) const;

    // application/x-www-form-urlencoded into (name, value) pairs in order; repeated names
    // (attribute[CODE][] of a multivaluelist) are all kept.
    static QList<QPair<QString, QString>> parseForm(const QByteArray &body);

private:
    QByteArray servicesDocument() const;
    QByteArray definitionDocument(const QString &code) const; // empty when unknown

    QString m_directory;
};

} // namespace ck::intake
