// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "a11y/kiosktranslator.h"
#include "print/qrcode.h"
#include "print/receiptrenderer.h"
#include "print/settingscard.h"

#include <QTest>

using namespace ck;

class tst_SettingsCard : public QObject
{
    Q_OBJECT

    const QStringList m_languages {u"en"_qs, u"cy"_qs, u"pl"_qs, u"ar"_qs};

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("textSize");
        QTest::addColumn<bool>("contrast");
        QTest::addColumn<bool>("readAloud");
        QTest::addColumn<int>("rate");
        QTest::addColumn<bool>("moreTime");
        QTest::newRow("default") << u"en"_qs << 0 << false << false << 1 << false;
        QTest::newRow("welsh large") << u"cy"_qs << 2 << true << true << 0 << true;
        QTest::newRow("arabic") << u"ar"_qs << 1 << false << true << 2 << true;
    }
    void roundTrip()
    {
        QFETCH(QString, language);
        QFETCH(int, textSize);
        QFETCH(bool, contrast);
        QFETCH(bool, readAloud);
        QFETCH(int, rate);
        QFETCH(bool, moreTime);
        SettingsCard card;
        card.language = language;
        card.textSize = textSize;
        card.highContrast = contrast;
        card.readAloud = readAloud;
        card.speechRate = rate;
        card.moreTime = moreTime;
        const QString code = card.code();
        QVERIFY(code.startsWith(QLatin1String("KS1-")));
        QVERIFY(SettingsCard::couldBeCode(code));
        auto parsed = SettingsCard::parse(code, m_languages);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value() == card);
        // Typed by hand: lower case, spaces instead of dashes.
        auto typed = SettingsCard::parse(code.toLower().replace(u'-', u' '), m_languages);
        QVERIFY(typed.ok());
        QVERIFY(typed.value() == card);
    }

    void refusesMistakes_data()
    {
        QTest::addColumn<QString>("code");
        SettingsCard card;
        card.language = u"cy"_qs;
        card.textSize = 2;
        const QString good = card.code();
        QString wrongDigit = good;
        wrongDigit[7] = wrongDigit[7] == u'0' ? u'1' : u'0';
        QTest::newRow("one digit wrong") << wrongDigit;
        QString wrongCheck = good;
        wrongCheck[good.size() - 1] = good.back() == u'0' ? u'1' : u'0';
        QTest::newRow("check digit") << wrongCheck;
        QTest::newRow("short") << u"KS1-CY-211"_qs;
        QTest::newRow("reference, not a card") << u"CK-7F3K-92QD-X"_qs;
        QTest::newRow("unknown language") << SettingsCard {u"de"_qs}.code();
        QTest::newRow("out of range") << u"KS1-EN-30010-0"_qs;
    }
    void refusesMistakes()
    {
        QFETCH(QString, code);
        auto parsed = SettingsCard::parse(code, m_languages);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, u"settings.invalid"_qs);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void nothingPersonalInTheCode()
    {
        SettingsCard card;
        card.language = u"pl"_qs;
        // Eleven characters of settings and nothing else: there is no room for more.
        QCOMPARE(card.code().remove(u'-').size(), 11);
    }

    void printableInEveryLanguage()
    {
        for (const QString &language : m_languages) {
            SettingsCard card;
            card.language = language;
            card.readAloud = true;
            const auto texts = card.texts([&language](const char *c, const char *s) {
                return KioskTranslator::translateIn(language, c, s);
            });
            if (language != u"en")
                QVERIFY2(texts.title != u"Your kiosk settings", qPrintable(language));
            QCOMPARE(texts.lines.size(), 5);
            auto pdf = ReceiptRenderer::settingsCardPdf(card, {});
            QVERIFY(pdf.ok());
            QVERIFY(pdf.value().startsWith("%PDF"));
        }
        auto qr = QrCode::encode(SettingsCard().code().toUtf8());
        QVERIFY(qr.ok());
        QVERIFY(qr->size() >= 21);
        QVERIFY(qr->toDataUrl(4).startsWith(u"data:image/png;base64,"));
    }
};

QTEST_MAIN(tst_SettingsCard)
#include "tst_settingscard.moc"
