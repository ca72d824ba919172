// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tools/intake-server/httpexchange.h"
#include "tools/intake-server/open311catalogue.h"

#include <QHash>

namespace ck::intake {

class IntakeStore;

// The Open311 GeoReport v2 subset under /open311/v2/ (DESIGN.md "Protocols"). JSON format only
// (the ".json" suffix); XML is not offered.
class Open311Api
{
public:
    struct Options
    {
        QString apiKey; // empty: no check
        bool tokenOnly = false; // answer POST requests.json with a token only (a real quirk)
        int tokenPending = 0; // the first N lookups of each token answer "pending"
        bool echoRejects = false; // refuse every request, quoting it back (a CRM's habit)
        QString servicesDir; // discovery documents served from here; empty: the built-in ones
    };

    Open311Api(IntakeStore &store, Options options);

    HttpReply handle(const HttpRequest &request);

    // GeoReport v2 error body: [{"code": 400, "description": "..."}].
    static HttpReply error(int status, const QString &description);

private:
    HttpReply services() const;
    HttpReply serviceDefinition(const QString &code) const;
    HttpReply postRequest(const HttpRequest &request);
    HttpReply getRequest(const QString &id);
    HttpReply getToken(const QString &token);

    IntakeStore &m_store;
    Options m_options;
    QHash<QString, int> m_tokenLookups; // per token, for tokenPending (not kept on restart)
    Open311Catalogue m_catalogue;
};

} // namespace ck::intake
