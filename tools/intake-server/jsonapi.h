// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tools/intake-server/httpexchange.h"

namespace ck::intake {

class IntakeStore;

// Our JSON API under /v1/ (docs/api.md, docs/openapi.yaml), plus the admin endpoints the tests
// read (/v1/_admin/...). Answers every path under /v1/; 404 for the unknown ones.
class JsonApi
{
public:
    struct Options
    {
        QString apiKey; // empty: no check
        QString configFile; // served verbatim at GET /v1/config; empty: 404
        bool echoRejects = false; // refuse every submission, quoting it back (a CRM's habit)
    };

    JsonApi(IntakeStore &store, Options options);

    HttpReply handle(const HttpRequest &request);

    // Stable JSON error body: {"error": {"code": "...", "message": "..."}}.
    static HttpReply error(int status, const QString &code, const QString &message);

private:
    HttpReply postSubmission(const HttpRequest &request, const QString &kind);
    HttpReply getSubmission(const QString &reference);
    HttpReply postHeartbeat(const HttpRequest &request);
    HttpReply getPerformance();
    HttpReply getConfig();
    HttpReply adminStatus(const HttpRequest &request);
    bool authorised(const HttpRequest &request) const;

    IntakeStore &m_store;
    Options m_options;
};

} // namespace ck::intake
