// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "a11y/contrast.h"

#include <QTest>

using ck::Contrast;

// Known pairs from the WCAG 2.x definitions and widely published checker results (WebAIM,
// GOV.UK Design System palette notes); two decimals is the precision checkers publish.
class tst_Contrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratio_data()
    {
        QTest::addColumn<QString>("foreground");
        QTest::addColumn<QString>("background");
        QTest::addColumn<double>("expected");
        QTest::newRow("black on white") << "#000000"
                                        << "#ffffff" << 21.0;
        QTest::newRow("white on white") << "#ffffff"
                                        << "#ffffff" << 1.0;
        QTest::newRow("#767676 lightest AA grey") << "#767676"
                                                  << "#ffffff" << 4.54;
        QTest::newRow("#777777 just fails AA") << "#777777"
                                               << "#ffffff" << 4.48;
        QTest::newRow("#595959 AAA grey") << "#595959"
                                          << "#ffffff" << 7.00;
        QTest::newRow("pure red on white") << "#ff0000"
                                           << "#ffffff" << 4.00;
        QTest::newRow("pure blue on white") << "#0000ff"
                                            << "#ffffff" << 8.59;
        QTest::newRow("green 008000 on white") << "#008000"
                                               << "#ffffff" << 5.14;
        QTest::newRow("yellow on black") << "#ffff00"
                                         << "#000000" << 19.56;
        QTest::newRow("GOV.UK focus ffdd00 on 0b0c0c") << "#ffdd00"
                                                       << "#0b0c0c" << 14.55;
        QTest::newRow("short form #fff on #000") << "#fff"
                                                 << "#000" << 21.0;
    }
    void ratio()
    {
        QFETCH(QString, foreground);
        QFETCH(QString, background);
        QFETCH(double, expected);
        const auto fg = Contrast::parse(foreground);
        const auto bg = Contrast::parse(background);
        QVERIFY(fg && bg);
        const double r = Contrast::ratio(*fg, *bg);
        QVERIFY2(qAbs(r - expected) < 0.006, qPrintable(QString::number(r, 'f', 4)));
        // Symmetric: the order of the two colours never matters.
        QCOMPARE(Contrast::ratio(*bg, *fg), r);
    }

    void luminanceEnds()
    {
        QCOMPARE(Contrast::relativeLuminance(0xff000000u), 0.0);
        QVERIFY(qAbs(Contrast::relativeLuminance(0xffffffffu) - 1.0) < 1e-12);
        // The linear segment below the knee: 10/255 -> 0.0392 / 12.92.
        QVERIFY(qAbs(Contrast::relativeLuminance(0xff0a0a0au) - (10.0 / 255.0) / 12.92) < 1e-9);
    }

    void thresholdsAroundAA()
    {
        const quint32 white = 0xffffffffu;
        QVERIFY(Contrast::ratio(0xff767676u, white) >= Contrast::requiredTextRatio(false));
        QVERIFY(Contrast::ratio(0xff777777u, white) < Contrast::requiredTextRatio(false));
        QVERIFY(Contrast::ratio(0xff595959u, white) >= Contrast::requiredTextRatio(true) - 0.005);
        QVERIFY(Contrast::ratio(0xff5a5a5au, white) < Contrast::requiredTextRatio(true));
    }

    void translucentForeground()
    {
        // Half-transparent black over white is the mid grey #808080 (3.95:1), not black (21:1).
        const quint32 halfBlack = 0x80000000u;
        QCOMPARE(Contrast::composite(halfBlack, 0xffffffffu), 0xff7f7f7fu);
        QVERIFY(qAbs(Contrast::effectiveRatio(halfBlack, 0xffffffffu) - 4.0) < 0.05);
        // Fully transparent text has no contrast at all.
        QCOMPARE(Contrast::effectiveRatio(0x00000000u, 0xffffffffu), 1.0);
        // Opaque text is unchanged by compositing.
        QCOMPARE(Contrast::composite(0xff123456u, 0xffabcdefu), 0xff123456u);
    }

    void largeText()
    {
        QVERIFY(Contrast::isLargeText(24.0, false));
        QVERIFY(!Contrast::isLargeText(23.9, false));
        QVERIFY(Contrast::isLargeText(18.7, true));
        QVERIFY(!Contrast::isLargeText(18.0, true));
    }

    void parseRejectsJunk_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("no hash") << "ffffff";
        QTest::newRow("name") << "red";
        QTest::newRow("bad digit") << "#ggg000";
        QTest::newRow("five digits") << "#fffff";
        QTest::newRow("nine digits") << "#fffffffff";
    }
    void parseRejectsJunk()
    {
        QFETCH(QString, text);
        QVERIFY(!Contrast::parse(text).has_value());
    }

    void parseArgbOrder()
    {
        QCOMPARE(*Contrast::parse(QStringLiteral("#80ff0000")), 0x80ff0000u);
        QCOMPARE(*Contrast::parse(QStringLiteral("#abc")), 0xffaabbccu);
    }
};

QTEST_GUILESS_MAIN(tst_Contrast)
#include "tst_contrast.moc"
