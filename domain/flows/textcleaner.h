// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace ck {

// The text rules behind FieldValidator, kept apart so they can be read (and fuzzed) alone.
class TextCleaner
{
public:
    // Trimmed, NFC, without control characters, lone surrogates or explicit bidi overrides;
    // newlines kept (as \n) only when asked, else they become spaces.
    static QString clean(const QString &text, bool keepNewlines);
    // "cf101aa" -> "CF10 1AA"; nullopt when it is not a UK postcode.
    static std::optional<QString> postcode(const QString &text);
    // "+44 (0)7700 900 982" -> "07700900982"; other countries "+33123456789"; else nullopt.
    static std::optional<QString> phone(const QString &text);
};

} // namespace ck
