#pragma once

#include "destination.h"

namespace ck {

// Open311 GeoReport v2 `POST requests.json` (form-encoded), with the quirks of real endpoints
// (DESIGN.md "Protocols"):
// - token-only answers are a delivery; the server reference becomes "token:<token>";
// - 400 may mean "CRM is down": retried Open311BadRequestAttempts times, at least an hour
//   apart, before it becomes a dead letter;
// - 400 whose description says "duplicate" answers a replay: delivered;
// - anything that is not GeoReport's JSON shape (captive portal HTML on 200, truncated JSON)
//   is retryable, never a delivery.
class Open311Adapter : public DestinationAdapter
{
public:
    static constexpr int BadRequestAttempts = 4;

    explicit Open311Adapter(DestinationConfig config);
    Result<PreparedRequest> prepare(const OutboxRow &row,
                                    const SecureBytes &payload) const override;
    DeliveryOutcome classify(const HttpAnswer &answer, const QDateTime &now) const override;
};

} // namespace ck
