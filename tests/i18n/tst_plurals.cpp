// SPDX-FileCopyrightText: 2026 Civic Kiosk contributors
// SPDX-License-Identifier: MIT
#include "tests/i18n/i18ntestdata.h"

#include "core/sessionlocale.h"
#include "domain/flows/answerformatter.h"
#include "domain/flows/fieldvalidator.h"
#include "domain/flows/numberinput.h"
#include "domain/helper/trackingstatus.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

// Numbers in every language: counts go through plural forms (%n with tr(..., n)), each
// catalogue has the number of forms Qt gives its language, the compiled catalogues pick the form
// a count needs for every count from 0 to 3000, and a number written next to a unit word
// ("500 znaków", "3000 حرف") has the unit in the form that number takes. Numbers are typed and
// shown in one format per session language: Latin digits everywhere (Arabic included), decimal
// commas in Polish, and a separator that could be read two ways is refused, never guessed.
using namespace i18ntest;

namespace {

// Counts to try: every count to 200 (all rule boundaries), then the hundreds and thousands the
// review found wrong (500, 1000, 3000) and their neighbours.
QList<int> counts()
{
    QList<int> out;
    for (int n = 0; n <= 200; ++n)
        out << n;
    for (int n : {201,  202,  203,  211,  222,  254,  300,  500,  501,  502,  503, 511,
                  1000, 1001, 1002, 1003, 1011, 1012, 1022, 1100, 2000, 2500, 3000})
        out << n;
    return out;
}

struct Unit
{
    QString name;
    QList<QStringList> forms; // by plural form
};

QList<Unit> units(const QString &lang)
{
    QList<Unit> out;
    const QJsonObject all = glossary().value(QLatin1String("units")).toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        Unit u;
        u.name = it.key();
        for (const QJsonValue &form : it.value().toObject().value(lang).toArray())
            u.forms.append(form.toVariant().toStringList());
        out.append(u);
    }
    return out;
}

// "<digits> <unit word>" where the word is not in the form the number takes.
QStringList unitAgreement(const QString &lang, const QString &text)
{
    struct Word
    {
        const Unit *unit;
        QString word;
        QRegularExpression re;
    };
    // Built once per language: the glossary is read and every pattern compiled only once.
    static QHash<QString, QList<Unit>> unitsByLang;
    static QHash<QString, QList<Word>> wordsByLang;
    if (!wordsByLang.contains(lang)) {
        unitsByLang.insert(lang, units(lang));
        QList<Word> words;
        for (const Unit &u : std::as_const(unitsByLang[lang])) {
            QStringList all;
            for (const QStringList &f : u.forms)
                all += f;
            all.removeDuplicates();
            for (const QString &w : std::as_const(all))
                words.append(
                    {&u, w,
                     regex(QStringLiteral("(?<![\\d.,])(\\d+)[ \\x{a0}](")
                           + QRegularExpression::escape(w) + QStringLiteral(")(?![\\w\\p{M}])"))});
        }
        wordsByLang.insert(lang, words);
    }
    QStringList problems;
    static const QRegularExpression digit(QStringLiteral("\\d"));
    if (!text.contains(digit))
        return problems;
    for (const Word &w : std::as_const(wordsByLang[lang])) {
        for (auto it = w.re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const int n = m.captured(1).toInt();
            const int form = pluralForm(lang, n);
            if (!w.unit->forms.value(form).contains(w.word))
                problems << QStringLiteral("\"%1 %2\" (%3): %4 takes %5")
                                .arg(m.captured(1), w.word, text, QString::number(n),
                                     w.unit->forms.value(form).join(QStringLiteral(" / ")));
        }
    }
    return problems;
}

bool installCatalogue(QTranslator &t, const QString &lang)
{
    if (!t.load(QStringLiteral(":/i18n/civickiosk_") + lang))
        return false;
    QCoreApplication::installTranslator(&t);
    return true;
}

} // namespace

