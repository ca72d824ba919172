// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/submissionbuilder.h"

#include "domain/flows/answerformatter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ck {

namespace {
// Many Open311 CRMs cut or refuse descriptions longer than this.
constexpr qsizetype kDescriptionMax = 4000;

// open311.attributes are form-encoded by the adapter (attribute[CODE]=...), so each value is a
// text, or a list of texts for multichoice (attribute[CODE][]=...).
QJsonValue attributeValue(const FlowPage &page, const QJsonValue &answer)
{
    switch (answer.type()) {
    case QJsonValue::Bool:
        return answer.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return AnswerFormatter::display(page, answer, QStringLiteral("en"),
                                        AnswerFormatter::Words::English);
    case QJsonValue::Object:
        return AnswerFormatter::addressLine(answer);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    default:
        return answer;
    }
}

QString mappedText(const FlowPage &page, const QJsonValue &answer)
{
    if (page.field.type == FieldType::PostcodeAddress)
        return AnswerFormatter::addressLine(answer);
    if (answer.isNull())
        return QString();
    return AnswerFormatter::display(page, answer, QStringLiteral("en"),
                                    AnswerFormatter::Words::English)
        .replace(QLatin1Char('\n'), QStringLiteral(", "));
}
} // namespace

QJsonObject SubmissionBuilder::payload(const FlowSession &session, const QString &reference,
                                       const AssistInfo &assist, const QDateTime &createdAt)
{
    const FlowDefinition &flow = *session.flow();
    const QJsonObject answers = session.answersJson();

    QJsonObject open311 {
        {QStringLiteral("description"), QString()}, {QStringLiteral("address_string"), QString()},
        {QStringLiteral("first_name"), QString()},  {QStringLiteral("last_name"), QString()},
        {QStringLiteral("email"), QString()},       {QStringLiteral("phone"), QString()}};
    QJsonObject attributes;
    QStringList described; // pages mapped to "description", verbatim, first
    QStringList lines; // "Question: answer" for every other non-contact page
    const QStringList contactKeys {QStringLiteral("first_name"), QStringLiteral("last_name"),
                                   QStringLiteral("email"),      QStringLiteral("phone"),
                                   QStringLiteral("lat"),        QStringLiteral("long")};
    for (const FlowPage &page : flow.pages()) {
        if (!answers.contains(page.id))
            continue; // hidden by a branch not taken
        const QJsonValue answer = answers.value(page.id);
        const QString text = mappedText(page, answer);
        if (page.open311 == QLatin1String("description")) {
            if (!text.isEmpty())
                described.append(text);
            continue;
        }
        if (page.open311.isEmpty())
            attributes.insert(page.id, attributeValue(page, answer));
        else if (page.open311.startsWith(QLatin1String("attribute[")))
            attributes.insert(page.open311.mid(10, page.open311.size() - 11),
                              attributeValue(page, answer));
        else
            open311.insert(page.open311, text);
        if (!contactKeys.contains(page.open311) && !answer.isNull())
            lines.append(page.question.text(QStringLiteral("en")) + QStringLiteral(": ")
                         + AnswerFormatter::display(page, answer, QStringLiteral("en"),
                                                    AnswerFormatter::Words::English)
                               .replace(QLatin1Char('\n'), QStringLiteral(", ")));
    }
    QString description = (described + lines).join(QLatin1Char('\n'));
    if (description.size() > kDescriptionMax)
        description = description.left(kDescriptionMax - 1) + QChar(0x2026);
    open311.insert(QStringLiteral("description"), description);
    open311.insert(QStringLiteral("attributes"), attributes);

    QJsonObject assisted {
        {QStringLiteral("helped"), assist.helped},
        {QStringLiteral("consent"), assist.consent ? QJsonValue(*assist.consent) : QJsonValue()}};
    if (!assist.helperCode.isEmpty())
        assisted.insert(QStringLiteral("helperCode"), assist.helperCode);

    return QJsonObject {
        {QStringLiteral("schema"), 1},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("serviceId"), flow.id()},
        {QStringLiteral("flowId"), flow.id()},
        {QStringLiteral("flowVersion"), flow.version()},
        {QStringLiteral("language"), session.language()},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("destination"),
         QJsonObject {{QStringLiteral("name"), flow.destination().name},
                      {QStringLiteral("serviceCode"), flow.destination().serviceCode}}},
        {QStringLiteral("answers"), answers},
        {QStringLiteral("assisted"), assisted},
        {QStringLiteral("open311"), open311},
    };
}

Result<OutboxItem> SubmissionBuilder::build(const FlowSession &session, const QString &reference,
                                            const AssistInfo &assist, const QDateTime &createdAt)
{
    if (!session.flow())
        return Result<OutboxItem>::failure(
            QStringLiteral("flow.notStarted"),
            QCoreApplication::translate("FlowSession", "No service has been started."));
    const FlowDefinition &flow = *session.flow();
    OutboxItem item;
    item.reference = reference;
    item.serviceId = flow.id();
    item.flowId = flow.id();
    item.flowVersion = flow.version();
    item.destination = flow.destination().name;
    item.kind = QStringLiteral("submission");
    item.payload = QJsonDocument(payload(session, reference, assist, createdAt))
                       .toJson(QJsonDocument::Compact);
    return item;
}

} // namespace ck
