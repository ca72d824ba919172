// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/flows/assistinfo.h"
#include "domain/flows/flowsession.h"
#include "domain/flows/referencenumber.h"

#include "core/result.h"
#include "offline-cache/outboxitem.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace ck {

// The one way a finished flow leaves the domain, shared by the screens and civic-kioskctl:
// validate every visible page again, take a reference, build the payload, enqueue it, and only
// then return the reference (the confirmation screen must never show a reference that is not
// durably stored).
class Submitter
{
public:
    // The composition root passes the real Outbox::enqueue (durable when it returns success).
    using Enqueue = std::function<Status(OutboxItem)>;
    using Clock = std::function<QDateTime()>;

    Submitter(ReferenceGenerator generator, Enqueue enqueue, Clock clock = {});

    // Error codes: "flow.notStarted", "submit.invalid" (message = first field error; the
    // session's errors() holds them all), the generator's or enqueue's own error otherwise.
    // Answers are kept on failure. Submitting an already-submitted session returns the same
    // reference without enqueueing again.
    Result<QString> submit(FlowSession &session, const AssistInfo &assist);

private:
    ReferenceGenerator m_generator;
    Enqueue m_enqueue;
    Clock m_clock;
};

} // namespace ck
