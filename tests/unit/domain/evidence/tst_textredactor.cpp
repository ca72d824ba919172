// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/evidence/textredactor.h"

#include <QTest>

using namespace ck;

class tst_TextRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redacts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "It was quick and easy."
                               << "It was quick and easy.";
        QTest::newRow("small numbers kept") << "Took 2 or 3 minutes, 10/10"
                                            << "Took 2 or 3 minutes, 10/10";
        QTest::newRow("email") << "mail me: a.b+c@example.co.uk thanks"
                               << "mail me: [removed] thanks";
        QTest::newRow("mobile") << "ring 07700 900123"
                                << "ring [removed]";
        QTest::newRow("intl") << "ring +44 (0)29 2087 2087 now"
                              << "ring [removed] now";
        QTest::newRow("postcode") << "I live in CF10 1AA."
                                  << "I live in [removed].";
        QTest::newRow("postcode lower nospace") << "at sw1a2aa ok"
                                                << "at [removed] ok";
        QTest::newRow("GIR") << "GIR 0AA"
                             << "[removed]";
        QTest::newRow("reference") << "ref CK-7F3K-92QD-X"
                                   << "ref [removed]";
        QTest::newRow("reference compact") << "ref ck7f3k92qdx"
                                           << "ref [removed]";
        QTest::newRow("card number") << "card 4111 1111 1111 1111"
                                     << "card [removed]";
        QTest::newRow("control chars") << QStringLiteral("a\u0000b\tc\nd\u202ee") << "a b c d e";
        QTest::newRow("emoji and RTL kept") << QStringLiteral("شكرا 👍") << QStringLiteral("شكرا 👍");
        QTest::newRow("sql kept") << "'; DROP TABLE x; --"
                                  << "'; DROP TABLE x; --";
    }
    void redacts()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextRedactor::redact(input), expected);
    }

    void hugeInputIsCut()
    {
        const QString huge(1 << 20, QLatin1Char('a'));
        QCOMPARE(TextRedactor::redact(huge).size(), TextRedactor::kMaxLength);
    }
};

QTEST_GUILESS_MAIN(tst_TextRedactor)
#include "tst_textredactor.moc"
