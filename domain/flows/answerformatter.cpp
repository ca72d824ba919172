// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/answerformatter.h"

#include "core/sessionlocale.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace ck {

namespace {
// The texts are marked for lupdate where they stand (QT_TRANSLATE_NOOP); without the markers
// the catalogue never had them and "Check your answers" said "Yes" in every language.
QString word(const char *text, AnswerFormatter::Words words)
{
    return words == AnswerFormatter::Words::English
        ? QString::fromLatin1(text)
        : QCoreApplication::translate("AnswerFormatter", text);
}

QString optionLabel(const FieldDefinition &field, const QString &value, const QString &lang)
{
    const FieldOption *option = field.option(value);
    return option ? option->label.text(lang) : value;
}
} // namespace

QString AnswerFormatter::addressLine(const QJsonValue &address)
{
    const QJsonObject o = address.toObject();
    QStringList parts;
    for (const char *key : {"line1", "line2", "town", "postcode"}) {
        const QString part = o.value(QLatin1String(key)).toString();
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

QString AnswerFormatter::display(const FlowPage &page, const QJsonValue &answer,
                                 const QString &lang, Words words)
{
    if (answer.isNull() || answer.isUndefined())
        return word(QT_TRANSLATE_NOOP("AnswerFormatter", "Not answered"), words);
    const FieldDefinition &field = page.field;
    switch (field.type) {
    case FieldType::Choice:
        return optionLabel(field, answer.toString(), lang);
    case FieldType::MultiChoice: {
        QStringList labels;
        const QJsonArray values = answer.toArray();
        for (const QJsonValue &v : values)
            labels.append(optionLabel(field, v.toString(), lang));
        return labels.join(QLatin1Char('\n'));
    }
    case FieldType::YesNo:
        return answer.toBool() ? word(QT_TRANSLATE_NOOP("AnswerFormatter", "Yes"), words)
                               : word(QT_TRANSLATE_NOOP("AnswerFormatter", "No"), words);
    case FieldType::Date: {
        const QDate date = QDate::fromString(answer.toString(), Qt::ISODate);
        const QLocale locale = sessionLocale(words == Words::English ? QStringLiteral("en") : lang);
        return date.isValid() ? locale.toString(date, QStringLiteral("d MMMM yyyy"))
                              : answer.toString();
    }
    case FieldType::Number: {
        const QLocale locale = sessionLocale(words == Words::English ? QStringLiteral("en") : lang);
        return locale.toString(answer.toDouble(), 'g', 15);
    }
    case FieldType::PostcodeAddress: {
        QStringList lines;
        const QJsonObject o = answer.toObject();
        for (const char *key : {"line1", "line2", "town", "postcode"}) {
            const QString line = o.value(QLatin1String(key)).toString();
            if (!line.isEmpty())
                lines.append(line);
        }
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return answer.toString();
    }
}

} // namespace ck
