// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/flows/flowdefinition.h"

#include <QJsonValue>
#include <QString>

namespace ck {

// Turns a normalised answer into words for people: option labels in the language, dates as
// "29 February 2024" in the language's month names, addresses one line each. Used by
// "Check your answers" (FlowSession::summary) and the Open311 description (in English).
class AnswerFormatter
{
public:
    enum class Words {
        Translated, // "Yes"/"No"/"Not answered" through the installed Qt translator
        English, // fixed English, for back-office texts
    };
    static QString display(const FlowPage &page, const QJsonValue &answer, const QString &lang,
                           Words words = Words::Translated);
    // "1 High Street, Cardiff, CF10 1AA"
    static QString addressLine(const QJsonValue &address);
};

} // namespace ck
