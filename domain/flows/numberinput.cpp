// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/flows/numberinput.h"

#include "core/sessionlocale.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace ck {

namespace {

// Characters a right-to-left keyboard or a paste can put around a number; they carry no value.
bool isInvisibleMark(char16_t c)
{
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x2066 && c <= 0x2069)
        || (c >= 0x202A && c <= 0x202E);
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

// "1 000 000" or "1,000,000" (with `group` the separator): groups of exactly three digits after
// a first group of one to three.
bool validGroups(const QString &integerPart, QChar group)
{
    const QStringList groups = integerPart.split(group);
    if (groups.size() == 1)
        return true;
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3)
            return false;
    }
    return true;
}

} // namespace

bool NumberInput::decimalComma(const QString &language)
{
    return sessionLocale(language).decimalPoint() == QStringLiteral(",");
}

NumberInput::Parsed NumberInput::parse(const QString &text, const QString &language)
{
    Parsed out;
    out.problem = Problem::NotANumber;
    if (text.size() > 40)
        return out;
    const bool comma = decimalComma(language);
    // Normalise to Latin digits, '.', ',', ' ' (group) and a sign. Arabic's own decimal and
    // thousands signs are unambiguous, so they map straight to '.' and ','.
    QString s;
    s.reserve(text.size());
    for (const QChar ch : text.trimmed()) {
        const char16_t c = ch.unicode();
        if (isInvisibleMark(c))
            continue;
        if (c >= 0x0660 && c <= 0x0669)
            s.append(QChar(u'0' + (c - 0x0660)));
        else if (c >= 0x06F0 && c <= 0x06F9)
            s.append(QChar(u'0' + (c - 0x06F0)));
        else if (c == 0x066B)
            s.append(comma ? u',' : u'.');
        else if (c == 0x066C)
            s.append(comma ? u' ' : u',');
        else if (isSpace(c))
            s.append(u' ');
        else if (c == 0x2212)
            s.append(u'-');
        else
            s.append(ch);
    }
    static const QRegularExpression shape(QStringLiteral("^([+-]?)([0-9 ,.]*)$"));
    const auto m = shape.match(s.trimmed());
    if (!m.hasMatch())
        return out;
    const QString sign = m.captured(1);
    QString body = m.captured(2);
    static const QRegularExpression anyDigit(QStringLiteral("[0-9]"));
    if (!body.contains(anyDigit))
        return out;
    out.problem = Problem::Separator;
    if (body.startsWith(u' ') || body.endsWith(u' ') || body.contains(QStringLiteral("  ")))
        return out;

    // Which character is the decimal sign here, and which may group thousands.
    const qsizetype dots = body.count(u'.');
    const qsizetype commas = body.count(u',');
    QString integerPart;
    QString fraction;
    QChar group = u' ';
    if (comma) {
        if (dots && commas)
            return out; // "1.000,5" or "1,000.5": both readings exist
        if (dots + commas > 1)
            return out; // "1.000.000" or "1,2,3"
        const QChar decimal = dots ? u'.' : u',';
        const qsizetype at = body.indexOf(decimal);
        integerPart = at < 0 ? body : body.left(at);
        fraction = at < 0 ? QString() : body.mid(at + 1);
        // "1.000" / "12.500": a thousands group or three decimals? Only a leading zero
        // ("0.500") or a longer whole part ("1234.567") says which.
        const QString digitsBefore = QString(integerPart).remove(u' ');
        if (decimal == u'.' && fraction.size() == 3 && !digitsBefore.isEmpty()
            && digitsBefore.size() <= 3 && !digitsBefore.startsWith(u'0')
            && !integerPart.contains(u' '))
            return out;
    } else {
        if (dots > 1)
            return out;
        const qsizetype at = body.indexOf(u'.');
        integerPart = at < 0 ? body : body.left(at);
        fraction = at < 0 ? QString() : body.mid(at + 1);
        if (fraction.contains(u',') || fraction.contains(u' '))
            return out; // "1.000,5": grouping after the decimal sign
        if (commas && integerPart.contains(u' '))
            return out; // two kinds of grouping
        if (commas)
            group = u',';
    }
    if (fraction.contains(u' ') || fraction.contains(u',') || fraction.contains(u'.'))
        return out;
    if (!validGroups(integerPart, group))
        return out;
    integerPart.remove(group);
    if (integerPart.isEmpty() && fraction.isEmpty())
        return out;
    const QString plain = sign + (integerPart.isEmpty() ? QStringLiteral("0") : integerPart)
        + (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction);
    bool ok = false;
    const double value = QLocale::c().toDouble(plain, &ok);
    if (!ok || !std::isfinite(value)) {
        out.problem = Problem::NotANumber;
        return out;
    }
    out.value = value;
    out.problem = Problem::None;
    return out;
}

QString NumberInput::format(double value, const QString &language)
{
    QLocale locale = sessionLocale(language);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 15);
}

} // namespace ck
