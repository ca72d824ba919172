// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/textcleaner.h"

#include <QRegularExpression>

namespace ck {

namespace {
// Explicit bidi embeddings, overrides and isolates can make text display in a different order
// from how it is stored ("Trojan Source", CVE-2021-42574) in a back office. Arabic or Hebrew
// text does not need them (the Unicode bidi algorithm orders it); the marks LRM/RLM/ALM stay.
bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString TextCleaner::clean(const QString &text, bool keepNewlines)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c).append(text.at(i + 1)); // emoji and other astral characters
            ++i;
            continue;
        }
        if (c.isSurrogate())
            continue; // a lone half of a pair is not text
        const char16_t u = c.unicode();
        if (u == u'\r') {
            if (keepNewlines && !(i + 1 < text.size() && text.at(i + 1) == u'\n'))
                out.append(QLatin1Char('\n'));
            else if (!keepNewlines)
                out.append(QLatin1Char(' '));
            continue;
        }
        if (u == u'\n') {
            out.append(keepNewlines ? QLatin1Char('\n') : QLatin1Char(' '));
            continue;
        }
        if (u == u'\t') {
            out.append(QLatin1Char(' '));
            continue;
        }
        if (c.category() == QChar::Other_Control || isBidiControl(u) || u == 0xFEFF || u == 0xFFFE
            || u == 0xFFFF)
            continue;
        out.append(c);
    }
    return out.normalized(QString::NormalizationForm_C).trimmed();
}

std::optional<QString> TextCleaner::postcode(const QString &text)
{
    QString compact;
    for (const QChar c : text) {
        if (!c.isSpace())
            compact.append(c.toUpper());
    }
    // The UK postcode format (outward code, inward code) as published by the ONS and used by
    // GOV.UK, plus GIR 0AA (Girobank), the one historic exception still in use.
    static const QRegularExpression re(
        QStringLiteral("^(GIR0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?"
                       "|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"
                       "[0-9][ABD-HJLNP-UW-Z]{2})$"));
    if (!re.match(compact).hasMatch())
        return std::nullopt;
    return compact.left(compact.size() - 3) + QLatin1Char(' ') + compact.right(3);
}

std::optional<QString> TextCleaner::phone(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QStringLiteral("(0)")); // "+44 (0)20 7946 0000"
    QString compact;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c.isDigit() && c.unicode() < 128)
            compact.append(c);
        else if (c == QLatin1Char('+') && compact.isEmpty())
            compact.append(c);
        else if (!(c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('(')
                   || c == QLatin1Char(')') || c == QLatin1Char('.')))
            return std::nullopt;
    }
    if (compact.startsWith(QStringLiteral("0044")))
        compact = QStringLiteral("+44") + compact.mid(4);
    if (compact.startsWith(QStringLiteral("+44")))
        compact = QLatin1Char('0') + compact.mid(3);
    // UK numbers: 0 and then 9 or 10 digits. Other countries: E.164, + and 8 to 15 digits.
    static const QRegularExpression uk(QStringLiteral("^0[1-9][0-9]{8,9}$"));
    static const QRegularExpression world(QStringLiteral("^\\+[1-9][0-9]{7,14}$"));
    if (uk.match(compact).hasMatch() || world.match(compact).hasMatch())
        return compact;
    return std::nullopt;
}

} // namespace ck
