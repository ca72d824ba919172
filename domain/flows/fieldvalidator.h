// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/flows/fielddefinition.h"

#include "core/result.h"

#include <QDate>
#include <QJsonValue>
#include <QString>

namespace ck {

// Checks and normalises one answer (shapes in fielddefinition.h). Messages follow the GOV.UK
// error message patterns ("Enter a real postcode, like CF10 1AA"), are translated with context
// "FieldValidator" and never quote the input back (it may be personal data).
//
// Error codes (stable): field.required, field.tooLong, field.tooShort, field.wrongType,
// field.number, field.numberSeparator (a separator with two readings, like "12,5" in English:
// never guessed), field.wholeNumber, field.numberMin, field.numberMax, field.date,
// field.datePast, field.dateFuture, field.choice, field.email, field.phone, field.postcode,
// field.addressLine.
//
// Text is cleaned: trimmed, NFC, control characters removed (newlines kept in longtext),
// everything else (right-to-left scripts, emoji, quotes, "'; DROP TABLE") kept verbatim.
class FieldValidator
{
public:
    // `lang` is the session language: it picks the flow's own error texts, the decimal sign a
    // number may use and the way limits are written; the kiosk's general message texts come
    // from the installed Qt translator. Returns JSON null for an empty optional answer.
    static Result<QJsonValue> validate(const FieldDefinition &field, const QJsonValue &raw,
                                       const QString &lang);
    // Same, with an explicit "today" for date ranges (tests, and midnight-stable sessions).
    static Result<QJsonValue> validate(const FieldDefinition &field, const QJsonValue &raw,
                                       const QString &lang, const QDate &today);

    // Helpers shared with kioskctl and the UI (e.g. to pre-format a postcode as it is typed).
    static std::optional<QString> normalisePostcode(const QString &text);
    static std::optional<QString> normalisePhone(const QString &text);
    static QString cleanText(const QString &text, bool keepNewlines);

private:
    // The kiosk's general message; validate() then puts the flow's own one in its place.
    static Result<QJsonValue> check(const FieldDefinition &field, const QJsonValue &raw,
                                    const QString &lang, const QDate &today);
};

} // namespace ck
