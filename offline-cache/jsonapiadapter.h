// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "offline-cache/destination.h"

namespace ck {

// Our JSON API (docs/api.md): `POST /v1/submissions` with the whole payload and the row's
// Idempotency-Key (feedback, evidence and heartbeat rows go to /v1/feedback, /v1/evidence and
// /v1/heartbeat the same way). 201 new and 200 replay are deliveries; 409 (same key, different
// body) and other 4xx are permanent; 5xx/408/429/network are retryable; a 2xx without the
// documented JSON (captive portal, truncation) is retryable.
class JsonApiAdapter : public DestinationAdapter
{
public:
    explicit JsonApiAdapter(DestinationConfig config);
    Result<PreparedRequest> prepare(const OutboxRow &row,
                                    const SecureBytes &payload) const override;
    DeliveryOutcome classify(const HttpAnswer &answer, const QDateTime &now) const override;
};

} // namespace ck
