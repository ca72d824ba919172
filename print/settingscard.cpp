// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "print/settingscard.h"

#include <QCoreApplication>

namespace ck {

namespace {

QString digits(const SettingsCard &c)
{
    return QStringLiteral("%1%2%3%4%5")
        .arg(c.textSize)
        .arg(c.highContrast ? 1 : 0)
        .arg(c.readAloud ? 1 : 0)
        .arg(c.speechRate)
        .arg(c.moreTime ? 1 : 0);
}

// Weighted sum mod 10 over the language letters and the digits: catches any one wrong character
// and most swaps of neighbours.
int checkDigit(const QString &language, const QString &values)
{
    const QString all = language.toUpper() + values;
    int sum = 0;
    for (int i = 0; i < all.size(); ++i)
        sum += (i + 1) * (all.at(i).unicode() % 37);
    return sum % 10;
}

QString normalised(const QString &typed)
{
    QString out;
    for (const QChar c : typed)
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    return out;
}

Error invalid()
{
    return Error {QStringLiteral("settings.invalid"),
                  QCoreApplication::translate(
                      "Receipt", "This settings code is not right. Check it and try again.")};
}

} // namespace

QString SettingsCard::code() const
{
    const QString values = digits(*this);
    return QStringLiteral("%1-%2-%3-%4")
        .arg(QLatin1String(kPrefix), language.toUpper(), values)
        .arg(checkDigit(language, values));
}

bool SettingsCard::couldBeCode(const QString &typed)
{
    const QString n = normalised(typed);
    const QString prefix = QLatin1String(kPrefix);
    return n.size() <= prefix.size() ? prefix.startsWith(n)
                                     : n.startsWith(prefix) && n.size() <= 11;
}

Result<SettingsCard> SettingsCard::parse(const QString &typed, const QStringList &languages)
{
    const QString n = normalised(typed);
    // KS1 + 2 letters + 5 values + check digit
    if (n.size() != 11 || !n.startsWith(QLatin1String(kPrefix)))
        return invalid();
    const QString language = n.mid(3, 2).toLower();
    const QString values = n.mid(5, 5);
    bool ok = false;
    const int check = n.mid(10, 1).toInt(&ok);
    if (!ok || check != checkDigit(language, values) || !languages.contains(language))
        return invalid();
    const auto at = [&values](int i) { return values.at(i).digitValue(); };
    SettingsCard card;
    card.language = language;
    card.textSize = at(0);
    card.speechRate = at(3);
    if (card.textSize < 0 || card.textSize > 2 || card.speechRate < 0 || card.speechRate > 2
        || at(1) < 0 || at(1) > 1 || at(2) < 0 || at(2) > 1 || at(4) < 0 || at(4) > 1)
        return invalid();
    card.highContrast = at(1) == 1;
    card.readAloud = at(2) == 1;
    card.moreTime = at(4) == 1;
    return card;
}

SettingsCardText SettingsCard::texts(const ReceiptTranslate &translate) const
{
    const auto t = [&translate](const char *source) {
        return translate ? translate("Receipt", source) : QString::fromUtf8(source);
    };
    static const char *const sizes[] = {QT_TRANSLATE_NOOP("Receipt", "Normal"),
                                        QT_TRANSLATE_NOOP("Receipt", "Large"),
                                        QT_TRANSLATE_NOOP("Receipt", "Largest")};
    static const char *const rates[] = {QT_TRANSLATE_NOOP("Receipt", "Slow"),
                                        QT_TRANSLATE_NOOP("Receipt", "Normal"),
                                        QT_TRANSLATE_NOOP("Receipt", "Fast")};
    const QString on = t(QT_TRANSLATE_NOOP("Receipt", "On"));
    const QString off = t(QT_TRANSLATE_NOOP("Receipt", "Off"));
    SettingsCardText out;
    out.rightToLeft = language == QLatin1String("ar");
    out.title = t(QT_TRANSLATE_NOOP("Receipt", "Your kiosk settings"));
    out.howToUse = t(QT_TRANSLATE_NOOP(
        "Receipt",
        "Hold this card under the scanner of any kiosk, or type the code, and the kiosk sets "
        "itself up the way you like it. The card has no personal details on it."));
    out.lines = {
        {t(QT_TRANSLATE_NOOP("Receipt", "Text size:")), t(sizes[qBound(0, textSize, 2)])},
        {t(QT_TRANSLATE_NOOP("Receipt", "High contrast:")), highContrast ? on : off},
        {t(QT_TRANSLATE_NOOP("Receipt", "Read aloud:")), readAloud ? on : off},
        {t(QT_TRANSLATE_NOOP("Receipt", "Speech speed:")), t(rates[qBound(0, speechRate, 2)])},
        {t(QT_TRANSLATE_NOOP("Receipt", "More time:")), moreTime ? on : off},
    };
    return out;
}

} // namespace ck
