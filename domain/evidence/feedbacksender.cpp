// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/evidence/feedbacksender.h"

#include "domain/evidence/evidencerecord.h"
#include "domain/evidence/textredactor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace ck {

FeedbackSender::FeedbackSender(Options options)
    : m_options(std::move(options))
{ }

QStringList FeedbackSender::ratingLabels()
{
    return {QCoreApplication::translate("FeedbackSender", "Very bad"),
            QCoreApplication::translate("FeedbackSender", "Bad"),
            QCoreApplication::translate("FeedbackSender", "OK"),
            QCoreApplication::translate("FeedbackSender", "Good"),
            QCoreApplication::translate("FeedbackSender", "Very good")};
}

Result<QJsonObject> FeedbackSender::build(int rating, const QString &comment,
                                          const QString &serviceId, const QString &language) const
{
    if (rating < kMinRating || rating > kMaxRating) {
        return Result<QJsonObject>::failure(
            QStringLiteral("feedback-rating"),
            QCoreApplication::translate("FeedbackSender", "Choose one of the faces."));
    }
    // Same closed sets as the evidence counters: no free text rides in through these fields.
    const EvidenceRecord r =
        EvidenceRecord {serviceId, EvidenceRecord::Outcome::Completed, false, language, 100, false,
                        0}
            .normalised();
    const QDateTime now = m_options.clock ? m_options.clock() : QDateTime::currentDateTime();
    return QJsonObject {
        {QStringLiteral("schema"), 1},
        {QStringLiteral("kind"), QStringLiteral("feedback")},
        {QStringLiteral("serviceId"), r.serviceId},
        {QStringLiteral("language"), r.language},
        {QStringLiteral("rating"), rating},
        {QStringLiteral("comment"), TextRedactor::redact(comment)},
        {QStringLiteral("day"), now.toLocalTime().date().toString(QStringLiteral("yyyy-MM-dd"))}};
}

Status FeedbackSender::send(int rating, const QString &comment, const QString &serviceId,
                            const QString &language)
{
    Result<QJsonObject> doc = build(rating, comment, serviceId, language);
    if (!doc)
        return Status(doc.error());
    OutboxItem item;
    item.reference = QStringLiteral("FB-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.serviceId = QStringLiteral("feedback");
    item.flowId = QStringLiteral("feedback");
    item.flowVersion = 1;
    item.destination = m_options.destination;
    item.kind = QStringLiteral("feedback");
    item.payload = QJsonDocument(doc.value()).toJson(QJsonDocument::Compact);
    if (!m_options.enqueue)
        return Status::failure(QStringLiteral("no-outbox"),
                               QCoreApplication::translate("FeedbackSender",
                                                           "Feedback cannot be sent from this "
                                                           "kiosk."));
    return m_options.enqueue(std::move(item));
}

} // namespace ck
