// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/helper/staffcard.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ck {

namespace {

Result<StaffCard> formatError()
{
    return Result<StaffCard>::failure(
        QStringLiteral("card-format"),
        QCoreApplication::translate(
            "StaffCard", "This card was not recognised. Type your helper number and PIN instead."));
}

bool validId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{1,16}$"));
    return re.match(id).hasMatch();
}

bool validSecret(const QString &secret)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4,12}$"));
    return secret.isEmpty() || re.match(secret).hasMatch();
}

Result<StaffCard> build(QString id, const QString &secret)
{
    id = id.trimmed().toUpper();
    if (!validId(id) || !validSecret(secret))
        return formatError();
    StaffCard card;
    card.helperId = id;
    if (!secret.isEmpty())
        card.secret = SecureBytes(secret.toUtf8());
    return card;
}

} // namespace

bool StaffCardParser::looksLikeSwipe(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(QLatin1Char(';')) || t.startsWith(QLatin1Char('%'));
}

Result<StaffCard> StaffCardParser::parse(const QString &line)
{
    if (line.size() > kMaxLineLength)
        return formatError();
    const QString t = line.trimmed();
    if (t.isEmpty())
        return formatError();
    for (const QChar c : t) {
        // A wedge only types printable ASCII; anything else is not a card.
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return formatError();
    }

    // Track 2: ';' data '?' [LRC]. Field separator '='. Checked first because readers that
    // emit both tracks put track 1 first and it carries the holder's name, which we ignore.
    static const QRegularExpression track2(QStringLiteral(";([^;?%]*)\\?.?$"));
    static const QRegularExpression track1(QStringLiteral("^%([^?;]*)\\?.?"));

    QString data2;
    if (const auto m = track2.match(t); m.hasMatch())
        data2 = m.captured(1);
    QString data1;
    if (const auto m = track1.match(t); m.hasMatch())
        data1 = m.captured(1);

    if (data2 == QLatin1String("E") || data2 == QLatin1String("e")
        || (data2.isEmpty() && (data1 == QLatin1String("E") || data1 == QLatin1String("e")))) {
        return Result<StaffCard>::failure(
            QStringLiteral("card-unreadable"),
            QCoreApplication::translate("StaffCard",
                                        "The card could not be read. Swipe it again, slowly."));
    }

    if (!data2.isEmpty()) {
        const QStringList fields = data2.split(QLatin1Char('='));
        if (fields.size() > 2)
            return formatError();
        return build(fields.value(0), fields.value(1));
    }
    if (!data1.isEmpty()) {
        // Track 1: format code 'B', then id ^ name ^ discretionary data.
        QString body = data1;
        if (body.startsWith(QLatin1Char('B')) || body.startsWith(QLatin1Char('b')))
            body.remove(0, 1);
        const QStringList fields = body.split(QLatin1Char('^'));
        if (fields.size() < 2 || fields.size() > 3)
            return formatError();
        return build(fields.value(0), fields.value(2).trimmed());
    }
    return formatError();
}

} // namespace ck
