// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tools/intake-server/httpexchange.h"

#include <optional>

namespace ck::intake {

class FleetStore;

// Fleet management on the reference server (docs/fleet.md "Fleet page and remote actions").
// Kiosk side (API key as the JSON API): GET /v1/commands?kioskId=ID&after=SEQ (signed commands
// to pull), POST /v1/diagnostics and POST /v1/screenshots (what a command asked for, through
// the kiosk's outbox). Admin side (the caller has checked the admin key): GET /v1/_admin/fleet
// (HTML page), GET /v1/_admin/fleet.json, POST /v1/_admin/commands (a signed envelope from
// `civic-kioskctl sign-command`), GET /v1/_admin/diagnostics/ID, GET /v1/_admin/screenshots/ID
// (PNG) and /v1/_admin/screenshots/ID.json (what was blanked, and why it was allowed).
class FleetApi
{
public:
    struct Options
    {
        QString apiKey; // kiosk endpoints; empty: no check
    };

    FleetApi(FleetStore &store, Options options);

    // nullopt: not a fleet path, someone else answers it.
    std::optional<HttpReply> handle(const HttpRequest &request);

private:
    HttpReply getCommands(const HttpRequest &request);
    HttpReply postUpload(const HttpRequest &request, const QString &kind);
    HttpReply postCommand(const HttpRequest &request);
    HttpReply fleet(bool html);
    HttpReply getUpload(const QString &kioskId, const QString &kind, bool metadataOnly);
    bool authorised(const HttpRequest &request) const;

    FleetStore &m_store;
    Options m_options;
};

} // namespace ck::intake
