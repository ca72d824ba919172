// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "offline-cache/destination.h"
#include "offline-cache/open311document.h"

namespace ck {

// Open311 GeoReport v2 `POST requests.json` (form-encoded), with the quirks of real endpoints
// (DESIGN.md "Protocols"); answers are read in JSON or XML (Open311Document):
// - token-only answers are a delivery; the server reference is "token:<token>" until
//   `GET tokens/{token}.json` gives the service_request_id (the SyncEngine asks);
// - 400 may mean "CRM is down": retried Open311BadRequestAttempts times, at least an hour
//   apart, before it becomes a dead letter;
// - a 400 is proof of an earlier delivery only in a form a real server uses for a replay
//   (isDuplicateAnswer); a text that merely contains "duplicate" is not;
// - anything that is not a GeoReport document (captive portal HTML on 200, truncated JSON)
//   is retryable, never a delivery.
class Open311Adapter : public DestinationAdapter
{
public:
    static constexpr int BadRequestAttempts = 4;

    explicit Open311Adapter(DestinationConfig config);
    Result<PreparedRequest> prepare(const OutboxRow &row,
                                    const SecureBytes &payload) const override;
    DeliveryOutcome classify(const HttpAnswer &answer, const QDateTime &now) const override;

    // True for a 400 GeoReport error document whose description is, word for word, one a real
    // server sends when it refuses a replay of a request it already holds.
    static bool isDuplicateAnswer(int status, const Open311Document &document);

    // "token:<token>" while the service_request_id is still to come: the token, else empty.
    static QString pendingToken(const QString &serverReference);

    // GET tokens/{token}.json, and what its answer says.
    QNetworkRequest tokenRequest(const QString &token) const;
    struct TokenAnswer
    {
        QString serviceRequestId; // empty: not yet (pending, unknown, offline, not understood)
        QString reason; // why not, for logs: no server text
    };
    TokenAnswer classifyToken(const QString &token, const HttpAnswer &answer) const;
    // The rule inside classifyToken, for other readers of tokens/{token} (tracking): the
    // service_request_id a token answer gives, else empty.
    static QString resolvedId(const QString &token, int status, const QByteArray &body);
};

} // namespace ck
