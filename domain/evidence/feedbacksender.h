// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "offline-cache/outboxitem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace ck {

// "How was this?" after the confirmation: five faces and an optional comment, sent
// anonymously through the outbox (OutboxItem kind "feedback" -> POST /v1/feedback).
//
// The document carries the rating, the redacted comment, the service and language, and the
// DAY -- no time, no reference, no answers, no helper: a timestamp would let the back end line
// the feedback up with the submission made a minute earlier. Its outbox reference is random
// ("FB-" + UUID), unrelated to the submission's.
class FeedbackSender
{
public:
    using Enqueue = std::function<Status(OutboxItem)>;
    using Clock = std::function<QDateTime()>;

    static constexpr int kMinRating = 1;
    static constexpr int kMaxRating = 5;

    struct Options
    {
        QString destination; // a configured JSON API destination
        Enqueue enqueue;
        Clock clock;
    };

    explicit FeedbackSender(Options options);

    // Labels shown under the five faces, worst to best, in the current UI language.
    static QStringList ratingLabels();

    // Error codes: "feedback-rating" (not 1..5), anything enqueue returns.
    Status send(int rating, const QString &comment, const QString &serviceId,
                const QString &language);

    // The document send() would queue (tests, and the admin's "what is sent" page).
    Result<QJsonObject> build(int rating, const QString &comment, const QString &serviceId,
                              const QString &language) const;

private:
    Options m_options;
};

} // namespace ck