class tst_Plurals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &lang : kioskLanguages())
            QTest::newRow(qPrintable(lang)) << lang;
    }

    // Every count is a numerus message with %n and exactly Qt's number of forms for the
    // language (cy 5, pl 3, ar 6, en 2); no placeholder stands before a unit ("%1 minutes"),
    // no "(s)" outside a numerus message, no "(min): %1" workaround in a translation.
    void catalogue()
    {
        QFETCH(QString, language);
        const Catalogue cat = parseCatalogue(tsPath(language));
        QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
        QStringList enUnits;
        for (const Unit &u : units(QStringLiteral("en")))
            for (const QStringList &f : u.forms)
                enUnits += f;
        const QRegularExpression placeholderUnit = regex(
            QStringLiteral("%L?[1-9][ \\x{a0}](") + enUnits.join(u'|') + QStringLiteral(")\\b"));
        QStringList words;
        for (const Unit &u : units(language))
            for (const QStringList &f : u.forms)
                words += f;
        words.removeAll(QString());
        const QRegularExpression translatedPlaceholderUnit =
            regex(QStringLiteral("%L?[1-9][ \\x{a0}](") + words.join(u'|')
                  + QStringLiteral(")(?![\\w\\p{M}])"));
        static const QRegularExpression bracketUnit(QStringLiteral("\\(\\w{1,5}\\)\\s*:\\s*%"));
        QStringList problems;
        int numerus = 0;
        for (const Message &m : cat.messages) {
            if (m.obsolete)
                continue;
            if (m.numerus) {
                ++numerus;
                if (!m.source.contains(QLatin1String("%n")))
                    problems << QStringLiteral("numerus without %n: ") + m.where();
                if (m.translations.size() != pluralFormCount(language))
                    problems << QStringLiteral("%1 forms, %2 needs %3: %4")
                                    .arg(m.translations.size())
                                    .arg(language)
                                    .arg(pluralFormCount(language))
                                    .arg(m.where());
            } else if (m.source.contains(regex(QStringLiteral("(?<!http)\\(s\\)")))) {
                problems << QStringLiteral("\"(s)\" without %n (use tr(..., n)): ") + m.where();
            }
            if (placeholderUnit.match(m.source).hasMatch())
                problems << QStringLiteral("a count as %1 (use %n and tr(..., n)): ") + m.where();
            for (const QString &t : m.translations) {
                if (translatedPlaceholderUnit.match(t).hasMatch()
                    || bracketUnit.match(t).hasMatch())
                    problems << QStringLiteral("a count without plural forms: %1 -> %2")
                                    .arg(m.where(), t);
                if (!m.numerus)
                    problems += unitAgreement(language, t);
            }
            if (m.numerus && m.translations.size() == pluralFormCount(language)) {
                for (int n : counts()) {
                    QString shown = m.translations.at(pluralForm(language, n));
                    shown.replace(QLatin1String("%n"), QString::number(n));
                    problems += unitAgreement(language, shown);
                }
            }
        }
        problems.removeDuplicates();
        for (const QString &p : problems.first(qMin(problems.size(), 40)))
            qWarning("%s", qPrintable(p));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems").arg(problems.size())));
        QVERIFY2(numerus >= 10, "fewer counts than the kiosk shows: were %n messages lost?");
    }

    // What Qt really shows: the compiled catalogue gives, for every count, the form the rule
    // table says (so the table, and the unit checks built on it, are Qt's own).
    void compiledFormsFollowQt_data() { catalogue_data(); }
    void compiledFormsFollowQt()
    {
        QFETCH(QString, language);
        QTranslator qm;
        QVERIFY(qm.load(QStringLiteral(":/i18n/civickiosk_") + language));
        const Catalogue cat = parseCatalogue(tsPath(language));
        int checked = 0;
        for (const Message &m : cat.messages) {
            if (!m.numerus || m.obsolete)
                continue;
            for (int n : counts()) {
                QString want = m.translations.value(pluralForm(language, n));
                want.replace(QLatin1String("%n"), QString::number(n));
                const QByteArray comment = m.comment.toUtf8();
                QString got =
                    qm.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                                 m.comment.isEmpty() ? nullptr : comment.constData(), n);
                got.replace(QLatin1String("%n"), QString::number(n));
                QCOMPARE(got, want);
                ++checked;
            }
        }
        QVERIFY(checked > 1000);
    }

    // Literal numbers in service files ("3000 characters") agree with their unit too.
    void serviceFiles()
    {
        QStringList problems;
        for (const ServiceText &t : serviceTexts()) {
            for (const QString &lang : kioskLanguages())
                problems += unitAgreement(lang, t.texts.value(lang).toString());
        }
        for (const QString &p : std::as_const(problems))
            qWarning("%s", qPrintable(p));
        QVERIFY(problems.isEmpty());
        // The check itself works: the review's examples are caught.
        QCOMPARE(unitAgreement(QStringLiteral("pl"), QStringLiteral("Odczekaj 5 minuty")).size(),
                 1);
        QCOMPARE(unitAgreement(QStringLiteral("ar"), QStringLiteral("خلال 100 ثوانٍ")).size(), 1);
        QCOMPARE(unitAgreement(QStringLiteral("en"), QStringLiteral("in 1 minutes")).size(), 1);
        QVERIFY(
            unitAgreement(QStringLiteral("pl"), QStringLiteral("22 sekundy, 25 sekund")).isEmpty());
    }

    // A number typed in a Polish or Welsh session, with that session's catalogue installed:
    // Polish takes the decimal comma; Welsh refuses "12,5" in Welsh instead of storing 125.
    void decimalCommaInSessions()
    {
        ck::FieldDefinition field;
        field.type = ck::FieldType::Number;
        field.required = true;
        QTranslator pl;
        QVERIFY(installCatalogue(pl, QStringLiteral("pl")));
        QCOMPARE(ck::FieldValidator::validate(field, QJsonValue("12,5"), "pl").value().toDouble(),
                 12.5);
        QCOMPARE(
            ck::FieldValidator::validate(field, QJsonValue("1 000,5"), "pl").value().toDouble(),
            1000.5);
        auto r = ck::FieldValidator::validate(field, QJsonValue("12.500"), "pl");
        QCOMPARE(r.error().code, QStringLiteral("field.numberSeparator"));
        QVERIFY2(r.error().message.contains(QStringLiteral("12,5")), qPrintable(r.error().message));
        QVERIFY2(!r.error().message.startsWith(QStringLiteral("Enter")),
                 qPrintable(r.error().message));
        QCoreApplication::removeTranslator(&pl);

        QTranslator cy;
        QVERIFY(installCatalogue(cy, QStringLiteral("cy")));
        r = ck::FieldValidator::validate(field, QJsonValue("12,5"), "cy");
        QCOMPARE(r.error().code, QStringLiteral("field.numberSeparator"));
        QVERIFY2(r.error().message.contains(QStringLiteral("12.5")), qPrintable(r.error().message));
        QVERIFY2(!r.error().message.startsWith(QStringLiteral("Enter")),
                 qPrintable(r.error().message));
        QCOMPARE(
            ck::FieldValidator::validate(field, QJsonValue("1,000.5"), "cy").value().toDouble(),
            1000.5);
        // Counts read right in Welsh too: "1 nod", not an English fallback.
        field.type = ck::FieldType::Text;
        field.maxLength = 1;
        r = ck::FieldValidator::validate(field, QJsonValue("ab"), "cy");
        QCOMPARE(r.error().code, QStringLiteral("field.tooLong"));
        QVERIFY2(r.error().message.contains(QStringLiteral("1 nod")),
                 qPrintable(r.error().message));
        QCoreApplication::removeTranslator(&cy);
    }

    // Arabic: Latin digits for dates and numbers, and the month names يناير … ديسمبر.
    void arabicOneDigitSystem()
    {
        const QLocale ar = ck::sessionLocale(QStringLiteral("ar"));
        QCOMPARE(ar.zeroDigit(), QStringLiteral("0"));
        static const QStringList months {
            QStringLiteral("يناير"),  QStringLiteral("فبراير"), QStringLiteral("مارس"),
            QStringLiteral("أبريل"),  QStringLiteral("مايو"),   QStringLiteral("يونيو"),
            QStringLiteral("يوليو"),  QStringLiteral("أغسطس"),  QStringLiteral("سبتمبر"),
            QStringLiteral("أكتوبر"), QStringLiteral("نوفمبر"), QStringLiteral("ديسمبر")};
        for (int m = 1; m <= 12; ++m)
            QCOMPARE(ar.monthName(m), months.at(m - 1));
        const QString date = ck::TrackingStatus::formatDate(
            QDateTime(QDate(2026, 3, 27), QTime(9, 0)), QStringLiteral("ar"), QDate(2025, 1, 1));
        QCOMPARE(date, QStringLiteral("27 مارس 2026"));
        ck::FlowPage page;
        page.field.type = ck::FieldType::Date;
        QCOMPARE(ck::AnswerFormatter::display(page, QJsonValue("2026-07-04"), "ar"),
                 QStringLiteral("4 يوليو 2026"));
        page.field.type = ck::FieldType::Number;
        QCOMPARE(ck::AnswerFormatter::display(page, QJsonValue(12345.5), "ar"),
                 QStringLiteral("12,345.5"));
        QCOMPARE(ck::NumberInput::format(2500.5, QStringLiteral("ar")), QStringLiteral("2500.5"));
        // What the kiosk shows can be typed back.
        QCOMPARE(*ck::NumberInput::parse(QStringLiteral("12,345.5"), "ar").value, 12345.5);
    }
};

QTEST_GUILESS_MAIN(tst_Plurals)
#include "tst_plurals.moc"
