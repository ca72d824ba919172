// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/evidence/textredactor.h"

#include <QRegularExpression>

namespace ck {

QString TextRedactor::redact(const QString &input)
{
    // Cut first so the patterns below never run over megabytes of hostile input.
    QString t = input.left(kMaxLength * 2);
    QString cleaned;
    cleaned.reserve(t.size());
    for (const QChar c : std::as_const(t)) {
        const auto cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Other_Format
            || cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph)
            cleaned.append(QLatin1Char(' '));
        else
            cleaned.append(c);
    }
    t = cleaned.simplified();

    const QString removed = QStringLiteral("[removed]");
    static const QRegularExpression email(QStringLiteral("[^\\s@]+@[^\\s@]+\\.[^\\s@]+"));
    // Kiosk references, with or without dashes (CK-7F3K-92QD-X, ck7f3k92qdx).
    static const QRegularExpression reference(
        QStringLiteral("\\bCK[-\\s]?[0-9A-Z]{4}[-\\s]?[0-9A-Z]{4}[-\\s]?[0-9A-Z]\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // UK postcodes (the GOV.UK shape, space optional).
    static const QRegularExpression postcode(
        QStringLiteral("\\b(GIR\\s?0AA|[A-Z]{1,2}[0-9][0-9A-Z]?\\s?[0-9][A-Z]{2})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // Phone numbers and other long numbers: 6+ digits, allowing spaces, dots, dashes, brackets
    // and a leading +.
    static const QRegularExpression digits(QStringLiteral("\\+?\\(?\\d[\\d\\s().-]{4,}\\d"));
    t.replace(email, removed);
    t.replace(reference, removed);
    t.replace(postcode, removed);
    // Only replace digit runs that really hold 6 or more digits ("2 or 3 days" stays).
    QString out;
    qsizetype last = 0;
    auto it = digits.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        int count = 0;
        for (const QChar c : m.captured(0))
            count += c.isDigit() ? 1 : 0;
        out += t.mid(last, m.capturedStart() - last);
        out += count >= 6 ? removed : m.captured(0);
        last = m.capturedEnd();
    }
    out += t.mid(last);
    return out.left(kMaxLength);
}

} // namespace ck
