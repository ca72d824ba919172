// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace ck {

// Reads a number typed by a person in a session language, and writes numbers back the way that
// session's number field accepts them. Never guesses: a text with two possible readings is
// refused, so a number is never stored changed.
//
// Accepted, in every language: digits (Latin, Arabic-Indic ٠-٩ or Persian ۰-۹), an optional
// leading sign, "." as the decimal sign. The session's own decimal sign (Polish ",", Arabic "٫")
// too. Thousands may be grouped by spaces (also no-break spaces) and, where "," is not the
// decimal sign, by "," (Arabic also "٬"), always in groups of three.
// Refused as ambiguous (Problem::Separator):
//   "12,5" in English, Welsh or Arabic (12.5, or 125 with a slip?),
//   "1.000" / "12.500" in Polish (one thousand, or one with three decimals?),
//   both "," and "." in Polish ("1.000,5" or "1,000.5"), groups that are not of three digits.
class NumberInput
{
public:
    enum class Problem {
        None,
        NotANumber, // letters, an exponent, a sign alone, too long
        Separator, // a separator that could be read two ways, or groups that are not thousands
    };
    struct Parsed
    {
        std::optional<double> value;
        Problem problem = Problem::None;
    };

    static Parsed parse(const QString &text, const QString &language);
    // True when the session's decimal sign is a comma (Polish).
    static bool decimalComma(const QString &language);
    // `value` as the number field accepts it back: session decimal sign, Latin digits, no
    // thousands separator ("2500,5" in Polish, "2500.5" otherwise).
    static QString format(double value, const QString &language);
};

} // namespace ck
