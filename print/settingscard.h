// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "print/receiptdocument.h"

#include <QList>
#include <QString>

namespace ck {

// The printed texts of a settings card, in the card's language.
struct SettingsCardText
{
    bool rightToLeft = false;
    QString title;
    QString howToUse;
    QList<std::pair<QString, QString>> lines; // (setting, value)
};

// A citizen's display and speech settings as a short code, for a card they keep and scan at any
// kiosk: text size, contrast, read-aloud, speech rate, language and "more time" (WCAG 2.2.1),
// nothing else: the card says nothing about who holds it. The code is what a USB scanner in
// keyboard mode types and what a person can type: "KS1-CY-21101-7" (language, then text size
// 0-2, high contrast 0/1, read-aloud 0/1, speech rate 0-2 (slow, normal, fast), more time 0/1,
// then a check digit so a mistyped code is refused instead of applying someone else's settings).
struct SettingsCard
{
    static constexpr const char *kPrefix = "KS1";

    QString language = QStringLiteral("en");
    int textSize = 0; // index into Theme.textScales: 100 %, 150 %, 200 %
    bool highContrast = false;
    bool readAloud = false;
    int speechRate = 1; // 0 slow, 1 normal, 2 fast
    bool moreTime = false;

    QString code() const;
    // Tolerant of case, spaces and dashes; refuses a wrong check digit, an unknown language or
    // an out-of-range value with a translated message.
    static Result<SettingsCard> parse(const QString &typed, const QStringList &languages);
    // True when `typed` could still become a card code (for the scanner key filter).
    static bool couldBeCode(const QString &typed);
    SettingsCardText texts(const ReceiptTranslate &translate) const;

    bool operator==(const SettingsCard &) const = default;
};

} // namespace ck
