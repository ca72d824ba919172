// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tests/i18n/i18ntestdata.h"

#include <QTest>

#include <fribidi.h>

#include <vector>

// Every Arabic string, catalogue and service file, through the Unicode bidi algorithm (GNU
// FriBidi, the implementation GTK and Pango use) as a right-to-left paragraph: each run of Latin
// letters and digits with separators in it ("26/01234/FUL", "01632 960 001", "CK-7F3K-92QD-X",
// "27 3 2026") must come out on screen in the order it was written. Such runs reverse when
// their spaces, slashes or dashes take the direction of the Arabic around them; a run wrapped in
// LRI … PDI (U+2066 … U+2069) cannot. Placeholders are filled with a reference number, the
// worst case for a value; counts with a number.
using namespace i18ntest;

namespace {

// The string as it is drawn, left to right (rules L1-L2 of UAX #9, base direction RTL).
QString visual(const QString &logical)
{
    const QList<uint> ucs4 = logical.toUcs4();
    const auto len = FriBidiStrIndex(ucs4.size());
    std::vector<FriBidiChar> str(ucs4.begin(), ucs4.end());
    std::vector<FriBidiCharType> types(str.size());
    std::vector<FriBidiBracketType> brackets(str.size());
    std::vector<FriBidiLevel> levels(str.size());
    fribidi_get_bidi_types(str.data(), len, types.data());
    fribidi_get_bracket_types(str.data(), len, types.data(), brackets.data());
    FriBidiParType base = FRIBIDI_PAR_RTL;
    if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), len, &base,
                                             levels.data()))
        return {};
    std::vector<FriBidiChar> out = str;
    fribidi_reorder_line(FRIBIDI_FLAGS_DEFAULT, types.data(), len, 0, base, levels.data(),
                         out.data(), nullptr);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(out.data()), qsizetype(out.size()));
}

// Runs that must keep their order: Latin letters or digits joined by spaces or punctuation.
QStringList latinRuns(const QString &text)
{
    static const QRegularExpression run(
        QStringLiteral("[A-Za-z0-9](?:[A-Za-z0-9 ./:+@_-]*[A-Za-z0-9])?"));
    QStringList out;
    for (auto it = run.globalMatch(text); it.hasNext();) {
        const QString r = it.next().captured();
        if (r.contains(QRegularExpression(QStringLiteral("[ ./:+@_-]"))))
            out << r;
    }
    return out;
}

// The runs of `text` that an RTL paragraph shows out of order.
QStringList reversedRuns(const QString &text)
{
    const QString shown = visual(text);
    QStringList bad;
    for (const QString &r : latinRuns(text)) {
        if (!shown.contains(r))
            bad << r;
    }
    return bad;
}

QString filled(QString text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?[1-9]"));
    text.replace(placeholder, QStringLiteral("CK-7F3K-92QD-X"));
    return text.replace(QLatin1String("%n"), QStringLiteral("12"));
}

} // namespace

class tst_Bidi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The check sees what the review saw, and an isolate mends it.
    void checkWorks()
    {
        const QString lri = QString(QChar(0x2066)), pdi = QString(QChar(0x2069));
        const QString example = QStringLiteral("مثلاً 26/01234/FUL.");
        QCOMPARE(reversedRuns(example), QStringList {QStringLiteral("26/01234/FUL")});
        QVERIFY(reversedRuns(QStringLiteral("مثلاً ") + lri + QStringLiteral("26/01234/FUL") + pdi
                             + u'.')
                    .isEmpty());
        QCOMPARE(reversedRuns(QStringLiteral("مثل 01632 960 001")).size(), 1);
        QCOMPARE(reversedRuns(QStringLiteral("مثلاً 27 3 2026")).size(), 1);
        QCOMPARE(reversedRuns(QStringLiteral("هاتف 0800 123 4567")).size(), 1);
        // A Latin word or a lone number reads right without help.
        QVERIFY(reversedRuns(QStringLiteral("مثلاً CF10 1AA")).isEmpty());
        QVERIFY(reversedRuns(QStringLiteral("السؤال 3 من 7")).isEmpty());
    }

    void catalogue()
    {
        const Catalogue cat = parseCatalogue(tsPath(QStringLiteral("ar")));
        QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
        QStringList problems;
        int checked = 0;
        for (const Message &m : cat.messages) {
            if (m.obsolete)
                continue;
            for (const QString &t : m.translations) {
                ++checked;
                const QStringList bad = reversedRuns(filled(t));
                if (!bad.isEmpty())
                    problems << QStringLiteral("%1 -> \"%2\" shows reversed: %3")
                                    .arg(m.where(), t, bad.join(QStringLiteral(" | ")));
            }
        }
        for (const QString &p : problems.first(qMin(problems.size(), 40)))
            qWarning("%s", qPrintable(p));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems").arg(problems.size())));
        QVERIFY(checked > 400);
    }

    void serviceFiles()
    {
        QStringList problems;
        for (const ServiceText &t : serviceTexts()) {
            const QString ar = t.texts.value(QLatin1String("ar")).toString();
            const QStringList bad = reversedRuns(ar);
            if (!bad.isEmpty())
                problems << QStringLiteral("%1 -> \"%2\" shows reversed: %3")
                                .arg(t.where(), ar, bad.join(QStringLiteral(" | ")));
        }
        for (const QString &p : std::as_const(problems))
            qWarning("%s", qPrintable(p));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems").arg(problems.size())));
    }
};

QTEST_GUILESS_MAIN(tst_Bidi)
#include "tst_bidi.moc"
