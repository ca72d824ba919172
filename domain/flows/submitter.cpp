// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/submitter.h"

#include "domain/flows/submissionbuilder.h"

#include "core/securebytes.h"

#include <QCoreApplication>

namespace ck {

Submitter::Submitter(ReferenceGenerator generator, Enqueue enqueue, Clock clock)
    : m_generator(std::move(generator))
    , m_enqueue(std::move(enqueue))
    , m_clock(std::move(clock))
{ }

Result<QString> Submitter::submit(FlowSession &session, const AssistInfo &assist)
{
    if (!session.flow())
        return Result<QString>::failure(
            QStringLiteral("flow.notStarted"),
            QCoreApplication::translate("FlowSession", "No service has been started."));
    // A double tap on "Send" or a retry after a slow screen must not make two reports.
    if (!session.submittedReference().isEmpty())
        return session.submittedReference();

    // Validate again: answers may have been set without next() (kioskctl), or the language or
    // a date range ("today") may have changed since the page was answered.
    const QList<FlowSession::FieldError> errors = session.validateAll();
    if (!errors.isEmpty())
        return Result<QString>::failure(QStringLiteral("submit.invalid"),
                                        errors.constFirst().message);

    Result<ReferenceNumber> reference = m_generator.next();
    if (!reference)
        return reference.error();
    const QString ref = reference->format();
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    Result<OutboxItem> item = SubmissionBuilder::build(session, ref, assist, now);
    if (!item)
        return item.error();
    if (!m_enqueue)
        return Result<QString>::failure(
            QStringLiteral("submit.noOutbox"),
            QCoreApplication::translate("Submitter",
                                        "Your form could not be saved. Ask a member of staff."));
    // Moved, not copied: the outbox owns (and wipes) the only copy of the plaintext payload.
    const Status stored = m_enqueue(std::move(item).value());
    if (!stored)
        return stored.error();
    session.markSubmitted(ref);
    return ref;
}

} // namespace ck
