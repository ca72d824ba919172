// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "domain/helper/staffcard.h"

#include <QTest>

using namespace ck;

class tst_StaffCard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesCards_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("secret");

        QTest::newRow("track2") << ";H001=1357?"
                                << "H001"
                                << "1357";
        QTest::newRow("track2 lower") << ";h001=1357?"
                                      << "H001"
                                      << "1357";
        QTest::newRow("track2 no secret") << ";H042?"
                                          << "H042"
                                          << "";
        QTest::newRow("track2 trailing CR LF") << ";H001=1357?\r\n"
                                               << "H001"
                                               << "1357";
        QTest::newRow("track2 with LRC") << ";H001=1357?7"
                                         << "H001"
                                         << "1357";
        QTest::newRow("spaces around") << "  ;H001=1357?  "
                                       << "H001"
                                       << "1357";
        QTest::newRow("track1") << "%BH001^SMITH/SAM^1357?"
                                << "H001"
                                << "1357";
        QTest::newRow("track1 no secret") << "%BH007^JONES/ALI?"
                                          << "H007"
                                          << "";
        QTest::newRow("both tracks prefer 2") << "%BH009^SMITH/SAM^0000?;H001=1357?"
                                              << "H001"
                                              << "1357";
        QTest::newRow("long numeric id") << ";1234567890123456=123456?"
                                         << "1234567890123456"
                                         << "123456";
    }
    void parsesCards()
    {
        QFETCH(QString, line);
        QFETCH(QString, id);
        QFETCH(QString, secret);
        const Result<StaffCard> card = StaffCardParser::parse(line);
        QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().code));
        QCOMPARE(card->helperId, id);
        QCOMPARE(QString::fromUtf8(card->secret.view()), secret);
    }

    void refusesJunk_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("code");

        QTest::newRow("empty") << ""
                               << "card-format";
        QTest::newRow("plain typing") << "H001"
                                      << "card-format";
        QTest::newRow("no end sentinel") << ";H001=1357"
                                         << "card-format";
        QTest::newRow("read error t2") << ";E?"
                                       << "card-unreadable";
        QTest::newRow("read error t1") << "%E?"
                                       << "card-unreadable";
        QTest::newRow("too many fields") << ";H001=1357=9?"
                                         << "card-format";
        QTest::newRow("short secret") << ";H001=13?"
                                      << "card-format";
        QTest::newRow("letters in secret") << ";H001=13a7?"
                                           << "card-format";
        QTest::newRow("id too long") << ";H0000000000000001=1357?"
                                     << "card-format";
        QTest::newRow("id punctuation") << ";H-01=1357?"
                                        << "card-format";
        QTest::newRow("control char") << QStringLiteral(";H0\u000101=1357?") << "card-format";
        QTest::newRow("non ascii") << QStringLiteral(";H\u00e901=1357?") << "card-format";
        QTest::newRow("sql") << ";' OR 1=1 --?"
                             << "card-format";
        QTest::newRow("huge") << (";" + QString(5000, QLatin1Char('1')) + "?") << "card-format";
        QTest::newRow("empty track2") << ";?"
                                      << "card-format";
        QTest::newRow("track1 one field") << "%BH001?"
                                          << "card-format";
    }
    void refusesJunk()
    {
        QFETCH(QString, line);
        QFETCH(QString, code);
        const Result<StaffCard> card = StaffCardParser::parse(line);
        QVERIFY(!card.ok());
        QCOMPARE(card.error().code, code);
        QVERIFY(!card.error().message.isEmpty());
        // The message never echoes what was swiped.
        QVERIFY(!card.error().message.contains(QStringLiteral("1357")));
    }

    void looksLikeSwipe()
    {
        QVERIFY(StaffCardParser::looksLikeSwipe(QStringLiteral(";H0")));
        QVERIFY(StaffCardParser::looksLikeSwipe(QStringLiteral("%B")));
        QVERIFY(!StaffCardParser::looksLikeSwipe(QStringLiteral("H001")));
    }
};

QTEST_GUILESS_MAIN(tst_StaffCard)
#include "tst_staffcard.moc"
