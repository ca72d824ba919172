// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/flows/assistinfo.h"
#include "domain/flows/flowsession.h"

#include "core/result.h"
#include "offline-cache/outboxitem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ck {

// Turns a finished FlowSession into the payload of docs/payload.md and wraps it as an
// OutboxItem. `open311` is built from the pages' "open311" mapping keys; pages without one go
// to open311.attributes by page id; open311.description is written in English (the back office
// language) with one "Question: answer" line per visible page that is not mapped to a contact
// field. Does not validate: Submitter does that first.
class SubmissionBuilder
{
public:
    static QJsonObject payload(const FlowSession &session, const QString &reference,
                               const AssistInfo &assist, const QDateTime &createdAt);
    // "flow.notStarted" when the session has no flow.
    static Result<OutboxItem> build(const FlowSession &session, const QString &reference,
                                    const AssistInfo &assist, const QDateTime &createdAt);
};

} // namespace ck
